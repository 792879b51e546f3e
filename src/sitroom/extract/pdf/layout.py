"""Regions: columns and sidebars cut apart (recursive XY-cut), figure sidebars, picture bullets."""

from __future__ import annotations

import math
import re
from itertools import pairwise
from statistics import median_high

from sitroom.extract.pdf.structs import Frag, PageData
from sitroom.extract.pdf.text import WORD, sentence_like

# a stop after a word of four letters or more, a figure or a closing bracket ends a sentence; after a short
# abbreviation it does not ("ext. 1", "No. 5", "tel. 0917")
_SENTENCE_END = re.compile(r"(?:(?<=[^\W\d_]{4}[.!?])|(?<=\d[.!?])|(?<=[)\]”\"’][.!?]))\s+")


Box = tuple[float, float, float, float]  # x0, bottom, x1, top
Gutter = tuple[float, list[Frag]]  # where a page's columns part, and the lines of the region it parts


def xy_cut(
    frags: list[Frag],
    body: float,
    side: bool = False,
    depth: int = 0,
    pictures: tuple[Box, ...] = (),
    gutters: list[Gutter] | None = None,
    tables: tuple[Box, ...] = (),
    rivers: tuple[float, ...] = (),
) -> list[tuple[list[Frag], bool]]:
    """Recursive XY-cut: columns/sidebars (wide gutters) first, then wide horizontal gaps.

    A picture set inside a column fills the space it stands in: no horizontal cut runs through it, so
    the column it breaks is not split into bands read across both columns.
    Returns the leaves in reading order, each flagged when it lies beside another column. ``gutters``
    receives the page's gutters: each vertical cut made before any other (a cut inside a column, such as
    one between a table's columns, is not a gutter of the page), with the lines of the region it cuts.
    ``tables`` are the boxes of tables taken out of the page: one standing across a gutter among these lines
    ends the columns, so the text above it and the text under it are never read as one column. ``rivers`` are the
    gutters seen in the page's text (see ``column_rivers``): a gap narrower than a gutter is one there.
    """
    if len(frags) <= 1 or depth > 40:
        return [(frags, side)]
    best = _gutter(frags, tables, rivers)
    if best is None and depth <= 3 and (head := _head_over_columns(frags, body, tables, rivers)):
        # the title and date lines run across the top of the columns, too close over them for a gap to part
        # them: read first, then the columns
        rest = [g for g in frags if g not in head]
        return xy_cut(head, body, side, depth + 1, pictures, gutters, tables, rivers) + xy_cut(
            rest, body, side, depth + 1, pictures, gutters, tables, rivers
        )
    if best is not None:
        cut = best[0]
        left = [g for g in frags if g.x1 <= cut]
        right = [g for g in frags if g.x0 >= cut]
        # only the narrower side can be a sidebar; the wider one is the main text column. Columns under
        # level titles are peers: neither is a sidebar of the other
        wl = max(g.x1 for g in left) - min(g.x0 for g in left)
        wr = max(g.x1 for g in right) - min(g.x0 for g in right)
        peers = _headed_lists(left, right)
        if gutters is not None:
            gutters.append((cut, frags))
        return xy_cut(
            left, body, side or (not peers and wl < wr), depth + 1, pictures, tables=tables, rivers=rivers
        ) + xy_cut(right, body, side or (not peers and wr <= wl), depth + 1, pictures, tables=tables, rivers=rivers)
    spans = [(f.top, f.bottom) for f in frags] + _in_column(frags, pictures)
    spans.sort(key=lambda t: -t[0])
    low = spans[0][1]
    best_gap, best_y = 0.0, None
    for top, bottom in spans[1:]:
        gap = low - top
        if gap > best_gap:
            best_gap, best_y = gap, (low + top) / 2
        low = min(low, bottom)
    if best_y is None or best_gap < 1.2 * body:
        return [(frags, side)]
    upper = [g for g in frags if g.mid > best_y]
    lower = [g for g in frags if g.mid <= best_y]
    if not upper or not lower:
        return [(frags, side)]
    return xy_cut(upper, body, side, depth + 1, pictures, gutters, tables, rivers) + xy_cut(
        lower, body, side, depth + 1, pictures, gutters, tables, rivers
    )


def _gutter(frags: list[Frag], tables: tuple[Box, ...], rivers: tuple[float, ...] = ()) -> tuple[float, float] | None:
    """The widest vertical gap that parts these lines into columns: where to cut, and how wide it is."""
    xs = sorted(frags, key=lambda f: f.x0)
    best: tuple[float, float] | None = None
    reach = xs[0].x1
    for f in xs[1:]:
        gap = f.x0 - reach
        if gap >= 10 or (gap > 0 and any(reach <= x <= f.x0 for x in rivers)):
            cut = reach + gap / 2
            left = [g for g in frags if g.x1 <= cut]
            right = [g for g in frags if g.x0 >= cut]
            fits = columns_ok(left, right) or (gap >= 20 and _small_print_beside(left, right))
            if fits and (best is None or gap > best[1]) and not _spanned(reach, f.x0, frags, tables):
                best = (cut, gap)
        reach = max(reach, f.x1)
    return best


# lines across the top of a page's columns (a title, its date line) that may head them
HEAD_LINES = 3


def _head_over_columns(
    frags: list[Frag], body: float, tables: tuple[Box, ...], rivers: tuple[float, ...] = ()
) -> list[Frag]:
    """The few lines at the top of these lines, above all the others, under which the others stand in
    columns: none where the region is narrow or its lines stand in no columns under any such head."""
    left, right = min(f.x0 for f in frags), max(f.x1 for f in frags)
    if right - left < 20 * body or len(frags) < 8:
        return []
    # columns have lines wholly on each side of the middle
    middle = (left + right) / 2
    if not (any(f.x1 < middle for f in frags) and any(f.x0 > middle for f in frags)):
        return []
    ordered = sorted(frags, key=lambda f: -f.top)
    for k in range(1, HEAD_LINES + 1):
        head, rest = ordered[:k], ordered[k:]
        if min(f.bottom for f in head) < max(f.top for f in rest):
            continue  # a head line stands level with the columns' first lines
        if _gutter(rest, tables, rivers) is not None:
            return head
    return []


def _spanned(left: float, right: float, frags: list[Frag], tables: tuple[Box, ...]) -> bool:
    """Whether a table standing among these lines (level with some of them, its title included) runs across
    the gap from ``left`` to ``right``, into the text on both sides of it."""
    high, low = max(f.top for f in frags), min(f.bottom for f in frags)
    return any(x0 < left and x1 > right and t > low and b < high for x0, b, x1, t in tables)


# a table's title stands at most this many body sizes over it, and is a few words at most
CAPTION_GAP = 1.5
CAPTION_WORDS = 8


def with_titles(tables: list[Box], frags: list[Frag], body: float) -> tuple[Box, ...]:
    """Each table's box grown to take in the title set right over it at its left edge ("Risks and issues"
    over the register): a title goes with its table, so the columns above end over the title too."""
    out = []
    for x0, b, x1, t in tables:
        over = [
            f
            for f in frags
            if t <= f.bottom <= t + CAPTION_GAP * body
            and abs(f.x0 - x0) <= 3
            and len(f.text.split()) <= CAPTION_WORDS
            and not f.text.rstrip().endswith((".", ";", ","))
        ]
        out.append((x0, b, x1, max([t] + [f.top for f in over])))
    return tuple(out)


def find_gutters(frags: list[Frag], body: float, pictures: tuple[Box, ...] = ()) -> list[Gutter]:
    """The page's gutters: the vertical cuts made before any other (see ``xy_cut``)."""
    gutters: list[Gutter] = []
    xy_cut(frags, body, pictures=pictures, gutters=gutters)
    return gutters


def lanes(frags: list[Frag], gutters: list[Gutter]) -> list[list[Frag]]:
    """The lines of each page column, apart: lines on two sides of a gutter are never in one row, however
    level they stand (a table in the left column and the text of the right one)."""
    if not gutters:
        return [frags]
    regions = [(x, {id(g) for g in region}) for x, region in gutters]
    out: dict[tuple[bool, ...], list[Frag]] = {}
    for f in frags:
        out.setdefault(tuple(f.x0 >= x for x, ids in regions if id(f) in ids), []).append(f)
    return list(out.values())


def _in_column(frags: list[Frag], pictures: tuple[Box, ...]) -> list[tuple[float, float]]:
    """The heights (top, bottom) the pictures standing inside one column of these lines hold together:
    from the line right above the picture to the line right under it, in its column (a picture narrower
    than the lines' width, between their first and last line)."""
    if not pictures:
        return []
    x0, x1 = min(f.x0 for f in frags), max(f.x1 for f in frags)
    low, high = min(f.bottom for f in frags), max(f.top for f in frags)
    spans = []
    for bx0, b, bx1, t in pictures:
        if not (bx0 >= x0 - 20 and bx1 <= x1 + 20 and bx1 - bx0 < 0.6 * (x1 - x0) and b > low and t < high):
            continue
        column = [f for f in frags if f.x0 >= bx0 - 20 and f.x1 <= bx1 + 20]  # not lines across the page
        above = [f.bottom for f in column if f.bottom >= t - 1]
        under = [f.top for f in column if f.top <= b + 1]
        spans.append((min(above, default=t), max(under, default=b)))
    return spans


def columns_ok(left: list[Frag], right: list[Frag]) -> bool:
    """A gutter separates columns when both sides are wide text columns that do not share rows."""
    if _carried_line(left, right):
        return True
    if len(left) < 2 or len(right) < 2:
        return False
    wl = max(f.x1 for f in left) - min(f.x0 for f in left)
    wr = max(f.x1 for f in right) - min(f.x0 for f in right)
    if min(wl, wr) < 100:
        return False
    if _headed_lists(left, right):
        return True
    if len(left) < 3 or len(right) < 3:
        return False
    # table columns share baselines; a column next to a sidebar does not. The cells of a row are set in
    # one print: a heading or a line of text level with a small table's line beside it is so by chance
    shared = sum(any(_level(f, g) for g in right) for f in left)
    shared_r = sum(any(_level(f, g) for g in left) for f in right)
    if shared <= 0.5 * len(left) and shared_r <= 0.5 * len(right):
        return True
    # columns set with one leading share baselines too; they are told from a table of terse cells by their
    # sentences, which run on from line to line down each side: read across, every one would be cut
    return min(wl, wr) >= 150 and _flows(left) and _flows(right)


# a sidebar of small print is this narrow at the least, its type this much smaller than the text's at the most
_SIDEBAR_WIDTH = 60
_SMALL_PRINT = 0.9


def _small_print_beside(left: list[Frag], right: list[Frag]) -> bool:
    """The narrower side is a sidebar set in smaller print than the text beside it ("WATER AT A GLANCE" and its
    figures in 8.5 points beside 10-point text), three lines or more on each side and most of its lines level with
    none of the other's: narrow as it is, it is a column of its own, read apart."""
    if len(left) < 3 or len(right) < 3:
        return False
    wl = max(f.x1 for f in left) - min(f.x0 for f in left)
    wr = max(f.x1 for f in right) - min(f.x0 for f in right)
    narrow, wide = (left, right) if wl < wr else (right, left)
    if min(wl, wr) < _SIDEBAR_WIDTH or median_high(f.size for f in narrow) > _SMALL_PRINT * median_high(
        f.size for f in wide
    ):
        return False
    # (a form's small labels each stand level with the value beside them: a row's, not a sidebar's, whatever its type)
    level = sum(any(abs(f.bottom - g.bottom) < 1.5 for g in wide) for f in narrow)
    return level < 0.5 * len(narrow)


def _carried_line(left: list[Frag], right: list[Frag]) -> bool:
    """The next column holds one line, at its top, going on in lower case with the sentence the column before
    left unended at its foot: the end of a point carried over, a column of its own however short."""
    if len(right) != 1 or len(left) < 3:
        return False
    f, foot = right[0], min(left, key=lambda g: g.bottom)
    return (
        f.text[:1].islower()
        and f.top >= max(g.top for g in left) - f.size
        and not foot.text.rstrip().endswith((".", "!", "?", ":"))
        and abs(f.size - foot.size) < 0.6
    )


def _headed_lists(left: list[Frag], right: list[Frag]) -> bool:
    """Each side opens with a title in bold, the two titles level, and holds a list of its own under its
    title: two columns side by side, each read down under its title (a slide's "Staffing" and "Costs"),
    however few their lines and however level their first points stand. A side may hold more such columns, their
    titles level with its first."""
    tops = [max(side, key=lambda f: f.top) for side in (left, right)]
    if not all(t.bold and not t.bullet for t in tops) or abs(tops[0].top - tops[1].top) > 0.6 * tops[0].size:
        return False

    def under(f: Frag, t: Frag, side: list[Frag]) -> bool:
        # below the title, or another column's title level with it, over a list of its own (no table's header)
        level = f.bold and not f.bullet and abs(f.top - t.top) <= 0.6 * t.size
        return f.top <= t.bottom + 1 or (level and any(g.bullet and abs(g.x0 - f.x0) < 30 for g in side))

    return all(
        any(f.bullet for f in side) and all(f is t or under(f, t, side) for f in side)
        for side, t in zip((left, right), tops, strict=True)
    )


def _level(a: Frag, b: Frag) -> bool:
    return abs(a.bottom - b.bottom) < 1.5 and abs(a.size - b.size) < 0.75


def _flows(side: list[Frag]) -> bool:
    """Sentences run on down this side: lines end mid-sentence and the line under them goes on in lower case."""
    lines = sorted(side, key=lambda f: -f.top)
    runs = sum(
        1
        for a, b in pairwise(lines)
        if a.bottom - b.top < 1.5 * b.size
        and not a.text.rstrip().endswith((".", "!", "?", ":", ";"))
        and b.text[:1].islower()
    )
    return runs >= max(1, 0.25 * len(lines))


def attach_picture_bullets(page: PageData, lines: list[Frag]) -> None:
    """Small square images (or drawn discs and squares) just left of a line are its bullet; before a field's name
    such a mark is the field's icon."""
    for f in lines:
        if not f.bullet and not f.label and _marked(page, f):
            f.bullet = "image"


def _marked(page: PageData, f: Frag) -> bool:
    return any(
        x1 <= f.x0 + 1 and f.x0 - x1 < 14 and abs(mid - f.mid) < 0.6 * (f.top - f.bottom)
        for _x0, x1, mid in page.bullet_marks
    )


_DIGIT = re.compile(r"\d")


# a section's number before its name: "4 Elavbrott", "5. Roads and bridges"
_NUMBERED_NAME = re.compile(r"^(\d{1,2})\.?\s+[^\W\d_]")


def _numbered(f: Frag) -> int | None:
    m = _NUMBERED_NAME.match(f.text.strip())
    return int(m.group(1)) if m is not None and f.bold else None


# how far apart the left edges of two names of one numbering may stand
NAMES_ALIGNED = 3.0


def numbered_names(page: PageData, lines: list[Frag]) -> bool:
    """Bold lines each opening with the next number of a count ("4 Elavbrott", then "5 Färjetrafik och vägar"), the
    count going on from a bold name of the page set at the same left edge ("3 Konsekvenser för invånarna"): the
    names of numbered sections set in the margin over their text, their numbers the numbering, no figures."""
    found = [_numbered(f) for f in lines]
    numbers = [n for n in found if n is not None]
    if not numbers or len(numbers) < len(found) or any(b != a + 1 for a, b in pairwise(numbers)):
        return False
    around, x0 = (numbers[0] - 1, numbers[-1] + 1), lines[0].x0
    ids = {id(f) for f in lines}
    return any(id(f) not in ids and _numbered(f) in around and abs(f.x0 - x0) <= NAMES_ALIGNED for f in page.frags)


def names_in_place(page: PageData, lines: list[Frag], names: list[Frag]) -> list[Frag]:
    """The page's ``lines`` in reading order with the numbered ``names`` of a side leaf (see :func:`numbered_names`)
    each set back over the first line read after it that stands lower on the page: the section's first line."""
    out = list(lines)
    for name in sorted(names, key=lambda f: -f.top):
        at = next((n for n, f in enumerate(out) if f.top < name.top and _numbered(f) is None), len(out))
        if at < len(out) and id(out[at]) in page.region:
            page.region[id(name)] = page.region[id(out[at])]
        out.insert(at, name)
    return out


def figures_only(page: PageData, lines: list[Frag]) -> bool:
    """A narrow box of figures beside the text (a 'situation in numbers' sidebar): no sentences.

    A narrow column of short labels on the left (table row labels) is kept: only boxes with
    numbers in them, or boxes on the right half of the page, are figure sidebars.
    """
    width = max(f.x1 for f in lines) - min(f.x0 for f in lines)
    if width > 0.45 * page.width or any(sentence_like(f.text) for f in lines):
        return False
    # the end of a sentence carried over from the column before ("status text alerts."): no figure's label
    if any(f.text[:1].islower() and f.text.rstrip().endswith((".", "!", "?")) for f in lines):
        return False
    # the first page's largest print in words is its title, set beside a table of figures: never a box of figures itself
    # (a box's big figures may be larger still)
    largest = max((f.size for f in page.frags), default=0.0) if page.number == 1 else math.inf
    if any(f.size >= largest - 0.1 and len(WORD.findall(f.text)) >= 2 and not _DIGIT.search(f.text) for f in lines):
        return False
    # entries of a bulleted list, however short, are a section's items (the page's other column)
    if sum(bool(f.bullet) or _marked(page, f) for f in lines) >= 2:
        return False
    # sentences wrapped over the box's short lines ("Wash hands often with soap / and water.")
    chunks = _SENTENCE_END.split(" ".join(f.text for f in lines))
    if any(c.endswith((".", "!", "?")) and len(WORD.findall(c)) >= 4 and sentence_like(c) for c in chunks):
        return False
    with_digits = sum(any(c.isdigit() for c in f.text) for f in lines)
    return with_digits >= 0.3 * len(lines) or min(f.x0 for f in lines) > 0.55 * page.width
