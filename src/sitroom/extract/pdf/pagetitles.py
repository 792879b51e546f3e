"""Each page's own title: a deck of slides (Beamer frames, a presentation saved as PDF) opens every page with a
short line at the same place, in the same print, larger than the text under it, and different from page to page.
A reader takes that line for the page's heading, however faint its styling (no bold, a size or two above the body).

In such a deck the first page, holding no page title, is the title slide (its largest line names the report, a
dated line dates it, the rest is left out as the cover) and a last page holding only a word or two ("Questions?")
closes it.
"""

from __future__ import annotations

from collections import Counter

from sitroom.extract.pdf.cover import read_cover
from sitroom.extract.pdf.structs import Entry, PageData
from sitroom.extract.pdf.text import FINAL_PUNCT
from sitroom.model import BlockKind

# a deck's page titles stand on three pages at least, and on half its pages or more
MIN_PAGES = 3
TITLE_WORDS = 12
# larger than the text under it by this much at least, when not bold
SIZE_STEP = 0.4
CLOSING_WORDS = 3
COVER_ENTRIES = 10
# a centred line's middle stands this near the page's (a share of its width)
CENTRED = 0.08


def _text(e: Entry) -> str:
    return " ".join(f.text for f in e.lines)


def _place(e: Entry) -> tuple[int, int, float]:
    head = e.lines[0]
    return round(head.top / 2), round(head.x0 / 6), round(head.size, 1)


def _candidate(entries: list[Entry]) -> Entry | None:
    """The page's first entry, when it could be the page's title: one short line, no list mark, no sentence, in
    bold or larger print than the entry under it."""
    if not entries or entries[0].title:
        return None
    first = entries[0]
    text = _text(first)
    if len(first.lines) != 1 or first.bullet or first.kind is BlockKind.ITEM or not text.strip():
        return None
    if len(text.split()) > TITLE_WORDS or text.rstrip().endswith(FINAL_PUNCT):
        return None
    under = entries[1] if len(entries) > 1 else None
    if under is None:
        return None
    return first if first.lines[0].bold or first.lines[0].size >= max(f.size for f in under.lines) + SIZE_STEP else None


def mark_page_titles(pages: list[PageData], per_page: list[list[Entry]]) -> list[list[Entry]]:
    """The pages' entries with each page's title made its heading, and a deck's title and closing slides read as
    masthead and left out (counted on their pages)."""
    found = [_candidate(entries) for entries in per_page]
    places = Counter(_place(e) for e in found if e is not None)
    if not places:
        return per_page
    place, n = places.most_common(1)[0]
    titles = [e for e in found if e is not None and _place(e) == place]
    if n < MIN_PAGES or n < 0.5 * (len(per_page) - 1) or len({_text(e) for e in titles}) < 0.6 * n:
        return per_page
    for e in titles:
        e.kind, e.level = BlockKind.HEADING, 1
    out = list(per_page)
    if found[0] is None or _place(found[0]) != place:
        out[0] = _title_slide(pages[0], out[0])
    if len(out) > 1 and (found[-1] is None or _place(found[-1]) != place):
        out[-1] = _closing_slide(pages[-1], out[-1])
    return out


def _title_slide(page: PageData, entries: list[Entry]) -> list[Entry]:
    """A deck's first page, every line of it centred: its largest line the title, a dated line the masthead, the
    rest the cover (an author line "S. Tremblay, J. Singh" is no list however it opens)."""
    if not entries or len(entries) > COVER_ENTRIES or not all(_centred(page, e) for e in entries):
        return entries
    if any(e.title for e in entries):
        named = [e for e in entries if e.title]
    else:
        named = [max(entries, key=lambda e: max(f.size for f in e.lines))]
    return read_cover(page, entries, named)


def _centred(page: PageData, e: Entry) -> bool:
    return all(abs((f.x0 + f.x1) / 2 - page.width / 2) < CENTRED * page.width for f in e.lines)


def _closing_slide(page: PageData, entries: list[Entry]) -> list[Entry]:
    """A deck's last page holding a word or two and nothing else ("Questions?", "Thank you") closes it."""
    if len(entries) != 1 or len(_text(entries[0]).split()) > CLOSING_WORDS or entries[0].kind is BlockKind.ITEM:
        return entries
    page.drop("closing page", len(entries[0].lines))
    return []
