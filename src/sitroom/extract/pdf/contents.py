"""A contents page or block: lines naming the document's headings with the page each starts on.

Its entries end in dot leaders and a page number ("3.1 Workforce . . . . 3"), or name a heading found
elsewhere in the document with the page number set apart at the right ("Finance        7"). Two or more
such lines on a page are navigation, not content: they are left out and counted, with the list's own
title right above them ("Contents", "Sommaire", "Índice": told by where it stands, not by its word).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from sitroom.extract.pdf.structs import Frag, PageData
from sitroom.extract.pdf.text import WORD, sentence_like
from sitroom.text.contents import contents_label

_PAGE_ONLY = re.compile(r"^\s*(?:\d{1,4}|[ivxlc]{1,6})\s*$", re.I)
_LEADER = re.compile(r"^[\s.·…_-]{3,}$")
_LAST_NUMBER = re.compile(r"(\d{1,4})\s*$")
# Height bands of this many points index a page's lone numbers; two bands either side cover any line.
_BAND = 8.0


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def _same_line(a: Frag, b: Frag) -> bool:
    return abs(a.mid - b.mid) < 0.5 * max(a.size, b.size)


def drop_contents(pages: list[PageData], body: float) -> None:
    """Leave out each page's contents entries, their page numbers and the list's title, counted."""
    # the styled lines of each page: the headings a contents line without leaders must repeat
    seen: dict[str, Counter[int]] = {}  # how often each styled line is set on each page
    for p in pages:
        for f in p.frags:
            if f.bold or f.size >= body + 1:
                seen.setdefault(_key(f.text), Counter())[p.number] += 1
    for p in pages:
        taken = _entries(p, seen, len(pages), body)
        if sum(not _PAGE_ONLY.match(f.text) for f in taken) < 2 or not _ascending(taken):
            continue
        title = _title(p, taken)
        drop = {id(f) for f in taken} | ({id(title)} if title else set())
        p.frags = [f for f in p.frags if id(f) not in drop]
        p.drop("contents", len(drop))


def _ascending(taken: list[Frag]) -> bool:
    """A contents list's page numbers run down the list in order."""
    numbers = []
    for f in sorted(taken, key=lambda f: (-round(f.top), f.x0)):
        m = _LAST_NUMBER.search(f.text)
        if m:
            numbers.append(int(m.group(1)))
    return all(a <= b for a, b in pairwise(numbers))


def _entries(p: PageData, seen: dict[str, Counter[int]], n_pages: int, body: float) -> list[Frag]:
    """The page's contents entries with the page numbers standing apart beside them."""
    numbers: dict[int, list[Frag]] = {}  # by height band, so that a table-heavy page costs one pass
    for n in p.frags:
        if _PAGE_ONLY.match(n.text):
            numbers.setdefault(int(n.mid // _BAND), []).append(n)
    led: list[Frag] = []  # entries with leaders
    bare: list[Frag] = []  # entries without: a label and, far to its right, a page number
    labelled = 0  # lines with a number far to their right: a table's rows look the same
    for f in sorted(p.frags, key=lambda f: (-round(f.top), f.x0)):
        if _PAGE_ONLY.match(f.text) or _LEADER.match(f.text):
            continue  # a page number, or dot leaders set apart: they go with the entry they stand beside
        band = int(f.mid // _BAND)
        near = [n for k in range(band - 2, band + 3) for n in numbers.get(k, ())]
        beside = next((n for n in near if n.x0 > f.x1 and _same_line(f, n)), None)
        if contents_label(f.text) or (beside and contents_label(f.text, page_needed=False)):
            led += [f, beside] if beside else [f]
        elif beside and beside.x0 - f.x1 > 4 * f.size and beside.text.strip().isdigit():
            labelled += 1
            # the line must repeat a heading set on another page, or further down its own page (a contents block
            # over the first sections), and point within the document
            counts = seen.get(_key(f.text), Counter())
            elsewhere = any(n != p.number for n in counts) or counts[p.number] > (
                1 if f.bold or f.size >= body + 1 else 0
            )
            if elsewhere and int(beside.text) <= n_pages and not sentence_like(f.text):
                bare += [f, beside]
    # without leaders, nearly every such line on the page names a heading (in a table few do)
    if len(bare) // 2 >= 3 and len(bare) // 2 >= 0.8 * labelled:
        return led + bare + _leaders(p, bare)
    return led


def _leaders(p: PageData, bare: list[Frag]) -> list[Frag]:
    """Dot leaders set apart between an entry's label and its page number (its label and number taken alone)."""
    pairs = list(zip(bare[::2], bare[1::2], strict=True))
    return [
        f
        for f in p.frags
        if _LEADER.match(f.text) and any(_same_line(a, f) and a.x1 <= f.x0 + 1 and f.x1 <= b.x0 + 1 for a, b in pairs)
    ]


def _title(p: PageData, taken: list[Frag]) -> Frag | None:
    """The list's title: a short line right above its first entry, styled apart from the entries."""
    top = max(f.top for f in taken)
    first = max(taken, key=lambda f: f.top)
    above = [f for f in p.frags if f.bottom > top and id(f) not in {id(t) for t in taken}]
    if not above:
        return None
    near = min(above, key=lambda f: f.bottom)
    words = len(WORD.findall(near.text))
    if near.bottom - top > 4 * first.size or not 1 <= words <= 4 or any(c.isdigit() for c in near.text):
        return None
    return near if (near.bold or near.size > first.size + 0.5) else None
