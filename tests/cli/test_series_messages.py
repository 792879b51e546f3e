"""Series commands on a database given as a plain path: messages name the series, never ids alone."""

from __future__ import annotations

import json
import subprocess
import sys

from typer.testing import CliRunner

from sitroom.cli import app

runner = CliRunner(env={"COLUMNS": "250"})

RETURN = "{title} No. {n} – as of {d} May 2020\n\nKEY ACTIVITY HEADLINES\n\n• {item}\n\n• Visits continue.\n"


def test_a_merge_on_a_plain_path_names_both_series(tmp_path):
    db = tmp_path / "demo" / "sitroom.db"
    db.parent.mkdir()
    for title, item in (("Housing Sitrep", "Hotels full"), ("Schools Bulletin", "Attendance up")):
        folder = tmp_path / title.split()[0]
        folder.mkdir()
        (folder / "r.txt").write_text(RETURN.format(title=title, n=1, d=4, item=item), encoding="utf-8")
        result = runner.invoke(app, ["ingest", str(folder), "--db", str(db), "--series", title, "--quiet"])
        assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["series", "merge", "Schools Bulletin", "Housing Sitrep", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "'Schools Bulletin' moved into 'Housing Sitrep'" in result.output
    listed = runner.invoke(app, ["series", "--db", str(db), "--format", "json"])
    assert [s["name"] for s in json.loads(listed.output)] == ["Housing Sitrep"]


def test_a_brief_of_a_mistyped_path_exits_2_and_creates_nothing(tmp_path):
    missing = tmp_path / "sitroom-demo" / "sitroom.db"
    out = tmp_path / "brief.md"
    # the console entry point, as a person runs it: errors become their exit code
    cmd = [sys.executable, "-c", "from sitroom.cli import main; main()", "brief", "--db", str(missing)]
    proc = subprocess.run([*cmd, "--output", str(out)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert "no such database" in proc.stderr and "sitroom.db" in proc.stderr
    assert not missing.exists() and not missing.parent.exists() and not out.exists()
