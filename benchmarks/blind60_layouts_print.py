"""PDF writers of the ``blind60_layouts`` set (reportlab in the office tools' place): a North Macedonian regional
crisis management centre's wildfire information as the Word letter printed through PDF24, and a Cameroonian
regional delegation of public health's cholera situation report under the bilingual masthead, printed through doPDF.

A regional crisis management centre (РЦУК) of North Macedonia in a summer of wildfires: the "Информација за
состојбата со пожарите" to the Crisis Management Centre's operations centre, typed in Word as a letter and printed
to PDF with the PDF24 Creator printer (Ghostscript its producer, "Microsoft Word - …docx" its title) — the arms and
"РЕПУБЛИКА СЕВЕРНА МАКЕДОНИЈА", the centre and the region, "Бр.", the date and place, "ДО:" and the addressee on the
right, "ПРЕДМЕТ:" in bold, "Почитувани," and an opening sentence, each section's name bold after its number
("1. Резиме"), the two topics bold and italic under one numbered heading ("4.1. Гаснење на пожарите"), the points
after "–", "Преземени мерки:" in bold, "Со почит,", the head of the centre, "М.П.", "Доставено до:" with its list,
and the footer with the address and "Страна 1 од 2". "12.240.000 денари", "1.250", "16 август",
"(претходна информација: 5)".

A regional delegation of public health (DRSP) of Cameroon in a cholera outbreak: the "Rapport de situation" typed
in Word and printed to PDF with doPDF — the State's masthead in two languages, French on the left ("RÉPUBLIQUE DU
CAMEROUN", "Paix – Travail – Patrie", the ministry, the delegation) and English on the right ("REPUBLIC OF
CAMEROON", "Peace – Work – Fatherland", …), the arms between them, a shaded band with the report's number, the
region, the date and the period covered, each section's name in capitals after a Roman numeral ("I. POINTS
SAILLANTS"), the points after "➢", the challenges as a ruled table "Défis | Solutions proposées | Responsable"
(its header row repeated over a page break, "–" where a challenge has no solution), the delegate's signature, the
contacts and the footer "Page 1 / 2". "950 000 000 FCFA", "1 250", "16 mars", "(rapport précédent : 5)".
"""

from __future__ import annotations

import io
import zlib
from datetime import timedelta
from xml.sax.saxutils import escape

from blind7_layouts_content import report_day
from blind45_layouts_pdf import fonts
from blind55_layouts_print import _counted
from blind60_layouts_banks_away import POZARI
from blind60_layouts_banks_home import CHOLERA
from blind60_layouts_content import MOIS, parts
from council_layouts_gold import Doc

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _styles():
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fonts()
    if "Arrows60" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Arrows60", DEJAVU))
    return {
        "p": ParagraphStyle("p", fontName="Sans", fontSize=10.5, leading=14, spaceAfter=4),
        "dash": ParagraphStyle("dash", fontName="Sans", fontSize=10.5, leading=14, leftIndent=18, bulletIndent=6,
                               spaceAfter=3),
        "arrow": ParagraphStyle("arrow", fontName="Sans", fontSize=10, leading=13.5, leftIndent=18, bulletIndent=4,
                                spaceAfter=3, bulletFontName="Arrows60"),
        "h": ParagraphStyle("h", fontName="Sans-Bold", fontSize=11, leading=15, spaceBefore=9, spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName="Sans-BoldItalic", fontSize=10.5, leading=14, spaceBefore=6,
                             spaceAfter=3, leftIndent=10),
        "hc": ParagraphStyle("hc", fontName="Sans-Bold", fontSize=11, leading=15, spaceBefore=10, spaceAfter=5,
                             textColor="#1f3864"),
        "small": ParagraphStyle("small", fontName="Sans", fontSize=9, leading=11.5),
        "mast": ParagraphStyle("mast", fontName="Sans-Bold", fontSize=8, leading=10, alignment=TA_CENTER),
        "centre": ParagraphStyle("centre", fontName="Sans-Bold", fontSize=11.5, leading=15, alignment=TA_CENTER),
        "right": ParagraphStyle("right", fontName="Sans", fontSize=10.5, leading=14, alignment=TA_RIGHT),
        "cell": ParagraphStyle("cell", fontName="Sans", fontSize=9.5, leading=12.5),
        "th": ParagraphStyle("th", fontName="Sans-Bold", fontSize=9.5, leading=12.5, textColor="#ffffff"),
    }  # fmt: skip


def _point(item, lang: str) -> str:
    risk, lead, rest = parts(item, lang)
    return f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(item.text)


# ---------------------------------------------------------------- a Macedonian RCUK's letter through PDF24

RCUK = (("Штип", "ул. Ванчо Прке бр. 11, 2000 Штип", "032 386 112", "Горан Стојанов"),
        ("Струмица", "ул. Маршал Тито бр. 3, 2400 Струмица", "034 345 210", "Марија Атанасова"),
        ("Кавадарци", "ул. 7 Септември бр. 58, 1430 Кавадарци", "043 412 530", "Зоран Трајков"),
        ("Охрид", "ул. Македонски просветители бр. 19, 6000 Охрид", "046 262 740", "Елена Ристеска"))  # fmt: skip


def pdf_pdf24_rcuk_pozari_mk(doc: Doc) -> bytes:
    """The regional centre's wildfire information as its Word letter printed through PDF24."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    st = _styles()
    when = report_day(doc)
    seat, address, phone, head = RCUK[POZARI.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    w, _ = A4
    day = f"{when:%d.%m.%Y}"
    story = [
        Table([["", [Paragraph("<b>РЕПУБЛИКА СЕВЕРНА МАКЕДОНИЈА</b>", st["p"]),
                     Paragraph("<b>ЦЕНТАР ЗА УПРАВУВАЊЕ СО КРИЗИ</b>", st["small"]),
                     Paragraph(f"Регионален центар за управување со кризи – {seat}", st["small"])]]],
              colWidths=(56, 300), hAlign="LEFT"),
        Spacer(1, 10),
        Paragraph(f"Бр. 13-{h % 900 + 100}/{doc.number}", st["p"]),
        Paragraph(f"{day} година", st["p"]),
        Paragraph(seat, st["p"]),
        Paragraph("ДО: <b>Центар за управување со кризи</b><br/>Оперативно-комуникациски центар<br/>Скопје",
                  st["right"]),
        Spacer(1, 10),
        Paragraph(f"<b>ПРЕДМЕТ: Информација за состојбата со пожарите на подрачјето на РЦУК {seat}, "
                  f"бр. {doc.number}</b>", st["p"]),
        Spacer(1, 4),
        Paragraph("Почитувани,", st["p"]),
        Paragraph(f"Ве известуваме за состојбата со пожарите на подрачјето на Регионалниот центар {seat} "
                  f"заклучно со {day} година во 15:00 часот.", st["p"]),
    ]  # fmt: skip
    for s in doc.sections:
        story.append(Paragraph(escape(s.heading), st["h" if s.level == 1 else "h2"]))
        if s.key == "highlights":
            story += [Paragraph(escape(it.text), st["p"]) for it in s.items]
        else:
            story += [Paragraph(_point(it, "mk"), st["dash"], bulletText="–") for it in s.items]
    story += [Spacer(1, 12), Paragraph("Со почит,", st["right"]), Spacer(1, 4),
              Paragraph("РАКОВОДИТЕЛ НА РЕГИОНАЛЕН ЦЕНТАР", st["right"]), Paragraph(head, st["right"]),
              Paragraph("М.П.", st["p"]), Spacer(1, 8), Paragraph("<b>Доставено до:</b>", st["small"]),
              Paragraph("1. Центар за управување со кризи – Скопје", st["small"]),
              Paragraph(f"2. Дирекција за заштита и спасување – ПЕ {seat}", st["small"]),
              Paragraph("3. Архива", st["small"])]  # fmt: skip

    def page(c, total: int) -> None:
        c.saveState()
        if c.getPageNumber() == 1:
            c.setFillColor("#c8102e")
            c.rect(50, 770, 40, 48, fill=1, stroke=0)
            c.setFillColor("#f7d117")
            c.circle(70, 794, 11, fill=1, stroke=0)
        c.setFillColor("#000000")
        c.setFont("Sans", 8)
        c.drawString(50, 30, f"Центар за управување со кризи · РЦУК {seat} · {address} · тел. {phone}")
        c.drawRightString(w - 50, 30, f"Страна {c.getPageNumber()} од {total}")
        c.restoreState()

    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=56, rightMargin=56, topMargin=28, bottomMargin=56,
                      title=f"Microsoft Word - Informacija_pozari_br{doc.number}.docx", author=head,
                      creator="PDF24 Creator", producer="GPL Ghostscript 10.02.1").build(
                          story, canvasmaker=_counted(page))  # fmt: skip
    return out.getvalue()


# ---------------------------------------------------------------- a Cameroonian DRSP's sitrep through doPDF

DRSP = (("DU LITTORAL", "FOR THE LITTORAL", "du Littoral", "Douala", "Dr Marie-Claire Ebongue"),
        ("DU CENTRE", "FOR THE CENTRE", "du Centre", "Yaoundé", "Dr Paul Mbarga Owona"),
        ("DU NORD", "FOR THE NORTH", "du Nord", "Garoua", "Dr Aïssatou Bello"),
        ("DE L'EXTRÊME-NORD", "FOR THE FAR NORTH", "de l'Extrême-Nord", "Maroua", "Dr Hamadou Oumarou"))  # fmt: skip
OWNERS = ("DRSP / Districts de santé", "DRSP, OMS", "Districts de santé, UNICEF", "FRPS, DRSP")
NAVY = "#1f3864"


def pdf_dopdf_drsp_cholera_cm(doc: Doc) -> bytes:
    """The delegation's cholera situation report as its Word file printed through doPDF."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    st = _styles()
    when = report_day(doc)
    fr, en, region, seat, delegate = DRSP[CHOLERA.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    w, height = A4
    rule = "-" * 12
    left = [
        "RÉPUBLIQUE DU CAMEROUN",
        "Paix – Travail – Patrie",
        rule,
        "MINISTÈRE DE LA SANTÉ PUBLIQUE",
        rule,
        "SECRÉTARIAT GÉNÉRAL",
        rule,
        f"DÉLÉGATION RÉGIONALE {fr}",
    ]
    right = [
        "REPUBLIC OF CAMEROON",
        "Peace – Work – Fatherland",
        rule,
        "MINISTRY OF PUBLIC HEALTH",
        rule,
        "SECRETARIAT GENERAL",
        rule,
        f"REGIONAL DELEGATION {en}",
    ]
    day = f"{when.day} {MOIS[when.month - 1]} {when.year}"
    grid = ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7f7f7f"))
    story = [
        Table([[[Paragraph(x, st["mast"]) for x in left], "", [Paragraph(x, st["mast"]) for x in right]]],
              colWidths=(205, 73, 205)),
        Spacer(1, 12),
        Table([[[Paragraph(f"RAPPORT DE SITUATION N° {doc.number} – ÉPIDÉMIE DE CHOLÉRA", st["centre"]),
                 Paragraph(f"Région {region}", st["centre"])]],
               [Paragraph(f"Date : {day} &nbsp;&nbsp;&nbsp; Période couverte : du "
                          f"{when - timedelta(days=1):%d/%m/%Y} au {when:%d/%m/%Y}", st["small"])]],
              colWidths=(483,), style=[("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#deeaf6")),
                                       ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor(NAVY))]),
    ]  # fmt: skip
    for s in doc.sections:
        story.append(Paragraph(escape(s.heading), st["hc"]))
        if s.risks:
            rows = [[Paragraph(t, st["th"]) for t in ("Défis", "Solutions proposées", "Responsable")]]
            rows += [[Paragraph(escape(it.body), st["cell"]), Paragraph(escape(it.mitigation or "–"), st["cell"]),
                      Paragraph(OWNERS[zlib.crc32(it.thread.encode()) % len(OWNERS)], st["cell"])]
                     for it in s.items]  # fmt: skip
            story.append(
                Table(
                    rows,
                    colWidths=(200, 190, 93),
                    repeatRows=1,
                    style=[
                        grid,
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(NAVY)),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ],
                )
            )
        else:
            story += [Paragraph(escape(it.text), st["arrow"], bulletText="➢") for it in s.items]
    story += [Spacer(1, 14), Paragraph("Le Délégué Régional de la Santé Publique,", st["right"]), Spacer(1, 16),
              Paragraph(f"<b>{delegate}</b>", st["right"]), Spacer(1, 10),
              Paragraph("<b>Pour plus d'informations, contacter :</b>", st["small"]),
              Paragraph(f"Point focal surveillance, DRSP {region} : +237 6 {h % 90 + 10} {h % 89 + 10} "
                        f"{h % 87 + 10} {h % 83 + 10}", st["small"]),
              Paragraph(f"Centre régional des opérations d'urgence de santé publique, {seat} : "
                        f"crousp.{seat.lower()[:5]}@minsante.cm", st["small"])]  # fmt: skip

    def page(c, total: int) -> None:
        c.saveState()
        if c.getPageNumber() == 1:
            c.setFillColor("#007a5e")
            c.rect(w / 2 - 22, height - 95, 14, 44, fill=1, stroke=0)
            c.setFillColor("#ce1126")
            c.rect(w / 2 - 8, height - 95, 14, 44, fill=1, stroke=0)
            c.setFillColor("#fcd116")
            c.rect(w / 2 + 6, height - 95, 14, 44, fill=1, stroke=0)
        c.setFillColor("#000000")
        c.setFont("Sans", 8)
        c.drawString(56, 28, f"Rapport de situation choléra N°{doc.number} – DRSP {region}")
        c.drawRightString(w - 56, 28, f"Page {c.getPageNumber()} / {total}")
        c.restoreState()

    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=56, rightMargin=56, topMargin=36, bottomMargin=52,
                      title=f"Microsoft Word - SITREP CHOLERA N°{doc.number} DRSP {fr.split()[-1]}.docx",
                      author="DRSP", creator="doPDF Ver 11.9 Build 420",
                      producer="doPDF Ver 11.9 Build 420").build(story, canvasmaker=_counted(page))  # fmt: skip
    return out.getvalue()
