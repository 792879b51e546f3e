"""A line of Chinese or Japanese type the reader supplies (a font not embedded, whose glyphs have no height) with a
figure in it that has a comma ("7,786"): the comma reaches under the baseline, so the line's rectangle starts lower
than its glyphs. The line is still read in its type's size, not in the figures' height: on a later page it is no
small print, and its figure is kept as printed."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))

CHINESE = {
    "font": "STSong-Light",
    "title": "关于强降雨洪涝灾害有关情况的报告",
    "headings": ["一、总体情况", "二、应对处置工作"],
    "filler": "全县多个乡镇发生洪涝灾害，县应急管理局会同有关部门全力做好防汛救灾工作。",
    "point": "紧急转移安置受威胁群众7,786人，发放救灾物资1,250件。",
}
JAPANESE = {
    "font": "HeiseiMin-W3",
    "title": "大雨に係る被害状況等について",
    "headings": ["１　被害の状況", "２　市の対応状況"],
    "filler": "市内の各地区で浸水被害が発生しており、関係機関と連携して対応を進めている。",
    "point": "避難所に避難している住民は7,786人、給水車による給水は1,250件である。",
}


def _pdf(lang: dict) -> bytes:
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    font, size = lang["font"], 16
    c.setFont(font, 18)
    c.drawString(70, 780, lang["title"])
    y = 740
    c.setFont(font, size)
    c.drawString(70, y, lang["headings"][0])
    for _ in range(30):  # the first page filled with the situation's text
        y -= 22
        c.drawString(70, y, lang["filler"])
    c.showPage()
    c.setFont(font, size)
    c.drawString(70, 780, lang["headings"][1])
    c.drawString(84, 756, lang["point"])
    c.drawString(84, 734, lang["filler"])
    c.save()
    return out.getvalue()


@pytest.mark.parametrize("lang", [CHINESE, JAPANESE], ids=["chinese", "japanese"])
def test_a_line_with_a_figure_and_its_comma_is_read_in_its_type_size(lang: dict) -> None:
    report = parse_bytes(_pdf(lang), "report.pdf")[0]
    texts = [i.text for i in report.items()]
    assert lang["point"] in texts
    assert not any("small print" in w for w in report.warnings)
