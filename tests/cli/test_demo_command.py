"""`sitroom demo`: generate, ingest into SQLite, summarise; running it twice is safe."""

from __future__ import annotations

from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.store import make_engine, session_scope
from sitroom.store.queries import list_reports
from sitroom.views.serieslist import list_series

runner = CliRunner(env={"COLUMNS": "250"})


def test_demo_generates_ingests_and_is_safe_to_run_twice(tmp_path):
    folder = tmp_path / "demo"
    first = runner.invoke(app, ["demo", "--dir", str(folder)])
    assert first.exit_code == 0, first.output
    assert "32 new, 0 already there, 0 failed" in first.stdout
    assert "Children's Services" in first.stdout
    for ext in ("html", "md", "docx", "pdf"):
        brief = folder / f"brief-2020-05-25.{ext}"
        assert brief.exists() and brief.stat().st_size > 1000, ext
        assert f"brief ({ext}): {brief}" in first.stdout
    assert "latest cycle, changes since the one before:" in first.stdout
    second = runner.invoke(app, ["demo", "--dir", str(folder)])
    assert second.exit_code == 0, second.output
    assert "0 new, 32 already there, 0 failed" in second.stdout
    engine = make_engine(f"sqlite:///{folder / 'sitroom.db'}")
    with session_scope(engine, write=False) as s:
        rows = list_reports(s)
        series = list_series(s)
    engine.dispose()
    # Each council's services belong to it, so accounts scoped to a council see its series.
    assert {r["organisation"] for r in series} == {"Northfield Council", "Southfield County Council"}
    assert all(r["name"].count(r["organisation"]) == 1 for r in series)
    assert len(rows) == 32
    assert {r["format"] for r in rows} == {"txt", "docx", "pdf"}
    assert len({r["series"] for r in rows}) == 4
    assert all(r["date"] and r["number"] and r["items"] > 0 for r in rows)


def test_demo_serve_starts_the_web_app_on_the_demo_database(tmp_path):
    import html
    import socket
    import subprocess
    import sys
    import time

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cmd = [sys.executable, "-c", "from sitroom.cli import main; main()", "demo", "--dir", str(tmp_path), "--serve"]
    proc = subprocess.Popen([*cmd, "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 180
        while True:
            assert proc.poll() is None, proc.stdout.read().decode()
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/", headers={"accept": "text/html"}, timeout=5)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the web app did not start"
                time.sleep(0.5)
        assert r.status_code == 200
        assert "Children's Services" in html.unescape(r.text)  # the demo's series, from its database
        api = httpx.get(f"http://127.0.0.1:{port}/api/v1/reports?limit=1", timeout=5).json()
        assert api["total"] == 32
    finally:
        proc.terminate()
        proc.wait(10)
