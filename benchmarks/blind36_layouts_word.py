"""Word writer of the ``blind36_layouts`` set.

A Tajik district civil defence headquarters' daily information note ("маълумотнома") on mudflows, in Tajik, typed in
Word as a government office types it (Times New Roman 14, justified, the first line indented 1.25 cm): at the top a
borderless table, the republic's and the committee's names and the headquarters' own in capitals in the left cell
over the register number "№ 12/3-… аз 16.05.2026", the addressee "Ба Раиси ноҳияи …" and his name in the right; the
centred "МАЪЛУМОТНОМА", what it is about and "(аз ҳолати соати 08:00-и …)"; each section a bold centred paragraph
numbered by hand with a Roman numeral ("I. Хулоса", "II. Вазъияти ҷорӣ" …), not a heading style; the summary as
paragraphs, every other point a paragraph typed with an en dash ("– ") on the indented first line, "Чораҳо:" bold
inside a risk's point; the signature as a borderless table (the head's post and rank at the left, his initials and
name at the right), the executor "Иҷрокунанда:" and his telephone in small type at the foot, the page number in the
footer. "3 400 сомонӣ", "1,25 млн сомонӣ", "1 250", "16 май", "(ҳисоботи қаблӣ: 5)".
"""

from __future__ import annotations

import zlib

from blind7_layouts_content import report_day
from blind32_layouts_word import _app, _field, _save
from blind36_layouts_banks_world import MUDFLOW
from blind36_layouts_content import TJ_MONTHS, parts
from council_layouts_gold import Doc

HEADS = ("Ф. Насруллоев", "Ш. Раҳимзода", "Д. Юсуфов", "А. Бобоев")
CHAIRS = ("Н. Саидзода", "М. Абдуллозода", "Ҷ. Шарифзода", "С. Ҳакимов")
CLERKS = ("Р. Қодиров", "М. Назарова", "Б. Ғаффоров", "З. Алиева")
NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _para(d, text: str = "", bold: bool = False, centre: bool = False, size: float | None = None, indent=True):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if centre else WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.first_line_indent = Cm(1.25) if indent and not centre else None
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    return p


def _borderless(table) -> None:
    from docx.oxml import parse_xml

    borders = "".join(f'<w:{b} w:val="nil"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
    table._tbl.tblPr.append(parse_xml(f"<w:tblBorders {NS}>{borders}</w:tblBorders>"))


def _cell_lines(cell, lines: list[tuple[str, bool]], size: float, centre: bool) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p = cell.paragraphs[0]
    for k, (text, bold) in enumerate(lines):
        if k:
            p = cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if centre else WD_ALIGN_PARAGRAPH.LEFT
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(text)
        r.bold, r.font.size = bold, Pt(size)


def docx_malumotnoma_tj(doc: Doc) -> bytes:
    """The headquarters' information note as typed in Word."""
    from docx import Document
    from docx.shared import Cm, Pt

    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = MUDFLOW.organisations.index(doc.organisation)
    district = doc.organisation.rsplit(" ", 1)[1]
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(1.5), Cm(2), Cm(2)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(14)
    normal.paragraph_format.space_after, normal.paragraph_format.line_spacing = Pt(0), 1.0
    d.core_properties.author = CLERKS[k]
    d.core_properties.title = "Маълумотнома"
    top = d.add_table(rows=1, cols=2)
    _borderless(top)
    _cell_lines(top.cell(0, 0), [("ҶУМҲУРИИ ТОҶИКИСТОН", True), ("КУМИТАИ ҲОЛАТҲОИ ФАВҚУЛОДДА ВА МУДОФИАИ", True),
                                 ("ГРАЖДАНИИ НАЗДИ ҲУКУМАТИ", True), ("ҶУМҲУРИИ ТОҶИКИСТОН", True),
                                 (doc.organisation.upper(), True), ("", False),
                                 (f"№ 12/3-{200 + h % 700} аз {when:%d.%m.%Y}", False)], 10.5, True)  # fmt: skip
    _cell_lines(top.cell(0, 1), [("", False), ("Ба Раиси ноҳияи " + district, True), (f"ҷаноби {CHAIRS[k]}", True)],
                14, False)  # fmt: skip
    d.add_paragraph()
    _para(d, "МАЪЛУМОТНОМА", bold=True, centre=True)
    _para(d, f"дар бораи вазъият ва оқибатҳои сел дар ноҳияи {district}", centre=True)
    p = _para(d, centre=True)
    p.add_run(f"(аз ҳолати соати 08:00-и {when.day} {TJ_MONTHS[when.month - 1]} соли {when.year})").italic = True
    for s in doc.sections:
        hp = _para(d, s.heading, bold=True, centre=True)
        hp.paragraph_format.space_before, hp.paragraph_format.space_after = Pt(10), Pt(4)
        for it in s.items:
            if s.key == "highlights":
                _para(d, it.text)
                continue
            risk, lead, rest = parts(it, "tj")
            p = _para(d, f"– {risk}" if lead else f"– {it.text}")
            if lead:
                p.add_run(" ")
                p.add_run(lead).bold = True
                p.add_run(f" {rest}")
    d.add_paragraph()
    d.add_paragraph()
    sign = d.add_table(rows=1, cols=2)
    _borderless(sign)
    _cell_lines(sign.cell(0, 0), [("Сардори ситоди мудофиаи", True), (f"граждании ноҳияи {district},", True),
                                  ("полковник", True)], 14, False)  # fmt: skip
    _cell_lines(sign.cell(0, 1), [("", False), ("", False), (HEADS[k], True)], 14, False)
    sign.cell(0, 1).paragraphs[-1].alignment = 2  # right
    for _ in range(3):
        d.add_paragraph()
    for line in (f"Иҷрокунанда: {CLERKS[k]}", f"тел.: (+992) 35{50 + k} 2-{10 + h % 80}-{10 + (h >> 3) % 80}"):
        _para(d, line, size=10, indent=False)
    foot = sec.footer.paragraphs[0]
    foot.alignment = 1
    _field(foot, "PAGE", "1")
    return _save(d, _app("Microsoft Office Word", "Normal.dotm", "16.0000"))
