"""Ingest: idempotent, transactional, folders, zip archives, e-mails with attachments, bad files."""

from __future__ import annotations

import zipfile
from email.message import EmailMessage

import docx
from sqlalchemy import func, select

from sitroom.ingest import IngestOptions, IngestStatus, ingest_paths
from sitroom.store import session_scope
from sitroom.store.queries import list_reports
from sitroom.store.tables import Item, Original, Report, Section, Series

TEXT = """Northfield Council – Adult Social Care Sitrep No. {n} – as of {d} May 2020

KEY ACTIVITY HEADLINES

• Home care packages maintained for {k} people;
• Day centres remain closed.

WORKFORCE UPDATE

• Staff absence at {a}%.
"""


def write_reports(folder, count: int, start: int = 1) -> list:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(start, start + count):
        p = folder / f"sitrep-{n}.txt"
        p.write_text(TEXT.format(n=n, d=1 + n % 28, k=100 + n, a=n % 9))
        paths.append(p)
    return paths


def counts(engine) -> dict[str, int]:
    with session_scope(engine) as s:
        return {
            t.__tablename__: s.scalar(select(func.count()).select_from(t)) for t in (Report, Section, Item, Original)
        }


def test_the_same_bytes_twice_are_one_report(engine, tmp_path):
    write_reports(tmp_path / "in", 3)
    first = ingest_paths(engine, [tmp_path / "in"], IngestOptions())
    assert first.count(IngestStatus.INGESTED) == 3
    copy = tmp_path / "copy.txt"
    copy.write_bytes((tmp_path / "in" / "sitrep-2.txt").read_bytes())
    again = ingest_paths(engine, [tmp_path / "in", copy], IngestOptions())
    assert again.count(IngestStatus.DUPLICATE) == 4 and again.count(IngestStatus.INGESTED) == 0
    assert counts(engine)["report"] == 3


def test_series_is_inferred_from_the_title_and_dates_and_numbers_parsed(engine, tmp_path):
    write_reports(tmp_path / "in", 2)
    ingest_paths(engine, [tmp_path / "in"], IngestOptions(organisation="Northfield Council"))
    with session_scope(engine) as s:
        assert s.scalars(select(Series.name)).all() == ["Northfield Council – Adult Social Care Sitrep"]
        rows = list_reports(s)
    assert [(r["number"], r["date"]) for r in rows] == [(2, "2020-05-03"), (1, "2020-05-02")]


def test_series_and_date_options_override_inference(engine, tmp_path):
    write_reports(tmp_path / "in", 1)
    from datetime import date

    ingest_paths(engine, [tmp_path / "in"], IngestOptions(series="ASC", period_date=date(2020, 6, 1)))
    with session_scope(engine) as s:
        assert list_reports(s, series="ASC")[0]["date"] == "2020-06-01"


def test_zip_archives_and_emails_with_attachments(engine, tmp_path):
    archive = tmp_path / "returns.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("week1/sitrep-1.txt", TEXT.format(n=1, d=4, k=1, a=2))
        z.writestr("week1/sitrep-2.txt", TEXT.format(n=2, d=11, k=2, a=3))
    d = docx.Document()
    d.add_paragraph("Education Sitrep No. 5 – as of 4 May 2020")
    d.add_heading("KEY ACTIVITY HEADLINES", level=1)
    d.add_paragraph("Hubs open for vulnerable children.", style="List Bullet")
    d.add_heading("WORKFORCE UPDATE", level=1)
    d.add_paragraph("Teaching staff absence at 6%.", style="List Bullet")
    docx_path = tmp_path / "edu.docx"
    d.save(docx_path)
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "edu@example.org", "sitreps@example.org", "Education sitrep 5"
    msg["Date"] = "Mon, 04 May 2020 09:00:00 +0100"
    msg.set_content("Please find this week's return attached.\n")
    msg.add_attachment(
        docx_path.read_bytes(),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="edu.docx",
    )
    eml = tmp_path / "mail.eml"
    eml.write_bytes(bytes(msg))
    summary = ingest_paths(engine, [archive, eml], IngestOptions())
    assert summary.count(IngestStatus.INGESTED) == 3, [(r.source, r.reason) for r in summary.results]
    by_source = {r.source: r for r in summary.results}
    assert len(by_source[str(eml)].report_ids) == 1  # the attached document; the covering note is no report
    with session_scope(engine) as s:
        sources = sorted(s.scalars(select(Report.source)))
    assert "edu.docx" in " ".join(sources)
    assert ingest_paths(engine, [archive, eml], IngestOptions()).count(IngestStatus.DUPLICATE) == 3


def test_bad_files_are_reported_and_leave_the_database_unchanged(engine, tmp_path):
    write_reports(tmp_path / "in", 2)
    ingest_paths(engine, [tmp_path / "in"], IngestOptions())
    before = counts(engine)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "truncated.pdf").write_bytes(b"%PDF-1.7\n1 0 obj<<>>\nendobj\n")
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (bad / "notazip.docx").write_bytes(b"this is not a word file")
    (bad / "broken.zip").write_bytes(b"PK\x03\x04garbage")
    summary = ingest_paths(engine, [bad], IngestOptions())
    assert summary.count(IngestStatus.FAILED) == 5
    reasons = {r.source.split("/")[-1]: r.reason for r in summary.failed}
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"]
    assert counts(engine) == before
