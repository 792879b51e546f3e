"""Key-figures strips: a row of figures in big print, each with a short label in small print under or over
it ("1,745 / customers without supply", "26 / crews deployed", "12 July / expected full restoration").

A strip repeats, at a glance, figures the report states in its text: it is a figures grid, not headings
(the figures are set large) and not items (the labels are short lines). It is recorded as a table and its
lines are left out, counted.
"""

from __future__ import annotations

import re

from sitroom.extract.pdf.structs import Frag, PageData
from sitroom.extract.pdf.text import DATED, WORD, sentence_like
from sitroom.model import TableInfo

# at least this many labelled figures side by side make a strip (two big numbers may be two headings' years)
MIN_FIGURES = 3
_DIGIT = re.compile(r"\d")
# what a strip sets for a figure it does not have yet: a dash
_NONE = frozenset({"–", "—", "-", "n/a", "N/A"})


def drop_strips(page: PageData, frags: list[Frag], body: float, tables: list[TableInfo]) -> list[Frag]:
    """Find rows of labelled big figures, record each as a table, and drop their lines."""
    figures = [f for f in frags if _figure(f, body)]
    drop: set[int] = set()
    for row in _rows(figures):
        labels = [_label(fig, frags, row, _tile(page, fig)) for fig in row]
        if sum(bool(lab) for lab in labels) < MIN_FIGURES or sum(bool(lab) for lab in labels) < 0.75 * len(row):
            continue
        taken = [*row, *(f for lab in labels for f in lab)]
        title = _strip_title(frags, taken)
        # the tile's other short lines: its title over the figure where the change stands under it ("Students
        # present" over "17,467" over "▲ 7.7%")
        taken += [f for f in frags if f not in taken and f is not title and any(_in_frame(page, fig, f) for fig in row)]
        tables.append(TableInfo(page.number, 2, len(row), title.text if title else None))
        taken += [title] if title else []
        drop.update(id(f) for f in taken)
        page.drop("key figures", len(taken))
    if not drop:
        return frags
    return [f for f in frags if id(f) not in drop]


# a strip's title: "Key figures", "CHIFFRES CLÉS", "In numbers"
_TITLE_WORDS = 4


def _strip_title(frags: list[Frag], strip: list[Frag]) -> Frag | None:
    """The strip's title: a short line alone right over it ("CHIFFRES CLÉS"), which heads no section; or the one
    line over it on a page holding nothing else but short lines (a slide's "Cifras del día" over its cards)."""
    top = max(f.top for f in strip)
    left = min(f.x0 for f in strip)
    over = [f for f in frags if f not in strip and top < f.bottom < top + 2.5 * f.size]
    if not over:
        above = [f for f in frags if f not in strip and f.bottom > top]
        rest = [f for f in frags if f not in strip and f.bottom <= top]
        if len(above) == 1 and all(len(WORD.findall(f.text)) <= _TITLE_WORDS for f in rest):
            over, left = above, above[0].x0  # (the slide's title stands at its margin, not over the strip's left)
    if len(over) != 1:
        return None
    f = over[0]
    words = len(WORD.findall(f.text))
    if f.bullet or DATED.search(f.text) or not 0 < words <= _TITLE_WORDS or sentence_like(f.text):
        return None  # a date line over the strip dates the report
    return f if f.x0 < left + 40 else None


def _figure(f: Frag, body: float) -> bool:
    """A figure set large: a number, a percentage, an amount or a day, in a few tokens."""
    t = f.text.strip()
    return (
        f.size >= 1.4 * body
        and not f.bullet
        and (bool(_DIGIT.search(t)) or t in _NONE)
        and len(t) <= 20
        and len(t.split()) <= 3
        and len(WORD.findall(t)) <= 1
    )


def _rows(figures: list[Frag]) -> list[list[Frag]]:
    """Figures standing side by side on one line, left to right."""
    rows: list[list[Frag]] = []
    for f in sorted(figures, key=lambda f: -f.top):
        # on one line by their middles: a dash stands lower than the digits beside it
        row = next((r for r in rows if abs(r[0].mid - f.mid) < 0.3 * f.size and abs(r[0].size - f.size) < 1), None)
        if row is None:
            rows.append([f])
        else:
            row.append(f)
    return [sorted(r, key=lambda f: f.x0) for r in rows if len(r) >= MIN_FIGURES]


def _tile(page: PageData, fig: Frag) -> tuple[float, float]:
    """The bottom and top of the tile a figure is set in (a circle or a rounded square drawn round it, not
    much wider than the figure), or of the figure itself: its label stands under the tile."""
    reach = 4 * (fig.x1 - fig.x0) + 4 * fig.size
    around = [
        (bottom, top)
        for x0, bottom, x1, top in page.frames
        if x0 <= fig.x0 and x1 >= fig.x1 and bottom <= fig.bottom and top >= fig.top and x1 - x0 <= reach
    ]
    return min(around, key=lambda t: t[1] - t[0], default=(fig.bottom, fig.top))


def _in_frame(page: PageData, fig: Frag, f: Frag) -> bool:
    """``f`` is a short line inside the frame drawn round the figure ``fig`` (a scorecard's box)."""
    if len(WORD.findall(f.text)) > 6 or sentence_like(f.text) or f.bullet:
        return False
    reach = 4 * (fig.x1 - fig.x0) + 4 * fig.size
    return any(
        x0 <= min(fig.x0, f.x0) and max(fig.x1, f.x1) <= x1 and bottom <= min(fig.bottom, f.bottom)
        and max(fig.top, f.top) <= top and x1 - x0 <= reach
        for x0, bottom, x1, top in page.frames
    )  # fmt: skip


def _label(fig: Frag, frags: list[Frag], row: list[Frag], tile: tuple[float, float]) -> list[Frag]:
    """The figure's label: one or two short lines in small print right under (or else over) it or its tile,
    starting in its column (between the figure's left edge and the next figure's) or centred on it."""
    right = min((g.x0 for g in row if g.x0 > fig.x0), default=fig.x0 + 4 * (fig.x1 - fig.x0) + 100)

    def small(g: Frag) -> bool:
        return (
            g not in row
            and not g.bullet
            and g.size <= fig.size - 3
            # starting in the figure's column, or centred under it (a label wider than its figure)
            and (
                fig.x0 - 12 <= g.x0 < right - 4 or abs((g.x0 + g.x1) / 2 - (fig.x0 + fig.x1) / 2) < 0.25 * (g.x1 - g.x0)
            )
            and len(WORD.findall(g.text)) <= 8
            and not sentence_like(g.text)
        )

    for step in (-1, 1):  # under the figure first, then over it
        edge: Frag = fig
        lines: list[Frag] = []
        while len(lines) < 2:
            # the first line near the figure; a second one at the label's own line spacing, in its print
            reach = 1.2 * fig.size if not lines else 0.8 * edge.size
            # the first line right by the figure, or else right by its tile
            bounds = ((edge.bottom, edge.top), tile) if not lines else ((edge.bottom, edge.top),)
            near = [
                g
                for g in frags
                if small(g)
                and (not lines or abs(g.size - edge.size) < 0.3)
                and any(0 <= ((lo - g.top) if step < 0 else (g.bottom - hi)) < reach for lo, hi in bounds)
            ]
            if not near:
                break
            # the nearest line, and of lines level with each other the one nearest the figure's middle
            centre = (fig.x0 + fig.x1) / 2
            nearest = max(g.top for g in near) if step < 0 else min(g.bottom for g in near)
            level = [g for g in near if abs((g.top if step < 0 else g.bottom) - nearest) < 0.5 * g.size]
            edge = min(level, key=lambda g: abs((g.x0 + g.x1) / 2 - centre))
            lines.append(edge)
        if lines:
            return lines
    return []
