"""Choosing the series a report continues from what is stored, and remembering what identifies each series.

Each stored report keeps a fingerprint (title key and template lines) and each series the titles it has
been published under. A new report is compared with every series (see ``sitroom.analyse.identity``): it
joins the likeliest; when that choice is not clear, a suggestion is recorded for a person to accept or
dismiss (``sitroom series suggest``, the series page), and nothing is merged or split silently.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from sqlalchemy import Select, bindparam, func, select, text, true
from sqlalchemy.orm import Session

from sitroom import model
from sitroom.analyse import identity
from sitroom.analyse.identity import Candidate, Features, Match
from sitroom.store.tables import Organisation, Report, ReportFingerprint, Series, SeriesAlias

# How many of a series' latest reports its template and numbering are judged from.
RECENT_FINGERPRINTS = 3
RECENT_NUMBERS = 30
# Key of the advisory lock under which new series are created (PostgreSQL).
_NEW_SERIES_LOCK = (0x5174, 0)


@dataclass(slots=True)
class Plan:
    """Where a report goes: an existing series (``series_id``) or a new one called ``name``."""

    name: str
    series_id: int | None
    match: Match | None
    features: Features
    title: str

    @property
    def unsure(self) -> bool:
        return self.match is not None and identity.UNSURE <= self.match.score < identity.JOIN


def _candidates(session: Session) -> list[Candidate]:
    rows = session.execute(
        select(Series.id, Series.name, Organisation.name).outerjoin(
            Organisation, Organisation.id == Series.organisation_id
        )
    ).all()
    found = {
        sid: Candidate(sid, name, {k for k in [identity.title_key(name)] if k}, organisation=org)
        for sid, name, org in rows
    }
    # A series another writer committed since the first query is left for the next report to see.
    for sid, key in session.execute(select(SeriesAlias.series_id, SeriesAlias.title_key)):
        if sid in found:
            found[sid].title_keys.add(key)
    by_index = session.get_bind().dialect.name == "postgresql"
    rows = session.execute(_recent_reports(by_index), {"series": list(found)}).all()
    for sid, number, on, fmt, lines in rows:
        c = found[sid]
        c.formats.add(fmt)
        if on is not None:
            c.dates.append(on)
        if number is not None:
            c.numbered.append((number, on))
        if lines and len(c.fingerprints) < RECENT_FINGERPRINTS:
            c.fingerprints.append(set(lines))
    return list(found.values())


@cache  # built once: the statement is the same for every report, only the series ids vary
def _recent_reports(by_index: bool) -> Select:
    """Each series' latest ``RECENT_NUMBERS`` reports (newest first) with their fingerprint lines, of the
    series whose ids are bound to ``series``.

    With ``by_index`` (PostgreSQL) they are read from the series-date index, a few rows per series
    however many reports are stored; else (SQLite: one writer, smaller stores) a window over all the
    series' reports ranks them. Both give the same rows in the same order.
    """
    newest_first = (Report.period_date.desc(), Report.id.desc())
    columns = (Report.id, Report.series_id, Report.number, Report.period_date, Report.format)
    series_ids = bindparam("series", expanding=True)
    if by_index:
        latest = (
            select(*columns)
            .where(Report.series_id == Series.id)
            .order_by(*newest_first)
            .limit(RECENT_NUMBERS)
            .lateral()
        )
        return (
            select(latest.c.series_id, latest.c.number, latest.c.period_date, latest.c.format, ReportFingerprint.lines)
            .select_from(Series)
            .join(latest, true())
            .outerjoin(ReportFingerprint, ReportFingerprint.report_id == latest.c.id)
            .where(Series.id.in_(series_ids))
            .order_by(latest.c.series_id, latest.c.period_date.desc(), latest.c.id.desc())
        )
    recent = (
        select(*columns, func.row_number().over(partition_by=Report.series_id, order_by=newest_first).label("rank"))
        .where(Report.series_id.in_(series_ids))
        .subquery()
    )
    return (
        select(recent.c.series_id, recent.c.number, recent.c.period_date, recent.c.format, ReportFingerprint.lines)
        .outerjoin(ReportFingerprint, ReportFingerprint.report_id == recent.c.id)
        .where(recent.c.rank <= RECENT_NUMBERS)
        .order_by(recent.c.series_id, recent.c.rank)
    )


def new_series_name(session: Session, title: str, organisation: str | None, hint: str, template: str | None) -> str:
    """A name for a new series: its cleaned title, else the template its content matched, else ``hint`` (the
    series a split leaves), else "default", made unique."""
    base = (identity.clean_title(title)[:200] or template or hint or "default").strip()
    if organisation and organisation.lower() not in base.lower():
        base = f"{organisation} – {base}"
    name, n = base, 1
    while session.scalar(select(Series.id).where(Series.name == name)) is not None:
        n += 1
        name = f"{base} ({n})"
    return name


def plan_series(session: Session, report: model.Report, organisation: str | None = None) -> Plan:
    """The series ``report`` continues, or the name of the new series it starts. The folder a file came
    from never names it: the same file gets the same name however it arrives (an upload has no folder)."""
    title = identity.identity_title(report)
    feats = identity.features(report, organisation)
    match = identity.best_match(feats, _candidates(session))
    if not identity.joins(match, feats) and _lock_new_series(session):
        # Another writer may be creating the series this report belongs to: once it has committed (the
        # lock waits for that), compare again, so that two writers never start one publication twice.
        match = identity.best_match(feats, _candidates(session))
    if identity.joins(match, feats):
        return Plan(match.candidate.name, match.candidate.series_id, match, feats, title)
    if match is not None and match.score >= identity.UNSURE:
        match = replace(match, reasons=(*match.reasons, identity.ANOTHER_PUBLICATION))
    return Plan(new_series_name(session, title, organisation, "", report.template), None, match, feats, title)


def _lock_new_series(session: Session) -> bool:
    """Hold the lock for starting series until the transaction ends; False where writers are serialised
    already (SQLite holds its write lock from the transaction's start)."""
    if session.get_bind().dialect.name != "postgresql":
        return False
    space, key = _NEW_SERIES_LOCK
    session.execute(text("SELECT pg_advisory_xact_lock(:space, :key)"), {"space": space, "key": key})
    return True


def numbering_warning(plan: Plan, report: model.Report) -> str | None:
    """A warning when the report's number continues its series but its date does not fit that number."""
    if plan.match is None or plan.series_id is None or report.number is None:
        return None
    if identity.numbering_fit(report.number, report.date, plan.match.candidate) < 0:
        return f"report number {report.number} does not fit its date {report.date} in series {plan.name!r}"
    return None


def add_alias(session: Session, series_id: int, title: str) -> None:
    """Remember that a series has been published under ``title`` (a no-op for a title it has)."""
    key = identity.title_key(title)
    if not key:
        return
    known = session.scalar(
        select(SeriesAlias.id).where(SeriesAlias.series_id == series_id, SeriesAlias.title_key == key)
    )
    if known is None:
        session.add(SeriesAlias(series_id=series_id, title_key=key, title=identity.clean_title(title)[:500]))
        session.flush()


def _fingerprint_row(report_id: int, report: model.Report) -> ReportFingerprint:
    title_key = identity.title_key(identity.identity_title(report))
    return ReportFingerprint(report_id=report_id, title_key=title_key, lines=sorted(identity.fingerprint(report)))


def remember(session: Session, series_id: int, report_id: int, report: model.Report) -> None:
    """Keep the report's fingerprint and its title as one of its series' titles."""
    session.add(_fingerprint_row(report_id, report))
    add_alias(session, series_id, identity.identity_title(report))


def refresh_fingerprint(session: Session, report_id: int, report: model.Report) -> None:
    """Replace a stored report's fingerprint with that of its new reading (after a re-parse), so later
    reports are compared with what the parser reads now."""
    session.merge(_fingerprint_row(report_id, report))
