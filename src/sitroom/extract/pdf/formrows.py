"""Ruled forms: a table of two columns, each row a label cell beside its value cell, drawn with rules.

A form exported to PDF (an entry of a web form, a Word table of fields) prints each field as a ruled row: its
label in the left cell, its value in the right one, a line or a list of points. The two columns stand apart
like a page's columns, and where the values run to several lines the labels share few baselines with them;
cut apart, every label would come out as a heading in a run and every value under the last. The rules say
otherwise: each one runs under both cells of a row, so a label and the value beside it are read together,
row by row. Where such a form stands is given to the column cut as a table no gutter may cross.
"""

from __future__ import annotations

from itertools import pairwise

from sitroom.extract.pdf.structs import Frag, PageData
from sitroom.extract.pdf.text import sentence_like

Box = tuple[float, float, float, float]  # x0, bottom, x1, top

# strokes of one rule: the borders of neighbouring cells, drawn one by one, meet or overlap a little
_JOIN = 2.0
_SAME_Y = 1.0
# rules of one table start and end at its edges
_SAME_EDGE = 3.0
# a form of fields: three rows at least, each with a label and a value
_FORM_ROWS = 3
# a label wraps onto a line or two in its cell; a cell of more lines holds running text, no label
_LABEL_LINES = 3
_LABEL_CHARS = 45


def ruled_forms(page: PageData, frags: list[Frag]) -> list[Box]:
    """Where ruled forms of label cells beside value cells stand on the page: boxes no column cut may cross.

    A form is a stack of rules of one width, three rows or more between them holding a label cell at the left
    (a short line or a few, no sentence) beside a value cell at the right (however many lines). A row of one
    cell (a label whose value was left empty) stands in the form; a line running across both columns (a title
    over the table, a note under it) ends it.
    """
    out: list[Box] = []
    for x0, x1, ys in _stacks(_rules(page)):
        rows = [
            [f for f in frags if lo < f.mid < hi and f.x0 >= x0 - _SAME_EDGE and f.x1 <= x1 + _SAME_EDGE]
            for hi, lo in pairwise(ys)
        ]
        split = _split(rows)
        if split is None:
            continue
        run: list[int] = []
        for n, row in enumerate([*rows, None]):
            if row is not None and not any(f.x0 < split < f.x1 for f in row):
                run.append(n)
                continue
            paired = [k for k in run if _paired(rows[k], split)]
            if len(paired) >= _FORM_ROWS:
                # from the rule over its first row of two cells to the rule under its last
                out.append((x0, ys[paired[-1] + 1], x1, ys[paired[0]]))
            run = []
    return out


def _rules(page: PageData) -> list[tuple[float, float, float]]:
    """The page's horizontal rules, each cell's border joined to its neighbours' on the same height: (x0, x1, y)."""
    heights: list[list[tuple[float, float, float]]] = []
    for seg in sorted(page.hsegs, key=lambda s: s[2]):
        if heights and seg[2] - heights[-1][-1][2] <= _SAME_Y:
            heights[-1].append(seg)
        else:
            heights.append([seg])
    out: list[tuple[float, float, float]] = []
    for strokes in heights:
        y = strokes[0][2]
        joined: list[tuple[float, float, float]] = []
        for x0, x1, _y in sorted(strokes):
            if joined and x0 <= joined[-1][1] + _JOIN:
                joined[-1] = (joined[-1][0], max(joined[-1][1], x1), y)
            else:
                joined.append((x0, x1, y))
        out.extend(joined)
    return out


def _stacks(rules: list[tuple[float, float, float]]) -> list[tuple[float, float, list[float]]]:
    """The rules of one width stacked down the page, as the table's edges and the rules' heights, top down."""
    stacks: list[tuple[float, float, list[float]]] = []
    for x0, x1, y in rules:
        for sx0, sx1, ys in stacks:
            if abs(sx0 - x0) <= _SAME_EDGE and abs(sx1 - x1) <= _SAME_EDGE:
                if all(abs(y - o) > _SAME_Y for o in ys):
                    ys.append(y)
                break
        else:
            stacks.append((x0, x1, [y]))
    return [(x0, x1, sorted(ys, reverse=True)) for x0, x1, ys in stacks if len(ys) > _FORM_ROWS]


def _split(rows: list[list[Frag]]) -> float | None:
    """Where the label cells end and the value cells begin: the gap between the lines of a row that the most
    rows share, none of their lines crossing it."""
    best: tuple[int, float] | None = None
    for row in rows:
        for x in _gaps(row):
            score = sum(_paired(r, x) for r in rows)
            if best is None or score > best[0]:
                best = (score, x)
    return best[1] if best is not None and best[0] >= _FORM_ROWS else None


def _gaps(row: list[Frag]) -> list[float]:
    """The middles of the gaps between the lines of a row, left to right."""
    out: list[float] = []
    spans = sorted((f.x0, f.x1) for f in row)
    reach = spans[0][1] if spans else 0.0
    for x0, x1 in spans[1:]:
        if x0 > reach:
            out.append((reach + x0) / 2)
        reach = max(reach, x1)
    return out


def _paired(row: list[Frag], split: float) -> bool:
    """The row holds a label cell left of ``split`` beside a value cell right of it."""
    left = [f for f in row if f.x1 <= split]
    right = [f for f in row if f.x0 >= split]
    return (
        bool(left and right)
        and len(left) <= _LABEL_LINES
        and not any(f.bullet or sentence_like(f.text) or len(f.text) >= _LABEL_CHARS for f in left)
        and not any(f.x0 < split < f.x1 for f in row)
    )
