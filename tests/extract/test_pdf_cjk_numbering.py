"""Chinese and Japanese PDFs: the numbers a Chinese document heads its parts with ("一、", "（一）") make
headings, kept as printed with no space after them; its points numbered "1." with no space are items; a
point wrapped onto the next line runs on with no space; the Japanese "・" marks a point. Set on a canvas in
reportlab's own CID fonts (not embedded, as a reader's own Chinese or Japanese type is): a county report in
Simplified Chinese and a city report in Japanese."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

CHINESE = [
    ("一、总体情况", ["受强降雨影响，全县多个乡镇发生洪涝灾害，部分低洼地区仍有较深积水。", "全县受灾人口12,509人。"]),
    ("二、灾情损失", ["部分县乡道路因塌方中断，正在组织抢通。", "农作物受灾面积47,722亩。"]),
    ("（一）力量投入", ["累计投入抢险救援人员3,519人次。"]),
    ("（二）资金保障", ["已下拨县级救灾资金45.4万元。"]),
]
JAPANESE = [
    ("概要", ["記録的な大雨により、市内各地で浸水被害が発生した。", "避難指示の対象世帯数2,536世帯。"]),
    ("被害の状況", ["床上浸水327棟。", "市道の一部が土砂崩れにより通行止めとなっている。"]),
]
WIDTH = 18  # characters to a line


def _chinese() -> bytes:
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    w, h = A4
    c.setFont("STSong-Light", 20)
    c.drawCentredString(w / 2, h - 80, "洪涝灾害情况报告（第1期）")
    y = h - 130
    for heading, points in CHINESE:
        c.setFont("STSong-Light", 16)
        c.drawString(110, y, heading)
        y -= 28
        for n, point in enumerate(points, 1):
            text = f"{n}.{point}"
            lines = [text[k : k + WIDTH] for k in range(0, len(text), WIDTH)]
            for k, line in enumerate(lines):
                c.drawString(110 if k == 0 else 78, y, line)
                y -= 28
    c.showPage()
    c.save()
    return buf.getvalue()


def _japanese() -> bytes:
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    w, h = A4
    c.setFont("HeiseiMin-W3", 18)
    c.drawCentredString(w / 2, h - 80, "大雨に係る被害状況等について（第1報）")
    y = h - 130
    for heading, points in JAPANESE:
        c.setFont("HeiseiMin-W3", 14)
        c.drawString(70, y, heading)
        y -= 24
        c.setFont("HeiseiMin-W3", 11)
        for point in points:
            c.drawString(90, y, "・")
            c.drawString(103, y, point)
            y -= 20
        y -= 10
    c.showPage()
    c.save()
    return buf.getvalue()


def _read(data: bytes) -> list[tuple[str | None, list[str]]]:
    report = parse_bytes(data, "report.pdf")[0]
    return [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items]


def test_a_chinese_documents_numbered_parts_and_points() -> None:
    got = [(h, points) for h, points in _read(_chinese()) if points and h]  # the title: the vocabulary's job
    assert got == [(h, points) for h, points in CHINESE]


def test_japanese_points_marked_with_a_middle_dot_are_items_each() -> None:
    got = dict(_read(_japanese()))
    assert got["被害の状況"] == JAPANESE[1][1]
    assert got["概要"] == JAPANESE[0][1]
