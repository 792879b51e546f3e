"""The page's own style sheet, read where it sets text in bold by a class ("``.c3{font-weight:700}``") or keeps its
line breaks ("``.chatlog__markdown-preserve{white-space:pre-wrap}``").

Word processors that export to HTML (Google Docs, LibreOffice, a mail designer) style every run by a class
of the page's ``<style>`` sheet, not by ``<b>`` or ``<h2>``: their headings are paragraphs of text in a class
that sets it bold and large. The weight those classes give is copied onto the elements as an inline style,
so that the page is read as it shows, the way an inline ``font-weight`` is. A chat's export keeps each message's
text as typed and lets the style sheet show its line breaks: those become the ``<br>`` a reader sees.
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
                found.update(_last_classes(selectors))
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


# white space kept as typed, its line breaks shown: "white-space: pre-wrap" (or pre, pre-line, break-spaces)
_KEEPS_LINES = re.compile(r"white-space\s*:\s*(?:pre(?:-wrap|-line)?|break-spaces)\b", re.I)
_TEXT = re.compile(r"(^|>)([^<]*)")


def break_kept_lines(tree: LexborHTMLParser) -> int:
    """Turn the line breaks of text whose style keeps them (by a class of the page's style sheets or an inline
    style; a ``<pre>`` block is code, read apart) into the ``<br>`` a browser shows; returns how many elements."""
    if tree.body is None:
        return 0
    classes: set[str] = set()
    for style in tree.css("style"):
        for selectors, body in _RULE.findall(style.text(deep=True)):
            if _KEEPS_LINES.search(body):
                classes.update(_last_classes(selectors))
    n = 0
    for node in tree.body.css("[class], [style]"):
        if n >= _MAX_ELEMENTS:
            break
        kept = classes.intersection((node.attributes.get("class") or "").split()) or _KEEPS_LINES.search(
            node.attributes.get("style") or ""
        )
        if kept and node.tag != "pre" and "\n" in (inner := node.inner_html or "").strip():
            node.inner_html = _TEXT.sub(lambda m: m.group(1) + m.group(2).replace("\n", "<br>"), inner.strip("\n"))
            n += 1
    return n


def _last_classes(selectors: str) -> set[str]:
    """The classes a rule's selectors style: ".ritz .waffle .s2" styles the last class, not its ancestors'."""
    return {c for sel in selectors.split(",") if sel.split() for c in _CLASS.findall(sel.split()[-1])}
