"""PDF writer of the ``blind53_layouts`` set drawn with reportlab: a Greek island municipality's briefing note on an
earthquake swarm, signed digitally and posted on Diavgeia with its ΑΔΑ stamped on every page.

A Cycladic municipality while an earthquake swarm shakes the sea between Santorini and Amorgos: the civil protection
office's "Ενημερωτικό Σημείωμα" to the mayor and the members of the local coordinating body for civil protection
(ΣΤΟΠΠ), typed in Word from the municipality's template, signed with the deputy mayor's qualified digital signature
and posted on Diavgeia — the programme on which every Greek public body must publish its acts — whose copy carries
the act's unique number stamped at the top right of every page ("ΑΔΑ: 6ΞΡΛΩΗΓ-9ΚΒ"): "ΑΝΑΡΤΗΤΕΑ ΣΤΟ ΔΙΑΔΙΚΤΥΟ",
the national emblem's place with "ΕΛΛΗΝΙΚΗ ΔΗΜΟΚΡΑΤΙΑ", the region, the municipality and the office, the postal
address, "Πληροφορίες:", telephone and e-mail, the place and date with "Αριθ. Πρωτ.:" at the right, "ΠΡΟΣ:" and
"ΚΟΙΝ.:" with their addressees, "ΘΕΜΑ:" and "ΣΧΕΤ.:", then each section's name in bold after its Greek letter
numeral ("ΣΤ. Στήριξη κατοίκων"), the summary as justified paragraphs, the other points bulleted,
"Μέτρα αντιμετώπισης:" in bold, the signer's post and name at the right with the signature's box ("Digitally signed
by …", "Date: … EET"), "Εσωτερική Διανομή:" and "Σελίδα 1 από 2" at the foot. "3.400 €", "1,25 εκατ. €", "1.250",
"12%", "16 Φεβρουαρίου", "(προηγούμενη ενημέρωση: 5)".
"""

from __future__ import annotations

import io
import zlib
from xml.sax.saxutils import escape

from blind7_layouts_content import report_day
from blind45_layouts_pdf import fonts
from blind53_layouts_banks_away import SEISMOS
from blind53_layouts_content import parts
from council_layouts_gold import Doc

DIMOI = (("ΘΗΡΑΣ", "Θήρα", "Πλατεία Θεοτοκοπούλου, Φηρά", "847 00", "22863 60100", "thira.gov.gr",
          "Μαρία Νομικού", "ΓΕΩΡΓΙΟΣ ΣΙΓΑΛΑΣ", "Ο Αντιδήμαρχος Πολιτικής Προστασίας"),
         ("ΑΜΟΡΓΟΥ", "Αμοργός", "Χώρα Αμοργού", "840 08", "22853 60300", "amorgos.gov.gr", "Ειρήνη Γαβαλά",
          "ΝΙΚΟΛΑΟΣ ΠΡΑΣΙΝΟΣ", "Ο Δήμαρχος"),
         ("ΙΗΤΩΝ", "Ίος", "Χώρα Ίου", "840 01", "22863 60400", "ios.gr", "Άννα Δαμιανού", "ΙΩΑΝΝΗΣ ΚΑΡΑΓΙΑΝΝΗΣ",
          "Ο Αντιδήμαρχος"),
         ("ΑΝΑΦΗΣ", "Ανάφη", "Χώρα Ανάφης", "840 09", "22860 61220", "anafi.gov.gr", "Ελένη Συρίγου",
          "ΔΗΜΗΤΡΙΟΣ ΡΟΥΣΣΟΣ", "Ο Δήμαρχος"))  # fmt: skip
ADA = "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ0123456789"


def _ada(h: int) -> str:
    """An ΑΔΑ as Diavgeia forms it: ten characters, a dash and three, in Greek capitals and digits."""
    chars = [ADA[(h >> (3 * n)) % len(ADA)] for n in range(13)]
    return "".join(chars[:4]) + "ΩΗΓ" + "".join(chars[4:7]) + "-" + "".join(chars[7:10])


def _point(it) -> str:
    risk, lead, rest = parts(it, "el")
    return f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)


def _story(doc: Doc, dimos: tuple, when, h: int, st: dict) -> list:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    name, town, street, tk, phone, site, clerk, signer, post = dimos
    left = [Paragraph("<b>ΕΛΛΗΝΙΚΗ ΔΗΜΟΚΡΑΤΙΑ</b>", st["head"]),
            Paragraph("<b>ΠΕΡΙΦΕΡΕΙΑ ΝΟΤΙΟΥ ΑΙΓΑΙΟΥ</b>", st["head"]),
            Paragraph(f"<b>ΔΗΜΟΣ {name}</b>", st["head"]),
            Paragraph("ΓΡΑΦΕΙΟ ΠΟΛΙΤΙΚΗΣ ΠΡΟΣΤΑΣΙΑΣ", st["head"]), Spacer(1, 6),
            Paragraph(f"Ταχ. Δ/νση: {escape(street)}", st["small"]), Paragraph(f"Ταχ. Κώδικας: {tk}", st["small"]),
            Paragraph(f"Πληροφορίες: {escape(clerk)}", st["small"]), Paragraph(f"Τηλ.: {phone}", st["small"]),
            Paragraph(f"E-mail: politiki.prostasia@{site}", st["small"])]  # fmt: skip
    right = [Paragraph(f"{town}, {when:%d/%m/%Y}", st["head"]),
             Paragraph(f"Αριθ. Πρωτ.: {1800 + h % 900 + doc.number * 37}", st["head"]), Spacer(1, 18),
             Table([[Paragraph("<b>ΠΡΟΣ:</b>", st["small"]),
                     Paragraph(f"1. Δήμαρχο {escape(town)}<br/>2. Μέλη ΣΤΟΠΠ Δήμου", st["small"])],
                    [Paragraph("<b>ΚΟΙΝ.:</b>", st["small"]),
                     Paragraph("1. Περιφέρεια Νοτίου Αιγαίου – Δ/νση Πολιτικής Προστασίας<br/>2. Γενική Γραμματεία "
                               "Πολιτικής Προστασίας", st["small"])]], colWidths=(40, 190))]  # fmt: skip
    top = Table([[left, right]], colWidths=(255, 245))
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    ref = f"{1600 + h % 300 + doc.number * 37}/{when.day - 1 if when.day > 1 else 1:02d}-{when:%m-%Y}"
    subject = Table([[Paragraph("<b>ΘΕΜΑ:</b>", st["body"]),
                      Paragraph(f"<b>«Ενημέρωση αρ. {doc.number} για τη σεισμική δραστηριότητα και τα μέτρα πολιτικής "
                                "προστασίας»</b>", st["body"])],
                     [Paragraph("<b>ΣΧΕΤ.:</b>", st["body"]),
                      Paragraph(f"Το υπ' αριθ. {ref} έγγραφό μας", st["body"])]],
                    colWidths=(52, 448))  # fmt: skip
    subject.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    out = [Paragraph("<b>ΑΝΑΡΤΗΤΕΑ ΣΤΟ ΔΙΑΔΙΚΤΥΟ</b>", st["right"]), Spacer(1, 4), top, Spacer(1, 14), subject,
           Spacer(1, 8),
           Paragraph("Σε συνέχεια του ανωτέρω σχετικού, σας ενημερώνουμε για την εξέλιξη της σεισμικής "
                     "δραστηριότητας και τις ενέργειες του Δήμου ως εξής:", st["body"])]  # fmt: skip
    for s in doc.sections:
        head = Paragraph(f"<b>{escape(s.heading)}</b>", st["section"])
        if s.key == "highlights":
            points = [Paragraph(escape(it.text), st["body"]) for it in s.items]
        else:
            points = [Paragraph(_point(it), st["bullet"], bulletText="•") for it in s.items]
        out += [KeepTogether([head, points[0]]), *points[1:]]
    sig = Table([[Paragraph(f"Digitally signed by {signer}<br/>Date: {when:%Y.%m.%d} {10 + h % 8:02d}:"
                            f"{h % 60:02d}:{(h >> 6) % 60:02d} EET<br/>Reason: Signed PDF (embedded)<br/>"
                            "Location: Athens", st["sig"])]], colWidths=(150,))  # fmt: skip
    sig.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, "#7a7a7a"), ("BACKGROUND", (0, 0), (-1, -1), "#f3f3f3")]))
    block = Table([["", [Paragraph(f"<b>{post}</b>", st["centre"]), Spacer(1, 6), sig, Spacer(1, 4),
                         Paragraph(f"<b>{signer}</b>", st["centre"])]]], colWidths=(270, 230))  # fmt: skip
    out += [
        Spacer(1, 18),
        KeepTogether([block]),
        Spacer(1, 16),
        Paragraph("<u>Εσωτερική Διανομή:</u>", st["small"]),
        Paragraph("1. Γραφείο Δημάρχου<br/>2. Γραφείο Πολιτικής Προστασίας", st["small"]),
    ]
    return out


def pdf_diavgeia_enimerotiko_seismos_el(doc: Doc) -> bytes:
    """The civil protection office's briefing note as posted on Diavgeia, the ΑΔΑ on every page."""
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate

    fonts()
    when = report_day(doc)
    dimos = DIMOI[SEISMOS.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    ada = _ada(h)
    st = {
        "head": ParagraphStyle("head", fontName="Sans", fontSize=9.5, leading=12),
        "small": ParagraphStyle("small", fontName="Sans", fontSize=8.5, leading=10.5),
        "body": ParagraphStyle("body", fontName="Sans", fontSize=10.5, leading=14.5, alignment=TA_JUSTIFY,
                               spaceAfter=4, firstLineIndent=0),
        "bullet": ParagraphStyle("bullet", fontName="Sans", fontSize=10.5, leading=14.5, alignment=TA_JUSTIFY,
                                 leftIndent=18, bulletIndent=6, spaceAfter=3),
        "section": ParagraphStyle("section", fontName="Sans", fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=3),
        "right": ParagraphStyle("right", fontName="Sans", fontSize=9, alignment=TA_RIGHT),
        "centre": ParagraphStyle("centre", fontName="Sans", fontSize=10, leading=13, alignment=TA_CENTER),
        "sig": ParagraphStyle("sig", fontName="Sans", fontSize=6.5, leading=8),
    }  # fmt: skip
    w, ht = A4

    def page(c, d, total: int) -> None:
        c.saveState()
        c.setFont("Sans-Bold", 9)
        c.drawRightString(w - 40, ht - 22, f"ΑΔΑ: {ada}")
        c.setFont("Sans", 8.5)
        c.drawCentredString(w / 2, 28, f"Σελίδα {d.page} από {total}")
        c.restoreState()

    def build(total: int) -> tuple[bytes, int]:
        out = io.BytesIO()
        d = SimpleDocTemplate(out, pagesize=A4, leftMargin=50, rightMargin=45, topMargin=42, bottomMargin=50,
                              title=f"Ενημερωτικό σημείωμα {doc.number}", author=dimos[6])  # fmt: skip
        d.build(_story(doc, dimos, when, h, st), onFirstPage=lambda c, dd: page(c, dd, total),
                onLaterPages=lambda c, dd: page(c, dd, total))  # fmt: skip
        return out.getvalue(), d.page

    _, pages = build(1)
    return build(pages)[0]
