"""A report sent as a Chinese official document (公文): under the issuer's header and the document number, the
title in two centred lines ("…关于…的" over "…报告（第2期）"), the office it is addressed to ("…应急管理局："),
an opening paragraph closing "reported as follows:" ("…报告如下："), numbered sections and points whose lines run
on at the margin (a paragraph opens two characters in), points counted off in a paragraph ("一是…。二是…。"),
the closing formula ("特此报告。"), the seal's name and date, and whom copies go to ("抄送：…"). The title names
the report; the frame around the sections is no item.

Two layouts: a PDF set in a font the reader supplies (STSong-Light, whose glyphs report no height), and a Word
document with the same structure.
"""

from __future__ import annotations

import io

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

TITLE = ["某县应急管理局关于强降雨洪涝灾害", "有关情况的报告（第2期）"]
OPENING = ["某市应急管理局：", "7月1日以来，我县遭受持续强降雨袭击，部分乡镇发生洪涝灾害。现将有关情况报告如下："]
SECTIONS = {
    "一、总体情况": ["全县受灾人口12,509人，紧急转移安置群众2,619人，目前未接到人员伤亡报告，各项工作有序推进。"],
    "二、应对处置工作": ["组织专家对病险水库和山洪灾害危险区开展拉网式排查。", "向受灾群众发放方便食品和饮用水。"],
}
CLOSE = ["特此报告。", "某县应急管理局", "2025年7月2日", "抄送：市防汛抗旱指挥部办公室，县委办公室。"]
SIZE, MARGIN, MEASURE = 16, 80, 28  # a line holds 28 characters of 16 pt


def _lines(text: str, first: int) -> list[tuple[int, str]]:
    """The text set as a Chinese paragraph: the first line two characters in, the others at the margin, each line
    as full as the measure allows (figures are narrower than letters)."""
    out: list[tuple[int, str]] = []
    line = ""
    for ch in text:
        indent = first if not out else 0
        if stringWidth(line + ch, "STSong-Light", SIZE) > (MEASURE - indent) * SIZE:
            out.append((indent, line))
            line = ""
        line += ch
    out.append((first if not out else 0, line))
    return out


pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 760.0

    def put(text: str, x: float, size: float = SIZE) -> None:
        nonlocal y
        c.setFont("STSong-Light", size)
        c.drawString(x, y, text)
        y -= size * 1.75

    put("某县应急管理局文件", 150, 30)
    put("某应急〔2025〕28号", 230)
    y -= 20
    for line in TITLE:
        put(line, 297 - 10.5 * len(line), 21)
    put(OPENING[0], MARGIN)
    for indent, line in _lines(OPENING[1], 2):
        put(line, MARGIN + indent * SIZE)
    for heading, items in SECTIONS.items():
        put(heading, MARGIN + 2 * SIZE)
        if heading.startswith("二"):
            text = "".join(f"{mark}是{item}" for mark, item in zip("一二", items, strict=True))
            for indent, line in _lines(text, 2):
                put(line, MARGIN + indent * SIZE)
            continue
        for n, item in enumerate(items, 1):
            for indent, line in _lines(f"{n}.{item}", 2):
                put(line, MARGIN + indent * SIZE)
    put(CLOSE[0], MARGIN + 2 * SIZE)
    y -= 30
    for line in CLOSE[1:3]:
        put(line, 380)
    y -= 30
    put(CLOSE[3], MARGIN)
    c.save()
    return buf.getvalue()


def _docx() -> bytes:
    d = docx.Document()

    def para(text: str, centred: bool = False, size: int = SIZE, indent: bool = False) -> None:
        p = d.add_paragraph()
        run = p.add_run(text)
        run.font.size = Pt(size)
        if centred:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if indent:
            p.paragraph_format.first_line_indent = Pt(2 * size)

    para("某县应急管理局文件", centred=True, size=30)
    para("某应急〔2025〕28号", centred=True)
    for line in TITLE:
        para(line, centred=True, size=21)
    para(OPENING[0])
    para(OPENING[1], indent=True)
    for heading, items in SECTIONS.items():
        para(heading, indent=True)
        if heading.startswith("二"):
            para("".join(f"{mark}是{item}" for mark, item in zip("一二", items, strict=True)), indent=True)
            continue
        for n, item in enumerate(items, 1):
            para(f"{n}.{item}", indent=True)
    para(CLOSE[0], indent=True)
    for line in CLOSE[1:]:
        para(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize(("make", "name"), [(_pdf, "report.pdf"), (_docx, "report.docx")])
def test_the_letter_frame_is_no_item_and_the_title_names_the_report(make, name: str) -> None:
    report = parse_bytes(make(), name)[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.heading or s.items} == SECTIONS
    assert report.title == "".join(TITLE)
    assert report.number == 2
