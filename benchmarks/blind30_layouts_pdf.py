"""PDF writers of the ``blind30_layouts`` set (reportlab, with ``blind23_layouts_print``'s line helpers).

A museum service's collections emergency update after its store flooded, written by the collections manager in Apple
Pages on a Mac from the "Report" template and exported with File › Export To › PDF: A4, the document's header on every
page (the museum at the left, "Collections emergency – update 3" at the right, small and grey) and the page number
centred in the footer; on the first page the template's title ("Riverside Store Flood"), its subtitle in the accent
colour and the date and author line, a photograph of the salvage from the phone with its caption under it; each section
in Pages' "Heading" style (bold, the accent colour), the summary and the store's condition as running paragraphs in
"Body", the other sections Pages' "Bullet" list ("•" at a quarter inch, the text at half an inch, a hanging indent),
"Action being taken:" bold inside a risk's point, never one line of a paragraph alone at a page's foot or head (Pages'
widow and orphan control); the distribution and next update lines in grey at the end. Quartz draws every word as a run
of its own placed on the line, with no space glyph between words, and names the file "Pages" and "macOS … Quartz
PDFContext". "£3,400", "£1.25m", "(previous update: 5)".

A music festival's event control sitrep typed by the event control manager in Windows Notepad and printed with
Microsoft Print to PDF for the Safety Advisory Group: A4, Notepad's default page setup — the file's name centred as
the header, "Page 1" centred as the footer, 20 mm margins at the sides and 25 mm at the top and foot — the text in
the editor's monospaced font, each line as typed, and a line longer than the page cut at the last space that fits
with the rest carried to the next line from the margin (Notepad's printing wraps, it does not indent); the title,
time, author and distribution lines, a rule of dashes, each section a line in capitals, the points "- " with no full
stop, "Control measures:" inside a risk's point, the "END OF SITREP" line. "£3,400", "19/07", "(was 5)".
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable
from datetime import timedelta

from blind7_layouts_content import report_day
from blind23_layouts_print import width
from blind30_layouts_content import parts
from council_layouts_gold import Doc

Op = Callable[[object], object]
A4W, A4H = 595.28, 841.89
SANS, BOLD, ITALIC, MONO = "B30Sans", "B30Sans-Bold", "B30Sans-Italic", "B30Mono"


def _fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    have = set(pdfmetrics.getRegisteredFontNames())
    base = "/usr/share/fonts/truetype/liberation2/Liberation"
    for name, file in ((SANS, "Sans-Regular"), (BOLD, "Sans-Bold"), (ITALIC, "Sans-Italic"),
                       (MONO, "Mono-Regular")):  # fmt: skip
        if name not in have:
            pdfmetrics.registerFont(TTFont(name, f"{base}{file}.ttf"))


def _pdf(pages: list[list[Op]], title: str, creator: str, producer: str, author: str = "") -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(A4W, A4H))
    c.setTitle(title)
    c.setCreator(creator)
    c.setAuthor(author)
    c.setSubject("")
    c._doc.info.producer = producer
    for page in pages:
        for op in page:
            op(c)
        c.showPage()
    c.save()
    return buf.getvalue()


def _wrap(words: list[tuple[str, str]], room: float, size: float) -> list[list[tuple[str, str]]]:
    lines, cur, used = [], [], 0.0
    for word, font in words:
        need = width(word, font, size) + (width(" ", SANS, size) if cur else 0)
        if cur and used + need > room:
            lines.append(cur)
            cur, used, need = [], 0.0, width(word, font, size)
        cur.append((word, font))
        used += need
    return [*lines, cur] if cur else lines


def _words(c, x: float, y: float, line: list[tuple[str, str]], size: float) -> None:
    """A line as Quartz writes it: each word its own run at its place, no space glyph between."""
    for word, font in line:
        c.setFont(font, size)
        c.drawString(x, y, word)
        x += width(word, font, size) + width(" ", SANS, size)


# ---------------------------------------------------------------- Apple Pages, exported to PDF

ACCENT = (0.0, 0.42, 0.47)
GREY = (0.45, 0.45, 0.45)
MANAGERS = {"Tynedale": "Jo Hartley", "Wealden": "Priya Desai", "Carrick": "Morwenna Pascoe",
            "Severnside": "Gareth Lloyd"}  # fmt: skip
RUNNING = ("Summary", "Condition of the store")  # written as paragraphs in "Body"


def _photo(seed: int) -> bytes:
    """The phone photograph of the salvage pasted into the document: boxes on racks, no text."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (900, 360), (96, 92, 84))
    dr = ImageDraw.Draw(img)
    for shelf in range(4):
        y = 60 + shelf * 80
        dr.rectangle((40, y + 58, 860, y + 64), fill=(150, 150, 160))
        for k in range(9):
            shade = 150 + (seed >> (k + shelf)) % 60
            dr.rectangle((50 + k * 90, y, 125 + k * 90, y + 56), fill=(shade, shade - 30, shade - 70))
    dr.rectangle((0, 330, 900, 360), fill=(70, 60, 45))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80)
    return out.getvalue()


def pdf_pages_museum_gb(doc: Doc) -> bytes:
    """The collections emergency update as Pages exports it to PDF."""
    from reportlab.lib.utils import ImageReader

    _fonts()
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    manager = next(v for k, v in MANAGERS.items() if doc.organisation.startswith(k))
    x0, room, size, lead = 72.0, A4W - 144.0, 11.0, 15.0
    pages: list[list[Op]] = [[]]
    y = A4H - 108

    def put(op: Op) -> None:
        pages[-1].append(op)

    def need(height: float) -> None:
        nonlocal y
        if y - height < 72:
            pages.append([])
            y = A4H - 90

    put(lambda c, y=y: (c.setFillColorRGB(0.12, 0.12, 0.12), c.setFont(BOLD, 30),
                        c.drawString(x0, y, "Riverside Store Flood")))  # fmt: skip
    y -= 30
    put(lambda c, y=y: (c.setFillColorRGB(*ACCENT), c.setFont(SANS, 16),
                        c.drawString(x0, y, f"Collections emergency update {doc.number}")))  # fmt: skip
    y -= 22
    byline = f"{when:%A} {when.day} {when:%B %Y} · Prepared by {manager}, Collections Manager"
    put(lambda c, y=y: (c.setFillColorRGB(*GREY), c.setFont(SANS, 10), c.drawString(x0, y, byline)))
    y -= 18
    photo = ImageReader(io.BytesIO(_photo(h)))
    put(lambda c, y=y: c.drawImage(photo, x0, y - 180, room, 180))
    y -= 194
    caption = "The salvage team moving wet boxes on to the drying racks in Store B"
    put(lambda c, y=y: (c.setFillColorRGB(*GREY), c.setFont(ITALIC, 9), c.drawString(x0, y, caption)))
    y -= 18
    for s in doc.sections:
        need(50)
        y -= 12
        put(lambda c, y=y, t=s.heading: (c.setFillColorRGB(*ACCENT), c.setFont(BOLD, 15), c.drawString(x0, y, t)))
        y -= 21
        bullets = s.heading not in RUNNING
        for it in s.items:
            risk, lead_, rest = parts(it, "museum")
            words = [(w, SANS) for w in risk.split()]
            if lead_:
                words += [(w, BOLD) for w in lead_.split()] + [(w, SANS) for w in rest.split()]
            indent = 36.0 if bullets else 0.0
            lines = _wrap(words, room - indent, size)
            for k, line in enumerate(lines):
                # Pages' widow and orphan control: never one line of a paragraph alone on a page
                need(lead * (min(len(lines), 2) if k == 0 else 2 if k == len(lines) - 2 else 1))
                if k == 0 and bullets:
                    put(lambda c, y=y: (c.setFillColorRGB(0.1, 0.1, 0.1), c.setFont(SANS, size),
                                        c.drawString(x0 + 18, y, "•")))  # fmt: skip
                put(lambda c, y=y, line=line, x=x0 + indent: (c.setFillColorRGB(0.1, 0.1, 0.1),
                                                             _words(c, x, y, line, size)))  # fmt: skip
                y -= lead
            y -= 3 if bullets else 7
    need(40)
    y -= 16
    nxt = when + timedelta(days=2)
    last = ("Distribution: Board of trustees, Director, county emergency planning officer",
            f"Next update: {nxt:%A} {nxt.day} {nxt:%B}")  # fmt: skip
    for text in last:
        put(lambda c, y=y, t=text: (c.setFillColorRGB(*GREY), c.setFont(SANS, 9), c.drawString(x0, y, t)))
        y -= 13
    for n, page in enumerate(pages, start=1):
        page.insert(0, lambda c, n=n: (c.setFillColorRGB(*GREY), c.setFont(SANS, 9),
                                       c.drawString(x0, A4H - 40, doc.organisation),
                                       c.drawRightString(A4W - x0, A4H - 40,
                                                         f"Collections emergency – update {doc.number}"),
                                       c.drawCentredString(A4W / 2, 36, str(n))))  # fmt: skip
    return _pdf(
        pages,
        f"Riverside store flood – update {doc.number}",
        "Pages",
        "macOS Version 15.3.1 (Build 24D70) Quartz PDFContext",
        manager,
    )


# ---------------------------------------------------------------- Notepad, Microsoft Print to PDF

MANAGER = {"Riverside": "Sarah Kent", "Longmoor": "Dan Whitfield", "Castlefield": "Amira Haddad",
           "Harbour": "Lee Trevithick"}  # fmt: skip
COLS = 73  # characters of Liberation Mono 11 pt across A4 less Notepad's 20 mm margins


def _fold(line: str) -> list[str]:
    """A typed line as Notepad prints it: cut at the last space that fits, the rest from the margin."""
    out = []
    while len(line) > COLS:
        cut = line.rfind(" ", 0, COLS + 1)
        cut = cut if cut > 0 else COLS
        out.append(line[:cut])
        line = line[cut:].lstrip(" ")
    return [*out, line]


def festival_text(doc: Doc) -> list[str]:
    """The sitrep as the event control manager types it, one string a typed line."""
    when = report_day(doc)
    manager = next(v for k, v in MANAGER.items() if doc.organisation.startswith(k))
    nxt = when + timedelta(days=1)
    lines = [f"{doc.organisation.upper()} {when.year} - EVENT CONTROL SITREP {doc.number}",
             f"Time: 14:00 {when:%A} {when:%d/%m/%Y}",
             f"Author: Event Control Manager ({manager})",
             "Distribution: SAG members, Police Silver, Ambulance, Fire, Council ESO, Medical lead",
             "-" * 60, ""]  # fmt: skip
    for s in doc.sections:
        lines.append(s.heading)
        for it in s.items:
            lines.append(f"- {it.text}")
        lines.append("")
    lines.append(f"END OF SITREP - next sitrep 14:00 {nxt:%A} {nxt:%d/%m/%Y}")
    return lines


def pdf_notepad_festival_gb(doc: Doc) -> bytes:
    """The event control sitrep as Notepad prints it to Microsoft Print to PDF."""
    _fonts()
    when = report_day(doc)
    name = f"Sitrep {doc.number} {when:%a %d-%m}.txt"
    printed = [part for line in festival_text(doc) for part in _fold(line)]
    left, top, foot, step, size = 56.69, A4H - 70.87, 70.87, 13.0, 11.0
    per_page = int((top - foot) // step)
    chunks = [printed[k : k + per_page] for k in range(0, len(printed), per_page)]
    pages: list[list[Op]] = []
    for n, chunk in enumerate(chunks, start=1):

        def page(c, chunk=chunk, n=n) -> None:
            c.setFont(MONO, size)
            c.drawCentredString(A4W / 2, A4H - 42, name)
            for k, text in enumerate(chunk):
                if text:
                    c.drawString(left, top - size - k * step, text)
            c.drawCentredString(A4W / 2, 36, f"Page {n}")

        pages.append([page])
    return _pdf(pages, name, "", "Microsoft: Print To PDF")
