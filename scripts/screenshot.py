"""Render a graph's HTML view in headless Debian chromium and save a PNG once the layout has settled.

Usage: python scripts/screenshot.py GRAPH.ttl OUT.png [--width 1400] [--height 900] [--select LABEL]
Needs the `playwright` pip package and /usr/bin/chromium (no `playwright install`).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import Browser, Page, Playwright, sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
from kg.atomic import write_bytes  # noqa: E402
from kg.export.formats import triples  # noqa: E402
from kg.export.html import write_html  # noqa: E402
from kg.query import open_store  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
STABLE_TIMEOUT_MS = 120_000


def launch(playwright: Playwright) -> Browser:
    """Headless Debian chromium, with no background network traffic of its own."""
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


def wait_stable(page: Page) -> None:
    """Wait (bounded) until the view has finished its physics layout."""
    page.wait_for_selector("body[data-state=stable]", state="attached", timeout=STABLE_TIMEOUT_MS)


def screenshot(graph_path: Path, out: Path, width: int, height: int, select: str | None = None) -> None:
    """Write graph.html for `graph_path` to a temporary directory and save its rendering as `out`.

    With `select`, the entity with that label or alias is selected and its evidence panel shown.
    """
    store, _ = open_store(graph_path)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        html = Path(tmp) / "graph.html"
        write_html(triples(store), html)
        browser = launch(pw)
        page = browser.new_page(viewport={"width": width, "height": height})
        page.goto(html.as_uri())
        wait_stable(page)
        if page.evaluate("document.body.dataset.pane") == "actors":   # a corpus: the actor network and timeline
            show_actors(page, select)
        else:
            show_entities(page, select)
        png = page.screenshot()
        browser.close()
    write_bytes(out, png)


FIND = """([view, key]) => window[view].nodes.get({filter: n => [n.label].concat(n.kg.aliases || [])
    .concat(n.kg.label ? [n.kg.label] : []).some(s => s.toLowerCase() === key.toLowerCase())}).map(n => n.id)"""


def found(page: Page, view: str, select: str) -> str:
    """The id of the node labelled `select` in `view` (kgView or kgActors); exit if there is none."""
    ids = page.evaluate(FIND, [view, select])
    if not ids:
        raise SystemExit(f"error: no node labelled {select!r}")
    return ids[0]


def show_entities(page: Page, select: str | None) -> None:
    """The entity graph fitted, with `select`'s evidence panel."""
    page.evaluate("kgView.network.fit()")
    if select:
        page.evaluate("id => kgView.select(id, false)", found(page, "kgView", select))


def show_actors(page: Page, select: str | None) -> None:
    """The actor network fitted, with `select`'s events in the panel and on the timeline."""
    page.evaluate("kgActors.network.fit()")
    page.wait_for_selector("#kg-timeline .vis-item", timeout=STABLE_TIMEOUT_MS)
    if select:
        page.evaluate("id => { kgActors.network.selectNodes([id]); kgActors.showActor(id); }",
                      found(page, "kgActors", select))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graph", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--select", metavar="LABEL", help="show the evidence panel of this entity")
    args = parser.parse_args(argv)
    if not args.graph.is_file():
        print(f"error: no such graph file: {args.graph}", file=sys.stderr)
        return 1
    if not CHROMIUM.exists():
        print(f"error: {CHROMIUM} not found (apt-get install chromium)", file=sys.stderr)
        return 1
    screenshot(args.graph, args.out, args.width, args.height, args.select)
    return 0


if __name__ == "__main__":
    sys.exit(main())
