"""Reports as a reader sees them: items with their status against the previous report, neighbours,
dropped items, a word-level diff with the previous report, filtered report lists and series timelines.

Everything here reads the stored ``Link`` rows written at ingest, so a page shows exactly the
statuses the brief and the API use. Pure store functions: they return plain dataclasses, and leave
escaping and layout to whoever draws them.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import PurePosixPath, PureWindowsPath

from sqlalchemy import bindparam, exists, func, literal, select, union_all
from sqlalchemy.orm import Session, aliased, joinedload

from sitroom.errors import SitroomError
from sitroom.store.links import series_reports
from sitroom.store.queries import ReportNotFound, get_report
from sitroom.store.series import find_series
from sitroom.store.tables import SUPERSEDED, Item, Link, Organisation, Original, Report, Section, Series

NEW, UPDATED, CONTINUING, DROPPED = "new", "updated", "continuing", "dropped"
STATUSES = (NEW, UPDATED, CONTINUING, DROPPED)
# Report-list "status" filter: which kind of change a report must carry.
CHANGE_FILTERS = {
    "changed": (NEW, UPDATED, DROPPED),
    NEW: (NEW,),
    UPDATED: (UPDATED,),
    DROPPED: (DROPPED,),
}
MAX_PER_PAGE = 200


class BadFilter(SitroomError):
    """A report-list filter that cannot be applied."""

    http_status = 400


class OriginalMissing(SitroomError):
    """The stored bytes of a report's file are gone."""

    http_status = 404


@dataclass(frozen=True, slots=True)
class ReportRef:
    """Enough of a report to name and link it."""

    id: int
    date: date | None
    number: int | None
    title: str | None


@dataclass(frozen=True, slots=True)
class ItemStatus:
    """An item's link to the report before it: ``status`` and, unless new, the item it continues."""

    status: str
    prev_item_id: int | None = None
    prev_report_id: int | None = None
    prev_text: str | None = None
    possible: bool = False  # a weak match the linker was unsure of


@dataclass(frozen=True, slots=True)
class DroppedItem:
    """An item of an earlier report that this report no longer carries."""

    item_id: int
    report_id: int
    text: str
    mitigation: str | None
    heading: str | None


@dataclass(slots=True)
class ReportView:
    """One report for reading: the ORM report (sections and items loaded) and its place in the series."""

    report: Report
    series_id: int
    series: str
    organisation: str | None
    statuses: dict[int, ItemStatus]
    dropped: list[DroppedItem]
    previous: ReportRef | None
    next: ReportRef | None
    first_in_series: bool
    counts: dict[str, int] = field(default_factory=dict)

    def status_of(self, item_id: int) -> str | None:
        """The item's status (new, updated, continuing), or None if the report has no links yet."""
        s = self.statuses.get(item_id)
        return s.status if s else None


def _refs(session: Session, ids: list[int]) -> dict[int, ReportRef]:
    if not ids:
        return {}
    rows = session.execute(
        select(Report.id, Report.period_date, Report.number, Report.title).where(Report.id.in_(ids))
    ).all()
    return {r[0]: ReportRef(*r) for r in rows}


def neighbours(session: Session, report: Report) -> tuple[ReportRef | None, ReportRef | None]:
    """The reports just before and just after ``report`` in its series order (date, number, arrival)."""
    window = _nearby(session, report)
    if window is not None:
        order = [r.id for r in window]
        refs = {r.id: r for r in window}
    else:
        order = series_reports(session, report.series_id)
        refs = {}
    if report.id not in order:  # a superseded return stands outside its series' order
        return None, None
    pos = order.index(report.id)
    prev_id = order[pos - 1] if pos > 0 else None
    next_id = order[pos + 1] if pos + 1 < len(order) else None
    missing = [i for i in (prev_id, next_id) if i is not None and i not in refs]
    refs.update(_refs(session, missing))
    return refs.get(prev_id) if prev_id else None, refs.get(next_id) if next_id else None


NEARBY = 8  # reports read on each side; when its date holds more, the whole series is ordered instead


# The report page's statements are built once and bound per request: building a select (aliases,
# subqueries, loader options) costs more Python than running it.


@lru_cache(maxsize=1)
def _nearby_statement():
    cols = (Report.id, Report.period_date, Report.number, Report.title)
    mine = (Report.series_id == bindparam("series_id")) & (Report.status != SUPERSEDED)
    day, n = bindparam("day"), bindparam("n")
    before = (
        select(literal(0).label("side"), *cols)
        .where(mine, Report.period_date <= day)
        .order_by(Report.period_date.desc(), Report.id.desc())
        .limit(n)
        .subquery()
    )
    after = (
        select(literal(1).label("side"), *cols)
        .where(mine, Report.period_date >= day)
        .order_by(Report.period_date, Report.id)
        .limit(n)
        .subquery()
    )
    return union_all(select(before), select(after))


@lru_cache(maxsize=1)
def _links_statement():
    prev = aliased(Item)
    prev_section = aliased(Section)
    return (
        select(
            Link.item_id,
            Link.status,
            Link.prev_item_id,
            Link.prev_report_id,
            Link.possible,
            prev.text,
            prev.mitigation,
            prev.report_id,
            prev.position,
            prev_section.heading,
        )
        .outerjoin(prev, prev.id == Link.prev_item_id)
        .outerjoin(prev_section, prev_section.id == prev.section_id)
        .where(Link.report_id == bindparam("report_id"))
    )


@lru_cache(maxsize=1)
def _report_statement():
    # The report with its series, organisation, sections and items (a few dozen rows).
    return (
        select(Report)
        .where(Report.id == bindparam("report_id"))
        .options(
            joinedload(Report.series).joinedload(Series.organisation),
            joinedload(Report.sections).joinedload(Section.items),
        )
    )


def _nearby(session: Session, report: Report) -> list[ReportRef] | None:
    """The series order around a dated report, read from the date index instead of the whole series
    (a series of years of daily reports has thousands), both sides in one statement. None when the
    window cannot settle it: then the caller orders the whole series."""
    if report.period_date is None:
        return None
    params = {"series_id": report.series_id, "day": report.period_date, "n": NEARBY}
    rows = session.execute(_nearby_statement(), params).all()
    sides: tuple[list, list] = ([], [])
    for side, *rest in rows:
        sides[side].append(ReportRef(*rest))
    before_rows, after_rows = sides
    if report.id not in {r.id for r in before_rows} or report.id not in {r.id for r in after_rows}:
        return None  # more than a window of reports share its date
    undated = select(Report.id).where(Report.series_id == report.series_id, Report.period_date.is_(None)).limit(1)
    if len(before_rows) < NEARBY and session.scalar(undated):
        return None  # undated reports sort first: the whole series decides what comes before

    def key(r: ReportRef) -> tuple:
        return (r.date or date.min, r.number if r.number is not None else -1, r.id)

    me = key(ReportRef(report.id, report.period_date, report.number, report.title))
    kept: dict[int, ReportRef] = {}
    # Rows come back in no promised order: each side is sorted outward from the report again.
    for window, outward in (
        (sorted(before_rows, key=key, reverse=True), lambda r: key(r) < me),
        (sorted(after_rows, key=key), lambda r: key(r) > me),
    ):
        if len(window) == NEARBY:
            # A full window may have cut the reports of its farthest date: leave that date out, and
            # if nothing on this side is left, only the whole series can tell.
            edge = window[-1].date
            window = [r for r in window if r.date != edge]
            if not any(outward(r) for r in window):
                return None
        kept.update((r.id, r) for r in window)
    return sorted(kept.values(), key=key)


def _links(session: Session, report_id: int) -> tuple[dict[int, ItemStatus], list[DroppedItem]]:
    """The report's stored links in one statement: each item's status (with the text it continues) and
    the items of the report before that it dropped, in their old document order."""
    rows = session.execute(_links_statement(), {"report_id": report_id}).all()
    statuses = {r[0]: ItemStatus(r[1], r[2], r[3], r[5], bool(r[4])) for r in rows if r[0] is not None}
    dropped = sorted(
        (r for r in rows if r[1] == DROPPED and r[2] is not None and r[5] is not None),
        key=lambda r: (r[7], r[8]),
    )
    return statuses, [DroppedItem(r[2], r[7], r[5], r[6], r[9]) for r in dropped]


def report_view(session: Session, report_id: int, series_ids: Collection[int] | None = None) -> ReportView:
    """A report with each item's status, the dropped items and its previous/next reports.

    Raises ``ReportNotFound`` (404) for an unknown id, and for a report outside ``series_ids`` (the
    reader's series; None: every series), exactly as for one that does not exist.
    """
    report = session.scalars(_report_statement(), {"report_id": report_id}).unique().one_or_none()
    if report is None or (series_ids is not None and report.series_id not in series_ids):
        raise ReportNotFound(f"no report with id {report_id}")
    org = report.series.organisation.name if report.series.organisation else None
    statuses, dropped = _links(session, report_id)
    previous, nxt = neighbours(session, report)
    counts = Counter(s.status for s in statuses.values())
    counts[DROPPED] = len(dropped)
    return ReportView(
        report=report,
        series_id=report.series_id,
        series=report.series.name,
        organisation=org,
        statuses=statuses,
        dropped=dropped,
        previous=previous,
        next=nxt,
        first_in_series=previous is None,
        counts={s: counts.get(s, 0) for s in STATUSES},
    )


# --- word diff -------------------------------------------------------------------------------------

_TOKENS = re.compile(r"\w+|[^\w\s]|\s+")

Segment = tuple[str, str]  # (op, text): op is "equal", "delete" (old side) or "insert" (new side)


def _tokens(text: str) -> list[str]:
    return _TOKENS.findall(text)


def _join(segments: list[Segment], op: str, text: str) -> None:
    if not text:
        return
    if segments and segments[-1][0] == op:
        segments[-1] = (op, segments[-1][1] + text)
    else:
        segments.append((op, text))


def word_diff(old: str, new: str) -> tuple[list[Segment], list[Segment]]:
    """The old and new text cut into segments, changed words marked: ``delete`` on the old side,
    ``insert`` on the new side, ``equal`` elsewhere. Compares word tokens (words, punctuation and
    runs of space), so "£135,000" → "£158,000" marks the number, not the whole line. The segments
    are raw text: the caller escapes them.
    """
    a, b = _tokens(old), _tokens(new)
    left: list[Segment] = []
    right: list[Segment] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        old_part, new_part = "".join(a[i1:i2]), "".join(b[j1:j2])
        if op == "equal":
            _join(left, "equal", old_part)
            _join(right, "equal", new_part)
            continue
        # A change of spacing alone is not worth a mark.
        _join(left, "delete" if old_part.strip() else "equal", old_part)
        _join(right, "insert" if new_part.strip() else "equal", new_part)
    return left, right


@dataclass(slots=True)
class DiffRow:
    """One line of a side-by-side diff. ``status``: new (right only), dropped (left only), updated or
    continuing (both sides). ``old_report_id`` differs from the previous report when the item skipped
    a report or two."""

    status: str
    heading: str | None
    old_item_id: int | None
    old_report_id: int | None
    new_item_id: int | None
    old: list[Segment]
    new: list[Segment]
    mitigation_old: str | None = None
    mitigation_new: str | None = None

    @property
    def changed(self) -> bool:
        """Whether the words differ (a continuing item may still differ in spacing or case)."""
        return any(op != "equal" for op, _ in self.old + self.new)


@dataclass(slots=True)
class ReportDiff:
    """A report against the report before it in its series."""

    report: ReportRef
    series_id: int
    series: str
    previous: ReportRef | None
    rows: list[DiffRow]
    dates: dict[int, date | None]  # report id → date, for rows whose old item is older than ``previous``
    view: ReportView  # the report itself, with its statuses and neighbours

    @property
    def counts(self) -> dict[str, int]:
        c = Counter(r.status for r in self.rows)
        return {s: c.get(s, 0) for s in STATUSES}


def report_diff(session: Session, report_id: int) -> ReportDiff:
    """Each item of the report paired with its predecessor, as word diffs; new items on the new side
    only, dropped items on the old side only, dropped ones placed after the row their old neighbour is in.

    Raises ``ReportNotFound`` (404) for an unknown id.
    """
    view = report_view(session, report_id)
    report = view.report
    old_ids = {s.prev_item_id for s in view.statuses.values() if s.prev_item_id} | {d.item_id for d in view.dropped}
    old_items = {}
    if old_ids:
        for item, heading in session.execute(
            select(Item, Section.heading).join(Section, Section.id == Item.section_id).where(Item.id.in_(old_ids))
        ).all():
            old_items[item.id] = (item, heading)
    rows: list[tuple[float, DiffRow]] = []
    old_pos_to_key: list[tuple[tuple[int, int], float]] = []
    for section in report.sections:
        for item in section.items:
            st = view.statuses.get(item.id)
            key = float(item.position)
            if st is None or st.status == NEW or st.prev_item_id not in old_items:
                rows.append((key, DiffRow(NEW, section.heading, None, None, item.id, [], [("equal", item.text)])))
                rows[-1][1].mitigation_new = item.mitigation
                continue
            old, _ = old_items[st.prev_item_id]
            left, right = word_diff(old.text, item.text)
            row = DiffRow(st.status, section.heading, old.id, old.report_id, item.id, left, right)
            row.mitigation_old, row.mitigation_new = old.mitigation, item.mitigation
            rows.append((key, row))
            old_pos_to_key.append(((old.report_id, old.position), key))
    old_pos_to_key.sort()
    for d in view.dropped:
        old, heading = old_items[d.item_id]
        # After the row whose old item came just before this one in the old report.
        before = [k for (rid, pos), k in old_pos_to_key if rid == old.report_id and pos < old.position]
        key = (max(before) if before else -1.0) + 0.5
        row = DiffRow(DROPPED, heading, old.id, old.report_id, None, [("equal", old.text)], [])
        row.mitigation_old = old.mitigation
        rows.append((key, row))
    rows.sort(key=lambda kr: kr[0])  # stable: dropped rows sharing a slot keep their old order
    # One block per section: a dropped row placed after the last row of its section would otherwise
    # open a second block of the same heading before the new rows that follow it.
    first: dict[str, int] = {}
    for n, (_, row) in enumerate(rows):
        first.setdefault(" ".join((row.heading or "").lower().split()), n)
    order = {id(row): n for n, (_, row) in enumerate(rows)}
    rows.sort(key=lambda kr: (first[" ".join((kr[1].heading or "").lower().split())], order[id(kr[1])]))
    ref = ReportRef(report.id, report.period_date, report.number, report.title)
    other = {r.old_report_id for _, r in rows if r.old_report_id}
    dates = {i: r.date for i, r in _refs(session, list(other)).items()}
    return ReportDiff(ref, view.series_id, view.series, view.previous, [r for _, r in rows], dates, view)


# --- the original file -----------------------------------------------------------------------------

MEDIA_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "html": "text/html",
    "htm": "text/html",
    "txt": "text/plain",
    "text": "text/plain",
    "md": "text/markdown",
    "markdown": "text/markdown",
    "rst": "text/plain",
    "eml": "message/rfc822",
    "msg": "application/vnd.ms-outlook",
}
_UNSAFE = re.compile(r"[^A-Za-z0-9._ -]+")


@dataclass(frozen=True, slots=True)
class OriginalFile:
    """A report's original bytes with a safe download name and media type."""

    filename: str
    media_type: str
    data: bytes


def safe_filename(name: str, fallback: str = "report") -> str:
    """A download name that is safe in a Content-Disposition header and on any disk: the last path
    part only, ASCII letters, digits, dot, dash, underscore and space; no leading dots; ≤ 120 chars."""
    base = PureWindowsPath(PurePosixPath(name or "").name).name  # strips both / and \ folders
    base = _UNSAFE.sub("_", base).strip(" ._")
    if len(base) > 120:
        stem, dot, ext = base.rpartition(".")
        base = (stem[: 120 - len(ext) - 1] + dot + ext) if dot and len(ext) <= 10 else base[:120]
    return base or fallback


def original_file(session: Session, report_id: int) -> OriginalFile:
    """The file a report was read from (the whole message, for a report attached to an e-mail).

    Raises ``ReportNotFound`` for an unknown report, ``OriginalMissing`` if its bytes are gone.
    """
    report = get_report(session, report_id)
    original = session.get(Original, report.sha256)
    if original is None:
        raise OriginalMissing(f"the original file of report {report_id} is not stored")
    name = safe_filename(original.filename or report.source, f"report-{report_id}")
    suffix = name.rpartition(".")[2].lower() if "." in name else ""
    media = MEDIA_TYPES.get(suffix) or (MEDIA_TYPES.get(report.format) if report.part == 0 else None)
    if "." not in name and report.part == 0 and report.format in MEDIA_TYPES:
        name = f"{name}.{report.format}"
    return OriginalFile(name, media or "application/octet-stream", original.data)


# --- lists and timelines ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReportFilters:
    """Filters of the report list. ``status``: one of ``CHANGE_FILTERS`` (reports carrying that kind
    of change against their previous report: a series' first report carries none) or None.
    ``series_ids``: only reports of these series (the ones a user may read); None means every series."""

    series: int | str | None = None
    organisation: str | None = None
    since: date | None = None
    until: date | None = None
    status: str | None = None
    series_ids: frozenset[int] | None = None


@dataclass(slots=True)
class ReportRow:
    id: int
    series_id: int
    series: str
    organisation: str | None
    date: date | None
    number: int | None
    title: str | None
    source: str
    format: str
    items: int
    counts: dict[str, int]


@dataclass(slots=True)
class ReportPage:
    """One page of a filtered report list."""

    rows: list[ReportRow]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def status_counts(session: Session, report_ids: list[int]) -> dict[int, dict[str, int]]:
    """report id → number of its links of each status (new, updated, continuing, dropped)."""
    out: dict[int, dict[str, int]] = {r: dict.fromkeys(STATUSES, 0) for r in report_ids}
    if not report_ids:
        return out
    rows = session.execute(
        select(Link.report_id, Link.status, func.count())
        .where(Link.report_id.in_(report_ids))
        .group_by(Link.report_id, Link.status)
    ).all()
    for rid, status, n in rows:
        if status in out[rid]:
            out[rid][status] = n
    return out


def find_reports(session: Session, filters: ReportFilters, page: int = 1, per_page: int = 25) -> ReportPage:
    """Reports newest first matching ``filters``, one page of them, with change counts per report.
    A page past the last one gives the last page.

    Raises ``SeriesNotFound`` for an unknown series and ``BadFilter`` for an unknown status or a
    ``since`` after ``until``.
    """
    if filters.status and filters.status not in CHANGE_FILTERS:
        raise BadFilter(f"status must be one of {', '.join(CHANGE_FILTERS)}, not {filters.status!r}")
    if filters.since and filters.until and filters.since > filters.until:
        raise BadFilter("'since' is after 'until'")
    page, per_page = max(1, page), min(max(1, per_page), MAX_PER_PAGE)
    q = (
        select(Report, Series.name, Organisation.name)
        .join(Series, Series.id == Report.series_id)
        .outerjoin(Organisation, Organisation.id == Series.organisation_id)
    )
    if filters.series is not None:
        q = q.where(Report.series_id == find_series(session, filters.series).id)
    if filters.series_ids is not None:
        q = q.where(Report.series_id.in_(filters.series_ids))
    if filters.organisation:
        q = q.where(Organisation.name == filters.organisation)
    if filters.since:
        q = q.where(Report.period_date >= filters.since)
    if filters.until:
        q = q.where(Report.period_date <= filters.until)
    if filters.status:
        # Only links to an earlier report count: a first report's items are all "new" but are no news.
        q = q.where(
            exists().where(Link.report_id == Report.id, Link.status.in_(CHANGE_FILTERS[filters.status])),
            exists().where(Link.report_id == Report.id, Link.prev_report_id.is_not(None)),
        )
    total = session.scalar(select(func.count()).select_from(q.order_by(None).subquery())) or 0
    page = min(page, max(1, -(-total // per_page)))  # past the end (a stale link): the last page
    q = q.order_by(Report.period_date.desc().nulls_last(), Report.number.desc().nulls_last(), Report.id.desc())
    found = session.execute(q.limit(per_page).offset((page - 1) * per_page)).all()
    ids = [r.id for r, _, _ in found]
    counts = status_counts(session, ids)
    items = dict(
        session.execute(
            select(Item.report_id, func.count(Item.id)).where(Item.report_id.in_(ids)).group_by(Item.report_id)
        ).all()
    )
    rows = [
        ReportRow(
            r.id,
            r.series_id,
            s,
            o,
            r.period_date,
            r.number,
            r.title,
            r.source,
            r.format,
            items.get(r.id, 0),
            counts[r.id],
        )
        for r, s, o in found
    ]
    return ReportPage(rows, total, page, per_page)


def organisations(session: Session, series_ids: Collection[int] | None = None) -> list[str]:
    """Names of the organisations that have a series (one in ``series_ids``, unless None), alphabetically."""
    stmt = select(Organisation.name).join(Series, Series.organisation_id == Organisation.id).distinct()
    if series_ids is not None:
        stmt = stmt.where(Series.id.in_(series_ids))
    names = session.scalars(stmt).all()
    return sorted(names, key=str.lower)


@dataclass(slots=True)
class TimelineEntry:
    """One report of a series with its change counts against the report before it."""

    report: ReportRef
    counts: dict[str, int]
    items: int


@dataclass(slots=True)
class SeriesTimeline:
    series_id: int
    name: str
    organisation: str | None
    template: str | None
    entries: list[TimelineEntry]  # in series order, oldest first


def series_timeline(session: Session, ref: int | str) -> SeriesTimeline:
    """A series' reports in order with item counts by status (new, updated, continuing, dropped).

    Raises ``SeriesNotFound`` (404) for an unknown series.
    """
    series = find_series(session, ref)
    org = None
    if series.organisation_id is not None:
        org = session.scalar(select(Organisation.name).where(Organisation.id == series.organisation_id))
    order = series_reports(session, series.id)
    refs = _refs(session, order)
    counts = status_counts(session, order)
    items: dict[int, int] = defaultdict(int)
    if order:
        items.update(
            session.execute(
                select(Item.report_id, func.count(Item.id)).where(Item.report_id.in_(order)).group_by(Item.report_id)
            ).all()
        )
    entries = [TimelineEntry(refs[r], counts[r], items[r]) for r in order]
    return SeriesTimeline(series.id, series.name, org, series.template, entries)
