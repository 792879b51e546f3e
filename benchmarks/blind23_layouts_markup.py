"""PDF writer of the ``blind23_layouts`` set: a Malawian district council's civil protection committee's flood report
in Chichewa ("Lipoti la Ngozi ya Kusefukira kwa Madzi"), made by editing the report before with Track Changes on and
saved as PDF from Word with "All Markup" still showing — as it goes out when nobody accepts the changes first: the
page narrowed to leave Word's markup area at the right, the text inserted since the last report in the reviser's
colour and underlined, a change bar in the left margin beside every changed line, the deleted words and whole deleted
points not on the line but in balloons in the markup area ("Deleted: 4,250", "Deleted: <the old point>"), each joined
to its place in the text by a dotted line, and a colleague's comments in their own balloons ("Commented [TB1]: …")
with the commented words shaded; the council and the committee over the title, the date line (the day itself
changed), headings in bold, the situation as paragraphs, "•" points, "Njira zochepetsera:" in bold inside a risk's
point, the district commissioner's signature and "Tsamba 1 mwa 2"; "1,250", "12%", "MK3,400,000", "16 Januwale").
"""

from __future__ import annotations

import difflib
import io
import zlib

from blind7_layouts_content import report_day
from blind20_layouts_content import previous, remember
from blind23_layouts_content import LEADS, MWEZI
from blind23_layouts_print import BOLD, PH, PW, SANS, draw_line, fonts, runs, width, wrap
from council_layouts_gold import Doc

INK = (0.72, 0.1, 0.1)  # the reviser's colour
NOTE = (0.2, 0.35, 0.7)  # the commenter's colour
LEFT, RIGHT, BAL_X, BAL_W = 58.0, 405.0, 420.0, 160.0
SIZE, LEAD, BSIZE = 9.5, 12.5, 7.0
DC = {
    "Nsanje": "Dorothy Mkandawire",
    "Chikwawa": "Gift Banda",
    "Zomba": "Chimwemwe Phiri",
    "Phalombe": "Yamikani Tembo",
}
COMMENTS = ("Tsimikizani nambalayi ndi DoDMA musanatumize.", "Kodi izi zasintha kuyambira dzulo?",
            "Onjezani dzina la msasa.")  # fmt: skip


def _marked(old: str | None, new: list[tuple[str, str]]) -> tuple[list[tuple[str, str, bool]], list[tuple[int, str]]]:
    """The new words, each flagged when inserted since ``old``, and the runs of deleted words with the index of the
    new word they stood before."""
    if old is None:
        return [(w, f, True) for w, f in new], []
    words = [w for w, _ in new]
    sm = difflib.SequenceMatcher(a=old.split(), b=words, autojunk=False)
    ins = [False] * len(new)
    gone: list[tuple[int, str]] = []
    for tag, a0, a1, b0, b1 in sm.get_opcodes():
        if tag in ("replace", "insert"):
            for k in range(b0, b1):
                ins[k] = True
        if tag in ("replace", "delete"):
            gone.append((b0, " ".join(old.split()[a0:a1])))
    return [(w, f, i) for (w, f), i in zip(new, ins, strict=True)], gone


class _Page:
    def __init__(self) -> None:
        self.ops: list = []
        self.balloons: list[tuple[float, float, str, str]] = []  # (anchor x, anchor y, kind, text)


def _layout(doc: Doc, before: Doc | None) -> list[_Page]:
    when = report_day(doc)
    district = doc.organisation.removeprefix("Khonsolo ya Boma la ")
    pages = [_Page()]
    y = PH - 72.0
    commented = 0

    def need(h: float) -> None:
        nonlocal y
        if y - h < 70:
            pages.append(_Page())
            y = PH - 60.0

    def put(op) -> None:
        pages[-1].ops.append(op)

    for text, font, size in ((doc.organisation.upper(), BOLD, 12), ("Komiti Yoona za Ngozi m'Boma (DCPC)", SANS, 10),
                             (doc.title.split(" – ")[0].upper(), BOLD, 12.5)):  # fmt: skip
        put(lambda c, t=text, f=font, s=size, yy=y: (c.setFont(f, s), c.drawCentredString((LEFT + RIGHT) / 2, yy, t)))
        y -= size + 6
    old_day = str((when.day - 1) or 28)
    date_words = [("Tsiku:", SANS), (str(when.day), SANS), (f"{MWEZI[when.month - 1]} {when.year}", SANS)]
    x = (LEFT + RIGHT) / 2 - width(" ".join(w for w, _ in date_words), SANS, 10) / 2
    line = [(w, f, k == 1 and before is not None) for k, (w, f) in enumerate(date_words)]
    put(lambda c, ln=line, xx=x, yy=y: _draw_marked(c, xx, yy, ln, 10))
    if before is not None:
        pages[-1].balloons.append((x + width("Tsiku: ", SANS, 10), y, "del", old_day))
    y -= 26
    old_items = {i.thread: i for s in before.sections for i in s.items} if before else {}
    threads = {i.thread for s in doc.sections for i in s.items}
    for k, s in enumerate(doc.sections):
        need(LEAD * 3)
        y -= 5
        put(lambda c, t=s.heading, yy=y: (c.setFont(BOLD, 11), c.drawString(LEFT, yy, t)))
        y -= 16
        for it in s.items:
            para = s.key == "situation"
            x0 = LEFT if para else LEFT + 14
            old = old_items[it.thread].text if it.thread in old_items else (None if before else it.text)
            words, gone = _marked(old, runs(it, LEADS["ny"]))
            lines = wrap([(w, f) for w, f, _ in words], RIGHT - x0, SIZE)
            at = 0
            for n, ln in enumerate(lines):
                need(LEAD)
                marked = words[at : at + len(ln)]
                if commented < 2 and n == 0 and zlib.crc32(it.text.encode()) % 5 == 0:
                    pages[-1].balloons.append((x0, y, "note", COMMENTS[(commented + doc.number) % 3]))
                    shade = width(" ".join(w for w, _ in ln[:3]), SANS, SIZE)
                    put(lambda c, yy=y, xx=x0, ww=shade: _shade(c, xx, yy, ww))
                    commented += 1
                if n == 0 and not para:
                    put(lambda c, yy=y, ins=marked[0][2]: _bullet(c, yy, ins))
                put(lambda c, ln=marked, yy=y, xx=x0: _draw_marked(c, xx, yy, ln, SIZE))
                for pos, text in gone:
                    if at <= pos < at + len(ln) or (pos == len(words) and n == len(lines) - 1):
                        xx = x0 + width(" ".join(w for w, _, _ in marked[: pos - at]) + " ", SANS, SIZE)
                        pages[-1].balloons.append((min(xx, RIGHT), y, "del", text))
                at += len(ln)
                y -= LEAD
            y -= 3
        if before and k < len(before.sections):
            for i in before.sections[k].items:
                if i.thread not in threads:
                    pages[-1].balloons.append((LEFT + 14, y + LEAD - 2, "del", i.text))
    need(LEAD * 4)
    y -= 16
    for text in (DC[district], "Mkulu wa Boma (District Commissioner)"):
        put(lambda c, t=text, yy=y: (c.setFont(SANS, SIZE), c.drawString(LEFT, yy, t)))
        y -= LEAD
    return pages


def _bullet(c, y: float, inserted: bool) -> None:
    c.setFillColorRGB(*(INK if inserted else (0, 0, 0)))
    c.setFont(SANS, SIZE)
    c.drawString(LEFT + 2, y, "•")
    c.setFillColorRGB(0, 0, 0)


def _shade(c, x: float, y: float, w: float) -> None:
    c.saveState()
    c.setFillColorRGB(0.86, 0.9, 1.0)
    c.rect(x - 1, y - 2.5, w + 2, SIZE + 2, stroke=0, fill=1)
    c.restoreState()


def _draw_marked(c, x: float, y: float, line: list[tuple[str, str, bool]], size: float) -> None:
    space = width(" ", SANS, size)
    if any(i for _, _, i in line):
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(0.8)
        c.line(LEFT - 14, y - 2, LEFT - 14, y + size)
    for k, (word, font, ins) in enumerate(line):
        w = width(word, font, size)
        c.setFillColorRGB(*(INK if ins else (0, 0, 0)))
        draw_line(c, x, y, [(word, font)], size)
        if ins:
            c.setStrokeColorRGB(*INK)
            c.setLineWidth(0.5)
            c.line(x, y - 1.3, x + w + (space if k < len(line) - 1 and line[k + 1][2] else 0), y - 1.3)
        x += w + space
    c.setFillColorRGB(0, 0, 0)


def _balloons(c, page: _Page, number: int) -> None:
    """The page's balloons in the markup area, each as near its anchor's height as the ones above allow."""
    placed, floor, notes = [], PH - 40.0, 0
    for ax, ay, kind, text in sorted(page.balloons, key=lambda b: -b[1]):
        if kind == "note":
            notes += 1
            label = [("Commented", BOLD), (f"[TB{number * 10 + notes}]:", BOLD)]
        else:
            label = [("Deleted:", BOLD)]
        lines = wrap(label + [(w, SANS) for w in text.split()], BAL_W - 10, BSIZE)
        h = len(lines) * (BSIZE + 1.8) + 6
        top = min(ay + BSIZE + 2, floor)
        placed.append((ax, ay, kind, lines, top, h))
        floor = top - h - 4
    overflow = 36 - min((p[4] - p[5] for p in placed), default=36)
    for ax, ay, kind, lines, top, h in placed:
        top += max(0.0, overflow)
        colour = NOTE if kind == "note" else INK
        c.saveState()
        c.setStrokeColorRGB(*colour)
        c.setFillColorRGB(*((0.93, 0.95, 1.0) if kind == "note" else (1.0, 0.96, 0.96)))
        c.setLineWidth(0.6)
        c.roundRect(BAL_X, top - h, BAL_W, h, 3, stroke=1, fill=1)
        c.setDash(1, 2)
        c.line(ax, ay - 2, BAL_X, top - 4)
        c.restoreState()
        yy = top - BSIZE - 2
        for ln in lines:
            draw_line(c, BAL_X + 5, yy, ln, BSIZE)
            yy -= BSIZE + 1.8


def pdf_markup_ny(doc: Doc) -> bytes:
    """The committee's report with its tracked changes and comments printed in Word's markup area."""
    from reportlab.pdfgen import canvas

    fonts()
    before = previous(doc, "ny")
    pages = _layout(doc, before)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PW, PH))
    c.setTitle(doc.title)
    c.setAuthor("DCPC")
    c.setCreator("Microsoft® Word for Microsoft 365")
    for n, page in enumerate(pages, start=1):
        c.setFillColorRGB(0.96, 0.96, 0.96)
        c.rect(BAL_X - 6, 0, PW - BAL_X + 6, PH, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        for op in page.ops:
            op(c)
        _balloons(c, page, n)
        c.setFont(SANS, 8)
        c.drawCentredString((LEFT + RIGHT) / 2, 36, f"Tsamba {n} mwa {len(pages)}")
        c.showPage()
    c.save()
    remember(doc, "ny")
    return buf.getvalue()
