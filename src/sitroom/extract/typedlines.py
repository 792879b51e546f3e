"""Whether a message's HTML part shows that its writer ended each line of its plain text.

A phone's mail app or a web mail sets each typed line of the HTML in a block of its own (a ``<div>`` a line, or lines
parted by ``<br>``), where a paragraph the mail program wrapped runs on in one block. When the plain text's lines are
the HTML's lines, no line was wrapped by the program: each was ended by its writer, and a sentence typed on a line of
its own is a paragraph of its own, however short the lines around it.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

# the tags that end a line of the rendered message
_LINE_TAG = re.compile(
    r"<(?:/?(?:div|p|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|pre|section|article|header|footer)\b[^>]*|br\b[^>]*)>",
    re.I,
)
_MARK = re.compile(r"^(?:[*•·◦▪o-]|\d{1,2}[.)])\s+")
# the plain text must have this many lines at least to tell, and this share of them must be the HTML's lines
MIN_LINES = 4
SHARE = 0.9


def html_lines(html: str) -> set[str]:
    """The lines the HTML sets, each block's and each ``<br>``-parted text, their spaces collapsed."""
    body = LexborHTMLParser(_LINE_TAG.sub("\n", html)).body  # (each tag ending a line read as a line break)
    if body is None:
        return set()
    for node in body.css("script, style"):
        node.decompose()
    text = body.text(separator="")
    return {line for line in (" ".join(t.split()) for t in text.split("\n")) if line}


def lines_ended_by_writer(plain: str, html: str) -> bool:
    """Whether nearly every line of ``plain`` stands as a line of its own in ``html``: the writer ended them all."""
    lines = [" ".join(t.split()) for t in plain.splitlines() if t.strip()]
    if len(lines) < MIN_LINES:
        return False
    found = html_lines(html)
    # (a point's mark in the plain text, "  *   9 public water supplies …", may be the HTML's list item, not its text)
    return sum(line in found or _MARK.sub("", line) in found for line in lines) >= SHARE * len(lines)
