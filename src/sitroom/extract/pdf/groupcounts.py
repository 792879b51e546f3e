"""A printed report's group footer: under each group's rows, the count of them ("Entries: 2", "Records: 3"), as a
report writer closes a group. It counts the rows above it, it states nothing of the incident: left out and counted,
only where its number is the number of rows since the group's name."""

from __future__ import annotations

import re

from sitroom.extract.pdf.structs import Entry, PageData
from sitroom.model import BlockKind

_COUNT = re.compile(
    r"^(?:entries|records|rows|items|count|total\s+(?:entries|records|rows|items))\s*[:=]?\s*(\d{1,4})$", re.I
)


def drop_group_counts(page: PageData, entries: list[Entry]) -> list[Entry]:
    """``entries`` without the lines counting the rows of the group above them; a group runs on from the page
    before (``rows_before``) until a heading, and the rows the page ends on are kept for the next (``rows_open``)."""
    out: list[Entry] = []
    rows = page.rows_before
    for e in entries:
        m = _COUNT.match(" ".join(f.text for f in e.lines).strip())
        if m is not None and rows and int(m.group(1)) == rows:
            page.drop("group count")
            rows = 0
            continue
        rows = 0 if e.kind == BlockKind.HEADING else rows + 1
        out.append(e)
    page.rows_open = rows
    return out
