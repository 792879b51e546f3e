"""What every API router shares: id and filter parameters, the page envelope, error bodies, download headers."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Generic, TypeVar
from urllib.parse import quote

from fastapi import Path, Query
from pydantic import BaseModel, ConfigDict, Field

from sitroom.store.lookup import MAX_ID

T = TypeVar("T")

# Text parameters end up in SQL parameters; PostgreSQL refuses NUL characters in text, so they are
# refused here as invalid input (422) instead of failing in the database.
NO_NUL = r"^[^\x00]*$"
# Dates outside these years are typing mistakes, and date arithmetic near year 1 or 9999 overflows.
EARLIEST, LATEST = date(1900, 1, 1), date(2999, 12, 31)
MAX_PAGE = 500


def id_path(what: str) -> Path:
    """A path id: a positive integer within the range of a stored id, so garbage is a 422, not a 500."""
    return Path(ge=1, le=MAX_ID, description=f"The {what} id.")


ReportId = Annotated[int, id_path("report")]
SeriesId = Annotated[int, id_path("series")]
ItemId = Annotated[int, id_path("item")]

SeriesRef = Annotated[
    str | None,
    Query(max_length=300, pattern=NO_NUL, description="A series id, or its exact name."),
]
Since = Annotated[
    date | None, Query(ge=EARLIEST, le=LATEST, description="Only reports dated on or after this day (YYYY-MM-DD).")
]
Until = Annotated[
    date | None, Query(ge=EARLIEST, le=LATEST, description="Only reports dated on or before this day (YYYY-MM-DD).")
]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size (at most {MAX_PAGE}).")]
Offset = Annotated[int, Query(ge=0, le=MAX_ID, description="How many results to skip.")]


def _page_example(schema: dict, cls: type) -> None:
    """The example of a page: the envelope around its item model's own example, if it has one."""
    field = getattr(cls, "model_fields", {}).get("items")
    args = getattr(field.annotation, "__args__", ()) if field else ()
    extra = getattr(args[0], "model_config", {}).get("json_schema_extra") if args else None
    if isinstance(extra, dict) and extra.get("examples") and "examples" not in schema:
        item = extra["examples"][0]
        schema["examples"] = [{"total": 1, "limit": 50, "offset": 0, "items": [item]}]


class Page(BaseModel, Generic[T]):
    """One page of a longer list: ``total`` results match, ``items`` are those from ``offset``.

    Every list of the API has this shape; a list may add fields of its own beside these four.
    """

    model_config = ConfigDict(json_schema_extra=_page_example)

    total: int = Field(description="How many results match the filters.")
    limit: int
    offset: int
    items: list[T]


class ErrorDetail(BaseModel):
    type: str = Field(description="The kind of error, e.g. ReportNotFound or ValidationError.")
    message: str = Field(description="What went wrong, for a person.")


class ErrorBody(BaseModel):
    error: ErrorDetail


class ValidationIssue(BaseModel):
    loc: list[str]
    msg: str
    type: str


class ValidationDetail(ErrorDetail):
    details: list[ValidationIssue]


class ValidationErrorBody(BaseModel):
    error: ValidationDetail


NOT_FOUND = {404: {"model": ErrorBody, "description": "No such id or name."}}
BAD_REQUEST = {400: {"model": ErrorBody, "description": "The request cannot be answered as asked."}}
INVALID = {422: {"model": ValidationErrorBody, "description": "A parameter is missing or invalid."}}


def attachment(filename: str) -> str:
    """A Content-Disposition header value downloading as ``filename`` (already a safe base name).

    The quoted form keeps ASCII only, for old clients; ``filename*`` carries the real name (RFC 6266).
    """
    ascii_name = "".join(c if c.isascii() and c.isprintable() and c not in '"\\' else "_" for c in filename)
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename, safe='')}"


def file_responses(*media_types: str, description: str) -> dict:
    """OpenAPI ``responses`` for a 200 that can also be a file of one of ``media_types``."""
    return {200: {"description": description, "content": {m: {} for m in media_types}}}
