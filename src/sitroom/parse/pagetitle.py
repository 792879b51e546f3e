"""A Markdown page's title as its first line: the page opens with its one heading of the top level, every other
heading set lower ("# Rapport dal stab da crisa nr. 2" over "## Resumaziun", "## Custs"). Whatever its words, that
heading names the page, as a document's title does; it heads no section."""

from __future__ import annotations

from sitroom.model import BlockKind
from sitroom.parse.units import Unit


def opening_title(units: list[Unit]) -> bool:
    """The first unit is the page's one top-level heading, over at least one lower heading and no other of its
    level."""
    if not units or units[0].kind is not BlockKind.HEADING or units[0].style.get("title"):
        return False
    heads = [u.level for u in units[1:] if u.kind is BlockKind.HEADING]
    return bool(heads) and all(level > units[0].level for level in heads)
