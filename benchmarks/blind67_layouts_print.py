"""PDF writers of the ``blind67_layouts`` set: an Emirati utility's regional directorate's daily report typed in Word
and converted to PDF online with iLovePDF (reportlab in the office tools' place), and a Jordanian governorate public
works directorate's snowstorm report kept as a right-to-left Excel 2016 sheet and saved as PDF (WeasyPrint shaping the
Arabic in Excel's place).

A regional directorate of the federal electricity and water utility of the northern emirates (Ajman, Umm Al Quwain,
Ras Al Khaimah and Fujairah; the directorate sits on its emirate's local emergency, crisis and disaster management
team with the municipality) in a summer of record demand: the duty manager's daily situation report, typed in
English in Word on the utility's form and converted to PDF with iLovePDF before it is mailed to the team ("iLovePDF"
the producer) — the utility's roundel and name, the directorate at the right over a teal rule, "DAILY SITUATION
REPORT", the report's number, a ruled box of date, time, directorate and preparer and a line of distribution, then
each section's number and name in teal bold on a grey band ("1. Summary"), the summary as paragraphs, the other points
after "•", "Mitigating action:" in bold; the classification, the form's number and "Page 1 of 2" at the foot.
"AED 15,878", "AED 5.84 million", "1,250", "16 July", "(previous: 5)".

A public works directorate of a Jordanian governorate (the Ministry of Public Works and Housing's directorate, which
clears the roads with the governorate's operations room and answers to the governorate council) in a snowstorm: its
field report, kept in Excel 2016 on a sheet set right to left and saved as PDF for the governorate council — the
ministry, the directorate and the report's title in merged rows, a row of date, hour and preparer, then the table
"القسم | م | البيان | الإجراءات / الملاحظات": each section's name in a cell merged down its rows, each point a row of
its own with its number, a risk's measure in the last column (empty where nothing is done yet); the director's
signature block, and Excel's header and "صفحة 1 من 2" at the foot. "3,060 دينار", "1.13 مليون دينار", "1,250",
"26 كانون الثاني" (the Levant's month names), "(سابقاً: 5)".
"""

from __future__ import annotations

import io
import zlib
from html import escape

from blind7_layouts_content import report_day
from blind45_layouts_pdf import fonts
from blind55_layouts_print import _counted
from blind67_layouts_banks_arabia import PEAK
from blind67_layouts_banks_north import THULUJ
from blind67_layouts_content import parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- an Emirati directorate's report through iLovePDF

DIRECTORATES = (
    ("Ajman", "Eng. Saeed Al Marzooqi", "Ajman Local Emergency, Crisis and Disaster Management Team"),
    ("Umm Al Quwain", "Eng. Fatima Al Ali", "Umm Al Quwain Local Emergency, Crisis and Disaster Management Team"),
    ("Ras Al Khaimah", "Eng. Khalid Al Shehhi", "Ras Al Khaimah Local Emergency, Crisis and Disaster Management Team"),
    ("Fujairah", "Eng. Ahmed Al Hamoudi", "Fujairah Local Emergency, Crisis and Disaster Management Team"),
)
TEAL, ORANGE = "#00788a", "#f28c28"


def pdf_ilovepdf_peak_load_ae(doc: Doc) -> bytes:
    """The directorate's daily report as the Word form converted to PDF by iLovePDF."""
    from reportlab.graphics.shapes import Circle, Drawing, String
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import HRFlowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table

    fonts()
    when = report_day(doc)
    emirate, manager, team = DIRECTORATES[PEAK.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    cell = ParagraphStyle("c", fontName="Sans", fontSize=9, leading=11.5)
    para = ParagraphStyle("p", fontName="Sans", fontSize=10, leading=13.5, spaceAfter=5, alignment=TA_JUSTIFY)
    point = ParagraphStyle("b", parent=para, leftIndent=16, bulletIndent=4, spaceAfter=3)
    band = ParagraphStyle("h", fontName="Sans-Bold", fontSize=11, leading=14, textColor=colors.HexColor(TEAL))
    logo = Drawing(46, 46)
    logo.add(Circle(23, 23, 21, fillColor=colors.HexColor(TEAL), strokeColor=colors.HexColor(ORANGE), strokeWidth=3))
    logo.add(String(23, 19, "EWE", fontName="Sans-Bold", fontSize=10, fillColor=colors.white, textAnchor="middle"))
    right = ParagraphStyle("r", fontName="Sans", fontSize=8.5, leading=11, alignment=TA_RIGHT)
    story = [
        Table([[logo, Paragraph("<b>ETIHAD WATER &amp; ELECTRICITY</b><br/>Operations Sector", ParagraphStyle(
                   "n", fontName="Sans", fontSize=11, leading=14)),
                Paragraph(f"<b>{escape(emirate)} Regional Directorate</b><br/>Network Control Centre", right)]],
              colWidths=(56, 240, 219), style=[("VALIGN", (0, 0), (-1, -1), "MIDDLE")]),
        HRFlowable(width="100%", thickness=2, color=colors.HexColor(TEAL), spaceBefore=4, spaceAfter=10),
        Paragraph("DAILY SITUATION REPORT", ParagraphStyle("t", fontName="Sans-Bold", fontSize=15, leading=19,
                                                           alignment=TA_CENTER)),
        Paragraph(f"Summer Peak Load – Report No. {doc.number}", ParagraphStyle(
            "s", fontName="Sans", fontSize=10.5, leading=14, alignment=TA_CENTER, spaceAfter=8)),
        Table([[Paragraph(f"<b>Date:</b> {when:%d/%m/%Y}", cell), Paragraph("<b>Time:</b> 18:00 hrs", cell),
                Paragraph(f"<b>Directorate:</b> {escape(emirate)}", cell),
                Paragraph(f"<b>Prepared by:</b> Duty Manager, NCC ({h % 9 + 1})", cell)],
               [Paragraph(f"<b>Distribution:</b> {escape(team)}; Director of Operations; Customer Care", cell),
                "", "", ""]],
              colWidths=(110, 95, 140, 170),
              style=[("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7f7f7f")), ("SPAN", (0, 1), (-1, 1)),
                     ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f2f8f9"))]),
        Spacer(1, 6),
    ]  # fmt: skip
    for s in doc.sections:
        head = Table([[Paragraph(escape(s.heading), band)]], colWidths=(515,),
                     style=[("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e7e6e6")),
                            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)])  # fmt: skip
        if s.key == "highlights":
            points = [Paragraph(escape(it.text), para) for it in s.items]
        else:
            points = []
            for it in s.items:
                risk, lead, rest = parts(it, "ae")
                text = f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)
                points.append(Paragraph(text, point, bulletText="•"))
        story += [KeepTogether([Spacer(1, 8), head, Spacer(1, 4), points[0]]), *points[1:]]
    story += [Spacer(1, 14), Paragraph(f"Approved: {escape(manager)}, Director – {escape(emirate)} Regional "
                                       "Directorate", cell)]  # fmt: skip
    w, _ = A4

    def page(c, total: int) -> None:
        c.saveState()
        c.setFont("Sans", 7.5)
        c.setFillColor(colors.HexColor("#595959"))
        c.drawString(40, 26, "Classification: Internal")
        c.drawCentredString(w / 2, 26, "EWE-OPS-FRM-017 Rev. 02")
        c.drawRightString(w - 40, 26, f"Page {c.getPageNumber()} of {total}")
        c.restoreState()

    out = io.BytesIO()
    tpl = SimpleDocTemplate(out, pagesize=A4, leftMargin=40, rightMargin=40, topMargin=34, bottomMargin=48,
                            title=f"DSR {emirate} {doc.number:03d}", author=f"NCC {emirate}",
                            creator="Microsoft® Word for Microsoft 365", producer="iLovePDF")  # fmt: skip
    tpl.build(story, canvasmaker=_counted(page))
    return out.getvalue()


# ---------------------------------------------------------------- a Jordanian directorate's Excel sheet as PDF

WORKS = (
    ("إربد", "م. خالد محمود الزعبي"),
    ("عجلون", "م. محمد سليمان القضاة"),
    ("الطفيلة", "م. عبدالله حسن العوران"),
    ("الكرك", "م. سامي عيد المجالي"),
)
SHEET = """
@page { size: A4; margin: 1.6cm 1.4cm 1.8cm 1.4cm;
  @top-left { content: "HEAD"; font: 8pt "DejaVu Sans"; color: #444 }
  @bottom-center { content: "صفحة " counter(page) " من " counter(pages); font: 8pt "DejaVu Sans" } }
html { direction: rtl }
body { font-family: "DejaVu Sans"; font-size: 9pt; line-height: 1.35 }
table { border-collapse: collapse; width: 100% }
td, th { border: 0.6pt solid #000; padding: 3pt 4pt; vertical-align: top }
table.title td { border: none; text-align: center; font-weight: bold; padding: 1pt }
table.title .big { font-size: 12pt }
table.meta td { background: #fff2cc }
th { background: #bfbfbf; font-weight: bold; text-align: center }
td.sec { background: #ddebf7; font-weight: bold; vertical-align: middle; text-align: center; width: 19% }
td.num { text-align: center; width: 4% }
td.act { width: 30% }
table.sign td { border: none; padding-top: 18pt; text-align: center; font-weight: bold }
"""


def pdf_excel2016_munkhafad_jo(doc: Doc) -> bytes:
    """The directorate's snowstorm report as the right-to-left Excel sheet saved as PDF."""
    from weasyprint import HTML

    when = report_day(doc)
    gov, director = WORKS[THULUJ.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    rows = []
    for s in doc.sections:
        for n, it in enumerate(s.items, 1):
            first = f'<td class="sec" rowspan="{len(s.items)}">{escape(s.heading)}</td>' if n == 1 else ""
            text = it.body if s.risks else it.text
            act = escape(it.mitigation or "") if s.risks else ""
            rows.append(f'<tr>{first}<td class="num">{n}</td><td>{escape(text)}</td><td class="act">{act}</td></tr>')
    css = SHEET.replace("HEAD", f"تقرير المنخفض {doc.number} – {gov}")
    page = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>تقرير المنخفض الجوي رقم {doc.number} - أشغال {escape(gov)}</title>
<meta name="author" content="قسم الصيانة - أشغال {escape(gov)}">
<meta name="generator" content="Microsoft® Excel® 2016"><style>{css}</style></head><body>
<table class="title"><tr><td>المملكة الأردنية الهاشمية</td></tr><tr><td>وزارة الأشغال العامة والإسكان</td></tr>
<tr><td>مديرية أشغال محافظة {escape(gov)} – قسم الصيانة</td></tr>
<tr><td class="big">التقرير الميداني للمنخفض الجوي رقم ({doc.number})</td></tr></table>
<table class="meta"><tr><td>التاريخ: {when.day}/{when.month}/{when.year}</td><td>الساعة: 16:00</td>
<td>معد التقرير: ضابط ارتباط المديرية في غرفة عمليات المحافظة ({h % 7 + 2})</td></tr></table>
<table><thead><tr><th>القسم</th><th>م</th><th>البيان</th><th>الإجراءات / الملاحظات</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table>
<table class="sign"><tr><td>مدير أشغال محافظة {escape(gov)}</td></tr><tr><td>{escape(director)}</td></tr></table>
</body></html>"""
    return HTML(string=page).write_pdf()
