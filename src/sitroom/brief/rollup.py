"""Each template section rolled up across series, grouped by theme, near-duplicates said once."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sitroom.analyse.themes import Taxonomy
from sitroom.brief.model import BriefLine, BriefSection, ThemeGroup
from sitroom.brief.salience import merge_duplicates, normalise

OTHER_THEME = "Other matters"
NO_HEADING = "General"


@dataclass(frozen=True, slots=True)
class ItemRow:
    """An item of a cycle report with the section it sits in."""

    id: int
    report_id: int
    text: str
    mitigation: str | None
    position: int
    key: str | None
    heading: str | None


def section_id(row: ItemRow) -> str:
    """Sections are the same across series by template key, else by normalised printed heading."""
    return f"key:{row.key}" if row.key else f"heading:{normalise(row.heading or '')}"


def roll_up(rows: list[tuple[ItemRow, BriefLine]], taxonomy: Taxonomy) -> list[BriefSection]:
    """Sections in the order they first appear, lines grouped by their best theme.

    ``rows`` come series by series, each in document order, so the first series sets the order.
    """
    order: dict[str, list[BriefLine]] = {}
    headings: dict[str, Counter] = {}
    keys: dict[str, str | None] = {}
    for row, line in rows:
        sid = section_id(row)
        order.setdefault(sid, []).append(line)
        headings.setdefault(sid, Counter())[row.heading or NO_HEADING] += 1
        keys[sid] = row.key
    sections = []
    for sid, lines in order.items():
        section = BriefSection(keys[sid], headings[sid].most_common(1)[0][0])
        groups: dict[str | None, ThemeGroup] = {}
        for line in merge_duplicates(lines):
            theme = taxonomy.theme(line.theme) if line.theme else None
            key = theme.key if theme else None
            group = groups.setdefault(key, ThemeGroup(key, theme.label if theme else OTHER_THEME))
            group.lines.append(line)
        section.groups = sorted(groups.values(), key=lambda g: (g.key is None, -len(g.lines), g.label))
        sections.append(section)
    return sections
