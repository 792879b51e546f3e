"""The page's own style sheet, read where it sets text in bold by a class ("``.c3{font-weight:700}``").

Word processors that export to HTML (Google Docs, LibreOffice, a mail designer) style every run by a class
of the page's ``<style>`` sheet, not by ``<b>`` or ``<h2>``: their headings are paragraphs of text in a class
that sets it bold and large. The weight those classes give is copied onto the elements as an inline style,
so that the page is read as it shows, the way an inline ``font-weight`` is.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from sitroom.extract.html.markup import _CSS_BOLD

# a rule for classes alone, or of an element: ".c3{…}", ".c3, .c7 {…}", "span.Heading {…}"
_RULE = re.compile(r"((?:\s*[\w-]*\.[\w-]+\s*,?)+)\{([^{}]*)\}")
_CLASS = re.compile(r"\.([\w-]+)")
# at most this many elements restyled, so that a huge page costs no more than reading it
_MAX_ELEMENTS = 50_000


def bold_classes(tree: LexborHTMLParser) -> frozenset[str]:
    """The classes the page's style sheets set in bold."""
    found: set[str] = set()
    for style in tree.css("style"):
        for selectors, body in _RULE.findall(style.text(deep=True)):
            if _CSS_BOLD.search(body):
                # ".ritz .waffle .s2{…}" styles the last class of each selector, not its ancestors'
                found.update(c for sel in selectors.split(",") if sel.split() for c in _CLASS.findall(sel.split()[-1]))
    return frozenset(found)


def inline_bold_classes(tree: LexborHTMLParser) -> int:
    """Set ``font-weight:bold`` inline on the ``<span>``, ``<font>`` and table cell elements whose class the
    style sheet sets in bold (a published spreadsheet styles its cells so); returns how many were set."""
    classes = bold_classes(tree)
    if not classes or tree.body is None:
        return 0
    n = 0
    for node in tree.body.css("span[class], font[class], td[class], th[class]"):
        if n >= _MAX_ELEMENTS:
            break
        if classes.intersection((node.attributes.get("class") or "").split()):
            node.attrs["style"] = f"{node.attributes.get('style') or ''};font-weight:bold"
            n += 1
    return n
