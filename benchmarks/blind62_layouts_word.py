"""Word writers of the ``blind62_layouts`` set (python-docx): a Punjab power distribution circle's flood report as a
letter whose report is set in Word's own heading styles, and a Cyprus Fire Service district command's wildfire memo
typed with its headings as bold body text.

A distribution circle of the Punjab State Power Corporation (PSPCL) in a monsoon flood: the daily report to the
deputy commissioner, chairman of the district disaster management authority, typed in Word in Raavi, the Unicode
Gurmukhi font the state's offices were told to use — the letterhead (a logo beside the corporation, its registered
office and CIN, the superintending engineer's office, telephone and e-mail) over a rule, "ਵੱਲ" and the addressee,
"ਮੀਮੋ ਨੰ: …" with "ਮਿਤੀ: …" on one line, "ਵਿਸ਼ਾ:" and "ਹਵਾਲਾ:", the opening sentence ending ":-", then the report in
the template's styles: "Title" ("ਹੜ੍ਹ ਸਥਿਤੀ ਰਿਪੋਰਟ ਨੰ. 3"), "Subtitle", each section a "Heading 1", the summary as
"Normal" paragraphs, the other points "List Bullet", "ਕੀਤੀ ਗਈ ਕਾਰਵਾਈ:" in bold; the closing sentence, the
superintending engineer's name and post, and the endorsement ("ਪਿੱਠ ਅੰਕਣ ਨੰ: …", "ਉਪਰੋਕਤ ਦਾ ਉਤਾਰਾ …:-" and its
numbered list, the post again); the page number in the footer. "₹3.74 ਕਰੋੜ", "1,25,000", "16 ਅਗਸਤ",
"(ਪਿਛਲੀ ਰਿਪੋਰਟ: 5)", each sentence closed by "।".

A district command of the Cyprus Fire Service in a wildfire: the "Αναφορά Κατάστασης" to the district officer typed
in Word with no style but "Normal" — "ΕΠΕΙΓΟΝ" at the right, the arms, "ΚΥΠΡΙΑΚΗ ΔΗΜΟΚΡΑΤΙΑ", the service and the
command centred, "Αρ. Φακ.:" and the date at the right, the memo's "Προς:", "Κοιν.:", "Από:" and "Θέμα:" lines at a
tab, the subject bold and underlined, the hour the situation stands at, then each section's number and name typed
bold at a tab ("1.<tab>Γενική εικόνα"), the summary as indented paragraphs, the other points typed "(α)", "(β)" at a
hanging tab, "Μέτρα που λήφθηκαν:" in bold; "Υποβάλλεται για ενημέρωσή σας.", the commander's name in brackets, post
and "για Αρχηγό Πυροσβεστικής Υπηρεσίας", "Κοιν.:" again, the address in the footer and "- 2 -" over later pages.
"€578.000", "€2,13 εκατομμύρια", "1.250", "16 Ιουλίου", "(προηγούμενη αναφορά: 5)".
"""

from __future__ import annotations

import io
import zlib
from datetime import timedelta

from blind7_layouts_content import report_day
from blind8_layouts_ooxml import add_field
from blind46_layouts_word import _save
from blind47_layouts_word import logo
from blind61_layouts_word import _bold, _borderless, _centred, _script
from blind62_layouts_banks_east import HARH, PYRKAGIA
from blind62_layouts_content import MINON, parts
from council_layouts_gold import Doc
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

W = nsdecls("w")


def _point(p, item, lang: str, prefix: str = "") -> None:
    """A point's runs: the risk, its lead in bold and the mitigation, or the text alone."""
    risk, lead, rest = parts(item, lang)
    p.add_run(prefix + (risk if lead else item.text))
    if lead:
        p.add_run(" ")
        _bold(p, lead)
        p.add_run(f" {rest}")


def _style_font(d, name: str, font: str, size: float | None = None, colour: RGBColor | None = None) -> None:
    """A style's font for every script (the complex script's too), as a template sets it."""
    style = d.styles[name]
    rpr = style.element.get_or_add_rPr()
    for old in rpr.findall(qn("w:rFonts")):
        rpr.remove(old)
    rpr.insert(0, parse_xml(f'<w:rFonts {W} w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}"/>'))
    if size:
        style.font.size = Pt(size)
        rpr.append(parse_xml(f'<w:szCs {W} w:val="{round(size * 2)}"/>'))
    if colour is not None:
        style.font.color.rgb = colour


def _rule(p) -> None:
    p._p.get_or_add_pPr().append(parse_xml(f'<w:pBdr {W}><w:bottom w:val="single" w:sz="12" w:space="4" '
                                           'w:color="000000"/></w:pBdr>'))  # fmt: skip


def _tabbed(d, left: str, right: str, at: float = 16.5, bold: bool = False):
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(at), WD_TAB_ALIGNMENT.RIGHT)
    (_bold(p, f"{left}\t{right}") if bold else p.add_run(f"{left}\t{right}"))
    return p


# ---------------------------------------------------------------- a PSPCL circle's letter in heading styles

CIRCLES = (
    ("ਗੁਰਦਾਸਪੁਰ", "01874-220145", "ਇੰਜ. ਹਰਪ੍ਰੀਤ ਸਿੰਘ ਬਾਜਵਾ", "ਬਾਰਡਰ ਜ਼ੋਨ, ਅੰਮ੍ਰਿਤਸਰ", "gurdaspur"),
    ("ਫ਼ਿਰੋਜ਼ਪੁਰ", "01632-242310", "ਇੰਜ. ਗੁਰਜੀਤ ਸਿੰਘ ਸੰਧੂ", "ਪੱਛਮੀ ਜ਼ੋਨ, ਬਠਿੰਡਾ", "ferozepur"),
    ("ਕਪੂਰਥਲਾ", "01822-233604", "ਇੰਜ. ਰਾਜੇਸ਼ ਕੁਮਾਰ ਸ਼ਰਮਾ", "ਉੱਤਰੀ ਜ਼ੋਨ, ਜਲੰਧਰ", "kapurthala"),
    ("ਪਟਿਆਲਾ", "0175-2212050", "ਇੰਜ. ਅਮਨਦੀਪ ਕੌਰ ਗਿੱਲ", "ਦੱਖਣੀ ਜ਼ੋਨ, ਪਟਿਆਲਾ", "patiala"),
)
RAAVI = "Raavi"


def docx_raavi_pspcl_harh_pa(doc: Doc) -> bytes:
    """The circle's flood report as the Word letter sent to the deputy commissioner."""
    when = report_day(doc)
    circle, phone, se, zone, latin = CIRCLES[HARH.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    memo = 4100 + h % 800 + doc.number * 7
    day = f"{when:%d.%m.%Y}"
    d = Document()
    sec = d.sections[0]
    sec.left_margin, sec.right_margin, sec.top_margin = Cm(2.5), Cm(2), Cm(1.5)
    _script(d, RAAVI, 11, "pa-IN")
    _style_font(d, "Heading 1", RAAVI, 13, RGBColor(0x1F, 0x3A, 0x68))
    _style_font(d, "Title", RAAVI, 18)
    _style_font(d, "Subtitle", RAAVI, 12)
    _style_font(d, "List Bullet", RAAVI)
    t = _borderless(d, (Cm(2.6), Cm(13.9)))
    t.rows[0].cells[0].paragraphs[0].add_run().add_picture(io.BytesIO(logo((0, 82, 147), "PSPCL")), width=Cm(2.2))
    right = t.rows[0].cells[1]
    _bold(right.paragraphs[0], "ਪੰਜਾਬ ਸਟੇਟ ਪਾਵਰ ਕਾਰਪੋਰੇਸ਼ਨ ਲਿਮਿਟਡ", 14)
    for line in ("ਰਜਿਸਟਰਡ ਦਫ਼ਤਰ: ਪੀ.ਐਸ.ਈ.ਬੀ. ਮੁੱਖ ਦਫ਼ਤਰ, ਦੀ ਮਾਲ, ਪਟਿਆਲਾ",
                 "ਕਾਰਪੋਰੇਟ ਪਛਾਣ ਨੰਬਰ: U40109PB2010SGC033813", f"ਦਫ਼ਤਰ ਨਿਗਰਾਨ ਇੰਜੀਨੀਅਰ, ਵੰਡ ਹਲਕਾ, {circle}",
                 f"ਫ਼ੋਨ: {phone}   ਈ-ਮੇਲ: se-ds-{latin}@pspcl.in"):  # fmt: skip
        right.add_paragraph(line).runs[0].font.size = Pt(9)
    for cp in right.paragraphs:
        cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _rule(d.add_paragraph())
    d.add_paragraph("ਵੱਲ")
    for line in ("ਡਿਪਟੀ ਕਮਿਸ਼ਨਰ-ਕਮ-ਚੇਅਰਮੈਨ,", "ਜ਼ਿਲ੍ਹਾ ਆਫ਼ਤ ਪ੍ਰਬੰਧਨ ਅਥਾਰਟੀ,", f"{circle}।"):
        d.add_paragraph(line).paragraph_format.left_indent = Cm(1.5)
    _tabbed(d, f"ਮੀਮੋ ਨੰ: {memo}/ਹੜ੍ਹ ਕੰਟਰੋਲ", f"ਮਿਤੀ: {day}")
    for lead, text in (("ਵਿਸ਼ਾ:", "ਹੜ੍ਹਾਂ ਕਾਰਨ ਬਿਜਲੀ ਸਪਲਾਈ ਦੀ ਸਥਿਤੀ ਸਬੰਧੀ ਰੋਜ਼ਾਨਾ ਰਿਪੋਰਟ।"),
                       ("ਹਵਾਲਾ:", f"ਆਪ ਜੀ ਦੇ ਦਫ਼ਤਰ ਦਾ ਪੱਤਰ ਨੰ: {900 + h % 300}/ਡੀ.ਡੀ.ਐਮ.ਏ. ਮਿਤੀ "
                                 f"{when - timedelta(days=doc.number + 3):%d.%m.%Y}।")):  # fmt: skip
        p = d.add_paragraph()
        p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = Cm(2), Cm(-2)
        _bold(p, f"{lead}\t")
        p.add_run(text)
    p = d.add_paragraph(f"ਉਪਰੋਕਤ ਵਿਸ਼ੇ ਅਤੇ ਹਵਾਲੇ ਅਧੀਨ ਬੇਨਤੀ ਹੈ ਕਿ ਵੰਡ ਹਲਕਾ {circle} ਅਧੀਨ ਹੜ੍ਹਾਂ ਕਾਰਨ ਬਿਜਲੀ ਸਪਲਾਈ "
                        f"ਦੀ ਮਿਤੀ {day} ਸ਼ਾਮ 6:00 ਵਜੇ ਤੱਕ ਦੀ ਸਥਿਤੀ ਹੇਠ ਲਿਖੇ ਅਨੁਸਾਰ ਹੈ:-")  # fmt: skip
    p.paragraph_format.first_line_indent = Cm(1.25)
    d.add_paragraph(f"ਹੜ੍ਹ ਸਥਿਤੀ ਰਿਪੋਰਟ ਨੰ. {doc.number}", style="Title")
    d.add_paragraph(f"ਵੰਡ ਹਲਕਾ {circle} – ਮਿਤੀ {day}", style="Subtitle")
    for s in doc.sections:
        d.add_heading(s.heading, level=1)
        for it in s.items:
            if s.key == "highlights":
                d.add_paragraph(it.text)
            else:
                _point(d.add_paragraph(style="List Bullet"), it, "pa")
    p = d.add_paragraph("ਇਹ ਰਿਪੋਰਟ ਆਪ ਜੀ ਦੀ ਜਾਣਕਾਰੀ ਅਤੇ ਅਗਲੇਰੀ ਲੋੜੀਂਦੀ ਕਾਰਵਾਈ ਹਿੱਤ ਭੇਜੀ ਜਾਂਦੀ ਹੈ।")
    p.paragraph_format.space_before = Pt(8)
    post = ("ਨਿਗਰਾਨ ਇੰਜੀਨੀਅਰ,", "ਵੰਡ ਹਲਕਾ, ਪੀ.ਐਸ.ਪੀ.ਸੀ.ਐਲ.,", f"{circle}।")
    for line in ("", f"({se})", *post):
        d.add_paragraph(line).paragraph_format.left_indent = Cm(10)
    _tabbed(d, f"ਪਿੱਠ ਅੰਕਣ ਨੰ: {memo + 1}-{memo + 3}/ਹੜ੍ਹ ਕੰਟਰੋਲ", f"ਮਿਤੀ: {day}")
    d.add_paragraph("ਉਪਰੋਕਤ ਦਾ ਉਤਾਰਾ ਹੇਠ ਲਿਖਿਆਂ ਨੂੰ ਸੂਚਨਾ ਅਤੇ ਲੋੜੀਂਦੀ ਕਾਰਵਾਈ ਹਿੱਤ ਭੇਜਿਆ ਜਾਂਦਾ ਹੈ:-")
    for line in (f"1. ਮੁੱਖ ਇੰਜੀਨੀਅਰ/ਵੰਡ, {zone}।", "2. ਕੰਟਰੋਲ ਰੂਮ, ਮੁੱਖ ਦਫ਼ਤਰ, ਪੀ.ਐਸ.ਪੀ.ਸੀ.ਐਲ., ਪਟਿਆਲਾ।",
                 f"3. ਸਮੂਹ ਵਧੀਕ ਨਿਗਰਾਨ ਇੰਜੀਨੀਅਰ/ਵੰਡ ਮੰਡਲ, ਹਲਕਾ {circle}।"):  # fmt: skip
        d.add_paragraph(line).paragraph_format.left_indent = Cm(1)
    for line in ("", *post):
        d.add_paragraph(line).paragraph_format.left_indent = Cm(10)
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(foot, "PAGE", "1")
    d.core_properties.author, d.core_properties.language = f"SE DS {latin.title()}", "pa-IN"
    d.core_properties.title = f"ਹੜ੍ਹ ਸਥਿਤੀ ਰਿਪੋਰਟ {doc.number}"
    return _save(d)


# ---------------------------------------------------------------- a Cyprus Fire Service command's typed memo

COMMANDS = (
    ("Λεμεσού", "ΛΕΜ", "Λόφου", "Ανδρέας Κωνσταντίνου", "Λεωφόρος Φραγκλίνου Ρούσβελτ 2, 3011 Λεμεσός", "25 802300",
     "Σταθμό Λεμεσού"),
    ("Λευκωσίας", "ΛΕΥ", "Μαχαιρά", "Γιώργος Χαραλάμπους", "Λεωφόρος Αθαλάσσας 165, 2024 Στρόβολος", "22 802400",
     "Σταθμό Λακατάμειας"),
    ("Πάφου", "ΠΑΦ", "Τσάδας", "Μαρία Ιωάννου", "Λεωφόρος Ελλάδος 48, 8020 Πάφος", "26 802500", "Σταθμό Πάφου"),
    ("Λάρνακας", "ΛΑΡ", "Ορόκλινης", "Κυριάκος Παπαδόπουλος", "Λεωφόρος Αρτέμιδος 12, 6031 Λάρνακα", "24 802600",
     "Σταθμό Λάρνακας"),
)  # fmt: skip
GRAMMATA = "αβγδεζηθ"
LATIN = {"ΛΕΜ": "limassol", "ΛΕΥ": "nicosia", "ΠΑΦ": "paphos", "ΛΑΡ": "larnaca"}


def _memo_line(d, label: str, text: str, bold: bool = False, underline: bool = False):
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(2))
    p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = Cm(2), Cm(-2)
    p.paragraph_format.space_after = Pt(2)
    _bold(p, f"{label}\t") if label else p.add_run("\t")
    r = p.add_run(text)
    r.bold, r.underline = bold or None, underline or None
    return p


def docx_bold_typed_pyrkagia_el(doc: Doc) -> bytes:
    """The command's wildfire situation report as the Word memo sent to the district officer."""
    when = report_day(doc)
    district, abbr, place, commander, address, phone, station = COMMANDS[PYRKAGIA.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    d = Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.different_first_page_header_footer = True
    d.styles["Normal"].font.name, d.styles["Normal"].font.size = "Arial", Pt(11)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _bold(p, "ΕΠΕΙΓΟΝ")
    p = _centred(d, "")
    p.add_run().add_picture(io.BytesIO(logo((184, 115, 51), "ΚΔ")), width=Cm(1.6))
    _centred(d, "ΚΥΠΡΙΑΚΗ ΔΗΜΟΚΡΑΤΙΑ", True, 11)
    _centred(d, "ΠΥΡΟΣΒΕΣΤΙΚΗ ΥΠΗΡΕΣΙΑ", True, 12)
    _centred(d, f"Πυροσβεστική Διοίκηση {district}", after=10)
    for line in (f"Αρ. Φακ.: ΠΥ/{abbr}/5.12.03/{doc.number}", f"{when.day} {MINON[when.month - 1]} {when.year}"):
        p = d.add_paragraph(line)
        p.alignment, p.paragraph_format.space_after = WD_ALIGN_PARAGRAPH.RIGHT, Pt(0)
    d.add_paragraph()
    _memo_line(d, "Προς:", f"Έπαρχο {district}")
    _memo_line(d, "Κοιν.:", "Αρχηγό Πυροσβεστικής Υπηρεσίας")
    _memo_line(d, "", "Διευθυντή Πολιτικής Άμυνας")
    _memo_line(d, "Από:", f"Πυροσβεστικό Διοικητή {district}")
    _memo_line(d, "Θέμα:", f"Δασική πυρκαγιά στην περιοχή {place} – Αναφορά Κατάστασης αρ. {doc.number}", True, True)
    p = d.add_paragraph(f"(Κατάσταση στις {h % 3 + 6:02d}:00 της {when.day}ης {MINON[when.month - 1]} {when.year})")
    p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(6), Pt(10)
    for s in doc.sections:
        number, _, name = s.heading.partition(". ")
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1))
        p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = Cm(1), Cm(-1)
        p.paragraph_format.space_before, p.paragraph_format.keep_with_next = Pt(6), True
        _bold(p, f"{number}.\t{name}")
        for k, it in enumerate(s.items):
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if s.key == "highlights":
                p.paragraph_format.left_indent = Cm(1)
                p.add_run(it.text)
                continue
            p.paragraph_format.tab_stops.add_tab_stop(Cm(2))
            p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = Cm(2), Cm(-1)
            _point(p, it, "el", f"({GRAMMATA[k]})\t")
    p = d.add_paragraph("Υποβάλλεται για ενημέρωσή σας.")
    p.paragraph_format.space_before = Pt(8)
    for line in ("", "", f"({commander})", f"Πυροσβεστικός Διοικητής {district}", "για Αρχηγό Πυροσβεστικής Υπηρεσίας"):
        p = d.add_paragraph(line)
        p.alignment, p.paragraph_format.space_after = WD_ALIGN_PARAGRAPH.CENTER, Pt(0)
        p.paragraph_format.left_indent = Cm(8)
    d.add_paragraph()
    _memo_line(d, "Κοιν.:", "Αρχηγό Πυροσβεστικής Υπηρεσίας")
    _memo_line(d, "", "Διευθυντή Πολιτικής Άμυνας")
    _memo_line(d, "", f"Πυροσβεστικό {station}")
    for foot in (sec.first_page_footer, sec.footer):
        fp = foot.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp.add_run(f"{address} · Τηλ.: {phone} · Φαξ: {phone[:3]}{int(phone[3:]) + 99} · "
                       f"Ηλ. ταχ.: {LATIN[abbr]}@fire.moj.gov.cy")  # fmt: skip
        r.font.size = Pt(8)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hp.add_run("- ")
    add_field(hp, "PAGE", "2")
    hp.add_run(" -")
    d.core_properties.author = f"Πυροσβεστική Διοίκηση {district}"
    d.core_properties.title = f"Αναφορά Κατάστασης αρ. {doc.number}"
    return _save(d)
