"""Absurdly deep HTML flattened before parsing: tags nested past a limit are dropped, their text kept.

The HTML tree builder looks through the stack of open elements for most tags it meets, so a page of
100,000 nested ``<div>`` costs time quadratic in its depth (minutes). Browsers cap the depth of the
tree they build for the same reason; this does the same on the markup, in one linear pass.
"""

from __future__ import annotations

import re

MAX_NESTING = 256
# Elements without content, and those the parser closes by itself when a sibling opens (a run of
# unclosed <p> or <li> is not nesting): neither is counted.
_VOID = frozenset(
    "area base br col embed hr img input keygen link meta param source track wbr".split()
    + "p li dt dd tr td th thead tbody tfoot option optgroup rb rt rtc rp colgroup caption html head body".split()
)
# A comment, a raw-text element (its content is not markup), a start tag with quoted attributes, an end tag.
_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<(script|style|textarea|title|xmp|plaintext)\b(?:[^>\"']|\"[^\"]*+\"|'[^']*+')*+>.*?(?:</\1\s*>|\Z)"
    r"|<([a-zA-Z][^\s/>]*)(?:[^>\"']|\"[^\"]*+\"|'[^']*+')*+>"
    r"|</([a-zA-Z][^\s/>]*)\s*>",
    re.S | re.I,
)


def flatten_deep_nesting(html: str, max_depth: int = MAX_NESTING) -> tuple[str, int]:
    """``html`` with every tag nested deeper than ``max_depth`` replaced by a space (start and matching
    end tag), and the number of elements removed. Text is never removed. Linear in the length of ``html``."""
    stack: list[tuple[str, bool]] = []  # (tag, dropped) of each open counted element
    open_count: dict[str, int] = {}
    drop: list[tuple[int, int]] = []
    removed = 0
    for m in _TOKEN.finditer(html):
        start_tag, end_tag = m.group(2), m.group(3)
        if start_tag:
            tag = start_tag.lower()
            if tag in _VOID or m.group(0).endswith("/>"):
                continue
            dropped = len(stack) >= max_depth
            if dropped:
                drop.append(m.span())
                removed += 1
            stack.append((tag, dropped))
            open_count[tag] = open_count.get(tag, 0) + 1
        elif end_tag:
            tag = end_tag.lower()
            if not open_count.get(tag):
                continue  # a stray end tag: the parser ignores it too
            # Close up to the matching element, as the parser does (each element is popped once: linear).
            while stack:
                name, dropped = stack.pop()
                open_count[name] -= 1
                if name == tag:
                    if dropped:
                        drop.append(m.span())
                    break
    if not drop:
        return html, 0
    pieces, pos = [], 0
    for start, end in drop:
        pieces.append(html[pos:start])
        pieces.append(" ")  # words of neighbouring blocks stay apart
        pos = end
    pieces.append(html[pos:])
    return "".join(pieces), removed
