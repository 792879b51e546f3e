"""A report printed as one article of a gazette, a newspaper or a newsletter: the sitrep a commune's crisis staff
hands its official gazette, set among the council's notices and building applications.

The article's headline names the report ("Rapport dal stab da crisa nr. 1", "Flood update 3") in print far larger
than any other heading of the page; the other articles stand before it under headings of their own, and its sections
follow under smaller headings. A reader reads the article: what stands before the headline, and any article after it
under a heading set as large as the others' are, is none of the report. The article ends at its byline, the team
or writer signing under its last points: what is set after it (a box of contacts, the agenda) is the gazette's.
"""

from __future__ import annotations

import re

from sitroom.model import BlockKind
from sitroom.parse.metadata import looks_like_title
from sitroom.parse.units import Unit

HEADLINE = 1.4  # a headline is set this much larger than any other heading of the page
MAX_BEFORE = 40  # units of other articles before it, at most
MAX_HEADLINE_CHARS = 120
MIN_SECTIONS = 2
SAME_SIZE = 0.5
BYLINE_WORDS = 5  # a byline names a team or a person: a few words
# a figure, or a sentence's or a label's end: a point of the text, not a name signing it
_DASHES = frozenset("—–-")
_UNSIGNED = re.compile(r"\d|[.:;!?]$")


def report_article(body: list[Unit]) -> tuple[int, int] | None:
    """Where the report's article stands in ``body``: its headline's index and the index after its last line (the
    next article's heading, or the end); None when the body is no such publication."""
    heads = [k for k, u in enumerate(body) if u.kind is BlockKind.HEADING and u.style.get("size")]
    for k in heads:
        if k > MAX_BEFORE:
            return None
        text, size = body[k].text.strip(), body[k].style["size"]
        before = [body[j].style["size"] for j in heads if j < k]
        after = [j for j in heads if j > k]
        if not before or len(text) > MAX_HEADLINE_CHARS or not looks_like_title(text):
            continue
        if all(u.kind is BlockKind.HEADING for u in body[heads[0] : k]):
            continue  # a letterhead's names set as headings, no article's text under them
        if size < HEADLINE * max(before + [body[j].style["size"] for j in after]):
            continue
        articles = max(before)  # the size the other articles' headings are set in
        sections = [j for j in after if body[j].style["size"] < articles - SAME_SIZE]
        if len(sections) < MIN_SECTIONS:
            continue
        end = next((j for j in after if j > sections[0] and body[j].style["size"] >= articles - SAME_SIZE), len(body))
        return k, _byline(body, sections[0], end)
    return None


def _byline(body: list[Unit], first: int, end: int) -> int:
    """Where the article ends: at its byline, a short line signed under its last points ("Stab da crisa communal",
    "— The flood team") before the next heading, whatever is set after it (a box, the agenda); else at ``end``."""
    for j in range(first + 1, end):
        u, last = body[j], body[j - 1]
        # a line of its own, or one opened by a dash where the points have another mark ("— The flood team")
        dashed = u.kind is BlockKind.ITEM and u.bullet in _DASHES and last.bullet != u.bullet
        if (u.kind is not BlockKind.PARAGRAPH and not dashed) or last.kind is not BlockKind.ITEM:
            continue
        if j + 1 < end and body[j + 1].kind is not BlockKind.HEADING:
            continue
        text = u.text.strip().lstrip("—–-").strip()
        words = text.split()
        if 0 < len(words) <= BYLINE_WORDS and text[:1].isupper() and not _UNSIGNED.search(text):
            return j
    return end
