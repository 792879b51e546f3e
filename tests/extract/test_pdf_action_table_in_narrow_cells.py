"""A table of actions (Ref | Action | Owner | Due) printed with every border and a narrow Action column, its
sentences wrapped over many short lines, its references numbers: a sheet of records, each action an item under
the heading over the table, not a grid of figures left out. Drawn three ways: Word's "Table Grid" saved as PDF by
LibreOffice (the table indented past the heading's words), a web page printed to PDF, and a reportlab table
centred on the page (the heading standing left of the whole table)."""

from __future__ import annotations

import io
import shutil
import subprocess
from html import escape
from pathlib import Path

import pytest

from sitroom.read import parse_bytes

ACTIONS = [
    ("1", "Open the second rest centre at the leisure centre and staff it with volunteers from the county's "
     "emergency volunteer scheme.", "Housing", "Fri"),
    ("2", "Write to all care providers about the water supply interruption and the bottled water stations.",
     "Adult care", "Mon"),
    ("3", "Brief members.", "Comms", "Today"),
    ("4", "Agree with the water company where the bowsers go and tell the wards in the morning bulletin.",
     "Emergency planning", "Tue"),
]  # fmt: skip
HEADER = ("Ref", "Action", "Owner", "Due")
ABOVE = "The rest centre at the town hall remains open with 40 residents."
BELOW = "Sickness absence is at 6%."


def _word() -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("Situation report 2", 0)
    d.add_heading("Key activity", 1)
    d.add_paragraph(ABOVE, style="List Bullet")
    d.add_heading("Actions", 1)
    table = d.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, name in zip(table.rows[0].cells, HEADER, strict=True):
        cell.text = name
    for action in ACTIONS:
        for cell, text in zip(table.add_row().cells, action, strict=True):
            cell.text = text
    d.add_heading("Workforce", 1)
    d.add_paragraph(BELOW, style="List Bullet")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _web() -> bytes:
    from weasyprint import HTML

    rows = "".join("<tr>" + "".join(f"<td>{escape(x)}</td>" for x in a) + "</tr>" for a in ACTIONS)
    widths = ("40pt", "110pt", "90pt", "50pt")
    head = "".join(f"<th style='width:{w}'>{h}</th>" for h, w in zip(HEADER, widths, strict=True))
    css = (
        "@page { size: A4; margin: 20mm } body { font: 10pt 'Liberation Sans', sans-serif } table { border-collapse: "
        "collapse } td, th { border: 0.5pt solid #444; padding: 2pt 4pt; vertical-align: top; text-align: left }"
    )
    return HTML(
        string=f"<html><head><style>{css}</style></head><body><h1>Situation report 2</h1><h2>Key activity</h2>"
        f"<ul><li>{ABOVE}</li></ul><h2>Actions</h2><table><tr>{head}</tr>{rows}</table><h2>Workforce</h2>"
        f"<ul><li>{BELOW}</li></ul></body></html>"
    ).write_pdf()


def _reportlab() -> bytes:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    data = [[Paragraph(f"<b>{h}</b>", styles["Normal"]) for h in HEADER]]
    data += [[Paragraph(escape(x), styles["Normal"]) for x in a] for a in ACTIONS]
    table = Table(data, colWidths=[40, 120, 90, 50])  # centred on the page, as reportlab sets a table
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#444444"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    out = io.BytesIO()
    SimpleDocTemplate(out).build(
        [
            Paragraph("Situation report 2", styles["Title"]),
            Paragraph("Key activity", styles["Heading2"]),
            ListFlowable([ListItem(Paragraph(ABOVE, styles["Normal"]))], bulletType="bullet"),
            Paragraph("Actions", styles["Heading2"]),
            table,
            Paragraph("Workforce", styles["Heading2"]),
            ListFlowable([ListItem(Paragraph(BELOW, styles["Normal"]))], bulletType="bullet"),
        ]
    )
    return out.getvalue()


def _sections(pdf: bytes) -> list[tuple[str | None, list[str]]]:
    report = parse_bytes(pdf, "sitrep.pdf")[0]
    return [(s.heading, [i.text for i in s.items]) for s in report.sections]


EXPECTED = [("Key activity", [ABOVE]), ("Actions", [a[1] for a in ACTIONS]), ("Workforce", [BELOW])]


@pytest.mark.parametrize("draw", [_web, _reportlab], ids=["web page", "reportlab, centred"])
def test_each_action_is_an_item_under_the_heading_over_its_table(draw) -> None:
    assert _sections(draw()) == EXPECTED


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_a_word_table_of_actions_saved_as_pdf_gives_each_action(tmp_path: Path) -> None:
    (tmp_path / "sitrep.docx").write_bytes(_word())
    subprocess.run(
        ["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(tmp_path / "sitrep.docx")],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    assert _sections((tmp_path / "sitrep.pdf").read_bytes()) == EXPECTED
