"""The brief laid out once for every renderer: headings, bullet lines with sources, tables, notes.

Renderers (Markdown, HTML, DOCX) walk the same outline, so the formats say the same things in the
same order. Labels ("was:", "Mitigation:") and the summary's counts are the only words not taken
from the reports. Every statement cites its report by number (``Cite``), and the outline ends with
the numbered list of those reports (``SourceList``): series, report number, date and file name, so
a printed or mailed brief names its sources without any link. An earlier wording ("was: …") cites
the report that said it, so every number of a line is stated by each report it cites.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from sitroom.brief.length import omitted_phrase
from sitroom.brief.model import (
    Brief,
    BriefLine,
    Chart,
    FigureChange,
    RiskLine,
    Source,
    format_date,
    format_number,
    format_range,
)
from sitroom.brief.names import short_names
from sitroom.brief.summary import summary
from sitroom.model import LinkStatus

SUMMARY = "Summary"
CHANGES = "What changed since the last cycle"
MISSING = "Missing returns"
FIGURES = "Figures"
RISKS = "Risk register"
TRENDS = "Trends"
SOURCES = "Sources"


@dataclass(frozen=True, slots=True)
class Heading:
    text: str
    level: int  # 1 the brief's title, 2 a part, 3 a sub-part


@dataclass(frozen=True, slots=True)
class Cite:
    """A reference to a report of the closing list: ``label`` is its series as the brief names it."""

    number: int
    label: str
    source: Source


@dataclass(frozen=True, slots=True)
class Extra:
    """A labelled addition to a statement; ``cites`` empty when said by the statement's own item."""

    label: str
    text: str
    cites: list[Cite] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Bullet:
    """One statement: ``text`` from a report, optional labelled extras, and where it was said."""

    text: str
    cites: list[Cite]
    extras: list[Extra] = field(default_factory=list)
    tag: str | None = None  # new, updated, escalating…

    @property
    def sources(self) -> list[Source]:
        return [c.source for c in self.cites]


@dataclass(frozen=True, slots=True)
class Note:
    text: str


@dataclass(frozen=True, slots=True)
class Table:
    header: list[str]
    rows: list[list[str]]
    cites: list[list[Cite]]  # one list per row: the Source column


@dataclass(frozen=True, slots=True)
class Picture:
    """A chart: drawn by the renderers that can show pictures, its ``alt`` text said by all."""

    chart: Chart


@dataclass(frozen=True, slots=True)
class Reference:
    """One entry of the closing list of sources."""

    number: int
    report_id: int
    series: str
    report_number: int | None
    report_date: str
    file: str

    @property
    def text(self) -> str:
        """``Children's Services Sitrep, report 8, 4 May 2020, cs-2020-05-04.docx``."""
        number = f", report {self.report_number}" if self.report_number is not None else ""
        return f"{self.series}{number}, {self.report_date}, {self.file}"


@dataclass(frozen=True, slots=True)
class SourceList:
    references: list[Reference]


Block = Heading | Bullet | Note | Table | Picture | SourceList


class _Citer:
    """Numbers reports in the order the brief first cites them."""

    def __init__(self, brief: Brief) -> None:
        self.brief = brief
        names = {r.series for r in brief.report_index.values()} | {r.series for r in brief.reports}
        self.names = short_names(sorted(names), brief.organisations)
        self.numbers: dict[int, int] = {}

    def name(self, series: str) -> str:
        return self.names.get(series, series)

    def __call__(self, sources: list[Source] | Source | None) -> list[Cite]:
        if sources is None:
            return []
        out = []
        for s in [sources] if isinstance(sources, Source) else sources:
            n = self.numbers.setdefault(s.report_id, len(self.numbers) + 1)
            out.append(Cite(n, self.name(s.series), s))
        return out

    def references(self) -> list[Reference]:
        out = []
        for report_id, n in self.numbers.items():
            ref = self.brief.report_index.get(report_id)
            if ref is None:  # a brief built without its index (a test's hand-made brief)
                out.append(Reference(n, report_id, "", None, "", f"report {report_id}"))
                continue
            out.append(Reference(n, report_id, ref.series, ref.number, format_date(ref.report_date), ref.file))
        return out


def _line(cite: _Citer, line: BriefLine, tag: str | None = None) -> Bullet:
    extras = []
    if line.previous:
        extras.append(Extra("was", line.previous, cite(line.previous_sources)))
    if line.mitigation and line.mitigation not in line.text:
        extras.append(Extra("Mitigation", line.mitigation))
    return Bullet(line.text, cite(line.sources), extras, tag)


def _risk(cite: _Citer, risk: RiskLine, previous: bool = False, tag: bool = True) -> Bullet:
    extras = []
    if previous and risk.previous and risk.previous_source and risk.previous != risk.text:
        extras.append(Extra("was", risk.previous, cite(risk.previous_source)))
    if risk.mitigation and risk.mitigation not in risk.text:
        extras.append(Extra("Mitigation", risk.mitigation, cite(risk.mitigation_source)))
    return Bullet(risk.text, cite(risk.source), extras, risk.label if tag else None)


def _figure_row(cite: _Citer, f: FigureChange) -> tuple[list[str], list[Cite]]:
    row = [
        cite.name(f.series),
        f.subject,
        format_range(f.latest, f.latest_high, f.unit, f.currency),
        format_range(f.previous, f.previous_high, f.unit, f.currency),
        format_number(f.change, f.unit, f.currency, sign=True),
    ]
    return row, cite([f.source, *([f.previous_source] if f.previous_source else [])])


def _moved(cite: _Citer, f: FigureChange) -> Bullet:
    # The figure as its report states it; the earlier value as the earlier report stated it.
    extras = [Extra("was", f.previous_text, cite(f.previous_source))] if f.previous_text and f.previous_source else []
    return Bullet(f"{f.subject}: {f.text}", cite(f.source), extras)


def _summary(cite: _Citer, brief: Brief) -> Iterator[Block]:
    counts, top = summary(brief)
    yield Heading(SUMMARY, 2)
    if counts:
        yield Note("; ".join(counts) + ".")
    for kind, item in top:
        if isinstance(item, RiskLine):
            yield _risk(cite, item, previous=kind == "escalating risk")
        else:
            yield _line(cite, item, kind)


def outline(brief: Brief) -> Iterator[Block]:
    """The brief as a flat sequence of blocks, in reading order, ending with its list of sources."""
    cite = _Citer(brief)
    yield Heading(brief.title, 1)
    n_series = len({r.series for r in brief.reports})
    yield Note(f"{len(brief.reports)} report(s) from {n_series} series.")
    if not brief.reports:
        yield Note("No reports on or before this date.")
    if brief.omitted:
        left = ", ".join(omitted_phrase(part, n) for part, n in brief.omitted.items())
        yield Note(
            f"Shortened to about {brief.max_pages:g} pages, most salient first: left out {left}. "
            "The full lists are in the web app and in the exports."
        )
    if brief.reports:
        yield from _summary(cite, brief)
    c = brief.changes
    yield Heading(CHANGES, 2)
    if brief.first_reports:
        yield Note("First report, nothing to compare with: " + ", ".join(map(cite.name, brief.first_reports)) + ".")
    parts: list[tuple[str, list[Bullet]]] = [
        ("New risks", [_risk(cite, x, tag=False) for x in c.new_risks]),
        ("Escalating risks", [_risk(cite, x, previous=True, tag=False) for x in c.escalating_risks]),
        ("Risks resolved", [_risk(cite, x, tag=False) for x in c.closed_risks]),
        ("Risks no longer reported (to chase)", [_risk(cite, x) for x in c.unreported_risks]),
        ("New", [_line(cite, x) for x in c.new]),
        ("Updated", [_line(cite, x) for x in c.updated]),
        ("Figures that moved", [_moved(cite, f) for f in c.figures]),
        ("No longer reported", [_line(cite, x) for x in c.dropped]),
    ]
    if not any(lines for _, lines in parts):
        yield Note("No changes since the last cycle.")
    for title, lines in parts:
        if lines:
            yield Heading(title, 3)
            yield from lines
    if brief.missing:
        yield Heading(MISSING, 2)
        for m in brief.missing:
            yield Note(
                f"{cite.name(m.series)}: last report {format_date(m.last_date)}, next due {format_date(m.due)} "
                f"(every {m.cadence_days} days)."
            )
    for section in brief.sections:
        yield Heading(section.heading, 2)
        for group in section.groups:
            yield Heading(group.label, 3)
            for line in group.lines:
                # Said for the first time, or changed: worth a glance even outside the changes part.
                yield _line(cite, line, line.status if line.status in (LinkStatus.NEW, LinkStatus.UPDATED) else None)
    if brief.figures:
        yield Heading(FIGURES, 2)
        rows = [_figure_row(cite, f) for f in brief.figures]
        yield Table(["Series", "Figure", "Latest", "Previous", "Change"], [r for r, _ in rows], [c for _, c in rows])
    if brief.charts or brief.warnings:
        yield Heading(TRENDS, 2)
        for chart in brief.charts:
            yield Picture(chart)
        for warning in brief.warnings:
            yield Note(warning)
    if brief.risks:
        yield Heading(RISKS, 2)
        for risk in brief.risks:
            yield _risk(cite, risk)
    if cite.numbers:
        yield Heading(SOURCES, 2)
        yield SourceList(cite.references())
