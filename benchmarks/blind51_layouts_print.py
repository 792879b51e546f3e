"""PDF writer of the ``blind51_layouts`` set drawn with reportlab: a Catalan town council's situation report after
an easterly storm, written and signed in esPublico Gestiona, the electronic administration platform of most Catalan
and Spanish town councils, and downloaded from the file as a PDF.

The report of the council's emergency plan ("Informe de situació núm. 3") after a "temporal de llevant" wrecked the
seafront, as Gestiona prints a signed document: along the left margin of every page, set sideways, the line with the
document's secure verification code — "Codi Validació: … | Verificació: https://….sedelectronica.cat/ | Document
signat electrònicament des de la plataforma esPublico Gestiona | Pàgina 1 de 3" — and a QR code under it, the
signer's box at the top right of the first page (name, "(1 de 1)", post, "Data Signatura:" and "HASH:"), the council's
arms and name at the top left, the file's table ("Expedient núm.", "Procediment", "Assumpte"), the title in
capitals, then each section's name in bold after its number ("1. Resum"), each point a justified paragraph lettered
"a)", "b)" as Catalan administrative texts letter them, "Mesura adoptada:" in bold, the closing "És tot el que
s'informa als efectes oportuns.", the place "a la data de la signatura electrònica", the post and "Document signat
electrònicament al marge", and the council's address at the foot of every page. "3.400 €", "1,25 M€", "1.250",
"12 %", "16 de gener", "(informe anterior: 5)".
"""

from __future__ import annotations

import io
import zlib
from xml.sax.saxutils import escape

from blind7_layouts_content import report_day
from blind45_layouts_pdf import fonts
from blind51_layouts_banks_away import TEMPORAL
from blind51_layouts_content import parts
from council_layouts_gold import Doc

TOWNS = (("malgratdemar", "Malgrat de Mar", "Carrer del Carme, 30 · 08380 Malgrat de Mar · Tel. 93 765 41 00",
          "Ramon Bernabé i Ferrer", "L'alcalde", "#8B1E2D"),
         ("calella", "Calella", "Plaça de l'Ajuntament, 1 · 08370 Calella · Tel. 93 766 30 30",
          "Marc Buch i Ninou", "L'alcalde", "#0B5394"),
         ("tossademar", "Tossa de Mar", "Carrer de l'Església, 4 · 17320 Tossa de Mar · Tel. 972 34 01 08",
          "Ester Ortiz i Puig", "L'alcaldessa", "#1E6B52"),
         ("deltebre", "Deltebre", "Plaça del Vint de Maig, 1 · 43580 Deltebre · Tel. 977 48 93 09",
          "Lluís Soler i Panisello", "L'alcalde", "#B45F06"))  # fmt: skip
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _point(it) -> str:
    risk, lead, rest = parts(it, "ca")
    return f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)


def _story(doc: Doc, town: str, post: str, number: int, when, styles) -> list:
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    body, head, title, cell = styles
    rows = [[Paragraph("<b>Expedient núm.:</b>", cell), Paragraph(f"{number}/{when.year}", cell)],
            [Paragraph("<b>Procediment:</b>", cell),
             Paragraph("Activació del Pla d'actuació municipal per risc d'inundacions", cell)],
            [Paragraph("<b>Assumpte:</b>", cell),
             Paragraph(f"Informe de situació núm. {doc.number} – temporal de llevant", cell)]]  # fmt: skip
    table = Table(rows, colWidths=(95, 330), hAlign="LEFT")
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#999999"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    out = [table, Spacer(1, 16), Paragraph(f"INFORME DE SITUACIÓ NÚM. {doc.number}", title), Spacer(1, 6)]
    for s in doc.sections:
        out.append(Paragraph(f"<b>{escape(s.heading)}</b>", head))
        for n, it in enumerate(s.items):
            out.append(Paragraph(_point(it), body, bulletText=f"{LETTERS[n]})"))
    out += [Spacer(1, 8), Paragraph("És tot el que s'informa als efectes oportuns.", body), Spacer(1, 8),
            Paragraph(f"{town}, a la data de la signatura electrònica.", body), Spacer(1, 14),
            Paragraph(post, body), Paragraph("<i>Document signat electrònicament al marge</i>", body)]  # fmt: skip
    return out


def pdf_gestiona_informe_temporal_ca(doc: Doc) -> bytes:
    """The council's situation report as esPublico Gestiona prints a signed document."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate

    fonts()
    when = report_day(doc)
    k = TEMPORAL.organisations.index(doc.organisation)
    host, town, address, signer, post, colour = TOWNS[k]
    h = zlib.crc32(doc.title.encode())
    code = "".join("ACDEFHJKLMNPQRTUVWXY3479"[(h >> (i % 28)) % 24 if i % 3 else (h * (i + 7)) % 24] for i in range(29))
    number = 100 + h % 900
    styles = (
        ParagraphStyle("body", fontName="Sans", fontSize=10.5, leading=14, alignment=TA_JUSTIFY, leftIndent=18,
                       bulletIndent=0, spaceAfter=5),
        ParagraphStyle("head", fontName="Sans", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4),
        ParagraphStyle("title", fontName="Sans-Bold", fontSize=12.5, leading=16, alignment=TA_CENTER),
        ParagraphStyle("cell", fontName="Sans", fontSize=9.5, leading=12),
    )  # fmt: skip
    w, ht = A4

    def page(c, d, total: int) -> None:
        c.saveState()
        # the secure verification code along the left margin, and its QR code
        c.setFont("Sans", 6.5)
        c.setFillColor(HexColor("#444444"))
        c.translate(24, 150)
        c.rotate(90)
        band = (
            f"Codi Validació: {code} | Verificació: https://{host}.sedelectronica.cat/ | Document signat "
            f"electrònicament des de la plataforma esPublico Gestiona | Pàgina {d.page} de {total}"
        )
        c.drawString(0, 0, band)
        c.restoreState()
        c.saveState()
        for i in range(9):
            for j in range(9):
                if (h >> ((i * 9 + j) % 31)) & 1 or i in (0, 8) or j in (0, 8):
                    c.rect(14 + i * 3.6, 100 + j * 3.6, 3.6, 3.6, stroke=0, fill=1)
        # the council's arms and name, and its address at the foot
        c.setFillColor(HexColor(colour))
        c.roundRect(70, ht - 92, 30, 36, 8, stroke=0, fill=1)
        c.setFillColor(HexColor("#000000"))
        c.setFont("Sans-Bold", 11)
        c.drawString(108, ht - 70, f"Ajuntament de {town}")
        c.setFont("Sans", 7.5)
        c.setFillColor(HexColor("#555555"))
        c.drawCentredString(w / 2 + 20, 30, address)
        if d.page == 1:  # the signer's box at the top right
            c.setStrokeColor(HexColor("#999999"))
            c.rect(w - 205, ht - 100, 170, 58, stroke=1, fill=0)
            c.setFillColor(HexColor("#000000"))
            c.setFont("Sans-Bold", 7.5)
            c.drawString(w - 199, ht - 54, f"{signer.upper()} (1 de 1)")
            c.setFont("Sans", 7)
            c.drawString(w - 199, ht - 65, post.replace("L'", "").capitalize())
            c.drawString(w - 199, ht - 76, f"Data Signatura: {when:%d/%m/%Y}")
            c.drawString(w - 199, ht - 87, f"HASH: {h:08x}{(h * 7919) % 2**32:08x}…")
        c.restoreState()

    def build(total: int) -> tuple[bytes, int]:
        out = io.BytesIO()
        d = SimpleDocTemplate(out, pagesize=A4, leftMargin=70, rightMargin=60, topMargin=120, bottomMargin=60,
                              title=f"Informe de situació núm. {doc.number}", author=f"Ajuntament de {town}",
                              creator="esPublico Gestiona")  # fmt: skip
        d.build(_story(doc, town, post, number, when, styles), onFirstPage=lambda c, dd: page(c, dd, total),
                onLaterPages=lambda c, dd: page(c, dd, total))  # fmt: skip
        return out.getvalue(), d.page

    _, pages = build(1)
    return build(pages)[0]
