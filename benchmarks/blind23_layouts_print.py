"""PDF writer of the ``blind23_layouts`` set, and the helpers its other PDF writers share: a Nigerian state emergency
management agency's flood report in Hausa ("Rahoton Halin da Ake Ciki") written in Word and printed to PDF with
"2 pages per sheet" — Microsoft Print to PDF's way of saving paper: each sheet an A4 landscape page holding two A4
pages of the report side by side, each scaled to 68 % with its own running header ("SEMA Jihar Kano – Rahoton …" and
a rule), footer ("Shafi 1 cikin 3") and margins; on the first page the state government and the agency centred, the
title, the event and date line over a rule; headings bold dark green body type, the situation as paragraphs, the
points "•" with a hanging indent, "Matakan kariya:" in bold inside a risk's point, the executive secretary's
signature lines at the end; a last page alone on the left of its sheet when the pages are odd; "1,250", "12%",
"₦3,400,000", "18 ga Agusta").
"""

from __future__ import annotations

import io
from collections.abc import Callable

from blind7_layouts_content import report_day
from blind17_layouts_content import split_mitigation
from blind23_layouts_content import LEADS, WATA
from council_layouts_gold import Doc

SANS, BOLD = "B23Sans", "B23Sans-Bold"
PW, PH = 595.28, 841.89
Run = tuple[str, str]  # (word, font)


def fonts() -> None:
    """Liberation Sans (Arial's metrics, with the hooked letters of Hausa) under this set's names."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    have = set(pdfmetrics.getRegisteredFontNames())
    for name, file in ((SANS, "Regular"), (BOLD, "Bold"), ("B23Sans-Italic", "Italic")):
        if name not in have:
            pdfmetrics.registerFont(TTFont(name, f"/usr/share/fonts/truetype/liberation2/LiberationSans-{file}.ttf"))


def width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, font, size)


def runs(item, lead_of: str) -> list[Run]:
    """An item's words with their fonts: the mitigation's lead in bold."""
    risk, lead, rest = split_mitigation(item, lead_of)
    if not lead:
        return [(w, SANS) for w in item.text.split()]
    return [(w, SANS) for w in risk.split()] + [(w, BOLD) for w in lead.split()] + [(w, SANS) for w in rest.split()]


def wrap(words: list[Run], room: float, size: float) -> list[list[Run]]:
    """Words into lines no wider than ``room``."""
    lines, cur, used = [], [], 0.0
    for word, font in words:
        need = width(word, font, size) + (width(" ", SANS, size) if cur else 0)
        if cur and used + need > room:
            lines.append(cur)
            cur, used, need = [], 0.0, width(word, font, size)
        cur.append((word, font))
        used += need
    return [*lines, cur] if cur else lines


def draw_line(c, x: float, y: float, line: list[Run], size: float) -> float:
    """One line of words at (x, y), each font run its own text; the x after it."""
    space = width(" ", SANS, size)
    for k, (word, font) in enumerate(line):
        c.setFont(font, size)
        c.drawString(x, y, word)
        x += width(word, font, size) + (space if k < len(line) - 1 else 0)
    return x


# ---------------------------------------------------------------- Hausa: two pages per sheet

GREEN = (0.05, 0.38, 0.2)
LEFT, RIGHT, TOP, FOOT = 72.0, PW - 72.0, 96.0, 90.0
SIZE, LEAD = 12.5, 17.0
STATES = {"Jigawa": "Malam Sani Yusuf", "Kano": "Dr. Nuradeen Abdullahi", "Katsina": "Hajiya Zainab Musa",
          "Sokoto": "Alhaji Aminu Bello"}  # fmt: skip

Op = Callable[[object], None]


def _pages(doc: Doc) -> list[list[Op]]:
    """The report laid out on A4 pages: each page a list of drawing operations in page units."""
    when = report_day(doc)
    state = doc.organisation.removeprefix("SEMA Jihar ")
    pages: list[list[Op]] = [[]]
    y = PH - 70.0

    def put(op: Op) -> None:
        pages[-1].append(op)

    def need(h: float) -> None:
        nonlocal y
        if y - h < FOOT:
            pages.append([])
            y = PH - TOP

    def centre(text: str, font: str, size: float) -> None:
        nonlocal y
        put(lambda c, t=text, f=font, s=size, yy=y: (c.setFont(f, s), c.drawCentredString(PW / 2, yy, t)))
        y -= size + 5

    centre(f"GWAMNATIN JIHAR {state.upper()}", BOLD, 12)
    centre(f"HUKUMAR BADA AGAJIN GAGGAWA TA JIHAR {state.upper()} (SEMA)", BOLD, 11)
    y -= 8
    centre(f"RAHOTON HALIN DA AKE CIKI NA {doc.number}", BOLD, 15)
    centre(f"Ambaliyar ruwa – {when.day} ga {WATA[when.month - 1]} {when.year}, ƙarfe 8:00 na safe", SANS, 11)
    put(lambda c, yy=y + 4: (c.setLineWidth(1.2), c.line(LEFT, yy, RIGHT, yy)))
    y -= 14
    for s in doc.sections:
        need(LEAD * 3)
        y -= 10
        put(lambda c, t=s.heading, yy=y: (c.setFillColorRGB(*GREEN), c.setFont(BOLD, 14), c.drawString(LEFT, yy, t),
                                          c.setFillColorRGB(0, 0, 0)))  # fmt: skip
        y -= 22
        for it in s.items:
            para = s.key == "situation"
            x0 = LEFT if para else LEFT + 16
            lines = wrap(runs(it, LEADS["ha"]), RIGHT - x0, SIZE)
            for k, line in enumerate(lines):
                need(LEAD)
                if k == 0 and not para:
                    put(lambda c, yy=y: (c.setFont(SANS, SIZE), c.drawString(LEFT + 3, yy, "•")))
                put(lambda c, ln=line, yy=y, xx=x0: draw_line(c, xx, yy, ln, SIZE))
                y -= LEAD
            y -= 6
    need(LEAD * 4)
    y -= 18
    for text in ("Sa hannu:", STATES[state], "Babban Sakataren Zartarwa, SEMA"):
        put(lambda c, t=text, yy=y: (c.setFont(SANS, SIZE), c.drawString(LEFT, yy, t)))
        y -= LEAD
    return pages


def pdf_two_up_ha(doc: Doc) -> bytes:
    """The report's pages printed two to an A4 landscape sheet."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    fonts()
    pages = _pages(doc)
    head = f"{doc.organisation} – Rahoton Halin da Ake Ciki Na {doc.number}"
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A4))
    c.setTitle(f"Rahoto {doc.number}.docx")
    c.setAuthor("SEMA")
    c.setCreator("Microsoft Print To PDF")
    scale = 0.68
    sw, sh = landscape(A4)
    for first in range(0, len(pages), 2):
        for k, page in enumerate(pages[first : first + 2]):
            n = first + k + 1
            c.saveState()
            c.translate(sw / 4 + k * sw / 2 - PW * scale / 2, (sh - PH * scale) / 2)
            c.scale(scale, scale)
            c.setFont(SANS, 8.5)
            c.setFillColorRGB(0.35, 0.35, 0.35)
            c.drawString(LEFT, PH - 44, head)
            c.setLineWidth(0.5)
            c.line(LEFT, PH - 49, RIGHT, PH - 49)
            c.drawCentredString(PW / 2, 46, f"Shafi {n} cikin {len(pages)}")
            c.setFillColorRGB(0, 0, 0)
            for op in page:
                op(c)
            c.restoreState()
        c.showPage()
    c.save()
    return buf.getvalue()
