"""How the view draws a node: entities by class (shape and colour), events as diamonds coloured by PLOVER quad class."""
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from kg.vocab import PLOVER_QUAD, PLOVER_QUADS, EntityClass, EventClass

if TYPE_CHECKING:
    from kg.export.records import ViewGraph

# shape and colour of each entity class
ENTITY_STYLE = {
    EntityClass.Country: ("dot", "#4e79a7"),
    EntityClass.Leader: ("triangle", "#f28e2b"),
    EntityClass.Person: ("triangleDown", "#edc948"),
    EntityClass.Organization: ("square", "#59a14f"),
    EntityClass.WeaponSystem: ("hexagon", "#b07aa1"),
    EntityClass.Place: ("dot", "#76b7b2"),
    EntityClass.Group: ("star", "#9c755f"),
    EntityClass.Entity: ("dot", "#9d9d9d"),
}
EVENT_SHAPE = "diamond"
# an event's fill is its quad class (cooperation green, conflict red; verbal light, material dark), grey without one
QUAD_COLOUR = {"VerbalCooperation": "#a6dba0", "MaterialCooperation": "#1b7837",
               "VerbalConflict": "#f4a582", "MaterialConflict": "#b2182b"}
NO_QUAD_COLOUR = "#bab0ac"
EVENT_TYPE_COLOUR = "#ffffff"  # the legend swatch of an event type: colour tells the quad class, not the type


def quad_label(quad: str) -> str:
    """'MaterialConflict' -> 'Material conflict'."""
    return re.sub(r"(?<=[a-z])([A-Z])", lambda m: " " + m.group(1).lower(), quad)


def node_style(record: dict) -> tuple[str, str]:
    """(vis shape, fill colour) of a node record (see kg.export.html.describe): an event's fill is its quad class."""
    if record["kind"] == "entity":
        return ENTITY_STYLE[record["cls"]]
    return EVENT_SHAPE, QUAD_COLOUR.get(PLOVER_QUAD.get(record["plover"]), NO_QUAD_COLOUR)


def legend(g: ViewGraph) -> list[dict]:
    """Legend rows for the classes shown, then each quad class with the PLOVER categories shown under it.

    A row with a `field` is a filter (its checkbox hides the nodes whose record has that `value`); one without
    is a heading.
    """
    entities = Counter(kg["cls"] for kg in g.records.values() if kg["kind"] == "entity")
    events = [kg for kg in g.records.values() if kg["kind"] == "event"]
    types = Counter(kg["cls"] for kg in events)
    rows = [_row("entity", "cls", c, shape, colour, entities[c]) for c, (shape, colour) in ENTITY_STYLE.items()
            if c in entities]
    rows += [_row("event", "cls", c, EVENT_SHAPE, EVENT_TYPE_COLOUR, types[c]) for c in EventClass if c in types]
    categories = Counter(kg["plover"] or "" for kg in events)
    for quad in (*PLOVER_QUADS, None):
        under = {c: n for c, n in categories.items() if PLOVER_QUAD.get(c) == quad}
        if quad and under:
            rows.append({"kind": "plover", "label": quad_label(quad), "shape": EVENT_SHAPE,
                         "color": QUAD_COLOUR[quad], "count": sum(under.values())})
        colour = QUAD_COLOUR.get(quad, NO_QUAD_COLOUR)
        rows += [_row("plover", "plover", c, EVENT_SHAPE, colour, n, label=c or "no PLOVER category")
                 for c, n in sorted(under.items(), key=lambda kv: (not kv[0], kv[0]))]
    return rows


def _row(kind: str, field: str, value: str, shape: str, colour: str, count: int, label: str | None = None) -> dict:
    return {"kind": kind, "field": field, "value": value, "label": label or value, "shape": shape, "color": colour,
            "count": count}
