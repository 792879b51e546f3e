"""The consolidated brief as plain data: what the renderers draw, every line with its sources.

Nothing here is generated text: each line's ``text`` is an item as stored, and each line keeps the
series, report and item it came from, so every statement of a brief can be traced back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sitroom.analyse.risks import risk_label
from sitroom.views.cycle import MissingReturn


def format_date(d: date | None) -> str:
    """A date as a coordinator writes it: ``4 May 2020`` (no leading zero)."""
    return f"{d.day} {d:%B %Y}" if d else "undated"


def format_number(value: float | None, unit: str = "", currency: str | None = None, sign: bool = False) -> str:
    """A figure for a reader: ``5%``, ``£1,200``, ``+3``; empty for no value."""
    if value is None:
        return ""
    text = f"{value:+,.0f}" if sign else f"{value:,.0f}"
    if not float(value).is_integer():
        text = f"{value:+,.2f}" if sign else f"{value:,.2f}"
    if unit == "percent":
        return text + "%"
    if currency:
        return f"{text} {currency}"
    if unit and unit not in ("count", "money", "ratio"):
        return f"{text} {unit}"  # a length or duration says its unit: "3.42 m", "6 days"
    return text


def format_range(low: float | None, high: float | None, unit: str = "", currency: str | None = None) -> str:
    """A figure that may be a range, both ends as stated: ``15–25 mm``, ``5%``."""
    if high is None:
        return format_number(low, unit, currency)
    return f"{format_number(low, 'count')}–{format_number(high, unit, currency)}"


@dataclass(frozen=True, slots=True)
class Source:
    """Where a statement was said: one item of one stored report."""

    series: str
    report_id: int
    report_date: date | None
    item_id: int

    @property
    def link(self) -> str:
        """The item's place on the web report page."""
        return f"/reports/{self.report_id}#item-{self.item_id}"

    @property
    def citation(self) -> str:
        """``Series, 4 May 2020``."""
        return f"{self.series}, {format_date(self.report_date)}"


@dataclass(slots=True)
class BriefLine:
    """One statement: an item's text, said by one or more sources (near-duplicates merged).

    ``status`` is the item's link status against the previous report (new, updated, continuing,
    dropped); ``previous`` the text it replaced when updated.
    """

    text: str
    sources: list[Source]
    status: str | None = None
    previous: str | None = None
    mitigation: str | None = None
    theme: str | None = None
    previous_sources: list[Source] = field(default_factory=list)  # where ``previous`` was said

    @property
    def citation(self) -> str:
        return "; ".join(s.citation for s in self.sources)


@dataclass(slots=True)
class RiskLine:
    """A risk thread as of the cycle.

    ``status``: ``new`` (first said in the cycle), ``continuing``, ``unreported`` (open, but not said
    in the cycle: to chase, never taken as closed) or ``closed`` (its last report says it is resolved
    or to be removed). ``trend``: escalating, de-escalating or stable, from its wording and figures.
    """

    text: str
    source: Source
    status: str
    trend: str
    mitigation: str | None = None
    previous: str | None = None
    first_seen: date | None = None
    reports: int = 1
    previous_source: Source | None = None
    mitigation_source: Source | None = None  # when the mitigation was said in an earlier report

    @property
    def sources(self) -> list[Source]:
        return [self.source]

    @property
    def last_seen(self) -> date | None:
        return self.source.report_date

    @property
    def label(self) -> str:
        """How the brief tags it: ``new, escalating``, ``de-escalating``, ``not reported since 4 May 2020``."""
        # one wording with the risk register's (``analyse.risks.risk_label``)
        state = risk_label(self.status, self.trend, self.last_seen)
        return f"new, {state}" if self.status == "new" else state


@dataclass(slots=True)
class FigureChange:
    """A figure's latest value and the one before it, in one series."""

    series: str
    subject: str
    unit: str
    latest: float
    source: Source
    text: str
    currency: str | None = None
    qualifier: str | None = None
    previous: float | None = None
    previous_date: date | None = None
    previous_source: Source | None = None
    previous_text: str | None = None  # the previous value as stated
    latest_high: float | None = None  # the high end when the figure is a range ("15–25 mm")
    previous_high: float | None = None

    @property
    def change(self) -> float | None:
        # A range has no single value to subtract: no change is stated for it.
        if self.previous is None or self.latest_high is not None or self.previous_high is not None:
            return None
        return self.latest - self.previous

    @property
    def moved(self) -> bool:
        return self.previous is not None and (self.latest, self.latest_high) != (self.previous, self.previous_high)


@dataclass(slots=True)
class ThemeGroup:
    key: str | None
    label: str
    lines: list[BriefLine] = field(default_factory=list)


@dataclass(slots=True)
class BriefSection:
    """One template section rolled up across series, grouped by theme."""

    key: str | None
    heading: str
    groups: list[ThemeGroup] = field(default_factory=list)

    @property
    def lines(self) -> list[BriefLine]:
        return [line for g in self.groups for line in g.lines]


@dataclass(slots=True)
class Changes:
    """What changed since the previous cycle."""

    new: list[BriefLine] = field(default_factory=list)
    updated: list[BriefLine] = field(default_factory=list)
    dropped: list[BriefLine] = field(default_factory=list)
    new_risks: list[RiskLine] = field(default_factory=list)
    escalating_risks: list[RiskLine] = field(default_factory=list)
    closed_risks: list[RiskLine] = field(default_factory=list)  # said resolved in the cycle
    unreported_risks: list[RiskLine] = field(default_factory=list)  # said before the cycle, not in it: to chase
    figures: list[FigureChange] = field(default_factory=list)

    def __bool__(self) -> bool:
        return any(
            (
                self.new,
                self.updated,
                self.dropped,
                self.new_risks,
                self.escalating_risks,
                self.closed_risks,
                self.unreported_risks,
                self.figures,
            )
        )


@dataclass(frozen=True, slots=True)
class CycleReport:
    """A report that makes up the cycle."""

    series: str
    report_id: int
    report_date: date | None
    title: str | None
    source: str


@dataclass(frozen=True, slots=True)
class ReportRef:
    """A report cited by the brief, as its closing list of sources names it."""

    series: str
    number: int | None
    report_date: date | None
    file: str


@dataclass(slots=True)
class Chart:
    """A chart drawn for the brief: SVG for HTML and PDF, and its trend in words.

    The PNG that DOCX needs is drawn from the SVG on first use: the other formats never pay for it.
    """

    title: str
    alt: str
    svg: str
    _png: bytes | None = field(default=None, repr=False)

    @property
    def png(self) -> bytes:
        if self._png is None:
            from sitroom.brief.charts import svg_to_png

            self._png = svg_to_png(self.svg)
        return self._png


@dataclass(slots=True)
class Brief:
    """The consolidated brief of one cycle."""

    date: date | None
    since: date | None = None
    series: str | None = None
    reports: list[CycleReport] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)
    sections: list[BriefSection] = field(default_factory=list)
    figures: list[FigureChange] = field(default_factory=list)
    risks: list[RiskLine] = field(default_factory=list)
    missing: list[MissingReturn] = field(default_factory=list)
    first_reports: list[str] = field(default_factory=list)  # series with no earlier report to compare
    charts: list[Chart] = field(default_factory=list)  # drawn only when asked for: see compose_brief
    warnings: list[str] = field(default_factory=list)  # what the brief had to leave out, and why
    max_pages: float | None = None  # the length asked for, when the brief was shortened to it
    omitted: dict[str, int] = field(default_factory=dict)  # what was left out for length: part → lines
    # The series the brief may draw on (None: all): charts drawn for it read only these.
    series_ids: frozenset[int] | None = field(default=None, repr=False)
    report_index: dict[int, ReportRef] = field(default_factory=dict, repr=False)  # every report cited
    organisations: dict[str, str | None] = field(default_factory=dict, repr=False)  # series → organisation

    @property
    def title(self) -> str:
        if self.since:
            return f"Consolidated brief: {format_date(self.since)} to {format_date(self.date)}"
        return f"Consolidated brief: {format_date(self.date)}"


def cited_sources(brief: Brief) -> list[Source]:
    """Every source the brief may cite: its lines, their earlier wordings, risks, figures."""
    c = brief.changes
    out: list[Source] = []
    for line in (*c.new, *c.updated, *c.dropped, *(x for s in brief.sections for x in s.lines)):
        out += [*line.sources, *line.previous_sources]
    for risk in (*c.new_risks, *c.escalating_risks, *c.closed_risks, *c.unreported_risks, *brief.risks):
        out += [risk.source, *(s for s in (risk.previous_source, risk.mitigation_source) if s)]
    for f in (*c.figures, *brief.figures):
        out += [f.source, *([f.previous_source] if f.previous_source else [])]
    return out
