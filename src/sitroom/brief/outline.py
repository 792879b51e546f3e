"""The brief laid out once for every renderer: headings, bullet lines with sources, tables, notes.

Renderers (Markdown, HTML, DOCX) walk the same outline, so the formats say the same things in the
same order. Labels ("was:", "Mitigation:") are the only words not taken from the reports.
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

CHANGES = "What changed since the last cycle"
MISSING = "Missing returns"
FIGURES = "Figures"
RISKS = "Open risks"
TRENDS = "Trends"


@dataclass(frozen=True, slots=True)
class Heading:
    text: str
    level: int  # 1 the brief's title, 2 a part, 3 a sub-part


@dataclass(frozen=True, slots=True)
class Bullet:
    """One statement: ``text`` from a report, optional labelled extras, and where it was said."""

    text: str
    sources: list[Source]
    extras: list[tuple[str, str]] = field(default_factory=list)  # (label, text from a report)
    tag: str | None = None  # new, updated, escalating…


@dataclass(frozen=True, slots=True)
class Note:
    text: str


@dataclass(frozen=True, slots=True)
class Table:
    header: list[str]
    rows: list[list[str]]
    sources: list[Source]  # one per row


@dataclass(frozen=True, slots=True)
class Picture:
    """A chart: drawn by the renderers that can show pictures, its ``alt`` text said by all."""

    chart: Chart


Block = Heading | Bullet | Note | Table | Picture


def _line(line: BriefLine, tag: str | None = None) -> Bullet:
    extras = []
    if line.previous:
        extras.append(("was", line.previous))
    return Bullet(line.text, line.sources, extras, tag)


def _risk(risk: RiskLine, tag: str | None = None, previous: bool = False) -> Bullet:
    extras = []
    if previous and risk.previous:
        extras.append(("was", risk.previous))
    if risk.mitigation and risk.mitigation not in risk.text:
        extras.append(("Mitigation", risk.mitigation))
    return Bullet(risk.text, risk.sources, extras, tag)


def _figure_row(f: FigureChange) -> list[str]:
    unit = f.currency or ("%" if f.unit == "percent" else f.unit)
    return [
        f.series,
        f.subject,
        format_range(f.latest, f.latest_high, f.unit, f.currency),
        format_range(f.previous, f.previous_high, f.unit, f.currency),
        format_number(f.change, f.unit, f.currency, sign=True),
        unit,
    ]


def _moved(f: FigureChange) -> Bullet:
    old = format_range(f.previous, f.previous_high, f.unit, f.currency)
    new = format_range(f.latest, f.latest_high, f.unit, f.currency)
    return Bullet(f"{f.subject} ({f.series}): {old} → {new}", [f.source], [("as stated", f.text)])


def outline(brief: Brief) -> Iterator[Block]:
    """The brief as a flat sequence of blocks, in reading order."""
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
    c = brief.changes
    yield Heading(CHANGES, 2)
    if brief.first_reports:
        yield Note("First report, nothing to compare with: " + ", ".join(brief.first_reports) + ".")
    parts: list[tuple[str, list[Bullet]]] = [
        ("New", [_line(x) for x in c.new]),
        ("Updated", [_line(x) for x in c.updated]),
        ("New risks", [_risk(x) for x in c.new_risks]),
        ("Escalating risks", [_risk(x, previous=True) for x in c.escalating_risks]),
        ("Risks closed", [_risk(x) for x in c.closed_risks]),
        ("Figures that moved", [_moved(f) for f in c.figures]),
        ("No longer reported", [_line(x) for x in c.dropped]),
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
                f"{m.series}: last report {format_date(m.last_date)}, next due {format_date(m.due)} "
                f"(every {m.cadence_days} days)."
            )
    for section in brief.sections:
        yield Heading(section.heading, 2)
        for group in section.groups:
            yield Heading(group.label, 3)
            for line in group.lines:
                # Said for the first time, or changed: worth a glance even outside the changes part.
                yield _line(line, line.status if line.status in ("new", "updated") else None)
    if brief.figures:
        yield Heading(FIGURES, 2)
        yield Table(
            ["Series", "Figure", "Latest", "Previous", "Change", "Unit"],
            [_figure_row(f) for f in brief.figures],
            [f.source for f in brief.figures],
        )
    if brief.charts or brief.warnings:
        yield Heading(TRENDS, 2)
        for chart in brief.charts:
            yield Picture(chart)
        for warning in brief.warnings:
            yield Note(warning)
    if brief.risks:
        yield Heading(RISKS, 2)
        for risk in brief.risks:
            yield _risk(risk, f"{risk.status}, {risk.trend}")
