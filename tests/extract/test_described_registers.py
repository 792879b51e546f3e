"""A table of risks and issues whose header names no risk column (ID | Type | Description | Mitigation | Owner |
RAG) is still a risk register: what the mitigation mitigates is the row's description, and the type, owner and
rating describe the row. In PDF, Word, HTML and Markdown. In a PDF page that sets two cells side by side over a
titled register across the page, the cells are read one after the other, then the title with the register's
risks under it."""

from __future__ import annotations

import io

import docx
import pytest
from pdf_sheets import BOLD, REGULAR
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from sitroom.model import Report
from sitroom.read import parse_bytes

HEADER = ["ID", "Type", "Description", "Mitigation", "Owner", "RAG"]
ROWS = [
    ["R011", "Risk", "Contractor capacity for roof repairs is being monitored.",
     "A second framework contractor is on call.", "Head of Service", "Amber"],
    ["R012", "Issue", "Delay to the school's reopening after the half-term break.", "–", "Service Director", "Red"],
    ["R013", "Risk", "Costs exceed the emergency grant threshold.",
     "Monthly cost reports to the finance officer.", "Finance Lead", "Green"],
]  # fmt: skip
LEFT = ("Achievements this period", ["Roof repairs completed at 74 council homes.", "Tree clearance finished."])
RIGHT = ("Planned next period", ["Start the structural survey of the primary school.", "Open the second grant round."])
AFTER = ("Budget", ["Forecast outturn remains within budget."])


def _check(report: Report) -> None:
    risks = next(s for s in report.sections if s.heading == "Risks and issues")
    assert [i.text for i in risks.items] == [r[2] for r in ROWS]
    assert [i.mitigation for i in risks.items] == [ROWS[0][3], None, ROWS[2][3]]
    texts = " ".join(i.text for i in report.items())
    for value in ("R011", "Head of Service", "Amber", "Owner"):
        assert value not in texts


def _pdf(side_by_side: bool) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1)
    head = ParagraphStyle("h", fontName=BOLD, fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
    body = ParagraphStyle("b", fontName=REGULAR, fontSize=9, leading=11.5, bulletIndent=0, leftIndent=10)
    cell = ParagraphStyle("c", fontName=REGULAR, fontSize=8, leading=9.6)
    bold = ParagraphStyle("cb", parent=cell, fontName=BOLD)
    story: list = [Paragraph("Storm Recovery Programme – weekly highlight report", head), Spacer(1, 8)]

    def bullets(items: list[str]) -> list:
        return [Paragraph(t, body, bulletText="•") for t in items]

    if side_by_side:
        cells = [[Paragraph(LEFT[0], bold), Paragraph(RIGHT[0], bold)], [bullets(LEFT[1]), bullets(RIGHT[1])]]
        pair = Table(cells, colWidths=[doc.width / 2] * 2)
        pair.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, "#666666"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story += [pair, Spacer(1, 10)]
    else:
        for heading, items in (LEFT, RIGHT):
            story += [Paragraph(heading, head), *bullets(items)]
    rows = [[Paragraph(t, bold) for t in HEADER]] + [[Paragraph(t, cell) for t in r] for r in ROWS]
    table = Table(rows, colWidths=[doc.width * f for f in (0.07, 0.08, 0.32, 0.3, 0.14, 0.09)])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, "#999999"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [Paragraph("Risks and issues", head), table, Paragraph(AFTER[0], head), *bullets(AFTER[1])]
    doc.build(story)
    return buf.getvalue()


@pytest.mark.parametrize("side_by_side", [True, False])
def test_a_pdf_register_with_a_description_column_and_what_stands_around_it(side_by_side: bool) -> None:
    report = parse_bytes(_pdf(side_by_side), "highlight.pdf")[0]
    _check(report)
    headings = [s.heading for s in report.sections if s.heading and s.items]
    assert headings[-4:] == [LEFT[0], RIGHT[0], "Risks and issues", AFTER[0]]
    sections = {s.heading: [i.text for i in s.items] for s in report.sections}
    assert sections[RIGHT[0]] == RIGHT[1]
    assert sections[AFTER[0]] == AFTER[1]


def test_a_word_register_with_a_description_column() -> None:
    d = docx.Document()
    d.add_heading("Risks and issues", level=1)
    table = d.add_table(rows=1 + len(ROWS), cols=len(HEADER))
    for r, values in enumerate([HEADER, *ROWS]):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    d.add_heading(AFTER[0], level=1)
    d.add_paragraph(AFTER[1][0], style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    _check(parse_bytes(buf.getvalue(), "highlight.docx")[0])


def test_an_html_register_with_a_description_column() -> None:
    head = "".join(f"<th>{h}</th>" for h in HEADER)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in ROWS)
    html = (
        "<html><body><main><h1>Weekly highlight report</h1><h2>Risks and issues</h2>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        f"<h2>{AFTER[0]}</h2><ul><li>{AFTER[1][0]}</li></ul></main></body></html>"
    )
    _check(parse_bytes(html.encode(), "highlight.html")[0])


def test_a_markdown_register_with_a_description_column() -> None:
    lines = ["# Weekly highlight report", "", "## Risks and issues", "", "| " + " | ".join(HEADER) + " |"]
    lines.append("|" + "---|" * len(HEADER))
    lines += ["| " + " | ".join(r) + " |" for r in ROWS]
    lines += ["", f"## {AFTER[0]}", "", f"- {AFTER[1][0]}", ""]
    _check(parse_bytes("\n".join(lines).encode(), "highlight.md")[0])
