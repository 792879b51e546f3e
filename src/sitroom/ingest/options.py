"""What an ingest is asked to do and what it answers: options, per-file results and the run's summary."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from sqlalchemy.orm import Session

from sitroom.extract import ExtractContext
from sitroom.parse import AUTO
from sitroom.store.limits import check_options


class IngestStatus(StrEnum):
    INGESTED = "ingested"
    DUPLICATE = "duplicate"
    SKIPPED = "skipped"  # read, but not a situation report (no date, heading or item in it)
    FAILED = "failed"


# authorise(session, series name, organisation name): raise a SitroomError (e.g. accounts.policy.Forbidden)
# to refuse filing a report under that series. Called inside the write transaction, before the series is
# found or created, so a refusal leaves the database unchanged.
Authorise = Callable[[Session, str, str | None], None]


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """What the user said about the files being ingested. ``authorise`` (None: anything goes, as on the
    command line) checks each report's series once it is known: named here, or inferred after parsing."""

    series: str | None = None
    organisation: str | None = None
    period_date: date | None = None
    template: str = AUTO
    ingested_by: str | None = None
    max_bytes: int = ExtractContext().max_bytes
    exclude: tuple[str, ...] = ()  # globs of files to leave out, besides the default ignore patterns
    force: bool = False  # take every file, even one whose name or content says it is not a report
    authorise: Authorise | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        check_options(self.series, self.organisation, self.ingested_by)


@dataclass(slots=True)
class IngestResult:
    source: str
    status: IngestStatus
    report_ids: list[int] = field(default_factory=list)
    series: list[str] = field(default_factory=list)
    reason: str | None = None
    http_status: int | None = None  # a failure that is not the file's fault: 403 when ``authorise`` refused


@dataclass(slots=True)
class IngestSummary:
    results: list[IngestResult] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # left out by name (ignore patterns)

    def count(self, status: IngestStatus) -> int:
        return sum(1 for r in self.results if r.status is status)

    @property
    def failed(self) -> list[IngestResult]:
        return [r for r in self.results if r.status is IngestStatus.FAILED]


NOT_A_REPORT = "not a situation report (no date, heading or items found; --force takes it anyway)"
