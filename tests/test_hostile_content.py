"""Hostile content: text that once aborted a build, lost paragraphs or letters, forged output lines or facts."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS

from kg.cli import cli
from kg.read import Skip, read_inputs
from kg.vocab import NKG, SCHEMA

STORY = ("Turkey took delivery of the first parts of the S-400 air defence system from Russia on Friday, "
         "officials in Ankara said.")


def kg_build(*args: str | Path):
    return CliRunner().invoke(cli, ["build", *map(str, args)])


def graph_of(out: Path) -> Graph:
    return Graph().parse(out / "graph.ttl", format="turtle")


# ---------------------------------------------------------------- one sanitising step at reading

def test_a_lone_surrogate_in_text_title_or_id_no_longer_aborts_the_build(tmp_path: Path) -> None:
    """JSON allows "\\ud800" and json.loads accepts it; it cannot be written as UTF-8."""
    feed = tmp_path / "s.jsonl"
    feed.write_text('{"text": "Russia sold jets to Egypt \\ud800 last week.", "date": "2019-09-14"}\n'
                    '{"text": "Greece bought Rafale jets from France.", "title": "Jets \\udfff", "id": "x\\ud83d"}\n',
                    encoding="utf-8")
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    result = kg_build(feed, tmp_path / "good.txt", "--out", tmp_path / "o")
    assert result.exit_code == 0, result.output
    graph = graph_of(tmp_path / "o")
    assert len(set(graph.subjects(RDF.type, NKG.Article))) == 3
    assert Literal("Jets \ufffd") in set(graph.objects(None, SCHEMA.headline))
    assert Literal("x\ufffd") in set(graph.objects(None, SCHEMA.identifier))


def test_overlong_words_titles_and_ids_are_bounded(tmp_path: Path) -> None:
    from kg.sanitise import MAX_ID, MAX_TITLE, MAX_WORD

    feed = tmp_path / "long.jsonl"
    feed.write_text(json.dumps({"text": "President " + "Zq" * 20_000 + " met Erdogan in Ankara on Friday.",
                                "title": "T" * 50_000, "id": "i" * 50_000}) + "\n", encoding="utf-8")
    [article] = read_inputs([feed])
    assert max(len(word) for word in article.text.split()) == MAX_WORD
    assert article.text.replace(" ", "").count("Zq") == 20_000     # cut into pieces, nothing dropped
    assert len(article.title) == MAX_TITLE and len(article.id) == MAX_ID
    result = kg_build(feed, "--out", tmp_path / "o")
    assert result.exit_code == 0, result.output
    graph = graph_of(tmp_path / "o")
    assert max(len(str(label)) for label in graph.objects(None, RDFS.label)) < 3 * MAX_WORD
    assert max(len(str(node)) for node in graph.all_nodes() if not isinstance(node, Literal)) < 3 * MAX_WORD


def test_one_stray_byte_costs_one_character_not_every_accent(tmp_path: Path, caplog) -> None:
    text = "Erdoğan’s visit to Chișinău and the café owners’ protest went ahead, Ankara said."
    path = tmp_path / "mixed.txt"
    path.write_bytes(text.encode("utf-8").replace(b" went", b" \xff went"))
    [article] = read_inputs([path])
    assert article.text == text.replace(" went", " \ufffd went")
    assert "1 stray byte(s)" in caplog.text and "not UTF-8; decoded as" not in caplog.text


def test_a_stray_byte_in_a_jsonl_line_costs_that_character(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps({"text": f"Erdoğan met Mitsotakis in Ankara on day {i}."}, ensure_ascii=False) for i in range(3)]
    path.write_bytes("\n".join(lines).encode("utf-8").replace(b"day 1", b"day \xe9 1") + b"\n")
    texts = [a.text for a in read_inputs([path])]
    assert texts == ["Erdoğan met Mitsotakis in Ankara on day 0.", "Erdoğan met Mitsotakis in Ankara on day \ufffd 1.",
                     "Erdoğan met Mitsotakis in Ankara on day 2."]


# ---------------------------------------------------------------- boilerplate: whole cues, short prompts only

@pytest.mark.parametrize("lede", [
    "Russia said the design upgrades to the S-400 would be delivered to Turkey next year.",
    "The oversubscribed bond sale raised $2bn for Egypt's air force, the ministry said.",
    "Greece will sign up to the Rafale deal with France, officials said on Monday.",
])
def test_a_story_paragraph_that_holds_a_cue_is_kept(tmp_path: Path, lede: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"{lede}\n\nSign up for our newsletter\n\n{STORY}", encoding="utf-8")
    [article] = read_inputs([path])
    assert article.text == f"{lede}\n\n{STORY}"


def test_dropped_boilerplate_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"{STORY}\n\nClick here to subscribe", encoding="utf-8")
    result = kg_build(path, "--out", tmp_path / "o")
    assert result.exit_code == 0
    assert "left out 1 paragraph(s) of page furniture, such as 'Click here to subscribe'" in result.stderr


# ---------------------------------------------------------------- nothing raw reaches the terminal

def test_a_file_name_with_a_newline_cannot_forge_a_line(tmp_path: Path) -> None:
    forged = tmp_path / "x\nskipped all: \x1b[31mfake.txt"
    forged.write_text("", encoding="utf-8")
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    result = kg_build(tmp_path, "--out", tmp_path / "o")
    assert result.exit_code == 1
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped ")]
    assert skipped == [f"skipped {tmp_path}/x\\nskipped all: \\x1b[31mfake.txt: no article text"]
    assert "\x1b" not in result.output


def test_control_characters_in_literals_are_escaped_in_the_table(tmp_path: Path) -> None:
    graph = tmp_path / "g.ttl"
    graph.write_text('<http://example.org/a> <http://example.org/p> "red\\u001b[31m\\u202eevil\\u0007" .\n',
                     encoding="utf-8")
    result = CliRunner().invoke(cli, ["query", str(graph), "SELECT ?o WHERE { ?s ?p ?o }"])
    assert result.exit_code == 0
    assert result.output.splitlines()[2] == "red\\x1b[31m\\u202eevil\\x07"


# ---------------------------------------------------------------- rules stay inside their sentence

def test_the_weapon_maker_rule_stops_at_the_sentence_end(read_article) -> None:
    ag = read_article("Turkey bought the S-400 from Russia. US Treasury officials warned Turkey on Friday.")
    makers = {(f.subject, f.predicate, f.object) for f in ag.facts if f.stated}
    assert ("S-400", "originCountry", "Russia") in makers
    assert not any(f.predicate == "manufacturer" and "Treasury" in f.object for f in ag.facts)


def test_skip_records_keep_a_source_that_can_be_written(tmp_path: Path) -> None:
    """A file name that is not UTF-8 (Python keeps its bytes as surrogates) is reported, not a crash."""
    name = tmp_path / "bad-\udcff.txt"
    name.write_text("", encoding="utf-8")
    skipped: list[Skip] = []
    with pytest.raises(Exception, match="every input was skipped"):
        list(read_inputs([name], skipped=skipped))
    assert skipped[0].source.endswith("bad-\ufffd.txt")
    skipped[0].source.encode("utf-8")
