"""Council returns in layouts no template knows, generated here (reportlab platypus, python-docx,
Markdown, HTML) and asserted on the parsed structure: titles, headings, risk registers, columns."""

from __future__ import annotations

import io
from html import escape

import pytest

from sitroom.model import Report
from sitroom.read import parse_bytes

RISKS = [
    (
        "Referrals from schools remain well below the usual level as pupils stay at home.",
        "Amber",
        "asking partners and community hubs to refer on as needed.",
        "Operations Manager",
    ),
    (
        "Supply of aprons and gloves for home visits is uncertain beyond the next fortnight.",
        "Red",
        "weekly stock checks and mutual aid with neighbouring authorities.",
        "Finance Business Partner",
    ),
    (
        "Delays in court proceedings mean some children remain longer in interim arrangements.",
        "Green",
        "case reviews every fortnight for every child affected.",
        "Head of Service",
    ),
]
ACTIVITY = [
    "Face to face visits continue for children assessed as being at highest risk.",
    "Virtual child protection conferences are now routine, with families joining by telephone.",
]


def _parse(data: bytes, name: str) -> Report:
    return parse_bytes(data, name)[0]


def _headings(report: Report) -> list[str]:
    return [s.heading for s in report.sections if s.heading]


def _section(report: Report, heading: str):
    return next(s for s in report.sections if s.heading == heading)


# ---------------------------------------------------------------- PDF (reportlab platypus)


def _styles(body: float = 10.0, head_bold: bool = True, head_size: float | None = None):
    from reportlab.lib.styles import ParagraphStyle

    return {
        "title": ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=8),
        "head": ParagraphStyle(
            "h", fontName="Helvetica-Bold" if head_bold else "Helvetica", fontSize=head_size or body + 1,
            leading=(head_size or body + 1) + 4, spaceBefore=body, spaceAfter=body / 2,
        ),
        "body": ParagraphStyle("b", fontName="Helvetica", fontSize=body, leading=body * 1.3, spaceAfter=3),
        "cell": ParagraphStyle("c", fontName="Helvetica", fontSize=body - 1, leading=body + 1),
        "cellhead": ParagraphStyle("ch", fontName="Helvetica-Bold", fontSize=body - 1, leading=body + 1),
    }  # fmt: skip


def _bullets(texts: list[str], st):
    from reportlab.platypus import ListFlowable, ListItem, Paragraph

    return ListFlowable(
        [ListItem(Paragraph(escape(t), st["body"]), leftIndent=12) for t in texts],
        bulletType="bullet", start="•", leftIndent=12,
    )  # fmt: skip


def _register(st, header: tuple[str, ...], rows: list[tuple[str, ...]], widths: tuple[float, ...]):
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    data = [[Paragraph(h, st["cellhead"]) for h in header]]
    data += [[Paragraph(escape(c), st["cell"]) for c in row] for row in rows]
    t = Table(data, colWidths=[w * 480 for w in widths])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def _pdf(story_of) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story_of())
    return buf.getvalue()


def _register_pdf(header: tuple[str, ...], rows: list[tuple[str, ...]], widths: tuple[float, ...]) -> bytes:
    from reportlab.platypus import Paragraph

    st = _styles()

    def story():
        return [
            Paragraph("Children's Services situation report 4 – 27 April 2020", st["title"]),
            Paragraph("Progress this week", st["head"]),
            _bullets(ACTIVITY, st),
            Paragraph("Challenges", st["head"]),
            _register(st, header, rows, widths),
            Paragraph("Communications", st["head"]),
            _bullets(["Partner newsletter sent out on 3 April."], st),
        ]

    return _pdf(story)


def test_a_pdf_risk_register_with_wrapped_cells_gives_one_risk_per_row_and_its_mitigation_apart() -> None:
    # narrow owner and mitigation columns: every row wraps over several lines in several columns
    report = _parse(_register_pdf(("Risk", "RAG", "Mitigation", "Owner"), RISKS, (0.4, 0.1, 0.35, 0.15)), "r.pdf")
    section = _section(report, "Challenges")
    assert [(i.text, i.mitigation) for i in section.items] == [(r[0], r[2]) for r in RISKS]
    assert section.key == "risks"
    assert _headings(report) == ["Progress this week", "Challenges", "Communications"]


def test_a_pdf_risk_register_scored_in_numbers_is_read_as_risks_not_dropped_as_a_numbers_grid() -> None:
    # rows with and without a mitigation, risks wrapped over two and three lines: the rows of scores run on
    # far below the header
    closing = "Staff anxiety about the wider reopening of schools. This risk has reduced and will be removed."
    risks = [RISKS[0][0], closing, RISKS[1][0], RISKS[2][0], "Low attendance of vulnerable pupils is increasing."]
    rows = [(r, "2", str(2 + n % 2), RISKS[n % 3][2] if n in (2, 3) else "") for n, r in enumerate(risks)]
    header = ("Risk", "Likelihood", "Impact", "Mitigation")
    report = _parse(_register_pdf(header, rows, (0.4, 0.13, 0.1, 0.37)), "s.pdf")
    section = _section(report, "Challenges")
    assert [(i.text, i.mitigation) for i in section.items] == [(r[0], r[3] or None) for r in rows]
    texts = " ".join(i.text for i in report.items()).split()
    assert "Likelihood" not in texts and "Impact" not in texts


def test_a_heading_told_only_by_its_size_under_the_title_is_a_section_not_part_of_the_masthead() -> None:
    from reportlab.platypus import Paragraph

    st = _styles(head_bold=False, head_size=14.5)

    def story():
        return [
            Paragraph("Northfield Council Housing report 2, 13 April 2020", st["title"]),
            Paragraph("Activity", st["head"]),
            _bullets(ACTIVITY, st),
            Paragraph("Budget", st["head"]),
            _bullets(["Additional costs of £117,000 to date, mainly temporary accommodation."], st),
        ]

    report = _parse(_pdf(story), "h.pdf")
    assert report.title == "Northfield Council Housing report 2, 13 April 2020"
    assert _headings(report) == ["Activity", "Budget"]
    assert [i.text for i in _section(report, "Activity").items] == ACTIVITY


@pytest.mark.parametrize("short", [False, True], ids=["two-items", "one-item"])
def test_on_a_two_column_page_a_column_heading_beside_the_other_column_heads_its_own_list(short: bool) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    st = _styles(9.5)
    left = [
        "Groundwater flooding continues in the low-lying villages to the east of the district.",
        "Six roads remain closed, including the main road at Marsh End.",
        "Households still evacuated: 79.",
    ]
    right = ["Daily press release issued with road closures and the support available.",
             "The council website's flood pages had many more views this week."]  # fmt: skip
    right = right[1:] if short else right
    w, h = A4
    col = (w - 2 * 50 - 20) / 2
    frames = [Frame(50, h - 100, w - 100, 50, id="t"), Frame(50, 50, col, h - 150, id="l"),
              Frame(70 + col, 50, col, h - 150, id="r")]  # fmt: skip
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4, invariant=1)
    doc.addPageTemplates([PageTemplate("p", frames)])
    from reportlab.platypus import FrameBreak

    doc.build([
        Paragraph("Emergency Planning Bulletin 1 · 6 April 2020", st["title"]), FrameBreak(),
        Paragraph("Overview", st["head"]), _bullets(left, st), FrameBreak(),
        Paragraph("Comms", st["head"]), _bullets(right, st),
    ])  # fmt: skip
    report = _parse(buf.getvalue(), "c.pdf")
    assert _headings(report) == ["Overview", "Comms"]
    assert [i.text for i in _section(report, "Overview").items] == left
    assert [i.text for i in _section(report, "Comms").items] == right


# ---------------------------------------------------------------- Word


def _docx(build) -> bytes:
    from docx import Document

    d = Document()
    build(d)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_big_bold_dated_first_line_in_word_is_the_title_not_a_section() -> None:
    from docx.shared import Pt

    def build(d):
        run = d.add_paragraph().add_run("Northfield Council – Children's Services weekly return 3 – 20 April 2020")
        run.bold, run.font.size = True, Pt(14)
        for heading, items in (("Key issues", [RISKS[0][0]]), ("Our staff", ["Staff morale is holding up well."])):
            d.add_paragraph().add_run(heading).bold = True
            for text in items:
                d.add_paragraph(text)

    report = _parse(_docx(build), "w.docx")
    assert _headings(report) == ["Key issues", "Our staff"]
    assert report.title and report.title.startswith("Northfield Council")
    assert [s.key for s in report.sections if s.heading] == ["risks", "workforce"]


def test_a_lone_heading_1_report_name_over_heading_2_sections_is_the_title() -> None:
    def build(d):
        d.add_heading("Adult Social Care Situation Report 2, 13 April 2020", level=1)
        d.add_heading("Staffing", level=2)
        d.add_paragraph("Sickness absence is at 6%.", style="List Bullet")
        d.add_heading("Comms", level=2)
        d.add_paragraph("Newsletter sent to providers.", style="List Bullet")

    report = _parse(_docx(build), "h.docx")
    assert _headings(report) == ["Staffing", "Comms"]
    assert report.title == "Adult Social Care Situation Report 2, 13 April 2020"


def test_a_heading_1_that_heads_sections_of_its_own_level_stays_a_section() -> None:
    def build(d):
        d.add_heading("Situation update", level=1)
        d.add_heading("North", level=2)
        d.add_paragraph("Roads are open again.", style="List Bullet")
        d.add_heading("Response", level=1)
        d.add_paragraph("Crews are clearing debris.", style="List Bullet")

    assert _headings(_parse(_docx(build), "s.docx")) == ["Situation update", "North", "Response"]


def test_one_cell_banner_tables_are_section_headings_and_their_bullets_follow() -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def build(d):
        d.add_paragraph().add_run("Housing update 3 – 20 April 2020").bold = True
        for heading, text in (("Operational update", ACTIVITY[0]), ("Risks and issues", RISKS[0][0])):
            cell = d.add_table(rows=1, cols=1).rows[0].cells[0]
            shade = OxmlElement("w:shd")
            shade.set(qn("w:val"), "clear")
            shade.set(qn("w:fill"), "1F4E79")
            cell._tc.get_or_add_tcPr().append(shade)
            cell.paragraphs[0].add_run(heading).bold = True
            d.add_paragraph(text, style="List Bullet")

    report = _parse(_docx(build), "b.docx")
    assert _headings(report) == ["Operational update", "Risks and issues"]
    assert [s.key for s in report.sections if s.heading] == ["activity", "risks"]
    assert [i.text for i in _section(report, "Risks and issues").items] == [RISKS[0][0]]


# ---------------------------------------------------------------- Markdown and web


def test_a_markdown_risk_table_gives_one_risk_per_row_with_its_mitigation() -> None:
    rows = "\n".join(f"| {r[0]} | {r[1]} | {r[2]} |" for r in RISKS)
    text = f"""---
title: "Housing weekly note 2"
---

## Risks and challenges

| Risk | Rating | Mitigation |
| --- | --- | --- |
{rows}

## Communications

- Newsletter sent to tenants.
"""
    report = _parse(text.encode(), "note.md")
    section = _section(report, "Risks and challenges")
    assert [(i.text, i.mitigation) for i in section.items] == [(r[0], r[2]) for r in RISKS]
    assert len(report.tables) == 1


@pytest.mark.parametrize("line", ["Last updated: 13 April 2020", "13 April 2020"])
def test_a_dateline_under_a_web_page_title_dates_the_report_and_is_no_item(line: str) -> None:
    page = f"""<!doctype html><html><head><title>Housing update 2</title></head><body>
<main><h1>Housing update 2</h1><p>{line}</p>
<h2>Latest activity</h2><ul><li>Two new shelters opened in the north district.</li></ul>
<h2>Finance</h2><ul><li>Costs to date are £40,000.</li></ul></main></body></html>"""
    report = _parse(page.encode(), "page.html")
    assert [i.text for i in report.items()] == [
        "Two new shelters opened in the north district.",
        "Costs to date are £40,000.",
    ]
    assert report.date is not None and report.date.isoformat() == "2020-04-13"
