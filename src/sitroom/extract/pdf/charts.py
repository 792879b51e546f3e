"""A chart drawn on the page: three or more gridlines of one length, evenly spaced, the axis's figures at their left
ends ("0%", "25%", "50%"), the plot between them holding no text but a label or two, the categories under the
lowest line ("Apr 7", "Jul 1"), a legend or a note over it, and its title in bold right over it ("Attendance rate").

Every word of it is the chart's, none the report's: a reader reads the figures off the picture, not as sentences.
They are left out, counted. Lines ruled across a table are told apart by the text between them: a table's rows.
"""

from __future__ import annotations

import re
from itertools import pairwise

from sitroom.extract.pdf.layout import Box
from sitroom.extract.pdf.structs import Frag, PageData
from sitroom.extract.pdf.text import WORD, sentence_like

MIN_GRIDLINES = 3
MIN_LENGTH = 80.0
# evenly spaced: the widest gap no more than this many times the narrowest, and the narrowest this far at least
EVEN = 1.3
MIN_GAP = 8.0
# the plot may hold a label or two (a reference line's note), no more
PLOT_LABELS = 2
# an axis's figure: a number, a percentage, an amount, with its unit
_TICK = re.compile(r"^[-+−]?[$€£]?\s?\d[\d\s.,]*\s?(?:%|°C|°F|[kKmMbB]|mm|cm|km|h)?$")
LABEL_WORDS = 6


def chart_areas(gridlines: list[tuple[float, float, float]], frags: list[Frag]) -> list[Box]:
    """The boxes of the charts on a page: each run of evenly spaced gridlines of one length with the axis's figures
    at their left ends and no text between them, with room for its categories under it and its legend over it."""
    groups: list[tuple[float, float, list[float]]] = []
    for x0, x1, y in gridlines:
        if x1 - x0 < MIN_LENGTH:
            continue
        group = next((g for g in groups if abs(g[0] - x0) <= 2 and abs(g[1] - x1) <= 2), None)
        if group is None:
            groups.append((x0, x1, [y]))
        elif all(abs(y - v) > 1 for v in group[2]):
            group[2].append(y)
    areas = []
    for x0, x1, ys in ((x0, x1, run) for x0, x1, lines in groups for run in _even_runs(sorted(lines))):
        bottom, top = ys[0], ys[-1]
        plot = [f for f in frags if x0 + 0.1 * (x1 - x0) < (f.x0 + f.x1) / 2 < x1 and bottom + 1 < f.mid < top - 1]
        filled = {next(n for n, (a, b) in enumerate(pairwise(ys)) if a <= f.mid <= b) for f in plot}
        if len(plot) > PLOT_LABELS or 2 * len(filled) >= len(ys) - 1 or any(sentence_like(f.text) for f in plot):
            continue  # text between the lines: a ruled table's rows
        # the axis's figures stand level with their gridlines (a sheet's row numbers stand between its lines)
        ticks = [f for f in frags if f.x1 <= x0 + 4 and x0 - f.x1 < 40 and _TICK.match(f.text.strip())]
        if sum(any(abs(f.mid - y) < 0.6 * f.size for f in ticks) for y in ys) < MIN_GRIDLINES:
            continue
        size = max(f.size for f in ticks)
        areas.append((min(f.x0 for f in ticks), bottom - 3 * size, x1 + 4, top + 3 * size))
    return areas


def _even_runs(ys: list[float]) -> list[list[float]]:
    """The runs of evenly spaced lines among ``ys``: two charts one over the other share their lines' length, and a
    reference line drawn across a chart ("Heat warning criteria: 33 °C") stands off its gridlines' rhythm."""
    runs: list[list[float]] = []
    used: set[float] = set()

    def next_line(last: float, step: float) -> float | None:
        # the line a step on, over at most one line off the rhythm
        nxt = next((y for y in ys if y not in used and abs(y - last - step) <= (EVEN - 1) * step), None)
        return nxt if nxt is not None and sum(last < y < nxt for y in ys) <= 1 else None

    for n, start in enumerate(ys):
        if start in used:
            continue
        best: list[float] = []
        for step in (y - start for y in ys[n + 1 : n + 4] if y - start >= MIN_GAP):
            run = [start]
            while (nxt := next_line(run[-1], step)) is not None:
                run.append(nxt)
            best = max(best, run, key=len)
        if len(best) >= MIN_GRIDLINES:
            runs.append(best)
            used.update(best)
    return runs


def _inside(f: Frag, box: Box) -> bool:
    x0, b, x1, t = box
    return x0 - 2 <= f.x0 and f.x1 <= x1 + 40 and b <= f.mid <= t


def _label(f: Frag) -> bool:
    return not f.bullet and len(WORD.findall(f.text)) <= LABEL_WORDS and not sentence_like(f.text)


def drop_chart_text(frags: list[Frag], areas: list[Box], page: PageData) -> list[Frag]:
    """``frags`` without the charts' words (their axes, categories, legends and notes) and their titles: the short
    line right over each chart, at its left, in no smaller print than its labels."""
    gone = {id(f) for f in frags if _label(f) and any(_inside(f, box) for box in areas)}
    for box in areas:
        x0, t = box[0], box[3]
        labels = [f.size for f in frags if id(f) in gone and _inside(f, box)]
        over = [f for f in frags if id(f) not in gone and t < f.bottom < t + 3 * f.size and abs(f.x0 - x0) < 30]
        # in words, and not set like a figure of its own (a scorecard's number over the chart)
        if len(over) == 1 and _label(over[0]) and WORD.search(over[0].text) and over[0].size <= 2 * max(labels):
            gone.add(id(over[0]))
    if gone:
        page.drop("map or chart label", len(gone))
    return [f for f in frags if id(f) not in gone]
