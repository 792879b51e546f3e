"""Series and organisations: finding, inferring, renaming and merging report streams."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from sitroom import model
from sitroom.errors import SitroomError
from sitroom.store.tables import Organisation, Report, Series
from sitroom.store.version import bump_generation


class SeriesNotFound(SitroomError):
    http_status = 404


class SeriesConflict(SitroomError):
    http_status = 409


_NUMBERS_AND_DATES = re.compile(
    r"(?:\b(?:no\.?|number)|#)?\s*(?<![\w-])\d+(?:st|nd|rd|th)?(?![\w-])"
    r"|\b(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b\.?"
    r"|\bas\s+(?:of|at)\b.*$",
    re.I,
)


def infer_series_name(report: model.Report, organisation: str | None, fallback: str) -> str:
    """A stable name for the stream a report belongs to: organisation + title with numbers and dates removed.

    "Novel Coronavirus(2019-nCoV) Situation Report - 16" → "Novel Coronavirus(2019-nCoV) Situation Report".
    Without a title, ``fallback`` (the folder the file came from), else the template name.
    """
    base = None
    if report.title:
        stripped = _NUMBERS_AND_DATES.sub(" ", report.title)
        stripped = re.sub(r"[\s,;:–—-]+$", "", " ".join(stripped.split())).strip(" -–—,:;")
        if len(stripped) >= 4:
            base = stripped[:200]
    base = base or fallback or report.template or "default"
    # A title that names its organisation anywhere ("… Situation Report – Southfield County Council")
    # is not prefixed with it again.
    if organisation and organisation.lower() not in base.lower():
        return f"{organisation} – {base}"
    return base


def _insert_if_absent(session: Session, table: type, name: str, **values: object) -> None:
    """INSERT … ON CONFLICT (name) DO NOTHING: a writer that loses the race to create a row waits for
    the winner's commit instead of failing on the unique name (the select after it finds the row)."""
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(insert(table).values(name=name, **values).on_conflict_do_nothing(index_elements=["name"]))


def get_or_create_organisation(session: Session, name: str | None) -> Organisation | None:
    """The organisation named ``name``, created if new (safe with concurrent writers); None without a name."""
    if not name:
        return None
    org = session.scalar(select(Organisation).where(Organisation.name == name))
    if org is None:
        _insert_if_absent(session, Organisation, name)
        org = session.scalar(select(Organisation).where(Organisation.name == name))
    return org


def get_or_create_series(
    session: Session, name: str, organisation: str | None = None, template: str | None = None
) -> Series:
    """The series named ``name``, created if new (safe with concurrent writers: one creates it, the
    others use it)."""
    series = session.scalar(select(Series).where(Series.name == name))
    if series is None:
        org = get_or_create_organisation(session, organisation)
        created = datetime.now(UTC).replace(tzinfo=None)
        _insert_if_absent(
            session, Series, name, organisation_id=org.id if org else None, template=template, created_at=created
        )
        series = session.scalar(select(Series).where(Series.name == name))
    return series


# The largest INTEGER primary key on PostgreSQL: a bigger number is no id of ours, and passing it on
# would be a database error (out of range) rather than "not found".
MAX_ID = 2_147_483_647


def series_dates(session: Session, series_id: int, limit: int = 30) -> list[date]:
    """The dates of a series' latest dated reports, newest first."""
    return list(
        session.scalars(
            select(Report.period_date)
            .where(Report.series_id == series_id, Report.period_date.is_not(None))
            .order_by(Report.period_date.desc())
            .limit(limit)
        )
    )


def find_series(session: Session, ref: str | int) -> Series:
    """A series by id or exact name; ``SeriesNotFound`` for anything else, however odd.

    Only ASCII digits count as an id ("²" is a digit to Python but no number); an id beyond the
    database's integer range, or a name with NUL characters (which PostgreSQL refuses), simply names
    no series.
    """
    series = None
    if isinstance(ref, int) or (str(ref).isascii() and str(ref).isdigit()):
        number = int(ref)
        series = session.get(Series, number) if 1 <= number <= MAX_ID else None
    elif "\x00" not in str(ref):
        series = session.scalar(select(Series).where(Series.name == str(ref)))
    if series is None:
        raise SeriesNotFound(f"no series {ref!r}")
    return series


def rename_series(session: Session, ref: str | int, new_name: str) -> Series:
    series = find_series(session, ref)
    if session.scalar(select(Series).where(Series.name == new_name, Series.id != series.id)):
        raise SeriesConflict(f"a series named {new_name!r} exists already: merge instead")
    series.name = new_name
    bump_generation(session)
    return series


def merge_series(session: Session, source: str | int, target: str | int) -> int:
    """Move every report of ``source`` into ``target`` and delete ``source``; returns reports moved."""
    src, dst = find_series(session, source), find_series(session, target)
    if src.id == dst.id:
        raise SeriesConflict("cannot merge a series into itself")
    from sitroom.store.links import lock_series, relink_series

    for series_id in sorted((src.id, dst.id)):  # in id order
        lock_series(session, series_id)
    moved = session.execute(update(Report).where(Report.series_id == src.id).values(series_id=dst.id)).rowcount
    session.delete(src)
    session.flush()
    relink_series(session, dst.id)
    bump_generation(session)
    return moved or 0
