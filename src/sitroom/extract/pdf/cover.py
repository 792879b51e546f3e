"""A cover page: page 1 holding only the title, the organisation, the date, the version and a
document-control table ("Version | Date | Author | Change"), with the report starting on a later page.

The title and the date line are the masthead; the other lines (the organisation, a logo's lettering,
"Version 1.2", the table's label) are front matter: left out and counted. The table's cells are already
left out as a data table. The body starts at the first heading after the cover.
"""

from __future__ import annotations

import re

from sitroom.extract.pdf.structs import Entry, Frag, PageData
from sitroom.extract.pdf.text import sentence_like
from sitroom.extract.pdf.title import dated_line
from sitroom.model import BlockKind

# "Version 1.2", "v0.3", "Draft 2", "Issue 4", "Versie 3", "Versión 2"
_VERSION = re.compile(r"\b(version|versie|versión|versao|versão|issue|draft|rev(ision)?|v)\s*\.?\s*\d", re.I)
# a year in a line of the cover, whatever language names its month ("6 de messé 2026")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# a cover names no more than these few things
_MOST = 10


# a line of a cover's particulars is this long at most
_STACKED_CHARS = 60


def take_cover(page: PageData, entries: list[Entry], body: float, n_pages: int) -> list[Entry]:
    """Page 1's entries with a cover page read as masthead and front matter (the others unchanged)."""
    if page.number != 1 or n_pages < 2 or not entries or len(entries) > _MOST:
        return entries
    texts = [" ".join(f.text for f in e.lines) for e in entries]
    notes = {id(e) for e in entries if _boxed_note(page, e, entries)}
    note_print = max((f.size for e in entries if id(e) in notes for f in e.lines), default=0.0)
    if any(max(f.size for f in e.lines) <= note_print + 1 for e in entries if id(e) not in notes):
        notes = set()  # a line in the box's own print beside it (a heading over it): the report starts here
    running = (
        e.kind == BlockKind.ITEM
        or e.bullet
        or ((sentence_like(t) or len(t) > 120) and id(e) not in notes and not _stacked(e))
        for e, t in zip(entries, texts, strict=True)
    )
    if any(running):
        return entries  # a list or running text: the report starts on this page
    sizes = [max(f.size for f in e.lines) for e in entries]
    big = max(sizes)
    if big < 1.3 * body or not any(dated_line(t) or _VERSION.search(t) or _YEAR.search(t) for t in texts):
        return entries  # a cover names the report in large print and says which issue it is, or its year
    # the title: the largest line with the large-print lines next to it ("Situation Report 35" under
    # "EBOLA VIRUS DISEASE"); large lettering standing apart (a logo's) is not part of it
    first = sizes.index(big)
    lo = hi = first
    while lo > 0 and sizes[lo - 1] >= 1.3 * body and not dated_line(texts[lo - 1]):
        lo -= 1
    while hi + 1 < len(entries) and sizes[hi + 1] >= 1.3 * body and not dated_line(texts[hi + 1]):
        hi += 1
    return read_cover(page, entries, entries[lo : hi + 1])


def _stacked(e: Entry) -> bool:
    """Short lines set one under another, none ending a sentence (the publisher, the date, the chair, the next
    report): a cover's particulars, not a paragraph run on from line to line."""
    return len(e.lines) >= 2 and all(
        len(f.text.strip()) <= _STACKED_CHARS and not f.text.rstrip().endswith((".", ";", "!", "?")) for f in e.lines
    )


def _boxed_note(page: PageData, e: Entry, entries: list[Entry]) -> bool:
    """A paragraph in a drawn box of its own on the cover, apart from the title's lines and with no heading right
    over the box: the cover's note on the document itself (what an Easy Read version is, how to read it), not the
    report's first section ("Background" over a boxed paragraph)."""
    if e.kind != BlockKind.PARAGRAPH or e.bullet:
        return False
    others = [f for o in entries if o is not e for f in o.lines]
    return any(
        all(_within(f, frame) for f in e.lines) and not any(_within(f, frame) or _heads(f, frame) for f in others)
        for frame in page.frames
    )


def _within(f: Frag, frame: tuple[float, float, float, float]) -> bool:
    x0, bottom, x1, top = frame
    return x0 - 2 <= f.x0 and f.x1 <= x1 + 2 and bottom - 2 <= f.bottom and f.top <= top + 2


def _heads(f: Frag, frame: tuple[float, float, float, float]) -> bool:
    """``f`` stands right over the box, within two of its lines, over its width: it names what the box holds."""
    x0, _bottom, x1, top = frame
    return 0 <= f.bottom - top < 2 * f.size and f.x0 < x1 and f.x1 > x0


def read_cover(page: PageData, entries: list[Entry], named: list[Entry]) -> list[Entry]:
    """A cover's entries read: those ``named`` the title, a dated line the masthead, the rest left out as the
    cover page (counted)."""
    kept: list[Entry] = []
    for entry in entries:
        if any(entry is n for n in named):
            entry.title, entry.masthead, entry.kind = True, False, BlockKind.PARAGRAPH
            kept.append(entry)
            continue
        # particulars stacked under the title are read line by line: the date among them is the masthead's
        for e in [Entry(entry.kind, entry.page, [f]) for f in entry.lines] if _stacked(entry) else [entry]:
            if dated_line(" ".join(f.text for f in e.lines)):
                e.title, e.masthead, e.kind = True, True, BlockKind.PARAGRAPH
                kept.append(e)
            else:
                page.drop("cover page", len(e.lines))
    return kept


# a closing slide says a word or two ("Questions?", "Thank you")
_CLOSING_WORDS = 3


def take_closing(page: PageData, entries: list[Entry], body: float, n_pages: int) -> list[Entry]:
    """The last page's entries, none when it only closes the document: a word or two in print far larger
    than the body ("Questions?", "Thank you" on a deck's last slide), no list and no sentence beside them
    (a contact line at most). It tells nothing of the incident: left out and counted."""
    if page.number != n_pages or n_pages < 2 or not entries or len(entries) > 2:
        return entries
    texts = [" ".join(f.text for f in e.lines) for e in entries]
    if any(e.kind == BlockKind.ITEM or e.bullet or sentence_like(t) for e, t in zip(entries, texts, strict=True)):
        return entries
    big = max(entries, key=lambda e: max(f.size for f in e.lines))
    words = len(texts[entries.index(big)].split())
    if max(f.size for f in big.lines) < 2 * body or words > _CLOSING_WORDS:
        return entries
    page.drop("closing page", sum(len(e.lines) for e in entries))
    return []
