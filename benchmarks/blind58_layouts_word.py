"""Word writers of the ``blind58_layouts`` set (python-docx): a Sri Lankan road office's flood letter on the
government's trilingual letterhead, and a Faroese municipality's storm leaflet set in two columns and saved as PDF
(LibreOffice, ``soffice --headless --convert-to pdf``, in Word's place).

A provincial office of Sri Lanka's Road Development Authority when the south-west monsoon floods the national
roads: the daily "Flood Situation Report" to the Director General, typed in Word on the office's letter template as
every Sri Lankan public office has it — the first page's header a table with the authority's logo and its name and
the office's in Sinhala, Tamil and English (Iskoola Pota and Latha for the two scripts), the trilingual telephone,
fax and e-mail line over a rule, then the reference row "මගේ අංකය / எனது இல. / My No.", "ඔබේ අංකය / உமது இல. /
Your No.", "දිනය / திகதி / Date" as a table of six cells, the addressee ("Director General, Road Development
Authority, 'Sethsiripaya', Battaramulla."), "Dear Sir," the title in bold capitals underlined, the opening sentence,
each section's name a bold paragraph after its number ("1. Summary"), the summary as justified paragraphs, the other
points Word bullets, "Remedial action:" in bold, the dotted line, the Provincial Director's name and post, "Copies:"
with numbered addressees "– f.i." and "– f.i.a.", and "Page 1 of 2" in the footer. "Rs. 136.0 Mn", "1,250",
"16th June", "(previous report: 5)".

A Faroese municipality after a storm: the crisis management's "Kunning um óveðrið nr. 3" to the residents, typed in
Word on the municipality's leaflet template and saved as PDF for the website and the notice boards: the arms and the
municipality's name and "Kreppuleiðslan" in a borderless table, the title, place, date and hour, an italic line on
what follows, then a continuous section break into two columns: each section's name in "Heading 2", the summary as
paragraphs, the other points in "List Bullet", "Tiltøk:" in bold, "Vinarliga", the mayor's name and post and the
number to call; the footer with the town hall's address and "Síða 1 av 2". "3.060.000 kr.", "11,3 mió. kr.",
"1.250", "16. november", "(seinasta kunning: 5)".
"""

from __future__ import annotations

import io
import zlib

from blind7_layouts_content import report_day
from blind8_layouts_ooxml import BULLET_LEVELS, add_field, add_list, number_paragraph
from blind43_layouts_word import _no_borders, soffice_pdf
from blind46_layouts_word import _save, _widths
from blind47_layouts_word import logo
from blind58_layouts_banks_away import ODN
from blind58_layouts_banks_home import ROADS
from blind58_layouts_content import MANAÐIR, parts
from council_layouts_gold import Doc
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

# ---------------------------------------------------------------- a Sri Lankan road office's trilingual letter

OFFICES = (("සබරගමුව", "சப்ரகமுவ", "Sabaragamuwa", "Ratnapura", "045 2222 370", "Eng. K. A. S. Perera"),
           ("දකුණ", "தென்", "Southern", "Galle", "091 2234 511", "Eng. W. D. N. Jayasinghe"),
           ("බස්නාහිර", "மேல்", "Western", "Gampaha", "033 2222 150", "Eng. R. M. S. Bandara"),
           ("මධ්‍යම", "மத்திய", "Central", "Kandy", "081 2222 415", "Eng. H. M. P. Herath"))  # fmt: skip
REFS = (("මගේ අංකය", "எனது இல.", "My No."), ("ඔබේ අංකය", "உமது இல.", "Your No."), ("දිනය", "திகதி", "Date"))


def _run(p, text: str, size: float = 11, bold: bool = False, cs: str | None = None, underline: bool = False):
    r = p.add_run(text)
    r.font.size, r.bold, r.underline = Pt(size), bold or None, underline or None
    if cs:
        r._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:cs"), cs)
        r._r.get_or_add_rPr().append(parse_xml(f'<w:szCs {nsdecls("w")} w:val="{int(size * 2)}"/>'))
    return r


def _para(container, after: float = 6, align=None):
    p = container.add_paragraph()
    p.paragraph_format.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    return p


def docx_rda_trilingual_flood_roads_lk(doc: Doc) -> bytes:
    """The office's flood situation report as the Word letter is sent."""
    when = report_day(doc)
    si, ta, en, district, phone, director = OFFICES[ROADS.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    d = Document()
    sec = d.sections[0]
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2), Cm(1.2), Cm(1.8)
    sec.different_first_page_header_footer = True
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(11)
    normal.element.rPr.rFonts.set(qn("w:cs"), "Iskoola Pota")
    head = sec.first_page_header
    table = head.add_table(rows=1, cols=2, width=Cm(16.5))
    _widths(table, (Cm(2.6), Cm(13.9)))
    left, right = table.rows[0].cells
    left.paragraphs[0].add_run().add_picture(io.BytesIO(logo((128, 0, 0), "RDA")), width=Cm(2.2))
    for n, (line, cs, size) in enumerate(((f"මාර්ග සංවර්ධන අධිකාරිය - පළාත් අධ්‍යක්ෂ කාර්යාලය ({si})", "Iskoola Pota", 11),
                                          (f"வீதி அபிவிருத்தி அதிகார சபை - மாகாணப் பணிப்பாளர் அலுவலகம் ({ta})", "Latha", 10),
                                          (f"ROAD DEVELOPMENT AUTHORITY - OFFICE OF THE PROVINCIAL DIRECTOR "
                                           f"({en.upper()})", None, 11))):  # fmt: skip
        p = right.paragraphs[0] if n == 0 else right.add_paragraph()
        p.alignment, p.paragraph_format.space_after = WD_ALIGN_PARAGRAPH.CENTER, Pt(1)
        _run(p, line, size, bold=True, cs=cs)
    p = head.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(p, f"දුරකථනය / தொலைபேசி / Tel: {phone}  |  ෆැක්ස් / தொலைநகல் / Fax: {phone[:4]}2223 {h % 900 + 100}  |  "
            f"ඊ-මේල් / மின்னஞ்சல் / E-mail: pd.{en.lower()}@rda.gov.lk", 8, cs="Iskoola Pota")  # fmt: skip
    p._p.get_or_add_pPr().append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="double" w:sz="6" w:space="1" '
                                           'w:color="800000"/></w:pBdr>'))  # fmt: skip
    head._element.remove(head.paragraphs[0]._p)
    for foot in (sec.first_page_footer, sec.footer):
        p = foot.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(p, "Page ", 9)
        add_field(p, "PAGE", "1")
        _run(p, " of ", 9)
        add_field(p, "NUMPAGES", "2")

    refs = d.add_table(rows=1, cols=6)
    _no_borders(refs)
    _widths(refs, (Cm(2.3), Cm(4.3), Cm(2.3), Cm(2.3), Cm(1.8), Cm(3.0)))
    values = (f"RDA/PD/{en[:3].upper()}/DM/2026/{40 + doc.number}", "", f"{when:%d.%m.%Y}")
    for k, (labels, value) in enumerate(zip(REFS, values, strict=True)):
        cell = refs.rows[0].cells[2 * k]
        for n, (label, cs) in enumerate(zip(labels, ("Iskoola Pota", "Latha", None), strict=True)):
            p = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            _run(p, label, 8, cs=cs)
        _run(refs.rows[0].cells[2 * k + 1].paragraphs[0], f": {value}", 10)
    _para(d, 6)
    for line in ("Director General,", "Road Development Authority,", "'Sethsiripaya',", "Battaramulla."):
        _run(_para(d, 0), line)
    _run(_para(d, 10), "")
    _run(_para(d, 8), "Dear Sir,")
    _run(_para(d, 8), f"FLOOD SITUATION REPORT NO. {doc.number} – NATIONAL ROADS IN {en.upper()} PROVINCE",
         bold=True, underline=True)  # fmt: skip
    _run(_para(d, 8, WD_ALIGN_PARAGRAPH.JUSTIFY), f"The situation of the national roads in the {en} Province as at "
         f"0800 hrs on {when:%d.%m.%Y} is reported below for your information.")  # fmt: skip
    bullets = add_list(d, BULLET_LEVELS)
    for s in doc.sections:
        p = _para(d, 4)
        p.paragraph_format.space_before = Pt(8)
        _run(p, s.heading, bold=True)
        for it in s.items:
            p = _para(d, 3, WD_ALIGN_PARAGRAPH.JUSTIFY)
            if s.key == "highlights":
                _run(p, it.text)
                continue
            p.style = d.styles["List Paragraph"]
            number_paragraph(p, bullets)
            risk, lead, rest = parts(it, "lk")
            _run(p, risk if lead else it.text)
            if lead:
                _run(p, " ")
                _run(p, lead, bold=True)
                _run(p, f" {rest}")
    _run(_para(d, 30), "")
    for n, line in enumerate(("……………………………………", director, f"Provincial Director ({en})",
                              "Road Development Authority")):  # fmt: skip
        _run(_para(d, 0), line, bold=n == 1)
    _run(_para(d, 4), "")
    _run(_para(d, 2), "Copies:", bold=True, underline=True)
    for n, line in enumerate(("Deputy Director General (Maintenance Management and Construction), RDA – f.i.",
                              "Director General, Disaster Management Centre – f.i.",
                              f"District Secretary, {district} – f.i.",
                              f"Chief Engineer, {district} – f.i.a."), 1):  # fmt: skip
        p = _para(d, 0)
        p.paragraph_format.left_indent = Cm(0.6)
        _run(p, f"{n}. {line}", 10)
    d.core_properties.author = f"PD {en}"
    d.core_properties.title = f"Flood sitrep {doc.number}"
    return _save(d)


# ---------------------------------------------------------------- a Faroese municipality's two-column leaflet

KOMMUNUR = (("Tórshavn", "Vaglið, Postboks 32, FO-110 Tórshavn", "30 20 10", "torshavn.fo", "Jóhanna Joensen",
             (0, 84, 147)),
            ("Klaksvík", "Klaksvíksvegur 7, FO-700 Klaksvík", "45 55 00", "klaksvik.fo", "Rógvi Niclasen",
             (153, 27, 30)),
            ("Runavík", "Heiðavegur 8, FO-620 Runavík", "41 79 00", "runavik.fo", "Sigrid Dalsgaard", (0, 110, 80)),
            ("Norðragøta", "Gøtuvegur 45, FO-512 Norðragøta", "41 00 00", "eystur.fo", "Petur Hansen",
             (40, 70, 130)))  # fmt: skip


def _word_kunning_fo(doc: Doc) -> bytes:
    when = report_day(doc)
    town, address, phone, domain, mayor, rgb = KOMMUNUR[ODN.organisations.index(doc.organisation)]
    colour = RGBColor(*rgb)
    d = Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin, sec.bottom_margin = Cm(1.5), Cm(1.8)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Calibri", Pt(10.5)
    normal.paragraph_format.space_after = Pt(5)
    h2 = d.styles["Heading 2"]
    h2.font.name, h2.font.size, h2.font.color.rgb = "Calibri", Pt(12.5), colour
    h2.paragraph_format.space_before, h2.paragraph_format.space_after = Pt(9), Pt(3)
    top = d.add_table(rows=1, cols=2)
    _no_borders(top)
    _widths(top, (Cm(2.2), Cm(15.2)))
    top.rows[0].cells[0].paragraphs[0].add_run().add_picture(
        io.BytesIO(logo(rgb, doc.organisation[:2].upper())), width=Cm(1.8))  # fmt: skip
    name = top.rows[0].cells[1].paragraphs[0]
    r = name.add_run(doc.organisation.upper())
    r.bold, r.font.size, r.font.color.rgb = True, Pt(15), colour
    r = top.rows[0].cells[1].add_paragraph().add_run("Kreppuleiðslan")
    r.font.size = Pt(10)
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    r = p.add_run(f"Kunning um óveðrið nr. {doc.number}")
    r.bold, r.font.size = True, Pt(22)
    hour = 9 + zlib.crc32(doc.title.encode()) % 8
    d.add_paragraph(f"{town}, {when.day}. {MANAÐIR[when.month - 1]} {when.year} kl. {hour}.00")
    p = d.add_paragraph()
    p.add_run("Kreppuleiðslan hjá kommununi kunnar her um støðuna eftir óveðrið. Kunningin verður dagførd hvønn dag, "
              "so leingi sum neyðugt er.").italic = True  # fmt: skip
    cols = d.add_section(WD_SECTION.CONTINUOUS)
    cols._sectPr.append(parse_xml(f'<w:cols {nsdecls("w")} w:num="2" w:space="567"/>'))
    for s in doc.sections:
        d.add_paragraph(s.heading, style="Heading 2")
        for it in s.items:
            if s.key == "highlights":
                d.add_paragraph(it.text)
                continue
            p = d.add_paragraph(style="List Bullet")
            risk, lead, rest = parts(it, "fo")
            p.add_run(risk if lead else it.text)
            if lead:
                p.add_run(" ")
                p.add_run(lead).bold = True
                p.add_run(f" {rest}")
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.add_run("Vinarliga")
    d.add_paragraph().add_run(mayor).bold = True
    d.add_paragraph("borgarstjóri og formaður í kreppuleiðsluni")
    d.add_paragraph(f"Spurningar: ring á tlf. {phone} ella skriva til kommunan@{domain}")
    foot = cols.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run(f"{doc.organisation} · {address} · Tlf. {phone} · {domain}    Síða ").font.size = Pt(8)
    add_field(foot, "PAGE", "1")
    foot.add_run(" av ").font.size = Pt(8)
    add_field(foot, "NUMPAGES", "2")
    d.core_properties.author = "Kreppuleiðslan"
    d.core_properties.title = f"Kunning um óveðrið nr. {doc.number}"
    d.core_properties.language = "fo-FO"
    return _save(d)


def pdf_word_two_column_kunning_fo(doc: Doc) -> bytes:
    """The municipality's storm leaflet, two columns after the masthead, saved as PDF."""
    return soffice_pdf(_word_kunning_fo(doc), ".docx")
