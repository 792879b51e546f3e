"""A risk register (Risk / issue | Rating | Treatment) drawn with every border, whose rows a page break cuts: each
risk is one item carrying its whole treatment, whatever part of its row stands above the break. Drawn three ways,
each placing the break at several heights: a web page printed to PDF (the header repeated over the rest, a cell
short enough to fit, "High", left alone above the break, or a risk's lines parted), Word's "Table Grid" table saved
as PDF by LibreOffice (no header repeated, a treatment's last line alone at the next page's top) and a reportlab
table split inside its rows (the header printed again over the part of the row it splits off)."""

from __future__ import annotations

import io
import shutil
import subprocess
from html import escape
from pathlib import Path

import pytest

from sitroom.read import parse_bytes

RISKS = [
    ("The risk of spread to neighbouring properties is rising as the wind turns to the west over the weekend.",
     "High", "Biosecurity checkpoints operate on all roads into the restricted area and vehicles are washed down."),
    ("The risk of fatigue among response personnel is being monitored by the safety officer.", "Medium",
     "Shift lengths are capped at twelve hours and rest days are rostered for every crew."),
    ("Public attendance at infected premises.", "Medium", "Police patrol the IP boundaries."),
    ("Feed deliveries to properties inside the restricted area may stop if carriers refuse to enter the zone, and "
     "the birds on the largest farms would then go without feed within two days of the last delivery, which the "
     "owners say would force an early cull.", "High", "The centre has arranged escorted deliveries with two feed "
     "mills and a permit officer on call."),
]  # fmt: skip
POINTS = [f"Point {n} of the situation is noted in this report for the record and kept." for n in range(1, 60)]
HEADER = ("Risk / issue", "Rating", "Treatment")
NEXT = "Review the boundary on 29 May."


def _web(filler: int) -> bytes:
    from weasyprint import HTML

    rows = "".join(f"<tr><td>{escape(a)}</td><td>{b}</td><td>{escape(c)}</td></tr>" for a, b, c in RISKS)
    points = "".join(f"<li>{p}</li>" for p in POINTS[:filler])
    css = (
        "@page { size: A4; margin: 20mm } body { font: 10pt 'Liberation Sans', sans-serif } table { width: 100%; "
        "border-collapse: collapse } td, th { border: 0.5pt solid #444; padding: 3pt; vertical-align: top; "
        "text-align: left }"
    )
    head = "".join(f"<th style='width:{w}'>{h}</th>" for h, w in zip(HEADER, ("45%", "12%", "43%"), strict=True))
    return HTML(
        string=f"<html><head><style>{css}</style></head><body><h1>Situation report 4</h1><h2>1. Situation</h2>"
        f"<ul>{points}</ul><h2>2. Risks and issues</h2><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody>"
        f"</table><h2>3. Next steps</h2><ul><li>{NEXT}</li></ul></body></html>"
    ).write_pdf()


def _word(filler: int) -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("Situation report 4", 0)
    d.add_heading("1. Situation", 1)
    for p in POINTS[:filler]:
        d.add_paragraph(p, style="List Bullet")
    d.add_heading("2. Risks and issues", 1)
    table = d.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, name in zip(table.rows[0].cells, HEADER, strict=True):
        cell.text = name
    for risk in RISKS:
        for cell, text in zip(table.add_row().cells, risk, strict=True):
            cell.text = text
    d.add_heading("3. Next steps", 1)
    d.add_paragraph(NEXT, style="List Bullet")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _reportlab(filler: int) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    out = io.BytesIO()
    points = [ListItem(Paragraph(p, styles["Normal"])) for p in POINTS[:filler]]
    data = [[Paragraph(f"<b>{h}</b>", styles["Normal"]) for h in HEADER]]
    data += [[Paragraph(escape(text), styles["Normal"]) for text in risk] for risk in RISKS]
    table = Table(data, colWidths=[200, 60, 200], repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#444444"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(out, pagesize=A4).build(
        [
            Paragraph("Situation report 4", styles["Title"]),
            Paragraph("1. Situation", styles["Heading2"]),
            ListFlowable(points, bulletType="bullet"),
            Paragraph("2. Risks and issues", styles["Heading2"]),
            table,
            Paragraph("3. Next steps", styles["Heading2"]),
            ListFlowable([ListItem(Paragraph(NEXT, styles["Normal"]))], bulletType="bullet"),
        ]
    )
    return out.getvalue()


def _risks(pdf: bytes) -> list[tuple[str, str | None]]:
    report = parse_bytes(pdf, "sitrep.pdf")[0]
    section = next(s for s in report.sections if s.heading and "Risks" in s.heading)
    return [(i.text, i.mitigation) for i in section.items]


EXPECTED = [(risk, treatment) for risk, _, treatment in RISKS]


# where the break falls: under the last row's risk alone, inside its risk, after its rating alone
@pytest.mark.parametrize("filler", [40, 42, 43, 46])
def test_a_web_register_row_cut_by_the_page_is_one_risk(filler: int) -> None:
    assert _risks(_web(filler)) == EXPECTED


# the header printed again over the rest of a row, on the page it splits and on the next
@pytest.mark.parametrize("filler", [34, 36, 40])
def test_a_reportlab_register_row_split_by_the_page_is_one_risk(filler: int) -> None:
    assert _risks(_reportlab(filler)) == EXPECTED


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_a_word_register_row_cut_by_the_page_is_one_risk(tmp_path: Path) -> None:
    fillers = [28, 30, 32, 34, 40]  # the first row's treatment or risk cut, a later row cut, none cut
    for n in fillers:
        (tmp_path / f"sitrep-{n}.docx").write_bytes(_word(n))
    subprocess.run(
        ["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), *(str(tmp_path / f"sitrep-{n}.docx") for n in fillers)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    for n in fillers:
        assert _risks((tmp_path / f"sitrep-{n}.pdf").read_bytes()) == EXPECTED, n
