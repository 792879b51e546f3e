"""The fences of Markdown's extension syntax, shared by its readers: a code fence, a colon fence (``:::type`` …
``:::``, nested fences counted) and a quoted line."""

from __future__ import annotations

import re

FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
COLON_OPEN = re.compile(r"^ {0,3}(:{3,})[ \t]*([^:\s].*?)[ \t]*$")
COLON_CLOSE = re.compile(r"^ {0,3}:{3,}[ \t]*$")
QUOTED = re.compile(r"^ {0,3}>[ \t]?")


def colon_close(lines: list[str], i: int) -> int:
    """The line closing the colon fence opened at ``i`` (nested fences counted), or the end."""
    depth = 0
    for j in range(i + 1, len(lines)):
        if COLON_CLOSE.match(lines[j]):
            if depth == 0:
                return j
            depth -= 1
        elif COLON_OPEN.match(lines[j]):
            depth += 1
    return len(lines)
