"""The consolidated brief: composed from stored reports, rendered to Markdown, HTML, DOCX and PDF."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from sitroom.brief.compose import compose_brief
from sitroom.brief.markdown import render_markdown
from sitroom.ingest import IngestOptions, ingest_bytes
from sitroom.store import session_scope

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"

REPORT = """{series} Sitrep No. {n} – as of {d} May 2020

KEY ACTIVITY HEADLINES

{activity}

RISKS / CHALLENGES (AND MITIGATION)

{risks}

WORKFORCE UPDATE

{workforce}
"""

FOOD = "Food parcels delivered to shielding families by the council hub."
SHELTER = "Night shelter reopened with 20 beds for rough sleepers."
HOTEL_RISK = "Hotel capacity for rough sleepers is under pressure."
HOTEL_RISK_3 = "Hotel capacity for rough sleepers is under significant and critical pressure."
SCRIPT = "Portal notice <script>alert(1)</script> and [click](javascript:alert(2)) posted."


def _ingest(engine, series: str, n: int, day: int, activity, risks, workforce) -> int:
    def bullets(items):
        return "\n".join(f"• {i}" for i in items)

    text = REPORT.format(
        series=series, n=n, d=day, activity=bullets(activity), risks=bullets(risks), workforce=bullets(workforce)
    )
    options = IngestOptions(series=series, period_date=date(2020, 5, day))
    result = ingest_bytes(engine, text.encode(), f"{series.lower()}-{n}.txt", options)
    return result.report_ids[0]


@pytest.fixture
def cycles(engine):
    """Three weekly Housing reports and two Schools reports: Schools misses the third week."""
    _ingest(
        engine,
        "Housing",
        1,
        4,
        ["Hotels house 120 rough sleepers.", "Helpline open 9-5 on weekdays."],
        ["Rent arrears are expected to rise over the summer."],
        ["Staff off sick at around 5%."],
    )
    _ingest(
        engine,
        "Housing",
        2,
        11,
        ["Hotels house 120 rough sleepers.", "Helpline open 9-5 on weekdays."],
        ["Rent arrears are expected to rise over the summer.", HOTEL_RISK],
        ["Staff off sick at around 5%."],
    )
    _ingest(
        engine,
        "Housing",
        3,
        18,
        ["Hotels house 120 rough sleepers.", SHELTER, FOOD, SCRIPT],
        ["Rent arrears are expected to rise over the summer.", HOTEL_RISK_3],
        ["Staff off sick at around 8%."],
    )
    _ingest(
        engine,
        "Schools",
        1,
        4,
        ["Schools open to vulnerable children and key workers."],
        ["Attendance of vulnerable children is low."],
        ["Teachers working from home where possible."],
    )
    _ingest(
        engine,
        "Schools",
        2,
        11,
        ["Schools open to vulnerable children and key workers.", FOOD.replace("the council", "council")],
        ["Attendance of vulnerable children is low."],
        ["Teachers working from home where possible."],
    )
    return engine


@pytest.fixture
def brief(cycles):
    with session_scope(cycles, write=False) as session:
        return compose_brief(session)


def test_the_cycle_is_the_latest_report_of_each_series(brief):
    assert brief.date == date(2020, 5, 18)
    assert {(r.series, r.report_date) for r in brief.reports} == {
        ("Housing", date(2020, 5, 18)),
        ("Schools", date(2020, 5, 11)),
    }


def test_changes_since_the_last_cycle(brief):
    c = brief.changes
    new = {line.text for line in c.new}
    assert SHELTER in new and FOOD in new
    assert "Helpline open 9-5 on weekdays." in {line.text for line in c.dropped}
    dropped = next(line for line in c.dropped if line.text.startswith("Helpline"))
    assert dropped.sources[0].report_date == date(2020, 5, 11)  # cited where it was last said
    escalating = [r for r in c.escalating_risks if r.text == HOTEL_RISK_3]
    assert escalating and escalating[0].previous == HOTEL_RISK and escalating[0].status == "continuing"
    moved = [f for f in c.figures if f.unit == "percent"]
    assert [(f.previous, f.latest) for f in moved] == [(5.0, 8.0)]
    # the Schools return is missing: its last report's changes were news last week
    assert not any(s.series == "Schools" for line in c.new for s in line.sources)


def test_a_missing_return_is_reported_by_cadence(brief):
    assert [(m.series, m.last_date, m.cadence_days, m.due) for m in brief.missing] == [
        ("Schools", date(2020, 5, 11), 7, date(2020, 5, 18))
    ]


def test_an_item_said_by_two_series_appears_once_with_both_sources(brief):
    activity = next(s for s in brief.sections if s.key == "activity")
    food = [line for line in activity.lines if "Food parcels" in line.text]
    assert len(food) == 1
    assert {(s.series, s.report_date) for s in food[0].sources} == {
        ("Housing", date(2020, 5, 18)),
        ("Schools", date(2020, 5, 11)),
    }
    assert all(s.link == f"/reports/{s.report_id}#item-{s.item_id}" for s in food[0].sources)


def test_figures_table_and_open_risks(brief):
    sick = next(f for f in brief.figures if f.unit == "percent" and f.series == "Housing")
    assert (sick.latest, sick.previous, sick.change) == (8.0, 5.0, 3.0)
    assert sick.source.report_date == date(2020, 5, 18)
    risks = {r.text: r for r in brief.risks}
    assert risks["Rent arrears are expected to rise over the summer."].status == "continuing"
    assert risks["Attendance of vulnerable children is low."].source.series == "Schools"
    assert brief.risks[0].trend == "escalating"  # escalating risks lead the register


def test_an_earlier_date_gives_that_cycle(cycles):
    with session_scope(cycles, write=False) as session:
        earlier = compose_brief(session, date=date(2020, 5, 11))
    assert earlier.missing == []
    assert "Helpline open 9-5 on weekdays." not in {line.text for line in earlier.changes.dropped}
    assert HOTEL_RISK in {r.text for r in earlier.changes.new_risks}
    assert FOOD.replace("the council", "council") in {line.text for line in earlier.changes.new}


def test_max_items_keeps_the_most_salient_changes(cycles):
    with session_scope(cycles, write=False) as session:
        short = compose_brief(session, max_items=2)
    c = short.changes
    kept = [*c.new, *c.updated, *c.new_risks, *c.escalating_risks, *c.closed_risks, *c.dropped]
    assert len(kept) == 2
    assert len(c.new) == 2  # new outranks updated, escalating and dropped
    assert c.escalating_risks == [] and c.dropped == []


def test_markdown_lines_end_with_their_citation(brief):
    md = render_markdown(brief)
    assert md.startswith("# Consolidated brief: 18 May 2020\n")
    assert "## What changed since the last cycle" in md
    assert f"- {SHELTER} — Housing, 18 May 2020" in md
    assert "— Housing, 18 May 2020; Schools, 11 May 2020" in md  # the merged food parcels line
    assert "Schools: last report 11 May 2020, next due 18 May 2020" in md
    assert "\\<script\\>" in md and "<script>" not in md
    for line in md.splitlines():
        if line.startswith("- "):
            assert " — " in line and line.rstrip().endswith("2020")


def test_html_is_self_contained_linked_and_escaped(brief):
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    from sitroom.brief.html import render_html

    html = render_html(brief)
    tree = HTMLParser(html)
    assert tree.css_first("h1").text().startswith("Consolidated brief")
    h2 = [h.text() for h in tree.css("h2")]
    assert h2[0] == "What changed since the last cycle" and "KEY ACTIVITY HEADLINES" in h2
    assert tree.css("h3")
    assert tree.css("script") == [] and tree.css("link") == []
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    hrefs = [a.attributes["href"] for a in tree.css("a")]
    assert hrefs and all(h.startswith("/reports/") and "#item-" in h for h in hrefs)
    for li in tree.css("li"):
        assert li.css("a.cite"), li.text()
    assert "@media print" in html and "max-width: 480px" in html


def test_docx_has_headings_bullets_a_figures_table_and_grey_citations(brief):
    from docx import Document

    from sitroom.brief.docx import CITATION_GREY, render_docx

    doc = Document(io.BytesIO(render_docx(brief)))
    styles = {p.style.name for p in doc.paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "List Bullet"} <= styles
    h1 = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert h1[0] == "What changed since the last cycle"
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells] == [
        "Series",
        "Figure",
        "Latest",
        "Previous",
        "Change",
        "Unit",
        "Source",
    ]
    assert any(row.cells[2].text == "8%" and row.cells[3].text == "5%" for row in table.rows[1:])
    shelter = next(p for p in doc.paragraphs if p.text.startswith(SHELTER))
    cite = shelter.runs[-1]
    assert cite.text == " — Housing, 18 May 2020" and cite.font.color.rgb == CITATION_GREY


def test_pdf_has_the_changes_and_citations(brief):
    pytest.importorskip("weasyprint")
    import pypdfium2 as pdfium

    from sitroom.brief.pdf import render_pdf

    pdf = pdfium.PdfDocument(render_pdf(brief))
    text = " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    text = " ".join(text.split())
    assert "What changed since the last cycle" in text
    assert "Housing, 18 May 2020" in text
    assert "Night shelter reopened" in text


def test_brief_command_writes_each_format(cycles, db_url, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from sitroom.cli import app

    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    md = runner.invoke(app, ["brief", "--db", db_url, "--format", "md", "--max-items", "3"])
    assert md.exit_code == 0, md.output
    assert md.output.startswith("# Consolidated brief: 18 May 2020")
    html = runner.invoke(app, ["brief", "--db", db_url, "--date", "2020-05-11"])
    assert html.exit_code == 0, html.output
    assert (tmp_path / "brief-2020-05-11.html").read_text().startswith("<!DOCTYPE html>")
    docx = runner.invoke(app, ["brief", "--db", db_url, "-f", "docx", "-o", str(tmp_path / "b.docx")])
    assert docx.exit_code == 0 and (tmp_path / "b.docx").read_bytes()[:2] == b"PK"
    bad = runner.invoke(app, ["brief", "--db", db_url, "--date", "May"])
    assert bad.exit_code != 0


def test_seeds_brief_continuing_referral_risk_new_ppe_and_sickness_figure(engine):
    if not SEEDS.exists():
        pytest.skip(f"{SEEDS} not available")
    for name, day in (("000_a18608fe2df3d268.txt", 13), ("004_d779fddf21b83733.txt", 20)):
        options = IngestOptions(series="Cambridgeshire children's services", period_date=date(2020, 4, day))
        ingest_bytes(engine, (SEEDS / name).read_bytes(), name, options)
    with session_scope(engine, write=False) as session:
        brief = compose_brief(session)
    referral = next(r for r in brief.risks if "significant increase in referrals" in r.text)
    assert referral.status == "continuing" and referral.first_seen == date(2020, 4, 13) and referral.reports == 2
    assert "referrals" not in " ".join(r.text for r in brief.changes.new_risks if "significant" in r.text)
    assert any("clarification on use of PPE" in r.text for r in brief.changes.new_risks)
    sick = next(f for f in brief.figures if f.unit == "percent")
    assert sick.latest == 5.0 and "5%" in sick.text
    assert "around 5%" in render_markdown(brief)
