"""Word writers of the ``blind61_layouts`` set (python-docx): a Lao provincial department's flood report as a state
letter, a Bengaluru zonal office's rain damage report as a letter whose report is a table, and a Mauritian police
division's cyclone SITREP in numbered paragraphs.

A provincial department of labour and social welfare of Laos, secretariat of the province's disaster committee, in a
Mekong flood: the "ບົດລາຍງານ" typed in Word in Phetsarath OT, the Lao Unicode font of the state's documents, on the
state letter's form — the emblem, "ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ" and the motto "ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ
ເອກະພາບ ວັດທະນະຖາວອນ" centred over "=====000=====", the province and department at the left and "ເລກທີ …" with place
and date at the right (a borderless table), the title, "ຮຽນ:", "ເລື່ອງ:", "ອີງຕາມ:" and the opening sentence, then
every line a "Normal" paragraph: each section's name typed bold after a Roman numeral ("I. ສະຫຼຸບຫຍໍ້"), the summary
as paragraphs, the points typed after "- ", "ມາດຕະການ:" in bold, the closing "ດັ່ງນັ້ນ, ຈຶ່ງລາຍງານມາຍັງທ່ານ …", and a
borderless table of "ບ່ອນສົ່ງ:" with its list beside the head of department's post and name; the page number in the
footer. "9,180 ລ້ານກີບ", "1,250", "16 ສິງຫາ", "(ບົດລາຍງານຄັ້ງກ່ອນ: 5)".

A zonal office of Bengaluru's municipal corporation (BBMP) in a week of urban flooding: the daily "ಮಳೆ ಹಾನಿ" report
typed in Word with Nudi, the state's Kannada keyboard, in the Tunga font, as a letter to the special commissioner —
the letterhead over a rule, "ಸಂಖ್ಯೆ: …" and "ದಿನಾಂಕ: …" on one line, "ಇವರಿಂದ:", "ಇವರಿಗೆ:", "ಮಾನ್ಯರೇ,", "ವಿಷಯ:",
"ಉಲ್ಲೇಖ:", "*****" and the opening sentence; then the report as a table "ಕ್ರ.ಸಂ. | ವಿವರ | ಮಾಹಿತಿ", one row a section —
its serial number, its name in bold and its points as paragraphs of the third cell, "ಕೈಗೊಂಡ ಕ್ರಮ:" in bold —; the
closing sentence, "ತಮ್ಮ ವಿಶ್ವಾಸಿ,", "ಸಹಿ/-", the joint commissioner, "ಪ್ರತಿ:" and its list, "ಪುಟ 1" in the footer.
"ರೂ. 3.74 ಕೋಟಿ", "1,25,000", "16.10.2026", "(ಹಿಂದಿನ ವರದಿ: 5)".

A division of the Mauritius Police Force under a cyclone warning: the "SITUATION REPORT" to the Commissioner of Police
typed in Word 2010 on the division's template (compatibility mode) — "RESTRICTED" in the header and footer, the crest,
"MAURITIUS POLICE FORCE", the division's headquarters, a table of From / To / Copy / Date-Time / Ref, the title bold
and underlined, then numbered paragraphs with run-in bold leads: each section's number and name in bold ("1. Summary."),
its first point in the same paragraph, the others paragraphs indented under it, "Police action:" in bold; the
signature with "(Sgd)", "Distribution:" and "Page 1 of 2". "Rs 19,720,000", "16 February", "(previous report: 5)".
"""

from __future__ import annotations

import io
import zlib
from datetime import timedelta

from blind7_layouts_content import report_day
from blind8_layouts_ooxml import add_field
from blind46_layouts_word import _save, _widths
from blind47_layouts_word import logo
from blind61_layouts_banks_away import MALE, NAMTHUAM
from blind61_layouts_banks_home import CYCLONE
from blind61_layouts_content import DEUAN, parts
from council_layouts_gold import Doc
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

W = nsdecls("w")


def _script(d, font: str, size: float, lang: str) -> None:
    """The "Normal" style in ``font`` for every script, the complex script's size and language included."""
    rpr = d.styles["Normal"].element.get_or_add_rPr()
    for old in rpr.findall(qn("w:rFonts")):
        rpr.remove(old)
    rpr.append(parse_xml(f'<w:rFonts {W} w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}"/>'))
    rpr.append(parse_xml(f'<w:sz {W} w:val="{round(size * 2)}"/>'))
    rpr.append(parse_xml(f'<w:szCs {W} w:val="{round(size * 2)}"/>'))
    rpr.append(parse_xml(f'<w:lang {W} w:val="en-US" w:bidi="{lang}"/>'))


def _bold(p, text: str, size: float | None = None):
    r = p.add_run(text)
    r.bold = True
    r._r.get_or_add_rPr().append(parse_xml(f"<w:bCs {W}/>"))
    if size:
        r.font.size = Pt(size)
        r._r.get_or_add_rPr().append(parse_xml(f'<w:szCs {W} w:val="{round(size * 2)}"/>'))
    return r


def _point(p, item, lang: str, prefix: str = "") -> None:
    risk, lead, rest = parts(item, lang)
    p.add_run(prefix + (risk if lead else item.text))
    if lead:
        p.add_run(" ")
        _bold(p, lead)
        p.add_run(f" {rest}")


def _centred(d, text: str, bold: bool = False, size: float | None = None, after: float = 0):
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(after)
    (_bold(p, text, size) if bold else p.add_run(text))
    return p


def _borderless(d, widths) -> object:
    t = d.add_table(rows=1, cols=len(widths))
    _widths(t, widths)
    return t


# ---------------------------------------------------------------- a Lao provincial department's state letter

PROVINCES = (
    ("ບໍລິຄຳໄຊ", "ປາກຊັນ", "ບຄ", "ບຸນທະວີ ສີສຸວັນ"),
    ("ຄຳມ່ວນ", "ທ່າແຂກ", "ຄມ", "ຄຳພອນ ວົງສາ"),
    ("ສະຫວັນນະເຂດ", "ໄກສອນ ພົມວິຫານ", "ສຂ", "ສົມສັກ ພົມມະຈັນ"),
    ("ຈຳປາສັກ", "ປາກເຊ", "ຈປ", "ວັນໄຊ ແສງສຸລິຍາ"),
)
PHETSARATH = "Phetsarath OT"


def docx_phetsarath_namthuam_lo(doc: Doc) -> bytes:
    """The department's flood report as the Word letter sent to the governor."""
    when = report_day(doc)
    prov, seat, abbr, head = PROVINCES[NAMTHUAM.organisations.index(doc.organisation)]
    day = f"{when.day} {DEUAN[when.month - 1]} {when.year}"
    d = Document()
    sec = d.sections[0]
    sec.left_margin, sec.right_margin, sec.top_margin = Cm(3), Cm(2), Cm(1.5)
    _script(d, PHETSARATH, 12, "lo-LA")
    p = _centred(d, "")
    p.add_run().add_picture(io.BytesIO(logo((190, 30, 45), "LAO")), width=Cm(1.8))
    _centred(d, "ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ", True, 13)
    _centred(d, "ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນ", True, 12)
    _centred(d, "=====000=====", after=6)
    t = _borderless(d, (Cm(8), Cm(8)))
    left, right = t.rows[0].cells
    _bold(left.paragraphs[0], f"ແຂວງ{prov}")
    left.add_paragraph("ພະແນກແຮງງານ ແລະ ສະຫວັດດີການສັງຄົມ")
    right.paragraphs[0].add_run(f"ເລກທີ {doc.number * 7 + 180:03d}/ພຮສ.{abbr}")
    right.add_paragraph(f"{seat}, ວັນທີ {when:%d/%m/%Y}")
    for cp in right.paragraphs:
        cp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _centred(d, "")
    _centred(d, "ບົດລາຍງານ", True, 15)
    _centred(d, f"ສະພາບໄພນ້ຳຖ້ວມ ແລະ ການຊ່ວຍເຫຼືອຜູ້ປະສົບໄພ ຄັ້ງທີ {doc.number}", True, 13, after=8)
    for lead, text in (("ຮຽນ:", f"ທ່ານ ເຈົ້າແຂວງ ແຂວງ{prov}, ປະທານຄະນະກຳມະການປ້ອງກັນ ແລະ ຄວບຄຸມໄພພິບັດ ແຂວງ"),
                       ("ເລື່ອງ:", f"ລາຍງານສະພາບໄພນ້ຳຖ້ວມ ປະຈຳວັນທີ {day}"),
                       ("ອີງຕາມ:", f"ແຈ້ງການຂອງຫ້ອງການແຂວງ{prov} ສະບັບເລກທີ 215/ຫກ.{abbr}")):  # fmt: skip
        p = d.add_paragraph()
        _bold(p, lead)
        p.add_run(f" {text}")
    p = d.add_paragraph(f"ພະແນກແຮງງານ ແລະ ສະຫວັດດີການສັງຄົມ ແຂວງ{prov} ຂໍລາຍງານສະພາບໄພນ້ຳຖ້ວມ ແລະ ການຊ່ວຍເຫຼືອ "
                        "ໃຫ້ທ່ານຊາບ ດັ່ງນີ້:")  # fmt: skip
    p.paragraph_format.first_line_indent = Cm(1.25)
    for s in doc.sections:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        _bold(p, s.heading)
        for it in s.items:
            p = d.add_paragraph()
            if s.key == "highlights":
                p.paragraph_format.first_line_indent = Cm(1.25)
                p.add_run(it.text)
            else:
                p.paragraph_format.left_indent = Cm(0.75)
                _point(p, it, "lo", "- ")
    p = d.add_paragraph("ດັ່ງນັ້ນ, ຈຶ່ງລາຍງານມາຍັງທ່ານ ເພື່ອຊາບ ແລະ ໃຫ້ທິດຊີ້ນຳຕື່ມ.")
    p.paragraph_format.first_line_indent, p.paragraph_format.space_before = Cm(1.25), Pt(6)
    t = _borderless(d, (Cm(8), Cm(8)))
    left, right = t.rows[0].cells
    _bold(left.paragraphs[0], "ບ່ອນສົ່ງ:")
    for line in ("- ຫ້ອງການແຂວງ 1 ສະບັບ", "- ກະຊວງແຮງງານ ແລະ ສະຫວັດດີການສັງຄົມ 1 ສະບັບ", "- ເກັບມ້ຽນ 1 ສະບັບ"):
        left.add_paragraph(line)
    right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    _bold(right.paragraphs[0], "ຫົວໜ້າພະແນກ")
    for line in ("", "", "", f"ທ່ານ {head}"):
        right.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(foot, "PAGE", "1")
    d.core_properties.author, d.core_properties.language = head, "lo-LA"
    d.core_properties.title = f"ບົດລາຍງານ ຄັ້ງທີ {doc.number}"
    return _save(d)


# ---------------------------------------------------------------- a BBMP zonal office's letter and its table

ZONES = (("ಮಹದೇವಪುರ", "ಮಪು", "ಐಟಿಪಿಎಲ್ ಮುಖ್ಯ ರಸ್ತೆ, ಕೆ.ಆರ್. ಪುರಂ, ಬೆಂಗಳೂರು – 560 036", "ಎಸ್. ಮಂಜುನಾಥ್"),
         ("ಬೊಮ್ಮನಹಳ್ಳಿ", "ಬೊಮ್ಮ", "ಹೊಸೂರು ಮುಖ್ಯ ರಸ್ತೆ, ಬೊಮ್ಮನಹಳ್ಳಿ, ಬೆಂಗಳೂರು – 560 068", "ಕೆ. ರೇಣುಕಾ"),
         ("ಯಲಹಂಕ", "ಯಲ", "ಯಲಹಂಕ ಉಪನಗರ, ಬೆಂಗಳೂರು – 560 064", "ಬಿ. ಆರ್. ಪ್ರಕಾಶ್"),
         ("ಪೂರ್ವ", "ಪೂವ", "ಇನ್‌ಫೆಂಟ್ರಿ ರಸ್ತೆ, ಶಿವಾಜಿನಗರ, ಬೆಂಗಳೂರು – 560 001", "ಎಂ. ಶೋಭಾ"))  # fmt: skip


def _shade(cell, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def docx_nudi_bbmp_male_kn(doc: Doc) -> bytes:
    """The zone's rain damage report as the Word letter sent to the special commissioner."""
    when = report_day(doc)
    zone, abbr, address, jc = ZONES[MALE.organisations.index(doc.organisation)]
    d = Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    _script(d, "Tunga", 11, "kn-IN")
    _centred(d, "ಬೃಹತ್ ಬೆಂಗಳೂರು ಮಹಾನಗರ ಪಾಲಿಕೆ", True, 16)
    _centred(d, f"ವಲಯ ಜಂಟಿ ಆಯುಕ್ತರ ಕಛೇರಿ, {zone} ವಲಯ", True, 12)
    p = _centred(d, address, after=8)
    p.paragraph_format.space_after = Pt(8)
    p._p.get_or_add_pPr().append(parse_xml(f'<w:pBdr {W}><w:bottom w:val="double" w:sz="6" w:space="4" '
                                           'w:color="000000"/></w:pBdr>'))  # fmt: skip
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    p.add_run(f"ಸಂಖ್ಯೆ: ಜಂಆ({abbr})/ವಿಪನಿ/ಸಿಆರ್-{doc.number}/2026-27\tದಿನಾಂಕ: {when:%d.%m.%Y}")
    for lead, lines in (("ಇವರಿಂದ:", ("ವಲಯ ಜಂಟಿ ಆಯುಕ್ತರು,", f"{zone} ವಲಯ, ಬೃ.ಬೆಂ.ಮ.ಪಾ.")),
                        ("ಇವರಿಗೆ:", ("ವಿಶೇಷ ಆಯುಕ್ತರು (ವಿಪತ್ತು ನಿರ್ವಹಣೆ),", "ಬೃಹತ್ ಬೆಂಗಳೂರು ಮಹಾನಗರ ಪಾಲಿಕೆ,",
                                     "ಎನ್.ಆರ್. ಚೌಕ, ಬೆಂಗಳೂರು – 560 002."))):  # fmt: skip
        _bold(d.add_paragraph(), lead)
        for line in lines:
            d.add_paragraph(line).paragraph_format.left_indent = Cm(1.5)
    d.add_paragraph("ಮಾನ್ಯರೇ,")
    for lead, text in (("ವಿಷಯ:", f"ಮಳೆ ಹಾನಿ ಕುರಿತು ದೈನಂದಿನ ವರದಿ ಸಲ್ಲಿಸುವ ಬಗ್ಗೆ – ವರದಿ ಸಂಖ್ಯೆ {doc.number}."),
                       ("ಉಲ್ಲೇಖ:", f"ವಿಶೇಷ ಆಯುಕ್ತರು (ವಿಪತ್ತು ನಿರ್ವಹಣೆ) ಇವರ ಸುತ್ತೋಲೆ ದಿನಾಂಕ: "
                                   f"{when - timedelta(days=doc.number + 2):%d.%m.%Y}.")):  # fmt: skip
        p = d.add_paragraph()
        p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = Cm(3), Cm(-1.5)
        _bold(p, f"{lead}\t")
        (_bold(p, text) if lead == "ವಿಷಯ:" else p.add_run(text))
    _centred(d, "*****", after=4)
    p = d.add_paragraph(
        f"ಮೇಲ್ಕಂಡ ವಿಷಯಕ್ಕೆ ಸಂಬಂಧಿಸಿದಂತೆ, ಉಲ್ಲೇಖಿತ ಸುತ್ತೋಲೆಯನ್ವಯ {zone} ವಲಯದಲ್ಲಿ ದಿನಾಂಕ "
        f"{when:%d.%m.%Y} ರ ಬೆಳಿಗ್ಗೆ 8.00 ಗಂಟೆಯವರೆಗಿನ ಮಳೆ ಹಾನಿಯ ವಿವರಗಳನ್ನು ಈ ಕೆಳಕಂಡಂತೆ ಸಲ್ಲಿಸಿದೆ:"
    )
    p.paragraph_format.first_line_indent = Cm(1.25)
    t = d.add_table(rows=1 + len(doc.sections), cols=3)
    t.style, t.alignment = "Table Grid", WD_TABLE_ALIGNMENT.CENTER
    _widths(t, (Cm(1.4), Cm(4.2), Cm(11.4)))
    t.rows[0]._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {W}/>"))
    for cell, text in zip(t.rows[0].cells, ("ಕ್ರ.ಸಂ.", "ವಿವರ", "ಮಾಹಿತಿ"), strict=True):
        _shade(cell, "D9D9D9")
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        _bold(cell.paragraphs[0], text)
    for k, (row, s) in enumerate(zip(t.rows[1:], doc.sections, strict=True), 1):
        row.cells[0].paragraphs[0].add_run(f"{k}.")
        row.cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        _bold(row.cells[1].paragraphs[0], s.heading)
        cell = row.cells[2]
        for n, it in enumerate(s.items):
            p = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
            p.paragraph_format.space_after = Pt(3)
            _point(p, it, "kn")
    p = d.add_paragraph("ಮೇಲ್ಕಂಡ ಮಾಹಿತಿಯನ್ನು ತಮ್ಮ ಅವಗಾಹನೆಗಾಗಿ ಸಲ್ಲಿಸಲಾಗಿದೆ.")
    p.paragraph_format.first_line_indent, p.paragraph_format.space_before = Cm(1.25), Pt(8)
    for line, bold in (("ತಮ್ಮ ವಿಶ್ವಾಸಿ,", False), ("ಸಹಿ/-", False), (f"({jc})", True), ("ವಲಯ ಜಂಟಿ ಆಯುಕ್ತರು,", True),
                       (f"{zone} ವಲಯ, ಬೃ.ಬೆಂ.ಮ.ಪಾ.", False)):  # fmt: skip
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(11)
        (_bold(p, line) if bold else p.add_run(line))
    _bold(d.add_paragraph(), "ಪ್ರತಿ:")
    for line in (f"1. ವಲಯ ಆಯುಕ್ತರು, {zone} ವಲಯ – ಮಾಹಿತಿಗಾಗಿ.", "2. ಕಛೇರಿ ಪ್ರತಿ."):
        d.add_paragraph(line).paragraph_format.left_indent = Cm(0.75)
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run("ಪುಟ ")
    add_field(foot, "PAGE", "1")
    d.core_properties.author, d.core_properties.language = jc, "kn-IN"
    d.core_properties.title = f"ಮಳೆ ಹಾನಿ ವರದಿ {doc.number} – {zone}"
    return _save(d)


# ---------------------------------------------------------------- a Mauritian police division's SITREP

DIVISIONS = (("NORTHERN", "Pamplemousses", "NDHQ", "R. Dookhun", "Assistant Commissioner of Police"),
             ("EASTERN", "Flacq", "EDHQ", "J. P. Lagesse", "Superintendent of Police"),
             ("SOUTHERN", "Rose Belle", "SDHQ", "S. Ramsamy", "Assistant Commissioner of Police"),
             ("WESTERN", "Rose Hill", "WDHQ", "M. A. Bhugaloo", "Superintendent of Police"))  # fmt: skip
NAVY = RGBColor(0x1F, 0x2A, 0x5A)


def _compat_2010(d) -> None:
    """The template's settings from Word 2010: compatibility mode 14."""
    settings = d.settings.element
    for old in settings.findall(qn("w:compat")):
        settings.remove(old)
    settings.append(parse_xml(f'<w:compat {W}><w:compatSetting w:name="compatibilityMode" '
                              'w:uri="http://schemas.microsoft.com/office/word" w:val="14"/></w:compat>'))  # fmt: skip


def docx_word2010_police_cyclone_mu(doc: Doc) -> bytes:
    """The division's cyclone SITREP as the Word file sent to the Commissioner of Police."""
    when = report_day(doc)
    division, seat, hq, name, rank = DIVISIONS[CYCLONE.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    d = Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    d.styles["Normal"].font.name, d.styles["Normal"].font.size = "Arial", Pt(11)
    _compat_2010(d)
    for part in (sec.header.paragraphs[0], sec.footer.paragraphs[0]):
        part.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = part.add_run("RESTRICTED")
        r.bold, r.font.size = True, Pt(10)
    foot = sec.footer.add_paragraph()
    foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot.add_run("Page ").font.size = Pt(8)
    add_field(foot, "PAGE", "1")
    foot.add_run(" of ").font.size = Pt(8)
    add_field(foot, "NUMPAGES", "2")
    p = _centred(d, "")
    p.add_run().add_picture(io.BytesIO(logo((31, 42, 90), "MPF")), width=Cm(1.9))
    _centred(d, "MAURITIUS POLICE FORCE", True, 14).runs[0].font.color.rgb = NAVY
    _centred(d, f"{division} DIVISION HEADQUARTERS, {seat.upper()}", True, 11, after=8)
    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    _widths(t, (Cm(3.2), Cm(12.8)))
    rows = (("From:", f"Divisional Commander, {division.title()} Division"),
            ("To:", "Commissioner of Police (Attn: National Emergency Operations Command)"),
            ("Copy:", "Deputy Commissioner of Police (Operations)"),
            ("Date/Time:", f"{when:%d/%m/%Y} at 0{h % 3 + 6}:00 hrs"),
            ("Ref:", f"{hq}/OPS/CYC/{when:%y}/{doc.number:02d}"))  # fmt: skip
    for row, (a, b) in zip(t.rows, rows, strict=True):
        row.cells[0].paragraphs[0].add_run(a).bold = True
        row.cells[1].paragraphs[0].add_run(b)
    p = _centred(d, "", after=6)
    p.paragraph_format.space_before = Pt(12)
    r = p.add_run(f"SITUATION REPORT No. {doc.number} – CYCLONIC CONDITIONS")
    r.bold, r.underline = True, True
    for s in doc.sections:
        number, _, label = s.heading.partition(". ")
        for n, it in enumerate(s.items):
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(6)
            p.paragraph_format.left_indent = Cm(1.27)
            if n == 0:
                p.paragraph_format.first_line_indent = Cm(-1.27)
                p.paragraph_format.tab_stops.add_tab_stop(Cm(1.27))
                p.add_run(f"{number}.\t{label}.").bold = True
                p.add_run(" ")
            _point(p, it, "mu")
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(18)
    p.add_run(f"(Sgd) {name}").bold = True
    d.add_paragraph(rank)
    d.add_paragraph(f"Divisional Commander, {division.title()} Division")
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.add_run("Distribution:").bold = True
    for line in ("Commissioner of Police", "NEOC, Line Barracks", f"District Commander, {seat}", "File"):
        d.add_paragraph(line).paragraph_format.left_indent = Cm(1.27)
    d.core_properties.author, d.core_properties.title = f"{hq} Operations Room", f"SITREP {doc.number} {division}"
    return _save(d)
