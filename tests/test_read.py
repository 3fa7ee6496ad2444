"""The reader: encodings, binary files, HTML, date headers, JSONL lines, languages, long texts, folders."""
from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

import pytest

from kg.decode import NotText, decode
from kg.html_input import looks_like_html
from kg.read import MAX_CHARS, ReadError, Skip, normalise, read_inputs, split_text

STORY = ("Turkey took delivery of the first parts of the S-400 air defence system from Russia on Friday, "
         "officials in Ankara said.\n\nThe United States has warned that the purchase could bring sanctions.")
GERMAN = ("Die Bundesregierung hat am Montag beschlossen, weitere Flugabwehrsysteme an die Ukraine zu liefern. "
          "Der Minister sagte, die Lieferung sei dringend und werde noch in diesem Monat beginnen.")


def read(*paths: Path, **options) -> tuple[list, list[Skip]]:
    skipped: list[Skip] = []
    return list(read_inputs(list(paths), None, skipped, **options)), skipped


def write(path: Path, data: str | bytes) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# ---------------------------------------------------------------- bytes to text

def test_utf8_with_and_without_bom() -> None:
    assert decode("Erdoğan said".encode()).text == "Erdoğan said"
    found = decode("\ufeffErdoğan said".encode())
    assert found.text == "Erdoğan said" and not found.detected


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "koi8_r"])
def test_other_encodings_are_detected(encoding: str) -> None:
    text = {"koi8_r": "Москва заявила о поставках зенитных ракетных систем в Турцию. Министр сказал, что всё готово. "}.get(
        encoding, "Café owners in Zürich said the “deal” was done – it cost £3m, officials said on Friday. ") * 4
    found = decode(text.encode(encoding))
    assert found.text == text and found.detected


@pytest.mark.parametrize("data", [bytes(range(256)) * 8, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(500),
                                  b"text with a \x00 in it"])
def test_binary_is_not_text(data: bytes) -> None:
    with pytest.raises(NotText):
        decode(data)


def test_non_utf8_file_is_read_and_says_so(tmp_path: Path, caplog) -> None:
    path = write(tmp_path / "legacy.txt", (STORY.replace("Ankara", "Ankara’s Çankaya") + " It cost £3m.").encode("cp1252"))
    with caplog.at_level(logging.WARNING, logger="kg"):
        [article], skipped = read(path)
    assert "Çankaya" in article.text and "£3m" in article.text and skipped == []
    assert [r.getMessage() for r in caplog.records] == [f"{path}: not UTF-8; decoded as cp1252 (detected by charset-normalizer)"]


def test_binary_file_is_skipped(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", STORY)
    binary = write(tmp_path / "photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    articles, skipped = read(good, binary)
    assert [a.id for a in articles] == ["good"]
    assert skipped == [Skip(str(binary), "binary file or unknown encoding: not UTF-8 and no text encoding fits")]


def test_control_characters_are_dropped_and_line_ends_unified() -> None:
    assert normalise("a\r\nb\rc\x00d\x1be\x7ff\x85g\th") == "a\nb\ncdefg\th"
    assert normalise("Erdog\u0306an") == "Erdoğan"  # NFC


# ---------------------------------------------------------------- empty, missing, folders

def test_empty_and_blank_files_are_skipped(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", STORY)
    empty, blank = write(tmp_path / "empty.txt", ""), write(tmp_path / "blank.txt", " \n\n\t \n")
    articles, skipped = read(empty, blank, good)
    assert len(articles) == 1
    assert skipped == [Skip(str(empty), "no article text"), Skip(str(blank), "no article text")]


def test_missing_path_is_skipped_and_strict_mode_raises(tmp_path: Path) -> None:
    good, missing = write(tmp_path / "good.txt", STORY), tmp_path / "nope.txt"
    articles, skipped = read(missing, good)
    assert len(articles) == 1 and skipped == [Skip(str(missing), "no such file or folder")]
    with pytest.raises(ReadError, match="nope.txt: no such file or folder"):
        list(read_inputs([missing, good]))


def test_folder_without_articles_is_an_error(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    write(folder / "notes.md", STORY)
    with pytest.raises(ReadError, match="no article to build") as error:
        read(folder)
    assert error.value.skipped == [Skip(str(folder), "no article files (.txt, .jsonl, .html, .htm) in this folder")]


def test_folder_reads_article_files_in_order_and_ignores_others(tmp_path: Path) -> None:
    for name in ("b.txt", "a.TXT", "c.md", "sub/d.htm", ".hidden/e.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        write(tmp_path / name, STORY if name.endswith(("txt", "TXT")) else f"<p>{STORY}</p>")
    articles, skipped = read(tmp_path)
    assert [Path(a.source).name for a in articles] == ["a.TXT", "b.txt", "d.htm"] and skipped == []


def test_unsupported_file_given_by_name_is_skipped(tmp_path: Path) -> None:
    pdf = write(tmp_path / "story.pdf", b"%PDF-1.4")
    with pytest.raises(ReadError) as error:
        read(pdf)
    assert error.value.skipped == [Skip(str(pdf), "unsupported file type (use .txt, .jsonl, .html, .htm)")]


# ---------------------------------------------------------------- dates

def test_date_header_sets_the_publication_date(tmp_path: Path) -> None:
    [article], _ = read(write(tmp_path / "a.txt", " date 2019-07-12 " + STORY))
    assert article.published == dt.date(2019, 7, 12) and article.text.startswith("Turkey took")


@pytest.mark.parametrize("header", ["date 2019-13-45", "date 12/07/2019", "date: 2019-02-30"])
def test_malformed_date_header_skips_the_article(tmp_path: Path, header: str) -> None:
    bad = write(tmp_path / "bad.txt", f"{header} {STORY}")
    good = write(tmp_path / "good.txt", STORY)
    articles, skipped = read(bad, good)
    assert len(articles) == 1
    [skip] = skipped
    assert skip.source == str(bad) and skip.reason.startswith(f"malformed date header 'date {header.split()[-1]}'")


def test_a_story_that_starts_with_the_word_date_is_not_a_header(tmp_path: Path) -> None:
    [article], _ = read(write(tmp_path / "a.txt", "date palms were planted in Riyadh on Monday. " + STORY))
    assert article.published is None and article.text.startswith("date palms")


def test_default_date_fills_in_only_missing_dates(tmp_path: Path) -> None:
    undated, dated = write(tmp_path / "a.txt", STORY), write(tmp_path / "b.txt", "date 2019-07-12 " + STORY)
    articles = list(read_inputs([undated, dated], dt.date(2020, 1, 1), []))
    assert [a.published for a in articles] == [dt.date(2020, 1, 1), dt.date(2019, 7, 12)]


# ---------------------------------------------------------------- JSONL

def test_broken_jsonl_lines_are_skipped_alone(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "one", "text": STORY, "date": "2019-07-12"}),
             '{"id": "two", "text": "unterminated',
             json.dumps({"id": "three", "title": "No text"}),
             json.dumps(["a", "list"]),
             json.dumps({"id": "four", "text": STORY + " Later.", "date": "last Tuesday"}),
             "",
             json.dumps({"id": "five", "text": STORY + " Again.", "title": 5})]
    path = write(tmp_path / "news.jsonl", "\n".join(lines) + "\n")
    articles, skipped = read(path)
    assert [(a.id, a.source, a.title) for a in articles] == [("one", f"{path}#1", None), ("five", f"{path}#7", None)]
    assert [s.source for s in skipped] == [f"{path}:2", f"{path}:3", f"{path}:4", f"{path}:5"]
    assert skipped[0].reason.startswith("not JSON (Unterminated string")
    assert skipped[1].reason == skipped[2].reason == 'not an article record (a JSON object with a string "text")'
    assert skipped[3].reason == "malformed date 'last Tuesday' (expected YYYY-MM-DD)"


def test_jsonl_keeps_line_separators_inside_strings(tmp_path: Path) -> None:
    path = write(tmp_path / "news.jsonl", json.dumps({"text": STORY + "\u2028Next line.\u0085"}, ensure_ascii=False))
    [article], skipped = read(path)
    assert skipped == [] and article.text.endswith("sanctions.\nNext line.")


def test_empty_jsonl_is_skipped(tmp_path: Path) -> None:
    empty = write(tmp_path / "empty.jsonl", "\n\n")
    good = write(tmp_path / "good.txt", STORY)
    assert read(empty, good)[1] == [Skip(str(empty), "no article records (an empty .jsonl file)")]


# ---------------------------------------------------------------- HTML

PAGE = f"""<!DOCTYPE html><html><head><title>Turkey takes delivery of S-400</title>
<meta property="article:published_time" content="2019-07-12T09:30:00Z">
<script>window.tracking = "Subscribe now";</script><style>p {{ color: red }}</style></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Turkey takes delivery of S-400</h1>{''.join(f'<p>{p}</p>' for p in STORY.split(chr(10) * 2))}</article>
<footer>Copyright 2019 Example News. All rights reserved.</footer></body></html>"""


def test_html_file_gives_its_text_title_and_date(tmp_path: Path) -> None:
    [article], skipped = read(write(tmp_path / "page.html", PAGE))
    assert skipped == []
    assert article.title == "Turkey takes delivery of S-400" and article.published == dt.date(2019, 7, 12)
    assert "Turkey took delivery of the first parts" in article.text and "sanctions." in article.text
    assert not any(word in article.text for word in ("<", "window.tracking", "color", "Home", "Copyright"))


def test_html_in_a_txt_file_or_jsonl_record_is_taken_apart(tmp_path: Path, caplog) -> None:
    txt = write(tmp_path / "saved.txt", PAGE)
    jsonl = write(tmp_path / "news.jsonl", json.dumps({"id": "h", "text": "<p>" + STORY.replace("\n\n", "</p><p>") + "</p>"}))
    with caplog.at_level(logging.WARNING, logger="kg"):
        articles, _ = read(txt, jsonl)
    assert [a.text.startswith("Turkey") and "<p>" not in a.text for a in articles] == [True, True]
    assert articles[0].title == "Turkey takes delivery of S-400"
    assert len([r for r in caplog.records if "HTML" in r.getMessage()]) == 2


@pytest.mark.parametrize(("text", "html"), [
    ("<p>One.</p><p>Two.</p>", True), ("<!doctype html><title>x</title>", True), ("  <div class=a>x</div>", True),
    ("He typed <p> and </p> into the form.", False), ("Use x < y and y > z.", False), ("<b>unclosed", False),
])
def test_only_markup_that_opens_and_closes_is_html(text: str, html: bool) -> None:
    assert looks_like_html(text) is html


# ---------------------------------------------------------------- languages

def test_non_english_is_skipped_unless_accepted(tmp_path: Path) -> None:
    german, english = write(tmp_path / "de.txt", GERMAN), write(tmp_path / "en.txt", STORY)
    articles, skipped = read(german, english)
    assert [a.id for a in articles] == ["en"]
    [skip] = skipped
    assert skip.source == str(german) and skip.reason.startswith("not English: looks like 'de' (")
    assert skip.reason.endswith("--lang de builds it")
    assert [a.id for a in read(german, english, languages=None)[0]] == ["de", "en"]
    assert [a.id for a in read(german, english, languages=frozenset({"en", "de"}))[0]] == ["de", "en"]


def test_short_texts_are_never_turned_away_for_their_language(tmp_path: Path) -> None:
    assert len(read(write(tmp_path / "short.txt", "Erdogan: Ja."))[0]) == 1


# ---------------------------------------------------------------- long texts

def test_long_text_is_read_in_parts_between_paragraphs(tmp_path: Path, caplog) -> None:
    paragraphs = [f"Paragraph {i}: " + STORY.replace("\n\n", " ") for i in range(MAX_CHARS // 50)]
    path = write(tmp_path / "long.txt", "\n\n".join(paragraphs))
    with caplog.at_level(logging.WARNING, logger="kg"):
        articles, skipped = read(path)
    assert skipped == [] and len(articles) > 1
    assert all(len(a.text) <= MAX_CHARS for a in articles)
    assert [a.source for a in articles] == [f"{path}#part{k}" for k in range(1, len(articles) + 1)]
    assert "\n\n".join(a.text for a in articles) == "\n\n".join(paragraphs)  # cut between paragraphs, nothing lost
    [message] = [r.getMessage() for r in caplog.records]
    assert f"read as {len(articles)} parts of at most {MAX_CHARS:,} characters" in message


def test_fifty_megabyte_article_is_read_in_bounded_parts(tmp_path: Path) -> None:
    sentence = "Officials said the talks on the missile sale would continue next week in Geneva. "
    path = write(tmp_path / "huge.txt", sentence * (50_000_000 // len(sentence)))
    articles, skipped = read(path)
    assert skipped == [] and len(articles) >= 50_000_000 // MAX_CHARS
    assert max(len(a.text) for a in articles) <= MAX_CHARS
    assert sum(len(a.text) for a in articles) >= 50_000_000 - 2 * len(sentence) - len(articles)  # only spaces at cuts lost


@pytest.mark.parametrize("text", ["", "x" * 25, "word " * 40, "a.\n\nb. c. " * 30, "\n\n".join(["y" * 30] * 7)])
def test_split_text_keeps_every_word_within_the_limit(text: str) -> None:
    parts = split_text(text, 20)
    assert all(len(p) <= 20 for p in parts)
    assert "".join(parts).replace(" ", "").replace("\n", "") == text.replace(" ", "").replace("\n", "")


def test_non_utf8_jsonl_is_decoded_as_a_whole(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"r{i}", "text": f"{STORY} It cost \u00a3{i}m, \u201cofficials\u201d said."}, ensure_ascii=False)
             for i in range(3)]
    path = write(tmp_path / "legacy.jsonl", "\n".join(lines).encode("cp1252"))
    articles, skipped = read(path)
    assert skipped == [] and [a.text.endswith(f"\u00a3{i}m, \u201cofficials\u201d said.") for i, a in enumerate(articles)] == [True] * 3
