"""Uploading report files: each file is ingested on its own, and gets its own result."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, File, Form, HTTPException, Request, Response, UploadFile
from fastapi.concurrency import run_in_threadpool

from sitroom.accounts.policy import ingest_authoriser, require_ingest
from sitroom.ingest import IngestOptions, IngestStatus
from sitroom.ingest.upload import upload_file
from sitroom.store import session_scope
from sitroom.web.api.common import EARLIEST, LATEST, NO_NUL, ErrorBody, ValidationErrorBody
from sitroom.web.api.schemas import UploadResponse, UploadResult
from sitroom.web.auth import PrincipalDep
from sitroom.web.deps import EngineDep
from sitroom.web.scope import visible

router = APIRouter(tags=["upload"])

MAX_FILES = 50
_STATUS = {
    IngestStatus.INGESTED: "stored",
    IngestStatus.DUPLICATE: "duplicate",
    IngestStatus.FAILED: "failed",
    IngestStatus.SKIPPED: "skipped",
}


def _check_series(engine, principal, options: IngestOptions):
    """The series the principal may see; a 403 first if the named series is not theirs to write to."""
    with session_scope(engine, write=False) as session:
        if options.series and options.authorise is not None:
            require_ingest(session, principal, options.series, options.organisation)
        return visible(session, principal)


def _ingest_one(engine, upload: UploadFile, limit: int, options: IngestOptions, series_ids) -> UploadResult:
    # One byte over the limit is enough to refuse the file without reading the rest of it.
    outcome = upload_file(engine, upload.file.read(limit + 1), upload.filename, options, series_ids, upload.size)
    # The series a file was filed under this time; a duplicate was filed under none.
    filed = outcome.reports if outcome.status is IngestStatus.INGESTED else []
    return UploadResult(
        filename=outcome.filename,
        status=_STATUS[outcome.status],
        report_ids=[r.id for r in outcome.reports],
        series=list(dict.fromkeys(r.series for r in filed)),
        error=outcome.reason,
        http_status=outcome.http_status,
    )


@router.post(
    "/upload",
    response_model=UploadResponse,
    responses={
        400: {"model": ErrorBody, "description": "Too many files in one request."},
        403: {
            "model": UploadResponse | ErrorBody,
            "description": "You may not file reports under the series named (or any series the files name).",
        },
        413: {"model": UploadResponse, "description": "Every file was over the size limit."},
        422: {
            "model": UploadResponse | ValidationErrorBody,
            "description": "No file could be stored (per-file results), or the form is invalid.",
        },
    },
)
async def upload(
    request: Request,
    response: Response,
    engine: EngineDep,
    principal: PrincipalDep,
    files: Annotated[list[UploadFile], File(description=f"One or more report files (at most {MAX_FILES}).")],
    series: Annotated[
        str | None, Form(max_length=300, pattern=NO_NUL, description="File the reports under this series.")
    ] = None,
    organisation: Annotated[
        str | None, Form(max_length=200, pattern=NO_NUL, description="The organisation that sent them.")
    ] = None,
    period_date: Annotated[
        date | None, Form(alias="date", ge=EARLIEST, le=LATEST, description="The reports' date, when they omit it.")
    ] = None,
) -> UploadResponse:
    """Ingest each file in its own transaction: stored (with its report ids), duplicate, or failed with a
    message naming the file (the database is then unchanged by that file).

    The answer is 200 when any file was stored or known already; when none was, 413 if every file was
    too large, 403 if every file was refused (a series you may not write to), else 422 — with the per-file
    results either way. A named series you may not write to is a 403 before any file is read; a new
    series may be started only by an admin or a coordinator of its organisation. When the client
    goes away, the files not yet started are not ingested.
    """
    if len(files) > MAX_FILES:
        raise HTTPException(400, f"{len(files)} files in one upload: send at most {MAX_FILES} at a time")
    limit = request.app.state.max_upload_bytes
    options = IngestOptions(
        series=series or None,
        organisation=organisation or None,
        period_date=period_date,
        ingested_by=principal.username,
        max_bytes=limit,
        authorise=ingest_authoriser(principal),  # series inferred from a file are checked as it is stored
    )
    series_ids = await run_in_threadpool(_check_series, engine, principal, options)
    results = []
    for f in files:
        if await request.is_disconnected():
            break  # nobody is waiting for the answer: leave the remaining files alone
        results.append(await run_in_threadpool(_ingest_one, engine, f, limit, options, series_ids))
    failed = [r for r in results if r.status == "failed"]
    if results and len(failed) == len(results):
        statuses = {r.http_status for r in failed}
        response.status_code = statuses.pop() if len(statuses) == 1 and statuses <= {403, 413} else 422
    return UploadResponse(
        stored=sum(r.status == "stored" for r in results),
        duplicates=sum(r.status == "duplicate" for r in results),
        failed=len(failed),
        results=results,
    )
