"""Scanned-paper writer of the ``blind21_layouts`` set: a Basque town council's flood "Egoera-txostena", printed,
signed and stamped by the mayor, scanned and passed through OCR before it is sent (the PDF a scanner's "searchable
PDF" setting or an OCR tool makes): each page one greyish, slightly skewed, speckled JPEG of the paper — the
council's letterhead and register number, the title and date lines, headings in bold capitals, "–" points with a
hanging indent, "Neurriak:" inside a risk's point, the place and date, "Alkatea", a handwritten signature and the
council's round stamp over it, the town hall's address and "1/2" in the footer — with the OCR's text drawn over it
invisibly (text render mode 3), word by word as the engine found them: each word its own position on its line's
slightly tilted baseline, a little off the ink, its size from the line's height and stretched to the word's width,
the "–" read as "-", and now and then a letter misread in a word ("rn" for "m", "I" for "l", "c" for "e"; never in
a figure); "1.250", "%12", "3.400 euro", "martxoaren 12a").
"""

from __future__ import annotations

import io
import math
import random
import zlib

from blind7_layouts_content import report_day
from blind11_layouts_pdf import _fonts
from blind17_layouts_content import split_mitigation
from blind21_layouts_content import HILABETEAK, LEADS
from council_layouts_gold import Doc

LIB = "/usr/share/fonts/truetype/liberation/"
DPI = 110
SCALE = DPI / 72
PW, PH = 595.0, 842.0
SLIPS = (("m", "rn"), ("l", "I"), ("e", "c"))
PLACE = {"Tolosako Udala": "Tolosan", "Hernaniko Udala": "Hernanin", "Azpeitiko Udala": "Azpeitian",
         "Zumarragako Udala": "Zumarragan"}  # fmt: skip


def _font(bold: bool, size: float):
    from PIL import ImageFont

    name = "LiberationSerif-Bold.ttf" if bold else "LiberationSerif-Regular.ttf"
    return ImageFont.truetype(LIB + name, round(size * SCALE))


def _slip(word: str, rng: random.Random) -> str:
    """The word as the OCR engine misread it, or unchanged; figures and short words are left alone."""
    if len(word) < 6 or any(ch.isdigit() for ch in word) or rng.random() > 0.035:
        return word
    for a, b in SLIPS:
        if a in word[1:]:
            k = word.index(a, 1)
            return word[:k] + b + word[k + len(a) :]
    return word


class _Paper:
    """Pages of paper laid out in points: the ink (bold or not) of every word, and the pages' lines of words."""

    def __init__(self) -> None:
        self.pages: list[list[tuple[float, float, float, list[tuple[float, str, bool]]]]] = [[]]
        self.y = 70.0

    def line(self, words: list[tuple[float, str, bool]], size: float, gap: float = 1.32) -> None:
        if self.y + size * gap > PH - 80:
            self.pages.append([])
            self.y = 60.0
        self.y += size * gap
        self.pages[-1].append((self.y, size, 0.0, words))

    def text(self, text: str, x: float, size: float, bold: bool = False, width: float = 470, hang: float = 0,
             lead: str = "") -> None:  # fmt: skip
        """``text`` wrapped into ``width`` from ``x``, its continuation lines indented by ``hang``; a word equal
        to ``lead`` in bold."""
        font, strong = _font(bold, size), _font(True, size)
        space = font.getlength(" ") / SCALE
        cur, cx = [], x
        for word in text.split():
            ww = (strong if word == lead else font).getlength(word) / SCALE
            if cur and cx + ww > x + width:
                self.line(cur, size)
                cur, cx = [], x + hang
            cur.append((cx, word, bold or word == lead))
            cx += ww + space
        if cur:
            self.line(cur, size)


def _stamp(org: str):
    """The council's round stamp in violet ink, its name around the rim and the arms' shield in the middle."""
    from PIL import Image, ImageDraw

    r = int(46 * SCALE)
    im = Image.new("RGBA", (2 * r + 4, 2 * r + 4), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    ink = (92, 60, 150, 170)
    d.ellipse((2, 2, 2 * r, 2 * r), outline=ink, width=3)
    d.ellipse((14, 14, 2 * r - 12, 2 * r - 12), outline=ink, width=1)
    font = _font(True, 7.2)
    text = f"{org.upper()} * ALKATETZA * "
    for k, ch in enumerate(text):
        a = 2 * math.pi * k / len(text) - math.pi / 2
        x, y = r + 1 + (r - 9) * math.cos(a), r + 1 + (r - 9) * math.sin(a)
        d.text((x - 3, y - 4), ch, font=font, fill=ink)
    d.rectangle((r - 12, r - 14, r + 12, r + 8), outline=ink, width=2)
    d.line((r - 12, r - 3, r + 12, r - 3), fill=ink, width=1)
    return im.rotate(-14, resample=Image.BICUBIC)


def _signature(draw, x: float, y: float, seed: int) -> None:
    """A handwritten signature in blue ballpoint: loops and a long underline stroke."""
    rng = random.Random(seed)
    pts = []
    for k in range(160):
        t = k / 159
        px = x + t * 120 + 6 * math.sin(t * 23 + rng.random() * 0.2)
        py = y + 9 * math.sin(t * 17) * (1 - t * 0.6) + 4 * math.cos(t * 41)
        pts.append((px * SCALE, py * SCALE))
    draw.line(pts, fill=(25, 35, 120), width=2)
    draw.line([((x + 8) * SCALE, (y + 14) * SCALE), ((x + 135) * SCALE, (y + 10) * SCALE)], fill=(25, 35, 120),
              width=2)  # fmt: skip


def _scan(page, number: int, total: int, doc: Doc, angle: float, last: bool, foot: str):
    """The page as the scanner saw it: ink on off-white paper, speckles, a slight tilt, JPEG."""
    from PIL import Image, ImageDraw, ImageFilter

    im = Image.new("RGB", (round(PW * SCALE), round(PH * SCALE)), (246, 244, 238))
    d = ImageDraw.Draw(im)
    for y, size, _, words in page:
        for x, word, bold in words:
            d.text((x * SCALE, (y - size * 0.8) * SCALE), word, font=_font(bold, size), fill=(28, 28, 28))
    if number == 1:
        d.line((56 * SCALE, 122 * SCALE, 539 * SCALE, 122 * SCALE), fill=(60, 60, 60), width=2)
    if last:
        sy = page[-1][0]
        _signature(d, 330, sy - 30, zlib.crc32(doc.organisation.encode()))
        stamp = _stamp(doc.organisation.removesuffix(" Udala"))
        im.paste(stamp, (round(400 * SCALE), round((sy - 92) * SCALE)), stamp)
    f = _font(False, 7.5)
    d.text((56 * SCALE, (PH - 40) * SCALE), foot, font=f, fill=(70, 70, 70))
    d.text((520 * SCALE, (PH - 40) * SCALE), f"{number}/{total}", font=f, fill=(70, 70, 70))
    rng = random.Random(number * 7919 + doc.number)
    for _ in range(900):
        px, py = rng.randrange(im.width), rng.randrange(im.height)
        g = rng.randrange(120, 200)
        d.point((px, py), fill=(g, g, g))
    im = im.filter(ImageFilter.GaussianBlur(0.5)).rotate(angle, resample=Image.BICUBIC, fillcolor=(250, 250, 250))
    out = io.BytesIO()
    im.convert("L").save(out, "JPEG", quality=62)
    return out.getvalue()


def _ocr_layer(c, page, angle: float, rng: random.Random, foot: str, number: int, total: int) -> None:
    """The OCR's words, invisible, each where the engine put it on its line's tilted baseline."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    a = math.radians(angle)  # the image was turned by ``angle`` about the page's centre, counter-clockwise
    cx, cy = PW / 2, PH / 2
    lines = [*page, (PH - 40 + 6.5, 7.5, 0.0, [(56, w, False) for w in foot.split()] + [(520, f"{number}/{total}",
                                                                                            False)])]  # fmt: skip
    for y, size, _, words in lines:
        font = _font(False, size)
        est = size * (0.96 + 0.1 * rng.random())  # the size the engine guesses from the line's height
        t = c.beginText()
        t.setTextRenderMode(3)
        if y > PH - 50:  # the footer's words were laid out as one string: space them as drawn
            x0, acc = 56.0, []
            for _, w, _ in words[:-1]:
                acc.append((x0, w, False))
                x0 += font.getlength(w + " ") / SCALE
            words = [*acc, words[-1]]
        for x, word, bold in words:
            text = "-" if word == "–" else _slip(word, rng)
            ink = _font(bold, size).getlength(word) / SCALE
            # the word's baseline point in the page (top-down) turned with the image, then in PDF space
            dx, dy = x - cx, y - cy
            rx, ry = cx + dx * math.cos(a) + dy * math.sin(a), cy - dx * math.sin(a) + dy * math.cos(a)
            rx += rng.uniform(-0.9, 0.9)
            ry += rng.uniform(-0.6, 0.6)
            t.setFont("DejaVu", est)
            natural = stringWidth(text, "DejaVu", est) or 1
            t.setHorizScale(100 * ink / natural)
            t.setTextTransform(math.cos(a), math.sin(a), -math.sin(a), math.cos(a), rx, PH - ry)
            t.textOut(text)
        c.drawText(t)


def pdf_egoera_txostena_eu(doc: Doc) -> bytes:
    """The council's report as its emergency office scans the signed paper, OCR'd to a searchable PDF."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    _fonts()
    when = report_day(doc)
    day = f"{when.year}eko {HILABETEAK[when.month - 1]} {when.day}"
    herria = PLACE.get(doc.organisation, "Herrian")
    paper = _Paper()
    paper.text(doc.organisation.upper(), 56, 14, bold=True)
    paper.text("Herritarren Segurtasuna eta Larrialdiak · Udaltzaingoa", 56, 9)
    paper.text(f"Irteera-erregistroa: 2025/{300 + 17 * doc.number} · Espedientea: 2025/UHOL-0{doc.number}", 56, 9)
    paper.y += 24
    paper.text(f"EGOERA-TXOSTENA {doc.number}. zk. – UHOLDEAK", 56, 13, bold=True)
    paper.text(f"Data: {day}a, 08:00 · Nori: Udal Larrialdi Batzordea, SOS Deiak, Foru Aldundia", 56, 9.5)
    paper.y += 8
    lead = LEADS["eu"]
    for s in doc.sections:
        if paper.y > PH - 140:  # a heading is not left alone at a page's foot
            paper.pages.append([])
            paper.y = 60.0
        paper.y += 6
        paper.text(s.heading, 56, 11, bold=True)
        for it in s.items:
            risk, has, mitigation = split_mitigation(it, lead)
            text = f"{risk} {lead} {mitigation}" if has else it.text
            at = (len(paper.pages), len(paper.pages[-1]))
            paper.text(text, 74, 10.5, width=462, lead=lead if has else "")
            page = paper.pages[at[0] - 1] if len(paper.pages[at[0] - 1]) > at[1] else paper.pages[at[0]]
            first = at[1] if page is paper.pages[at[0] - 1] else 0
            y, size, tilt, ws = page[first]
            page[first] = (y, size, tilt, [(62.0, "–", False), *ws])
    if paper.y > PH - 80 - 110:  # the place, the mayor and the signature are kept together
        paper.pages.append([])
        paper.y = 60.0
    paper.y += 20
    paper.text(f"{herria}, {day}an", 330, 10.5)
    paper.text("Alkatea", 330, 10.5, bold=True)
    paper.y += 44
    paper.text("Sin.: Itziar Goikoetxea Arana", 330, 10)
    foot = f"{doc.organisation} · Udaletxeko plaza 1 · 943 65 00 {10 + doc.number} · www.udala.eus"
    rng = random.Random(zlib.crc32(f"{doc.organisation}{doc.number}".encode()))
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(PW, PH))
    c.setTitle("")
    c.setCreator("Scan2PDF OCR")
    c.setProducer("OCR engine PDF renderer")
    total = len(paper.pages)
    for n, page in enumerate(paper.pages, start=1):
        angle = rng.uniform(-0.35, 0.35)
        jpeg = _scan(page, n, total, doc, angle, n == total, foot)
        c.drawImage(ImageReader(io.BytesIO(jpeg)), 0, 0, PW, PH)
        _ocr_layer(c, page, angle, rng, foot, n, total)
        c.showPage()
    c.save()
    return buf.getvalue()
