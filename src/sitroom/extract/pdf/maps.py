"""A map or a chart drawn on the page: a large filled area crossed by drawn lines of many segments (rivers, roads,
boundaries, a fire's perimeter, a chart's series), with words set on it here and there ("Кызыл-Булак айылы", "Chart
title", a legend's entries) and the grid's coordinates along its frame ("42°30′", "74°24′").

Those words name places and keys of the picture; none is a sentence of the report. A reader reads past them, so they
are left out of the text and counted. An area whose words run to sentences is a panel of text, whatever is drawn on
it.
"""

from __future__ import annotations

import re

from sitroom.extract.pdf.layout import Box
from sitroom.extract.pdf.structs import Frag, PageData

# a map's lines: paths of this many segments at least, and this many of them on the area
MAP_SEGMENTS = 8
MIN_STROKES = 3
# the area: this large at least, its words covering no more than this share of it, none longer than a label
MIN_WIDTH, MIN_HEIGHT = 200.0, 150.0
MAX_COVER = 0.15
LABEL_WORDS = 5
# a coordinate or a scale's figure along the frame, within this many of its own heights of the area
EDGE_HEIGHTS = 2.5
_EDGE_LABEL = re.compile(r"^[\d\s°′″'\".,:NSEWnsew-]{1,16}$|^\d+\s?(?:km|m|mi|ft)$")


def _inside(f: Frag, box: Box) -> bool:
    x0, b, x1, t = box
    return x0 <= (f.x0 + f.x1) / 2 <= x1 and b <= f.mid <= t


def map_areas(fills: list[Box], strokes: list[Box], frags: list[Frag]) -> list[Box]:
    """The large filled areas that are maps or charts: crossed by drawn lines of many segments, their words short
    labels covering little of them."""
    areas = []
    for box in fills:
        x0, b, x1, t = box
        if x1 - x0 < MIN_WIDTH or t - b < MIN_HEIGHT:
            continue
        drawn = sum(1 for s in strokes if x0 <= (s[0] + s[2]) / 2 <= x1 and b <= (s[1] + s[3]) / 2 <= t)
        if drawn < MIN_STROKES:
            continue
        words = [f for f in frags if _inside(f, box)]
        if any(len(f.text.split()) > LABEL_WORDS for f in words):
            continue  # sentences set on it: a panel of text
        cover = sum((f.x1 - f.x0) * (f.top - f.bottom) for f in words)
        if cover <= MAX_COVER * (x1 - x0) * (t - b):
            areas.append(box)
    return areas


def drop_map_labels(frags: list[Frag], areas: list[Box], page: PageData) -> list[Frag]:
    """``frags`` without the words on the maps and the coordinates along their frames, counted on ``page``."""
    kept = []
    for f in frags:
        near = [
            (x0 - reach, b - reach, x1 + reach, t + reach)
            for x0, b, x1, t in areas
            for reach in (EDGE_HEIGHTS * (f.top - f.bottom),)
        ]
        if any(_inside(f, box) for box in areas) or (
            _EDGE_LABEL.match(f.text.strip()) and any(_inside(f, box) for box in near)
        ):
            page.drop("map or chart label")
            continue
        kept.append(f)
    return kept
