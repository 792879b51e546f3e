"""Justified text tells where its paragraphs end: every line of a justified paragraph but its last runs to the right
edge, so a line ending its sentence short of that edge ends the paragraph, however little room it left for the
next word ("- Tiếp tục tìm kiếm … đến ngày 12/9." over "Ủy ban nhân dân tỉnh … trân trọng báo cáo./."). In ragged
text the same line may be a wrap, so there it stays one paragraph. Headings in capitals after a Roman numeral, in a
language of short words with accents ("IV. CÔNG TÁC TÌM KIẾM, CỨU NẠN"), are headings, not a table's header row of
column codes; a line centred over a paragraph is not wrapped into it. PDF, in Vietnamese and in English, with typed
points and with paragraphs indented on their first line."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from sitroom.extract.pdf.text import is_numeric_cell
from sitroom.read import parse_bytes

LEFT, RIGHT, SIZE = 60.0, 535.0, 12.0
FILLER = {
    "vi": "các hộ dân tại xã vùng cao đã được hỗ trợ gạo nước sạch và thuốc men".split(),
    "en": "the crews are out on all the roads and the rail line as the river falls".split(),
}
DOCS = {
    "vi": {
        "centred": ["Kính gửi:", "- Ban Chỉ đạo Phòng thủ dân sự quốc gia."],
        "sections": [
            (
                "I. TÌNH HÌNH CHUNG",
                "Số hộ dân phải di dời khẩn cấp là 1.041 hộ tại 12 xã vùng cao, mực nước trên "
                "các sông suối đang xuống chậm.",
            ),
            ("IV. CÔNG TÁC TÌM KIẾM, CỨU NẠN", "Lực lượng cứu nạn đã tiếp cận 40 điểm sạt lở lớn trên địa bàn."),
            ("VI. HỖ TRỢ NGƯỜI DÂN", "Các hộ dân di dời được bố trí ở nhờ nhà người thân và trường học."),
        ],
        "close": "Respectfully, Ủy ban nhân dân tỉnh Lào Cai trân trọng báo cáo./.",
    },
    "en": {
        "centred": ["To:", "- The Strategic Coordinating Group."],
        "sections": [
            (
                "1. SITUATION",
                "The river at the town bridge peaked at 4.2 metres on Tuesday night and has fallen "
                "since, though the ground stays saturated and more rain is forecast.",
            ),
            (
                "2. RESPONSE",
                "Crews cleared 16 blocked culverts and pumped out 31 homes overnight, and the rest "
                "centre at the leisure centre stays open for the 12 families still out of their homes.",
            ),
        ],
        "close": "Notwithstanding the above, the next update follows at 18:00.",
    },
}


def _lines(c: canvas.Canvas, first: float, text: str, lang: str) -> list[tuple[float, str]]:
    """A point broken into lines as a word processor breaks them (the first from ``first``, the rest from the left
    edge), filler words added to its last line while they fit, so that it ends its sentence near the edge."""
    lines, line, x = [], "", first
    for word in text.rstrip(".").split():
        if line and c.stringWidth(f"{line} {word}", "Serif", SIZE) > RIGHT - x:
            lines.append((x, line))
            line, x = "", LEFT
        line = f"{line} {word}".strip()
    for word in FILLER[lang] * 3:
        if c.stringWidth(f"{line} {word}.", "Serif", SIZE) > RIGHT - x - 2:
            break
        line = f"{line} {word}"
    return [*lines, (x, line + ".")]


def _justify(c: canvas.Canvas, x: float, y: float, text: str) -> None:
    """One line set flush to the right edge: its spare width spread between its words."""
    words = text.split()
    gap = (RIGHT - x - sum(c.stringWidth(w, "Serif", SIZE) for w in words)) / max(len(words) - 1, 1)
    for w in words:
        c.drawString(x, y, w)
        x += c.stringWidth(w, "Serif", SIZE) + gap


def _pdf(lang: str, indent: bool) -> bytes:
    """The report justified, its points typed ("- ") or its paragraphs indented on their first line; each point's
    last line ends its sentence near the edge, and the close follows right under the last one."""
    pdfmetrics.registerFont(TTFont("Serif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("SerifBold", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"))
    d = DOCS[lang]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Serif", SIZE)
    y = 780.0
    for line in d["centred"]:
        c.drawCentredString(297, y, line)
        y -= 16
    first = LEFT + 30 if indent else LEFT
    y -= 8
    for heading, point in [("", OPENING), *d["sections"]]:
        if heading:
            c.setFont("SerifBold", SIZE)
            c.drawString(first, y, heading)
            c.setFont("Serif", SIZE)
            y -= 18
        lines = _lines(c, first, point if indent or not heading else f"- {point}", lang)
        for n, (x, line) in enumerate(lines):
            if n < len(lines) - 1:
                _justify(c, x, y, line)
            else:
                c.drawString(x, y, line)
            y -= 15
        y -= 8
    c.drawString(first, y + 8, d["close"])
    c.save()
    return buf.getvalue()


def _ragged(lang: str) -> bytes:
    """A ragged paragraph whose middle line ends a sentence where the next, long word did not fit."""
    pdfmetrics.registerFont(TTFont("Serif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("SerifBold", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("SerifBold", SIZE)
    c.drawString(LEFT, 780, DOCS[lang]["sections"][0][0])
    c.setFont("Serif", SIZE)
    lines = [line for _, line in _lines(c, LEFT, OPENING, lang)] + [DOCS[lang]["close"]]
    for n, line in enumerate(lines):
        c.drawString(LEFT, 762 - 15 * n, line)
    c.save()
    return buf.getvalue()


OPENING = "This report is made under the standing order on reporting in emergencies, and it sets out the position"


@pytest.mark.parametrize("indent", [False, True], ids=["typed-points", "indented-paragraphs"])
@pytest.mark.parametrize("lang", list(DOCS))
def test_a_short_line_ends_a_justified_paragraph(lang: str, indent: bool) -> None:
    d = DOCS[lang]
    report = parse_bytes(_pdf(lang, indent), "report.pdf")[0]
    assert [s.heading for s in report.sections if s.heading] == [h for h, _ in d["sections"]]
    items = [i.text for s in report.sections if s.heading for i in s.items]
    # each point whole, on its own: neither the heading after it nor the close run into it
    assert [i for i in items if i != d["close"]] == [_point(lang, p, indent) for _, p in d["sections"]]


def _point(lang: str, point: str, indent: bool) -> str:
    c = canvas.Canvas(io.BytesIO())
    text = " ".join(
        line for _, line in _lines(c, LEFT + 30 if indent else LEFT, point if indent else f"- {point}", lang)
    )
    return text if indent else text[2:]


@pytest.mark.parametrize("lang", list(DOCS))
def test_a_ragged_paragraph_runs_on_past_a_sentence_s_end(lang: str) -> None:
    report = parse_bytes(_ragged(lang), "report.pdf")[0]
    assert len(report.sections[-1].items) == 1


def test_capitals_of_short_accented_words_are_no_column_codes() -> None:
    assert not is_numeric_cell("IV. CÔNG TÁC TÌM KIẾM, CỨU NẠN")
    assert not is_numeric_cell("HỖ TRỢ NGƯỜI DÂN")
    assert is_numeric_cell("MUB KAS KYE LIR")
