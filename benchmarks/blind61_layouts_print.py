"""PDF writers of the ``blind61_layouts`` set (reportlab in the office tools' place): a Brunei fire and rescue zone's
flood report as a Malay civil-service letter with numbered paragraphs and a risk table, and a Namibian regional health
directorate's hepatitis E bulletin in two columns.

A zone of Brunei's Fire and Rescue Department (Jabatan Bomba dan Penyelamat) in a monsoon flood: the "Laporan Situasi
Banjir" to the National Disaster Management Centre typed in Word 2010 on the department's letter and saved as PDF —
"TERHAD" at the top and foot of every page, the crest, the department, ministry and "NEGARA BRUNEI DARUSSALAM" over a
rule, "Ruj. Kami:" and "Tarikh:" with the Hijri and the Gregorian date at the right, the addressee, "Yang Mulia,",
"Assalamualaikum Warahmatullahi Wabarakatuh.", the subject in bold capitals, the opening paragraph, then numbered
paragraphs: each section's number and name in bold capitals ("1. RINGKASAN"), its points numbered under it ("1.1",
"1.2") with a hanging indent, the risks a table "Bil. | Risiko | Langkah Kawalan | Tindakan"; "Sekian, dimaklumkan.",
the closing formula, "Yang benar,", the zone commander for the commissioner ("b.p."), "s.k.:" with its list, and the
footer with the address and "Muka surat 1 daripada 2". "B$578,000", "B$2.13 juta", "1,250", "16 Januari",
"(laporan sebelum: 5)".

A regional health directorate of Namibia's Ministry of Health and Social Services in a hepatitis E outbreak: the
weekly "Situation Bulletin" laid out in Serif PagePlus and exported to PDF — a masthead band with the coat of arms,
"REPUBLIC OF NAMIBIA", the ministry and directorate, the bulletin's name and "Issue No. 3 | Epi week 37 | …", the text
in two columns, the key highlights in a shaded box, each section's name in bold blue, bullets, "Response:" in bold, the
epidemic curve with its caption after the situation, a contact box at the end, the running header on later pages and
the footer with the unit and "Page 1 of 2". "N$7.8 million", "N$782,000", "16 September", "(previous bulletin: 5)".
"""

from __future__ import annotations

import io
import zlib
from datetime import date
from xml.sax.saxutils import escape

from blind7_layouts_content import report_day
from blind45_layouts_pdf import fonts
from blind55_layouts_print import _counted
from blind61_layouts_banks_away import BANJIR
from blind61_layouts_banks_home import HEPATITIS
from blind61_layouts_content import BULAN, parts
from council_layouts_gold import Doc

HIJRAH = ("Muharam", "Safar", "Rabiulawal", "Rabiulakhir", "Jamadilawal", "Jamadilakhir", "Rejab", "Syaaban",
          "Ramadan", "Syawal", "Zulkaedah", "Zulhijah")  # fmt: skip


def hijri(day: date) -> tuple[int, int, int]:
    """(year, month, day) of the tabular Islamic calendar on ``day`` (the civil reckoning letters print)."""
    l_ = day.toordinal() + 1721425 - 1948440 + 10632
    n = (l_ - 1) // 10631
    l_ = l_ - 10631 * n + 354
    j = ((10985 - l_) // 5316) * ((50 * l_) // 17719) + (l_ // 5670) * ((43 * l_) // 15238)
    l_ = l_ - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * l_) // 709
    return 30 * n + j - 30, m, l_ - (709 * m) // 24


def _point(item, lang: str) -> str:
    risk, lead, rest = parts(item, lang)
    return f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(item.text)


def _styles():
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    fonts()
    return {
        "p": ParagraphStyle("p", fontName="Sans", fontSize=11, leading=15, spaceAfter=6, alignment=TA_JUSTIFY),
        "h": ParagraphStyle("h", fontName="Sans-Bold", fontSize=11, leading=15, spaceBefore=8, spaceAfter=4,
                            leftIndent=30, bulletIndent=0, bulletFontName="Sans-Bold", bulletFontSize=11),
        "num": ParagraphStyle("num", fontName="Sans", fontSize=11, leading=15, spaceAfter=4, leftIndent=30,
                              bulletIndent=0, bulletFontName="Sans", bulletFontSize=11, alignment=TA_JUSTIFY),
        "centre": ParagraphStyle("centre", fontName="Sans-Bold", fontSize=11, leading=14, alignment=TA_CENTER),
        "right": ParagraphStyle("right", fontName="Sans", fontSize=10.5, leading=14, alignment=TA_RIGHT),
        "small": ParagraphStyle("small", fontName="Sans", fontSize=9.5, leading=12),
        "cell": ParagraphStyle("cell", fontName="Sans", fontSize=9.5, leading=12),
        "cellb": ParagraphStyle("cellb", fontName="Sans-Bold", fontSize=9.5, leading=12),
    }  # fmt: skip


# ---------------------------------------------------------------- a Brunei fire and rescue zone's letter

ZON = (("1", "Brunei dan Muara", "Berakas", "Hj Md Rosli bin Hj Abd Rahman", "Brunei dan Muara"),
       ("2", "Tutong", "Pekan Tutong", "Awg Mohd Hafiz bin Hj Othman", "Tutong"),
       ("3", "Belait", "Kuala Belait", "Hj Zulkifli bin Hj Md Yusof", "Belait"),
       ("4", "Temburong", "Bangar", "Awg Ahmad Fadzil bin Hj Jaafar", "Temburong"))  # fmt: skip
OWNERS = ("Ketua Zon", "Pegawai Operasi", "Balai Bomba {station}", "Unit Penyelamat Air")


def pdf_word2010_bomba_banjir_bn(doc: Doc) -> bytes:
    """The zone's flood report as the PDF of its Word letter."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table

    st = _styles()
    when = report_day(doc)
    z, zone, station, head, district = ZON[BANJIR.organisations.index(doc.organisation)]
    hy, hm, hd = hijri(when.date())
    w, height = A4
    day = f"{when.day} {BULAN[when.month - 1]} {when.year}"
    story = [
        Spacer(1, 50),
        Paragraph("JABATAN BOMBA DAN PENYELAMAT", st["centre"]),
        Paragraph("KEMENTERIAN HAL EHWAL DALAM NEGERI", st["centre"]),
        Paragraph("NEGARA BRUNEI DARUSSALAM", st["centre"]),
        HRFlowable(width="100%", thickness=1.5, color=colors.black, spaceBefore=4, spaceAfter=8),
        Paragraph(f"Ruj. Kami: JBPM/Z{z}/OPS/600-1/{doc.number}", st["right"]),
        Paragraph(f"Tarikh: {hd} {HIJRAH[hm - 1]} {hy} / {day}", st["right"]),
        Spacer(1, 8),
        Paragraph("Pengarah,<br/>Pusat Pengurusan Bencana Kebangsaan,<br/>Kementerian Hal Ehwal Dalam Negeri,<br/>"
                  "Jalan Kebangsaan, Bandar Seri Begawan BB3910.", st["p"]),
        Paragraph("Yang Mulia,", st["p"]),
        Paragraph("Assalamualaikum Warahmatullahi Wabarakatuh.", st["p"]),
        Paragraph(f"<b>LAPORAN SITUASI BANJIR BIL. {doc.number}/{when.year} – ZON {z} {zone.upper()}</b>", st["p"]),
        Paragraph(f"Dengan hormatnya saya merujuk kepada perkara di atas. Bersama-sama ini dikemukakan laporan "
                  f"situasi banjir bagi kawasan Zon {z} {zone} sehingga jam 0800, {day} untuk makluman dan tindakan "
                  "pihak Yang Mulia selanjutnya.", st["p"]),
    ]  # fmt: skip
    grid = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9"))]  # fmt: skip
    for k, s in enumerate(doc.sections, 1):
        number, _, name = s.heading.partition(". ")
        story.append(Paragraph(escape(name), st["h"], bulletText=f"{number}."))
        if s.risks:
            rows = [[Paragraph(t, st["cellb"]) for t in ("Bil.", "Risiko", "Langkah Kawalan", "Tindakan")]]
            for n, it in enumerate(s.items, 1):
                owner = OWNERS[zlib.crc32(it.thread.encode()) % 4].format(station=station)
                rows.append(
                    [
                        Paragraph(f"{k}.{n}", st["cell"]),
                        Paragraph(escape(it.body), st["cell"]),
                        Paragraph(escape(it.mitigation or ""), st["cell"]),
                        Paragraph(owner, st["cell"]),
                    ]
                )
            story.append(Table(rows, colWidths=(32, 170, 170, 98), style=grid, repeatRows=1, hAlign="RIGHT"))
            continue
        story += [Paragraph(_point(it, "bn"), st["num"], bulletText=f"{k}.{n}") for n, it in enumerate(s.items, 1)]
    story += [Spacer(1, 8), Paragraph("Sekian, dimaklumkan.", st["p"]),
              Paragraph("Wabillahi Taufiq Walhidayah, Wassalamualaikum Warahmatullahi Wabarakatuh.", st["p"]),
              Spacer(1, 6), Paragraph("Yang benar,", st["p"]), Spacer(1, 28),
              Paragraph(f"<b>({head})</b>", st["p"]), Paragraph(f"Ketua Zon {z} {zone}", st["small"]),
              Paragraph("b.p. Pesuruhjaya Bomba dan Penyelamat", st["small"]), Spacer(1, 10),
              Paragraph("s.k.:", st["small"]), Paragraph("1. Pesuruhjaya Bomba dan Penyelamat", st["small"]),
              Paragraph(f"2. Pegawai Daerah {district}", st["small"]), Paragraph("3. Fail", st["small"])]  # fmt: skip

    def page(c, total: int) -> None:
        c.saveState()
        c.setFont("Sans-Bold", 10)
        c.drawCentredString(w / 2, height - 24, "TERHAD")
        c.drawCentredString(w / 2, 18, "TERHAD")
        if c.getPageNumber() == 1:
            c.setFillColor("#c8102e")
            c.circle(w / 2, height - 60, 20, fill=1, stroke=0)
        c.setFont("Sans", 7.5)
        c.setFillColor("#000000")
        c.drawString(56, 34, f"Jabatan Bomba dan Penyelamat, Zon {z} {zone} · Tel: +673 2380100 · Talian Kecemasan 995")
        c.drawRightString(w - 56, 34, f"Muka surat {c.getPageNumber()} daripada {total}")
        c.restoreState()

    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=56, rightMargin=56, topMargin=34, bottomMargin=60,
                      title=f"Laporan Situasi Banjir Bil. {doc.number} Zon {z}", author=head,
                      creator="Microsoft® Word 2010", producer="Microsoft® Word 2010").build(
                          story, canvasmaker=_counted(page))  # fmt: skip
    return out.getvalue()


# ---------------------------------------------------------------- a Namibian health directorate's bulletin

REGIONS = (("Khomas", "Windhoek", "+264 61 203 2757"), ("Erongo", "Swakopmund", "+264 64 410 6000"),
           ("Oshana", "Oshakati", "+264 65 223 3000"), ("Omusati", "Outapi", "+264 65 251 000"))  # fmt: skip
BLUE = "#00529b"


def pdf_pageplus_hepatitis_bulletin_na(doc: Doc) -> bytes:
    """The directorate's weekly bulletin as PagePlus exports it: a masthead, then two columns."""
    from reportlab.graphics.shapes import Drawing, Rect
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table

    fonts()
    body = ParagraphStyle("b", fontName="Sans", fontSize=9.5, leading=12.5, spaceAfter=3, leftIndent=10,
                          bulletIndent=1)  # fmt: skip
    plain = ParagraphStyle("pl", fontName="Sans", fontSize=9.5, leading=12.5, spaceAfter=3)
    head = ParagraphStyle("h", fontName="Sans-Bold", fontSize=11, leading=14, textColor=colors.HexColor(BLUE),
                          spaceBefore=8, spaceAfter=3)  # fmt: skip
    cap = ParagraphStyle("c", fontName="Sans-Italic", fontSize=8, leading=10, spaceAfter=6)
    when = report_day(doc)
    region, town, phone = REGIONS[HEPATITIS.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    week = when.isocalendar()[1]
    w, height = A4
    margin, gutter = 40, 18
    col = (w - 2 * margin - gutter) / 2
    story = []
    for s in doc.sections:
        if s.key == "highlights":
            box = [Paragraph(escape(s.heading), head)] + [Paragraph(escape(it.text), body, bulletText="•")
                                                          for it in s.items]  # fmt: skip
            story.append(
                Table(
                    [[box]],
                    colWidths=(col,),
                    style=[
                        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e3eef8")),
                        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor(BLUE)),
                    ],
                )
            )
            continue
        story.append(Paragraph(escape(s.heading), head))
        story += [Paragraph(_point(it, "na"), body, bulletText="•") for it in s.items]
        if s.key == "situation":
            chart = Drawing(col, 70)
            for k in range(8):
                tall = 8 + (h >> k) % 50
                chart.add(Rect(8 + k * (col - 16) / 8, 4, (col - 16) / 8 - 4, tall, fillColor=colors.HexColor(BLUE),
                               strokeColor=None))  # fmt: skip
            story += [chart, Paragraph(f"Figure 1: Cases by epidemiological week, {region} Region, weeks {week - 7} to "
                                       f"{week}", cap)]  # fmt: skip
    story += [Spacer(1, 8), Table([[[Paragraph("<b>For more information contact:</b>", plain), Paragraph(
        f"Regional Surveillance Officer, {region} Regional Health Directorate, {town}", plain),
        Paragraph(f"Tel: {phone} · Toll-free health line: 0800 100 100", plain)]]], colWidths=(col,), style=[
        ("BOX", (0, 0), (-1, -1), 0.8, colors.grey)])]  # fmt: skip

    def masthead(c, d) -> None:
        c.saveState()
        c.setFillColor(BLUE)
        c.rect(0, height - 128, w, 128, fill=1, stroke=0)
        c.setFillColor("#ffce00")
        c.rect(margin, height - 100, 52, 62, fill=1, stroke=0)
        c.setFillColor("#ffffff")
        c.setFont("Sans-Bold", 9)
        c.drawString(margin + 64, height - 46, "REPUBLIC OF NAMIBIA")
        c.setFont("Sans", 9)
        c.drawString(margin + 64, height - 59, "Ministry of Health and Social Services")
        c.drawString(margin + 64, height - 72, f"{region} Regional Health Directorate")
        c.setFont("Sans-Bold", 17)
        c.drawRightString(w - margin, height - 50, "HEPATITIS E OUTBREAK")
        c.setFont("Sans", 11)
        c.drawRightString(w - margin, height - 68, "Weekly Situation Bulletin")
        c.setFont("Sans", 9)
        c.drawRightString(w - margin, height - 90, f"Issue No. {doc.number} | Epi week {week} | {when.day} "
                                                   f"{when:%B %Y}")  # fmt: skip
        c.restoreState()
        footer(c, d)

    def running(c, d) -> None:
        c.saveState()
        c.setFont("Sans", 8)
        c.drawString(margin, height - 30, f"Hepatitis E Weekly Situation Bulletin – {region} Region")
        c.drawRightString(w - margin, height - 30, f"Issue No. {doc.number}")
        c.setStrokeColor(BLUE)
        c.line(margin, height - 35, w - margin, height - 35)
        c.restoreState()
        footer(c, d)

    def footer(c, d) -> None:
        c.saveState()
        c.setFont("Sans", 7.5)
        c.drawString(margin, 22, f"Produced by the Regional Surveillance Unit, {region} Regional Health Directorate")
        c.restoreState()

    def frames(top: float) -> list:
        return [Frame(margin + k * (col + gutter), 40, col, top - 40, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0, id=f"c{k}") for k in range(2)]  # fmt: skip

    def numbers(c, total: int) -> None:
        c.saveState()
        c.setFont("Sans", 7.5)
        c.drawRightString(w - margin, 22, f"Page {c.getPageNumber()} of {total}")
        c.restoreState()

    out = io.BytesIO()
    tpl = BaseDocTemplate(
        out,
        pagesize=A4,
        title=f"Hepatitis E Situation Bulletin {doc.number} – {region}",
        author=f"{region} RHD Surveillance",
        creator="PagePlus X9",
        producer="PagePlus X9",
    )
    tpl.addPageTemplates([PageTemplate("first", frames(height - 146), onPage=masthead, autoNextPageTemplate="later"),
                          PageTemplate("later", frames(height - 48), onPage=running)])  # fmt: skip
    tpl.build(story, canvasmaker=_counted(numbers))
    return out.getvalue()
