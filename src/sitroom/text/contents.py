"""A table of contents' entries: a heading's text, dot leaders, and the page it starts on.

A contents list repeats the document's headings to help a reader find them; it is navigation, not
report content. Its lines are told by their shape ("3.1 Workforce . . . . . 3", "Risks………… 4",
"Finance<tab>7"), whatever language the list's own title is in.
"""

from __future__ import annotations

import re

# three or more leader marks (dots, middle dots, ellipses, underscores), spaced or not
LEADERS = r"(?:[.·…‥_]\s*){3,}"
# a page number as a contents list prints it: figures, or lower-case roman numerals in front matter
PAGE = r"(?:\d{1,4}|[ivxlc]{1,6})"
_LEADERS = re.compile(LEADERS)
_ENTRY = re.compile(rf"^(?P<label>.*?[^\s.·…‥_])\s*{LEADERS}\s*(?P<page>{PAGE})?\s*$")
_TABBED = re.compile(rf"^(?P<label>.*?\S)\t+\s*(?P<page>{PAGE})\s*$")
# without a page number, a longer run of leaders: "Wait..." ends a sentence, it leads nowhere
_LONG = r"(?:[.·…‥_]\s*){4,}"
_TRAILING = re.compile(rf"\s*(?:{LEADERS}\s*{PAGE}|{_LONG})\s*$")


def contents_label(text: str, *, page_needed: bool = True) -> str | None:
    """The heading a contents entry names, or None when the line is not one.

    An entry ends in dot leaders and a page number, or in a tab and a page number. ``page_needed=False``
    takes an entry whose page number stands apart (a separate run at the right margin of a PDF line).
    """
    # most lines have neither leaders nor a tab: a quick look for either spares the two full patterns
    if "\t" not in text and not _LEADERS.search(text):
        return None
    m = _ENTRY.match(text) or _TABBED.match(text)
    if not m or (not m.group("page") and (page_needed or not _TRAILING.search(text))):
        return None
    return m.group("label").strip()


def strip_leaders(text: str) -> str:
    """A heading's text without the dot leaders and page number a contents list printed after it."""
    stripped = _TRAILING.sub("", text)
    return stripped if stripped.strip() else text
