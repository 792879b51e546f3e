"""PDF writer of the ``blind25_layouts`` set: a Chinese county emergency management bureau's flood "情况报告" typeset
as a 公文, the official document of the national standard for party and government documents (GB/T 9704-2012) — the
issuing authority's mark "永修县应急管理局文件" in large red letters centred at the top, the document number
"永应急〔2025〕31号" under it, the red rule across the measure, the title "关于……的报告（第3期）" centred in two lines,
the main addressee "九江市应急管理局：" at the margin, then the text in lines of 28 characters, every line but a
paragraph's last set full to the measure, each paragraph and each heading indented two characters: the opening
paragraph, the headings "一、总体情况" in bold (the 黑体 of the standard faked by stroking), the second level
"（一）力量投入" plain, every point a paragraph of its own numbered "1." "2." except the measures taken, run in one
paragraph as "一是……。二是……。三是……。", the situation's points plain paragraphs, "应对措施：" in bold inside a
risk's paragraph; "特此报告。", the authority's name and the date "2025年7月3日" at the right under the red round seal
(a star and the authority's name round its rim), the contact note "（联系人：…；联系电话：…）", and at the foot of the
last page the imprint between rules: "抄送：…。" and "永修县应急管理局办公室 2025年7月3日印发"; the page numbers
"— 1 —" at the right of odd pages and the left of even ones; "1,250人", "45.4万元", "7月5日", "（上期：5）").
"""

from __future__ import annotations

import io
import math
import zlib
from datetime import timedelta

from blind7_layouts_content import report_day
from blind25_layouts_cjk import draw, register, split_line, width, wrap
from blind25_layouts_content import LEADS, lead_of
from council_layouts_gold import Doc, Section

SONG = "STSong-Light"
PW, PH = 595.28, 841.89
MM = 72 / 25.4
LEFT = 28 * MM
SIZE = 15.75
MEASURE = 28 * SIZE
TOP = PH - 37 * MM
BOTTOM = 35 * MM
PITCH = 225 * MM / 22
RED = (0.86, 0.08, 0.1)
ORDINALS = "一二三四五六七八九十"
COUNTIES = {"永修县": ("永应急", "九江市应急管理局", "张卫国", "0792-3221035"),
            "平江县": ("平应急", "岳阳市应急管理局", "李明辉", "0730-6222119"),
            "涿鹿县": ("涿应急", "张家口市应急管理局", "王志刚", "0313-6522410"),
            "榕江县": ("榕应急", "黔东南州应急管理局", "杨光荣", "0855-6621203")}  # fmt: skip
COPIES = "抄送：市防汛抗旱指挥部办公室，县委办公室，县人大常委会办公室，县政府办公室，县政协办公室。"


class _Page:
    """Lines of the 公文's grid, page by page: each a list of drawing operations."""

    def __init__(self) -> None:
        self.pages: list[list] = [[]]
        self.y = TOP - SIZE

    def need(self, lines: int = 1) -> None:
        if self.y - PITCH * (lines - 1) < BOTTOM:
            self.pages.append([])
            self.y = TOP - SIZE

    def put(self, op) -> None:
        self.pages[-1].append(op)

    def para(self, text: str, bold: list[tuple[int, int]] | None = None, indent: int = 2,
             whole_bold: bool = False) -> None:  # fmt: skip
        """A paragraph of the text: its first line indented ``indent`` characters, every line but the last set full."""
        spans = [(0, len(text))] if whole_bold else (bold or [])
        lines = wrap(text, SONG, SIZE, MEASURE, MEASURE - indent * SIZE)
        pos = 0
        for k, line in enumerate(lines):
            self.need()
            start = text.find(line, pos)
            pos = start + len(line)
            x0 = LEFT + (indent * SIZE if k == 0 else 0)
            full = (LEFT + MEASURE - x0) if k < len(lines) - 1 else 0.0
            runs = split_line(line, spans, start)
            self.put(lambda c, r=runs, x=x0, y=self.y, f=full: _runs(c, x, y, r, f))
            self.y -= PITCH


def _runs(c, x: float, y: float, runs: list[tuple[str, bool]], full: float) -> None:
    """Draw one line's runs, the line set full to ``full`` points where given."""
    text = "".join(t for t, _ in runs)
    natural = width(text, SONG, SIZE)
    gap = (full - natural) / (len(text) - 1) if full and len(text) > 1 and natural < full else 0.0
    for t, bold in runs:
        x = draw(c, x, y, t, SONG, SIZE, bold, space=gap)


def _seal(c, cx: float, cy: float, name: str) -> None:
    """The authority's round red seal: a ring, a five-pointed star and the name round the upper rim."""
    c.saveState()
    c.setStrokeColorRGB(*RED)
    c.setFillColorRGB(*RED)
    c.setLineWidth(2.2)
    c.circle(cx, cy, 60, stroke=1, fill=0)
    star = c.beginPath()
    for k in range(10):
        r = 17 if k % 2 == 0 else 7
        a = math.pi / 2 + k * math.pi / 5
        (star.moveTo if k == 0 else star.lineTo)(cx + r * math.cos(a), cy + r * math.sin(a))
    star.close()
    c.drawPath(star, stroke=0, fill=1)
    spread = math.radians(220)
    for k, ch in enumerate(name):
        a = math.pi / 2 + spread / 2 - spread * (k + 0.5) / len(name)
        c.saveState()
        c.translate(cx + 46 * math.cos(a), cy + 46 * math.sin(a))
        c.rotate(math.degrees(a) - 90)
        c.setFont(SONG, 13)
        c.drawCentredString(0, -5, ch)
        c.restoreState()
    c.restoreState()


def _items(out: _Page, section: Section) -> None:
    lead = lead_of("zh")
    if section.key == "response":  # the measures run in one paragraph: "一是……。二是……。"
        out.para("".join(f"{ORDINALS[k]}是{it.text}" for k, it in enumerate(section.items)))
        return
    for n, it in enumerate(section.items, start=1):
        text = it.text if section.key == "situation" else f"{n}.{it.text}"
        at = text.find(lead)
        spans = [(at + 1, at + 1 + len(LEADS["zh"]))] if at >= 0 else []
        out.para(text, spans)


def pdf_gongwen_zh(doc: Doc) -> bytes:
    """The bureau's report as the 公文 its document system typesets and prints to PDF."""
    from reportlab.pdfgen import canvas

    register(SONG)
    when = report_day(doc)
    county = doc.organisation.removesuffix("应急管理局")
    prefix, superior, contact, phone = COUNTIES[county]
    day = f"{when.year}年{when.month}月{when.day}日"
    serial = 20 + doc.number + zlib.crc32(county.encode()) % 9
    out = _Page()
    out.put(lambda c: draw(c, PW / 2 - width(f"{doc.organisation}文件", SONG, 34) / 2, TOP - 20,
                           f"{doc.organisation}文件", SONG, 34, bold=True, colour=RED))  # fmt: skip
    number = f"{prefix}〔{when.year}〕{serial}号"
    out.put(lambda c: draw(c, PW / 2 - width(number, SONG, SIZE) / 2, TOP - 20 - 3 * PITCH, number, SONG, SIZE))
    out.put(lambda c: (c.setStrokeColorRGB(*RED), c.setLineWidth(2), c.line(LEFT, TOP - 20 - 3.6 * PITCH,
                                                                              LEFT + MEASURE, TOP - 20 - 3.6 * PITCH),
                       c.setStrokeColorRGB(0, 0, 0)))  # fmt: skip
    out.y = TOP - 20 - 5.6 * PITCH
    for line in (f"{doc.organisation}关于强降雨洪涝灾害", f"有关情况的报告（第{doc.number}期）"):
        out.put(lambda c, t=line, y=out.y: draw(c, PW / 2 - width(t, SONG, 21) / 2, y, t, SONG, 21, bold=True))
        out.y -= PITCH * 1.3
    out.y -= PITCH * 0.4
    out.para(f"{superior}：", indent=0)
    first = when - timedelta(days=doc.number - 1)
    out.para(f"{first.month}月{first.day}日以来，我县遭受持续强降雨袭击，部分乡镇发生洪涝灾害。"
             f"县委、县政府高度重视，县应急管理局会同有关部门全力做好防汛救灾工作。现将截至{when.month}月{when.day}日"
             "8时的有关情况报告如下：")  # fmt: skip
    for s in doc.sections:
        out.para(s.heading, whole_bold=s.level == 1)
        _items(out, s)
    out.para("特此报告。")
    out.y -= PITCH * 1.5
    out.need(4)
    sign_y = out.y
    for line in (doc.organisation, day):
        out.put(lambda c, t=line, y=out.y: draw(c, LEFT + MEASURE - 4 * SIZE - width(t, SONG, SIZE), y, t, SONG, SIZE))
        out.y -= PITCH
    out.put(lambda c, y=sign_y: _seal(c, LEFT + MEASURE - 4 * SIZE - 3.5 * SIZE, y - PITCH * 0.4, doc.organisation))
    out.y -= PITCH * 0.5
    out.para(f"（联系人：{contact}；联系电话：{phone}）")
    if out.y < BOTTOM + 5 * PITCH:  # the imprint stands at the foot of the last page, never under the text
        out.pages.append([])
    pages = out.pages
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PW, PH))
    c.setTitle(f"{doc.organisation}关于强降雨洪涝灾害有关情况的报告（第{doc.number}期）")
    c.setAuthor(f"{doc.organisation}办公室")
    c.setCreator("WPS 文字")
    for n, page in enumerate(pages, start=1):
        for op in page:
            op(c)
        if n == len(pages):
            _imprint(c, county, day)
        mark = f"— {n} —"
        x = LEFT + MEASURE - SIZE - width(mark, SONG, 14) if n % 2 else LEFT + SIZE
        draw(c, x, 20 * MM, mark, SONG, 14)
        c.showPage()
    c.save()
    return buf.getvalue()


def _imprint(c, county: str, day: str) -> None:
    """The imprint at the foot of the last page: the copies and the issuing office between rules."""
    y = BOTTOM + PITCH * 1.6
    c.setLineWidth(1)
    for k, line in enumerate(wrap(COPIES, SONG, 14, MEASURE - 2 * 14)):
        draw(c, LEFT + (14 if k == 0 else 14 * 4), y - k * 20, line, SONG, 14)
    lines = len(wrap(COPIES, SONG, 14, MEASURE - 2 * 14))
    c.line(LEFT, y + 18, LEFT + MEASURE, y + 18)
    c.setLineWidth(0.5)
    low = y - lines * 20 + 4
    c.line(LEFT, low, LEFT + MEASURE, low)
    draw(c, LEFT + 14, low - 18, f"{county}应急管理局办公室", SONG, 14)
    printed = f"{day}印发"
    draw(c, LEFT + MEASURE - 14 - width(printed, SONG, 14), low - 18, printed, SONG, 14)
    c.setLineWidth(1)
    c.line(LEFT, low - 26, LEFT + MEASURE, low - 26)
