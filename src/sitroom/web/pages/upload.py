"""Upload: drop sitrep files (any supported format) and see what was stored, row by row.

upload.js posts each file on its own and inserts the row the server answers with; without script, the
form posts every file at once and the page lists the results. Both go through the same route.
"""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from sitroom.accounts.policy import Principal, ingest_authoriser, require_ingest, writable_series_ids
from sitroom.display import format_size
from sitroom.ingest import IngestOptions
from sitroom.ingest.upload import UploadOutcome, upload_file
from sitroom.store import session_scope
from sitroom.views.serieslist import list_series
from sitroom.web.auth import PrincipalDep
from sitroom.web.deps import ReadSession, is_htmx, render
from sitroom.web.scope import visible

router = APIRouter(include_in_schema=False)

MAX_FILES = 50
TOO_MANY = f"at most {MAX_FILES} files per upload: send the rest in another"
# The answer to a request whose client closed the connection (nobody reads it; nginx logs the same code).
CLIENT_GONE = 499
# Optional text fields are short; anything longer is a mistake or an attack.
MAX_FIELD = 300


@router.get("/upload", response_class=HTMLResponse)
def upload_page(request: Request, session: ReadSession, principal: PrincipalDep) -> HTMLResponse:
    """The upload form with its drop zone."""
    return render(request, "upload/page.html.j2", _context(request, session, principal))


@router.post("/upload", response_class=HTMLResponse)
async def upload(request: Request, principal: PrincipalDep) -> HTMLResponse:
    """Ingest the posted files; an htmx-style request (upload.js) gets the result rows only."""
    form = await _read_form(request)
    try:
        files = [f for f in form.getlist("files") if isinstance(f, UploadFile) and (f.filename or f.size)]
        if not files:
            raise HTTPException(400, "choose at least one file to upload")
        if len(files) > MAX_FILES:  # the CSRF check may have read the form before, without our limit
            raise HTTPException(413, TOO_MANY)
        options = IngestOptions(
            series=_field(form, "series"),
            organisation=_field(form, "organisation"),
            period_date=_date_field(form, "date"),
            ingested_by=principal.username,
            max_bytes=request.app.state.max_upload_bytes,
            authorise=ingest_authoriser(principal),  # a series inferred from a file is checked as it is stored
        )
        with session_scope(request.app.state.engine, write=False) as session:
            ids = visible(session, principal)
            if options.series and options.authorise is not None:
                # A named series is checked before any file is read: one 403 for the whole upload.
                require_ingest(session, principal, options.series, options.organisation)
        outcomes = []
        for f in files:
            if await request.is_disconnected():
                break  # nobody is waiting for the rows: leave the remaining files alone
            outcomes.append(await _ingest_one(request, f, options, ids))
    finally:
        await form.close()
    if len(outcomes) < len(files):
        return HTMLResponse("", status_code=CLIENT_GONE)
    status = 200 if any(o.ok for o in outcomes) else outcomes[0].http_status
    if is_htmx(request):
        # The script asked for result rows and gets them, failed files included: a 4xx here would only make
        # the browser log an error. The outcome of a lone file is in a header for programs that want it.
        response = render(request, "upload/rows.html.j2", {"outcomes": outcomes})
        response.headers["X-Upload-Status"] = str(status)
        return response
    with session_scope(request.app.state.engine, write=False) as session:
        ctx = _context(request, session, principal)
    ctx["outcomes"] = outcomes
    return render(request, "upload/page.html.j2", ctx, status_code=status)


async def _read_form(request: Request) -> FormData:
    try:
        return await request.form(max_files=MAX_FILES, max_fields=20)
    except StarletteHTTPException as e:  # what Starlette raises for a malformed or oversized form
        if "Too many files" in str(e.detail):
            raise HTTPException(413, TOO_MANY) from e
        raise


async def _ingest_one(
    request: Request, upload: UploadFile, options: IngestOptions, series_ids: frozenset[int] | None
) -> UploadOutcome:
    # Read one byte past the limit: enough to refuse a large file without holding all of it.
    data = await upload.read(options.max_bytes + 1)
    engine = request.app.state.engine
    return await run_in_threadpool(upload_file, engine, data, upload.filename, options, series_ids, upload.size)


def _field(form: FormData, name: str) -> str | None:
    value = form.get(name)
    if not isinstance(value, str) or not value.strip():
        return None
    value = " ".join(value.split())
    if len(value) > MAX_FIELD:
        raise HTTPException(400, f"{name} is longer than {MAX_FIELD} characters")
    return value


def _date_field(form: FormData, name: str) -> date | None:
    value = _field(form, name)
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as e:
        raise HTTPException(400, f"{name} must be a date as YYYY-MM-DD, not {value!r}") from e


def _context(request: Request, session: Session, principal: Principal) -> dict:
    # The menus offer the series the user may file reports under (and those series' organisations).
    series = list_series(session, writable_series_ids(session, principal))
    return {
        "series": series,
        "organisations": sorted({s["organisation"] for s in series if s["organisation"]}),
        "max_bytes": request.app.state.max_upload_bytes,
        "max_size": format_size(request.app.state.max_upload_bytes),
        "max_files": MAX_FILES,
        "outcomes": None,
    }
