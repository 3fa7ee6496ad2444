"""The entity graph as vis-network draws it: a record per node (shape and colour by class, size by degree) and per
labelled edge, and the drawing options. These are the records pyvis's Network would hold; they are made here
because pyvis imports IPython, which would cost every build half a second for a few dictionaries."""
from __future__ import annotations

import math

from kg.export.records import ViewGraph
from kg.export.style import node_style
from kg.vocab import Status

LARGE = 300     # above this many nodes the graph is drawn the quick way, and the page opens on the actor network


def vis_nodes(g: ViewGraph) -> list[dict]:
    """One record per node in node order: its label (an event's class and date), shape, colour and size; an event
    that did not happen has a dashed border. No HTML tooltips: the side panel shows the record `kg`."""
    nodes = []
    for n, kg in sorted(g.records.items()):
        shape, color = node_style(kg)
        status = dict(kg["props"]).get("status", Status.Happened)
        drawn = kg["label"] if kg["kind"] == "entity" else "\n".join(
            [kg["cls"]] + [v for k, v in kg["props"] if k == "date"][:1])
        nodes.append({"id": n, "label": drawn or n, "shape": shape, "color": color,
                      "size": round(8 + 4 * math.sqrt(g.degree(n)), 1),
                      "shapeProperties": {"borderDashes": status != Status.Happened and [4, 3]}, "kg": kg})
    return nodes


def vis_edges(g: ViewGraph) -> list[dict]:
    """One record per edge, ordered by its ends and predicate: labelled, an arrow unless symmetric (allyOf),
    dashed when it is gazetteer knowledge, relations darker than event roles."""
    ordered = sorted(g.edges, key=lambda e: (e[0], e[1], e[2]["predicate"]))
    return [{"from": s, "to": o, "id": f"e{i}", "label": kg["predicate"], "kg": kg,
             "arrows": "" if kg["predicate"] == "allyOf" else "to", "dashes": kg["basis"] == "GazetteerKnowledge",
             "color": "#8a8a8a" if kg["kind"] == "relation" else "#c4c4c4"} for i, (s, o, kg) in enumerate(ordered)]


def vis_options(g: ViewGraph) -> dict:
    """vis-network's options: forceAtlas2 physics, stabilised before the page shows; a large graph gets straight
    edges, fewer iterations and no improved layout."""
    large = len(g) > LARGE
    return {
        "nodes": {"font": {"size": 14}, "borderWidth": 1.5},
        "edges": {"font": {"size": 10, "color": "#555555", "strokeWidth": 3, "align": "middle"},
                  "smooth": not large and {"type": "continuous"}, "arrows": {"to": {"scaleFactor": 0.5}}},
        "layout": {"improvedLayout": len(g) <= 150, "randomSeed": 7},
        "physics": {"solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -110, "springLength": 140, "avoidOverlap": 0.6},
                    "stabilization": {"enabled": True, "iterations": 150 if large else 400, "updateInterval": 20}},
        "interaction": {"hover": True, "hideEdgesOnDrag": large, "keyboard": False},
    }
