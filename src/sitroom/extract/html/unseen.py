"""Text on a page that no reader sees: not displayed, hidden, transparent, or in type of a pixel or two. A mail's
preheader ("display:none"), a ticketing system's tracking tag in white 1pt type ("Ref:MSG3906660"), a spacer in
``font-size:0``: none of it is the report's."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from sitroom.extract.html.markup import HEADING_TAGS

_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|(?<![-\w])opacity\s*:\s*0(?:\.0*)?\s*(?:;|$)", re.I)
_TINY = re.compile(r"font-size\s*:\s*(?:0|[01](?:\.\d+)?(?:px|pt))\s*(?:;|$|!)", re.I)
_SIZED = re.compile(r"font-size\s*:", re.I)


def _unseen(node) -> bool:
    style = node.attributes.get("style") or ""
    if _HIDDEN.search(style):
        return True
    # a mail's columns sit in a box of font-size 0 (so no gap opens between them) and set their own size
    return bool(_TINY.search(style)) and not any(
        _SIZED.search(inner.attributes.get("style") or "")
        for inner in node.css("[style]")
        if inner.mem_id != node.mem_id
    )


def drop_unseen(tree: LexborHTMLParser) -> int:
    """Take out of ``tree`` every element styled so that no reader sees it; return how many held text.

    A tab's or an accordion's panel is hidden until its title is chosen: it is the page's content all the same.
    """
    dropped = 0
    body = tree.body
    for node in body.css("[style]") if body is not None else []:
        if node.parent is None or (node.attributes.get("role") or "").lower() == "tabpanel":
            continue
        if _unseen(node):
            dropped += bool(node.text(deep=True).strip())
            node.decompose()
    return dropped


def open_panels(tree: LexborHTMLParser) -> int:
    """Show every panel a control of the page opens (an accordion's section, by ``aria-controls``), as a reader who
    opens each one reads it, and read the control's label in a heading as the heading's text; return how many were
    hidden. A collapsed section is the page's content, not its machinery."""
    body = tree.body
    if body is None:
        return 0
    opened = 0
    for control in body.css("[aria-controls]"):
        for name in (control.attributes.get("aria-controls") or "").split():
            panel = body.css_first(f'[id="{name}"]') if '"' not in name else None
            if panel is None or (panel.attributes.get("role") or "").lower() == "tabpanel":
                continue
            hidden = "hidden" in panel.attributes or (panel.attributes.get("aria-hidden") or "").lower() == "true"
            for attr in ("hidden", "aria-hidden"):
                if attr in panel.attributes:
                    del panel.attrs[attr]
            if _HIDDEN.search(style := panel.attributes.get("style") or ""):
                panel.attrs["style"], hidden = _HIDDEN.sub("", style), True
            opened += hidden
        if control.tag == "button" and control.parent is not None and control.parent.tag in HEADING_TAGS:
            control.unwrap()  # "<h2><button aria-controls=…>Current situation</button></h2>": the section's name
    return opened
