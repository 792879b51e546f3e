"""Submit: write this week's return in the browser, starting from last week's, and submit it as a report.

The form's fields are named ``s-<section>-<item>-text|mark|prev`` with ``s-<section>-key|heading|kind``
per section; the page turns them into a :class:`~sitroom.ingest.submit.ReturnDraft` and the core does
the rest (drafts, rendering, ingest).
"""

from __future__ import annotations

import re
from datetime import date
from math import ceil

from fastapi import APIRouter, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import Engine
from starlette.datastructures import FormData

from sitroom.accounts.policy import Principal, ingest_authoriser, writable_series_ids
from sitroom.brief.model import format_date
from sitroom.errors import TemplateError
from sitroom.ingest.draft import (
    MAX_ITEMS,
    MAX_SECTIONS,
    NEW,
    RESOLVED,
    DraftItem,
    DraftSection,
    ReturnDraft,
    SubmitError,
)
from sitroom.ingest.submit import (
    discard_draft,
    list_drafts,
    load_draft,
    prefill,
    reconcile,
    save_draft,
    submit_draft,
)
from sitroom.store import session_scope
from sitroom.store.series import find_series
from sitroom.templates import KINDS, get_template
from sitroom.views.serieslist import list_series
from sitroom.web.auth import PrincipalDep
from sitroom.web.deps import ReadSession, render
from sitroom.web.scope import require_series_write

router = APIRouter(include_in_schema=False)

# Empty rows under each section for adding items when script is off (submit.js hides them).
SPARE_ROWS = 2
_ITEM_FIELD = re.compile(r"^s-(\d{1,3})-(\d{1,4})-text$")
_SECTION_FIELD = re.compile(r"^s-(\d{1,3})-heading$")


@router.get("/submit", response_class=HTMLResponse)
def submit_index(
    request: Request, session: ReadSession, principal: PrincipalDep, discarded: bool = False
) -> HTMLResponse:
    """Every series the user may write to, with a link to start its next return, and the drafts in progress."""
    ids = writable_series_ids(session, principal)

    def mine(rows: list[dict], key: str) -> list[dict]:
        return rows if ids is None else [r for r in rows if r[key] in ids]

    return render(
        request,
        "submit/index.html.j2",
        {
            "series": mine(list_series(session), "id"),
            "drafts": mine(list_drafts(session, status="draft"), "series_id"),
            "submitted": mine(list_drafts(session, status="submitted", limit=10), "series_id"),
            "when": _when,
            "discarded": discarded,
        },
    )


@router.get("/submit/{series_id}", response_class=HTMLResponse, response_model=None)
def submit_form(
    request: Request,
    series_id: int,
    session: ReadSession,
    principal: PrincipalDep,
    draft: int | None = None,
    saved: bool = False,
) -> Response:
    """The return form: prefilled from the series' last report, or a saved draft (``?draft=ID``)."""
    # 404 for a series unknown or not visible to the user, 403 for one they may see but not write to.
    require_series_write(session, principal, series_id)
    if draft is not None:
        form = load_draft(session, draft, series_id)
        if form.status == "submitted" and form.report_id:
            return RedirectResponse(f"/reports/{form.report_id}", status_code=303)
    else:
        form = prefill(session, series_id)
    return _render_form(request, form, saved=saved)


@router.post("/submit/{series_id}", response_class=HTMLResponse, response_model=None)
async def submit_post(request: Request, series_id: int, principal: PrincipalDep) -> Response:
    """Save the draft (``action=save``) or submit it as a report (``action=submit``)."""
    engine = request.app.state.engine
    form = await request.form(max_fields=4 * MAX_ITEMS + 4 * MAX_SECTIONS + 20)
    action = form.get("action") or "save"
    if action not in ("save", "submit", "discard"):
        raise HTTPException(400, f"unknown action {action!r}: save, submit or discard")
    if action == "discard":
        draft_id = _int(form, "draft_id")
        if draft_id is None:
            raise HTTPException(400, "no draft to discard")
        await run_in_threadpool(_discard, engine, principal, series_id, draft_id)
        return RedirectResponse("/submit?discarded=1", status_code=303)
    with session_scope(engine, write=False) as session:
        require_series_write(session, principal, series_id)
        draft = _draft_from_form(session, series_id, form)
    who = principal.username
    if action == "save":
        try:
            draft_id = await run_in_threadpool(_save, engine, draft, who)
        except SubmitError as e:
            return _render_form(request, draft, error=str(e), status_code=e.http_status)
        return RedirectResponse(f"/submit/{series_id}?draft={draft_id}&saved=1", status_code=303)
    try:
        result = await run_in_threadpool(submit_draft, engine, draft, who, ingest_authoriser(principal))
    except SubmitError as e:
        return _render_form(request, draft, error=str(e), status_code=e.http_status)
    return RedirectResponse(f"/reports/{result.report_id}", status_code=303)


def _discard(engine: Engine, principal: Principal, series_id: int, draft_id: int) -> None:
    with session_scope(engine) as session:
        require_series_write(session, principal, series_id)
        discard_draft(session, draft_id, series_id, principal.username)


def _save(engine: Engine, draft: ReturnDraft, who: str) -> int:
    with session_scope(engine) as session:
        reconcile(session, draft)
        return save_draft(session, draft, created_by=who)


def _draft_from_form(session, series_id: int, form: FormData) -> ReturnDraft:
    """The posted form as a draft; unknown or malformed fields are ignored, bad values refused."""
    series = find_series(session, series_id)
    draft_id = _int(form, "draft_id")
    if draft_id is not None:
        base = load_draft(session, draft_id, series.id)
    else:
        base = prefill(session, series.id)
    sections: dict[int, DraftSection] = {}
    for name in form:
        if m := _SECTION_FIELD.match(name):
            i = int(m.group(1))
            if i < MAX_SECTIONS:
                key = _text(form, f"s-{i}-key") or None
                kind = _text(form, f"s-{i}-kind")
                sections[i] = DraftSection(key, _text(form, name), kind if kind in KINDS else "items")
    items: dict[int, list[tuple[int, DraftItem]]] = {}
    for name in form:
        if (m := _ITEM_FIELD.match(name)) and int(m.group(1)) in sections:
            i, j = int(m.group(1)), int(m.group(2))
            prev = _int(form, f"s-{i}-{j}-prev")
            mark = _text(form, f"s-{i}-{j}-mark") or (NEW if prev is None else "unchanged")
            items.setdefault(i, []).append((j, DraftItem(_text(form, name), mark, prev)))
    for i, rows in items.items():
        sections[i].items = [it for _, it in sorted(rows, key=lambda r: r[0])]
    base.sections = [sections[i] for i in sorted(sections)]
    base.period_date = _date(form, "period_date")
    base.number = _int(form, "number")
    base.draft_id = draft_id
    return base


def _text(form: FormData, name: str) -> str:
    value = form.get(name)
    return value if isinstance(value, str) else ""


def _int(form: FormData, name: str) -> int | None:
    value = _text(form, name).strip()
    if not value:
        return None
    if not value.isdigit() or len(value) > 9:
        raise HTTPException(400, f"{name} must be a whole number, not {value[:20]!r}")
    return int(value)


def _date(form: FormData, name: str) -> date | None:
    value = _text(form, name).strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as e:
        raise HTTPException(400, f"the report date must be YYYY-MM-DD, not {value[:20]!r}") from e


def _when(value: str | date | None) -> str:
    """An ISO date (as the list functions give them) as a coordinator writes it: "4 May 2020"."""
    if not value:
        return "undated"
    return format_date(date.fromisoformat(value) if isinstance(value, str) else value)


def _label(heading: str) -> str:
    """A heading as a label is read out: "KEY ACTIVITY HEADLINES" → "Key activity headlines"."""
    text = heading.strip() or "Opening items"
    return text.capitalize() if text.isupper() else text


def _rows(text: str) -> int:
    """Rows for a textarea to show its text without scrolling when script is off (about 80 characters a row)."""
    return max(1, min(12, sum(ceil(max(1, len(line)) / 80) for line in text.split("\n"))))


def _render_form(
    request: Request, draft: ReturnDraft, *, saved: bool = False, error: str | None = None, status_code: int = 200
) -> HTMLResponse:
    try:
        label = get_template(draft.template).label if draft.template else None
    except TemplateError:  # a removed template only loses its label here
        label = None
    return render(
        request,
        "submit/form.html.j2",
        {
            "draft": draft,
            "template_label": label,
            "label": _label,
            "rows": _rows,
            "spare": SPARE_ROWS,
            "saved": saved,
            "error": error,
            "resolved": RESOLVED,
            "counts": {
                "items": sum(len(s.items) for s in draft.sections),
                "kept": draft.kept_items(),
            },
        },
        status_code=status_code,
    )
