"""Resolving references typed by a user (ids and names) without ever tripping the database."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from sitroom.store.series import SeriesNotFound
from sitroom.store.tables import Series

# The largest value of an INTEGER primary key on PostgreSQL; a bigger number is no id of ours, and
# passing it on would be a database error (out of range) rather than "not found".
MAX_ID = 2_147_483_647


def is_valid_id(value: int) -> bool:
    """Whether ``value`` can be a stored row id at all."""
    return 1 <= value <= MAX_ID


def resolve_series(session: Session, ref: str | int) -> Series:
    """A series by id or exact name, for any text: an unknown, oversized or odd reference is ``SeriesNotFound``.

    Only ASCII digits count as an id ("²" is a digit to Python but no number), and text with NUL
    characters, which PostgreSQL refuses, is simply no name of a series.
    """
    series = None
    if isinstance(ref, int) or (ref.isascii() and ref.isdigit()):
        number = int(ref)
        series = session.get(Series, number) if is_valid_id(number) else None
    elif "\x00" not in ref:
        series = session.scalar(select(Series).where(Series.name == ref))
    if series is None:
        raise SeriesNotFound(f"no series {ref!r}")
    return series


def series_id_of(session: Session, ref: str | int | None) -> int | None:
    """The id of the series ``ref`` (None stays None), for the core functions that take an id or a name."""
    return None if ref is None else resolve_series(session, ref).id
