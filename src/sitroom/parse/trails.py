"""A trail of stages or places printed over a page: a case system's process bar ("Report › Assess › Respond ›
Recover") or a site's breadcrumbs ("Home › News ›"), each name followed by a chevron. It says where the record or
page stands in something else, not what happened: left out and counted, with the trail's last name when it stands
alone on a line over the first section."""

from __future__ import annotations

import re

from sitroom.model import BlockKind
from sitroom.parse.units import Unit

# names each followed by a chevron, or two chevrons at least before a last name without one
_STAGE = r"[^\s›»][^›».!?]{0,30}?\s*[›»]\s*"
_TRAIL = re.compile(rf"^(?:(?:{_STAGE})+|(?:{_STAGE}){{2,}}[^\s›»][^›».!?]{{0,30}})$")
LAST_WORDS = 3


def _trail(unit: Unit) -> bool:
    return unit.bullet is None and _TRAIL.match(unit.text.strip()) is not None


def drop_trails(units: list[Unit]) -> tuple[list[Unit], int]:
    """The units without the trails of stages or places, and how many lines were left out."""
    out: list[Unit] = []
    dropped = 0
    n = 0
    while n < len(units):
        if not _trail(units[n]):
            out.append(units[n])
            n += 1
            continue
        while n < len(units) and _trail(units[n]):
            dropped += 1
            n += 1
        # the trail's last name, without a chevron after it, alone over the next heading
        if n + 1 < len(units) and _last_name(units[n]) and units[n + 1].kind is BlockKind.HEADING:
            dropped += 1
            n += 1
    return out, dropped


def _last_name(unit: Unit) -> bool:
    text = unit.text.strip()
    return 0 < len(text.split()) <= LAST_WORDS and unit.bullet is None and text[-1:].isalpha()
