"""Send a graph file to a triplestore through the SPARQL 1.1 Graph Store HTTP Protocol."""
from __future__ import annotations

import base64
from dataclasses import dataclass, replace
from pathlib import Path

import httpx
import pyoxigraph as ox

from kg.errors import PushError, printable

# file suffix -> (media type, holds named graphs)
MEDIA_TYPES = {
    ".ttl": ("text/turtle", False),
    ".nt": ("application/n-triples", False),
    ".rdf": ("application/rdf+xml", False),
    ".owl": ("application/rdf+xml", False),
    ".jsonld": ("application/ld+json", True),
    ".trig": ("application/trig", True),
    ".nq": ("application/n-quads", True),
}


@dataclass(frozen=True)
class Credentials:
    """How to authenticate: HTTP Basic (or Digest, as Virtuoso wants) with user and password, or a bearer token."""

    user: str | None = None
    password: str | None = None
    token: str | None = None
    digest: bool = False

    def auth(self) -> httpx.Auth | None:
        if self.user is None:
            return None
        if self.digest:
            return httpx.DigestAuth(self.user, self.password or "")
        return httpx.BasicAuth(self.user, self.password or "")

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    def secrets(self) -> list[str]:
        """Every form in which these credentials could come back in a message: never shown."""
        found = [s for s in (self.password, self.token) if s]
        if self.user is not None and self.password:
            found.append(base64.b64encode(f"{self.user}:{self.password}".encode()).decode())
        return found


def redact(text: str, credentials: Credentials) -> str:
    """`text` with every secret of `credentials` written as ***, and safe for a terminal line."""
    for secret in sorted(credentials.secrets(), key=len, reverse=True):
        text = text.replace(secret, "***")
    return printable(" ".join(text.split()))


def endpoint_url(endpoint: str, credentials: Credentials) -> tuple[httpx.URL, Credentials]:
    """The endpoint without user:password (which become the credentials: they are never printed) and its
    credentials; PushError for a URL that is not http(s) or gives credentials twice."""
    try:
        url = httpx.URL(endpoint)
    except (httpx.InvalidURL, TypeError) as exc:
        raise PushError(f"invalid endpoint URL: {exc}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise PushError(f"invalid endpoint URL {str(url.copy_with(username=None, password=None))!r}: "
                        "give an http:// or https:// URL")
    if url.username or url.password:
        if credentials.user or credentials.token:
            raise PushError("credentials given both in the endpoint URL and as options: give them once")
        credentials = replace(credentials, user=url.username, password=url.password or None)
        url = url.copy_with(username=None, password=None)
    return url, credentials


@dataclass(frozen=True)
class PushResult:
    """What was sent where, and the store's answer."""

    method: str
    url: str
    media_type: str
    size: int
    status: int


def request_for(path: Path, graph: str | None, append: bool) -> tuple[str, dict[str, str], str]:
    """(HTTP method, query parameters, media type) for sending `path`.

    A triples file replaces the named graph `graph` (PUT ?graph=IRI; with `append` it is added to it,
    POST); without a graph its triples are added to the default graph (POST ?default), never replacing
    it. A dataset file (TriG, N-Quads, JSON-LD) is added to the store as it is (POST, graph names kept).
    """
    try:
        media_type, is_dataset = MEDIA_TYPES[path.suffix.lower()]
    except KeyError:
        raise PushError(f"{path}: unknown RDF file type {path.suffix!r}; use one of {', '.join(MEDIA_TYPES)}") from None
    if is_dataset:
        if graph:
            raise PushError(f"{path} holds named graphs; --graph applies only to a triples file (.ttl, .nt, .rdf)")
        return "POST", {}, media_type
    if graph is None:
        return "POST", {"default": ""}, media_type
    try:
        ox.NamedNode(graph)
    except ValueError as exc:
        raise PushError(f"--graph {printable(graph)!r} is not an absolute IRI ({exc})") from None
    return ("POST" if append else "PUT"), {"graph": graph}, media_type


def push(path: Path, endpoint: str, *, graph: str | None = None, append: bool = False,
         credentials: Credentials = Credentials(), timeout: float = 120.0) -> PushResult:
    """Send the RDF file `path` to the Graph Store endpoint `endpoint`; PushError on any failure.

    Only a 2xx answer is success: a redirect is refused (following it would send the credentials on)."""
    method, params, media_type = request_for(path, graph, append)
    url, credentials = endpoint_url(endpoint, credentials)
    url = url.copy_merge_params(params)     # the endpoint's own query string is kept
    try:
        body = path.read_bytes()
    except OSError as exc:
        raise PushError(f"cannot read {path}: {exc.strerror}") from exc
    shown = redact(str(url), credentials)
    try:
        response = httpx.request(method, url, content=body, timeout=timeout, auth=credentials.auth(),
                                 headers={"Content-Type": f"{media_type}; charset=utf-8", **credentials.headers()})
    except httpx.ConnectError as exc:
        raise PushError(f"cannot connect to {shown}: {redact(str(exc), credentials)}") from None
    except httpx.TimeoutException:
        raise PushError(f"{shown} did not answer within {timeout:g}s") from None
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise PushError(f"request to {shown} failed: {redact(str(exc), credentials)}") from None
    if not response.is_success:
        raise PushError(answer_error(method, shown, response, credentials))
    return PushResult(method=method, url=shown, media_type=media_type, size=len(body), status=response.status_code)


def answer_error(method: str, shown: str, response: httpx.Response, credentials: Credentials) -> str:
    """One line for an answer that is not success: its status, where a redirect points, the start of its body."""
    where = response.headers.get("location")
    if response.is_redirect:
        return (f"{method} {shown} answered {response.status_code} {response.reason_phrase}, a redirect"
                + (f" to {redact(where, credentials)}" if where else "") + "; nothing was stored: give the final URL")
    detail = redact(response.text, credentials)[:200]
    return (f"{method} {shown} answered {response.status_code} {printable(response.reason_phrase)}"
            + (f": {detail}" if detail else ""))
