"""The nesting level of list items, also where Word gives no list level.

A multi-level list states the level (``w:ilvl``). Lists built from separate single-level
definitions ("List Bullet" / "List Bullet 2", "List Number 2", hand-indented bullets) are all at
level 0, and only the indentation shows the nesting: within a run of list items, an item indented
further than the one above opens a deeper level, one indented back closes levels.
"""

from __future__ import annotations

import re

from sitroom.extract.docx.numbering import Numbering
from sitroom.extract.docx.paragraphs import Para

# Word's list styles step 360 twips (0.25 in) per level; less than half a step is the same level.
_SAME_LEVEL = 180
_MAX_LEVEL = 9
# Built-in list styles name their level: "List Bullet 2", "List Number 3", "List Continue 2", "List 2".
_LIST_STYLE_LEVEL = re.compile(r"^list(?: bullet| number| continue)? ([2-9])$", re.I)


class ListNesting:
    """Tracks the indents of the list levels open in the current run of list items."""

    def __init__(self, numbering: Numbering) -> None:
        self.numbering = numbering
        self._indents: list[int] = []  # left indent of each open level, outermost first

    def reset(self) -> None:
        """End the current run of list items (a paragraph, heading, table or cell comes between)."""
        self._indents.clear()

    def level(self, para: Para) -> int:
        """The 1-based nesting level of a list item paragraph."""
        if para.ilvl > 0:
            return min(para.ilvl + 1, _MAX_LEVEL)
        indent = self._indent(para)
        if indent is None:
            m = _LIST_STYLE_LEVEL.match(para.style.name)
            return int(m.group(1)) if m else 1
        open_levels = self._indents
        while open_levels and indent < open_levels[-1] - _SAME_LEVEL:
            open_levels.pop()
        if not open_levels or indent > open_levels[-1] + _SAME_LEVEL:
            open_levels.append(indent)
        return min(len(open_levels), _MAX_LEVEL)

    def _indent(self, para: Para) -> int | None:
        # Word: indentation set on the paragraph, else the list level's, else the style's.
        if para.indent is not None:
            return para.indent
        if para.num_id is not None:
            indent = self.numbering.indent(para.num_id, para.ilvl)
            if indent is not None:
                return indent
        return para.style.indent
