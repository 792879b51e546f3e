"""The row a list view prints over each group when grouped by a column: the column's name, the group's value and how
many rows it holds ("⌄ Section : Sampling results (2)", "Category: Risks (3)"). The group is the section; its value
is the section's name."""

from __future__ import annotations

import re

_GROUP_ROW = re.compile(
    r"^[⌄▾▸▼▶›>⏷⏵\s]*(?P<field>[^\W\d_][\w ]{0,24}?)\s*:\s*(?P<value>[^:()]{1,80}?)\s*\((?P<count>\d{1,4})\)$"
)


def group_value(text: str) -> str | None:
    """The value a group row names ("⌄ Section : Risks (3)" → "Risks"), or None for any other line."""
    m = _GROUP_ROW.match(text.strip())
    return m.group("value") if m else None
