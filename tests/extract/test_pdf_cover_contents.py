"""A cover page (title, organisation, date, version, a document-control table) and a contents page
(headings with dot leaders or a page number set apart): front matter and navigation, not the report.
Drawn with the reportlab canvas and laid out with platypus, the contents titled in several languages."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pdf_sheets import BOLD, REGULAR, Sheet
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from sitroom.read import parse_bytes

SECTIONS = [
    (
        "1 Current position",
        ["Twelve care homes report cases among residents or staff.", "Discharges ran at 53 a week."],
    ),
    ("2 Risks and issues", ["Sustainability of the home care market is being monitored."]),
    ("3 Workforce", ["Staff can book a test at the regional site within two days."]),
]
CONTROL = [
    ["Version", "Date", "Author", "Change"],
    ["1.0", "1 April 2020", "Officer", "First draft"],
    ["1.2", "6 April 2020", "Head of Resilience", "Approved for circulation"],
]
TITLE = "Children's Services Operational Position Report 1"


def _canvas(contents_title: str, leaders: bool) -> bytes:
    s = Sheet(size=10.5)
    s.line("Northfield Borough Council", size=12)
    s.gap(2)
    s.line(TITLE, font=BOLD, size=22)
    s.gap(1)
    s.line("6 April 2020", size=12)
    s.line("Version 1.2", size=12)
    s.gap(2)
    s.line("Document control", font=BOLD, size=12)
    s.table([56, 130, 230, 360], [[[c] for c in row] for row in CONTROL])
    s.new_page()
    s.line(contents_title, font=BOLD, size=16)
    s.gap(0.5)
    for heading, _ in SECTIONS:
        x1 = s.text(56, s.y, heading, REGULAR, 11)
        if leaders:
            dots = " ." * int((520 - x1) / s.c.stringWidth(" .", REGULAR, 11))
            s.text(x1, s.y, dots, REGULAR, 11)
        s.text(530, s.y, "3", REGULAR, 11)  # the body is on page 3
        s.y -= 20
    s.new_page()
    for heading, bullets in SECTIONS:
        s.heading(heading, size=14)
        for b in bullets:
            s.bullet([b])
    return s.pdf()


def _platypus(contents_title: str, leaders: bool) -> bytes:
    buf = io.BytesIO()
    big = ParagraphStyle("title", fontName=BOLD, fontSize=24, leading=30)
    small = ParagraphStyle("small", fontName=REGULAR, fontSize=12, leading=16)
    head = ParagraphStyle("head", fontName=BOLD, fontSize=15, leading=20, spaceBefore=10)
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10.5, leading=14, leftIndent=14, bulletIndent=2)
    toc = ParagraphStyle("toc", fontName=REGULAR, fontSize=11, leading=20)
    story: list = [Paragraph("Southfield County Council", small), Spacer(1, 60), Paragraph(TITLE, big)]
    story += [Spacer(1, 20), Paragraph("6 April 2020", small), Paragraph("Version 1.2", small), Spacer(1, 40)]
    story += [Paragraph("<b>Document control</b>", small)]
    table = Table(CONTROL, colWidths=[50, 90, 110, 200])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "grey"), ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    story += [table, PageBreak(), Paragraph(contents_title, head), Spacer(1, 10)]
    for heading, _ in SECTIONS:
        page = 3  # the body is on page 3
        if leaders:
            story.append(Paragraph(f"{heading} {'. ' * (70 - len(heading))}{page}", toc))
        else:
            row = Table([[heading, str(page)]], colWidths=[420, 30])
            row.setStyle(TableStyle([("FONTSIZE", (0, 0), (-1, -1), 11), ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
            story.append(row)
    story.append(PageBreak())
    for heading, bullets in SECTIONS:
        story.append(Paragraph(heading, head))
        story += [Paragraph(b, body, bulletText="•") for b in bullets]
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)
    return buf.getvalue()


@pytest.mark.parametrize("make", [_canvas, _platypus])
@pytest.mark.parametrize(
    ("contents_title", "leaders"),
    [("Contents", True), ("Table of contents", False), ("Sommaire", True), ("Índice", True), ("Inhalt", False)],
)
def test_cover_and_contents_pages_are_front_matter_not_the_report(make, contents_title, leaders):
    report = parse_bytes(make(contents_title, leaders), "position.pdf")[0]
    assert report.title == TITLE
    assert report.date == date(2020, 4, 6)
    # the body starts at the first heading after the cover and the contents, each heading once
    assert [s.heading for s in report.sections] == [h for h, _ in SECTIONS]
    assert [[i.text for i in s.items] for s in report.sections] == [b for _, b in SECTIONS]
    warnings = " ".join(report.warnings)
    assert "left out as contents" in warnings and "left out as cover page" in warnings


def test_a_first_page_with_the_report_on_it_is_not_a_cover():
    s = Sheet(size=10.5)
    s.line(TITLE, font=BOLD, size=22)
    s.line("6 April 2020 Version 1.2", size=12)
    s.heading("Current position", size=14)
    s.bullet(["Twelve care homes report cases among residents or staff."])
    s.new_page()
    s.heading("Risks", size=14)
    s.bullet(["Sustainability of the home care market is being monitored."])
    report = parse_bytes(s.pdf(), "position.pdf")[0]
    assert [s.heading for s in report.sections] == ["Current position", "Risks"]
    assert not any("cover page" in w for w in report.warnings)


def test_leaders_and_page_number_never_stay_in_a_heading():
    text = (
        "# Weekly position\n\n## 3.1 Workforce . . . . . . . 3\n\n- Staff can book a test.\n\n"
        "## Finance ………… 4\n\n- Costs are £92,000.\n"
    )
    report = parse_bytes(text.encode(), "position.md")[0]
    assert [s.heading for s in report.sections][-2:] == ["3.1 Workforce", "Finance"]


@pytest.mark.parametrize(
    ("date_line", "version"),
    [("6 de messé 2026", "Verjiun 1.0"), ("6 Maayi 2026", "Enkyusa 2"), ("2026 uzta 6", "Bertsioa 3")],
)
def test_a_cover_in_another_language_is_known_by_its_year(date_line: str, version: str) -> None:
    # the cover names its month and version in words sitroom lacks: its year says which issue it is
    s = Sheet(size=10.5)
    for text, size, font in [("Chemun de Badia", 13, REGULAR), ("Protezion zivila", 12, REGULAR)]:
        s.line(text, font=font, size=size)
    s.gap(3)
    s.line("Relaziun söla situaziun nr. 1", font=BOLD, size=24)
    s.line(f"Lavina de tera – {date_line}", size=13)
    s.gap(3)
    s.line("Stab de crisa dl chemun", size=12)
    s.line(version, size=11)
    s.new_page()
    for heading, bullets in SECTIONS:
        s.heading(heading, size=14)
        for b in bullets:
            s.bullet([b])
    report = parse_bytes(s.pdf(), "relaziun.pdf")[0]
    assert report.title == "Relaziun söla situaziun nr. 1"
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items] == SECTIONS
    assert any("cover page" in w for w in report.warnings)
