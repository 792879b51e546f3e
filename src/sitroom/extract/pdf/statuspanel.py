"""Status panels: a narrow box beside the text listing names, each with its status under it ("Ardcarra – Port
Sgeir" / "Reduced timetable", "Ward 7" / "Closed to visitors"), often under a title of its own ("Sailings at a
glance").

The panel restates at a glance what the report's sections tell: it is a table of names and statuses, not
headings of one point each. It is recorded as a table and its lines are left out, counted.
"""

from __future__ import annotations

from itertools import pairwise

from sitroom.extract.pdf.structs import Frag, PageData
from sitroom.extract.pdf.text import WORD
from sitroom.model import TableInfo

# fewer pairs may be a sidebar's two small sections, each a heading over a line
MIN_PAIRS = 3
# a name or a status is a few words; more is a point of the text
MAX_WORDS = 7
# a panel beside the text is narrow: a column of the page's text is wider
MAX_WIDTH = 0.45

Leaf = tuple[list[Frag], bool]


def take_status_panels(page: PageData, leaves: list[Leaf], tables: list[TableInfo]) -> list[Leaf]:
    """Record each status panel beside the text as a table, with the title over it, and leave its lines out."""
    out: list[Leaf] = []
    for leaf, side in leaves:
        if not _beside(leaf, leaves):
            out.append((leaf, side))
            continue
        title, pairs = _panel(page, leaf)
        if pairs is None:
            out.append((leaf, side))
            continue
        if title is None and out and _title_over(out[-1], leaf[0]):
            title = out.pop()[0][0]
            page.drop("statuses beside the text")
        tables.append(TableInfo(page.number, len(pairs), 2, title.text if title else None))
        page.drop("statuses beside the text", len(leaf))
    return out


def _beside(leaf: list[Frag], leaves: list[Leaf]) -> bool:
    """Whether text of the page stands beside these lines, level with them, left or right of them all."""
    x0, x1 = min(f.x0 for f in leaf), max(f.x1 for f in leaf)
    low, high = min(f.bottom for f in leaf), max(f.top for f in leaf)
    return any(
        (f.x1 <= x0 or f.x0 >= x1) and f.bottom < high and f.top > low
        for other, _ in leaves
        if other is not leaf
        for f in other
    )


def is_status_panel(page: PageData, lines: list[Frag]) -> bool:
    """Whether these lines, a column beside the text, are a panel of names and statuses (under its title)."""
    return _panel(page, lines)[1] is not None


def _panel(page: PageData, leaf: list[Frag]) -> tuple[Frag | None, list[tuple[Frag, Frag]] | None]:
    """The panel's own title (where its first line is set apart from the pairs) and its name / status pairs."""
    if len(leaf) % 2 and len(leaf) > 2 * MIN_PAIRS:
        pairs = _pairs(page, leaf[1:])
        if pairs and _style(leaf[0]) not in {_style(leaf[1]), _style(leaf[2])} and _short(leaf[0]):
            return leaf[0], pairs
        return None, None
    return None, _pairs(page, leaf)


def _pairs(page: PageData, lines: list[Frag]) -> list[tuple[Frag, Frag]] | None:
    if len(lines) < 2 * MIN_PAIRS or len(lines) % 2:
        return None
    if max(f.x1 for f in lines) - min(f.x0 for f in lines) > MAX_WIDTH * page.width:
        return None
    if not all(_short(f) and not f.bullet for f in lines):
        return None
    # every line at the panel's one left edge: lines indented under others are a list's
    if max(f.x0 for f in lines) - min(f.x0 for f in lines) > 2:
        return None
    names, statuses = lines[0::2], lines[1::2]
    # the names in one style and the statuses in another (a bold name over its plain status)
    if len({_style(f) for f in names}) != 1 or len({_style(f) for f in statuses}) != 1:
        return None
    if _style(names[0]) == _style(statuses[0]):
        return None
    pairs = list(zip(names, statuses, strict=True))
    # each status right under its name, and the pairs set apart at least as far as that
    within = [name.bottom - status.top for name, status in pairs]
    between = [status.bottom - name.top for (_, status), (name, _) in pairwise(pairs)]
    if max(within) > 0.8 * names[0].size or min(between) < max(within) - 0.5:
        return None
    return pairs


def _title_over(above: Leaf, first: Frag) -> bool:
    """The leaf over the panel is its title: one short line at its left edge, close over it, in a print of its
    own."""
    lines, _ = above
    if len(lines) != 1:
        return False
    title = lines[0]
    return (
        _short(title)
        and abs(title.x0 - first.x0) <= 3
        and 0 <= title.bottom - first.top <= 2 * title.size
        and _style(title) != _style(first)
    )


def _short(f: Frag) -> bool:
    t = f.text.rstrip()
    return 0 < len(WORD.findall(t)) <= MAX_WORDS and not t.endswith((".", ";", "!", "?"))


def _style(f: Frag) -> tuple[bool, float]:
    return f.bold, round(f.size, 1)
