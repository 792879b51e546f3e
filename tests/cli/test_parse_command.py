"""`sitroom parse` and `sitroom demo` end to end through the CLI."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from sitroom.cli import app

runner = CliRunner()

SITREP = "KEY ACTIVITY HEADLINES\n\n• Visits continue;\n\nRISKS / CHALLENGES\n\n• Low referrals. Mitigation: calls;\n"


def test_parse_prints_json_that_follows_the_published_schema(tmp_path, validate_report):
    f = tmp_path / "sitrep-3.txt"
    f.write_text(SITREP)
    result = runner.invoke(app, ["parse", str(f)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    validate_report(data)
    assert data["source"] == "sitrep-3.txt"
    assert data["number"] == 3
    assert [s["key"] for s in data["sections"]] == ["activity", "risks"]
    assert data["sections"][1]["items"][0]["mitigation"] == "calls;"


def test_several_files_give_an_array_and_a_bad_one_is_reported_and_skipped(tmp_path, validate_report):
    good = tmp_path / "a.txt"
    good.write_text(SITREP)
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\n1 0 obj<<>>\nendobj\n")  # truncated: no xref, no trailer
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    other = tmp_path / "b.md"
    other.write_text("# Weekly\n\n## Risks\n\n- one\n")
    result = runner.invoke(app, ["parse", str(good), str(bad), str(empty), str(other)])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    validate_report(data)
    assert [d["source"] for d in data] == ["a.txt", "b.md"]
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2
    assert errors[0].startswith("error: broken.pdf: ")
    assert errors[1] == "error: empty.txt: file is empty"
    assert "Traceback" not in result.output


def test_missing_file_and_size_limit_are_clear_errors(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("x" * 2_000_000)
    result = runner.invoke(app, ["parse", str(tmp_path / "nope.txt"), str(big), "--max-size", "1"])
    assert result.exit_code == 1
    assert "nope.txt: no such file" in result.stderr
    assert "big.txt: file is 2 MB, over the 1 MB limit" in result.stderr


def test_a_file_name_with_a_newline_stays_on_one_error_line(tmp_path):
    odd = tmp_path / "week 3\nerror: forged.txt"
    odd.write_bytes(b"")
    result = runner.invoke(app, ["parse", str(odd)])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == ["error: week 3\\nerror: forged.txt: file is empty"]


def test_unknown_template_is_an_error_not_a_traceback(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(SITREP)
    result = runner.invoke(app, ["parse", str(f), "--template", "nope"])
    assert result.exit_code == 1
    assert "no template named 'nope'" in result.stderr


def test_markdown_output_lists_sections_and_items(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(SITREP)
    result = runner.invoke(app, ["parse", str(f), "--format", "md"])
    assert result.exit_code == 0
    assert "## KEY ACTIVITY HEADLINES `activity`" in result.stdout
    assert "- Visits continue;" in result.stdout
    assert "_mitigation:_ calls;" in result.stdout


def test_example_parses_the_bundled_example(validate_report):
    result = runner.invoke(app, ["example", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    validate_report(data)
    report = data[0]
    assert report["template"] == "childrens-services-covid"
    assert report["date"] == "2020-05-04" and report["number"] == 12
    assert len(report["sections"]) == 6


def test_templates_lists_the_default_template():
    result = runner.invoke(app, ["templates"])
    assert result.exit_code == 0
    assert "childrens-services-covid" in result.stdout
    assert "risks" in result.stdout
