"""Paragraphs of a Markdown page that are not the report's prose: a page's properties, links to other pages.

A page exported from a notes app sets its properties under its title, a "Label: value" on each line of one
paragraph ("Date: July 12, 2024", "Owner: Event Control", "Status: Live"): each line is a field of its own,
for the parser to read as the page's particulars, not one run-together item. A paragraph that is nothing
but a link to another file of the export ("[Incident log](Incident%20log%209014….md)") points to another
page; it says nothing of its own.
"""

from __future__ import annotations

import re

from markdown_it.token import Token

# "Owner: Event Control": a label of one to three words, its colon, a value.
_FIELD = re.compile(r"^[^\W\d_][\w'’&/-]*(?:\s+[\w'’&/-]+){0,2}\s*:\s+\S")
# A link to a file beside the page, not to the web nor to a place in the page.
_LOCAL = re.compile(r"^(?![a-z][a-z0-9+.-]*:|#|//)[^?#]+\.(?:md|markdown|html?|pdf|docx?|csv)(?:[?#].*)?$", re.I)


def is_field_paragraph(lines: list[str]) -> bool:
    """Two lines or more, each a "Label: value" field: a page's properties."""
    return len(lines) >= 2 and all(_FIELD.match(line) for line in lines)


def links_elsewhere(tok: Token) -> bool:
    """The inline token is one link and nothing else, to another file of the export."""
    children = [c for c in tok.children or () if not (c.type == "text" and not c.content.strip())]
    if len(children) < 3 or children[0].type != "link_open" or children[-1].type != "link_close":
        return False
    if any(c.type == "link_open" for c in children[1:]):
        return False
    return bool(_LOCAL.match(str(children[0].attrs.get("href", ""))))
