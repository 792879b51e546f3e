"""A risk table set in one column of a two-column PDF page is read as a table: each row one risk with its
mitigation, its header row no heading, and the headings of both columns kept in reading order. Drawn on a
canvas (a ruled table beside bulleted text level with its rows) and laid out with platypus frames."""

from __future__ import annotations

import io

import pytest
from pdf_sheets import BOLD, REGULAR, Sheet
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph, Table, TableStyle

from sitroom.model import Report
from sitroom.read import parse_bytes

RISKS = [
    ("Flooding may close the bridge on the coast road before the weekend.", "12", "Diversion signs are ready."),
    ("Staff fatigue is growing after three weeks of extended shifts.", "9", "–"),
    ("Fuel deliveries to the depot may be delayed by the strike.", "8", "A second supplier is on standby."),
]
LEFT_HEAD = "Current position"
LEFT_ITEMS = ["All four rest centres are open tonight.", "Two roads remain closed in the valley."]
RIGHT = {
    "Communications": ["Press briefing held at noon today.", "Social media posts reached 5,000 people."],
    "Next steps": ["Review the rota with the unions on Friday.", "Inspect the bridge again on Thursday."],
}


def _parse(data: bytes) -> Report:
    return parse_bytes(data, "generated.pdf")[0]


def _check(report: Report) -> None:
    headings = [s.heading for s in report.sections if s.heading]
    assert headings == [LEFT_HEAD, "Risks and issues", "Communications", "Next steps"]
    risks = next(s for s in report.sections if s.heading == "Risks and issues")
    assert [i.text for i in risks.items] == [r for r, _, _ in RISKS]
    assert [i.mitigation for i in risks.items] == [
        "Diversion signs are ready.",
        None,
        "A second supplier is on standby.",
    ]
    texts = [i.text for i in report.items()]
    for cell in ("Ref", "R01", "Score", "Mitigation"):
        assert all(cell not in t.split() for t in texts)
    assert [i.text for s in report.sections if s.heading == "Next steps" for i in s.items] == RIGHT["Next steps"]


def test_a_risk_table_in_the_left_column_of_a_canvas_page_keeps_its_rows_and_the_right_column() -> None:
    # the left column's table in small print, its rows level with the right column's bulleted lines
    s = Sheet(size=9)
    s.line("Coastal Resilience Forum – Situation Report 7", font=BOLD, size=17)
    s.gap()
    top = s.y
    s.left, s.right = 56, 300
    s.heading(LEFT_HEAD, size=12)
    for t in LEFT_ITEMS:
        s.bullet([t], indent=0)
    s.heading("Risks and issues", size=12)
    s.size, s.lead = 8, 10
    rows = [[["Ref"], ["Risk / issue"], ["Score"], ["Mitigation"]]]
    for n, (risk, score, mit) in enumerate(RISKS, start=1):
        rows.append([[f"R{n:02d}"], simpleSplit(risk, REGULAR, 8, 110), [score], simpleSplit(mit, REGULAR, 8, 70)])
    s.table([56, 82, 200, 232], rows)
    s.y, s.left, s.right, s.size, s.lead = top, 330, 540, 10, 14
    for head, items in RIGHT.items():
        s.heading(head, size=12)
        for t in items:
            s.bullet([t], indent=0)
    _check(_parse(s.pdf()))


def test_a_risk_table_in_one_frame_of_a_two_frame_platypus_page_keeps_its_rows_and_the_order() -> None:
    w, h = landscape(A4)
    col = (w - 64 - 18) / 2
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=(w, h), invariant=1)
    frames = [
        Frame(32, h - 90, w - 64, 60, id="top"),
        Frame(32, 40, col, h - 140, id="left"),
        Frame(32 + col + 18, 40, col, h - 140, id="right"),
    ]
    doc.addPageTemplates([PageTemplate("page", frames)])
    title = ParagraphStyle("t", fontName=BOLD, fontSize=16, leading=20)
    head = ParagraphStyle("h", fontName=BOLD, fontSize=11.5, leading=14, spaceBefore=6, spaceAfter=3)
    body = ParagraphStyle("b", fontName=REGULAR, fontSize=9, leading=11.5, bulletIndent=0, leftIndent=10)
    cell = ParagraphStyle("c", fontName=REGULAR, fontSize=8, leading=9.6)
    bold_cell = ParagraphStyle("ch", parent=cell, fontName=BOLD)
    rows = [[Paragraph(t, bold_cell) for t in ("Ref", "Risk / issue", "Score", "Mitigation")]]
    for n, (risk, score, mit) in enumerate(RISKS, start=1):
        rows.append([Paragraph(t, cell) for t in (f"R{n:02d}", risk, f"{score} (3×4)", mit)])
    table = Table(rows, colWidths=[col * f for f in (0.08, 0.44, 0.13, 0.35)])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, "#999999"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))

    def bullets(items: list[str]) -> list:
        return [Paragraph(t, body, bulletText="•") for t in items]

    story = [Paragraph("Coastal Resilience Forum – Daily Report 7", title), FrameBreak()]
    story += [Paragraph(LEFT_HEAD, head), *bullets(LEFT_ITEMS), Paragraph("Risks and issues", head), table]
    story.append(FrameBreak())
    for heading, items in RIGHT.items():
        story += [Paragraph(heading, head), *bullets(items)]
    doc.build(story)
    _check(_parse(buf.getvalue()))


FIGURES = {"Elective recovery": ["Patients waiting over 52 weeks: 844", "Day cases at 104% of plan"]}


def _two_columns_of_figures(platypus: bool) -> bytes:
    left = {LEFT_HEAD: LEFT_ITEMS, "Workforce": ["Staff absence is 6%, mainly respiratory illness."]}
    if not platypus:
        s = Sheet(size=9.5)
        s.line("Northfield Trust – Daily Report 3", font=BOLD, size=16)
        s.gap()
        top = s.y
        # the right column's lines are not level with the left's (two columns of one-line entries set on
        # one baseline grid are read across, a weakness left for another day)
        for x0, x1, dy, sections in ((56, 290, 0, left), (310, 540, 6, FIGURES)):
            s.y, s.left, s.right = top - dy, x0, x1
            for head, items in sections.items():
                s.heading(head, size=12)
                for t in items:
                    s.bullet([t], indent=0)
        return s.pdf()
    buf = io.BytesIO()
    w, h = A4
    doc = BaseDocTemplate(buf, pagesize=A4, invariant=1)
    col = (w - 64 - 18) / 2
    frames = [Frame(32, h - 90, w - 64, 60), Frame(32, 40, col, h - 140), Frame(32 + col + 18, 40, col, h - 146)]
    doc.addPageTemplates([PageTemplate("page", frames)])
    head = ParagraphStyle("h", fontName=BOLD, fontSize=11.5, leading=14, spaceBefore=6, spaceAfter=3)
    body = ParagraphStyle("b", fontName=REGULAR, fontSize=9, leading=11.5, leftIndent=10)
    story: list = [Paragraph("Northfield Trust – Daily Report 3", ParagraphStyle("t", fontName=BOLD, fontSize=16))]
    for sections in (left, FIGURES):
        story.append(FrameBreak())
        for heading, items in sections.items():
            story += [Paragraph(heading, head), *(Paragraph(t, body, bulletText="•") for t in items)]
    doc.build(story)
    return buf.getvalue()


@pytest.mark.parametrize("platypus", [False, True])
def test_a_page_column_of_short_figures_as_wide_as_the_other_is_a_section_not_a_sidebar(platypus: bool) -> None:
    report = _parse(_two_columns_of_figures(platypus))
    assert [s.heading for s in report.sections if s.heading] == [LEFT_HEAD, "Workforce", "Elective recovery"]
    assert [i.text for s in report.sections if s.heading == "Elective recovery" for i in s.items] == FIGURES[
        "Elective recovery"
    ]
