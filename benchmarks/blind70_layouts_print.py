"""PDF writers of the ``blind70_layouts`` set: a Martinique commune's dengue report typed in two columns in French
Word and saved as PDF (reportlab in Word's place), and a Madeira parish council's storm report printed by the
municipal platform through mPDF, its points beside a table of the day's figures (WeasyPrint in mPDF's place).

A commune of Martinique (its crisis cell under the mayor, which works with the Agence régionale de santé, the
Collectivité territoriale's vector control service and the prefecture) in an epidemic of dengue: the weekly
"point de situation" typed in Word with French menus on the town hall's template in two columns and saved as PDF
("Microsoft® Word pour Microsoft 365") — across the page the town's tile, "VILLE DU …", "Cellule de crise
communale", the place and date ("Le Lamentin, le 16 octobre 2026"), the title and its reference, a rule; then two
columns, each section's name in bold blue, the summary as paragraphs, the other points after "•", "Mesures prises :"
in bold; the mayor's signature and "Destinataires :"; the town hall's address and "Page 1 sur 2" in the footer.
"3 978 €", "1,46 million d'euros", "1 250", "12 %", "16 octobre", "(point précédent : 5)".

A parish council (junta de freguesia) of Madeira, which reports its parish's occurrences to the municipal civil
protection service of its câmara, in a storm that brings down slopes and floods the ribeiras: its "Relatório de
ocorrências" filled in the câmara's online platform and printed by mPDF — the câmara's and the parish's names, the
report's number, day and hour, a ruled table of particulars, then the page in two columns: at the left each section's
name in a grey band with its points after "•", "Medidas adotadas:" in bold, at the right a table of the day's
occurrences by type ("Tipologia | N.º"); the note that the platform made the document, "Página 1 de 2".
"3.978,00 €", "1,46 M€", "1.250", "16 de fevereiro", "(relatório anterior: 5)".
"""

from __future__ import annotations

import io
import zlib
from html import escape
from xml.sax.saxutils import escape as xml_escape

from blind7_layouts_content import report_day
from blind45_layouts_pdf import fonts
from blind55_layouts_print import _counted
from blind70_layouts_banks_coast import DENGUE, TEMPORAL
from blind70_layouts_content import FR_MONTHS, parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- a Martinique commune, French Word in two columns

COMMUNES = (
    ("Le Lamentin", "LE LAMENTIN", "Place Antonio Maceo, 97232 Le Lamentin", "0596 30 07 00", "Georges Rosamond"),
    ("Le Robert", "LE ROBERT", "Rue Schoelcher, 97231 Le Robert", "0596 65 10 12", "Nadine Sainte-Rose"),
    ("Sainte-Marie", "SAINTE-MARIE", "Rue Ernest Deproge, 97230 Sainte-Marie", "0596 69 30 08", "Alain Jean-Marie"),
    ("Le François", "LE FRANÇOIS", "Place Charles de Gaulle, 97240 Le François", "0596 54 20 20", "Murielle Théodose"),
)  # fmt: skip
MM = 72 / 25.4
NB = "\u00a0"


def pdf_wordfr_deuxcolonnes_dengue_mq(doc: Doc) -> bytes:
    """The commune's weekly dengue report as the two-column French Word document saved as PDF."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph, Spacer

    fonts()
    when = report_day(doc)
    town, caps, address, phone, mayor = COMMUNES[DENGUE.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    width, height = A4
    margin, gap = 18 * MM, 8 * MM
    col = (width - 2 * margin - gap) / 2
    blue = HexColor("#1F4E79")
    body = ParagraphStyle("b", fontName="Sans", fontSize=9.5, leading=12.5, spaceAfter=5, alignment=4)
    point = ParagraphStyle("p", parent=body, leftIndent=10, bulletIndent=0, spaceAfter=3)
    head = ParagraphStyle("h", fontName="Sans-Bold", fontSize=10.5, leading=13, textColor=blue, spaceBefore=7,
                          spaceAfter=3, keepWithNext=1)  # fmt: skip
    top = ParagraphStyle("t", fontName="Sans-Bold", fontSize=13, leading=17, textColor=blue, alignment=1)
    small = ParagraphStyle("s", fontName="Sans", fontSize=9.5, leading=12.5)
    story = [
        Paragraph(f"{xml_escape(town)}, le {when.day} {FR_MONTHS[when.month - 1]} {when.year}", ParagraphStyle(
            "r", parent=small, alignment=2)),
        Spacer(1, 4 * MM),
        Paragraph(f"POINT DE SITUATION N°{NB}{doc.number} – ÉPIDÉMIE DE DENGUE", top),
        Paragraph(f"Réf.{NB}: CCC/{when.year}/{h % 900 + 100}/DG-{doc.number:02d}",
                  ParagraphStyle("c", parent=small, alignment=1)),
        FrameBreak(),
    ]  # fmt: skip
    for s in doc.sections:
        story.append(Paragraph(xml_escape(s.heading), head))
        for it in s.items:
            if s.key == "highlights":
                story.append(Paragraph(xml_escape(it.text), body))
                continue
            risk, lead, rest = parts(it, "mq")
            text = f"{xml_escape(risk)} <b>{xml_escape(lead)}</b> {xml_escape(rest)}" if lead else xml_escape(it.text)
            story.append(Paragraph(text, point, bulletText="•"))
    story += [
        Spacer(1, 6 * MM),
        Paragraph(f"Le Maire,<br/><br/><br/><b>{xml_escape(mayor)}</b>", ParagraphStyle("m", parent=small,
                                                                                       leftIndent=col / 3)),
        Spacer(1, 5 * MM),
        Paragraph(f"<b>Destinataires{NB}:</b> Préfecture de la Martinique (SIDPC) – ARS Martinique – CTM, service "
                  "de lutte antivectorielle – Conseil municipal", small),
    ]  # fmt: skip

    def page(c, total: int) -> None:
        c.saveState()
        c.setFillColor(blue)
        c.roundRect(margin, height - 30 * MM, 16 * MM, 16 * MM, 2 * MM, fill=1, stroke=0)
        c.setFillColor(HexColor("#FFFFFF"))
        c.setFont("Sans-Bold", 9)
        c.drawCentredString(margin + 8 * MM, height - 23 * MM, "".join(w[0] for w in town.replace("-", " ").split()))
        c.setFillColor(blue)
        c.setFont("Sans-Bold", 14)
        c.drawString(
            margin + 20 * MM,
            height - 20 * MM,
            f"VILLE DU {caps.removeprefix('LE ')}" if caps.startswith("LE ") else f"VILLE DE {caps}",
        )
        c.setFont("Sans", 10)
        c.drawString(margin + 20 * MM, height - 26 * MM, "Cellule de crise communale")
        c.setStrokeColor(blue)
        c.line(margin, height - 33 * MM, width - margin, height - 33 * MM)
        c.line(margin, 17 * MM, width - margin, 17 * MM)
        c.setFillColor(HexColor("#404040"))
        c.setFont("Sans", 7.5)
        c.drawString(margin, 13 * MM, f"Hôtel de ville – {address} – Tél.{NB}: {phone}")
        c.drawRightString(width - margin, 13 * MM, f"Page {c.getPageNumber()} sur {total}")
        c.restoreState()  # fmt: skip

    frames_first = [Frame(margin, height - 58 * MM, width - 2 * margin, 24 * MM, id="head"),
                    Frame(margin, 20 * MM, col, height - 80 * MM, id="l1"),
                    Frame(margin + col + gap, 20 * MM, col, height - 80 * MM, id="r1")]  # fmt: skip
    frames_next = [Frame(margin, 20 * MM, col, height - 56 * MM, id="l"),
                   Frame(margin + col + gap, 20 * MM, col, height - 56 * MM, id="r")]  # fmt: skip
    out = io.BytesIO()
    tpl = BaseDocTemplate(out, pagesize=A4, title=f"Point de situation dengue n°{doc.number}", author="Cellule "
                          "de crise", creator="Microsoft® Word pour Microsoft 365",
                          producer="Microsoft® Word pour Microsoft 365")  # fmt: skip
    tpl.addPageTemplates([PageTemplate("first", frames_first, autoNextPageTemplate="next"),
                          PageTemplate("next", frames_next)])  # fmt: skip
    tpl.build(story, canvasmaker=_counted(page))
    return out.getvalue()


# ---------------------------------------------------------------- a Madeira parish council, mPDF

FREGUESIAS = (("Monte", "Funchal"), ("São Roque", "Funchal"), ("Santo António", "Funchal"),
              ("Curral das Freiras", "Câmara de Lobos"))  # fmt: skip
TYPES = ("Derrocadas / queda de pedras", "Inundações", "Queda de árvores", "Muros de suporte caídos",
         "Levadas e ribeiras obstruídas")  # fmt: skip
CSS = """@page { size: A4; margin: 14mm 12mm 18mm 12mm;
  @bottom-left { content: "Documento gerado pela Plataforma de Gestão de Ocorrências – Proteção Civil Municipal";
    font-size: 7pt; color: #555; }
  @bottom-right { content: "Página " counter(page) " de " counter(pages); font-size: 7pt; color: #555; } }
body { font-family: "DejaVu Sans"; font-size: 8.5pt; color: #222; }
.top td { vertical-align: top; }
.top .org { font-size: 10pt; font-weight: bold; }
h1 { font-size: 12pt; color: #004b87; margin: 6pt 0 4pt; }
table { border-collapse: collapse; width: 100%; }
.dados th, .dados td { border: 0.5pt solid #999; padding: 2pt 4pt; text-align: left; }
.dados th { background: #e6eef5; width: 20%; }
.corpo { margin-top: 8pt; }
.corpo > tbody > tr > td { vertical-align: top; }
.sec { background: #d9d9d9; font-weight: bold; padding: 2pt 4pt; margin: 6pt 0 3pt; }
ul { margin: 0 0 0 12pt; padding: 0; }
li { margin-bottom: 2pt; }
.quadro th, .quadro td { border: 0.5pt solid #777; padding: 2pt 4pt; }
.quadro th { background: #004b87; color: #fff; }
.quadro td.n { text-align: right; width: 22%; }
"""


def pdf_mpdf_temporal_freguesia_pt(doc: Doc) -> bytes:
    """The parish council's storm report as the municipal platform prints it through mPDF."""
    from weasyprint import HTML

    when = report_day(doc)
    parish, camara = FREGUESIAS[TEMPORAL.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    left = []
    for s in doc.sections:
        left.append(f'<div class="sec">{escape(s.heading)}</div>')
        if s.key == "highlights":
            left += [f"<p>{escape(it.text)}</p>" for it in s.items]
            continue
        entries = []
        for it in s.items:
            risk, lead, rest = parts(it, "pt")
            entries.append(f"<li>{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}</li>" if lead
                           else f"<li>{escape(it.text)}</li>")  # fmt: skip
        left.append(f"<ul>{''.join(entries)}</ul>")
    counts = [(h >> (3 * k)) % 9 + k % 2 for k in range(len(TYPES))]
    rows = "".join(f'<tr><td>{escape(t)}</td><td class="n">{n}</td></tr>' for t, n in zip(TYPES, counts, strict=True))
    quadro = (f'<table class="quadro"><tr><th colspan="2">Ocorrências do dia {when:%d/%m/%Y}</th></tr><tr><th>'
              f'Tipologia</th><th>N.º</th></tr>{rows}<tr><td><b>Total</b></td><td class="n"><b>{sum(counts)}</b>'
              "</td></tr></table>")  # fmt: skip
    html = f"""<!DOCTYPE html><html lang="pt"><head><meta charset="utf-8">
<title>Relatório de Ocorrências n.º {doc.number} - Junta de Freguesia {escape(parish)}</title>
<meta name="generator" content="mPDF 8.2.4"><style>{CSS}</style></head><body>
<table class="top"><tr><td class="org">Município {"do" if camara == "Funchal" else "de"} {escape(camara)}<br>\
Serviço Municipal de Proteção Civil</td><td style="text-align:right">Região Autónoma da Madeira<br>\
Registo n.º SMPC/{when.year}/{h % 9000 + 1000}</td></tr></table>
<h1>Relatório de Ocorrências n.º {doc.number} – Intempérie</h1>
<table class="dados"><tr><th>Entidade</th><td>{escape(doc.organisation)}</td><th>Data / hora</th><td>\
{when:%d/%m/%Y} 18:00</td></tr><tr><th>Responsável</th><td>Presidente da Junta de Freguesia</td><th>Estado</th>\
<td>Submetido</td></tr></table>
<table class="corpo"><tr><td style="width:64%;padding-right:8pt">{"".join(left)}</td>
<td style="width:36%">{quadro}</td></tr></table>
</body></html>"""
    return HTML(string=html).write_pdf()
