"""Grid writer of the ``blind15_layouts`` set: a local resilience forum's Strategic Coordinating Group sitrep kept
in a spreadsheet and exported from Excel to PDF (landscape A4, every line a cell of the sheet's grid: the forum's
name and "SCG SITUATION REPORT" in merged title cells, an Incident / Sitrep no. / Date/time / Classification
block of label and value cells, then a Ref | Area | Update | RAG | Lead agency grid whose header row repeats
on each page, the area named only in the first of its rows, each update a cell of its own and a risk's "Control
measures:" on a new line inside the risk's cell (Alt+Enter), the RAG cells filled red, amber or green, the
sheet's file path and "Page 1 of 2" in Excel's footer; "1,250", "12%", "(was 5)", "10/06/2024 14:00").
"""

from __future__ import annotations

import io
import zlib
from html import escape

from blind7_layouts_content import report_day
from blind11_layouts_pdf import _two_pass
from council_layouts_gold import Doc

LRF_LEAD = "Control measures:"
AGENCIES = ("Water company", "Police", "County council", "ICB", "Fire and rescue", "UKHSA", "District councils")
FILL = {"R": "#FF7B7B", "A": "#FFC000", "G": "#92D050"}


def pdf_scg_lrf(doc: Doc) -> bytes:
    """The SCG sitrep as the LRF secretariat prints its workbook to PDF before each SCG meeting."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pw, ph = landscape(A4)
    when = report_day(doc)
    font = ParagraphStyle("c", fontName="Helvetica", fontSize=8.5, leading=10.5)
    bold = ParagraphStyle("b", parent=font, fontName="Helvetica-Bold")
    big = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=13, leading=16)
    path = f"S:\\LRF\\SCG\\{doc.service.replace(' ', '_')}\\SCG_Sitrep_{doc.number:02d}.xlsx"

    def cell(text: str, style=font):
        html = escape(text, quote=False).replace(f" {LRF_LEAD} ", f"<br/>{LRF_LEAD} ")
        return Paragraph(html, style)

    def make(pages: int):
        widths = [54, 120, 400, 56, 150]
        head = [[cell(f"{doc.organisation}", big), "", "", "", ""],
                [cell("SCG SITUATION REPORT", big), "", "", "", ""],
                [cell("Incident:", bold), cell(doc.service), "", cell("Sitrep no.", bold), cell(str(doc.number))],
                [cell("Date/time:", bold), cell(f"{when:%d/%m/%Y} 14:00"), "", cell("Class.", bold),
                 cell("OFFICIAL-SENSITIVE")],
                ["", "", "", "", ""],
                [cell(x, bold) for x in ("Ref", "Area", "Update", "RAG", "Lead agency")]]  # fmt: skip
        rows, style = list(head), [
            ("SPAN", (0, 0), (-1, 0)), ("SPAN", (0, 1), (-1, 1)), ("SPAN", (1, 2), (2, 2)), ("SPAN", (1, 3), (2, 3)),
            ("GRID", (0, 5), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 5), (-1, 5), colors.HexColor("#D9E1F2")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 2), (-1, 3), 0.5, colors.black)]  # fmt: skip
        for n, s in enumerate(doc.sections, start=1):
            for k, it in enumerate(s.items, start=1):
                rag = (
                    "RAG"[zlib.crc32(it.thread.encode()) % 3] if s.risks else "AGG"[zlib.crc32(it.thread.encode()) % 3]
                )
                rows.append([cell(f"{n}.{k}"), cell(s.heading, bold) if k == 1 else "", cell(it.text), cell(rag),
                             cell(AGENCIES[(n + k) % len(AGENCIES)])])  # fmt: skip
                style.append(("BACKGROUND", (3, len(rows) - 1), (3, len(rows) - 1), colors.HexColor(FILL[rag])))
        t = Table(rows, colWidths=widths, repeatRows=6)
        t.setStyle(TableStyle(style))
        count = [pages]

        def footer(canvas, d) -> None:
            canvas.saveState()
            canvas.setFont("Helvetica", 7)
            canvas.drawString(30, 16, path)
            canvas.drawCentredString(pw / 2, ph - 18, "Sitrep")
            canvas.drawRightString(pw - 30, 16, f"Page {canvas.getPageNumber()} of {max(count[0], 1)}")
            canvas.restoreState()

        buf = io.BytesIO()
        d = SimpleDocTemplate(buf, pagesize=(pw, ph), leftMargin=30, rightMargin=30, topMargin=32, bottomMargin=32,
                              title=f"SCG_Sitrep_{doc.number:02d}",
                              creator="Microsoft® Excel® for Microsoft 365")  # fmt: skip
        d.build([t], onFirstPage=footer, onLaterPages=footer)
        return buf.getvalue(), d.page

    return _two_pass(make)
