"""The consolidated brief: composed from stored reports, rendered to Markdown, HTML, DOCX and PDF."""

from __future__ import annotations

import dataclasses
import io
import math
import re
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
    assert re.search(rf"^- {re.escape(SHELTER)} — Housing \\\[(\d+)\\\]$", md, re.M)
    assert re.search(r"— Housing \\\[\d+\\\]; Schools \\\[\d+\\\]$", md, re.M)  # the merged food parcels line
    assert "Schools: last report 11 May 2020, next due 18 May 2020" in md
    assert "\\<script\\>" in md and "<script>" not in md
    # Every reference is in the closing list: series, report number, date and file name.
    sources = md.split("## Sources", 1)[1]
    assert re.search(r"^\d+\. Housing, report 3, 18 May 2020, housing-3\.txt$", sources, re.M)
    for line in md.split("## Sources", 1)[0].splitlines():
        if line.startswith("- "):
            numbers = re.findall(r"\\\[(\d+)\\\]", line)
            assert numbers and all(re.search(rf"^{n}\. ", sources, re.M) for n in numbers), line
    linked = render_markdown(brief, "https://sitroom.example/")
    assert re.search(r"\[Housing \\\[\d+\\\]\]\(https://sitroom\.example/reports/\d+#item-\d+\)", linked)


def test_html_is_self_contained_linked_and_escaped(brief):
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    from sitroom.brief.html import render_html

    html = render_html(brief)
    tree = HTMLParser(html)
    assert tree.css_first("h1").text().startswith("Consolidated brief")
    h2 = [h.text() for h in tree.css("h2")]
    assert h2[:2] == ["Summary", "What changed since the last cycle"] and "KEY ACTIVITY HEADLINES" in h2
    assert tree.css("h3")
    assert tree.css("script") == [] and tree.css("link") == []
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    # Without a base URL every link points inside the file, at the closing list of sources.
    hrefs = [a.attributes["href"] for a in tree.css("a")]
    anchors = {li.attributes.get("id") for li in tree.css("ol.sources li")}
    assert hrefs and all(h.startswith("#source-") and h[1:] in anchors for h in hrefs)
    for li in tree.css("ul li"):
        assert li.css("a.cite"), li.text()
    linked = HTMLParser(render_html(brief, "https://sitroom.example"))
    cites = [a.attributes["href"] for a in linked.css("a.cite")]
    assert cites and all(h.startswith("https://sitroom.example/reports/") and "#item-" in h for h in cites)
    assert "@media print" in html and "max-width: 480px" in html


def test_docx_has_headings_bullets_a_figures_table_and_grey_citations(brief):
    from docx import Document

    from sitroom.brief.docx import CITATION_GREY, render_docx

    doc = Document(io.BytesIO(render_docx(brief)))
    styles = {p.style.name for p in doc.paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "List Bullet"} <= styles
    h1 = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert h1[:2] == ["Summary", "What changed since the last cycle"]
    section = doc.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297  # A4 by default
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells] == [
        "Series",
        "Figure",
        "Latest",
        "Previous",
        "Change",
        "Source",
    ]
    assert any(row.cells[2].text == "8%" and row.cells[3].text == "5%" for row in table.rows[1:])
    shelter = next(p for p in doc.paragraphs if p.text.startswith(SHELTER))
    cite = shelter.runs[-1]
    assert re.fullmatch(r" — Housing \[\d+\]", cite.text) and cite.font.color.rgb == CITATION_GREY
    letter = Document(io.BytesIO(render_docx(brief, paper="letter"))).sections[0]
    assert round(letter.page_width.inches, 1) == 8.5


def test_pdf_has_the_changes_and_citations(brief):
    import pypdfium2 as pdfium

    from sitroom.brief.pdf import render_pdf

    pdf = pdfium.PdfDocument(render_pdf(brief))
    text = " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    text = " ".join(text.split())
    assert "What changed since the last cycle" in text
    assert "Housing [" in text and "Housing, report 3, 18 May 2020, housing-3.txt" in text
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
    linked = runner.invoke(app, ["brief", "--db", db_url, "-f", "md"], env={"SITROOM_BASE_URL": "https://x.example/"})
    assert linked.exit_code == 0 and re.search(r"\]\(https://x\.example/reports/\d+#item-\d+\)", linked.output)
    letter = runner.invoke(
        app, ["brief", "--db", db_url, "-f", "docx", "--paper", "letter", "-o", str(tmp_path / "l.docx")]
    )
    assert letter.exit_code == 0
    from docx import Document

    assert round(Document(str(tmp_path / "l.docx")).sections[0].page_width.inches, 1) == 8.5
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


ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


@pytest.fixture
def charted(cycles, db_url):
    """The three-week brief with its charts drawn (vl-convert needed).

    Drawing does not depend on the database; the chart queries run on both in the specs test.
    """
    if not db_url.startswith("sqlite"):
        pytest.skip("by design: charts are drawn the same from either database")
    with session_scope(cycles, write=False) as session:
        return compose_brief(session, charts=True)


def test_charts_say_the_trend_in_words(charted):
    titles = [c.title for c in charted.charts]
    assert titles[0] == "Theme mentions per week"
    sick = next(c for c in charted.charts if "(%)" in c.title)
    assert "Housing (3 reports)" in sick.alt
    assert "rose from 5% (4 May 2020) to 8% (18 May 2020)" in sick.alt
    for chart in charted.charts:
        assert chart.svg.lstrip().startswith("<svg") and "<script" not in chart.svg
        assert chart.png[:8] == b"\x89PNG\r\n\x1a\n"
    assert charted.warnings == []


def test_chart_specs_hold_the_data_drawn(cycles):
    from sitroom.brief.charts import chart_specs

    with session_scope(cycles, write=False) as session:
        brief = compose_brief(session)
        specs = chart_specs(session, brief)
    assert brief.charts == []  # drawn only when asked for
    themes = specs[0].chart
    weeks = {d for line in themes.lines for d, _ in line.points}
    assert weeks == {date(2020, 5, 4), date(2020, 5, 11), date(2020, 5, 18)}  # the Mondays of the report dates
    assert 1 <= len(themes.lines) <= 6 and themes.zero
    # Only figures with three points or more get a chart: Housing's two; Schools stated none.
    figures = {s.title: s for s in specs[1:]}
    assert set(figures) == {"Rough sleepers (count)", "Staff off sick (%)"}
    (sick,) = figures["Staff off sick (%)"].chart.lines
    assert [v for _, v in sick.points] == [5.0, 5.0, 8.0]
    assert "was 120 on 4 May 2020 and again on 18 May 2020" in figures["Rough sleepers (count)"].alt


def test_charts_in_every_format(charted):
    from docx import Document
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    from sitroom.brief.docx import render_docx
    from sitroom.brief.html import render_html

    tree = HTMLParser(render_html(charted))
    figures = tree.css("figure.chart")
    assert len(figures) == len(charted.charts)
    assert figures[0].css_first("svg") is not None
    assert figures[0].css_first("figcaption").text() == charted.charts[0].alt
    assert tree.css("script") == [] and tree.css("img") == []  # inline SVG: nothing to fetch
    doc = Document(io.BytesIO(render_docx(charted)))
    assert len(doc.inline_shapes) == len(charted.charts)
    descr = [s._inline.docPr.get("descr") for s in doc.inline_shapes]
    assert descr == [c.alt for c in charted.charts]
    md = render_markdown(charted)
    assert "## Trends" in md and "**Chart: Theme mentions per week.**" in md


def test_a_chart_that_cannot_be_drawn_is_left_out_with_a_warning(cycles):
    from sitroom.brief.charts import chart_specs, render_charts
    from sitroom.brief.linechart import Line

    with session_scope(cycles, write=False) as session:
        brief = compose_brief(session)
        specs = chart_specs(session, brief)
    broken = dataclasses.replace(
        specs[1], chart=dataclasses.replace(specs[1].chart, lines=(Line("x", ((date(2020, 5, 4), math.nan),)),))
    )
    charts, warnings = render_charts([specs[0], broken])
    assert [c.title for c in charts] == [specs[0].title]
    assert len(warnings) == 1 and f"Chart {broken.title!r} left out" in warnings[0]


def test_docx_without_the_rasteriser_keeps_the_charts_in_words(charted, monkeypatch):
    import sys

    from docx import Document

    from sitroom.brief.docx import render_docx

    fresh = dataclasses.replace(charted, charts=[dataclasses.replace(c, _png=None) for c in charted.charts])
    monkeypatch.setitem(sys.modules, "vl_convert", None)  # import fails as if not installed
    doc = Document(io.BytesIO(render_docx(fresh)))
    assert len(doc.inline_shapes) == 0
    text = "\n".join(p.text for p in doc.paragraphs)
    assert all(c.alt in text for c in charted.charts)


def test_pdf_first_page_rendered_for_a_person_to_look_at(charted):
    """Writes tests/artifacts/brief-page1.png (and the charts' page) to be looked at, not diffed."""
    import shutil
    import subprocess

    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) not installed")
    import pypdfium2 as pdfium
    from PIL import Image

    from sitroom.brief.pdf import render_pdf

    data = render_pdf(charted)
    pdf = pdfium.PdfDocument(data)
    trends = next(n for n in range(len(pdf)) if "Trends" in pdf[n].get_textpage().get_text_range()) + 1
    ARTIFACTS.mkdir(exist_ok=True)
    for page, name in ((1, "brief-page1"), (trends, "brief-charts")):
        subprocess.run(
            ["pdftoppm", "-r", "70", "-f", str(page), "-l", str(page), "-png", "-singlefile", "-", ARTIFACTS / name],
            input=data,
            check=True,
            timeout=30,
        )
    png = ARTIFACTS / "brief-page1.png"
    assert png.stat().st_size > 10_000
    with Image.open(png) as image:
        assert image.width > 500 and image.height > 700  # A4 at 70 dpi: 579 × 819
        grey = image.convert("L")
        dark = sum(grey.histogram()[:128])
        assert 0.005 < dark / (image.width * image.height) < 0.5  # text on a white page, not blank, not black
