"""The section keys stored reports use, each with the heading most reports give it (for filter menus)."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sitroom.store.tables import Report, Section


def section_choices(session: Session, series_ids: Collection[int] | None = None) -> list[dict]:
    """Every stored section key with its commonest heading and section count, ordered by heading
    (counting only reports of the series in ``series_ids`` unless None)."""
    stmt = (
        select(Section.key, Section.heading, func.count())
        .where(Section.key.is_not(None), Section.key != "")
        .group_by(Section.key, Section.heading)
    )
    if series_ids is not None:
        stmt = stmt.join(Report, Report.id == Section.report_id).where(Report.series_id.in_(series_ids))
    rows = session.execute(stmt).all()
    best: dict[str, dict] = {}
    for key, heading, n in rows:
        entry = best.setdefault(key, {"key": key, "heading": None, "sections": 0, "_top": -1})
        entry["sections"] += n
        # Reports word one section differently ("Risks / challenges", "RISKS AND MITIGATIONS"): show the commonest.
        if heading and n > entry["_top"]:
            entry["heading"], entry["_top"] = heading, n
    out = []
    for entry in best.values():
        del entry["_top"]
        heading = entry["heading"] or entry["key"].replace("_", " ")
        entry["heading"] = heading[:1].upper() + heading[1:].lower() if heading.isupper() else heading
        out.append(entry)
    out.sort(key=lambda e: e["heading"].lower())
    return out
