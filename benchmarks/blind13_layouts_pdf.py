"""PDF writers of the ``blind13_layouts`` set: a Portuguese municipal civil protection service's "Relatório de
situação" on a storm (the municipality and the service beside a logo box at the top, "RELATÓRIO DE SITUAÇÃO
N.º 3", a details line of event, date, time and alert state; on the first page a coloured sidebar down the left
"Em números" of key figures repeated from the text, big numbers over small labels; the text in the wide column
beside it and on the next page across the page: numbered headings "1. Ponto de situação" in the service's
colour over a thin rule, "•" points, "Medidas:" in bold inside a risk's point; the service's address and
"Pág. 1/2" in the footer; "1.250", "12%", "13 de novembro") and a Canadian province's emergency operations
centre "Situation Report / Rapport de situation" on wildfires (the province and the centre's name in both
languages, "SITUATION REPORT / RAPPORT DE SITUATION #3", a two-column details table whose labels are in both
languages "Event / Événement", each heading one line in both languages "Impacts / Répercussions" in a light
blue band, the points in English only, "Mitigation:" inside a risk's point, "Distribution / Diffusion: …",
"UNCLASSIFIED / NON CLASSIFIÉ" and "Page 1 of 2 / Page 1 de 2" in the footer; "1,250", "12%", "July 22").
"""

from __future__ import annotations

import io
from html import escape

from blind5_layouts_content import figure
from blind7_layouts_content import MONTHS, report_day
from blind11_layouts_pdf import _fonts, _two_pass
from blind13_layouts_content import MESES_PT
from council_layouts_gold import Doc

PT_LEAD = "Medidas:"
TEAL = "#00666E"
SIDEBAR = (("pedidos de socorro", "pedidos de socorro"), ("operacionais", "operacionais no terreno"),
           ("veículos", "veículos empenhados"), ("árvores", "quedas de árvores"),
           ("habitações", "habitações inundadas"))  # fmt: skip


# ---------------------------------------------------------------- Portuguese relatório de situação


def pdf_relatorio_pt(doc: Doc) -> bytes:
    """The municipal civil protection service's report, from its desktop-publishing template."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageTemplate, Paragraph

    _fonts()
    pw, ph = A4
    margin, side = 42.0, 150.0
    when = report_day(doc)
    day = f"{when.day} de {MESES_PT[when.month - 1]} de {when.year}"
    place = doc.organisation.replace("Câmara Municipal de ", "")
    st = {
        "num": ParagraphStyle("n", fontName="DejaVu-Bold", fontSize=20, leading=23, textColor=colors.white),
        "lab": ParagraphStyle("l", fontName="DejaVu", fontSize=8, leading=10, spaceAfter=12, textColor=colors.white),
        "side": ParagraphStyle("sh", fontName="DejaVu-Bold", fontSize=10, leading=13, spaceAfter=10,
                               textColor=colors.white),
        "title": ParagraphStyle("t", fontName="DejaVu-Bold", fontSize=17, leading=21, spaceAfter=4,
                                textColor=colors.HexColor(TEAL)),
        "meta": ParagraphStyle("m", fontName="DejaVu", fontSize=8.5, leading=11, spaceAfter=8),
        "h": ParagraphStyle("h", fontName="DejaVu-Bold", fontSize=11.5, leading=14, spaceBefore=10, spaceAfter=4,
                            textColor=colors.HexColor(TEAL), borderPadding=(0, 0, 2, 0), keepWithNext=1),
        "li": ParagraphStyle("li", fontName="DejaVu", fontSize=9.5, leading=13, leftIndent=12, bulletIndent=1,
                             spaceAfter=3),
    }  # fmt: skip

    def story() -> list:
        out = [Paragraph("EM NÚMEROS", st["side"])]
        for word, label in SIDEBAR:
            value, _trend = figure(doc, (word,))
            if value != "–":
                out += [Paragraph(escape(value), st["num"]), Paragraph(escape(label), st["lab"])]
        out += [Paragraph(escape(f"Estado de alerta: {('Laranja', 'Vermelho')[doc.number % 2]}"), st["lab"]),
                FrameBreak(), NextPageTemplate("later"),
                Paragraph(f"RELATÓRIO DE SITUAÇÃO N.º {doc.number}", st["title"]),
                Paragraph(escape(f"Ocorrência: {doc.service}  |  Data: {day}  |  Hora: 08h00  |  Elaborado por: "
                                 "Comandante Operacional Municipal"), st["meta"])]  # fmt: skip
        for s in doc.sections:
            out.append(Paragraph(escape(s.heading), st["h"]))
            for it in s.items:
                text = escape(it.text, quote=False).replace(f" {PT_LEAD} ", f" <b>{PT_LEAD}</b> ")
                out.append(Paragraph(text, st["li"], bulletText="•"))
        return out

    def make(total: int) -> tuple[bytes, int]:
        def head(c, first: bool) -> None:
            c.saveState()
            c.setFillColor(colors.HexColor(TEAL))
            c.rect(margin, ph - 78, 34, 34, stroke=0, fill=1)  # the municipality's logo
            c.setFillColor(colors.black)
            c.setFont("DejaVu-Bold", 11)
            c.drawString(margin + 44, ph - 56, f"MUNICÍPIO DE {place.upper()}")
            c.setFont("DejaVu", 9)
            c.drawString(margin + 44, ph - 70, "Serviço Municipal de Proteção Civil")
            if first:
                c.setFillColor(colors.HexColor(TEAL))
                c.rect(margin, 60, side, ph - 160, stroke=0, fill=1)
            c.setFillColor(colors.HexColor("#555555"))
            c.setFont("DejaVu", 7.5)
            c.drawString(margin, 34, f"SMPC {place} · Largo do Município, 1 · Tel. 244 800 112 · "
                                     f"protecao.civil@cm-{place.split()[-1].lower()}.pt")  # fmt: skip
            c.drawRightString(pw - margin, 34, f"Pág. {c.getPageNumber()}/{total}")
            c.restoreState()

        buf = io.BytesIO()
        d = BaseDocTemplate(buf, pagesize=A4, title=f"Relatório de situação {doc.number}", invariant=1)
        top = ph - 100
        first = PageTemplate("first", [Frame(margin + 8, 68, side - 16, top - 76, id="side"),
                                       Frame(margin + side + 16, 60, pw - 2 * margin - side - 16, top - 60,
                                             id="main")], onPage=lambda c, _d: head(c, True))  # fmt: skip
        later = PageTemplate("later", [Frame(margin, 60, pw - 2 * margin, top - 60, id="all")],
                             onPage=lambda c, _d: head(c, False))  # fmt: skip
        d.addPageTemplates([first, later])
        d.build(story())
        return buf.getvalue(), d.page

    return _two_pass(make)


# ---------------------------------------------------------------- Canadian provincial EOC situation report


def pdf_sitrep_ca(doc: Doc) -> bytes:
    """The provincial EOC's situation report, its template's labels in both official languages."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    _fonts()
    pw, _ph = letter
    margin = 54.0
    when = report_day(doc)
    day = f"{MONTHS[when.month - 1]} {when.day}, {when.year}"
    province = doc.organisation.replace("Province of ", "")
    st = {
        "org": ParagraphStyle("o", fontName="DejaVu-Bold", fontSize=10, leading=13, alignment=1),
        "title": ParagraphStyle("t", fontName="DejaVu-Bold", fontSize=15, leading=19, alignment=1, spaceBefore=6,
                                spaceAfter=8),
        "h": ParagraphStyle("h", fontName="DejaVu-Bold", fontSize=10.5, leading=13,
                            textColor=colors.HexColor("#0B3D6B")),
        "li": ParagraphStyle("li", fontName="DejaVu", fontSize=9.5, leading=12.5, leftIndent=14, bulletIndent=3,
                             spaceAfter=2),
        "cell": ParagraphStyle("c", fontName="DejaVu", fontSize=8.5, leading=11),
        "lab": ParagraphStyle("lb", fontName="DejaVu-Bold", fontSize=8.5, leading=11),
    }  # fmt: skip
    width = pw - 2 * margin

    def band(heading: str):
        t = Table([[Paragraph(escape(heading), st["h"])]], colWidths=[width])
        t.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#DCE8F5")),
                    ("LINEBELOW", (0, 0), (-1, -1), 1, colors.HexColor("#0B3D6B")),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return t  # fmt: skip

    def story() -> list:
        details = [
            ("Event / Événement", doc.service),
            ("Date and time / Date et heure", f"{day}, 18:00 CDT / HAC"),
            ("Operational period / Période opérationnelle", f"{day} 18:00 – 18:00 (+24 h)"),
            ("PEOC activation level / Niveau d'activation du CPOU", "Level 2 – Partial / Niveau 2 – Partiel"),
            ("Prepared by / Préparé par", "PEOC Planning Section / Section de la planification"),
        ]
        table = Table(
            [[Paragraph(escape(a), st["lab"]), Paragraph(escape(b), st["cell"])] for a, b in details],
            colWidths=[200, width - 200],
        )
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        out = [Paragraph(escape(f"{doc.organisation} / Province de {province}"), st["org"]),
               Paragraph("Provincial Emergency Operations Centre / Centre provincial des opérations d'urgence",
                         st["org"]),
               Paragraph(f"SITUATION REPORT / RAPPORT DE SITUATION #{doc.number}", st["title"]), table]  # fmt: skip
        for s in doc.sections:
            out += [Spacer(1, 10), band(s.heading), Spacer(1, 4)]
            out += [Paragraph(escape(it.text, quote=False), st["li"], bulletText="•") for it in s.items]
        out += [
            Spacer(1, 14),
            Paragraph(
                "Distribution / Diffusion: PEOC partners, municipal EOCs, federal "
                "Government Operations Centre / partenaires du CPOU",
                st["cell"],
            ),
        ]
        return out  # fmt: skip

    def make(total: int) -> tuple[bytes, int]:
        def page(c, _d) -> None:
            c.saveState()
            c.setFont("DejaVu", 7.5)
            c.drawString(margin, 30, "UNCLASSIFIED / NON CLASSIFIÉ")
            n = c.getPageNumber()
            c.drawRightString(pw - margin, 30, f"Page {n} of {total} / Page {n} de {total}")
            c.restoreState()

        buf = io.BytesIO()
        d = SimpleDocTemplate(buf, pagesize=letter, leftMargin=margin, rightMargin=margin, topMargin=48,
                              bottomMargin=50, title=f"Situation Report {doc.number}", invariant=1)  # fmt: skip
        d.build(story(), onFirstPage=page, onLaterPages=page)
        return buf.getvalue(), d.page

    return _two_pass(make)
