"""PDF writers of the ``blind72_layouts`` set (reportlab): a Warmian gmina's water report typed on the town hall's
letterhead with its sidebar in Word and turned into PDF by Smallpdf, and a northern Sarawak district council's haze
report printed by the council's disaster system through FPDF.

A gmina of the Olsztyn district in Warmia (its mayor, the burmistrz, and the municipal utility, which work with the
district's crisis management centre, the district sanitary inspector and the volunteer fire brigades, the OSP) when
bacteria close its tap water: the mayor's "informacja" to the district head typed in Word on the town hall's
letterhead and converted to PDF by Smallpdf — the sidebar at the left on every page with the arms, "URZĄD MIEJSKI W
…", the address, phones, e-mail, site, NIP and REGON; the place and date at the right, "Znak:", the addressee,
"Dotyczy:" in bold, "Szanowni Państwo," and the covering sentence; each section's name bold and underlined, the
summary as paragraphs, the other points after "▪", "Podjęte działania:" in bold; "Z poważaniem", the mayor's post and
name, "Otrzymują:" and "Do wiadomości:" with their numbered lines, "Strona 1 z 2" at the foot. "5 950,00 zł",
"1,25 mln zł", "1 250", "12%", "16 sierpnia", "(w poprzedniej informacji: 5)".

A district council of northern Sarawak (the Majlis Daerah, which works with the Divisional Disaster Management
Committee under the Resident, the fire and rescue department Bomba, the civil defence force APM and the
environment department's air pollutant index readings) in the haze of peat fires: the "Laporan Situasi" entered in
the council's e-Bencana system and printed by it through FPDF — the green band with the council's name, the title
with "BIL. 3/2026", a table of particulars ("Tarikh", "Masa", "Disediakan oleh", "Kepada"), a table of the day's API
readings, then each section's number, ".0" and name in capitals in a pale green band ("1.0 RINGKASAN"), its points
numbered after it ("1.1", "1.2"), "Tindakan diambil:" in bold; "Disediakan oleh:" and "Disahkan oleh:" with their
officers, "Dijana oleh Sistem e-Bencana …" and "Muka surat 1 daripada 2". "RM7,021.00", "RM1.48 juta", "1,250",
"16 Ogos", "(laporan lepas: 5)".
"""

from __future__ import annotations

import io
import zlib
from xml.sax.saxutils import escape

from blind7_layouts_content import report_day
from blind45_layouts_pdf import fonts
from blind55_layouts_print import _counted
from blind72_layouts_banks_east import JEREBU
from blind72_layouts_banks_west import WODA
from blind72_layouts_content import PL_MONTHS, parts
from council_layouts_gold import Doc

MM = 72 / 25.4

# ---------------------------------------------------------------- a Warmian gmina, Word through Smallpdf

GMINY = (
    (("URZĄD MIEJSKI", "W BARCZEWIE"), "Barczewo", "Burmistrz Barczewa", "Marek Sobczak",
     ("ul. Mickiewicza 10", "11-010 Barczewo"), "89 514 83 46", "barczewo.pl", "739-38-46-211", "510743290"),
    (("URZĄD MIASTA I GMINY", "DOBRE MIASTO"), "Dobre Miasto", "Burmistrz Dobrego Miasta", "Piotr Nowacki",
     ("ul. Grunwaldzka 2", "11-040 Dobre Miasto"), "89 615 03 10", "dobremiasto.com.pl", "739-10-11-925",
     "510742711"),
    (("URZĄD MIEJSKI", "W JEZIORANACH"), "Jeziorany", "Burmistrz Jezioran", "Katarzyna Wiśniewska",
     ("Plac Zamkowy 4", "11-320 Jeziorany"), "89 718 11 02", "jeziorany.pl", "739-19-44-263", "510742920"),
    (("URZĄD MIEJSKI", "W BISKUPCU"), "Biskupiec", "Burmistrz Biskupca", "Tomasz Zieliński",
     ("Al. Niepodległości 2", "11-300 Biskupiec"), "89 715 21 31", "biskupiec.pl", "739-10-08-551", "510743372"),
)  # fmt: skip


def pdf_smallpdf_woda_gmina_pl(doc: Doc) -> bytes:
    """The gmina's water report as the Word letter on the sidebar letterhead converted by Smallpdf."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    fonts()
    when = report_day(doc)
    office, town, post, mayor, address, phone, host, nip, regon = GMINY[WODA.organisations.index(doc.organisation)]
    width, height = A4
    side = 52 * MM
    body = ParagraphStyle("b", fontName="Sans", fontSize=10.5, leading=14, spaceAfter=5, alignment=4)
    point = ParagraphStyle("p", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=3)
    head = ParagraphStyle("h", parent=body, fontName="Sans-Bold", spaceBefore=8, spaceAfter=4, keepWithNext=1,
                          alignment=0)  # fmt: skip
    plain = ParagraphStyle("s", parent=body, alignment=0, spaceAfter=0)
    right = ParagraphStyle("r", parent=plain, alignment=2)
    to = ParagraphStyle("t", parent=plain, fontName="Sans-Bold", leftIndent=62 * MM)
    small = ParagraphStyle("m", parent=plain, fontSize=9, leading=11.5)
    story = [
        Paragraph(f"{escape(town)}, {when.day} {PL_MONTHS[when.month - 1]} {when.year} r.", right),
        Paragraph(f"Znak: ZK.5531.{doc.number}.{when.year}", plain),
        Spacer(1, 6 * MM),
        Paragraph("Pan<br/>Starosta Olsztyński<br/>Powiatowe Centrum Zarządzania Kryzysowego<br/>Plac Bema 5<br/>"
                  "10-516 Olsztyn", to),
        Spacer(1, 8 * MM),
        Paragraph(f"<b>Dotyczy:</b> informacji nr {doc.number} o sytuacji w zaopatrzeniu w wodę na terenie gminy "
                  f"{escape(town)}", plain),
        Spacer(1, 5 * MM),
        Paragraph("Szanowni Państwo,", plain),
        Spacer(1, 2 * MM),
        Paragraph(f"w związku z brakiem przydatności wody do spożycia z wodociągu publicznego przekazuję informację o "
                  f"sytuacji według stanu na dzień {when:%d.%m.%Y} r., godz. 15:00.", body),
    ]  # fmt: skip
    for s in doc.sections:
        story.append(Paragraph(f"<u>{escape(s.heading)}</u>", head))
        for it in s.items:
            if s.key == "highlights":
                story.append(Paragraph(escape(it.text), body))
                continue
            risk, lead, rest = parts(it, "pl")
            text = f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)
            story.append(Paragraph(text, point, bulletText="▪"))
    story += [
        Spacer(1, 8 * MM),
        Paragraph("Z poważaniem", ParagraphStyle("z", parent=plain, leftIndent=80 * MM)),
        Spacer(1, 12 * MM),
        Paragraph(f"{escape(post)}<br/>{escape(mayor)}", ParagraphStyle("z2", parent=plain, leftIndent=80 * MM,
                                                                      alignment=1)),
        Spacer(1, 10 * MM),
        Paragraph("<u>Otrzymują:</u><br/>1. Adresat<br/>2. Państwowy Powiatowy Inspektor Sanitarny w Olsztynie<br/>"
                  "3. a/a", small),
        Spacer(1, 3 * MM),
        Paragraph("<u>Do wiadomości:</u><br/>1. Wojewódzkie Centrum Zarządzania Kryzysowego w Olsztynie<br/>"
                  "2. Zakład Gospodarki Komunalnej", small),
    ]  # fmt: skip

    def page(c, total: int) -> None:
        c.saveState()
        c.setFillColor(HexColor("#F2F2F2"))
        c.rect(0, 0, side - 6 * MM, height, fill=1, stroke=0)
        c.setStrokeColor(HexColor("#A6192E"))
        c.setLineWidth(1.2)
        c.line(side - 6 * MM, 20 * MM, side - 6 * MM, height - 20 * MM)
        c.setFillColor(HexColor("#A6192E"))
        c.rect(12 * MM, height - 42 * MM, 18 * MM, 22 * MM, fill=1, stroke=0)
        c.setFillColor(HexColor("#333333"))
        y = height - 52 * MM
        lines = (
            *office,
            "",
            *address,
            "",
            f"tel. {phone}",
            f"sekretariat@{host}",
            f"www.{host}",
            "",
            f"NIP {nip}",
            f"REGON {regon}",
        )
        for k, line in enumerate(lines):
            c.setFont("Sans-Bold" if k < 2 else "Sans", 7.5 if k < 2 else 7)
            c.drawString(8 * MM, y, line)
            y -= 3.6 * MM
        c.setFont("Sans", 8)
        c.drawRightString(width - 18 * MM, 10 * MM, f"Strona {c.getPageNumber()} z {total}")
        c.restoreState()

    out = io.BytesIO()
    tpl = SimpleDocTemplate(out, pagesize=A4, leftMargin=side + 4 * MM, rightMargin=18 * MM, topMargin=20 * MM,
                            bottomMargin=20 * MM, title=f"Informacja nr {doc.number} – woda", author=f"UM {town}",
                            creator="Smallpdf", producer="Smallpdf.com")  # fmt: skip
    tpl.build(story, canvasmaker=_counted(page))
    return out.getvalue()


# ---------------------------------------------------------------- a northern Sarawak district council, FPDF

MAJLIS = (
    ("MAJLIS DAERAH SUBIS", "MDS", "Bekenu", "Miri", "Encik Awang Bujang bin Awang Hassan", "Puan Dayang Norliza"),
    ("MAJLIS DAERAH MARUDI", "MDM", "Marudi", "Miri", "Encik Jerry anak Lawai", "Encik Ahmad Zaki bin Osman"),
    ("MAJLIS DAERAH LIMBANG", "MDL", "Limbang", "Limbang", "Puan Siti Aishah binti Haji Ali", "Encik Peter Tuan"),
    ("MAJLIS DAERAH LAWAS", "MDLw", "Lawas", "Limbang", "Encik Roland Sigan", "Puan Fatimah binti Ismail"),
)


def pdf_fpdf_jerebu_majlis_sarawak(doc: Doc) -> bytes:
    """The council's haze report as its e-Bencana system prints it through FPDF."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    fonts()
    when = report_day(doc)
    name, code, seat, division, officer, secretary = MAJLIS[JEREBU.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    green, pale = HexColor("#1B5E20"), HexColor("#DCEDC8")
    width, height = A4
    body = ParagraphStyle("b", fontName="Sans", fontSize=9.5, leading=12.5, spaceAfter=3, alignment=4)
    point = ParagraphStyle("p", parent=body, leftIndent=24, bulletIndent=4)
    band = ParagraphStyle("band", fontName="Sans-Bold", fontSize=10, leading=13, textColor=green, backColor=pale,
                          borderPadding=(2, 4, 2, 4), spaceBefore=9, spaceAfter=5, keepWithNext=1)  # fmt: skip
    cell = ParagraphStyle("c", parent=body, spaceAfter=0, alignment=0)
    bold = ParagraphStyle("cb", parent=cell, fontName="Sans-Bold")
    story = [
        Paragraph(f"LAPORAN SITUASI JEREBU DAN KEBAKARAN TANAH GAMBUT BIL. {doc.number}/{when.year}",
                  ParagraphStyle("t", fontName="Sans-Bold", fontSize=12.5, leading=16, alignment=1)),
        Spacer(1, 3 * MM),
    ]  # fmt: skip
    rows = (("Tarikh", f"{when:%d/%m/%Y}"), ("Masa", "4.00 petang"), ("Disediakan oleh", f"Unit Bencana, {name}"),
            ("Kepada", f"Jawatankuasa Pengurusan Bencana Bahagian {division}"))  # fmt: skip
    grid = [("GRID", (0, 0), (-1, -1), 0.4, HexColor("#9E9E9E")), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    story.append(Table([[Paragraph(k, bold), Paragraph(v, cell)] for k, v in rows], (40 * MM, None),
                       style=[*grid, ("BACKGROUND", (0, 0), (0, -1), pale)]))  # fmt: skip
    story.append(Spacer(1, 3 * MM))
    api = [[Paragraph(x, bold) for x in ("Bacaan IPU (JAS)", "7.00 pagi", "11.00 pagi", "5.00 petang")]]
    for k, station in enumerate((f"Stesen {division}", f"Stesen {seat}" if seat != division else "Stesen ILP")):
        base = 90 + (h >> (k * 4)) % 150
        api.append([Paragraph(station, cell), *(Paragraph(str(base + j * (h % 17)), cell) for j in range(3))])
    story.append(Table(api, (60 * MM, None, None, None), style=[*grid, ("BACKGROUND", (0, 0), (-1, 0), pale)]))
    for n, s in enumerate(doc.sections, 1):
        story.append(Paragraph(escape(s.heading), band))
        for k, it in enumerate(s.items, 1):
            risk, lead, rest = parts(it, "ms")
            text = f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)
            story.append(Paragraph(text, point, bulletText=f"{n}.{k}"))
    sign = [
        [
            Paragraph("Disediakan oleh:<br/><br/><br/>" + escape(officer) + "<br/>Pegawai Unit Bencana", cell),
            Paragraph("Disahkan oleh:<br/><br/><br/>" + escape(secretary) + "<br/>Setiausaha Majlis", cell),
        ]
    ]
    story += [Spacer(1, 8 * MM), Table(sign, (None, None))]

    def page(c, total: int) -> None:
        c.saveState()
        c.setFillColor(green)
        c.rect(0, height - 24 * MM, width, 24 * MM, fill=1, stroke=0)
        c.setFillColor(HexColor("#FFFFFF"))
        c.setFont("Sans-Bold", 14)
        c.drawString(15 * MM, height - 12 * MM, name)
        c.setFont("Sans", 8.5)
        c.drawString(15 * MM, height - 18 * MM, f"{seat}, Bahagian {division}, Sarawak · Sistem e-Bencana {code}")
        c.setFillColor(HexColor("#616161"))
        c.setFont("Sans", 7)
        c.drawString(15 * MM, 10 * MM, f"Dijana oleh Sistem e-Bencana {code} pada {when:%d/%m/%Y} "
                                       f"16:{h % 50 + 10:02d}")  # fmt: skip
        c.drawRightString(width - 15 * MM, 10 * MM, f"Muka surat {c.getPageNumber()} daripada {total}")
        c.restoreState()

    out = io.BytesIO()
    tpl = SimpleDocTemplate(out, pagesize=A4, leftMargin=15 * MM, rightMargin=15 * MM, topMargin=30 * MM,
                            bottomMargin=18 * MM, title=f"Laporan Situasi Bil. {doc.number}", creator="e-Bencana",
                            producer="FPDF 1.86")  # fmt: skip
    tpl.build(story, canvasmaker=_counted(page))
    return out.getvalue()
