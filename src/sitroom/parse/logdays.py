"""The days of an incident log: a day line over timed entries is a sub-heading, and what it lists was done.

"LOG OF KEY EVENTS" over "Monday 15 January 2024" over "0712 – Night shift handover …": the log's day
lines divide the section they stand in, one level under its heading; the entries under a day are what was
done and decided hour by hour, actions taken, whatever the log's own heading says.
"""

from __future__ import annotations

from sitroom.model import BlockKind, Section, SectionKey
from sitroom.parse.units import Unit
from sitroom.text.logbook import entry_stamp, is_day_line


def _heads_day(units: list[Unit], n: int) -> bool:
    """Unit n is a day line set as a heading over a timed entry."""
    u = units[n]
    return (
        u.kind is BlockKind.HEADING
        and is_day_line(u.text)
        and n + 1 < len(units)
        and units[n + 1].kind is not BlockKind.HEADING
        and entry_stamp(units[n + 1].text) is not None
    )


def nest_days(units: list[Unit]) -> None:
    """Set each day heading of a log one level under the heading of the section it divides."""
    parent: int | None = None
    for n, u in enumerate(units):
        if u.kind is not BlockKind.HEADING:
            continue
        if not _heads_day(units, n):
            parent = u.level
        elif parent is not None and u.level <= parent:
            u.level = parent + 1


def key_log_days(sections: list[Section], own: list[bool]) -> None:
    """A day of the log with no meaning of its own, all of whose items are timed entries, lists actions taken.

    ``own[n]`` tells whether section n's key is its heading's own reading (a template's key is left alone).
    """
    for n, s in enumerate(sections):
        day = s.key is None and own[n] and s.heading and is_day_line(s.heading) and s.items
        if day and all(entry_stamp(it.text) for it in s.items):
            s.key, s.key_confidence = SectionKey.ACTIONS.value, 0.8
