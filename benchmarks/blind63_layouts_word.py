"""Word writer of the ``blind63_layouts`` set (python-docx): a Maldivian island council's swell-surge report, a letter
typed right to left in Dhivehi whose report is one multilevel list.

An island council of the Maldives after a swell surge floods its island: the council secretariat's report to the
National Disaster Management Authority, typed in Word in Faruma, the Thaana font of the Maldivian government's
templates, every paragraph right to left — the Bismillah over the bilingual letterhead (the secretariat and the island
in Dhivehi at the right, the emblem between, the same in English at the left, a right-to-left table), a rule, the
letter's number ("ނަންބަރު: (IUL)…"), the authority and its address, "މައުޟޫޢު:" in bold with the subject
underlined, "ސަލާމަށްފަހު ދަންނަވަމެވެ." and the sentence saying what hour the report stands at, the report's
title and its incident centred, then the report as one multilevel list of Word's numbering: each section a first-level
entry whose number Word draws ("1." before "ޚުލާސާ", bold), each point a second-level entry ("1.1"), "އަޅާފައިވާ
ފިޔަވަޅު:" in bold in a risk's point; "ވީމާ، މި ކަން ދެންނެވީ އަދަބާއެކުއެވެ.", the date in the Hijri and the Gregorian
calendar, the council president's name and post, "ކޮޕީ:" and its list, and the secretariat's address, telephone and
e-mail in the footer with the page number. "578,000 ރުފިޔާ", "2.13 މިލިއަން ރުފިޔާ", "1,250", "16 ޖޫން",
"(ކުރީގެ ރިޕޯޓު: 5)".
"""

from __future__ import annotations

import io
import zlib

from blind7_layouts_content import report_day
from blind8_layouts_ooxml import add_field
from blind46_layouts_word import _save, _widths
from blind47_layouts_word import logo
from blind61_layouts_word import _script
from blind63_layouts_banks_isles import UDHA
from blind63_layouts_content import DV_MONTHS, HIJRI_DV, hijri, parts
from council_layouts_gold import Doc
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

W = nsdecls("w")
FARUMA = "Faruma"
LIST = 90  # the report's abstract numbering and its instance

COUNCILS = (
    ("ލ. ފޮނަދޫ", "ލ. އަތޮޅު", "L. Fonadhoo", "Laamu Atoll", "fonadhoo", "މުޙައްމަދު ޝަރީފް", "680", "L"),
    ("ގދ. ގައްދޫ", "ގދ. އަތޮޅު", "GDh. Gadhdhoo", "Gaafu Dhaalu Atoll", "gadhdhoo", "އަޙްމަދު ނާޝިދު", "682", "GDh"),
    ("ތ. ގުރައިދޫ", "ތ. އަތޮޅު", "Th. Guraidhoo", "Thaa Atoll", "guraidhoo", "އާމިނަތު ޒާހިރާ", "681", "Th"),
    ("ށ. ފުނަދޫ", "ށ. އަތޮޅު", "Sh. Funadhoo", "Shaviyani Atoll", "funadhoo", "ޙުސައިން ރަޝީދު", "654", "Sh"),
)


def _rtl(p, text: str = "", bold: bool = False, size: float | None = None, underline: bool = False):
    """A right-to-left paragraph's run as Word types Thaana: the paragraph ``w:bidi``, the run ``w:rtl``."""
    ppr = p._p.get_or_add_pPr()
    if ppr.find(qn("w:bidi")) is None:
        ppr.insert(0, parse_xml(f"<w:bidi {W}/>"))
    if not text:
        return None
    r = p.add_run(text)
    rpr = r._r.get_or_add_rPr()
    if bold:
        rpr.append(parse_xml(f"<w:b {W}/>"))
        rpr.append(parse_xml(f"<w:bCs {W}/>"))
    if underline:
        rpr.append(parse_xml(f'<w:u {W} w:val="single"/>'))
    if size:
        rpr.append(parse_xml(f'<w:sz {W} w:val="{round(size * 2)}"/>'))
        rpr.append(parse_xml(f'<w:szCs {W} w:val="{round(size * 2)}"/>'))
    rpr.append(parse_xml(f"<w:rtl {W}/>"))
    return r


def _para(d, text: str = "", bold: bool = False, size: float | None = None, centre: bool = False, after: float = 4):
    p = d.add_paragraph()
    _rtl(p, text, bold, size)
    if centre:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(after)
    return p


def _numbering(d) -> None:
    """The report's list: first level "1." in bold for the sections, second level "1.1" for the points."""
    levels = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
              '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="454" w:hanging="454"/></w:pPr>'
              '<w:rPr><w:rFonts w:cs="Faruma"/><w:b/><w:bCs/></w:rPr></w:lvl>'
              '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/>'
              '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1077" w:hanging="623"/></w:pPr>'
              '<w:rPr><w:rFonts w:cs="Faruma"/></w:rPr></w:lvl>')  # fmt: skip
    numbering = d.part.numbering_part.element
    abstract = parse_xml(f'<w:abstractNum {W} w:abstractNumId="{LIST}"><w:multiLevelType w:val="multilevel"/>'
                         f"{levels}</w:abstractNum>")  # fmt: skip
    first = numbering.find(qn("w:num"))
    (first.addprevious if first is not None else numbering.append)(abstract)
    numbering.append(parse_xml(f'<w:num {W} w:numId="{LIST}"><w:abstractNumId w:val="{LIST}"/></w:num>'))


def _entry(d, level: int):
    p = d.add_paragraph()
    _rtl(p)
    p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="{LIST}"/>'
                                           "</w:numPr>"))  # fmt: skip
    p.paragraph_format.space_after = Pt(3)
    return p


def _letterhead(d, island: str, latin: str, atoll_en: str) -> None:
    """The Bismillah, then the letterhead: a right-to-left table of Dhivehi, the emblem and English."""
    p = d.add_paragraph()
    _rtl(p, "بسم الله الرحمن الرحيم", size=16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = d.add_table(rows=1, cols=3)
    t._tbl.tblPr.append(parse_xml(f"<w:bidiVisual {W}/>"))
    _widths(t, (Cm(6.5), Cm(3), Cm(6.5)))
    right, middle, left = t.rows[0].cells
    _rtl(right.paragraphs[0], f"{island} ކައުންސިލްގެ އިދާރާ", bold=True, size=13)
    _rtl(right.add_paragraph(), f"{island}، ދިވެހިރާއްޖެ")
    middle.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    middle.paragraphs[0].add_run().add_picture(io.BytesIO(logo((0, 104, 71), "MV")), width=Cm(1.8))
    for k, line in enumerate((f"Secretariat of the {latin.split('. ')[1]} Council", f"{latin}, {atoll_en}",
                              "Republic of Maldives")):  # fmt: skip
        q = left.paragraphs[0] if k == 0 else left.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.LEFT
        r = q.add_run(line)
        r.bold, r.font.size = k == 0 or None, Pt(10 if k else 11)
    rule = d.add_paragraph()
    rule._p.get_or_add_pPr().append(parse_xml(f'<w:pBdr {W}><w:bottom w:val="double" w:sz="6" w:space="1" '
                                              'w:color="006847"/></w:pBdr>'))  # fmt: skip


def docx_faruma_council_udha_dv(doc: Doc) -> bytes:
    """The council's swell-surge report as the Word letter sent to the authority."""
    when = report_day(doc)
    island, atoll, latin, atoll_en, host, president, prefix, code = COUNCILS[UDHA.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day} {DV_MONTHS[when.month - 1]} {when.year}"
    d = Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(1.5)
    sec._sectPr.append(parse_xml(f"<w:bidi {W}/>"))
    _script(d, FARUMA, 12, "dv-MV")
    _numbering(d)
    _letterhead(d, island, latin, atoll_en)
    _para(d, f"ނަންބަރު: (IUL){prefix}-{code}/{prefix}/{when.year}/{40 + doc.number * 3 + h % 3}", after=8)
    for line in ("ނޭޝަނަލް ޑިޒާސްޓަރ މެނޭޖްމަންޓް އޮތޯރިޓީ", "މާލެ، ދިވެހިރާއްޖެ"):
        _para(d, line, after=0)
    p = _para(d, "", after=8)
    p.paragraph_format.space_before = Pt(10)
    _rtl(p, "މައުޟޫޢު: ", bold=True)
    _rtl(p, "ކަނޑު ބޮޑުވުމުގެ ސަބަބުން ރަށަށް ދިމާވެފައިވާ ހާލަތުގެ ރިޕޯޓު ހުށަހެޅުން", bold=True, underline=True)
    _para(d, "ސަލާމަށްފަހު ދަންނަވަމެވެ.")
    p = _para(d, f"ކަނޑު ބޮޑުވެ ރަށަށް ފެން އެރުމުގެ ސަބަބުން {island} އަށް ދިމާވެފައިވާ ހާލަތާ ބެހޭގޮތުން {day} ގެ "
                 f"ހަވީރު 4:00 އާ ހަމައަށް ހުރި މަޢުލޫމާތު ތިރީގައި އެވަނީއެވެ.", after=10)  # fmt: skip
    p.paragraph_format.first_line_indent = Cm(1)
    _para(d, f"ހާލަތު ރިޕޯޓު ނަންބަރު {doc.number}", bold=True, size=14, centre=True, after=0)
    _para(d, f"ކަނޑު ބޮޑުވުން – {island}", centre=True, after=10)
    for s in doc.sections:
        p = _entry(d, 0)
        p.paragraph_format.space_before, p.paragraph_format.keep_with_next = Pt(8), True
        _rtl(p, s.heading.partition(". ")[2], bold=True)
        for it in s.items:
            p = _entry(d, 1)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            risk, lead, rest = parts(it, "dv")
            _rtl(p, risk if lead else it.text)
            if lead:
                _rtl(p, f" {lead}", bold=True)
                _rtl(p, f" {rest}")
    p = _para(d, "ވީމާ، މި ކަން ދެންނެވީ އަދަބާއެކުއެވެ.", after=10)
    p.paragraph_format.space_before, p.paragraph_format.first_line_indent = Pt(10), Cm(1)
    hd, hm, hy = hijri(when.date())
    for line in (f"{hd} {HIJRI_DV[hm]} {hy}", day):
        _para(d, line, after=0)
    for line in ("", "", president, "ރައީސް", f"{island} ކައުންސިލް"):
        p = _para(d, line, after=0)
        p.alignment, p.paragraph_format.left_indent = WD_ALIGN_PARAGRAPH.CENTER, Cm(0)
        p.paragraph_format.right_indent = Cm(9.5)
    _para(d, "", after=0)
    _para(d, "ކޮޕީ:", bold=True, after=0)
    for k, line in enumerate((f"{atoll} ކައުންސިލް", f"މޯލްޑިވްސް ނޭޝަނަލް ޑިފެންސް ފޯސް، {atoll} ސަރަހައްދު",
                              f"މޯލްޑިވްސް ޕޮލިސް ސަރވިސް، {island} ޕޮލިސް ސްޓޭޝަން"), 1):  # fmt: skip
        _para(d, f"{k}. {line}", after=0).paragraph_format.right_indent = Cm(0.6)
    for k, foot in enumerate((sec.footer.paragraphs[0], sec.footer.add_paragraph())):
        foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if k:
            add_field(foot, "PAGE", "1")
            continue
        _rtl(foot, f"{island} ކައުންސިލްގެ އިދާރާ | ފޯން: {prefix}{h % 9000 + 1000} | ", size=9)
        foot.add_run(f"secretariat@{host}.gov.mv").font.size = Pt(9)
    d.core_properties.author, d.core_properties.language = f"{latin} Council", "dv-MV"
    d.core_properties.title = f"ހާލަތު ރިޕޯޓު {doc.number}"
    return _save(d)
