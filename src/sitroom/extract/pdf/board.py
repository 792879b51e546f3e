"""A whiteboard exported to PDF: frames laid out on the page, each named by a small line just over its top edge,
holding sticky notes (boxes drawn inside the frame), each note one point with its author's name small at its foot.

A reader takes each frame's name for a section's heading and each note in it for a point, note by note: two notes
side by side are never read across, line by line. Text set in a frame outside any note is the frame's own
paragraph. The author's name under a note says who stuck it there, not what happened: left out and counted. So is
the board's key, a short label beside each small coloured square ("Update", "Risk").
"""

from __future__ import annotations

from itertools import pairwise

from sitroom.extract.pdf.boxes import Box, box_area, contains, drawn_boxes, inside
from sitroom.extract.pdf.grids import baselines
from sitroom.extract.pdf.structs import Entry, Frag, PageData, in_reading_order
from sitroom.model import BlockKind

MIN_FRAMES = 3  # a board lays out three frames or more; fewer named boxes are a page's sidebars
_LABEL_GAP = 1.5  # of the label's size: how far over the frame's top edge its name stands
_EDGE = 8.0  # how far from the frame's left edge its name starts
_AUTHOR = 0.8  # a note's last line set this much smaller than its text is its author's name
_SAME = 0.8  # two boxes overlapping this much of the smaller are one note and its shadow
_ROW = 0.5  # of a frame's height: frames whose tops stand this close are one row of the board
_KEY_WORDS = 3
_NOTE_SHARE = 0.5  # a note covers at most this share of its frame
_PARA_GAP = 0.5  # of the type's size: a gap between two lines wider than this parts two paragraphs
BOARD_GRID = 1000  # the grid number the board's entries carry, apart from the page's text grids


def take_board(page: PageData, frags: list[Frag]) -> tuple[list[Frag], list[Entry], list[Box]]:
    """The board's frames and notes taken out of ``frags`` as entries (each frame's name a heading, each note an
    item), with the frames' area; the page's other lines come back as they came. Nothing is taken where the page
    is no board."""
    # each frame with its name and its notes, in the board's reading order
    frames = [(box, label, _notes(page, box)) for box, label in _named_frames(page, frags)]
    # a board's frames hold notes, most of them, and stand side by side in rows (a form's named boxes hold its
    # answers, one under the other)
    noted = sum(1 for *_, notes in frames if notes)
    if len(frames) < MIN_FRAMES or noted < max(MIN_FRAMES, len(frames) / 2) or not _side_by_side(frames):
        return frags, [], []
    taken: set[int] = set()
    entries: list[Entry] = []
    for frame, label, notes in frames:
        taken.add(id(label))
        entries.append(Entry(BlockKind.HEADING, page.number, [label], grid=BOARD_GRID))
        inner = [f for f in frags if inside(f, frame) and id(f) not in taken]
        taken.update(id(f) for f in inner)
        loose = [f for f in inner if not any(inside(f, n) for n in notes)]
        for para in _paragraphs(in_reading_order(loose)):
            entries.append(Entry(BlockKind.PARAGRAPH, page.number, para, grid=BOARD_GRID))
        for note in notes:
            lines = in_reading_order([f for f in inner if inside(f, note)])
            if len(lines) > 1 and lines[-1].size < _AUTHOR * max(f.size for f in lines[:-1]):
                page.drop("note's author")
                lines = lines[:-1]
            if lines:
                entries.append(Entry(BlockKind.ITEM, page.number, lines, grid=BOARD_GRID))
    area = tuple(f(b[k] for b, *_ in frames) for f, k in ((min, 0), (min, 1), (max, 2), (max, 3)))
    for e in entries:
        e.across = (area[0], area[2])
    key = _key([f for f in frags if id(f) not in taken])
    if key:
        page.drop("board key", len(key))
        taken.update(id(f) for f in key)
    return [f for f in frags if id(f) not in taken], entries, [area]  # type: ignore[list-item]


def _named_frames(page: PageData, frags: list[Frag]) -> list[tuple[Box, Frag]]:
    """The frames with their name standing just over their top edge, from their left edge, row by row: the
    outermost boxes holding other boxes or text."""
    boxes = drawn_boxes(page)
    named: dict[Box, Frag] = {}
    for box in boxes:
        x0, _bottom, x1, top = box
        over = [
            f
            for f in frags
            if 0 <= f.bottom - top <= _LABEL_GAP * f.size and abs(f.x0 - x0) <= _EDGE and f.x1 <= x1 + _EDGE
        ]
        label = min(over, key=lambda f: f.bottom, default=None)  # the line right over the edge
        # ... on the board itself, in no other box (a table's cell under another cell is no frame)
        if label is not None and len(label.text.split()) <= 8 and not any(inside(label, b) for b in boxes):
            named[box] = label
    # a frame inside another named frame is a note with a line over it, not a frame of the board
    outer = [b for b in named if not any(o is not b and contains(o, b) for o in named)]
    return [(b, named[b]) for b in _in_rows(outer)]


def _in_rows(boxes: list[Box]) -> list[Box]:
    """The boxes row by row, top down, each row left to right: boxes whose tops stand level share a row."""
    rows: list[list[Box]] = []
    for box in sorted(boxes, key=lambda b: -b[3]):
        if rows and abs(rows[-1][0][3] - box[3]) <= _ROW * (box[3] - box[1]):
            rows[-1].append(box)
        else:
            rows.append([box])
    return [box for row in rows for box in sorted(row, key=lambda b: b[0])]


def _side_by_side(frames: list[tuple[Box, Frag, list[Box]]]) -> bool:
    """Two frames or more stand level, one beside the other with the board between them (a table's cells share
    their edges)."""
    boxes = [b for b, *_ in frames]
    gap = 2 * max(label.size for _, label, _ in frames)
    return any(
        a is not b and abs(a[3] - b[3]) <= _ROW * (a[3] - a[1]) and (a[2] + gap <= b[0] or b[2] + gap <= a[0])
        for a in boxes
        for b in boxes
    )


def _notes(page: PageData, frame: Box) -> list[Box]:
    """The notes stuck in the frame, in reading order: the boxes inside it, each note's shadow one with it."""
    inner = [
        b for b in page.frames if b != frame and contains(frame, b) and box_area(b) <= _NOTE_SHARE * box_area(frame)
    ]
    notes: list[Box] = []
    for b in sorted(inner, key=box_area, reverse=True):
        if not any(_overlap(b, n) >= _SAME for n in notes):
            notes.append(b)
    return _in_rows(notes)


def _overlap(a: Box, b: Box) -> float:
    """How much of the smaller box the two share."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h / min(box_area(a), box_area(b)) if w > 0 and h > 0 else 0.0


def _paragraphs(lines: list[Frag]) -> list[list[Frag]]:
    """Lines written in a frame, parted into paragraphs where a wider gap than a line's opens between them."""
    paras: list[list[Frag]] = []
    for f in lines:
        if paras and paras[-1][-1].bottom - f.top <= _PARA_GAP * f.size:
            paras[-1].append(f)
        else:
            paras.append([f])
    return paras


def _key(outside: list[Frag]) -> list[Frag]:
    """The board's key, outside its frames: a row of two short labels or more on one line, set far apart (each
    beside the colour it names)."""
    key = []
    for row in baselines(outside):
        short = all(len(f.text.split()) <= _KEY_WORDS for f in row)
        if len(row) >= 2 and short and all(b.x0 - a.x1 > 3 * a.size for a, b in pairwise(row)):
            key.extend(row)
    return key
