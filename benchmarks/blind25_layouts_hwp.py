"""PDF writer of the ``blind25_layouts`` set: a Korean city's disaster and safety countermeasures headquarters'
"집중호우 대처 상황보고" written in Hangul (the HWP word processor every Korean public office uses) on the office's
report template and saved as PDF — the title in a box of a thick and a thin rule, "2025. 7. 16.(수) 06:00 현재" and
the headquarters at the right, the three parts "Ⅰ. 상황 개요", "Ⅱ. 대처 상황", "Ⅲ. 향후 계획" on shaded bars, the
sections under them as "□" lines in the gothic face, the points "○" lines in the myeongjo face, a risk's mitigation
a "-" line under its "○" ("- 조치: …"), every line broken between words as HWP breaks it and set full to the measure,
continuation lines hanging under the text; the source note "※ 자료: …" under the forecast, the enclosures "붙임 1. …
2. … 끝." after the last point, "- 1 -" at the foot of each page; items in the noun-ending style without a full stop,
"1,250명", "158,000천원", "7. 17.(목)", "(직전: 5)").
"""

from __future__ import annotations

import io

from blind7_layouts_content import report_day
from blind25_layouts_cjk import draw, register, width, wrap_words
from blind25_layouts_content import WEEKDAYS_KO, split_lead
from council_layouts_gold import Doc

GOTHIC, MYEONGJO = "HYGothic-Medium", "HYSMyeongJo-Medium"
PW, PH = 595.28, 841.89
LEFT, RIGHT = 56.7, PW - 56.7
TOP, BOTTOM = PH - 56.0, 62.0
SIZE = 14.0
LEAD = SIZE * 1.6
BAR = (0.85, 0.9, 0.96)
CITIES = {"포항시": "재난안전상황실", "청주시": "재난안전상황실", "원주시": "안전총괄과", "창원시": "재난대응과"}


class _Lines:
    """The template's lines laid down the pages."""

    def __init__(self) -> None:
        self.pages: list[list] = [[]]
        self.y = TOP

    def need(self, h: float) -> None:
        if self.y - h < BOTTOM:
            self.pages.append([])
            self.y = TOP

    def put(self, op) -> None:
        self.pages[-1].append(op)

    def point(self, mark: str, text: str, indent: float, font: str = MYEONGJO, size: float = SIZE,
              bold_lead: str = "") -> None:  # fmt: skip
        """``mark`` at ``indent`` and ``text`` after it, its lines broken between words and hanging under the text,
        every line but the last set full to the measure; ``bold_lead`` opening the text drawn bold."""
        x0 = LEFT + indent + (width(mark + " ", font, size) if mark else 0)
        lines = wrap_words(text, font, size, RIGHT - x0)
        for k, line in enumerate(lines):
            self.need(LEAD)
            full = RIGHT - x0 if k < len(lines) - 1 else 0.0

            def op(c, ln=line, y=self.y, f=full, first=k == 0) -> None:
                if first and mark:
                    draw(c, LEFT + indent, y, mark, font, size)
                if first and bold_lead and ln.startswith(bold_lead):
                    x = draw(c, x0, y, bold_lead, font, size, bold=True)
                    draw(c, x, y, ln[len(bold_lead) :], font, size)
                else:
                    draw(c, x0, y, ln, font, size, full=f)

            self.put(op)
            self.y -= LEAD


def pdf_hwp_ko(doc: Doc) -> bytes:
    """The headquarters' report as HWP saves it to PDF."""
    from reportlab.pdfgen import canvas

    register(GOTHIC, MYEONGJO)
    when = report_day(doc)
    city = doc.organisation.split()[0]
    room = CITIES[city]
    out = _Lines()
    title = f"집중호우 대처 상황보고(제{doc.number}보)"

    def box(c) -> None:
        c.setLineWidth(2.2)
        c.rect(LEFT, TOP - 44, RIGHT - LEFT, 52)
        c.setLineWidth(0.6)
        c.rect(LEFT + 3.5, TOP - 40.5, RIGHT - LEFT - 7, 45)
        draw(c, PW / 2 - width(title, GOTHIC, 21) / 2, TOP - 24, title, GOTHIC, 21, bold=True)

    out.put(box)
    out.y = TOP - 70
    stamp = f"{when.year}. {when.month}. {when.day}.({WEEKDAYS_KO[when.weekday()]}) 06:00 현재"
    for line in (stamp, f"{doc.organisation}({room})"):
        out.put(lambda c, t=line, y=out.y: draw(c, RIGHT - width(t, GOTHIC, 12), y, t, GOTHIC, 12))
        out.y -= 17
    out.y -= 10
    for s in doc.sections:
        if s.key is None:
            out.need(LEAD * 3)
            out.put(lambda c, t=s.heading, y=out.y: (c.setFillColorRGB(*BAR), c.rect(LEFT, y - 6, RIGHT - LEFT, 23,
                                                                                   stroke=0, fill=1),
                                                      draw(c, LEFT + 6, y, t, GOTHIC, 16, bold=True)))  # fmt: skip
            out.y -= LEAD * 1.4
            continue
        out.need(LEAD * 2)
        out.point("", s.heading, 0, GOTHIC, 15)
        for it in s.items:
            risk, lead, rest = split_lead(it.text, "ko")
            out.point("○", risk, 10)
            if lead:
                out.point("-", f"{lead} {rest}", 26, bold_lead=lead)
        if s.key == "forecast":
            out.point("※", f"자료: 기상청 중기예보, 산림청 산사태정보시스템({when.month}. {when.day}. 05:00 발표)", 26,
                      size=11.5)  # fmt: skip
        out.y -= LEAD * 0.4
    out.y -= LEAD * 0.6
    for k, line in enumerate(("붙임  1. 피해 현황 세부 내역 1부.", "2. 재난안전대책본부 운영 현황 1부.  끝.")):
        out.point("", line, 0 if k == 0 else width("붙임  ", MYEONGJO, SIZE), size=SIZE)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PW, PH))
    c.setTitle(title)
    c.setAuthor(room)
    c.setCreator("Hancom Office Hangul")
    c.setProducer("Hancom PDF 1.3.0.542")
    for n, page in enumerate(out.pages, start=1):
        for op in page:
            op(c)
        mark = f"- {n} -"
        draw(c, PW / 2 - width(mark, MYEONGJO, 11) / 2, 34, mark, MYEONGJO, 11)
        c.showPage()
    c.save()
    return buf.getvalue()
