"""The hand-audited random BBC sample does not get worse: a fresh build scored against the recorded judgments."""
from __future__ import annotations

import json

import pytest

from audit import AUDIT, CORPUS, entity_figures, event_figures, judgments, read_graph, records
from kg.build import build

pytestmark = pytest.mark.skipif(not CORPUS.exists(), reason=f"the audited articles are read from {CORPUS}, absent here")
RECORDED = json.loads((AUDIT / "figures.json").read_text(encoding="utf-8"))
LOWER_IS_BETTER = {"duplicate_rate", "broken_span_rate"}
MIN_COVERAGE = 0.6   # below this the judgments no longer speak for the build: judge the new nodes


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    """The audit figures of a fresh build of the sample."""
    entities, events = judgments("entities.csv"), judgments("events.csv")
    folder = tmp_path_factory.mktemp("audit")
    sample = folder / "sample.jsonl"
    ids = {row["article"] for row in entities}
    sample.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records(ids)), encoding="utf-8")
    build([sample], folder / "out")
    nodes, happenings = read_graph(folder / "out" / "graph.ttl")
    return entity_figures(nodes, entities) | event_figures(happenings, events)


def test_the_judgments_cover_the_build(figures):
    for name in ("entity_coverage", "event_coverage"):
        assert figures[name] >= MIN_COVERAGE, (
            f"{name} {figures[name]}: judge the new nodes (python scripts/audit_sample.py unjudged GRAPH)")


@pytest.mark.parametrize("name", sorted(set(RECORDED) - {"entity_coverage", "event_coverage", "dated_events"}))
def test_no_figure_falls_below_the_recorded_one(figures, name):
    better_or_equal = figures[name] <= RECORDED[name] if name in LOWER_IS_BETTER else figures[name] >= RECORDED[name]
    assert better_or_equal, f"{name} is {figures[name]}, recorded {RECORDED[name]} ({figures})"
