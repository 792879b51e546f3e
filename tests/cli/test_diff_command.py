"""`sitroom diff` on two files and on two stored reports."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from sitroom.cli import app

runner = CliRunner()

OLD = "KEY ACTIVITY HEADLINES\n\n• Staff absence at 7%.\n• Day centres closed.\n• Helpline open.\n"
NEW = "KEY ACTIVITY HEADLINES\n\n• Day centres closed.\n• Staff absence at 9%.\n• Food parcels delivered.\n"


def _files(tmp_path):
    old, new = tmp_path / "sitrep-1.txt", tmp_path / "sitrep-2.txt"
    old.write_text(OLD)
    new.write_text(NEW)
    return old, new


def test_diff_of_two_files_as_json(tmp_path):
    old, new = _files(tmp_path)
    result = runner.invoke(app, ["diff", str(old), str(new)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["old"], data["new"]) == ("sitrep-1.txt", "sitrep-2.txt")
    assert {(x["old"], x["new"], x["status"]) for x in data["links"]} == {(0, 1, "updated"), (1, 0, "continuing")}
    assert data["new_items"] == [2] and data["dropped_items"] == [2]


def test_diff_as_markdown_reads_like_a_change_summary(tmp_path):
    old, new = _files(tmp_path)
    out = runner.invoke(app, ["diff", str(old), str(new), "--format", "md"]).stdout
    assert "## New\n\n- Food parcels delivered." in out
    assert "## Updated\n\n- Staff absence at 9%.\n  - was: Staff absence at 7%." in out
    assert "## No longer reported\n\n- Helpline open." in out
    assert "1 item(s) continue" in out


def test_diff_of_two_stored_reports(tmp_path, monkeypatch):
    monkeypatch.setenv("SITROOM_DB", f"sqlite:///{tmp_path / 'd.db'}")
    old, new = _files(tmp_path)
    assert runner.invoke(app, ["ingest", str(old), str(new), "--series", "S"]).exit_code == 0
    ids = sorted(r["id"] for r in json.loads(runner.invoke(app, ["reports", "-f", "json"]).stdout))
    data = json.loads(runner.invoke(app, ["diff", str(ids[0]), str(ids[1])]).stdout)
    assert data["new_items"] == [2] and len(data["links"]) == 2
