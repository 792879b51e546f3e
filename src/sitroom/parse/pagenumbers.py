"""A page's number left in the text: a scan turned back into Word, or a page's text copied out, keeps each page's
number as a paragraph of its own between the last line of one page and the first of the next. It numbers the
page, not anything the report states; where a sentence runs on over the page break, its two halves are one."""

from __future__ import annotations

import re

from sitroom.model import BlockKind
from sitroom.parse.units import Unit

_NUMBER = re.compile(r"^\s*[-–]?\s*(\d{1,2})\s*[-–]?\s*$")
_SENTENCE_END = (".", "!", "?", ":", ";", "。")
LABEL_WORDS = 4  # a key figure's label under its figure ("staff deployed") is a few words, no sentence


def drop_page_numbers(units: list[Unit]) -> tuple[list[Unit], int]:
    """The units without the pages' numbers left among them, a sentence broken by one joined; how many dropped."""
    out: list[Unit] = []
    dropped = 0
    for n, u in enumerate(units):
        nxt = units[n + 1] if n + 1 < len(units) else None
        if not _page_number(u, out[-1] if out else None, nxt):
            out.append(u)
            continue
        dropped += 1
        before = out[-1] if out else None
        if before is not None and nxt is not None and _runs_on(before, nxt):
            before.text = f"{before.text.rstrip()} {nxt.text.lstrip()}"
            units[n + 1] = Unit("", nxt.kind, nxt.page, nxt.start, nxt.end, nxt.level, None, {"joined": True})
    return [u for u in out if not u.style.get("joined")], dropped


def _page_number(u: Unit, before: Unit | None, nxt: Unit | None) -> bool:
    """A paragraph of nothing but a small number, between two of the report's lines, that labels nothing under it."""
    if u.kind is BlockKind.ITEM or u.bullet or before is None or not _NUMBER.match(u.text):
        return False
    if nxt is None:
        return True
    label = len(nxt.text.split()) <= LABEL_WORDS and not nxt.text.rstrip().endswith(_SENTENCE_END)
    return not label or nxt.kind is BlockKind.HEADING


def _runs_on(before: Unit, nxt: Unit) -> bool:
    """The unit before the page's number ends mid-sentence and the one after goes on in lower case."""
    return not before.text.rstrip().endswith(_SENTENCE_END) and nxt.text.lstrip()[:1].islower()
