"""Writing a return in the app: prefill from the series' last report, keep drafts, submit through the ingest.

A contributor's weekly return is mostly last week's with a few changes. :func:`prefill` lays out the
series' template with the last report's items; the contributor marks each item ``unchanged``,
``edited`` or ``resolved`` and adds ``new`` ones. Drafts are kept in the ``draft`` table.
:func:`submit_draft` renders the draft as a plain-text sitrep (:func:`render_text`) and stores it with
:func:`sitroom.ingest.ingest_bytes`, so a submitted return is parsed, linked, and analysed exactly
like an uploaded file: an unchanged item links as ``continuing``, a resolved one shows as ``dropped``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from sitroom.errors import TemplateError
from sitroom.ingest.draft import (
    EDITED,
    MARKS,
    MAX_HEADING,
    MAX_ITEMS,
    MAX_SECTIONS,
    MAX_TEXT,
    NEW,
    RESOLVED,
    UNCHANGED,
    DraftItem,
    DraftNotFound,
    DraftSection,
    DraftSubmitted,
    ReturnDraft,
    SubmitError,
    SubmitRefused,
    SubmitResult,
    draft_filename,
    flat_text,
    render_text,
)
from sitroom.ingest.pipeline import Authorise, IngestOptions, IngestStatus, ingest_bytes, sha256_of
from sitroom.model import RISK_KEYS
from sitroom.parse import AUTO
from sitroom.store import audit
from sitroom.store.engine import session_scope
from sitroom.store.learned import learned_template
from sitroom.store.links import latest_report_id
from sitroom.store.queries import get_report
from sitroom.store.series import find_series
from sitroom.store.tables import Draft, Item, Organisation, Report, Series
from sitroom.templates import Template, get_template
from sitroom.views.cycle import cadence_of


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _template(name: str | None) -> Template | None:
    if not name:
        return None
    try:
        return get_template(name)
    except TemplateError:
        return None  # a template since removed: lay the form out from the last report instead


def _series_parts(session: Session, series_id: int) -> tuple[Series, str | None]:
    series = find_series(session, series_id)
    org = session.scalar(select(Organisation.name).where(Organisation.id == series.organisation_id))
    return series, org


def prefill(session: Session, series_ref: str | int, today: date | None = None) -> ReturnDraft:
    """A new return for a series: its template's sections holding the last report's items, all ``unchanged``.

    Every template section is present (empty when the last report had nothing under it); headings the
    template does not know follow, as the last report had them. The date is the last report's date
    plus the series' cadence (else today); the number is the last number plus one.
    """
    series, org = _series_parts(session, int(series_ref) if str(series_ref).isdigit() else series_ref)
    last_id = latest_report_id(session, series.id)
    last = get_report(session, last_id) if last_id else None
    tpl = _template(series.template or (last.template if last else None)) or learned_template(series)
    sections: list[DraftSection] = []
    by_key: dict[str, DraftSection] = {}
    if tpl:
        for ts in sorted(tpl.sections, key=lambda s: s.order):
            # The series' own wording of the heading, when the last report had it, reads as the reader expects.
            printed = next((s.heading for s in (last.sections if last else []) if s.key == ts.key and s.heading), None)
            by_key[ts.key or ts.heading] = DraftSection(ts.key, printed or ts.heading, ts.kind)
        sections = list(by_key.values())
    preamble: list[DraftItem] = []
    extra: dict[str, DraftSection] = {}
    for s in last.sections if last else []:
        items = [DraftItem(i.text, UNCHANGED, i.id) for i in s.items]
        if s.key and s.key in by_key:
            by_key[s.key].items.extend(items)
        elif s.heading:
            kind = "risks" if s.key in RISK_KEYS else "items"
            extra.setdefault(s.heading, DraftSection(s.key, s.heading, kind)).items.extend(items)
        else:
            preamble.extend(items)
    if preamble:
        sections.insert(0, DraftSection(None, "", "items", preamble))
    sections.extend(extra.values())
    if not sections:
        sections = [DraftSection(None, "Update", "items")]
    dates = [d for d in session.scalars(select(Report.period_date).where(Report.series_id == series.id)) if d]
    cadence = cadence_of(dates, series.cadence_days)
    today = today or date.today()
    period = last.period_date + timedelta(days=cadence) if last and last.period_date and cadence else today
    number = (last.number + 1 if last.number is not None else None) if last else 1
    return ReturnDraft(
        series_id=series.id,
        series=series.name,
        organisation=org,
        template=tpl.name if tpl else None,
        period_date=period,
        number=number,
        sections=sections,
        based_on=last.id if last else None,
    )


def reconcile(session: Session, draft: ReturnDraft) -> ReturnDraft:
    """Check and tidy a draft built from a form; marks are made to agree with the texts.

    Items prefilled from an item of another series lose that link. A prefilled item whose text differs
    from the original becomes ``edited`` (unless resolved); one emptied counts as ``resolved``; an item
    without an original is ``new``, and an empty new item is left out.
    """
    if len(draft.sections) > MAX_SECTIONS or sum(len(s.items) for s in draft.sections) > MAX_ITEMS:
        raise SubmitError(f"a return may have at most {MAX_SECTIONS} sections and {MAX_ITEMS} items")
    prev_ids = {i.prev_item_id for s in draft.sections for i in s.items if i.prev_item_id is not None}
    originals: dict[int, str] = {}
    if prev_ids:
        originals = dict(
            session.execute(
                select(Item.id, Item.text)
                .join(Report, Report.id == Item.report_id)
                .where(Item.id.in_(prev_ids), Report.series_id == draft.series_id)
            ).all()
        )
    for s in draft.sections:
        s.heading = " ".join(s.heading.split())[:MAX_HEADING]
        kept = []
        for it in s.items:
            it.text = it.text.replace("\r\n", "\n").strip()[:MAX_TEXT]
            if it.mark not in MARKS:
                it.mark = UNCHANGED
            original = originals.get(it.prev_item_id) if it.prev_item_id is not None else None
            if original is None:
                it.prev_item_id = None
                if not it.text:
                    continue
                it.mark = NEW
            elif not it.text:
                it.mark = RESOLVED
                it.text = original
            elif it.mark == UNCHANGED and flat_text(it.text) != flat_text(original):
                it.mark = EDITED
            elif it.mark == NEW:
                it.mark = UNCHANGED if flat_text(it.text) == flat_text(original) else EDITED
            kept.append(it)
        s.items = kept
    return draft


def save_draft(session: Session, draft: ReturnDraft, created_by: str | None = None) -> int:
    """Insert or update the draft (by ``draft.draft_id``); returns its id. Submitted drafts are final.

    Each save is an audit row (create or update of the draft, by ``created_by``) in the same transaction.
    """
    now = _now()
    action = "update"
    if draft.draft_id is not None:
        row = _draft_row(session, draft.draft_id, draft.series_id)
        if row.status != "draft":
            raise DraftSubmitted(f"draft {row.id} was submitted already (report {row.report_id})")
    else:
        row = Draft(series_id=draft.series_id, status="draft", created_by=created_by, created_at=now)
        session.add(row)
        action = "create"
    row.template = draft.template
    row.period_date = draft.period_date
    row.content = draft.content()
    row.updated_at = now
    session.flush()
    draft.draft_id = row.id
    after = {"series_id": row.series_id, "period_date": row.period_date, "items": draft.kept_items()}
    audit.record(session, created_by or audit.LOCAL, action, "draft", row.id, after=after)
    return row.id


def discard_draft(session: Session, draft_id: int, series_id: int | None = None, by: str | None = None) -> None:
    """Delete a draft not yet submitted (``series_id``, when given, must be its series); audited with what
    it held. A submitted draft stays: it records who sent which report."""
    row = _draft_row(session, draft_id, series_id)
    if row.status != "draft":
        raise DraftSubmitted(f"draft {row.id} was submitted already (report {row.report_id}): it cannot be discarded")
    sections = (row.content or {}).get("sections") or []
    before = {
        "series_id": row.series_id,
        "period_date": row.period_date,
        "items": sum(len(s.get("items") or []) for s in sections),
        "created_by": row.created_by,
    }
    session.delete(row)
    session.flush()
    audit.record(session, by or audit.LOCAL, "delete", "draft", draft_id, before=before)


def _draft_row(session: Session, draft_id: int, series_id: int | None = None) -> Draft:
    row = session.get(Draft, draft_id)
    if row is None or (series_id is not None and row.series_id != series_id):
        raise DraftNotFound(f"no draft {draft_id}" + (f" for series {series_id}" if series_id is not None else ""))
    return row


def load_draft(session: Session, draft_id: int, series_id: int | None = None) -> ReturnDraft:
    """A saved draft; ``series_id``, when given, must be the draft's series."""
    row = _draft_row(session, draft_id, series_id)
    series, org = _series_parts(session, row.series_id)
    content = row.content or {}
    sections = []
    for s in content.get("sections") or []:
        items = [
            DraftItem(str(i.get("text") or ""), i.get("mark") if i.get("mark") in MARKS else UNCHANGED, i.get("prev"))
            for i in s.get("items") or []
        ]
        sections.append(DraftSection(s.get("key"), str(s.get("heading") or ""), s.get("kind") or "items", items))
    return ReturnDraft(
        series_id=series.id,
        series=series.name,
        organisation=org,
        template=row.template,
        period_date=row.period_date,
        number=content.get("number"),
        sections=sections,
        based_on=content.get("based_on"),
        draft_id=row.id,
        status=row.status,
        report_id=row.report_id,
    )


def list_drafts(session: Session, status: str | None = "draft", limit: int = 50) -> list[dict]:
    """Drafts newest first (only those with ``status``, unless None), with series name and item count."""
    q = select(Draft, Series.name).join(Series, Series.id == Draft.series_id)
    if status:
        q = q.where(Draft.status == status)
    q = q.order_by(Draft.updated_at.desc(), Draft.id.desc()).limit(limit)
    out = []
    for row, name in session.execute(q).all():
        sections = (row.content or {}).get("sections") or []
        out.append(
            {
                "id": row.id,
                "series_id": row.series_id,
                "series": name,
                "date": row.period_date.isoformat() if row.period_date else None,
                "number": (row.content or {}).get("number"),
                "items": sum(1 for s in sections for i in s.get("items") or [] if i.get("mark") != RESOLVED),
                "status": row.status,
                "report_id": row.report_id,
                "updated_at": row.updated_at.isoformat(timespec="minutes"),
            }
        )
    return out


def submit_draft(
    engine: Engine, draft: ReturnDraft, submitted_by: str | None = None, authorise: Authorise | None = None
) -> SubmitResult:
    """Save the draft, store it as a report through the ingest pipeline, and mark it submitted.

    The draft is saved first, so a refused submission loses nothing. Raises :class:`SubmitError` for an
    empty return or one the ingest refuses, :class:`DraftSubmitted` when it was submitted before.
    """
    with session_scope(engine) as session:
        reconcile(session, draft)
        if not draft.kept_items():
            raise SubmitError("nothing to submit: every item is empty or resolved")
        series, org = _series_parts(session, draft.series_id)
        draft.series, draft.organisation = series.name, org
        save_draft(session, draft, submitted_by)
    text = render_text(draft)
    data = text.encode("utf-8")
    options = IngestOptions(
        series=draft.series,
        organisation=draft.organisation,
        period_date=draft.period_date,
        template=draft.template or AUTO,
        ingested_by=submitted_by,
        authorise=authorise,  # checked again in the ingest's own transaction (see IngestOptions)
    )
    result = ingest_bytes(engine, data, draft_filename(draft), options)
    if result.status is IngestStatus.DUPLICATE:
        with session_scope(engine, write=False) as session:
            existing = session.scalar(select(Report.id).where(Report.sha256 == sha256_of(data)).limit(1))
        raise DraftSubmitted(f"an identical return is stored already (report {existing})")
    if result.status is IngestStatus.FAILED and result.http_status == 403:
        raise SubmitRefused(result.reason or "you may not submit to this series")
    if result.status is IngestStatus.FAILED or not result.report_ids:
        raise SubmitError(f"the return could not be stored: {result.reason or 'no report was read'}")
    report_id = result.report_ids[0]
    with session_scope(engine) as session:
        row = _draft_row(session, draft.draft_id)
        row.status, row.report_id, row.updated_at = "submitted", report_id, _now()
        after = {"series_id": row.series_id, "report_id": report_id}
        audit.record(session, submitted_by or audit.LOCAL, "submit", "draft", row.id, after=after)
    draft.status, draft.report_id = "submitted", report_id
    return SubmitResult(draft.draft_id, report_id)
