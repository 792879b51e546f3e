"""Word writer of the ``blind52_layouts`` set (python-docx, in MyOffice's place): a Russian municipal duty and
dispatch service's information report on a heating failure in a hard frost, typed in MyOffice Text.

A Russian municipal administration after a boiler house failed and left blocks of flats without heating in a hard
frost: the information report ("информационное донесение") of its unified duty and dispatch service (МКУ «ЕДДС») to
the head of the emergencies commission and the regional crisis management centre, typed in MyOffice Text — the
Russian office suite that public bodies are required to use — and saved as .docx, in its Times-compatible XO Thames,
14 pt, as the state's rules for documents (GOST R 7.0.97) lay it out: the administration's and the service's names
centred in capitals over a rule with the address, the addressees at the right, the title "ИНФОРМАЦИОННОЕ ДОНЕСЕНИЕ
№ 4" with its subject and "(по состоянию на 08:00 16.01.2026)" centred, each section's name in bold after its number
("1. Краткая характеристика обстановки"), the summary as paragraphs and the other points as paragraphs typed after a
dash ("– "), justified with the first line indented, "Принимаемые меры:" in bold, the head of the service's post and
name parted by tabs, the executor and telephone in small type at the end, and the page number centred at the top from
the second page on; the package names MyOffice as its application. "3 400 руб.", "1,25 млн руб.", "1 250", "12 %",
"16 января", "(в предыдущем донесении: 5)".
"""

from __future__ import annotations

import io
import zipfile
import zlib

from blind7_layouts_content import report_day
from blind8_layouts_ooxml import add_field
from blind52_layouts_banks_away import TEPLO
from blind52_layouts_content import parts
from council_layouts_gold import Doc
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

SERVICES = (
    ("АДМИНИСТРАЦИЯ ГОРОДСКОГО ОКРУГА СЕРПУХОВ МОСКОВСКОЙ ОБЛАСТИ", "городского округа Серпухов",
     "ул. Советская, д. 88, г. Серпухов, Московская область, 142203", "8 (4967) 35-11-12", "Московской области",
     "А.В. Кузнецов", "Е.А. Петрова"),
    ("АДМИНИСТРАЦИЯ ГОРОДА БИЙСКА АЛТАЙСКОГО КРАЯ", "города Бийска", "ул. Ленина, д. 238, г. Бийск, Алтайский край, "
     "659300", "8 (3854) 32-46-12", "Алтайскому краю", "С.Н. Воробьёв", "О.В. Зайцева"),
    ("АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ «НЕРЮНГРИНСКИЙ РАЙОН»", "Нерюнгринского района", "пр. Дружбы Народов, "
     "д. 21, г. Нерюнгри, Республика Саха (Якутия), 678960", "8 (41147) 4-11-22", "Республике Саха (Якутия)",
     "Д.Г. Егоров", "Н.П. Сидорова"),
    ("АДМИНИСТРАЦИЯ ГОРОДА НОВОЧЕБОКСАРСКА ЧУВАШСКОЙ РЕСПУБЛИКИ", "города Новочебоксарска", "ул. Винокурова, д. 14, "
     "г. Новочебоксарск, Чувашская Республика, 429951", "8 (8352) 73-81-12", "Чувашской Республике", "И.Р. Николаев",
     "Т.М. Васильева"),
)  # fmt: skip
APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/'
       'officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
       'docPropsVTypes"><Application>MyOffice</Application><AppVersion>3.0</AppVersion><Pages>{pages}</Pages>'
       "</Properties>")  # fmt: skip


def _para(d, text: str = "", bold: bool = False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent: bool = True,
          size: float = 14):  # fmt: skip
    p = d.add_paragraph()
    p.alignment = align
    pf = p.paragraph_format
    pf.first_line_indent = Cm(1.25) if indent else None
    pf.space_after, pf.space_before = Pt(0), Pt(0)
    if text:
        r = p.add_run(text)
        r.bold, r.font.size = bold, Pt(size)
    return p


def _rule_below(p) -> None:
    border = '<w:bottom w:val="double" w:sz="6" w:space="1" w:color="000000"/>'
    p._p.get_or_add_pPr().append(parse_xml(f"<w:pBdr {nsdecls('w')}>{border}</w:pBdr>"))


def _point(p, it) -> None:
    risk, lead, rest = parts(it, "ru")
    p.add_run("– ")
    if lead:
        p.add_run(f"{risk} ")
        p.add_run(lead).bold = True
        p.add_run(f" {rest}")
    else:
        p.add_run(it.text)


def _myoffice(data: bytes, pages: int) -> bytes:
    """The package as MyOffice writes it: its own name in the extended properties."""
    src, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            z.writestr(info, APP.format(pages=pages).encode() if info.filename == "docProps/app.xml" else body)
    return out.getvalue()


def docx_myoffice_donesenie_teplo_ru(doc: Doc) -> bytes:
    """The duty service's information report on the heating failure, typed in MyOffice Text."""
    when = report_day(doc)
    k = TEPLO.organisations.index(doc.organisation)
    admin, place, address, phone, region, chief, executor = SERVICES[k]
    h = zlib.crc32(doc.title.encode())
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3.0), Cm(1.5), Cm(2.0), Cm(2.0)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "XO Thames", Pt(14)
    normal.element.rPr.rFonts.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", "XO Thames")
    normal.paragraph_format.space_after = Pt(0)
    sec.different_first_page_header_footer = True
    head = sec.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(head, "PAGE", "2")
    _para(d, admin, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=12)
    _para(d, "МУНИЦИПАЛЬНОЕ КАЗЁННОЕ УЧРЕЖДЕНИЕ", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=12)
    _para(d, "«ЕДИНАЯ ДЕЖУРНО-ДИСПЕТЧЕРСКАЯ СЛУЖБА»", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=12)
    p = _para(d, f"{address}, тел. {phone}, e-mail: edds@adm-{TEPLO.latin[k]}.ru", align=WD_ALIGN_PARAGRAPH.CENTER,
              indent=False, size=10)  # fmt: skip
    _rule_below(p)
    _para(d)
    right = Cm(9.0)
    for line in (f"Председателю КЧС и ОПБ {place}",
                 f"Начальнику ЦУКС ГУ МЧС России по {region}"):  # fmt: skip
        p = _para(d, line, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
        p.paragraph_format.left_indent = right
    _para(d)
    for line, bold in ((f"ИНФОРМАЦИОННОЕ ДОНЕСЕНИЕ № {doc.number}", True),
                       ("о ходе ликвидации чрезвычайной ситуации, связанной с аварией на объектах теплоснабжения",
                        False),
                       (f"(по состоянию на 08:00 {when:%d.%m.%Y})", False)):  # fmt: skip
        _para(d, line, bold=bold, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    _para(d)
    for s in doc.sections:
        p = _para(d, s.heading, bold=True)
        p.paragraph_format.space_before = Pt(6)
        for it in s.items:
            if s.key == "highlights":
                _para(d, it.text)
            else:
                _point(_para(d), it)
    _para(d)
    _para(d)
    p = _para(d, indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(13.5), WD_TAB_ALIGNMENT.LEFT)
    p.add_run(f"Начальник МКУ «ЕДДС»\t{chief}")
    for _ in range(3):
        _para(d)
    _para(d, f"Исп. {executor}", indent=False, align=WD_ALIGN_PARAGRAPH.LEFT, size=10)
    _para(d, f"{phone[:-2]}{h % 90 + 10}", indent=False, align=WD_ALIGN_PARAGRAPH.LEFT, size=10)
    d.core_properties.author = executor
    d.core_properties.title = f"Информационное донесение № {doc.number}"
    d.core_properties.language = "ru-RU"
    out = io.BytesIO()
    d.save(out)
    return _myoffice(out.getvalue(), 2)
