"""What the database accepts, read from the table definitions: string lengths, no NUL characters, integers
in range, required columns filled.

PostgreSQL refuses a string longer than its column or holding a NUL character, and SQLite stores either
silently; checking here first gives both databases the same behaviour and the user a message instead of a
database error. Every writer goes through this module: ingest and upload (names and options), the command
line, and restore (every row of a backup).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import Column, Table
from sqlalchemy import types as sqltypes

from sitroom.errors import SitroomError
from sitroom.store.tables import Organisation, Report, Series

# PostgreSQL's INTEGER; SQLite's is wider, but a store must fit either database.
INT_MIN, INT_MAX = -(2**31), 2**31 - 1
ELLIPSIS = "…"


class LimitError(SitroomError):
    """A value does not fit the database: too long, a NUL character, a number out of range."""

    exit_code = 2
    http_status = 422


def _column(column: Any) -> Column:
    # An ORM attribute (Series.name) or a table column (table.c.name).
    return column if isinstance(column, Column) else column.property.columns[0]


def max_length(column: Any) -> int | None:
    """The most characters ``column`` holds, or None when unbounded."""
    return getattr(_column(column).type, "length", None)


@dataclass(frozen=True, slots=True)
class _Rule:
    """What one column accepts, read once from its definition (a restore checks millions of values)."""

    nullable: bool
    text: bool
    length: int | None
    integer: bool


@lru_cache(maxsize=512)
def _rule(column: Column) -> _Rule:
    kind = column.type
    return _Rule(
        nullable=bool(column.nullable),
        # Text only: JSON columns write NUL escaped ("\\u0000"), which both databases keep.
        text=isinstance(kind, sqltypes.String),
        length=getattr(kind, "length", None) if isinstance(kind, sqltypes.String) else None,
        integer=isinstance(kind, sqltypes.Integer),
    )


def _problem(rule: _Rule, value: Any) -> str | None:
    if value is None:
        return None if rule.nullable else "is missing"
    if rule.text and isinstance(value, str):
        if "\x00" in value:
            return "holds a NUL character"
        if rule.length is not None and len(value) > rule.length:
            return f"is {len(value)} characters long, over the {rule.length} allowed"
    elif rule.integer and isinstance(value, int) and not INT_MIN <= value <= INT_MAX:
        return f"is {value}, out of the database's integer range"
    return None


def problem(column: Any, value: Any) -> str | None:
    """What is wrong with storing ``value`` in ``column``, or None when it fits."""
    return _problem(_rule(_column(column)), value)


def check(column: Any, value: Any, label: str) -> Any:
    """``value`` unchanged when it fits ``column``; else ``LimitError`` naming ``label`` and the problem."""
    wrong = problem(column, value)
    if wrong:
        raise LimitError(f"{label} {wrong}")
    return value


def strip_nul(value: str | None) -> str | None:
    """``value`` without NUL characters (text extracted from a file may hold some; no database keeps them)."""
    return value.replace("\x00", "") if value and "\x00" in value else value


def shorten(column: Any, value: str, *, keep: str = "tail") -> str:
    """``value`` without NUL characters, cut to fit ``column`` with an ellipsis where text was left out.

    File names keep their tail (``keep="tail"``): the file's own name and extension are at the end of a
    long archive path. Names keep their head (``keep="head"``).
    """
    value = strip_nul(value) or ""
    limit = max_length(column)
    if limit is None or len(value) <= limit:
        return value
    if keep == "tail":
        return ELLIPSIS + value[len(value) - limit + 1 :]
    return value[: limit - 1] + ELLIPSIS


def row_problems(table: Table, row: Mapping[str, Any]) -> Iterator[str]:
    """Each problem of ``row`` against ``table``'s columns, as "column NAME PROBLEM"; columns the table
    does not have are not looked at."""
    rules = _table_rules(table)
    for name, value in row.items():
        rule = rules.get(name)
        if rule is not None:
            wrong = _problem(rule, value)
            if wrong:
                yield f"column {name} {wrong}"


@lru_cache(maxsize=64)
def _table_rules(table: Table) -> dict[str, _Rule]:
    return {c.name: _rule(c) for c in table.columns}


def check_options(series: str | None, organisation: str | None, ingested_by: str | None = None) -> None:
    """Refuse a series or organisation name (as given on the command line or a form) the database cannot
    hold, before any file is read."""
    given = ((Series.name, series, "the series name"), (Organisation.name, organisation, "the organisation name"))
    for column, value, label in (*given, (Report.ingested_by, ingested_by, "the user name")):
        if value is not None:
            check(column, value, label)


def fit_series_name(name: str) -> str:
    """An inferred series name (organisation, title, folder) cut to fit, keeping its beginning."""
    return shorten(Series.name, name, keep="head")
