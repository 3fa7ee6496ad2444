"""Send a graph file to a triplestore through the SPARQL 1.1 Graph Store HTTP Protocol."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import httpx

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


class PushError(Exception):
    """The graph could not be sent; the message is one line for the user."""


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
    return ("POST" if append else "PUT"), {"graph": graph}, media_type


def push(path: Path, endpoint: str, *, graph: str | None = None, append: bool = False,
         credentials: Credentials = Credentials(), timeout: float = 120.0) -> PushResult:
    """Send the RDF file `path` to the Graph Store endpoint `endpoint`; PushError on any failure."""
    method, params, media_type = request_for(path, graph, append)
    try:
        body = path.read_bytes()
    except OSError as exc:
        raise PushError(f"cannot read {path}: {exc.strerror}") from exc
    url = httpx.URL(endpoint, params=params) if params else httpx.URL(endpoint)
    try:
        response = httpx.request(method, url, content=body, timeout=timeout, auth=credentials.auth(),
                                 headers={"Content-Type": f"{media_type}; charset=utf-8", **credentials.headers()})
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise PushError(f"invalid endpoint URL {endpoint!r}: {exc}") from exc
    except httpx.ConnectError as exc:
        raise PushError(f"cannot connect to {endpoint}: {exc}") from exc
    except httpx.TimeoutException as exc:
        raise PushError(f"{endpoint} did not answer within {timeout:g}s") from exc
    except httpx.HTTPError as exc:
        raise PushError(f"request to {endpoint} failed: {exc}") from exc
    if response.is_error:
        detail = " ".join(response.text.split())[:200]
        raise PushError(f"{method} {url} answered {response.status_code} {response.reason_phrase}"
                        + (f": {detail}" if detail else ""))
    return PushResult(method=method, url=str(url), media_type=media_type, size=len(body),
                      status=response.status_code)
