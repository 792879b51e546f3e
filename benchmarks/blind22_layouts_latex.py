"""PDF writer of the ``blind22_layouts`` set: an Uzbek regional seismological expedition's rapid earthquake report
("Zilzila to’g’risida tezkor ma’lumotnoma") typeset by LaTeX's ``article`` class (drawn with reportlab the way TeX
sets a page: a Times-like face as ``mathptmx`` gives, 11 pt on a 13.6 pt baseline, a 360 pt text block centred on A4;
the academy's name in small capitals over the ``\\maketitle`` block — the title centred in 17 pt, the two authors
with a ``\\thanks`` mark "*" each and the date —; numbered sections "1 Qisqacha mazmun" in bold 14 pt and
subsections "6.1 Jalb etilgan kuchlar" in bold 12 pt, the first paragraph after a heading not indented and the
others indented by 15 pt; the situation and the forecast as running paragraphs, the other sections ``itemize``
lists with "•" at a 25 pt indent; every line justified — the spaces stretched word by word — and a word that would
leave a loose line hyphenated at a syllable at the line's end; "\\emph{Choralar:}" in italics inside a risk's item;
superscript footnote marks after three points and their notes at the foot of the page under a short rule, the
``\\thanks`` note on the first page's foot; the page number centred at the foot; "1 250", "12 %", "3 400 000
so’m", "17-mart", every typed apostrophe printed "’").
"""

from __future__ import annotations

import io
import re
import zlib

from blind7_layouts_content import report_day
from blind17_layouts_content import split_mitigation
from blind22_layouts_content import LEADS, OYLAR
from council_layouts_gold import Doc

PW, PH = 595.28, 841.89
WIDTH = 360.0
LEFT = (PW - WIDTH) / 2
TOP, BOTTOM = 96.0, 118.0  # the text block's first baseline from the top, its last from the bottom
SIZE, SKIP = 11.0, 13.6
FOOT_SIZE, FOOT_SKIP = 9.0, 11.0
VOWELS = set("aeiouAEIOU")
ITEMIZE = 25.0
PARA_KEYS = ("situation", "forecast")
NOTES = {
    "situation": "Ma’lumotlar Seysmologiya institutining mintaqaviy stansiyalar tarmog’idan olingan.",
    "impacts": "Viloyat hokimligi va tuman favqulodda vaziyatlar bo’limlari ma’lumotlari asosida.",
    "finance": "Dastlabki hisob-kitob; yakuniy summa moliya bo’limi tomonidan tasdiqlanadi.",
}
AUTHORS = (("A. Karimov", "D. Yusupova"), ("Sh. Rahimov", "M. Tojiboyeva"), ("B. Qodirov", "N. Ergasheva"),
           ("J. Salimov", "G. Abdullayeva"))  # fmt: skip


def _fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    have = set(pdfmetrics.getRegisteredFontNames())
    for name, file in (("TeX", "Regular"), ("TeX-Bold", "Bold"), ("TeX-Italic", "Italic")):
        if name not in have:
            pdfmetrics.registerFont(TTFont(name, f"/usr/share/fonts/truetype/liberation/LiberationSerif-{file}.ttf"))


def _w(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, font, size)


def _split_points(word: str) -> list[int]:
    """Where a plain word may be hyphenated: before a consonant that a vowel follows, or between two consonants
    after a vowel, at least two letters before and three after."""
    if not word.replace("’", "").isalpha():
        return []
    out = []
    for i in range(2, len(word) - 2):
        a, b, c = word[i - 1], word[i], word[i + 1]
        if b == "’" or a == "’":
            continue
        if (a in VOWELS and b not in VOWELS and c in VOWELS) or (
            a not in VOWELS and b not in VOWELS and word[i - 2] in VOWELS and c in VOWELS
        ):
            out.append(i)
    return out


def _lines(tokens: list[tuple[str, str]], width: float, size: float = SIZE) -> list[list[tuple[str, str]]]:
    """Break ``tokens`` ((word, font) pairs) into lines of ``width``, hyphenating a word that would leave a loose
    line; each line is a list of (text, font) pieces."""
    lines, cur, used = [], [], 0.0
    space = _w(" ", "TeX", size)
    queue = list(tokens)
    while queue:
        word, font = queue.pop(0)
        ww = _w(word, font, size)
        need = ww + (space if cur else 0)
        if used + need <= width or not cur:
            cur.append((word, font))
            used += need
            continue
        room = width - used - space
        cut = None
        if room > 28:
            for i in reversed(_split_points(word.rstrip(".,;:"))):
                if _w(word[:i] + "-", font, size) <= room:
                    cut = i
                    break
        if cut:
            cur.append((word[:cut] + "-", font))
            queue.insert(0, (word[cut:], font))
        else:
            queue.insert(0, (word, font))
        lines.append(cur)
        cur, used = [], 0.0
    if cur:
        lines.append(cur)
    return lines


def _words(text: str) -> list[str]:
    """The words of ``text``, a figure's groups of digits ("394 000 000", typed "394\\,000\\,000") one word."""
    out: list[str] = []
    for w in text.split():
        if out and re.fullmatch(r"\d{3}\W?", w) and out[-1][-1].isdigit():
            out[-1] += " " + w
        else:
            out.append(w)
    return out


def _tokens(text: str, lead: str = "", rest: str = "") -> list[tuple[str, str]]:
    out = [(w, "TeX") for w in _words(text)]
    if lead:
        out += [(w, "TeX-Italic") for w in lead.split()] + [(w, "TeX") for w in _words(rest)]
    return out


class _Page:
    def __init__(self) -> None:
        self.ops: list[tuple] = []
        self.notes: list[tuple[str, str]] = []

    def foot_height(self) -> float:
        if not self.notes:
            return 0.0
        return 14 + sum(FOOT_SKIP * len(_lines(_tokens(t), WIDTH - 10, FOOT_SIZE)) for _, t in self.notes)


def pdf_malumotnoma_uz(doc: Doc) -> bytes:
    """The expedition's report as its duty seismologist typesets it in LaTeX."""
    from reportlab.pdfgen.canvas import Canvas

    _fonts()
    when = report_day(doc)
    region = doc.organisation.split()[0].replace("'", "’")
    authors = AUTHORS[zlib.crc32(region.encode()) % 4]
    pages = [_Page()]
    y = TOP
    page = pages[0]
    page.ops.append(("smallcaps", "O’zbekiston Respublikasi Fanlar akademiyasi Seysmologiya instituti", y))
    y += 34
    for line in (f"{region} viloyatidagi zilzila to’g’risida", f"tezkor ma’lumotnoma № {doc.number}"):
        page.ops.append(("centre", line, "TeX", 17.0, y))
        y += 21
    y += 12
    page.ops.append(("authors", authors, y))
    y += 22
    page.ops.append(("centre", f"{when.year}-yil {when.day}-{OYLAR[when.month - 1]}", "TeX", 12.0, y))
    y += 30
    page.notes.append(("*", f"{doc.organisation.replace(chr(39), '’')}, seysmik xavf bo’limi."))
    marks = 0
    for s in doc.sections:
        size = 14.0 if s.level == 1 else 12.0
        before = 18.0 if s.level == 1 else 12.0
        need = 3 * SKIP + (30 if not s.items else 0)  # a heading is kept with its first lines, or its subsection's
        if y + before + need > PH - BOTTOM - page.foot_height():
            page = _Page()
            pages.append(page)
            y = TOP - before
        y += before
        page.ops.append(("heading", s.heading, size, y))
        y += SKIP + 4
        first = True
        for it in s.items:
            risk, lead, mitigation = split_mitigation(it, LEADS["uz"])
            tokens = _tokens(risk, lead, mitigation) if lead else _tokens(it.text)
            note = NOTES.get(s.key or "") if it is s.items[0] else None
            para = s.key in PARA_KEYS
            indent = 0.0 if para else ITEMIZE
            first_indent = 15.0 if para and not first else 0.0
            if first_indent:
                tokens[0] = ("\u2003" + tokens[0][0], tokens[0][1])  # the paragraph indent as an em space's room
            lines = _lines(tokens, WIDTH - indent)
            if note:
                marks += 1
            for k, line in enumerate(lines):
                if y > PH - BOTTOM - page.foot_height() - (FOOT_SKIP * 2 + 14 if note else 0):
                    page = _Page()
                    pages.append(page)
                    y = TOP
                last = k == len(lines) - 1
                page.ops.append(("line", line, LEFT + indent, y, last, not para and k == 0,
                                 str(marks) if note and last else ""))  # fmt: skip
                y += SKIP
            if note:
                page.notes.append((str(marks), note))
            y += 2 if not para else 0
            first = False
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(PW, PH))
    c.setTitle("")
    c.setCreator("LaTeX with hyperref")
    c.setProducer("pdfTeX-1.40.25")
    for n, pg in enumerate(pages, start=1):
        _draw(c, pg)
        c.setFont("TeX", SIZE)
        c.drawCentredString(PW / 2, 72, str(n))
        c.showPage()
    c.save()
    return buf.getvalue()


def _draw(c, pg: _Page) -> None:
    for op in pg.ops:
        kind = op[0]
        if kind == "smallcaps":
            _smallcaps(c, op[1], op[2])
        elif kind == "centre":
            _, text, font, size, y = op
            c.setFont(font, size)
            c.drawCentredString(PW / 2, PH - y, text)
        elif kind == "authors":
            _, (a, b), y = op
            gap = 40.0
            wa, wb = _w(a, "TeX", 12), _w(b, "TeX", 12)
            x = PW / 2 - (wa + wb + gap + 8) / 2
            for name, wn in ((a, wa), (b, wb)):
                c.setFont("TeX", 12)
                c.drawString(x, PH - y, name)
                c.setFont("TeX", 8)
                c.drawString(x + wn + 0.5, PH - y + 5, "*")
                x += wn + gap + 4
        elif kind == "heading":
            _, text, size, y = op
            number, _, name = text.partition(" ")
            c.setFont("TeX-Bold", size)
            c.drawString(LEFT, PH - y, number)
            c.drawString(LEFT + _w(number, "TeX-Bold", size) + size, PH - y, name)
        else:
            _, line, x, y, last, bullet, mark = op
            if bullet:
                c.setFont("TeX", SIZE)
                c.drawString(x - 13, PH - y, "•")
            width = WIDTH - (x - LEFT)
            natural = sum(_w(t.lstrip("\u2003"), f, SIZE) for t, f in line) + (15 if line[0][0][0] == "\u2003" else 0)
            gaps = len(line) - 1
            space = _w(" ", "TeX", SIZE)
            stretch = space if last or gaps == 0 else (width - natural) / gaps
            xx = x
            for t, f in line:
                if t.startswith("\u2003"):
                    xx += 15
                    t = t.lstrip("\u2003")
                c.setFont(f, SIZE)
                c.drawString(xx, PH - y, t)
                xx += _w(t, f, SIZE) + stretch
            if mark:
                c.setFont("TeX", 7.5)
                c.drawString(xx - stretch + 0.6, PH - y + 4.5, mark)
    if pg.notes:
        y = PH - BOTTOM - pg.foot_height() + 14
        c.setLineWidth(0.4)
        c.line(LEFT, PH - y + 8, LEFT + WIDTH * 0.4, PH - y + 8)
        for mark, text in pg.notes:
            y += 4
            c.setFont("TeX", 6.5)
            c.drawString(LEFT + 6, PH - y + 3.5, mark)
            for line in _lines([(w, "TeX") for w in text.split()], WIDTH - 10, FOOT_SIZE):
                c.setFont("TeX", FOOT_SIZE)
                c.drawString(LEFT + 10, PH - y - 4, " ".join(t for t, _ in line))
                y += FOOT_SKIP


def _smallcaps(c, text: str, y: float) -> None:
    """``\\textsc``: capitals at full size, the small letters as capitals at 80 %, centred."""
    parts = []
    for ch in text:
        big = not ch.islower()
        parts.append((ch.upper(), 12.0 if big else 9.6))
    total = sum(_w(ch, "TeX", s) for ch, s in parts)
    x = PW / 2 - total / 2
    for ch, s in parts:
        c.setFont("TeX", s)
        c.drawString(x, PH - y, ch)
        x += _w(ch, "TeX", s)
