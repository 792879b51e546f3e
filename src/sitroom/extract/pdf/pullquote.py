"""Pull quotes: a sentence of the text printed a second time, large and in quotation marks, to catch the eye."""

from __future__ import annotations

import re

from sitroom.extract.pdf.structs import Entry, PageData

_QUOTED = re.compile(r"^[\"“„«‘']\s*(?P<inner>.+?)\s*[\"”»’']$", re.S)
_WORDS = 4  # fewer words may well be printed twice by chance ("See below.")


def drop_pull_quotes(entries: list[Entry], pages: list[PageData]) -> list[Entry]:
    """Left out: a heading or paragraph (or one run on into the next, its larger print read as a heading
    over the rest) that is wholly a quotation of words the document prints elsewhere, the quotation
    without its marks found in another entry's text. It repeats the text for the eye; read as it stands
    it would be a heading over the items after it, or an item said twice."""
    texts = [_norm(_text(e)) for e in entries]
    out: list[Entry] = []
    n = 0
    while n < len(entries):
        span = _quoted_span(entries, n)
        if span:
            inner = _norm(_QUOTED.match(" ".join(_text(e) for e in entries[n : n + span]).strip()).group("inner"))
            others = (t for k, t in enumerate(texts) if not n <= k < n + span)
            if len(inner.split()) >= _WORDS and any(f" {inner} " in f" {t} " for t in others):
                for e in entries[n : n + span]:
                    _page(pages, e.page).drop("pull quote", len(e.lines))
                n += span
                continue
        out.append(entries[n])
        n += 1
    return out


def _quoted_span(entries: list[Entry], n: int) -> int:
    """How many entries from the ``n``-th make one quotation (1 or 2), or 0 when they make none."""
    for span in (1, 2):
        part = entries[n : n + span]
        if len(part) < span or any(e.bullet or e.title or e.page != part[0].page for e in part):
            return 0
        if _QUOTED.match(" ".join(_text(e) for e in part).strip()):
            return span
    return 0


def _text(e: Entry) -> str:
    return " ".join(f.text for f in e.lines)


def _page(pages: list[PageData], number: int) -> PageData:
    return next(p for p in pages if p.number == number)


def _norm(text: str) -> str:
    """Words only, in lower case: line breaks, quotation marks and the closing stop do not count."""
    return " ".join(re.findall(r"\w+", text.lower()))
