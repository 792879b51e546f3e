"""Handing out a brief is a publication: the CLI and the web record which cycle went out, and how."""

from __future__ import annotations

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.generate import iter_series
from sitroom.ingest import IngestOptions, ingest_bytes
from sitroom.store import make_engine, session_scope
from sitroom.views.audit import query
from sitroom.web import create_app


def _store(url: str) -> None:
    engine = make_engine(url)
    for it in iter_series(2, 2, seed=5):
        for rep in it:
            ingest_bytes(engine, rep.render("txt"), rep.file_name("txt"), IngestOptions())
    engine.dispose()


def _publications(url: str) -> list[dict]:
    engine = make_engine(url)
    with session_scope(engine, write=False) as session:
        rows = query(session, action="publish")
    engine.dispose()
    return rows


def test_cli_brief_is_audited_as_published(db_url, tmp_path, monkeypatch):
    _store(db_url)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["brief", "--format", "md", "-o", "b.md", "--db", db_url])
    assert result.exit_code == 0, result.output
    [row] = _publications(db_url)
    assert row["user"] == "local" and row["object_type"] == "brief" and row["object_id"] == "b.md"
    assert row["after"]["format"] == "md" and len(row["after"]["reports"]) == 2


def test_web_brief_download_is_audited_but_the_json_view_is_not(db_url):
    _store(db_url)
    web = create_app(db_url)
    with TestClient(web) as client:
        assert client.get("/api/v1/brief", params={"format": "json"}).status_code == 200
        assert _publications(db_url) == []
        r = client.get("/api/v1/brief", params={"format": "docx"})
        assert r.status_code == 200
    web.state.engine.dispose()
    [row] = _publications(db_url)
    assert row["after"]["format"] == "docx" and row["object_id"].startswith("brief-")
