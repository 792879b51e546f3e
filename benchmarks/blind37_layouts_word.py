"""Word writer of the ``blind37_layouts`` set.

A Tatarstan district executive committee's daily "оператив мәгълүмат" on the spring flood, in Tatar, typed in Word,
printed, signed and stamped, scanned by the district's duty and dispatch service and turned back into Word with ABBYY
FineReader (Russian interface, "Editable copy"), the file the service sends on: each scanned page a section of its own
(a page break between them), the styles FineReader makes of what it recognised — "Основной текст (2)" for the body,
"Заголовок №1" for the headings (custom styles, no outline level, the bold set on the runs as well), "Колонтитул" for
the page number typed at the head of every page after the first, "Подпись к таблице" for a table's caption,
"Основной текст (3)" for the small print —, the text's width squeezed (``w:w``) and the line spacing exact; at the
top the letterhead as a borderless table (the committee's name in Russian at the left, the emblem's picture in the
middle, in Tatar at the right), the address line, the register number and date at the left and the addressee at the
right; the centred title "ОПЕРАТИВ МӘГЪЛҮМАТ", what it is about, the number and "(… торышына)"; each section a numbered
heading ("1. Кыскача мәгълүмат" …), the summary as indented paragraphs, every other point a paragraph opened with
"– ", a point that ran over the page's end two paragraphs (FineReader does not join across pages); under the damage a
captioned table of the villages (not items), the risks a table № | Куркыныч | Чаралар | Җаваплы (a table that runs
over a page break is two tables, the second without its header row, as two scans give); the head's post and name
round his signature's picture, the seal's recognised ring of text in a frame, and the executor and his telephone in
small type. "3 400 сум", "1,25 млн сум", "1 250", "16 апрель", "(узган хисапта: 5)".
"""

from __future__ import annotations

import io
import math
import zlib

from blind7_layouts_content import report_day
from blind32_layouts_word import _app, _save
from blind37_layouts_banks_world import SPRING_FLOOD
from council_layouts_gold import Doc

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
RU = {"Актаныш": "АКТАНЫШСКОГО", "Мамадыш": "МАМАДЫШСКОГО", "Балтач": "БАЛТАСИНСКОГО", "Саба": "САБИНСКОГО"}
HEADS_TT = ("И.Ф. Гыйлемханов", "Р.М. Сәлахов", "А.Н. Миңнегулов", "Ф.Ф. Хуҗин")
CHAIRS_TT = ("Ф.Р. Габдуллин", "М.Х. Нуриев", "Р.Р. Исмәгыйлев", "Э.Ш. Шәрипов")
CLERKS_TT = ("Р.Р. Хәйруллина", "Г.М. Сафина", "Л.И. Закирова", "Д.А. Ахметова")
VILLAGES = {"Актаныш": ("Түбән Ык", "Пучы", "Иске Байсар"), "Мамадыш": ("Түбән Ошма", "Олы Шия", "Омар"),
            "Балтач": ("Шода", "Карадуган", "Норма"), "Саба": ("Шәмәрдән", "Тимершык", "Олы Кибәче")}  # fmt: skip
OWNERS_TT = ("ГО һәм ГТХ бүлеге", "Үзәк район хастаханәсе", "Авыл җирлеге башлыгы", "Юл хуҗалыгы идарәсе")
CHARS, LINES = 64, 48  # the typed original: Times New Roman 14 on A4


def _png(w: int, h: int, colour: tuple[int, int, int]) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (w, h), colour).save(buf, format="PNG")
    return buf.getvalue()


def _styles(d) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml
    from docx.shared import Pt

    for name, size, bold in (("Основной текст (2)", 14, False), ("Заголовок №1", 14, True),
                             ("Колонтитул", 10, False), ("Подпись к таблице", 12, True),
                             ("Основной текст (3)", 10, False)):  # fmt: skip
        st = d.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = d.styles["Normal"]
        st.font.name, st.font.size, st.font.bold = "Times New Roman", Pt(size), bold
        st.paragraph_format.space_after = Pt(0)
        st.paragraph_format.line_spacing = Pt(size + 1)  # FineReader's exact spacing, from the scan
        st.element.get_or_add_rPr().append(parse_xml(f'<w:w {W} w:val="{96 if size > 12 else 100}"/>'))


class _Pages:
    """The scan's pages: a section each, the page number typed at the head of every page after the first."""

    def __init__(self, d) -> None:
        self.d, self.page, self.left = d, 1, LINES

    def new(self) -> None:
        from docx.enum.section import WD_SECTION

        self.d.add_section(WD_SECTION.NEW_PAGE)
        self.page += 1
        self.left = LINES - 2
        self.para(str(self.page), "Колонтитул", centre=True, lines=0)

    def para(self, text: str, style: str, bold: bool = False, centre: bool = False, indent: bool = False,
             lines: int | None = None, split: bool = False, keep: bool = False):  # fmt: skip
        from docx.shared import Cm

        if keep and self.left <= 1:  # a heading is kept with the line after it
            self.new()
        need = math.ceil(len(text) / CHARS) if lines is None else lines
        if need > self.left and split and self.left >= 1:
            cut = text.rfind(" ", 0, self.left * CHARS)
            self.para(text[:cut], style, bold, centre, indent, lines=self.left)
            self.new()
            return self.para(text[cut + 1 :], style, bold, centre, False, split=True)
        if need > self.left:
            self.new()
        self.left -= need
        p = self.d.add_paragraph(style=style)
        p.alignment = 1 if centre else 3
        if indent:
            p.paragraph_format.first_line_indent = Cm(1.25)
        if text:
            p.add_run(text).bold = bold or None
        return p

    def table(self, rows: list[list[str]], widths: list[float], header: bool) -> None:
        """A table recognised on one page; the rows that do not fit go on as a table of their own on the next."""
        chunk: list[list[str]] = []
        for row in rows:
            need = max(math.ceil(len(c) / max(8, int(CHARS * w / 17))) for c, w in zip(row, widths, strict=True))
            if need > self.left and chunk:
                self._table(chunk, widths, header and chunk[0] is rows[0])
                chunk = []
                self.new()
            self.left -= need
            chunk.append(row)
        if chunk:
            self._table(chunk, widths, header and chunk[0] is rows[0])
        self.left -= 1
        self.d.add_paragraph(style="Основной текст (2)")

    def _table(self, rows: list[list[str]], widths: list[float], header: bool) -> None:
        from docx.shared import Cm

        t = self.d.add_table(rows=len(rows), cols=len(widths))
        t.style = self.d.styles["Table Grid"]
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                cell = t.cell(r, c)
                cell.width = Cm(widths[c])
                p = cell.paragraphs[0]
                p.style = self.d.styles["Основной текст (2)"]
                p.add_run(text).bold = (header and r == 0) or None


def _frame(p, x: int, y: int, w: int) -> None:
    from docx.oxml import parse_xml

    p._p.get_or_add_pPr().insert(0, parse_xml(f'<w:framePr {W} w:w="{w}" w:hSpace="180" w:wrap="notBeside" '
                                              f'w:vAnchor="text" w:hAnchor="page" w:x="{x}" w:y="{y}"/>'))  # fmt: skip


def docx_finereader_tashu_tt(doc: Doc) -> bytes:
    """The executive committee's flood report as FineReader's Word file of the signed scan."""
    from docx import Document
    from docx.shared import Cm, Pt

    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = SPRING_FLOOD.organisations.index(doc.organisation)
    rayon = doc.organisation.split(" ", 1)[0]
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(2.4), Cm(1.4), Cm(1.5), Cm(1.2)
    d.styles["Normal"].font.name, d.styles["Normal"].font.size = "Times New Roman", Pt(12)
    _styles(d)
    pages = _Pages(d)
    top = d.add_table(rows=1, cols=3)
    for c, lines in (
        (0, ["ИСПОЛНИТЕЛЬНЫЙ КОМИТЕТ", f"{RU[rayon]} МУНИЦИПАЛЬНОГО", "РАЙОНА РЕСПУБЛИКИ ТАТАРСТАН"]),
        (2, ["ТАТАРСТАН РЕСПУБЛИКАСЫ", f"{rayon.upper()} МУНИЦИПАЛЬ", "РАЙОНЫ БАШКАРМА КОМИТЕТЫ"]),
    ):
        cell = top.cell(0, c)
        for j, line in enumerate(lines):
            p = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
            p.style, p.alignment = d.styles["Основной текст (3)"], 1
            p.add_run(line).bold = True
    top.cell(0, 1).paragraphs[0].add_run().add_picture(io.BytesIO(_png(60, 66, (40, 110, 60))), width=Cm(1.6))
    pages.left -= 7
    pages.para(f"{rayon} ав., Ленин ур., 17 нче йорт, 42374{k} · тел. 8 (8555{k + 2}) 3-12-{30 + h % 60} · "
               f"{SPRING_FLOOD.latin[k]}.ik@tatar.example.ru", "Основной текст (3)", centre=True, lines=1)  # fmt: skip
    pages.para("", "Основной текст (2)", lines=1)
    p = pages.para(f"{when:%d.%m.%Y}  № 01-12/{300 + h % 600}", "Основной текст (2)", lines=1)
    p.alignment = 0
    for line in (f"{rayon} муниципаль районы Башлыгына", f"{CHAIRS_TT[k]} әфәндегә"):
        pages.para(line, "Основной текст (2)", lines=1).paragraph_format.left_indent = Cm(10)
    pages.para("", "Основной текст (2)", lines=1)
    pages.para("ОПЕРАТИВ МӘГЪЛҮМАТ", "Заголовок №1", bold=True, centre=True, lines=1)
    pages.para(f"{rayon} муниципаль районында язгы ташу барышы турында", "Основной текст (2)", centre=True, lines=1)
    pages.para(f"№ {doc.number} ({when:%d.%m.%Y}, сәгать 08:00 торышына)", "Основной текст (2)", centre=True, lines=2)
    villages = VILLAGES[rayon]
    for s in doc.sections:
        pages.para(s.heading, "Заголовок №1", bold=True, lines=1, keep=True)
        if s.risks:
            rows = [["№", "Куркыныч", "Чаралар", "Җаваплы"]]
            rows += [
                [f"{j + 1}.", it.body, it.mitigation or "", OWNERS_TT[(h + j) % 4]] for j, it in enumerate(s.items)
            ]
            pages.table(rows, [1.0, 7.2, 6.3, 3.2], header=True)
            continue
        for it in s.items:
            if s.key == "highlights":
                pages.para(it.text, "Основной текст (2)", indent=True, split=True)
            else:
                pages.para(f"– {it.text}", "Основной текст (2)", indent=True, split=True)
        if s.key == "impacts":
            pages.para("Торак пунктлар буенча мәгълүмат", "Подпись к таблице", bold=True, centre=True, lines=1)
            nums = [(5 + (h >> j) % 40, 3 + (h >> (j + 4)) % 60) for j in range(3)]
            rows = [["Торак пункт", "Су баскан йортлар", "Күчерелгән кешеләр"]]
            rows += [[v, str(a), str(b)] for v, (a, b) in zip(villages, nums, strict=True)]
            rows.append(["Барлыгы", str(sum(a for a, _ in nums)), str(sum(b for _, b in nums))])
            pages.table(rows, [7.0, 5.0, 5.0], header=True)
    pages.para("", "Основной текст (2)", lines=2)
    sign = d.add_table(rows=1, cols=3)
    sign.cell(0, 0).paragraphs[0].add_run("Башкарма комитет җитәкчесе")
    sign.cell(0, 1).paragraphs[0].add_run().add_picture(io.BytesIO(_png(90, 30, (30, 40, 120))), width=Cm(2.4))
    sign.cell(0, 2).paragraphs[0].add_run(HEADS_TT[k])
    for c in range(3):
        sign.cell(0, c).paragraphs[0].style = d.styles["Основной текст (2)"]
    seal = d.add_paragraph(f"{rayon.upper()} МУНИЦИПАЛЬ РАЙОНЫ * БАШКАРМА КОМИТЕТЫ * ИСПОЛНИТЕЛЬНЫЙ КОМИТЕТ",
                           style="Основной текст (3)")  # fmt: skip
    _frame(seal, 3600 + h % 400, 120, 2200)
    for line in (f"Башкаручы: {CLERKS_TT[k]}", f"тел. 8 (8555{k + 2}) 3-15-{10 + h % 80}"):
        d.add_paragraph(line, style="Основной текст (3)")
    d.core_properties.author = ""
    d.core_properties.title = ""
    return _save(d, _app("ABBYY FineReader", "", "15.0000"))
