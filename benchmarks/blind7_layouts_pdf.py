"""PDF writers of the ``blind7_layouts`` set: a German district crisis staff's "Lagebericht" (reportlab
platypus: a ruled header grid of office, report number and time "Stand", decimal numbered headings in bold
body type, "-" items on a hanging indent, "Maßnahme:" in italics inside a risk's paragraph, the protective
marking at the top and "Seite x von y" at the foot of every page, sign-off and distribution list at the end)
and a recovery group's action tracker as a spreadsheet prints it (landscape, one wide gridded table with the
column titles repeated on every page, a grey band spanning the row for each workstream, a coloured status
cell, then the risk log as a second sheet; the workbook's file name and "Page x of y" in the margins).
"""

from __future__ import annotations

import io
from datetime import timedelta
from html import escape

from blind7_layouts_content import report_day
from council_layouts_gold import RAG, Doc, Item

LEADS = ("Lead officer – housing", "Highways manager", "Economic development", "Waste services", "Comms lead",
         "Community safety", "Environmental health")  # fmt: skip
STATUS = (("Complete", "#c6efce"), ("On track", "#c6efce"), ("At risk", "#ffeb9c"), ("Not started", "#f2f2f2"),
          ("Overdue", "#ffc7ce"))  # fmt: skip
UPDATES = ("Ongoing – see RCG notes", "Awaiting contractor", "Progressing", "Carried forward", "Agreed at RCG",
           "No change")  # fmt: skip


def _build(make, story_of) -> bytes:
    """Build twice: the first pass counts the pages so that the footer can say "of y"."""
    pages = [0]
    for _ in range(2):
        buf = io.BytesIO()
        doc = make(buf, pages)
        doc.build(story_of())
        pages[0] = doc.page
    return buf.getvalue()


def _marked(it: Item, lead: str) -> str:
    """The item's text, the mitigation lead in italics (the German writer's habit)."""
    text = escape(it.text)
    return text.replace(escape(lead), f"<i>{escape(lead)}</i>", 1) if lead else text


def pdf_lagebericht(doc: Doc) -> bytes:
    """A4: "VS – NUR FÜR DEN DIENSTGEBRAUCH" above a ruled header grid (district and staff cell | report
    number and "Stand"; event | distribution), numbered headings ("1. Lage", "1.1 Allgemeine Lage") in bold
    body type, items as "-" on a hanging indent, the next report's time, "gez." and the distribution at the
    end; "Seite x von y" in the footer."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    when = report_day(doc) + timedelta(hours=7)
    st = {
        "cell": ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11.5),
        "cellb": ParagraphStyle("cb", fontName="Helvetica-Bold", fontSize=11, leading=14),
        "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=10,
                             spaceAfter=3),
        "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=10, leading=12.5, spaceBefore=5,
                             spaceAfter=2, leftIndent=12),
        "item": ParagraphStyle("it", fontName="Helvetica", fontSize=10, leading=13, leftIndent=24,
                               bulletIndent=13, spaceAfter=2),
        "end": ParagraphStyle("end", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceBefore=4),
    }  # fmt: skip
    w = A4[0]
    district = doc.organisation

    def make(buf, pages):
        def frame(c, d) -> None:
            c.saveState()
            c.setFont("Helvetica-Bold", 8)
            c.setFillColor(colors.HexColor("#b00000"))
            c.drawCentredString(w / 2, A4[1] - 30, "VS – NUR FÜR DEN DIENSTGEBRAUCH")
            c.setFillColor(colors.black)
            c.setFont("Helvetica", 8)
            c.drawString(56, 30, f"Lagebericht Nr. {doc.number} – {when:%d.%m.%Y}")
            c.drawRightString(w - 56, 30, f"Seite {d.page} von {max(pages[0], d.page)}")
            c.restoreState()

        d = SimpleDocTemplate(buf, pagesize=A4, leftMargin=56, rightMargin=56, topMargin=52, bottomMargin=52,
                              title=doc.title, author=f"{district} – Krisenstab")  # fmt: skip
        d.build = _with_frame(d, frame)  # type: ignore[method-assign]
        return d

    def story() -> list:
        head = Table(
            [[Paragraph(f"{escape(district)}<br/>Krisenstab – Sachgebiet S 2 (Lage)", st["cell"]),
              Paragraph(f"<b>LAGEBERICHT Nr. {doc.number}</b><br/>Stand: {when:%d.%m.%Y}, 07:00 Uhr", st["cellb"])],
             [Paragraph(f"Ereignis: {escape(doc.service)} an der Lauter", st["cell"]),
              Paragraph("Verteiler: Stabsmitglieder, Gemeinden, ILS, Polizeipräsidium", st["cell"])]],
            colWidths=[(w - 112) * 0.55, (w - 112) * 0.45])  # fmt: skip
        head.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("BACKGROUND", (1, 0), (1, 0), colors.HexColor("#e8e8e8"))]))  # fmt: skip
        out: list = [head, Spacer(1, 8)]
        for s in doc.sections:
            block = [Paragraph(escape(s.heading), st["h1" if s.level == 1 else "h2"])]
            for it in s.items:
                block.append(Paragraph(_marked(it, "Maßnahme:"), st["item"], bulletText="-"))
            out.append(KeepTogether(block[:2]))
            out.extend(block[2:])
        nxt = when + timedelta(hours=12)
        out += [Spacer(1, 10), Paragraph(f"Nächster Lagebericht: {nxt:%d.%m.%Y}, {nxt:%H:%M} Uhr", st["end"]),
                Paragraph("gez. Brandt, Leiter Sachgebiet S 2", st["end"])]  # fmt: skip
        return out

    return _build(make, story)


def _with_frame(d, frame):
    """SimpleDocTemplate.build with the same page decoration on every page."""
    plain = d.build

    def build(flowables):
        return plain(flowables, onFirstPage=frame, onLaterPages=frame)

    return build


def pdf_action_tracker(doc: Doc) -> bytes:
    """A4 landscape, as a spreadsheet prints: the group and tracker name and "Version n – last updated" in the
    first rows, then Ref | Action | Lead | Due | Status | Latest update with the column titles repeated on
    every page, a grey row spanning the table for each workstream, status cells filled in colour; the risk
    log on a new page as Ref | Risk | Likelihood | RAG | Mitigation | Owner. The workbook's file name at the top
    left and "Page x of y" at the foot of each page."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    size = landscape(A4)
    when = report_day(doc)
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=8, leading=9.6)
    bold = ParagraphStyle("b", fontName="Helvetica-Bold", fontSize=8, leading=9.6)
    top = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=12, leading=15)
    file = f"{doc.service} Action Tracker v{doc.number}.xlsx"

    def make(buf, pages):
        def frame(c, d) -> None:
            c.saveState()
            c.setFont("Helvetica", 7.5)
            c.drawString(28, size[1] - 22, file)
            c.drawCentredString(size[0] / 2, 16, f"Page {d.page} of {max(pages[0], d.page)}")
            c.restoreState()

        d = SimpleDocTemplate(buf, pagesize=size, leftMargin=28, rightMargin=28, topMargin=34, bottomMargin=30,
                              title=file)  # fmt: skip
        d.build = _with_frame(d, frame)  # type: ignore[method-assign]
        return d

    def table(rows, widths, bands, fills) -> Table:
        t = Table(rows, colWidths=widths, repeatRows=1)
        style = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9e9e9e")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f4e78")),
                 ("TEXTCOLOR", (0, 0), (-1, 0), colors.white)]  # fmt: skip
        for r in bands:
            style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#d9d9d9"))]
        style += [("BACKGROUND", (c, r), (c, r), colors.HexColor(f)) for r, c, f in fills]
        t.setStyle(TableStyle(style))
        return t

    def white(text: str) -> Paragraph:
        return Paragraph(f'<font color="white">{escape(text)}</font>', bold)

    def story() -> list:
        head = ["Ref", "Action", "Lead", "Due", "Status", "Latest update"]
        rows: list = [[white(h) for h in head]]
        bands, fills = [], []
        risks = []
        n = 0
        for s in doc.sections:
            if s.risks:
                risks.append(s)
                continue
            n += 1
            bands.append(len(rows))
            rows.append([Paragraph(escape(s.heading), bold), "", "", "", "", ""])
            for k, it in enumerate(s.items, start=1):
                h = sum(map(ord, it.thread))
                label, fill = STATUS[h % len(STATUS)]
                due = when + timedelta(days=7 + h % 40)
                fills.append((len(rows), 4, fill))
                rows.append([Paragraph(f"{n}.{k:02d}", cell), Paragraph(escape(it.text), cell),
                             Paragraph(LEADS[h % len(LEADS)], cell), Paragraph(f"{due:%d/%m/%Y}", cell),
                             Paragraph(label, cell), Paragraph(UPDATES[(h // 7) % len(UPDATES)], cell)])  # fmt: skip
        out: list = [Paragraph(f"{escape(doc.organisation)} – {escape(doc.service)} Action Tracker", top),
                     Paragraph(f"Version {doc.number} – last updated {when:%d/%m/%Y}", cell), Spacer(1, 6),
                     table(rows, [34, 330, 110, 56, 58, 198], bands, fills)]  # fmt: skip
        for s in risks:
            out += [PageBreak(), Paragraph(escape(s.heading), top), Spacer(1, 6)]
            head = ["Ref", "Risk", "Likelihood", "RAG", "Mitigation", "Owner"]
            rrows: list = [[white(h) for h in head]]
            rfills = []
            for k, it in enumerate(s.items, start=1):
                colour = {"Green": "#c6efce", "Amber": "#ffeb9c", "Red": "#ffc7ce"}[RAG[it.level]]
                rfills.append((len(rrows), 3, colour))
                rrows.append([Paragraph(f"R{k:02d}", cell), Paragraph(escape(it.body), cell),
                              Paragraph(("Low", "Medium", "High", "High")[it.level], cell),
                              Paragraph(RAG[it.level], cell), Paragraph(escape(it.mitigation or ""), cell),
                              Paragraph(LEADS[(k * 3) % len(LEADS)], cell)])  # fmt: skip
            out.append(table(rrows, [34, 300, 60, 52, 230, 110], [], rfills))
        return out

    return _build(make, story)
