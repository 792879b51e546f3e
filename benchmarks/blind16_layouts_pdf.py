"""PDF writers of the ``blind16_layouts`` set: a French regional health agency's "Point de situation" on a
heatwave (the State's block "RÉPUBLIQUE FRANÇAISE / Liberté Égalité Fraternité" beside the agency's mark, a teal
title band "POINT DE SITUATION N° 3" over the episode and "Situation au mardi 30 juillet 2024 à 11 h 00", a
"Chiffres clés" row of four figures, then each section a framed box whose first row is its heading white on
teal, "›" points justified inside the box, a box split over a page when it must, "Mesures de gestion :" in bold
inside a risk's point, the next point and the contacts, the agency, the number and "1/2" in the footer; "1 250"
and "12 %" with narrow no-break spaces, "3 400 €", "1er août") and a UNICEF country office's "Humanitarian
Situation Report" (a cyan band with the mark and the report's name, "Reporting Period: …", on the first page
"Highlights" and a photograph with its credit in the left column and a "Situation in Numbers" sidebar with the
appeal and a funding bar in the right, then the sections in one column with the programme sectors as sub-headings
under "Summary Analysis of Programme Response", paragraphs with no bullets, "Mitigating measures:" in bold inside a
risk's paragraph, "Next SitRep: …", a "Who to contact for further information:" table and the "Annex A – Summary
of Programme Results" table, the page number in the footer; "1,250", "12 per cent", "US$1.25 million").
"""

from __future__ import annotations

import io
import re
from datetime import timedelta
from html import escape

from blind7_layouts_content import report_day
from blind11_layouts_pdf import _fonts, _two_pass
from blind16_layouts_content import JOURS, LEADS, NNBSP, count, group
from council_layouts_gold import Doc

TEAL = "#00797C"
CYAN = "#1CABE2"
REGION_CODES = {"Occitanie": "oc", "Auvergne-Rhône-Alpes": "ara", "Provence-Alpes-Côte d'Azur": "paca",
                "Nouvelle-Aquitaine": "na"}  # fmt: skip


def _marked(text: str, lead: str) -> str:
    return escape(text, quote=False).replace(f" {escape(lead)} ", f" <b>{escape(lead)}</b> ")


def _fr_day(when) -> str:
    from blind10_layouts_content import MOIS

    return f"{JOURS[when.weekday()]} {'1er' if when.day == 1 else when.day} {MOIS[when.month - 1]} {when.year}"


# ---------------------------------------------------------------- French regional health agency


def pdf_point_ars(doc: Doc) -> bytes:
    """The agency's heatwave "point de situation" as its crisis cell sends it to the préfectures each day."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    _fonts()
    when = report_day(doc)
    region = doc.organisation.replace("Agence régionale de santé ", "")
    code = REGION_CODES.get(region, "reg")
    teal = colors.HexColor(TEAL)
    pw, ph = A4
    st = {
        "band": ParagraphStyle("b", fontName="DejaVu-Bold", fontSize=15, leading=19, textColor=colors.white),
        "bandsub": ParagraphStyle("bs", fontName="DejaVu", fontSize=10, leading=13, textColor=colors.white),
        "kf": ParagraphStyle("kf", fontName="DejaVu-Bold", fontSize=8.5, leading=11, textColor=teal, spaceAfter=3),
        "num": ParagraphStyle("n", fontName="DejaVu-Bold", fontSize=17, leading=20, alignment=TA_CENTER,
                              textColor=teal),
        "cap": ParagraphStyle("c", fontName="DejaVu", fontSize=7.5, leading=9, alignment=TA_CENTER),
        "head": ParagraphStyle("h", fontName="DejaVu-Bold", fontSize=10.5, leading=13, textColor=colors.white),
        "li": ParagraphStyle("li", fontName="DejaVu", fontSize=9, leading=12, leftIndent=11, bulletIndent=1,
                             alignment=TA_JUSTIFY),
        "small": ParagraphStyle("s", fontName="DejaVu", fontSize=8, leading=10.5, spaceAfter=2),
    }  # fmt: skip
    figures = (
        (count(doc, ("vigilance orange",), 0), "départements en vigilance orange canicule"),
        (count(doc, ("passages aux urgences",), 0), "passages aux urgences liés à la chaleur (24 h)"),
        (count(doc, ("plan blanc",), 0), "établissements de santé en plan blanc"),
        (count(doc, ("EHPAD",), 0), "EHPAD signalant des températures élevées"),
    )
    stamp = f"{when:%d/%m/%Y}"

    def make(pages: int):
        band = Table([[Paragraph(f"POINT DE SITUATION N° {doc.number}", st["band"])],
                      [Paragraph(f"{escape(doc.service)} – vigilance orange", st["bandsub"])],
                      [Paragraph(f"Situation au {_fr_day(when)} à 11 h 00", st["bandsub"])]],
                     colWidths=[pw - 84])  # fmt: skip
        band.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), teal),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                    ("TOPPADDING", (0, 0), (0, 0), 8),
                    ("BOTTOMPADDING", (0, -1), (0, -1), 8),
                ]
            )
        )
        cells = [[Paragraph(group(n, NNBSP) if n else "–", st["num"]) for n, _ in figures],
                 [Paragraph(escape(label), st["cap"]) for _, label in figures]]  # fmt: skip
        kf = Table(cells, colWidths=[(pw - 84) / 4] * 4)
        kf.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, teal), ("INNERGRID", (0, 0), (-1, -1), 0.3,
                                colors.HexColor("#B2D8D8")), ("BACKGROUND", (0, 0), (-1, -1),
                                colors.HexColor("#EEF7F7")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))  # fmt: skip
        out = [band, Spacer(1, 10), Paragraph("CHIFFRES CLÉS", st["kf"]), kf, Spacer(1, 12)]
        for s in doc.sections:
            rows = [[Paragraph(escape(s.heading), st["head"])]]
            rows += [[Paragraph(_marked(it.text, LEADS["fr"]), st["li"], bulletText="›")] for it in s.items]
            box = Table(rows, colWidths=[pw - 84])
            box.setStyle(
                TableStyle(
                    [
                        ("BOX", (0, 0), (-1, -1), 0.8, teal),
                        ("BACKGROUND", (0, 0), (-1, 0), teal),
                        ("LEFTPADDING", (0, 0), (-1, -1), 8),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                        ("TOPPADDING", (0, 1), (-1, 1), 6),
                        ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
                    ]
                )
            )
            out += [box, Spacer(1, 9)]
        nxt = when + timedelta(days=1)
        out += [Spacer(1, 4),
                Paragraph(f"<b>Prochain point de situation{chr(0xA0)}:</b> {_fr_day(nxt)} à 11 h 00", st["small"]),
                Paragraph(f"<b>Contacts{chr(0xA0)}:</b> Cellule régionale d'appui et de crise – "
                          f"ars-{code}-alerte@ars.sante.fr – Service presse{chr(0xA0)}: ars-{code}-presse@ars.sante.fr",
                          st["small"])]  # fmt: skip
        count_ = [pages]

        def page(canvas, d) -> None:
            canvas.saveState()
            if canvas.getPageNumber() == 1:
                canvas.setFont("DejaVu-Bold", 8.5)
                canvas.drawString(42, ph - 40, "RÉPUBLIQUE")
                canvas.drawString(42, ph - 50, "FRANÇAISE")
                canvas.setFont("DejaVu-Oblique", 6.5)
                for k, word in enumerate(("Liberté", "Égalité", "Fraternité")):
                    canvas.drawString(42, ph - 62 - 8 * k, word)
                canvas.setFillColor(teal)
                canvas.setFont("DejaVu-Bold", 26)
                canvas.drawString(150, ph - 62, "ARS")
                canvas.setFont("DejaVu", 8.5)
                canvas.drawString(212, ph - 50, "Agence Régionale de Santé")
                canvas.drawString(212, ph - 61, region)
            else:
                canvas.setFont("DejaVu", 7)
                canvas.setFillGray(0.4)
                canvas.drawRightString(pw - 42, ph - 28, f"Point de situation n° {doc.number} – {doc.service}")
            canvas.setFont("DejaVu", 7)
            canvas.setFillGray(0.35)
            canvas.drawString(42, 24, f"ARS {region} – Point de situation canicule n° {doc.number} – {stamp}")
            canvas.drawRightString(pw - 42, 24, f"{canvas.getPageNumber()}/{max(count_[0], 1)}")
            canvas.restoreState()

        buf = io.BytesIO()
        d = SimpleDocTemplate(
            buf,
            pagesize=A4,
            leftMargin=42,
            rightMargin=42,
            topMargin=96,
            bottomMargin=44,
            title=f"Point de situation n° {doc.number} – {doc.service}",
            author=f"ARS {region}",
        )
        d.build(out, onFirstPage=page, onLaterPages=page)
        return buf.getvalue(), d.page

    return _two_pass(make)


# ---------------------------------------------------------------- UNICEF humanitarian situation report


def _unicef_annex(doc: Doc) -> list[tuple[str, ...]]:
    rows = [("Sector", "Indicator", "2024 target", "Total results", "Change since last report")]
    for sector, indicator, words, default in (
        ("Health", "# of consultations by mobile health teams", ("consultations",), 9000),
        ("Nutrition", "# of children 6–59 months with SAM admitted for treatment", ("malnutrition",), 900),
        ("WASH", "# of households reached with hygiene kits", ("hygiene kits",), 4000),
        ("Education", "# of children accessing temporary learning spaces", ("learning spaces",), 40),
        ("Child Protection", "# of children reached with psychosocial support", ("psychosocial",), 2500),
    ):
        n = count(doc, words, default)
        rows.append((sector, indicator, f"{round(n * 1.8, -2):,.0f}", f"{n:,}", "▲" if doc.number % 2 else "–"))
    return rows


def pdf_sitrep_unicef(doc: Doc) -> bytes:
    """The country office's humanitarian situation report as its emergency section publishes it every two weeks."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

    _fonts()
    when = report_day(doc)
    country = doc.organisation.replace("UNICEF ", "")
    cyan = colors.HexColor(CYAN)
    pw, ph = A4
    start = when - timedelta(days=13)
    period = f"{start.day} {start:%B} – {when.day} {when:%B %Y}"
    name = f"{country} Humanitarian Situation Report No. {doc.number}"
    st = {
        "h1": ParagraphStyle("h1", fontName="DejaVu-Bold", fontSize=12.5, leading=16, textColor=cyan, spaceBefore=10,
                             spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName="DejaVu-Bold", fontSize=10, leading=13, spaceBefore=6, spaceAfter=2),
        "p": ParagraphStyle("p", fontName="DejaVu", fontSize=9, leading=12.2, alignment=TA_JUSTIFY, spaceAfter=5),
        "li": ParagraphStyle("li", fontName="DejaVu", fontSize=9, leading=12, leftIndent=10, bulletIndent=0,
                             spaceAfter=4),
        "cap": ParagraphStyle("cap", fontName="DejaVu-Oblique", fontSize=6.5, leading=8, textColor=colors.grey,
                              spaceAfter=6),
        "cell": ParagraphStyle("c", fontName="DejaVu", fontSize=7.5, leading=9.5),
        "small": ParagraphStyle("sm", fontName="DejaVu", fontSize=8.5, leading=11, spaceAfter=3),
    }  # fmt: skip
    affected = count(doc, ("has affected",), 250000)
    appeal = next((it.text for s in doc.sections for it in s.items if "appealing for" in it.text), "")
    ask = appeal.split("appealing for ")[1].split(" to ")[0] if appeal else "US$12.4 million"
    found = re.search(r"including ([\d,]+) children", " ".join(i.text for s in doc.sections for i in s.items))
    kids = int(found.group(1).replace(",", "")) if found else 0
    numbers = ((f"{affected:,}", "people affected"),
               (f"{kids or round(affected * 0.52):,}", "children in need of assistance"),
               (f"{count(doc, ('displacement sites',), 6400):,}", "people in displacement sites"),
               (f"{count(doc, ('schools were damaged',), 120):,}", "schools damaged"))  # fmt: skip
    left_w = 318
    sx, sw = 40 + left_w + 16, pw - 80 - left_w - 16

    def sidebar(canvas) -> None:
        top = ph - 120
        canvas.setFillColor(colors.HexColor("#1A5A8A"))
        canvas.rect(sx, top - 330, sw, 330, fill=1, stroke=0)
        canvas.setFillColor(colors.white)
        canvas.setFont("DejaVu-Bold", 10.5)
        canvas.drawString(sx + 8, top - 18, "Situation in Numbers")
        y = top - 44
        for value, label in numbers:
            canvas.setFont("DejaVu-Bold", 17)
            canvas.drawString(sx + 8, y, value)
            canvas.setFont("DejaVu", 7.5)
            canvas.drawString(sx + 8, y - 11, label)
            y -= 44
        canvas.setFont("DejaVu-Bold", 10.5)
        canvas.drawString(sx + 8, y, f"UNICEF Appeal {when.year}")
        canvas.setFont("DejaVu-Bold", 15)
        canvas.drawString(sx + 8, y - 20, ask)
        canvas.setFont("DejaVu-Bold", 7)
        canvas.drawString(sx + 8, y - 42, "Funding Status (in US$)")
        for k, (label, share, fill) in enumerate((("Funds received", 0.34, "#80BD41"),
                                                  ("Carry-over", 0.12, "#FFC20E"),
                                                  ("Funding gap", 0.54, "#E2231A"))):  # fmt: skip
            canvas.setFillColor(colors.HexColor(fill))
            canvas.rect(sx + 8, y - 58 - 12 * k, (sw - 70) * share, 8, fill=1, stroke=0)
            canvas.setFillColor(colors.white)
            canvas.setFont("DejaVu", 6)
            canvas.drawString(sx + 12 + (sw - 70) * share, y - 57 - 12 * k, f"{label} {round(share * 100)}%")

    def band(canvas, d) -> None:
        canvas.saveState()
        if canvas.getPageNumber() == 1:
            canvas.setFillColor(cyan)
            canvas.rect(0, ph - 92, pw, 92, fill=1, stroke=0)
            canvas.setFillColor(colors.white)
            canvas.setFont("DejaVu-Bold", 24)
            canvas.drawString(40, ph - 50, "unicef")
            canvas.setFont("DejaVu", 8)
            canvas.drawString(40, ph - 64, "for every child")
            canvas.setFont("DejaVu-Bold", 14)
            canvas.drawRightString(pw - 40, ph - 46, f"{country}")
            canvas.drawRightString(pw - 40, ph - 64, f"Humanitarian Situation Report No. {doc.number}")
            canvas.setFillColor(colors.black)
            canvas.setFont("DejaVu", 9)
            canvas.drawRightString(pw - 40, ph - 108, f"Reporting Period: {period}")
            sidebar(canvas)
        canvas.setFont("DejaVu", 7.5)
        canvas.setFillGray(0.3)
        canvas.drawRightString(pw - 40, 22, str(canvas.getPageNumber()))
        canvas.restoreState()

    first = [Frame(40, 40, left_w, ph - 120 - 40, id="left")]
    later = [Frame(40, 40, pw - 80, ph - 40 - 40, id="body")]
    story: list = []
    sections = list(doc.sections)
    head = sections.pop(0)
    story.append(Paragraph(escape(head.heading), st["h1"]))
    story += [Paragraph(escape(it.text), st["li"], bulletText="•") for it in head.items]
    photo = Table([[""]], colWidths=[left_w], rowHeights=[130])
    photo.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#C9D6DF"))]))
    story += [Spacer(1, 8), photo,
              Paragraph(f"© UNICEF/{escape(country)}/{when.year}/Field Office. Children collect water at a "
                        "displacement site after the cyclone.", st["cap"])]  # fmt: skip
    for s in sections:
        if s.level == 1 and not s.items and not s.risks:
            story.append(Paragraph(escape(s.heading), st["h1"]))
            continue
        story.append(Paragraph(escape(s.heading), st["h2" if s.level == 2 else "h1"]))
        story += [Paragraph(_marked(it.text, LEADS["unicef"]), st["p"]) for it in s.items]
    nxt = when + timedelta(days=14)
    story += [Spacer(1, 6), Paragraph(f"<b>Next SitRep:</b> {nxt.day} {nxt:%B %Y}", st["small"]),
              Paragraph(f"UNICEF {escape(country)} Crisis: https://www.unicef.org/{country.lower()}/emergencies",
                        st["small"]),
              Paragraph("<b>Who to contact for further information:</b>", st["small"])]  # fmt: skip
    contacts = [[Paragraph(f"<b>{n}</b><br/>{t}<br/>UNICEF {escape(country)}<br/>Email: {e}@unicef.org", st["cell"])
                 for n, t, e in (("Catherine Mbeki", "Representative", "cmbeki"),
                                 ("Jean-Luc Rabe", "Deputy Representative", "jlrabe"),
                                 ("Amina Tall", "Chief of Emergency", "atall"))]]  # fmt: skip
    ct = Table(contacts, colWidths=[(pw - 80) / 3] * 3)
    ct.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1, cyan), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    annex = Table([[Paragraph(escape(c), st["cell"]) for c in r] for r in _unicef_annex(doc)],
                  colWidths=[70, 190, 70, 70, 115], repeatRows=1)  # fmt: skip
    annex.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), cyan), ("GRID", (0, 0), (-1, -1), 0.3, colors.grey)]))
    story += [ct, Spacer(1, 12), Paragraph("Annex A – Summary of Programme Results", st["h2"]), annex]
    buf = io.BytesIO()
    d = BaseDocTemplate(buf, pagesize=A4, title=f"UNICEF {name}", author=doc.organisation)
    d.addPageTemplates([PageTemplate("first", first, onPage=band, autoNextPageTemplate="later"),
                        PageTemplate("later", later, onPage=band)])  # fmt: skip
    d.build(story)
    return buf.getvalue()
