"""A contents page or block: lines naming the document's headings with the page each starts on.

Its entries end in dot leaders and a page number ("3.1 Workforce . . . . 3"), or name a heading found
elsewhere in the document with the page number set apart at the right ("Finance        7"). Two or more
such lines on a page are navigation, not content: they are left out and counted, with the list's own
title right above them ("Contents", "Sommaire", "Índice": told by where it stands, not by its word).
"""

from __future__ import annotations

import re

from sitroom.extract.pdf.structs import Frag, PageData
from sitroom.extract.pdf.text import WORD, sentence_like
from sitroom.text.contents import contents_label

_PAGE_ONLY = re.compile(r"^\s*(?:\d{1,4}|[ivxlc]{1,6})\s*$", re.I)


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def _same_line(a: Frag, b: Frag) -> bool:
    return abs(a.mid - b.mid) < 0.5 * max(a.size, b.size)


def drop_contents(pages: list[PageData]) -> None:
    """Leave out each page's contents entries, their page numbers and the list's title, counted."""
    seen: dict[str, set[int]] = {}
    for p in pages:
        for f in p.frags:
            seen.setdefault(_key(f.text), set()).add(p.number)
    for p in pages:
        taken = _entries(p, seen)
        if len(taken) < 2:
            continue
        title = _title(p, taken)
        drop = {id(f) for f in taken} | ({id(title)} if title else set())
        p.frags = [f for f in p.frags if id(f) not in drop]
        p.drop("contents", len(drop))


def _entries(p: PageData, seen: dict[str, set[int]]) -> list[Frag]:
    """The page's contents entries with the page numbers standing apart beside them."""
    numbers = [f for f in p.frags if _PAGE_ONLY.match(f.text)]
    taken: list[Frag] = []
    for f in p.frags:
        if _PAGE_ONLY.match(f.text):
            continue
        beside = next((n for n in numbers if n.x0 > f.x1 and _same_line(f, n)), None)
        label = contents_label(f.text) or (contents_label(f.text, page_needed=False) if beside else None)
        if label is None and beside and beside.x0 - f.x1 > 4 * f.size:
            # no leaders: the line must repeat a line found on another page (the heading it points to)
            pages = seen.get(_key(f.text), set())
            label = f.text if pages - {p.number} and not sentence_like(f.text) else None
        if label is not None:
            taken.append(f)
            if beside:
                taken.append(beside)
    return taken


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
