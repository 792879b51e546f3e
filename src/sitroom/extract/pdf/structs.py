"""The data passed between the stages: line fragments, pages, and blocks being assembled."""

from __future__ import annotations

from dataclasses import dataclass, field

from sitroom.model import BlockKind


@dataclass(slots=True)
class Frag:
    """A horizontal run of text on one baseline: pdfium rects merged while the gaps stay small."""

    text: str
    x0: float
    x1: float
    bottom: float
    top: float
    size: float
    bold: bool
    bullet: str | None = None  # glyph (or "image") found in front of the text
    lead: str | None = None  # a bold run the line opens with, followed by regular text ("Surveillance:")
    note: str | None = None  # the raised label a note opens with ("[1]", "ii", "†"), taken off the text
    label: bool = False  # the printed label over a form field holding an answer: it heads the answer
    hang: float = 0.0  # how far the text stands right of its bullet glyph: the list's hanging indent

    @property
    def mid(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(slots=True)
class PageData:
    """What one page gives the layout stage."""

    number: int
    width: float
    height: float
    frags: list[Frag]
    bullet_marks: list[tuple[float, float, float]]  # small images used as bullets: x0, x1, mid-y
    bands: list[tuple[float, float]] = field(default_factory=list)  # shaded table rows: bottom, top
    # pictures and detected tables: x0, bottom, x1, top (a styled line right above one is its caption)
    boxes: list[tuple[float, float, float, float]] = field(default_factory=list)
    rules: list[float] = field(default_factory=list)  # heights of horizontal rules (table row lines)
    # the strokes of drawn borders: horizontal as (x0, x1, y), vertical as (x, bottom, top)
    hsegs: list[tuple[float, float, float]] = field(default_factory=list)
    vsegs: list[tuple[float, float, float]] = field(default_factory=list)
    # shaded boxes with text set on them (a masthead band): x0, bottom, x1, top
    panels: list[tuple[float, float, float, float]] = field(default_factory=list)
    # drawn boxes, outlined or filled (a box's frame, its title bar): x0, bottom, x1, top
    frames: list[tuple[float, float, float, float]] = field(default_factory=list)
    dropped: dict[str, int] = field(default_factory=dict)  # lines left out, by reason (for the warnings)
    region: dict[int, int] = field(default_factory=dict)  # each line's id → the column or band it was read in
    # gutters seen in the text (``column_rivers``): where columns set too close for a gap to show them part
    rivers: list[float] = field(default_factory=list)
    # a form's details: its short fields and check boxes, as (label, value)
    details: list[tuple[str, str]] = field(default_factory=list)
    # a risk register's header row: the one the page's last rows stand under (``open_header``, its table runs on
    # over the page break), and the one carried over from the page before for the rows at this page's top
    open_header: list[Frag] = field(default_factory=list)
    carried: list[Frag] = field(default_factory=list)
    # the register's row the page ends on (its cells may run on at the next page's top), and the one the page
    # before ended on
    open_row: OpenRow | None = None
    carried_row: OpenRow | None = None
    # the header of a sheet of sections read on this page, and of the one read on the page before
    open_sheet: list[str] = field(default_factory=list)
    carried_sheet: list[str] = field(default_factory=list)
    # the header of a banded report printed on an earlier page, whose columns its groups on this page stand under
    banded: list[Frag] = field(default_factory=list)
    # the rows of a printed report's group the page ends on, and those the page before ended on
    rows_open: int = 0
    rows_before: int = 0
    # the right ends of the long lines read on the pages before and on this one: where a justified text's edge is
    ends: list[float] = field(default_factory=list)

    def in_row(self, f: Frag) -> bool:
        """The line sits in a table row: within a shaded band, or between rules close above and below it."""
        if any(b - 1 <= f.bottom and f.top <= t + 1 for b, t in self.bands):
            return True
        return self.ruled(f)

    def ruled(self, f: Frag) -> bool:
        """The line stands between two horizontal rules close above and below it: a ruled table's row."""
        reach = 1.5 * f.size
        return any(f.top <= r < f.top + reach for r in self.rules) and any(
            f.bottom - reach < r <= f.bottom for r in self.rules
        )

    def drop(self, reason: str, n: int = 1) -> None:
        """Count lines left out of the blocks: nothing is dropped silently."""
        self.dropped[reason] = self.dropped.get(reason, 0) + n


@dataclass(slots=True)
class Entry:
    """A block being assembled: a run of lines with one kind."""

    kind: BlockKind
    page: int
    lines: list[Frag]
    bullet: str | None = None
    level: int = 1
    title: bool = False
    masthead: bool = False  # a masthead line beside the title (the organisation, the issue and date line)
    mitigation: str | None = None  # the mitigation cell of a risk register's row
    grid: int = 0  # which text grid of its page the entry was read from (0: none), to keep the grid's order
    across: tuple[float, float] | None = None  # the left and right of the grid's box, where the entry is a grid's


ROW_SHARE = 0.3  # of a line's size: how far apart the middles of two lines on one baseline may stand


def _first_line(f: Frag) -> float:
    """The height of the middle of the frag's line, or of its first line where it spans several (a run merged across
    lines by a watermark's letters is placed where it starts)."""
    return f.top - f.size / 2 if f.top - f.bottom > 2 * f.size else f.mid


def in_reading_order(frags: list[Frag]) -> list[Frag]:
    """Lines top to bottom, those on one baseline left to right. A line's top moves with its letters (an accent, a
    slash), so lines whose first lines' middles stand within a fraction of their size share a row."""
    rows: list[list[Frag]] = []
    for f in sorted(frags, key=lambda f: -_first_line(f)):
        if rows and abs(_first_line(rows[-1][0]) - _first_line(f)) < ROW_SHARE * min(f.size, rows[-1][0].size):
            rows[-1].append(f)
        else:
            rows.append([f])
    return [f for row in rows for f in sorted(row, key=lambda f: f.x0)]


@dataclass(slots=True)
class OpenRow:
    """A register's last row on a page: its header's names, its cells' lines, and the entries read from them by
    column, which the rest of the row at the next page's top goes on."""

    header: list[str]
    cells: list[list[Frag]]
    entries: dict[int, Entry] = field(default_factory=dict)
