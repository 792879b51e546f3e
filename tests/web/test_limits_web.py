"""Values the database cannot hold never reach it from the web: an organisation name too long for its
column is a 422 naming the problem, and a NUL character in a page's filters is a 400, on SQLite and
PostgreSQL alike (PostgreSQL used to answer both with a server error)."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from sitroom.generate import iter_series
from sitroom.ingest import IngestOptions, ingest_bytes
from sitroom.store import session_scope
from sitroom.store.tables import Organisation, Report

HTML = {"accept": "text/html"}


@pytest.fixture
def uploader(fresh_client):
    page = fresh_client.get("/upload")
    fresh_client.headers["X-CSRF-Token"] = re.search(r'name="csrf_token" value="([^"]*)"', page.text).group(1)
    return fresh_client


def test_an_organisation_name_too_long_is_refused_with_a_message(uploader):
    rep = next(iter(next(iter(iter_series(1, 1, seed=3, organisations=1)))))
    org = ("Northfield and Southfield Joint Emergency Planning Partnership " * 4)[:250]
    files = [("files", ("w.txt", rep.render("txt"), "text/plain"))]
    response = uploader.post("/upload", files=files, data={"organisation": org}, headers=HTML)
    assert response.status_code == 422
    assert "the organisation name is 250 characters long, over the 200 allowed" in response.text
    with session_scope(uploader.app.state.engine, write=False) as s:
        assert s.scalar(select(func.count(Report.id))) == 0 and s.scalar(select(func.count(Organisation.id))) == 0


@pytest.mark.parametrize(
    ("path", "param"),
    [
        ("/reports", "organisation"),
        ("/reports", "series"),
        ("/figures", "subject"),
        ("/search", "q"),
        ("/admin/audit", "user"),
    ],
)
def test_a_nul_character_in_a_page_filter_is_a_bad_request(fresh_client, path, param):
    rep = next(iter(next(iter(iter_series(1, 1, seed=4, organisations=1)))))
    engine = fresh_client.app.state.engine
    ingest_bytes(engine, rep.render("txt"), "w.txt", IngestOptions(organisation=rep.organisation))
    response = fresh_client.get(path, params={param: "North\x00field"}, headers=HTML)
    assert response.status_code == 400
    assert "NUL character" in response.text
    assert fresh_client.get(path, params={param: "Northfield"}, headers=HTML).status_code in (200, 404)
