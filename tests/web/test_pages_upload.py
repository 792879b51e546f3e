"""The upload page: files in, one result row each; duplicates, bad files and hostile names handled cleanly."""

from __future__ import annotations

import os
import re
from datetime import date

import pytest
from sqlalchemy import select

from sitroom.generate import iter_series
from sitroom.ingest.upload import safe_filename
from sitroom.store import session_scope
from sitroom.store.tables import Original, Report, Series

FRAGMENT = {"HX-Request": "true", "accept": "text/html"}
HTML = {"accept": "text/html"}


@pytest.fixture
def uploader(fresh_client):
    """``fresh_client`` (SQLite and PostgreSQL) sending the session's CSRF token, as the form and script do."""
    page = fresh_client.get("/upload")
    token = re.search(r'name="csrf_token" value="([^"]*)"', page.text).group(1)
    fresh_client.headers["X-CSRF-Token"] = token
    return fresh_client


def _two_reports() -> list[tuple[str, bytes]]:
    reports = next(iter(iter_series(1, 2, seed=3, organisations=1)))
    return [(f"sitrep-{r.number}.txt", r.render("txt")) for r in reports]


def _rows(html: str) -> list[str]:
    return re.findall(r'<tr class="upload-row[^"]*".*?</tr>', html, re.S)


def test_upload_page_has_a_labelled_drop_zone_and_no_inline_script(uploader):
    page = uploader.get("/upload")
    assert page.status_code == 200
    assert re.search(r'<label class="dropzone" for="upload-files">', page.text)
    assert re.search(r'<input type="file" id="upload-files" name="files" multiple', page.text)
    assert 'enctype="multipart/form-data"' in page.text and 'action="/upload"' in page.text
    assert "/static/upload.js" in page.text and "<script>" not in page.text and " onclick=" not in page.text
    for control in ("upload-series", "upload-organisation", "upload-date"):
        assert f'for="{control}"' in page.text


def test_two_files_of_one_series_are_stored_and_listed(uploader):
    files = _two_reports()
    response = uploader.post("/upload", files=[("files", (n, d, "text/plain")) for n, d in files], headers=HTML)
    assert response.status_code == 200
    rows = _rows(response.text)
    assert len(rows) == 2 and all('data-status="ingested"' in r for r in rows)
    ids = [int(re.search(r'href="/reports/(\d+)"', r).group(1)) for r in rows]
    with session_scope(uploader.app.state.engine, write=False) as session:
        reports = [session.get(Report, i) for i in ids]
        assert [r.source for r in reports] == [n for n, _ in files]
        assert reports[0].series_id == reports[1].series_id
        series = session.get(Series, reports[0].series_id).name
        assert reports[1].period_date > reports[0].period_date
    for row, report in zip(rows, reports, strict=True):
        assert series.replace("'", "&#39;") in row
        assert f"{report.period_date.day} {report.period_date:%B %Y}" in row
        assert re.search(r'data-label="Items" class="num">\d+<', row)
        assert "KEY ACTIVITY HEADLINES" in row or "Key activity" in row  # sections found


def test_duplicate_is_recognised_by_content_and_links_the_stored_report(uploader):
    name, data = _two_reports()[0]
    first = uploader.post("/upload", files={"files": (name, data)}, headers=FRAGMENT)
    report_id = re.search(r'href="/reports/(\d+)"', first.text).group(1)
    # Same bytes under another name: still the same report.
    again = uploader.post("/upload", files={"files": ("renamed.txt", data)}, headers=FRAGMENT)
    assert again.status_code == 200
    assert "<html" not in again.text, "script-driven uploads get the rows only"
    (row,) = _rows(again.text)
    assert 'data-status="duplicate"' in row and f'href="/reports/{report_id}"' in row and "renamed.txt" in row
    with session_scope(uploader.app.state.engine, write=False) as session:
        assert len(session.scalars(select(Report.id)).all()) == 1


def test_garbage_and_a_renamed_executable_fail_with_the_file_named(uploader):
    garbage = os.urandom(4000)
    exe = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + os.urandom(3000)
    for name, data in (("garbage.pdf", garbage), ("setup.pdf", exe), ("notes.docx", b"PK not really a zip" * 20)):
        response = uploader.post("/upload", files={"files": (name, data)}, headers=HTML)
        assert response.status_code == 422, name
        (row,) = _rows(response.text)
        # The script gets the same row with 200 (no browser error logged) and the file's status in a header.
        fragment = uploader.post("/upload", files={"files": (name, data)}, headers=FRAGMENT)
        assert (fragment.status_code, fragment.headers["x-upload-status"]) == (200, "422")
        assert _rows(fragment.text) == [row]
        assert 'data-status="failed"' in row and re.search(rf'role="alert">{re.escape(name)}: \S', row)
    with session_scope(uploader.app.state.engine, write=False) as session:
        assert session.scalars(select(Report.id)).all() == [] and session.scalars(select(Original.sha256)).all() == []


def test_oversize_file_gets_413_and_the_others_are_still_stored(uploader):
    uploader.app.state.max_upload_bytes = 3000
    (small_name, small), _ = _two_reports()
    small = small[:2900]
    big = b"KEY ACTIVITY HEADLINES\n\n" + b"- A long item about referrals.\n" * 200
    alone = uploader.post("/upload", files={"files": ("big.txt", big)}, headers=HTML)
    assert alone.status_code == 413
    # The true size, not that of the part read before refusing it (one byte over the limit).
    assert "big.txt: the file is 6.2 kB, over the 3 kB limit per file" in alone.text
    both = uploader.post("/upload", files=[("files", ("big.txt", big)), ("files", (small_name, small))], headers=HTML)
    assert both.status_code == 200
    statuses = [re.search(r'data-status="(\w+)"', r).group(1) for r in _rows(both.text)]
    assert statuses == ["failed", "ingested"]


def test_path_in_the_file_name_is_reduced_to_its_base_name(uploader):
    _, data = _two_reports()[0]
    response = uploader.post("/upload", files={"files": ("../../etc/cron.d/sitrep.txt", data)}, headers=FRAGMENT)
    assert response.status_code == 200 and "../" not in response.text
    with session_scope(uploader.app.state.engine, write=False) as session:
        assert session.scalars(select(Report.source)).all() == ["sitrep.txt"]
        assert session.scalars(select(Original.filename)).all() == ["sitrep.txt"]
    assert safe_filename("C:\\Users\\me\\week 3.docx") == "week 3.docx"
    assert safe_filename("..") == "upload" and safe_filename("a\x00b.txt") == "ab.txt"
    assert len(safe_filename("x" * 500 + ".pdf")) == 200 and safe_filename("x" * 500 + ".pdf").endswith(".pdf")


def test_optional_fields_fill_what_the_masthead_lacks(uploader):
    text = b"KEY ACTIVITY HEADLINES\n\n- Visits continue for children at highest risk.\n- Two beds opened.\n"
    response = uploader.post(
        "/upload",
        files={"files": ("notes.txt", text)},
        data={"series": "Westshire – Children's Services", "organisation": "Westshire", "date": "2020-05-11"},
        headers=FRAGMENT,
    )
    assert response.status_code == 200
    with session_scope(uploader.app.state.engine, write=False) as session:
        report = session.scalars(select(Report)).one()
        assert report.period_date == date(2020, 5, 11)
        assert session.get(Series, report.series_id).name == "Westshire – Children's Services"
    bad = uploader.post("/upload", files={"files": ("n.txt", text)}, data={"date": "May 11"}, headers=HTML)
    assert bad.status_code == 400 and "YYYY-MM-DD" in bad.text


def test_too_many_files_or_none_are_refused(uploader):
    files = [("files", (f"f{i}.txt", f"item {i}".encode())) for i in range(51)]
    response = uploader.post("/upload", files=files, headers=HTML)
    assert response.status_code == 413 and "at most 50 files" in response.text
    none = uploader.post("/upload", data={"series": "x"}, headers=HTML)
    assert none.status_code == 400 and "choose at least one file" in none.text
    with session_scope(uploader.app.state.engine, write=False) as session:
        assert session.scalars(select(Report.id)).all() == []
