"""Response models of the API: they make the OpenAPI schema say exactly what each endpoint returns."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from sitroom.web.api import examples as ex
from sitroom.web.api.common import Page


def example(value: dict) -> ConfigDict:
    """A model config showing ``value`` as the model's example in the OpenAPI schema (and /docs)."""
    return ConfigDict(json_schema_extra={"examples": [value]})


LinkStatus = Literal["new", "updated", "continuing", "dropped"]
ItemStatus = Literal["new", "updated", "continuing"]


class SeriesSummary(BaseModel):
    model_config = example(ex.SERIES_SUMMARY)

    id: int
    name: str
    template: str | None
    organisation: str | None
    reports: int = Field(description="How many reports the series holds.")
    first: date | None = Field(description="Date of its earliest report.")
    last: date | None = Field(description="Date of its latest report.")


class StatusCounts(BaseModel):
    model_config = example(ex.COUNTS)

    new: int
    updated: int
    continuing: int
    dropped: int


class ReportSummary(BaseModel):
    model_config = example(ex.REPORT_SUMMARY)

    id: int
    series_id: int
    series: str
    organisation: str | None
    date: date | None
    number: int | None
    title: str | None
    source: str = Field(description="The file name the report came from.")
    format: str
    items: int = Field(description="How many items the report holds.")
    counts: StatusCounts = Field(description="Its items by status against the report before it.")
    status: str = Field(
        "submitted", description="'superseded' when a corrected return for its date replaced it; else 'submitted'."
    )
    superseded_by: int | None = Field(None, description="The id of the corrected return that replaced it.")


class SeriesDetail(SeriesSummary):
    model_config = example(ex.SERIES_DETAIL)

    cadence_days: int | None = Field(description="Days between reports, when stated.")
    report_list: list[ReportSummary] = Field(description="Its reports, newest first (up to `limit`).")


class ReportRef(BaseModel):
    id: int
    date: date | None
    number: int | None
    title: str | None


class ReportItem(BaseModel):
    id: int
    position: int
    text: str
    mitigation: str | None
    page: int | None
    status: ItemStatus | None = Field(description="Against the report before it; null when not linked.")
    prev_item_id: int | None = Field(description="The same item in an earlier report.")
    prev_report_id: int | None
    prev_text: str | None
    possible: bool = Field(description="A weak link, to be checked by a person.")


class ReportSection(BaseModel):
    key: str | None
    heading: str | None
    level: int
    items: list[ReportItem]


class DroppedItem(BaseModel):
    id: int
    report_id: int
    text: str
    mitigation: str | None
    heading: str | None


class ReportDetail(ReportSummary):
    model_config = example(ex.REPORT_DETAIL)

    template: str | None
    sha256: str
    ingested_at: datetime
    warnings: list[str]
    previous: ReportRef | None = Field(description="The report before it in its series.")
    next: ReportRef | None = Field(description="The report after it in its series.")
    sections: list[ReportSection]
    dropped: list[DroppedItem] = Field(description="Items of the previous report not reported again.")


class DiffItem(BaseModel):
    id: int
    report_id: int
    text: str
    section_key: str | None
    heading: str | None


class DiffPair(BaseModel):
    status: LinkStatus
    score: float | None
    possible: bool
    old: DiffItem | None = Field(description="The earlier item; null for a new item.")
    new: DiffItem | None = Field(description="The later item; null for a dropped item.")


class ReportDiff(BaseModel):
    old: ReportSummary
    new: ReportSummary
    counts: StatusCounts = Field(description="Pairs per status.")
    pairs: list[DiffPair]


class ThreadItem(BaseModel):
    id: int
    report_id: int
    position: int
    text: str
    mitigation: str | None
    page: int | None
    section_key: str | None
    heading: str | None
    report_date: date | None
    report_number: int | None
    series_id: int
    series: str
    status: ItemStatus | None = Field(description="Against the report before it.")
    score: float | None


class ItemDetail(ThreadItem):
    previous: list[ThreadItem] = Field(description="The same item in earlier reports, oldest first.")
    next: list[ThreadItem] = Field(description="The same item in later reports, in order.")


class LinkOut(BaseModel):
    model_config = example(ex.LINK)

    id: int
    report_id: int
    item_id: int | None = Field(description="Null for a dropped item.")
    prev_report_id: int | None
    prev_item_id: int | None = Field(description="Null for a new item.")
    status: LinkStatus
    score: float | None
    possible: bool
    text: str | None
    prev_text: str | None


class RiskHistoryEntry(BaseModel):
    item_id: int
    report_id: int
    report_date: date | None
    text: str


class RiskThreadOut(BaseModel):
    model_config = example(ex.RISK_THREAD)

    thread: int = Field(description="The thread id: its first item's id.")
    series: str
    status: Literal["open", "unreported", "resolved"] = Field(
        description="resolved only when a report says so; unreported when the series' latest report no longer "
        "states it (to chase, never closed for being quiet)."
    )
    label: str = Field(description="The status as the brief prints it: 'escalating', 'not reported since 4 May 2020'.")
    trend: Literal["escalating", "de-escalating", "stable"]
    first_seen: date | None
    last_seen: date | None
    reports: int
    risk: str = Field(description="The latest statement of the risk.")
    mitigation: str | None
    items: list[int]
    history: list[RiskHistoryEntry] = Field(description="Each statement of the risk, oldest first.")


class FigurePoint(BaseModel):
    date: date | None
    value: float
    value_high: float | None = Field(None, description="The high end when the figure is a range; value is the low end.")
    qualifier: str | None
    report_id: int
    item_id: int
    text: str


class FigureSeries(BaseModel):
    model_config = example(ex.FIGURE_SERIES)

    series: str
    subject: str = Field(description="The measure, as the latest report states it.")
    relation: str | None = Field(None, description="total, new, active, recovered, cumulative, daily, lost, saved…")
    unit: str
    currency: str | None
    points: list[FigurePoint]
    latest: float
    previous: float | None
    change: float | None


class ThemePeriod(BaseModel):
    model_config = example(ex.THEME_PERIOD)

    period: str = Field(description="The day, the Monday of the week, or the month (YYYY-MM).")
    themes: dict[str, int] = Field(description="Items per theme.")


class ThemeCounts(Page[ThemePeriod]):
    """Periods oldest first, as a page (``items``), with the period length they count by."""

    model_config = example(ex.page(ex.THEME_PERIOD, by="week"))

    by: Literal["day", "week", "month"]


class SearchHit(BaseModel):
    model_config = example(ex.SEARCH_HIT)

    item_id: int
    report_id: int
    text: str
    section: str | None
    heading: str | None
    date: date | None
    series: str
    status: str = Field(
        "submitted", description="The report's status: 'superseded' when a corrected return for its date replaced it."
    )
    snippet: str = Field(description="The text around the match, matched words between « and ».")
    score: float


class SearchResults(Page[SearchHit]):
    """Hits best first, as a page (``items``), with the query they answer."""

    model_config = example(ex.page(ex.SEARCH_HIT, total=37, limit=20, query="staff absence"))

    query: str = Field(description="The query as asked.")


class UploadResult(BaseModel):
    filename: str = Field(description="The file's base name, as stored.")
    status: Literal["stored", "duplicate", "failed", "skipped"]
    report_ids: list[int]
    series: list[str]
    error: str | None = Field(description="Why the file failed, naming it.")
    http_status: int = Field(description="200, or the status of the failure (413: too large, 422: unreadable).")


class UploadResponse(BaseModel):
    stored: int
    duplicates: int
    failed: int
    results: list[UploadResult]
