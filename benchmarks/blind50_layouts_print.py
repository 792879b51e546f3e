"""Whiteboard writer of the ``blind50_layouts`` set drawn with reportlab: an American state park system's hurricane
recovery sitrep kept on an online whiteboard, Miro, and exported from it as a PDF of the whole board.

The recovery team's sitrep board, one board a report (the last one duplicated and updated), exported with "Export
› Save as PDF" as one large vector page: the board's title and a line with the update's number, date and the park
system's name in a text box at the top left, a legend of sticky-note colours at the top right, then the sections as
frames in two rows of five — each frame's name in small grey type above its top left corner, as Miro draws it —,
the summary as a text box filling its frame, every other point a square sticky note (yellow, a risk's pink, the
next steps' green) in a grid of two columns, its text centred and made smaller to fit as Miro does, a risk's
"Mitigation:" on a line of its own in the same note, the author's name small at the note's foot, and a "Parking lot"
frame of open questions at the end of the second row. "$3,400", "$1.25M", "1,250", "Sep 16", "(was 5)".
"""

from __future__ import annotations

import io

from blind7_layouts_content import report_day
from blind45_layouts_pdf import fonts
from blind47_layouts_print import wrap
from blind50_layouts_banks_home import PARKS
from blind50_layouts_content import parts
from council_layouts_gold import Doc

TEAMS = (("Dana K.", "Luis M.", "Priya S.", "Tom W."), ("Beth A.", "Marcus J.", "Kim L.", "Ray D."),
         ("Jordan P.", "Ellen F.", "Sam O.", "Nate G."), ("Carla B.", "Devon H.", "Mia T.", "Greg R."))  # fmt: skip
PARKING = ("Can we borrow a second loader from DOT?", "Who signs off cabin reopenings?")
YELLOW, PINK, GREEN, BLUE = "#FFF9B1", "#F5B7D1", "#C9DF56", "#A6CCF5"
NOTE, GAP, PAD = 180.0, 14.0, 16.0  # a sticky note's side, the space between notes, a frame's padding
FRAME_W = 2 * NOTE + GAP + 2 * PAD
TITLE_GAP = 22.0  # the frame's name above it


def _note_lines(text: str, lead: str, rest: str, size: float) -> list[str]:
    width = NOTE - 20
    lines = wrap(text, "Sans", size, width)
    if lead:
        lines += wrap(f"{lead} {rest}", "Sans", size, width)
    return lines


def _fit(text: str, lead: str, rest: str) -> tuple[list[str], float]:
    """Miro's text size in a sticky note: the largest, 18 pt down, at which the text fits above the author's name."""
    size = 18.0
    while True:
        lines = _note_lines(text, lead, rest, size)
        if len(lines) * size * 1.18 <= NOTE - 34 or size <= 7:
            return lines, size
        size -= 0.5


def _notes(section, team, kind: str) -> list[tuple[str, list[str], float, str]]:
    colour = PINK if kind == "risks" else GREEN if kind == "next-steps" else YELLOW
    out = []
    for n, it in enumerate(section.items):
        risk, lead, rest = parts(it, "miro")
        lines, size = _fit(risk if lead else it.text, lead, rest)
        out.append((colour, lines, size, team[(n + len(section.heading)) % len(team)]))
    return out


def _frame_height(section) -> float:
    if section.key == "highlights":
        return 2 * (NOTE + GAP) + PAD
    rows = (len(section.items) + 1) // 2
    return max(1, rows) * (NOTE + GAP) - GAP + 2 * PAD


def pdf_miro_board_parks_us(doc: Doc) -> bytes:
    """The recovery team's sitrep board as Miro exports it to PDF, one large page."""
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.pdfgen.canvas import Canvas

    fonts()
    when = report_day(doc)
    k = PARKS.organisations.index(doc.organisation)
    team = TEAMS[k]
    sections = list(doc.sections)
    rows = [sections[:5], sections[5:]]
    heights = [max(_frame_height(s) for s in row) for row in rows]
    width = 6 * FRAME_W + 7 * 60  # the parking lot beside the second row
    height = 200 + sum(heights) + 2 * (TITLE_GAP + 60) + 60
    out = io.BytesIO()
    c = Canvas(out, pagesize=(width, height))
    c.setTitle(f"Hurricane recovery sitrep board – update {doc.number}")
    c.setCreator("Miro")
    c.setProducer("Miro PDF export")
    c.setFillColor(HexColor("#F2F2F2"))
    c.rect(0, 0, width, height, stroke=0, fill=1)
    # the board's title and the line under it
    c.setFillColor(black)
    c.setFont("Sans-Bold", 40)
    c.drawString(60, height - 90, "Hurricane recovery – sitrep board")
    c.setFont("Sans", 20)
    c.setFillColor(HexColor("#555555"))
    c.drawString(60, height - 124, f"Update {doc.number} · {when:%b} {when.day} · {doc.organisation}")
    # the legend
    x = width - 3 * 170 - 60
    for colour, label in ((YELLOW, "Update"), (PINK, "Risk"), (GREEN, "Next step")):
        c.setFillColor(HexColor(colour))
        c.rect(x, height - 120, 40, 40, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Sans", 16)
        c.drawString(x + 50, height - 106, label)
        x += 170
    top = height - 200
    for row, row_height in zip(rows, heights, strict=True):
        frames = [*row, None] if row is rows[-1] else row
        for col, s in enumerate(frames):
            fx = 60 + col * (FRAME_W + 60)
            fy = top - TITLE_GAP - row_height
            c.setFillColor(HexColor("#777777"))
            c.setFont("Sans", 13)
            c.drawString(fx, top - 15, s.heading if s else "Parking lot")
            c.setFillColor(white)
            c.setStrokeColor(HexColor("#D0D0D0"))
            c.rect(fx, fy, FRAME_W, row_height, stroke=1, fill=1)
            if s is None:
                for n, text in enumerate(PARKING):
                    _sticky(c, fx + PAD + n * (NOTE + GAP), fy + row_height - PAD - NOTE, BLUE,
                            *_fit(text, "", ""), team[n], HexColor, black)  # fmt: skip
                continue
            if s.key == "highlights":
                c.setFillColor(black)
                y = fy + row_height - PAD - 22
                for it in s.items:
                    for line in wrap(it.text, "Sans", 20, FRAME_W - 2 * PAD):
                        c.setFont("Sans", 20)
                        c.drawString(fx + PAD, y, line)
                        y -= 25
                    y -= 14
                continue
            for n, (colour, lines, size, author) in enumerate(_notes(s, team, s.key or "")):
                nx = fx + PAD + (n % 2) * (NOTE + GAP)
                ny = fy + row_height - PAD - (n // 2 + 1) * NOTE - (n // 2) * GAP
                _sticky(c, nx, ny, colour, lines, size, author, HexColor, black)
        top -= TITLE_GAP + row_height + 60
    c.showPage()
    c.save()
    return out.getvalue()


def _sticky(c, x, y, colour, lines, size, author, HexColor, black) -> None:
    """A square sticky note at (x, y), its lines centred in the space above the author's name."""
    c.setFillColor(HexColor("#D9D9D9"))
    c.rect(x + 2, y - 2, NOTE, NOTE, stroke=0, fill=1)
    c.setFillColor(HexColor(colour))
    c.rect(x, y, NOTE, NOTE, stroke=0, fill=1)
    c.setFillColor(black)
    block = len(lines) * size * 1.18
    line_y = y + 20 + (NOTE - 20 - block) / 2 + block - size
    c.setFont("Sans", size)
    for line in lines:
        c.drawCentredString(x + NOTE / 2, line_y, line)
        line_y -= size * 1.18
    c.setFont("Sans", 8)
    c.setFillColor(HexColor("#6B6B6B"))
    c.drawRightString(x + NOTE - 8, y + 7, author)
