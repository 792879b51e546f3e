"""PDF writers of the ``blind73_layouts`` set (reportlab): a Thessalian municipality's sheep and goat pox note typed
in two columns in Greek Word and saved as PDF, and a Tuvaluan island council's drought report typed with coloured
bands and made a PDF with Sejda.

A municipality of Thessaly (its mayor and its civil protection office, which report to the Region of Thessaly's
directorate of civil protection and its veterinary directorate and work with the Hellenic Agricultural Insurance
Organisation, ELGA, and the municipal water company, DEYA) in an outbreak of sheep and goat pox: the "ενημερωτικό
σημείωμα" typed in the Greek Word of Microsoft 365 and saved as PDF — on the first page the letterhead at the left
("ΕΛΛΗΝΙΚΗ ΔΗΜΟΚΡΑΤΙΑ", the regional unit, "ΔΗΜΟΣ …", the office, address and phone), the place, date and "Αριθ.
Πρωτ.:" at the right, "ΠΡΟΣ:" and "ΚΟΙΝ.:" with their bodies, "ΘΕΜΑ:" in bold over a rule; then the text in two
columns, each section's Greek numeral letter and name bold in blue over a thin rule ("Α. Γενική εικόνα", "ΣΤ. …"),
the summary as paragraphs, the other points after "•", "Μέτρα που ελήφθησαν:" in bold; "Ο Δήμαρχος" or "Η
Δήμαρχος" and the name, "Εσωτερική διανομή:" with its lines, the page header with the municipality's name from the
second page and "Σελίδα 1 από 2" at the foot. "84.240,00 €", "2,35 εκατ. €", "1.250", "12%", "16 Σεπτεμβρίου",
"(προηγούμενη ενημέρωση: 5)".

An island council of Tuvalu (the Kaupule, the executive of the island's traditional assembly, the Falekaupule, which
works with the National Disaster Management Office in Funafuti, the Tuvalu Meteorological Service, the health centre
and Tuvalu Red Cross) in a drought: the situation report typed by the Kaupule's secretary and made a PDF with Sejda —
the council's name and island in a sea-blue band on every page, the title, a sidebar box at the right with the water
levels of the community cisterns and the contacts, each section's name in white on a teal band, the points after
"•", "Response:" in bold; "Fakafetai lasi.", "Prepared by:" and "Approved by:" with the secretary and the Pule
Kaupule, "Page 1 of 2" at the foot. "AUD 84,240", "AUD 2.35 million", "1,250", "16 October", "(last report: 5)".
"""

from __future__ import annotations

import io
import zlib
from xml.sax.saxutils import escape

from blind7_layouts_content import MONTHS, report_day
from blind45_layouts_pdf import fonts
from blind55_layouts_print import _counted
from blind73_layouts_banks_east import MAVAE
from blind73_layouts_banks_west import EVLOGIA
from blind73_layouts_content import EL_MONTHS, parts
from council_layouts_gold import Doc

MM = 72 / 25.4

# ---------------------------------------------------------------- a Thessalian municipality, two columns

DIMOI = (
    ("ΠΑΛΑΜΑ", "Παλαμάς", "ΠΕΡΙΦΕΡΕΙΑΚΗ ΕΝΟΤΗΤΑ ΚΑΡΔΙΤΣΑΣ", "Ο Δήμαρχος", "Γεώργιος Καραλής",
     "Πλατεία Ηρώων 1, 43200 Παλαμάς", "24443 50100"),
    ("ΦΑΡΣΑΛΩΝ", "Φάρσαλα", "ΠΕΡΙΦΕΡΕΙΑΚΗ ΕΝΟΤΗΤΑ ΛΑΡΙΣΑΣ", "Η Δήμαρχος", "Ελένη Μπακάλη",
     "Πατρόκλου 16, 40300 Φάρσαλα", "24913 50200"),
    ("ΤΥΡΝΑΒΟΥ", "Τύρναβος", "ΠΕΡΙΦΕΡΕΙΑΚΗ ΕΝΟΤΗΤΑ ΛΑΡΙΣΑΣ", "Ο Δήμαρχος", "Νικόλαος Γκατζόγιας",
     "Πλατεία Δημαρχείου 1, 40100 Τύρναβος", "24923 50300"),
    ("ΑΛΜΥΡΟΥ", "Αλμυρός", "ΠΕΡΙΦΕΡΕΙΑΚΗ ΕΝΟΤΗΤΑ ΜΑΓΝΗΣΙΑΣ", "Ο Δήμαρχος", "Δημήτριος Ζαχαρίου",
     "Δημαρχείου 1, 37100 Αλμυρός", "24223 50400"),
)  # fmt: skip


def pdf_wordgr_evlogia_dimos_gr(doc: Doc) -> bytes:
    """The municipality's pox note as the two-column Greek Word document saved as PDF."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        NextPageTemplate,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
    )

    fonts()
    when = report_day(doc)
    gen, place, unit, post, mayor, address, phone = DIMOI[EVLOGIA.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    blue = HexColor("#1F3864")
    width, height = A4
    body = ParagraphStyle("b", fontName="Sans", fontSize=9.5, leading=12.5, spaceAfter=4, alignment=4)
    point = ParagraphStyle("p", parent=body, leftIndent=10, bulletIndent=0, spaceAfter=3)
    head = ParagraphStyle("h", parent=body, fontName="Sans-Bold", fontSize=10, textColor=blue, spaceBefore=7,
                          spaceAfter=4, keepWithNext=1, alignment=0, borderPadding=(0, 0, 2, 0))  # fmt: skip
    plain = ParagraphStyle("s", parent=body, alignment=0, spaceAfter=0, fontSize=9, leading=11.5)
    bold = ParagraphStyle("sb", parent=plain, fontName="Sans-Bold")
    day = f"{when.day} {EL_MONTHS[when.month - 1]} {when.year}"
    left = Paragraph(f"<b>ΕΛΛΗΝΙΚΗ ΔΗΜΟΚΡΑΤΙΑ<br/>{unit}<br/>ΔΗΜΟΣ {gen}</b><br/>Γραφείο Πολιτικής Προστασίας<br/>"
                     f"Ταχ. Δ/νση: {escape(address)}<br/>Τηλ.: {phone}", plain)  # fmt: skip
    right = Paragraph(f"{place}, {day}<br/>Αριθ. Πρωτ.: {h % 9000 + 1000}<br/><br/><b>ΠΡΟΣ:</b> Περιφέρεια Θεσσαλίας"
                      "<br/>Δ/νση Πολιτικής Προστασίας<br/>Δ/νση Αγροτικής Οικονομίας και Κτηνιατρικής<br/><br/>"
                      "<b>ΚΟΙΝ.:</b> Γενική Γραμματεία Πολιτικής Προστασίας", plain)  # fmt: skip
    story = [
        Table([[left, right]], (95 * MM, None), style=[("VALIGN", (0, 0), (-1, -1), "TOP")]),
        Spacer(1, 4 * MM),
        Paragraph(f"<b>ΘΕΜΑ:</b> «{doc.number}η ενημέρωση για την ευλογιά των αιγοπροβάτων στον Δήμο "
                  f"{gen.title()}»", ParagraphStyle("t", parent=bold, fontName="Sans", fontSize=10, leading=13)),
        NextPageTemplate("later"),
        FrameBreak(),
    ]  # fmt: skip
    for s in doc.sections:
        story.append(Paragraph(escape(s.heading), head))
        for it in s.items:
            if s.key == "highlights":
                story.append(Paragraph(escape(it.text), body))
                continue
            risk, lead, rest = parts(it, "el")
            text = f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)
            story.append(Paragraph(text, point, bulletText="•"))
    story += [
        Spacer(1, 8 * MM),
        Paragraph(f"{post}<br/><br/><br/><b>{escape(mayor)}</b>", ParagraphStyle("z", parent=plain, alignment=1)),
        Spacer(1, 6 * MM),
        Paragraph("<u>Εσωτερική διανομή:</u><br/>1. Γραφείο Δημάρχου<br/>2. Διεύθυνση Τεχνικών Υπηρεσιών<br/>"
                  "3. Γραφείο Αγροτικής Ανάπτυξης", ParagraphStyle("d", parent=plain, fontSize=8, leading=10)),
    ]  # fmt: skip
    margin, gap = 18 * MM, 7 * MM
    col = (width - 2 * margin - gap) / 2
    top_h = 62 * MM

    def rule(canvas, first: bool) -> None:
        canvas.setStrokeColor(blue)
        canvas.setLineWidth(0.6)
        y = height - margin - top_h if first else height - margin
        canvas.line(margin, y + 1 * MM, width - margin, y + 1 * MM)

    first = [Frame(margin, height - margin - top_h, width - 2 * margin, top_h, id="top")]
    cols_first = [Frame(margin + k * (col + gap), 18 * MM, col, height - 2 * margin - top_h - 18 * MM + margin - 2 * MM,
                        id=f"c{k}") for k in range(2)]  # fmt: skip
    cols = [Frame(margin + k * (col + gap), 18 * MM, col, height - margin - 18 * MM - 8 * MM, id=f"l{k}")
            for k in range(2)]  # fmt: skip

    def page(c, total: int) -> None:
        c.saveState()
        n = c.getPageNumber()
        if n > 1:
            c.setFont("Sans", 7.5)
            c.setFillColor(HexColor("#595959"))
            c.drawString(margin, height - 12 * MM, f"ΔΗΜΟΣ {gen} – Γραφείο Πολιτικής Προστασίας")
        rule(c, n == 1)
        c.setFont("Sans", 8)
        c.setFillColor(HexColor("#000000"))
        c.drawCentredString(width / 2, 10 * MM, f"Σελίδα {n} από {total}")
        c.restoreState()

    out = io.BytesIO()
    tpl = BaseDocTemplate(out, pagesize=A4, title=f"Ενημερωτικό σημείωμα {doc.number}", author=f"Δήμος {gen.title()}",
                          creator="Microsoft® Word για Microsoft 365",
                          producer="Microsoft® Word για Microsoft 365")  # fmt: skip
    tpl.addPageTemplates([PageTemplate("first", [*first, *cols_first]), PageTemplate("later", cols)])
    tpl.build(story, canvasmaker=_counted(page))
    return out.getvalue()


# ---------------------------------------------------------------- a Tuvaluan kaupule, Sejda

KAUPULE = (
    ("Nanumea", "Lagi Tefoto", "Falaile Teinaki", "tvnanumeakaupule@gmail.com"),
    ("Nui", "Simeona Poulo", "Tauala Leuelu", "nuikaupule.office@gmail.com"),
    ("Vaitupu", "Penitusi Alefaio", "Malaki Tanielu", "vaitupukaupule@gmail.com"),
    ("Nukufetau", "Iakopo Sione", "Sefo Ielemia", "nukufetaukaupule@gmail.com"),
)  # fmt: skip


def pdf_sejda_mavae_kaupule_tv(doc: Doc) -> bytes:
    """The kaupule's drought report with its coloured bands and water box, made a PDF with Sejda."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    fonts()
    when = report_day(doc)
    island, secretary, pule, mail = KAUPULE[MAVAE.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    sea, teal, pale = HexColor("#0B5394"), HexColor("#0E7C86"), HexColor("#E0F2F1")
    width, height = A4
    body = ParagraphStyle("b", fontName="Sans", fontSize=10, leading=13.5, spaceAfter=4)
    point = ParagraphStyle("p", parent=body, leftIndent=14, bulletIndent=3, spaceAfter=3)
    band = ParagraphStyle("band", fontName="Sans-Bold", fontSize=10.5, leading=14, textColor=HexColor("#FFFFFF"),
                          backColor=teal, borderPadding=(3, 5, 3, 5), spaceBefore=10, spaceAfter=6,
                          keepWithNext=1)  # fmt: skip
    cell = ParagraphStyle("c", parent=body, fontSize=8.5, leading=11, spaceAfter=0)
    cb = ParagraphStyle("cb", parent=cell, fontName="Sans-Bold")
    day = f"{when.day} {MONTHS[when.month - 1]} {when.year}"
    title = Paragraph(f"<b>DROUGHT SITUATION REPORT No. {doc.number}</b><br/>{island} Kaupule – {day}, 4:00 pm",
                      ParagraphStyle("t", parent=body, fontSize=13, leading=17, textColor=sea))  # fmt: skip
    box = [[Paragraph("WATER AT A GLANCE", cb)]]
    for k, name in enumerate(("Kaupule cistern 1", "Kaupule cistern 2", "Church cistern", "School tank")):
        box.append([Paragraph(f"{name}: {(h >> (k * 3)) % 60 + 5}% full", cell)])
    box += [[Paragraph("Kaupule office: ext. 1", cell)], [Paragraph(f"E-mail: {mail}", cell)],
            [Paragraph("NDMO Funafuti: 20 833", cell)]]  # fmt: skip
    side = Table(box, (52 * MM,), style=[("BACKGROUND", (0, 0), (-1, -1), pale), ("BOX", (0, 0), (-1, -1), 0.8, teal),
                                          ("BACKGROUND", (0, 0), (0, 0), HexColor("#B2DFDB"))])  # fmt: skip
    intro = Paragraph(f"To: The Director, National Disaster Management Office, Funafuti<br/>From: The Secretary, "
                      f"{island} Kaupule<br/>Copy: Falekaupule of {island}; Ministry of Local Government and "
                      f"Agriculture<br/><br/>Talofa. Please find below the update on the water situation on "
                      f"{island}.", body)  # fmt: skip
    story = [
        Table([[[title, Spacer(1, 4 * MM), intro], side]], (None, 56 * MM),
              style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)]),
    ]  # fmt: skip
    for s in doc.sections:
        story.append(Paragraph(escape(s.heading), band))
        for it in s.items:
            risk, lead, rest = parts(it, "tv")
            text = f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)
            story.append(Paragraph(text, point, bulletText="•"))
    sign = [[Paragraph(f"Prepared by:<br/><br/><br/>{secretary}<br/>Secretary to the Kaupule", cell),
             Paragraph(f"Approved by:<br/><br/><br/>{pule}<br/>Pule Kaupule, {island}", cell)]]  # fmt: skip
    story += [Spacer(1, 5 * MM), Paragraph("Fakafetai lasi.", body), Spacer(1, 5 * MM), Table(sign, (None, None))]

    def page(c, total: int) -> None:
        c.saveState()
        c.setFillColor(sea)
        c.rect(0, height - 20 * MM, width, 20 * MM, fill=1, stroke=0)
        c.setFillColor(HexColor("#FFFFFF"))
        c.setFont("Sans-Bold", 15)
        c.drawString(16 * MM, height - 11 * MM, f"{island.upper()} KAUPULE")
        c.setFont("Sans", 8.5)
        c.drawString(16 * MM, height - 16 * MM, f"Island of {island}, Tuvalu · Falekaupule o {island}")
        c.setFillColor(HexColor("#616161"))
        c.setFont("Sans", 8)
        c.drawRightString(width - 16 * MM, 10 * MM, f"Page {c.getPageNumber()} of {total}")
        c.restoreState()

    out = io.BytesIO()
    tpl = SimpleDocTemplate(out, pagesize=A4, leftMargin=16 * MM, rightMargin=16 * MM, topMargin=27 * MM,
                            bottomMargin=18 * MM, title=f"{island} Kaupule drought sitrep {doc.number}",
                            author=secretary, creator="Microsoft Word", producer="Sejda 3.2.85")  # fmt: skip
    tpl.build(story, canvasmaker=_counted(page))
    return out.getvalue()
