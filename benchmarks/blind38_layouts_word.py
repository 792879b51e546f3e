"""Word writer of the ``blind38_layouts`` set.

A Cambodian provincial committee for disaster management's flood report to the national committee, in Khmer, typed
in Word the way Cambodian government offices type their letters: the Khmer Unicode fonts of the Khmer OS family set on
the runs as the complex-script font (``w:rFonts w:cs``, "Khmer OS Muol Light" for the motto, the committee's name,
the title and the headings, "Khmer OS Siemreap" for the text), no heading styles (everything "Normal", the headings
told by their font and numbering alone); centred at the top the kingdom's motto "ព្រះរាជាណាចក្រកម្ពុជា" and
"ជាតិ សាសនា ព្រះមហាក្សត្រ" over the ornament typed as "3" in the decorative font "Tacteing" (which draws the ornament
in the place of the digit); at the left the committee's name, its number "លេខ៖ …" and the ornament again; the title
"របាយការណ៍" and "ស្ដីពី …" centred, "គោរពជូន" and the addressee, "កម្មវត្ថុ៖" and "យោង៖"; each section a numbered
heading in Khmer digits as typed ("១. សេចក្ដីសង្ខេប"), the summary as indented paragraphs, the other points opened
with "- ", "វិធានការ៖" inside a risk's point; the closing courtesies, the lunar date line (weekday, waxing day, month,
animal year, "ព.ស. ២៥៧០") and the solar date line, the chair's post and name, and "ចម្លងជូន៖" with its list. Khmer
digits, "៣.៤០០ ដុល្លារ", "១,២៥ លានដុល្លារ", "១.២៥០", "ទី១៦ ខែកញ្ញា", "(លើកមុន៖ ៥)".
"""

from __future__ import annotations

import zlib

from blind7_layouts_content import report_day
from blind32_layouts_word import _app, _save
from blind38_layouts_banks_world import MEKONG
from blind38_layouts_content import KM_DIGITS, KM_MONTHS, parts
from council_layouts_gold import Doc

MUOL, SIEMREAP = "Khmer OS Muol Light", "Khmer OS Siemreap"
PROVINCES = ("បាត់ដំបង", "ពោធិ៍សាត់", "កំពង់ធំ", "ព្រៃវែង")
GOVERNORS = ("សុខ លូ", "ខូយ រីដា", "ង៉ោន រតនៈ", "គួច ចំរើន")
KM_WEEK = ("ច័ន្ទ", "អង្គារ", "ពុធ", "ព្រហស្បតិ៍", "សុក្រ", "សៅរ៍", "អាទិត្យ")
LUNAR = ("ភទ្របទ", "អស្សុជ")  # the lunar months of late September and October


def _km(n: int | str) -> str:
    return str(n).translate(KM_DIGITS)


def _para(d, text: str, font: str = SIEMREAP, size: float = 11, align: int = 3, bold: bool = False,
          indent: float = 0, first: float = 0, after: float = 2):  # fmt: skip
    from docx.oxml import parse_xml
    from docx.shared import Cm, Pt

    p = d.add_paragraph()
    p.alignment = align
    pf = p.paragraph_format
    pf.space_after, pf.space_before = Pt(after), Pt(0)
    if indent:
        pf.left_indent = Cm(indent)
    if first:
        pf.first_line_indent = Cm(first)
    if text:
        r = p.add_run(text)
        rpr = r._r.get_or_add_rPr()
        rpr.append(parse_xml(
            '<w:rFonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            f'w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>'))  # fmt: skip
        r.font.size = Pt(size)
        rpr.append(parse_xml('<w:szCs xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                             f'w:val="{int(size * 2)}"/>'))  # fmt: skip
        if bold:
            r.bold = True
    return p


def _ornament(d, align: int) -> None:
    """The ornament, typed as "3" in the Tacteing font."""
    _para(d, "3", font="Tacteing", size=26, align=align, after=0)


def docx_khmer_pcdm(doc: Doc) -> bytes:
    """The provincial committee's flood report as its secretariat types it in Word with the Khmer OS fonts."""
    from docx import Document
    from docx.shared import Cm

    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = MEKONG.organisations.index(doc.organisation)
    prov = PROVINCES[k]
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(1.8), Cm(1.5), Cm(1.5)
    _para(d, "ព្រះរាជាណាចក្រកម្ពុជា", MUOL, 12, align=1, after=0)
    _para(d, "ជាតិ សាសនា ព្រះមហាក្សត្រ", MUOL, 11, align=1, after=0)
    _ornament(d, 1)
    _para(d, "គណៈកម្មាធិការគ្រប់គ្រងគ្រោះមហន្តរាយ", MUOL, 10, align=0, after=0)
    _para(d, f"ខេត្ត{prov}", MUOL, 10, align=0, after=0, indent=1.6)
    _para(d, f"លេខ៖ {_km(100 + h % 300)} គ.គ.ម.ខ", SIEMREAP, 11, align=0, after=0)
    _ornament(d, 0)
    _para(d, "របាយការណ៍", MUOL, 13, align=1, after=0)
    _para(d, f"ស្ដីពី ស្ថានភាពទឹកជំនន់ និងវិធានការឆ្លើយតប (លើកទី{_km(doc.number)})", MUOL, 11, align=1, after=6)
    _para(d, "គោរពជូន", MUOL, 11, align=1, after=0)
    _para(d, "សម្ដេចមហាបវរធិបតី ប្រធានគណៈកម្មាធិការជាតិគ្រប់គ្រងគ្រោះមហន្តរាយ", MUOL, 11, align=1, after=6)
    _para(d, f"កម្មវត្ថុ៖ ការរាយការណ៍ស្ដីពីស្ថានភាពទឹកជំនន់នៅខេត្ត{prov} គិតត្រឹមម៉ោង ១៧:០០ ថ្ងៃទី{_km(when.day)} "
             f"ខែ{KM_MONTHS[when.month - 1]} ឆ្នាំ{_km(when.year)}។", indent=2.2, first=-2.2)  # fmt: skip
    _para(d, "យោង៖ លិខិតណែនាំរបស់គណៈកម្មាធិការជាតិគ្រប់គ្រងគ្រោះមហន្តរាយ ស្ដីពីការត្រៀមបង្ការ និងឆ្លើយតបនឹងទឹកជំនន់។",
          indent=2.2, first=-2.2, after=4)  # fmt: skip
    _para(d, "តបតាមកម្មវត្ថុ និងយោងខាងលើ គណៈកម្មាធិការគ្រប់គ្រងគ្រោះមហន្តរាយខេត្ត សូមគោរពជម្រាបជូន "
             "សម្ដេចមហាបវរធិបតីប្រធាន មេត្តាជ្រាបនូវស្ថានភាពទឹកជំនន់ ដូចខាងក្រោម៖", first=1.25)  # fmt: skip
    for s in doc.sections:
        _para(d, s.heading, MUOL, 11, align=0, after=1)
        for it in s.items:
            if s.key == "highlights":
                _para(d, it.text, first=1.25)
                continue
            risk, lead, rest = parts(it, "km")
            text = f"{risk} {lead} {rest}" if lead else it.text
            _para(d, f"- {text}", indent=1.25, first=-0.5)
    _para(d, "អាស្រ័យដូចបានគោរពជម្រាបជូនខាងលើ សូមសម្ដេចមហាបវរធិបតីប្រធាន មេត្តាជ្រាបជាព័ត៌មាន។", first=1.25)
    _para(d, "សូមសម្ដេចមហាបវរធិបតីប្រធាន មេត្តាទទួលនូវការគោរពដ៏ខ្ពង់ខ្ពស់អំពីយើងខ្ញុំ។", first=1.25, after=8)
    lunar = (f"ថ្ងៃ{KM_WEEK[when.weekday()]} {_km(1 + h % 14)}កើត ខែ{LUNAR[when.month > 9]} ឆ្នាំមមី អដ្ឋស័ក "
             "ព.ស. ២៥៧០")  # fmt: skip
    _para(d, lunar, align=2, after=0)
    _para(d, f"ខេត្ត{prov} ថ្ងៃទី{_km(when.day)} ខែ{KM_MONTHS[when.month - 1]} ឆ្នាំ{_km(when.year)}", align=2,
          after=0)  # fmt: skip
    _para(d, "អភិបាលខេត្ត", MUOL, 11, align=2, after=0)
    _para(d, "ប្រធានគណៈកម្មាធិការគ្រប់គ្រងគ្រោះមហន្តរាយខេត្ត", MUOL, 11, align=2, after=36)
    _para(d, GOVERNORS[k], MUOL, 11, align=2, after=8)
    _para(d, "ចម្លងជូន៖", MUOL, 10, align=0, after=0)
    for cc in ("- ក្រសួងមហាផ្ទៃ", "- ទីស្ដីការគណៈរដ្ឋមន្ត្រី", "- សមាជិក គ.គ.ម.ខ", "- ឯកសារ-កាលប្បវត្តិ"):
        _para(d, cc, SIEMREAP, 10, align=0, after=0)
    d.core_properties.author = "PCDM"
    return _save(d, _app("Microsoft Office Word", "Normal.dotm", "16.0000"))
