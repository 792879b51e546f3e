"""A brief handed out, recorded in the audit log so a brief in circulation can be traced."""

from __future__ import annotations

from sqlalchemy.orm import Session

from sitroom.brief.model import Brief
from sitroom.store.audit import _Named, record
from sitroom.store.tables import Audit


def record_publication(session: Session, who: _Named | str | None, brief: Brief, fmt: str, name: str) -> Audit:
    """A brief handed out (written by the CLI, downloaded from the web) as a ``publish`` row: which cycle,
    which series, in which format, and what it left out for length, so a brief in circulation can be traced."""
    after = {
        "format": fmt,
        "date": brief.date.isoformat() if brief.date else None,
        "since": brief.since.isoformat() if brief.since else None,
        "series": brief.series,
        "reports": [r.report_id for r in brief.reports],
        "omitted": dict(brief.omitted),
    }
    return record(session, who, "publish", "brief", name, after=after)
