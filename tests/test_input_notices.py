"""What a build says about its inputs: articles without a date, and which articles it left out as repeats."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from kg.cli import cli


def build(tmp_path: Path, files: dict[str, str]):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return CliRunner().invoke(cli, ["build", *(str(tmp_path / n) for n in files), "--out", str(tmp_path / "out")])


def test_an_undated_article_gets_one_warning_line(tmp_path: Path) -> None:
    result = build(tmp_path, {"a.txt": "Turkey said on Friday it would buy jets.",
                              "b.txt": "date 2019-09-14\nRussia said on Friday it would sell them."})
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if "without a date" in line]
    assert len(warnings) == 1 and f"{tmp_path / 'a.txt'}" in warnings[0] and "b.txt" not in warnings[0]
    assert "relative dates" in warnings[0] and "not resolved" in warnings[0]


def test_the_repeats_line_names_the_articles_left_out(tmp_path: Path) -> None:
    text = "date 2019-09-14\nTurkey said on Friday it would buy jets."
    result = build(tmp_path, {"a.txt": text, "b.txt": text, "c.txt": text})
    assert result.exit_code == 0, result.output
    assert f"2 article(s) left out, same text as an earlier one: {tmp_path / 'b.txt'}, {tmp_path / 'c.txt'}" in result.stderr
    assert "without a date" not in result.stderr


def test_files_of_other_types_in_a_folder_are_listed_in_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    (folder / "old").mkdir(parents=True)
    (folder / "a.txt").write_text("date 2019-09-14\nTurkey said on Friday it would buy jets.", encoding="utf-8")
    for name in ("report.docx", "old/notes.pdf", ".hidden"):
        (folder / name).write_bytes(b"PK")
    result = CliRunner().invoke(cli, ["build", str(folder), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output     # not a skip: the build still succeeds
    lines = [line for line in result.stderr.splitlines() if "not read" in line]
    assert lines == [f"warning: {folder}: 2 file(s) not read, not .txt, .jsonl, .html, .htm: old/notes.pdf, report.docx"]
