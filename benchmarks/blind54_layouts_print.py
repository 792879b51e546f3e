"""PDF writer of the ``blind54_layouts`` set drawn with reportlab: a Turkish regional directorate of highways' note on
the fight against snow and ice, as a letter from its electronic document system (EBYS), signed with a secure
electronic signature.

A regional directorate of the General Directorate of Highways (Karayolları Genel Müdürlüğü) while a snowstorm closes
its roads: the directorate's "Kar ve Buzlanma ile Mücadele Bilgi Notu" to the governorship's disaster and emergency
directorate, written in the ministry's electronic document management system and signed there with the regional
director's secure electronic signature, as the PDF the system issues: the emblem and "T.C. / ULAŞTIRMA VE ALTYAPI
BAKANLIĞI / Karayolları Genel Müdürlüğü / 4. Bölge Müdürlüğü" centred, "Sayı : E-…" and "Konu : …" at the left
with the date at the right, the addressee in capitals and "(İl Afet ve Acil Durum Müdürlüğü)", "İlgi :" and the
opening sentence, each section's name in bold after its number ("2. Hava Durumu ve Yol Durumu"), the summary as
justified paragraphs with a first-line indent, the other points typed after "- ", "Alınan önlemler:" in bold,
"Bilgilerinize arz ederim.", the signer's name with "e-imzalıdır" and post at the right, "Ek:" and "Dağıtım:", and
at the foot of every page the system's band: "Bu belge, güvenli elektronik imza ile imzalanmıştır.", the document's
verification code and address with a QR code, the directorate's address, telephone, KEP address and the clerk's name.
"340.000 TL", "1,25 milyon TL", "1.250", "%12", "16 Ocak", "(önceki bilgi notu: 5)".
"""

from __future__ import annotations

import io
import zlib
from xml.sax.saxutils import escape

from blind7_layouts_content import report_day
from blind45_layouts_pdf import fonts
from blind54_layouts_banks_away import KAR
from blind54_layouts_content import parts
from council_layouts_gold import Doc

BOLGELER = (("4", "ANKARA", "Ankara", "Emniyet Mah. Hipodrom Cad. No: 40 Yenimahalle/ANKARA", "(0312) 415 70 00",
             "Murat Yıldırım", "Ayşe Demir", "İnşaat Mühendisi"),
            ("11", "VAN", "Van", "Şerefiye Mah. Cumhuriyet Cad. No: 112 İpekyolu/VAN", "(0432) 216 10 60",
             "Hasan Kaya", "Emre Aydın", "Makine Mühendisi"),
            ("12", "ERZURUM", "Erzurum", "Yunus Emre Mah. Kars Yolu No: 6 Yakutiye/ERZURUM", "(0442) 233 41 00",
             "Selim Öztürk", "Fatma Şahin", "Tekniker"),
            ("18", "KARS", "Kars", "Yenişehir Mah. Ardahan Yolu Cad. No: 3 Merkez/KARS", "(0474) 212 45 90",
             "Kemal Arslan", "Burak Çelik", "İnşaat Mühendisi"))  # fmt: skip
CODE = "ABCDEFGHJKLMNPRSTUVYZ0123456789"


def _point(it) -> str:
    risk, lead, rest = parts(it, "tr")
    return f"- {escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else f"- {escape(it.text)}"


def _code(h: int) -> str:
    chars = [CODE[(h >> (2 * n)) % len(CODE)] for n in range(12)]
    return "BS" + "".join(chars[:6]) + "-" + "".join(chars[6:])


def _story(doc: Doc, b: tuple, when, h: int, st: dict) -> list:
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    no, upper, city, _, _, director, _, _ = b
    number = f"E-{61436000 + h % 900}-754.01-{11000000 + h % 8_000_000 + doc.number}"
    head = Table([[Paragraph(f"<b>Sayı</b> : {number}", st["left"]), Paragraph(f"{when:%d.%m.%Y}", st["right"])],
                  [Paragraph(f"<b>Konu</b> : Kar ve Buzlanma ile Mücadele Bilgi Notu ({doc.number})", st["left"]),
                   ""]], colWidths=(380, 100))  # fmt: skip
    head.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    prior = f"{(when.day - 1) or 1:02d}.{when:%m.%Y}"
    out = [
        Paragraph("T.C.", st["centre"]),
        Paragraph("ULAŞTIRMA VE ALTYAPI BAKANLIĞI", st["centre"]),
        Paragraph("Karayolları Genel Müdürlüğü", st["centre"]),
        Paragraph(f"{no}. Bölge Müdürlüğü", st["centre"]),
        Spacer(1, 16),
        head,
        Spacer(1, 18),
        Paragraph(f"{upper} VALİLİĞİNE", st["addressee"]),
        Paragraph("(İl Afet ve Acil Durum Müdürlüğü)", st["centre"]),
        Spacer(1, 14),
        Paragraph(f"İlgi : Valilik Makamının {prior} tarihli ve E-{23000000 + h % 900000} sayılı yazısı.", st["left"]),
        Spacer(1, 8),
        Paragraph(f"İlgi yazı gereği, Bölge Müdürlüğümüz sorumluluğundaki yollarda {when:%d.%m.%Y} günü saat 17.00 "
                  "itibarıyla yürütülen kar ve buzlanma ile mücadele çalışmalarına ilişkin bilgi notu aşağıda "
                  "sunulmuştur.", st["body"]),
    ]  # fmt: skip
    for s in doc.sections:
        out.append(Paragraph(f"<b>{escape(s.heading)}</b>", st["section"]))
        if s.key == "highlights":
            out += [Paragraph(escape(it.text), st["body"]) for it in s.items]
        else:
            out += [Paragraph(_point(it), st["point"]) for it in s.items]
    sign = Table([["", [Paragraph(escape(director), st["centre"]), Paragraph("e-imzalıdır", st["centre"]),
                        Paragraph("Bölge Müdürü", st["centre"])]]], colWidths=(300, 180))  # fmt: skip
    out += [
        Spacer(1, 6),
        Paragraph("Bilgilerinize arz ederim.", st["body"]),
        Spacer(1, 14),
        sign,
        Spacer(1, 14),
        Paragraph("<b>Ek:</b>", st["small"]),
        Paragraph("1- Kapalı yollar listesi (1 sayfa)", st["small"]),
        Spacer(1, 6),
        Paragraph("<b>Dağıtım:</b>", st["small"]),
        Paragraph(f"Gereği: {city} Valiliği (İl Afet ve Acil Durum Müdürlüğü)", st["small"]),
        Paragraph("Bilgi: Karayolları Genel Müdürlüğü (Bakım Dairesi Başkanlığı)", st["small"]),
    ]
    return out


def pdf_ebys_bilgi_notu_kar_tr(doc: Doc) -> bytes:
    """The regional directorate's snow note as its electronic document system issues it, signed."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate

    fonts()
    when = report_day(doc)
    b = BOLGELER[KAR.organisations.index(doc.organisation)]
    no, _, _, address, phone, _, clerk, title = b
    h = zlib.crc32(doc.title.encode())
    code = _code(h)
    st = {
        "centre": ParagraphStyle("centre", fontName="Sans", fontSize=11, leading=14, alignment=TA_CENTER),
        "addressee": ParagraphStyle("addressee", fontName="Sans-Bold", fontSize=11, leading=14, alignment=TA_CENTER),
        "left": ParagraphStyle("left", fontName="Sans", fontSize=11, leading=14),
        "right": ParagraphStyle("right", fontName="Sans", fontSize=11, leading=14, alignment=TA_RIGHT),
        "body": ParagraphStyle("body", fontName="Sans", fontSize=11, leading=15, alignment=TA_JUSTIFY,
                               firstLineIndent=36, spaceAfter=4),
        "point": ParagraphStyle("point", fontName="Sans", fontSize=11, leading=15, alignment=TA_JUSTIFY,
                                firstLineIndent=36, spaceAfter=3),
        "section": ParagraphStyle("section", fontName="Sans", fontSize=11, leading=15, spaceBefore=7, spaceAfter=3,
                                  firstLineIndent=36),
        "small": ParagraphStyle("small", fontName="Sans", fontSize=9.5, leading=12),
    }  # fmt: skip
    w, _ = A4

    def page(c, d) -> None:
        c.saveState()
        if d.page == 1:  # the directorate's round emblem at the top left
            c.setStrokeColor("#1f3f8f")
            c.setLineWidth(1.2)
            c.circle(92, 790, 26)
            c.setFont("Sans-Bold", 10)
            c.setFillColor("#1f3f8f")
            c.drawCentredString(92, 786, "KGM")
        c.setStrokeColor("#9a9a9a")
        c.setLineWidth(0.5)
        c.line(50, 92, w - 50, 92)
        qr = QrCodeWidget(f"https://www.turkiye.gov.tr/kgm-ebys?eD={code}")
        x0, y0, x1, y1 = qr.getBounds()
        drawing = Drawing(52, 52, transform=[52 / (x1 - x0), 0, 0, 52 / (y1 - y0), 0, 0])
        drawing.add(qr)
        renderPDF.draw(drawing, c, 50, 34)
        c.setFont("Sans", 7)
        lines = ("Bu belge, güvenli elektronik imza ile imzalanmıştır.",
                 f"Belge Doğrulama Kodu: {code}   Belge Doğrulama Adresi: https://www.turkiye.gov.tr/kgm-ebys",
                 f"Adres: {address}   Telefon No: {phone}",
                 f"E-Posta: bolge{no}@kgm.gov.tr   İnternet Adresi: www.kgm.gov.tr   Kep Adresi: kgm@hs01.kep.tr",
                 f"Bilgi için: {clerk}   Unvan: {title}")  # fmt: skip
        for n, line in enumerate(lines):
            c.drawString(110, 80 - n * 9.5, line)
        c.restoreState()

    out = io.BytesIO()
    d = SimpleDocTemplate(out, pagesize=A4, leftMargin=58, rightMargin=58, topMargin=48, bottomMargin=110,
                          title=f"Kar ve Buzlanma ile Mücadele Bilgi Notu ({doc.number})", author="EBYS")  # fmt: skip
    d.build(_story(doc, b, when, h, st), onFirstPage=page, onLaterPages=page)
    return out.getvalue()
