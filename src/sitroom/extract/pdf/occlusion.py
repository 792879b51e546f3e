"""Borders painted over: a cell's fill drawn after the strokes under it hides them, as a sheet's merged cell hides
the gridlines of the rows it spans. What a reader sees is the page as painted, so a stroke is kept only where no
later fill covers it."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

# a stroke along a fill's edge is the fill's border, not under it
_EDGE = 0.3
# fills are filed by bands of the page this tall, so that a stroke is looked at against those level with it only
_BAND = 16.0
# so many stroke and fill pairs at most: a chart's page of thousands of bars and gridlines is not looked through
_MOST_PAIRS = 250_000

Cover = tuple[int, float, float, float, float]  # paint order, x0, bottom, x1, top


@dataclass(slots=True)
class Paint:
    """When each stroke, box and fill of a page was painted (its object's index), so that a fill painted over a
    border hides it."""

    horizontal: list[int] = field(default_factory=list)
    vertical: list[int] = field(default_factory=list)
    boxes: list[int] = field(default_factory=list)
    covers: list[Cover] = field(default_factory=list)


def _cut(spans: list[tuple[float, float]], lo: float, hi: float) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for a, b in spans:
        if hi <= a or lo >= b:
            out.append((a, b))
            continue
        out += [(a, lo)] if lo > a + 1 else []
        out += [(hi, b)] if b > hi + 1 else []
    return out


def uncovered(
    segs: list[tuple[float, float, float]], orders: list[int], covers: list[Cover], horizontal: bool
) -> list[tuple[float, float, float]]:
    """The strokes, horizontal (x0, x1, y) or vertical (x, bottom, top), each cut where a fill painted after it
    covers it."""
    # a fill painted before every stroke (a page's or a row's shading under its borders) hides none of them
    first = min(orders, default=0)
    covers = [c for c in covers if c[0] > first]
    if not covers or len(segs) * len(covers) > _MOST_PAIRS:
        return segs
    # each fill along the strokes' direction (from, to) and across it (low, high), filed by the bands it spans
    bands: dict[int, list[tuple[int, float, float, float, float]]] = defaultdict(list)
    for paint, x0, bottom, x1, top in covers:
        lo, hi, low, high = (x0, x1, bottom, top) if horizontal else (bottom, top, x0, x1)
        for band in range(int(low // _BAND), int(high // _BAND) + 1):
            bands[band].append((paint, lo, hi, low, high))
    out: list[tuple[float, float, float]] = []
    for seg, n in zip(segs, orders, strict=True):
        along, at = ((seg[0], seg[1]), seg[2]) if horizontal else ((seg[1], seg[2]), seg[0])
        spans = [along]
        for paint, lo, hi, low, high in bands.get(int(at // _BAND), ()):
            if paint > n and low + _EDGE < at < high - _EDGE:
                spans = _cut(spans, lo, hi)
                if not spans:
                    break
        out += [(a, b, at) if horizontal else (at, a, b) for a, b in spans]
    return out
