"""A whiteboard exported to PDF: frames laid out in rows, each named by a small grey line just over its top edge,
holding sticky notes, each note a point with its author's name small at its foot; the board's key (short labels
beside coloured squares) beside its title. Each frame's name heads its notes, each note is one point read whole
(two notes side by side are never read across), text written in a frame outside any note is the frame's own
paragraph, and the authors and the key are left out and counted.

Layouts (reportlab's canvas): notes with a shadow and their author, on a wide page; notes without shadow or
author in one row of frames, the first frame holding text of its own; and a board of narrower frames with three
notes to a frame in two rows.
"""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen.canvas import Canvas

from sitroom.extract.pdf.board import take_board
from sitroom.extract.pdf.reader import read_pdf
from sitroom.read import parse_bytes

TITLE = "Hurricane recovery – sitrep board"
FRAMES = [
    ("Where we are", ["Roads into the barrier island parks are still covered with sand.",
                      "26 parks remain fully closed."]),
    ("Closures and visitors", ["3,721 campsite reservations have been cancelled and refunded.",
                               "Beach access points stay closed until the dunes are assessed."]),
    ("Crews", ["39 certified sawyers from other districts are on loan."]),
    ("Risks", ["Visitors entering closed parks. Mitigation: Gates are locked and rangers patrol twice a day."]),
    ("Next 72 hours", ["Reopen the main beach access by Sep 18.", "Call with the county on Sep 15.",
                       "Survey the cabins at Hunting Island."]),
]  # fmt: skip
AUTHORS = ["Beth A.", "Marcus J.", "Kim L."]


def _wrap(c: Canvas, text: str, width: float, size: float) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and c.stringWidth(f"{line} {word}", "Helvetica", size) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line]


def _board(per_row: int, frame_w: float, note: float, shadow: bool, authors: bool, own_text: str = "") -> bytes:
    width = 60 + per_row * (frame_w + 50)
    rows = -(-(len(FRAMES) + bool(own_text)) // per_row)
    per_line = max(1, int((frame_w - 20) // (note + 14)))
    note_rows = max(-(-len(points) // per_line) for _, points in FRAMES)
    frame_h = note_rows * (note + 14) + 40
    height = 200 + rows * (frame_h + 60)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(width, height), invariant=1)
    c.setFillColor("#f2f2f2")
    c.rect(0, 0, width, height, stroke=0, fill=1)
    c.setFillColor("black")
    c.setFont("Helvetica-Bold", 40)
    c.drawString(60, height - 80, TITLE)
    c.setFont("Helvetica", 20)
    c.drawString(60, height - 125, "Update 1 · Sep 14 · State Parks")
    for n, (label, colour) in enumerate([("Update", "#fff7a8"), ("Risk", "#f7b6d2")]):
        x = width - 300 + n * 140
        c.setFillColor(colour)
        c.rect(x, height - 90, 28, 28, stroke=0, fill=1)
        c.setFillColor("black")
        c.drawString(x + 40, height - 82, label)
    frames = [("Top line", []), *FRAMES] if own_text else FRAMES
    for k, (name, points) in enumerate(frames):
        row, col = divmod(k, per_row)
        x0 = 60 + col * (frame_w + 50)
        top = height - 180 - row * (frame_h + 60)
        c.setFont("Helvetica", 11)
        c.setFillColor("#777777")
        c.drawString(x0 + 1, top + 4, name)
        c.setFillColor("white")
        c.setStrokeColor("#bbbbbb")
        c.rect(x0, top - frame_h, frame_w, frame_h, stroke=1, fill=1)
        if name == "Top line":
            c.setFillColor("black")
            c.setFont("Helvetica", 16)
            for m, line in enumerate(_wrap(c, own_text, frame_w - 30, 16)):
                c.drawString(x0 + 15, top - 30 - 20 * m, line)
        for m, point in enumerate(points):
            r, q = divmod(m, per_line)
            nx, ny = x0 + 15 + q * (note + 14), top - 15 - note - r * (note + 14)
            if shadow:
                c.setFillColor("#cccccc")
                c.rect(nx + 2, ny - 2, note, note, stroke=0, fill=1)
            c.setFillColor("#f7b6d2" if name == "Risks" else "#fff7a8")
            c.rect(nx, ny, note, note, stroke=0, fill=1)
            c.setFillColor("black")
            c.setFont("Helvetica", 12)
            lines = _wrap(c, point, note - 20, 12)
            for i, line in enumerate(lines):
                c.drawCentredString(nx + note / 2, ny + note - 30 - 15 * i, line)
            if authors:
                c.setFont("Helvetica", 6)
                c.setFillColor("#888888")
                c.drawRightString(nx + note - 6, ny + 6, AUTHORS[(k + m) % 3])
    c.showPage()
    c.save()
    return buf.getvalue()


OWN = "The hurricane came ashore on Sep 9 and closed every coastal park."
LAYOUTS = {
    "shadows and authors": (lambda: _board(3, 420, 180, True, True), FRAMES),
    "plain notes, a frame of text": (lambda: _board(6, 420, 180, False, False, OWN), [("Top line", [OWN]), *FRAMES]),
    "narrow frames": (lambda: _board(5, 230, 190, True, True), FRAMES),
}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_each_frame_heads_its_notes_read_whole(layout: str) -> None:
    build, want = LAYOUTS[layout]
    report = parse_bytes(build(), "board.pdf")[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items]
    assert got == want
    assert (report.title or "").startswith(TITLE)
    texts = [s.heading for s in report.sections] + [i.text for s in report.sections for i in s.items]
    assert not {"Update", "Risk"} & set(texts)  # the key is left out
    assert not any(a in t for a in AUTHORS for t in texts if t)


def test_a_forms_named_boxes_holding_answers_are_no_board() -> None:
    """A form prints each field's name over a box holding its answer, boxes side by side: no notes in them, no
    board. Each name stays over its answer."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(600, 800), invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, 760, "Incident record")
    fields = [("Location", "Hunting Island"), ("Lead", "Beth Adams"), ("Status", "Open"), ("Next review", "Sep 18")]
    for n, (name, value) in enumerate(fields):
        row, col = divmod(n, 2)
        x0, top = 40 + col * 270, 700 - row * 90
        c.setFont("Helvetica", 9)
        c.drawString(x0 + 1, top + 4, name)
        c.rect(x0, top - 40, 240, 40, stroke=1, fill=0)
        c.setFont("Helvetica", 11)
        c.drawString(x0 + 8, top - 24, value)
    c.showPage()
    c.save()
    page = read_pdf(buf.getvalue(), "record.pdf")[0]
    frags, entries, area = take_board(page, page.frags)
    assert (len(frags), entries, area) == (len(page.frags), [], [])
