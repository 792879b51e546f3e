"""The title block under a centred title: the authors (with their affiliation marks) and the date.

A report typeset as an article (LaTeX's ``\\maketitle``, a Word "Title" page) centres its title and, under
it, the authors' names (often side by side on one line, each with a raised mark pointing to a note on their
affiliation) and the date, all before the first section. These lines say who wrote the report and when; they
are no section and no item of it, whatever an initial ("B. Qodirov") looks like to the list-number test.
"""

from __future__ import annotations

import re

from sitroom.extract.pdf.structs import Entry, Frag
from sitroom.extract.pdf.text import WORD, sentence_like
from sitroom.model import BlockKind

# How far a centred line's middle may stand from the title's axis (justified glyph boxes, a raised mark).
_AXIS = 6.0
# A centred title is set in from the text's left edge at least this far (a flush-left one is not centred).
_SET_IN = 20.0
# A byline line is a name or two, an affiliation or a date: a few words.
_WORDS = 8
# An author's initial read as a list number ("B." of "B. Qodirov").
_INITIAL = re.compile(r"^[A-Z]\.$")


def mark_byline(entries: list[Entry], head: list[Entry]) -> None:
    """Mark the rows of short lines centred on the title's axis, right after the title ``head`` (the entries
    ``mark_title`` took, at the start of ``entries``), as masthead lines of the title block: they end at
    the first line that is not centred (the first section's heading, flush left) or not short print."""
    if not head or any(e.page != 1 for e in head):
        return
    big = max(f.size for e in head for f in e.lines)
    title = [f for e in head for f in e.lines if f.size >= big - 0.25]
    axis = sum((f.x0 + f.x1) / 2 for f in title) / len(title)
    left = min(f.x0 for e in entries if e.page == 1 for f in e.lines)
    if any(abs((f.x0 + f.x1) / 2 - axis) > _AXIS or f.x0 < left + _SET_IN for f in title):
        return  # the title is not centred: nothing tells a title block from the body's first lines
    n = len(head)
    while n < len(entries):
        row = [entries[n]]
        while n + len(row) < len(entries) and _level(entries[n + len(row)], row[0]):
            row.append(entries[n + len(row)])
        lines = [f for e in row for f in e.lines]
        x0, x1 = min(f.x0 for f in lines), max(f.x1 for f in lines)
        centred = abs((x0 + x1) / 2 - axis) <= _AXIS and x0 >= left + _SET_IN
        if not centred or not all(_byline(e, big) for e in row):
            return
        for e in row:
            _restore_initial(e)
            e.kind, e.title, e.masthead = BlockKind.PARAGRAPH, True, True
        n += len(row)


def initial_under(above: Entry, e: Entry) -> bool:
    """``e`` is an author's name under the title ``above``, its initial read as a list number ("C. Mwale"):
    one short line centred on the title's axis, set in from the title's left edge, as no list entry is."""
    if len(e.lines) != 1 or not e.bullet or not _INITIAL.match(e.bullet):
        return False
    f = e.lines[0]
    axis = sum((g.x0 + g.x1) / 2 for g in above.lines) / len(above.lines)
    short = len(WORD.findall(f.text)) <= _WORDS and not sentence_like(f.text)
    return short and abs((f.x0 + f.x1) / 2 - axis) <= _AXIS and f.x0 > min(g.x0 for g in above.lines) + _SET_IN


def _level(e: Entry, first: Entry) -> bool:
    """``e`` stands on the same line as ``first`` (two authors side by side)."""
    a, b = e.lines[0], first.lines[0]
    return e.page == first.page and abs(a.mid - b.mid) < 0.5 * max(a.size, b.size)


def _byline(e: Entry, big: float) -> bool:
    """One short line in regular type, smaller than the title: no sentence, no list entry, no heading (an
    initial taken for a list number aside)."""
    if e.page != 1 or len(e.lines) != 1:
        return False
    f: Frag = e.lines[0]
    initial = f.bullet is not None and _INITIAL.match(f.bullet) is not None
    if f.bold or f.size > big - 1 or (f.bullet and not initial):
        return False
    if e.kind == BlockKind.HEADING and not initial:
        return False
    return len(WORD.findall(f.text)) <= _WORDS and not sentence_like(f.text)


def _restore_initial(e: Entry) -> None:
    """Give an author's initial back to the name it was taken from as a list number."""
    for f in e.lines:
        if f.bullet:
            f.text, f.bullet = f"{f.bullet} {f.text}", None
    e.bullet = None
