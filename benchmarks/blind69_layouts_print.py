"""PDF writers of the ``blind69_layouts`` set: an Åland archipelago municipality's storm report typed in Swedish Word on
the Finnish standard letter layout and saved as PDF (reportlab in Word's place), and a Jeddah branch municipality's
flood report printed as the form of the Amanah's emergency system through TCPDF (WeasyPrint in TCPDF's place, for
its Arabic shaping).

The crisis management group (krisledningsgrupp) of one of Åland's archipelago municipalities, which reports to the
Government of Åland (Ålands landskapsregering) in an emergency, in an autumn storm that cuts the power and stops the
ferries: its "Lägesrapport" typed in Word with Swedish menus on the municipality's template, which follows the Finnish
standard for documents (SFS 2487) as every municipality in Finland does, and saved as PDF ("Microsoft® Word för
Microsoft 365") — the header on every page at the standard's tabs (the municipality in capitals and its group at the
margin, "LÄGESRAPPORT" at the fifth tab with the date under it, "Dnr" and the page as "1 (2)"), the addressee's block,
the title in bold, then each section's number and name in bold at the margin ("1 Sammanfattning") with its text at the
second tab, the summary as paragraphs, the other points after "–", "Vidtagna åtgärder:" in bold; the signature at the
second tab, "Sändlista" and "För kännedom" at the margin, and the footer's four columns of postal address, visiting
address, telephone and mail. "3 978 euro", "1,46 miljoner euro", "1 250", "27.10.", "(föregående rapport: 5)".

A branch municipality (بلدية فرعية) of the Amanah of Jeddah governorate, which runs its districts' streets, drains and
lighting under the Amanah, after a day of floods: its daily report as the Amanah's emergency system prints its form
with TCPDF, right to left — the Kingdom, the ministry, the Amanah and the branch at the right, the emblem between, the
report's number, the Hijri and the Gregorian day and the hour at the left, the form's title, a ruled table of the
branch, districts, preparer and reference, then one ruled table: each section a shaded row across it, each point a row
after its number, the risks three columns "م | الخطر | الإجراء المتخذ" (an empty cell where nothing is done yet); the
signature boxes, the system's note and "صفحة 1 من 2". "12,480 ريال", "1.25 مليون ريال", "1,250",
"15 جمادى الآخرة", "(السابق: 5)".
"""

from __future__ import annotations

import io
import zlib
from html import escape
from xml.sax.saxutils import escape as xml_escape

from blind7_layouts_content import report_day
from blind45_layouts_pdf import fonts
from blind55_layouts_print import _counted
from blind63_layouts_content import hijri
from blind69_layouts_banks_arabic import AMTAR
from blind69_layouts_banks_straits import STORM
from blind69_layouts_content import parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- an Åland municipality's report, SFS 2487

KOMMUNER = (
    ("Föglö", "Kristina Eriksson", "PB 20, AX-22710 Föglö", "Kommungården, Degerby", "018 50 310", "foglo"),
    ("Kökar", "Johan Sjölund", "Hamnö, AX-22730 Kökar", "Kommunkansliet, Karlby", "018 55 920", "kokar"),
    ("Kumlinge", "Camilla Lundqvist", "AX-22820 Kumlinge", "Kommunkansliet, Kumlinge by", "018 55 250", "kumlinge"),
    ("Brändö", "Mikael Karlsson", "Brändövägen 10, AX-22940 Åva", "Kommungården, Åva", "018 56 050", "brando"),
)
MM = 72 / 25.4


def pdf_wordsv_lagesrapport_storm_ax(doc: Doc) -> bytes:
    """The crisis management group's storm report as the Swedish Word letter saved as PDF."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table

    fonts()
    when = report_day(doc)
    kommun, director, post, visit, phone, host = KOMMUNER[STORM.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day}.{when.month}.{when.year}"
    margin, tab2, tab5, tab7 = 20 * MM, 45.7 * MM, 114.3 * MM, 160 * MM
    width, height = A4
    body = ParagraphStyle("b", fontName="Sans", fontSize=11, leading=14.5, leftIndent=tab2, spaceAfter=7)
    point = ParagraphStyle("p", parent=body, leftIndent=tab2 + 5 * MM, bulletIndent=tab2, spaceAfter=4)
    head = ParagraphStyle("h", fontName="Sans-Bold", fontSize=11, leading=14.5, spaceBefore=8, spaceAfter=5,
                          keepWithNext=1)  # fmt: skip
    plain = ParagraphStyle("a", fontName="Sans", fontSize=11, leading=14.5)
    story = [Spacer(1, 6 * MM)]
    story += [Paragraph(xml_escape(line), plain) for line in ("Ålands landskapsregering", "Beredskapsenheten",
                                                              "PB 1060", "AX-22111 Mariehamn")]  # fmt: skip
    story += [Spacer(1, 12 * MM), Paragraph(f"Lägesrapport nr {doc.number} – stormen i skärgården", ParagraphStyle(
        "t", fontName="Sans-Bold", fontSize=12, leading=16, spaceAfter=8)),
        Paragraph(f"Krisledningsgruppen i {kommun} kommun rapporterar läget kl. 16.00 den {day}.", body)]  # fmt: skip
    for s in doc.sections:
        flow = [Paragraph(xml_escape(s.heading), head)]
        for it in s.items:
            if s.key == "highlights":
                flow.append(Paragraph(xml_escape(it.text), body))
                continue
            risk, lead, rest = parts(it, "ax")
            text = f"{xml_escape(risk)} <b>{xml_escape(lead)}</b> {xml_escape(rest)}" if lead else xml_escape(it.text)
            flow.append(Paragraph(text, point, bulletText="–"))
        story += [KeepTogether(flow[:2]), *flow[2:]]
    story += [Spacer(1, 8 * MM)]
    story += [
        Paragraph(f"{kommun.upper()} KOMMUN<br/>Krisledningsgruppen", ParagraphStyle("s", parent=body)),
        Paragraph(f"<br/><br/>{director}<br/>kommundirektör, krisledningsgruppens ordförande", body),
    ]
    lines = ParagraphStyle("lt", parent=plain, spaceAfter=0)
    rows = (
        (
            "Sändlista",
            "Ålands landskapsregering, Ålands polismyndighet, Ålands hälso- och sjukvård, Ålands Elandelslag",
        ),
        ("För kännedom", "Kommunstyrelsens ledamöter"),
    )
    story.append(Table([[label, Paragraph(xml_escape(text), lines)] for label, text in rows],
                       colWidths=(tab2, width - 2 * margin - tab2),
                       style=[("FONT", (0, 0), (0, -1), "Sans", 11), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 4)]))  # fmt: skip

    def page(c, total: int) -> None:
        c.saveState()
        top = height - 15 * MM
        c.setFont("Sans-Bold", 11)
        c.drawString(margin, top, f"{kommun.upper()} KOMMUN")
        c.drawString(tab5, top, "LÄGESRAPPORT")
        c.setFont("Sans", 11)
        c.drawString(margin + 163 * MM, top, f"{c.getPageNumber()} ({total})")
        c.drawString(margin, top - 14.5, "Krisledningsgruppen")
        c.drawString(tab5, top - 29, day)
        c.drawString(tab7, top - 29, f"Dnr {100 + h % 80}/{when.year}")
        c.setLineWidth(0.5)
        c.line(margin, 24 * MM, width - margin, 24 * MM)
        for k, (label, text) in enumerate((("Postadress", post), ("Besöksadress", visit), ("Telefon", phone),
                                           ("E-post", f"kansliet@{host}.ax"))):  # fmt: skip
            x = margin + k * 43 * MM
            c.setFont("Sans", 7.5)
            c.drawString(x, 20 * MM, label)
            c.drawString(x, 16.5 * MM, text)
        c.drawString(margin + 129 * MM, 13 * MM, f"www.{host}.ax")
        c.restoreState()

    out = io.BytesIO()
    tpl = SimpleDocTemplate(out, pagesize=A4, leftMargin=margin - 6, rightMargin=margin - 6, topMargin=38 * MM,
                            bottomMargin=30 * MM, title=f"Lägesrapport {doc.number} {kommun}",
                            author=director, creator="Microsoft® Word för Microsoft 365",
                            producer="Microsoft® Word för Microsoft 365")  # fmt: skip
    tpl.build(story, canvasmaker=_counted(page))
    return out.getvalue()


# ---------------------------------------------------------------- a Jeddah branch municipality's form, TCPDF

BRANCHES = (
    ("الجامعة", "الجامعة، الروابي، الفيصلية، النسيم"),
    ("الصفا", "الصفا، المروة، الفيحاء، الربوة"),
    ("أبحر", "أبحر الشمالية، أبحر الجنوبية، الشراع، الصواري"),
    ("الجنوب", "الخمرة، القريات، الوادي، الأجواد"),
)
CSS = """@page { size: A4; margin: 16mm 13mm 20mm 13mm;
  @bottom-left { content: "صفحة " counter(page) " من " counter(pages); font-size: 7.5pt; }
  @bottom-right { content: "تم إنشاء هذا التقرير آلياً من نظام إدارة الطوارئ والبلاغات"; font-size: 7.5pt; } }
body { font-family: "DejaVu Sans"; font-size: 8.5pt; direction: rtl; }
table { border-collapse: collapse; width: 100%; }
.head td { border: none; vertical-align: middle; font-size: 9pt; line-height: 1.5; }
h1 { text-align: center; font-size: 12.5pt; margin: 6pt 0 5pt; }
.info td, .info th, .form td, .form th, .sign td { border: 0.6pt solid #444; padding: 3pt 4pt; vertical-align: top; }
.info th { background: #e8efe9; width: 17%; text-align: right; }
.form { margin-top: 6pt; }
.form .sec td { background: #0b6e4f; color: #fff; font-weight: bold; }
.form .cols th { background: #dfe8e2; }
.form td.n { width: 6%; text-align: center; }
.sign { margin-top: 14pt; }
.sign td { height: 36pt; width: 33%; }
"""


def _row(cells: str, cls: str = "") -> str:
    return f'<tr class="{cls}">{cells}</tr>' if cls else f"<tr>{cells}</tr>"


def pdf_tcpdf_taqrir_amtar_sa(doc: Doc) -> bytes:
    """The branch municipality's flood report as the form the Amanah's system prints through TCPDF."""
    from weasyprint import HTML

    when = report_day(doc)
    branch, districts = BRANCHES[AMTAR.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    hd, hm, hy = hijri(when.date())
    rows = []
    for s in doc.sections:
        rows.append(_row(f'<td colspan="3">{escape(s.heading)}</td>', "sec"))
        if s.risks:
            rows.append(_row("<th>م</th><th>الخطر</th><th>الإجراء المتخذ</th>", "cols"))
            rows += [_row(f'<td class="n">{n}</td><td>{escape(it.body)}</td><td>{escape(it.mitigation or "")}</td>')
                     for n, it in enumerate(s.items, 1)]  # fmt: skip
            continue
        rows += [
            _row(f'<td class="n">{n}</td><td colspan="2">{escape(it.text)}</td>') for n, it in enumerate(s.items, 1)
        ]
    emblem = ('<svg width="52" height="52" viewBox="0 0 52 52"><circle cx="26" cy="26" r="24" fill="#0b6e4f"/>'
              '<path d="M14 34 L38 18 M14 18 L38 34" stroke="#fff" stroke-width="2.5"/><rect x="24" y="8" width="4" '
              'height="20" fill="#fff"/></svg>')  # fmt: skip
    html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>تقرير الحالة اليومي رقم {doc.number} - بلدية {escape(branch)} الفرعية</title>
<meta name="author" content="أمانة محافظة جدة - نظام إدارة الطوارئ">
<meta name="generator" content="TCPDF">
<style>{CSS}</style></head><body>
<table class="head"><tr><td style="width:40%">المملكة العربية السعودية<br>وزارة البلديات والإسكان<br>أمانة محافظة \
جدة<br><b>بلدية {escape(branch)} الفرعية</b></td><td style="width:20%;text-align:center">{emblem}</td><td \
style="width:40%;text-align:left">رقم التقرير: {doc.number}<br>التاريخ: {hy}/{hm + 1:02d}/{hd:02d}هـ<br>الموافق: \
{when:%Y/%m/%d}م<br>الوقت: 18:00</td></tr></table>
<h1>تقرير الحالة اليومي – الأمطار والسيول</h1>
<table class="info"><tr><th>البلدية</th><td>بلدية {escape(branch)} الفرعية</td><th>الأحياء</th><td>\
{escape(districts)}</td></tr><tr><th>معد التقرير</th><td>إدارة الطوارئ بالبلدية</td><th>الرقم المرجعي</th><td>\
EMR-{when.year}-{h % 90000 + 10000}</td></tr></table>
<table class="form">{"".join(rows)}</table>
<table class="sign"><tr><td>معد التقرير<br>الاسم:<br>التوقيع:</td><td>مدير إدارة الطوارئ<br>الاسم:<br>التوقيع:\
</td><td>رئيس البلدية<br>الاسم:<br>التوقيع:</td></tr></table>
</body></html>"""
    return HTML(string=html).write_pdf()
