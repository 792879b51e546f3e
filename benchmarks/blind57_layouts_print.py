"""PDF writer of the ``blind57_layouts`` set drawn word by word with reportlab: a Tanzanian water supply and
sanitation authority's letter on the state of water supply after floods, typed in Word and printed to PDF through
Foxit's PDF printer.

A Tanzanian urban water supply and sanitation authority after El Niño floods damaged its intakes: the daily "Taarifa
ya hali ya huduma ya maji" to the Regional Commissioner, typed in Word on the authority's letter template and printed
to PDF with the "Foxit PDF Printer" driver that comes with Foxit's reader, the way many offices make their PDFs: the
driver writes every word as a text object of its own at its place on the line (the justified lines' spaces are
gaps, not characters), and names the file "Microsoft Word - …docx". The letter in Times New Roman: the coat of arms
over "JAMHURI YA MUUNGANO WA TANZANIA", "WIZARA YA MAJI" and the authority's name in bold capitals, the address line
("S.L.P. …", "Simu:", "Barua pepe:", "Tovuti:") over a rule, "Kumb. Na. …" at the left and the date at the right,
the addressee ("Mkuu wa Mkoa, …, S.L.P. …, DAR ES SALAAM."), "YAH:" and the subject in bold capitals underlined,
"Husika na kichwa cha habari hapo juu." and the opening sentence, each section's name in bold capitals after its
number ("1. MUHTASARI"), the summary as justified paragraphs, the other points after a bullet on a hanging indent,
"Hatua zilizochukuliwa:" in bold, "Naomba kuwasilisha.", the signature line, the director's name and post, "Nakala:"
with the copies, and the page number at the foot of each page. "TSh 340,000,000", "TSh bilioni 1.25", "1,250",
"12%", "16 Aprili", "(taarifa iliyopita: 5)".
"""

from __future__ import annotations

import io
import zlib

from blind7_layouts_content import report_day
from blind57_layouts_banks_away import MAJI
from blind57_layouts_content import MIEZI, parts
from council_layouts_gold import Doc

SERIF = "/usr/share/fonts/truetype/liberation/LiberationSerif-{}.ttf"
AUTHORITIES = (("DAWASA", "S.L.P. 1573, DAR ES SALAAM", "+255 22 276 0006", "dawasa.go.tz", "Dar es Salaam",
                "S.L.P. 5429,", "DAR ES SALAAM.", "Mhandisi Elias Mwakalinga"),
               ("MORUWASA", "S.L.P. 1016, MOROGORO", "+255 23 261 3421", "moruwasa.go.tz", "Morogoro",
                "S.L.P. 650,", "MOROGORO.", "Mhandisi Halima Mbwana"),
               ("AUWSA", "S.L.P. 13600, ARUSHA", "+255 27 254 4158", "auwsa.go.tz", "Arusha", "S.L.P. 3050,",
                "ARUSHA.", "Mhandisi Justine Rujomba"),
               ("MWAUWASA", "S.L.P. 317, MWANZA", "+255 28 250 0547", "mwauwasa.go.tz", "Mwanza", "S.L.P. 119,",
                "MWANZA.", "Mhandisi Neli Msuya"))  # fmt: skip
W, H = 595.27, 841.89
LEFT, RIGHT, TOP, BOTTOM = 72.0, 72.0, 60.0, 72.0
SIZE, LEAD = 12.0, 15.5


def _fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "TNR" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("TNR", SERIF.format("Regular")))
        pdfmetrics.registerFont(TTFont("TNR-Bold", SERIF.format("Bold")))


class Printer:
    """What the printer driver writes: each word a text object at its place, page by page."""

    def __init__(self, c) -> None:
        self.c, self.y, self.page = c, H - TOP, 1

    def _space(self, need: float) -> None:
        if self.y - need < BOTTOM:
            self._foot()
            self.c.showPage()
            self.page += 1
            self.y = H - TOP

    def _foot(self) -> None:
        self.c.setFont("TNR", 10)
        self.c.drawCentredString(W / 2, 40, str(self.page))

    def word(self, x: float, y: float, text: str, bold: bool = False, size: float = SIZE) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        font = "TNR-Bold" if bold else "TNR"
        self.c.setFont(font, size)
        self.c.drawString(x, y, text)
        return stringWidth(text, font, size)

    def para(self, runs: list[tuple[str, bool]], indent: float = 0, bullet: str = "", justify: bool = True,
             after: float = 6, underline: bool = False, centre: bool = False) -> None:  # fmt: skip
        """A paragraph of (text, bold) runs broken into lines, each word drawn on its own."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        words = [(w, b) for text, b in runs for w in text.split()]
        width = W - LEFT - RIGHT - indent
        space = stringWidth(" ", "TNR", SIZE)
        lines, line, used = [], [], 0.0
        for w, b in words:
            wd = stringWidth(w, "TNR-Bold" if b else "TNR", SIZE)
            if line and used + space + wd > width:
                lines.append((line, used))
                line, used = [], 0.0
            used += (space if line else 0) + wd
            line.append((w, b, wd))
        if line:
            lines.append((line, used))
        for n, (line, used) in enumerate(lines):
            self._space(LEAD)
            self.y -= LEAD
            gap = space
            if justify and n < len(lines) - 1 and len(line) > 1:
                gap = space + (width - used) / (len(line) - 1)
            x = LEFT + indent + ((width - used) / 2 if centre else 0)
            if bullet and n == 0:
                self.word(LEFT + indent - 18, self.y, bullet)
            for k, (w, b, wd) in enumerate(line):
                self.word(x, self.y, w, b)
                if underline:
                    self.c.line(x, self.y - 1.5, x + wd + (gap if k < len(line) - 1 else 0), self.y - 1.5)
                x += wd + gap
        self.y -= after

    def finish(self) -> None:
        self._foot()
        self.c.showPage()


def _letterhead(p: Printer, doc: Doc, short: str, box: str, phone: str, domain: str) -> None:
    c = p.c
    c.setFillColor("#1b5e20")
    c.rect(W / 2 - 16, H - 96, 32, 36, fill=1, stroke=0)
    c.setFillColor("#f9a825")
    c.circle(W / 2, H - 78, 9, fill=1, stroke=0)
    c.setFillColor("#000000")
    p.y = H - 102
    for line in ("JAMHURI YA MUUNGANO WA TANZANIA", "WIZARA YA MAJI", f"{doc.organisation.upper()} ({short})"):
        p.para([(line, True)], justify=False, centre=True, after=0)
    p.y -= 2
    c.setFont("TNR", 8.5)
    c.drawCentredString(W / 2, p.y - 10, f"{box} | Simu: {phone} | Barua pepe: info@{domain} | Tovuti: www.{domain}")
    p.y -= 18
    c.setLineWidth(1.5)
    c.line(LEFT, p.y, W - RIGHT, p.y)
    c.setLineWidth(0.6)
    c.line(LEFT, p.y - 2.5, W - RIGHT, p.y - 2.5)
    p.y -= 10


def pdf_foxit_printer_taarifa_maji_sw(doc: Doc) -> bytes:
    """The authority's letter on water supply as Foxit's PDF printer prints it from Word."""
    from reportlab.pdfgen.canvas import Canvas

    _fonts()
    when = report_day(doc)
    short, box, phone, domain, region, rc_box, rc_town, director = AUTHORITIES[MAJI.organisations.index(
        doc.organisation)]  # fmt: skip
    h = zlib.crc32(doc.title.encode())
    stamp = f"{when.day} {MIEZI[when.month - 1]}, {when.year}"
    out = io.BytesIO()
    c = Canvas(out, pagesize=(W, H))
    name = f"Taarifa ya hali ya huduma ya maji Na. {doc.number}.docx"
    c.setTitle(f"Microsoft Word - {name}")
    c.setAuthor(director.split(" ", 1)[1])
    c.setCreator("Foxit PDF Printer Version 12.1.2.15332")
    c.setProducer("Foxit PDF Printer Version 12.1.2.15332")
    p = Printer(c)
    _letterhead(p, doc, short, box, phone, domain)
    p.y -= LEAD
    p.word(LEFT, p.y, f"Kumb. Na. {short}/HQ/TM/{200 + h % 300}/{doc.number:02d}")
    from reportlab.pdfbase.pdfmetrics import stringWidth

    p.word(W - RIGHT - stringWidth(stamp, "TNR", SIZE), p.y, stamp)
    p.y -= 10
    for line in ("Mkuu wa Mkoa,", f"Mkoa wa {region},", rc_box, rc_town):
        p.para([(line, line == rc_town)], justify=False, after=0)
    p.y -= 10
    p.para([("YAH:", True), (f"TAARIFA YA HALI YA HUDUMA YA MAJI BAADA YA MAFURIKO – TAARIFA NA. {doc.number}", True)],
           indent=0, justify=False, underline=True, after=8)  # fmt: skip
    p.para([("Husika na kichwa cha habari hapo juu.", False)], after=6)
    p.para([(f"Mamlaka inapenda kukujulisha hali ya huduma ya maji katika eneo lake la huduma hadi tarehe {stamp} "
             "saa 2:00 asubuhi kama ifuatavyo:", False)], after=8)  # fmt: skip
    for s in doc.sections:
        p.para([(s.heading, True)], justify=False, after=4)
        for it in s.items:
            if s.key == "highlights":
                p.para([(it.text, False)], after=6)
                continue
            risk, lead, rest = parts(it, "sw")
            runs = [(risk, False), (lead, True), (rest, False)] if lead else [(it.text, False)]
            p.para(runs, indent=36, bullet="•", after=4)
        p.y -= 4
    p.para([("Naomba kuwasilisha.", False)], after=30)
    p.para([("…………………………………", False)], justify=False, after=0)
    p.para([(director, True)], justify=False, after=0)
    p.para([("MKURUGENZI MTENDAJI", True)], justify=False, after=14)
    p.para([("Nakala:", True)], justify=False, after=0)
    for line in ("Katibu Mkuu, Wizara ya Maji, S.L.P. 456, DODOMA.",
                 "Mkurugenzi Mkuu, Mamlaka ya Udhibiti wa Huduma za Nishati na Maji (EWURA), DODOMA.",
                 f"Mwenyekiti wa Kamati ya Maafa ya Mkoa wa {region}."):  # fmt: skip
        p.para([(line, False)], indent=36, justify=False, after=0)
    p.finish()
    c.save()
    return out.getvalue()
