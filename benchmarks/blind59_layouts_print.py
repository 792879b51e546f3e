"""PDF writers of the ``blind59_layouts`` set (reportlab in the office tools' place): a Croatian water management
department's flood defence letter with KLASA and URBROJ, and a Canadian Coast Guard region's bilingual pollution
incident situation report.

A water management department (VGO) of Hrvatske vode in a flood defence: the "Izvješće o stanju obrane od poplava"
written in Word as an official letter to the ministry and sent as PDF — the logo, "HRVATSKE VODE", "pravna osoba za
upravljanje vodama", the department and its address, "KLASA:", "URBROJ:", place and date, the addressee on the
right, "PREDMET:" in bold, "Poštovani,", an opening sentence, each section's name bold after its number
("1. Sažetak"), the points after "–", "Poduzete mjere:" in bold, "S poštovanjem,", the head of flood defence, the
stamp's "M.P.", "Dostaviti:" with its numbered list, and a footer with the OIB, the site and "Stranica 1 od 2".
"1.170.000,00 EUR", "1.250", "12 %", "16. svibnja", "(prethodno izvješće: 5)".

A region of the Canadian Coast Guard in an oil spill: the "Incident Situation Report" of its Environmental Response
programme on the Government of Canada's bilingual template — "Fisheries and Oceans Canada / Pêches et Océans
Canada" and "Canadian Coast Guard / Garde côtière canadienne" beside the flag, "UNCLASSIFIED / NON CLASSIFIÉ" at the
top and foot of every page, the title in both languages, a table of particulars, each section's name in bold over a
red rule, bullets, "Actions:" in bold, the approval line "Approved by:", and the footer with the "Canada" wordmark
and "Page 1 of 2". "$1,625,000", "$1.63 million", "September 16", "(previous sitrep: 5)".
"""

from __future__ import annotations

import io
import zlib
from datetime import timedelta
from xml.sax.saxutils import escape

from blind7_layouts_content import report_day
from blind45_layouts_pdf import fonts
from blind55_layouts_print import _counted
from blind59_layouts_banks_away import POPLAVE
from blind59_layouts_banks_home import SPILL
from blind59_layouts_content import MJESECI, parts
from council_layouts_gold import Doc


def _point(item, lang: str) -> str:
    risk, lead, rest = parts(item, lang)
    return f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(item.text)


def _styles():
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    fonts()
    return {
        "p": ParagraphStyle("p", fontName="Sans", fontSize=10.5, leading=14, spaceAfter=4),
        "dash": ParagraphStyle("dash", fontName="Sans", fontSize=10.5, leading=14, leftIndent=16, bulletIndent=4,
                               spaceAfter=3),
        "h": ParagraphStyle("h", fontName="Sans-Bold", fontSize=11, leading=15, spaceBefore=9, spaceAfter=4),
        "small": ParagraphStyle("small", fontName="Sans", fontSize=9, leading=11.5),
        "right": ParagraphStyle("right", fontName="Sans", fontSize=10.5, leading=14, alignment=TA_RIGHT),
        "cell": ParagraphStyle("cell", fontName="Sans", fontSize=9.5, leading=12.5),
    }  # fmt: skip


# ---------------------------------------------------------------- a Hrvatske vode department's letter

VGO = (("VODNOGOSPODARSKI ODJEL ZA GORNJU SAVU", "Zagreb", "Ulica grada Vukovara 220, 10000 Zagreb", "21",
        "mr. sc. Ivan Horvat, dipl. ing. grad."),
       ("VODNOGOSPODARSKI ODJEL ZA SREDNJU I DONJU SAVU", "Zagreb", "Ulica grada Vukovara 220, 10000 Zagreb", "22",
        "Marko Babić, dipl. ing. grad."),
       ("VODNOGOSPODARSKI ODJEL ZA DUNAV I DONJU DRAVU", "Osijek", "Splavarska 2a, 31000 Osijek", "23",
        "Josip Kovačević, mag. ing. aedif."),
       ("VODNOGOSPODARSKI ODJEL ZA MURU I GORNJU DRAVU", "Varaždin", "Međimurska 26b, 42000 Varaždin", "24",
        "Tomislav Novak, dipl. ing. grad."))  # fmt: skip


def pdf_hrvatske_vode_klasa_poplave_hr(doc: Doc) -> bytes:
    """The department's flood defence report as the PDF of its Word letter."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    st = _styles()
    when = report_day(doc)
    dept, city, address, code, head = VGO[POPLAVE.organisations.index(doc.organisation)]
    w, _ = A4
    day = f"{when.day}. {MJESECI[when.month - 1]} {when.year}."
    story = [
        Table([["", [Paragraph("<b>HRVATSKE VODE</b>", st["p"]), Paragraph("pravna osoba za upravljanje vodama",
                                                                         st["small"]),
                     Paragraph(dept, st["small"]), Paragraph(address, st["small"])]]], colWidths=(60, 260)),
        Spacer(1, 10),
        Paragraph(f"KLASA: 325-08/{when:%y}-01/{doc.number:02d}", st["p"]),
        Paragraph(f"URBROJ: 374-{code}-1-{when:%y}-{doc.number}", st["p"]),
        Paragraph(f"{city}, {day}", st["p"]),
        Spacer(1, 6),
        Paragraph("<b>MINISTARSTVO GOSPODARSTVA</b><br/>Uprava vodnoga gospodarstva i zaštite mora<br/>"
                  "Ulica Republike Austrije 14<br/>10000 Zagreb", st["right"]),
        Spacer(1, 10),
        Paragraph(f"<b>PREDMET: Izvješće o stanju obrane od poplava br. {doc.number} – dostavlja se</b>", st["p"]),
        Spacer(1, 4),
        Paragraph("Poštovani,", st["p"]),
        Paragraph(f"u nastavku dostavljamo izvješće o stanju obrane od poplava na području odjela "
                  f"sa stanjem na dan {day}", st["p"]),
    ]  # fmt: skip
    for s in doc.sections:
        story.append(Paragraph(escape(s.heading), st["h"]))
        if s.key == "highlights":
            story += [Paragraph(escape(it.text), st["p"]) for it in s.items]
        else:
            story += [Paragraph(_point(it, "hr"), st["dash"], bulletText="–") for it in s.items]
    story += [Spacer(1, 12), Paragraph("S poštovanjem,", st["right"]), Spacer(1, 4),
              Paragraph("RUKOVODITELJ OBRANE OD POPLAVA", st["right"]), Paragraph(head, st["right"]),
              Paragraph("M.P.", st["p"]), Spacer(1, 8), Paragraph("<b>Dostaviti:</b>", st["small"]),
              Paragraph("1. Državna uprava za zaštitu i spašavanje – Centar 112", st["small"]),
              Paragraph("2. Glavni centar obrane od poplava, Zagreb", st["small"]),
              Paragraph("3. Pismohrana, ovdje", st["small"])]  # fmt: skip

    def page(c, total: int) -> None:
        c.saveState()
        if c.getPageNumber() == 1:
            c.setFillColor("#005ba8")
            c.rect(50, 772, 44, 44, fill=1, stroke=0)
        c.setFont("Sans", 8)
        c.drawString(50, 30, "Hrvatske vode · OIB: 28921383001 · www.voda.hr")
        c.drawRightString(w - 50, 30, f"Stranica {c.getPageNumber()} od {total}")
        c.restoreState()

    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=50, rightMargin=50, topMargin=36, bottomMargin=56,
                      title=f"Izvješće o stanju obrane od poplava br. {doc.number}", author=head.split(",")[0],
                      creator="Microsoft® Word for Microsoft 365",
                      producer="Microsoft® Word for Microsoft 365").build(story,
                                                                          canvasmaker=_counted(page))  # fmt: skip
    return out.getvalue()


# ---------------------------------------------------------------- a Canadian Coast Guard region's bilingual sitrep

CCG = (("Vancouver Island spill", "Port Hardy, BC", "PDT", "Superintendent, Environmental Response, Western"),
       ("Lake Erie diesel spill", "Port Colborne, ON", "EDT", "Superintendent, Environmental Response, Central"),
       ("Bay of Fundy spill", "Saint John, NB", "ADT", "Superintendent, Environmental Response, Atlantic"),
       ("Frobisher Bay spill", "Iqaluit, NU", "EDT", "Superintendent, Environmental Response, Arctic"))  # fmt: skip
RED = "#d52b1e"


def pdf_ccg_bilingual_oil_spill_ca(doc: Doc) -> bytes:
    """The region's incident situation report on the Government of Canada's bilingual template."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table

    st = _styles()
    when = report_day(doc)
    incident, place, zone, approver = CCG[SPILL.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    w, height = letter
    grid = ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8a8a8a"))
    story = [
        Spacer(1, 30),
        Paragraph("<b>Environmental Response – Incident Situation Report</b>", st["h"]),
        Paragraph("<i>Intervention environnementale – Rapport de situation</i>", st["p"]),
        Spacer(1, 4),
        Table([[Paragraph(f"<b>{a}</b>", st["cell"]), Paragraph(b, st["cell"])] for a, b in (
            ("Incident name", incident), ("Sitrep No.", str(doc.number)),
            ("Date / time", f"{when:%Y-%m-%d} 16:00 {zone}"),
            ("Operational period", f"{when - timedelta(days=1):%Y-%m-%d} 18:00 to {when:%Y-%m-%d} 18:00"),
            ("Location", place), ("Prepared by", f"Planning Section, {doc.organisation}"))],
            colWidths=(140, w - 240), style=[grid, ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f0f0f0"))]),
    ]  # fmt: skip
    for s in doc.sections:
        story += [Paragraph(escape(s.heading), st["h"]), HRFlowable(width="100%", thickness=1, color=RED,
                                                                     spaceAfter=4)]  # fmt: skip
        story += [Paragraph(_point(it, "ca"), st["dash"], bulletText="•") for it in s.items]
    story += [Spacer(1, 14), Paragraph(f"Approved by: {approver} – {when:%Y-%m-%d}", st["small"])]

    def page(c, total: int) -> None:
        c.saveState()
        c.setFont("Sans-Bold", 8)
        c.drawCentredString(w / 2, height - 22, "UNCLASSIFIED / NON CLASSIFIÉ")
        c.drawCentredString(w / 2, 18, "UNCLASSIFIED / NON CLASSIFIÉ")
        if c.getPageNumber() == 1:
            c.setFillColor(RED)
            c.rect(50, height - 58, 9, 18, fill=1, stroke=0)
            c.rect(77, height - 58, 9, 18, fill=1, stroke=0)
            c.setFillColor("#000000")
            c.setFont("Sans", 8)
            for k, t in enumerate(("Fisheries and Oceans", "Canada", "Pêches et Océans", "Canada")):
                c.drawString(94 + 90 * (k // 2), height - 46 - 9 * (k % 2), t)
            c.drawString(300, height - 46, "Canadian Coast Guard")
            c.drawString(300, height - 55, "Garde côtière canadienne")
        c.setFont("Sans", 8)
        c.drawString(50, 34, f"Sitrep {doc.number} – {incident}")
        c.drawRightString(w - 50, 34, f"Page {c.getPageNumber()} of {total}")
        c.setFont("Sans-Bold", 13)
        c.drawCentredString(w / 2, 32, "Canada")
        c.restoreState()

    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=letter, leftMargin=50, rightMargin=50, topMargin=40, bottomMargin=58,
                      title=f"SITREP {doc.number} {incident}", author=f"ER{h % 97}",
                      creator="Microsoft® Word for Microsoft 365").build(story, canvasmaker=_counted(page))  # fmt: skip
    return out.getvalue()
