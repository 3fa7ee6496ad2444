"""The hand-audited random BBC samples do not get worse: a fresh build scored against the recorded judgments.

The audited sample (entities.csv, events.csv) is held to figures.json; the two held-out samples (entities_heldout.csv
with events_heldout.csv, entities_heldout2.csv, whose entity nodes only are judged) to figures_heldout.json, one entry
each. A sample's events are judged in the events file named as its entities file is (entities_X.csv: events_X.csv)."""
from __future__ import annotations

import json

import pytest

from audit import AUDIT, CORPUS, entity_figures, event_figures, judgments, read_graph, records
from kg.build import build

pytestmark = pytest.mark.skipif(not CORPUS.exists(), reason=f"the audited articles are read from {CORPUS}, absent here")
RECORDED = {"entities.csv": json.loads((AUDIT / "figures.json").read_text(encoding="utf-8"))}
RECORDED |= json.loads((AUDIT / "figures_heldout.json").read_text(encoding="utf-8"))
LOWER_IS_BETTER = {"duplicate_rate", "broken_span_rate"}
COVERAGES = ("entity_coverage", "event_coverage")
MIN_COVERAGE = 0.6   # below this the judgments no longer speak for the build: judge the new nodes
SAMPLES = sorted(RECORDED)


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    """Sample name -> the audit figures of a fresh build of its articles."""
    found = {}
    for name in SAMPLES:
        entities = judgments(name)
        folder = tmp_path_factory.mktemp("audit")
        sample = folder / "sample.jsonl"
        ids = {row["article"] for row in entities}
        sample.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records(ids)), encoding="utf-8")
        build([sample], folder / "out")
        nodes, happenings = read_graph(folder / "out" / "graph.ttl")
        found[name] = entity_figures(nodes, entities)
        events = name.replace("entities", "events")
        if (AUDIT / events).exists():
            found[name] |= event_figures(happenings, judgments(events))
    return found


@pytest.mark.parametrize("sample", SAMPLES)
def test_the_judgments_cover_the_build(figures, sample):
    for name in set(COVERAGES) & set(figures[sample]):
        assert figures[sample][name] >= MIN_COVERAGE, (f"{sample} {name} {figures[sample][name]}: judge the new "
                                                       f"nodes (python scripts/audit_sample.py unjudged GRAPH)")


@pytest.mark.parametrize("sample, name", [(sample, name) for sample in SAMPLES for name in sorted(RECORDED[sample])
                                          if name not in COVERAGES + ("dated_events",)])
def test_no_figure_falls_below_the_recorded_one(figures, sample, name):
    found, recorded = figures[sample][name], RECORDED[sample][name]
    better_or_equal = found <= recorded if name in LOWER_IS_BETTER else found >= recorded
    assert better_or_equal, f"{sample}: {name} is {found}, recorded {recorded} ({figures[sample]})"
