"""Word and PDF writers of the fresh council layouts (``fresh_layouts``): a minutes-style Word return
with bold "Label: value" fields and an Action | Owner | Due table, a German Word return with a risk
table, an "OFFICIAL – SENSITIVE" PDF with decimal numbered headings and justified, hyphenated text, and
a landscape PDF whose sections are the rows of one table.
"""

from __future__ import annotations

import io
from html import escape

from council_layouts_gold import OWNERS, Doc
from council_layouts_writers import _docx, _save

STUFE = ("Gering", "Mittel", "Hoch", "Hoch")
DUE = ("Ongoing", "30 April 2020", "End of May", "Next return", "15 May 2020", "Complete")


def restyle_risk_labels(doc: Doc) -> None:
    """Each risk printed as a paragraph "Risk: … Mitigation: …" (the mitigation part only where there is one)."""
    for s in doc.sections:
        if s.risks:
            for it in s.items:
                it.text = f"Risk: {it.body} Mitigation: {it.mitigation}" if it.mitigation else f"Risk: {it.body}"


def restyle_decimal(doc: Doc) -> None:
    """Headings numbered "1 Summary", "2 Resources", "2.1 Workforce" … as typed numbers."""
    top = sub = 0
    for s in doc.sections:
        if s.level == 1:
            top, sub = top + 1, 0
            s.heading = f"{top} {s.heading}"
        else:
            sub += 1
            s.heading = f"{top}.{sub} {s.heading}"


# ---------------------------------------------------------------- Word


def _label(d, label: str, value: str) -> None:
    para = d.add_paragraph()
    para.add_run(f"{label}:").bold = True
    para.add_run(f" {value}")


def word_minutes(doc: Doc) -> bytes:
    """A minutes-style return: bold "Label:" fields, headings in bold body text, an Action | Owner | Due table
    for the actions, risks as paragraphs with bold "Risk:" and "Mitigation:" labels."""
    d, pt = _docx()
    title = d.add_paragraph().add_run(doc.title)
    title.bold, title.font.size = True, pt(14)
    for label, value in (("Lead officer", f"Jo Patel, Director, {doc.service}"),
                         ("Prepared by", "Chris Lowe, Business Support"), ("Date", doc.date),
                         ("Return number", str(doc.number)), ("Distribution", "Gold group; partners")):  # fmt: skip
        _label(d, label, value)
    for s in doc.sections:
        d.add_paragraph().add_run(s.heading).bold = True
        if s.key in ("actions", "next-steps") and s.items:
            table = d.add_table(rows=1, cols=3)
            table.style = "Table Grid"
            for cell, name in zip(table.rows[0].cells, ("Action", "Owner", "Due"), strict=True):
                cell.paragraphs[0].add_run(name).bold = True
            for n, it in enumerate(s.items):
                for cell, value in zip(table.add_row().cells, (it.text, OWNERS[n % len(OWNERS)], DUE[n % len(DUE)]),
                                       strict=True):  # fmt: skip
                    cell.text = value
            continue
        for it in s.items:
            para = d.add_paragraph()
            if s.risks:
                para.add_run("Risk:").bold = True
                para.add_run(f" {it.body}")
                if it.mitigation:
                    para.add_run(" Mitigation:").bold = True
                    para.add_run(f" {it.mitigation}")
            else:
                para.add_run(it.text)
    return _save(d)


def word_german(doc: Doc) -> bytes:
    """A German return: Title style, a "Stand:" line, Heading 1 sections, bullets, a German risk table."""
    d, _ = _docx()
    d.add_paragraph(doc.title, style="Title")
    d.add_paragraph(f"Stand: {doc.date}")
    for s in doc.sections:
        d.add_heading(s.heading, level=s.level)
        if s.risks:
            cols = ("Risiko", "Bewertung", "Gegenmaßnahmen", "Verantwortlich")
            table = d.add_table(rows=1, cols=len(cols))
            table.style = "Table Grid"
            for cell, name in zip(table.rows[0].cells, cols, strict=True):
                cell.paragraphs[0].add_run(name).bold = True
            for n, it in enumerate(s.items):
                values = (it.body, STUFE[it.level], it.mitigation or "", ("Amtsleitung", "Fachbereich", "Stab")[n % 3])
                for cell, value in zip(table.add_row().cells, values, strict=True):
                    cell.text = value
            continue
        for it in s.items:
            d.add_paragraph(it.text, style="List Bullet")
    return _save(d)


# ---------------------------------------------------------------- PDF


def pdf_official(doc: Doc) -> bytes:
    """HTML printed with weasyprint: "OFFICIAL – SENSITIVE" at the top and bottom of every page, "Page x of y",
    numbered headings in bold body-size text, items as justified paragraphs hyphenated at line ends."""
    from weasyprint import HTML

    css = """
    @page { size: A4; margin: 2.4cm 2.6cm;
      @top-center { content: "OFFICIAL – SENSITIVE"; font: bold 9pt Arial, sans-serif; }
      @bottom-center { content: "OFFICIAL – SENSITIVE"; font: bold 9pt Arial, sans-serif; }
      @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt Arial, sans-serif; } }
    body { font: 10.5pt/1.35 Arial, sans-serif; }
    h1 { font-size: 15pt; margin: 0 0 4pt; }
    .meta { font-size: 9pt; margin: 0 0 12pt; }
    .h { font-weight: bold; margin: 12pt 0 4pt; }
    p.i { text-align: justify; hyphens: auto; margin: 0 0 5pt; }
    """
    out = [f"<html lang='en-GB'><head><meta charset='utf-8'><title>{escape(doc.title)}</title>",
           f"<style>{css}</style></head><body><h1>{escape(doc.title)}</h1>",
           f"<p class='meta'>Issued by {escape(doc.organisation)} on {doc.date}</p>"]  # fmt: skip
    for s in doc.sections:
        out.append(f"<p class='h'>{escape(s.heading)}</p>")
        out += [f"<p class='i'>{escape(it.text)}</p>" for it in s.items]
    out.append("</body></html>")
    return HTML(string="\n".join(out)).write_pdf()


def pdf_landscape_rows(doc: Doc) -> bytes:
    """Landscape A4: the return as one table, a row per section: heading cell | bullets that wrap."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Table, TableStyle

    w, h = landscape(A4)
    m = 40
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=4)
    meta = ParagraphStyle("m", fontName="Helvetica", fontSize=9, leading=11, spaceAfter=8)
    cellhead = ParagraphStyle("ch", fontName="Helvetica-Bold", fontSize=10, leading=12)
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=12, spaceAfter=2)

    def bullets(s) -> object:
        if not s.items:
            return Paragraph("", body)
        return ListFlowable([ListItem(Paragraph(escape(it.text), body), leftIndent=12) for it in s.items],
                            bulletType="bullet", start="•", leftIndent=12, bulletFontSize=9)  # fmt: skip

    rows = [[Paragraph("Area", cellhead), Paragraph("Position this period", cellhead)]]
    rows += [[Paragraph(escape(s.heading), cellhead), bullets(s)] for s in doc.sections]
    table = Table(rows, colWidths=[170, w - 2 * m - 170], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
                               ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#F2F2F2"))]))  # fmt: skip

    def footer(c, d) -> None:
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawString(m, 20, f"{doc.organisation} – {doc.service}")
        c.drawRightString(w - m, 20, f"Page {d.page}")
        c.restoreState()

    buf = io.BytesIO()
    d = SimpleDocTemplate(buf, pagesize=(w, h), leftMargin=m, rightMargin=m, topMargin=m, bottomMargin=m,
                          title=doc.title, invariant=1)  # fmt: skip
    story = [Paragraph(escape(doc.title), title),
             Paragraph(f"Reporting period: week to {doc.date} · Return {doc.number}", meta), table]  # fmt: skip
    d.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()
