"""Rows: the runs standing on one line grouped together, each column's apart where a gutter parts the page."""

from __future__ import annotations

from sitroom.extract.pdf.rivers import Wall
from sitroom.extract.pdf.structs import Frag
from sitroom.text.glyphs import BULLET_GLYPHS


def group_rows(big: list[Frag], small: list[Frag], gutters: list[Wall]) -> list[list[Frag]]:
    """The rows of runs standing on one line: text-sized runs (``big``) seed them, small marks (hyphens, quotes,
    superscripts, glyphs) join the row they sit in. Runs on two sides of a gutter are never one row: columns set
    close keep their own baselines, each column's lines are grouped within it."""
    lanes: dict[tuple[bool, ...], tuple[list[Frag], list[Frag]]] = {}
    for group, runs in ((0, big), (1, small)):
        for r in runs:
            side = tuple(r.x0 >= x for x, bottom, top in gutters if bottom <= r.mid <= top)
            lanes.setdefault(side, ([], []))[group].append(r)
    return [row for lane_big, lane_small in lanes.values() for row in _rows(lane_big, lane_small)]


def _rows(big: list[Frag], small: list[Frag]) -> list[list[Frag]]:
    rows: list[list[Frag]] = []
    for r in sorted(big, key=lambda r: (-r.mid, r.x0)):
        fits = [row for row in rows[-6:] if _same_line(r, row)]
        if fits:
            # of two rows at one height (a column of text beside a sidebar), the one with a run nearest
            min(fits, key=lambda row: min(max(r.x0 - g.x1, g.x0 - r.x1, 0) for g in row)).append(r)
        else:
            rows.append([r])
    _join_rows(rows)
    # a mark far from its line's other runs may be reached through marks placed first: with text set
    # in widely spaced letters, several words in a row can each count as small
    while small:
        left = [r for r in small if not _place(r, rows)]
        if len(left) == len(small):
            break
        small = left
    for r in small:
        if not _place(r, rows):
            rows.append([r])
    # a small word between them ("new") may be what bridges two parts of a line
    _join_rows(rows)
    return rows


# One bullet glyph alone ("■", "►", "•")
_BULLETS = frozenset(BULLET_GLYPHS)


def _level(r: Frag, row: list[Frag]) -> bool:
    """``r`` lies level with the row seeded by ``row[0]``."""
    # called for every run against every open row: the cheap tests come first, the row's runs last
    ref = row[0]
    bottom, top, ref_bottom, ref_top = r.bottom, r.top, ref.bottom, ref.top
    height, ref_height = top - bottom, ref_top - ref_bottom
    h = min(ref_height, height) or 1.0
    if not min(ref_top, top) - max(ref_bottom, bottom) > 0.6 * h:
        return False
    if not (ref_bottom - 1 <= (top + bottom) / 2 <= ref_top + 1 or bottom - 1 <= (ref_top + ref_bottom) / 2 <= top + 1):
        return False
    # two lines of small text beside one large caption are not one line, unless they touch it
    if max(ref_height, height) / max(h, 0.1) < 1.6:
        return True
    return any(abs(r.x0 - g.x1) < 2 or abs(g.x0 - r.x1) < 2 or _bullet_of(r, g) or _bullet_of(g, r) for g in row)


def _bullet_of(mark: Frag, text: Frag) -> bool:
    """``mark`` is a list's bullet glyph set smaller a word space or two before ``text``, on its line."""
    return mark.text.strip() in _BULLETS and 0 <= text.x0 - mark.x1 <= 2 * text.size


# a word drawn off its line, by its middle, stays within this share of its size of the line's first word (a line's
# pitch is more than its size)
_OFF_LINE = 0.7


def _nudged(r: Frag, row: list[Frag]) -> bool:
    """``r`` is a word of the row drawn a little off its line, as slide tools draw words one by one: the same size
    of type, a word space from a run of the row, its middle within half a line of that run's ("var" has no
    ascender where "Íbúafundur" has an accent on a capital, so their boxes hardly overlap)."""
    reach, near = 0.45 * r.size, _join(r.size)
    # the word beside it is on the line, or it is off the line itself by less than a line's pitch: words of cells set
    # half a line apart (a table's cells centred in their rows) would otherwise chain one line to the next
    off = abs(row[0].mid - r.mid) > _OFF_LINE * r.size
    return any(
        abs(g.mid - r.mid) <= reach
        and abs(g.size - r.size) <= 0.5
        and max(r.x0 - g.x1, g.x0 - r.x1, 0) <= near
        and (not off or g is row[0] or _level(g, row))
        for g in row
    )


def _close_by(a: Frag, b: Frag) -> bool:
    """Two runs' middles less than a line apart: only then may one be a word of the other's line, nudged."""
    # twice the middles' distance against twice the size: no property calls, as it runs for most pairs of rows
    return abs(a.top + a.bottom - b.top - b.bottom) < 2 * (a.size if a.size > b.size else b.size)


def _same_line(r: Frag, row: list[Frag]) -> bool:
    """``r`` sits on the baseline of the row seeded by ``row[0]``."""
    if not _level(r, row):
        return _close_by(r, row[0]) and _nudged(r, row)
    # across a column gap, text in another size is one line only on the very same baseline: a
    # sidebar's lines run at their own pitch beside the main text's
    near = min(row, key=lambda g: max(r.x0 - g.x1, g.x0 - r.x1, 0))
    if max(r.x0 - near.x1, near.x0 - r.x1, 0) <= 2 * max(r.size, near.size):
        return True
    return abs(r.size - near.size) <= 1 or abs(r.bottom - near.bottom) <= 1


def _join(size: float) -> float:
    """The widest gap between two runs that still belong to one fragment."""
    return max(1.2 * min(size, 14.0), 7.0)


def _join_rows(rows: list[list[Frag]]) -> None:
    """Two rows level with each other whose runs come within a word space are one line, split only
    because the runs came in an order where each looked far from the other's (sizes vary along it)."""
    for i, row in enumerate(rows):
        for other in rows[i + 1 : i + 7]:
            if not row or not other:
                continue
            if not (_level(other[0], row) or (_close_by(other[0], row[0]) and any(_nudged(a, row) for a in other))):
                continue
            if any(max(a.x0 - b.x1, b.x0 - a.x1, 0) <= _join(max(a.size, b.size)) for a in other for b in row):
                row.extend(other)
                other.clear()
    rows[:] = [row for row in rows if row]


def _place(r: Frag, rows: list[list[Frag]]) -> bool:
    """Put a small run on the row it sits in, when that row has a run near it."""
    best, best_gap = None, 1e9
    mid = r.mid
    for row in rows:
        ref = row[0]
        if ref.bottom - 1.5 <= mid <= ref.top + 1.5:
            gap = min(max(r.x0 - g.x1, g.x0 - r.x1, 0) for g in row)
            if gap < best_gap:
                best, best_gap = row, gap
    if best is not None and best_gap < 60:
        best.append(r)
        return True
    return False
