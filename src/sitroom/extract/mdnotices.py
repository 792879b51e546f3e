"""A page's notice boxes in Markdown: an untitled info, note or warning box standing over the report's first section
(under the page's title at most) or after its last points, as wikis and site generators draw them (``:::info`` …
``:::``, ``> [!NOTE]``, ``!!! note``, a quote closed by ``{.is-warning}``, ``{% hint style="info" %}`` …
``{% endhint %}``). There it speaks to the reader about the
page — who it is for, when it was updated, whom to ask, what not to post — and is no point of the report. A box among
the sections is read as its content, as any other.
"""

from __future__ import annotations

import re
from collections import Counter

from sitroom.extract.mdfences import FENCE, QUOTED, colon_close

# the kinds of box that address the reader; "summary", "danger" or "success" boxes carry the report's own words
_KINDS = r"info|note|notice|tip|hint|important|warning|warn|caution|attention"
_COLON_OPEN = re.compile(rf"^ {{0,3}}(:{{3,}})[ \t]*\{{?\.?(?:{_KINDS})\}}?[ \t]*$", re.I)
_ALERT = re.compile(rf"^ {{0,3}}>[ \t]?\[!(?:{_KINDS})\][+-]?[ \t]*$", re.I)
_BANG = re.compile(rf"^ {{0,3}}(?:!!!|\?\?\?\+?)[ \t]+(?:{_KINDS})[ \t]*$", re.I)
# a quote given a box's style by the attribute line under it, as wiki.js writes its callouts
_BOX_STYLE = re.compile(rf"^ {{0,3}}\{{\.is-(?:{_KINDS})\}}[ \t]*$", re.I)
_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]|$)")
# a documentation site's hint box: "{% hint style="info" %}" … "{% endhint %}"
_HINT_OPEN = re.compile(rf"^ {{0,3}}\{{%\s*hint\s+style=[\"'](?:{_KINDS}|danger|success)[\"']\s*%\}}\s*$", re.I)
_HINT_CLOSE = re.compile(r"^ {0,3}\{%\s*endhint\s*%\}\s*$", re.I)


def drop_page_notices(lines: list[str], dropped: Counter[str]) -> list[str]:
    """The lines without the notice boxes over the first section and after the last points; each counted."""
    boxes = _boxes(lines)
    if not boxes:
        return lines
    # a box's style line is markup wherever the box stands
    styles = {end - 1 for _, end in boxes if _BOX_STYLE.match(lines[end - 1])}
    headings = [n for n, line in enumerate(lines) if _HEADING.match(line)]
    first = next((n for n, line in enumerate(lines) if line.strip()), 0)
    # the page's title set as its first line is no section: a box under it still stands over the first section
    sections = [n for n in headings if n != first]
    gone: set[int] = set()
    # boxes closing the page, the last first: each after nothing but blank lines and the boxes after it
    tail = len(lines)
    for start, end in reversed(boxes):
        if any(lines[k].strip() for k in range(end, tail)):
            break
        gone.update(range(start, end))
        tail = start
    for start, end in boxes:
        if not any(n < start for n in sections) and any(n >= end for n in sections):
            gone.update(range(start, end))
    if gone:
        dropped["page notice"] += sum(1 for start, _ in boxes if start in gone)
    gone |= styles
    return [line for n, line in enumerate(lines) if n not in gone]


def _boxes(lines: list[str]) -> list[tuple[int, int]]:
    """Where each notice box stands: its first line and the line after it, outside code fences."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(lines)
    fenced = False
    while i < n:
        line = lines[i]
        if FENCE.match(line):
            fenced = not fenced
        if fenced:
            i += 1
            continue
        end = None
        if _COLON_OPEN.match(line):
            end = close + 1 if (close := colon_close(lines, i)) < n else None
        elif _HINT_OPEN.match(line):
            end = next((j + 1 for j in range(i + 1, n) if _HINT_CLOSE.match(lines[j])), None)
        elif _ALERT.match(line):
            end = next((j for j in range(i + 1, n) if not QUOTED.match(lines[j])), n)
        elif _BANG.match(line):
            end = next((j for j in range(i + 1, n) if lines[j].strip() and not lines[j].startswith((" ", "\t"))), n)
        elif QUOTED.match(line):
            j = next((j for j in range(i, n) if not QUOTED.match(lines[j])), n)
            if j < n and _BOX_STYLE.match(lines[j]):
                end = j + 1
            else:
                i = j
                continue
        if end is None:
            i += 1
            continue
        out.append((i, end))
        i = end
    return out
