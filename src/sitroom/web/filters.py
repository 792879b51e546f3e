"""Jinja2 filters the page templates share."""

from __future__ import annotations

from datetime import date, datetime

from jinja2 import Environment
from markupsafe import Markup, escape

from sitroom.brief.model import format_date, format_number


def highlight(snippet: str | None) -> Markup:
    """A search snippet with its «match» markers turned into <mark>; everything else escaped."""
    if not snippet:
        return Markup("")
    out = escape(snippet)
    return Markup(str(out).replace("«", "<mark>").replace("»", "</mark>"))


def iso(value: date | datetime | str | None) -> str:
    """A date as YYYY-MM-DD ('' for none)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def register_filters(env: Environment) -> None:
    """Add the shared filters to a template environment."""
    env.filters["highlight"] = highlight
    env.filters["iso"] = iso
    env.filters["longdate"] = format_date
    env.filters["number"] = format_number
