"""Keeping the brief to a number of pages: what is left out, and in which order.

A strategic group reads a few pages, not one line per item of fifty reports. ``fit_to_pages``
estimates the printed length of each part of a composed brief (A4, the print stylesheet) and
shortens the parts that do not fit, keeping the most telling lines of each:

- changes: picked by salience without repeats (MMR), as ``--max-items`` does;
- the roll-up: in each theme group, lines said by several series first, then new and updated ones;
- the figures table: figures that moved first, largest relative change first;
- the open-risk register: in its order (escalating, new, longest running).

Each part gets a share of the pages; a part that needs less than its share passes the rest on.
What was left out is counted in ``Brief.omitted`` and said at the top of the brief, so a reader
knows the full lists are in the web app and the exports. Nothing is reworded: lines are kept or left.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from sitroom.brief.model import Brief, BriefLine, Changes, Chart, FigureChange, RiskLine
from sitroom.model import LinkStatus

# A4 with 16 × 14 mm margins at 10.5 pt: about this many text lines of this many characters. Set
# from rendered briefs (benchmarks/brief.py prints estimated and printed pages side by side).
LINES_PER_PAGE = 41
CHARS_PER_LINE = 100
CHART_LINES = 16
PAGE_BREAK_SLACK = 1.15
HEADING_LINES = 2.2
# What `sitroom brief` and the demo ask for unless told otherwise: a read of ten minutes or so.
DEFAULT_MAX_PAGES = 10
# Charts may fill this share of the pages at most; the rest is shared by the parts below.
CHART_SHARE = 0.3
# Shares of the pages, in the brief's order of importance.
SHARES = {"changes": 0.4, "sections": 0.3, "figures": 0.15, "risks": 0.15}


def omitted_phrase(part: str, n: int) -> str:
    """ "3 figures", "1 figure": a count of what was left out, as the brief says it."""
    return f"{n} {part[:-1] if n == 1 and part.endswith('s') else part}"


def _text_lines(text: str, citation: str, *extras: str | None) -> float:
    """A bullet: its text with the citation run on, then each extra ("was:", "Mitigation:") on its own lines."""
    lines = math.ceil((len(text) + len(citation) + 3) / CHARS_PER_LINE)
    lines += sum(math.ceil((len(x) + 12) / CHARS_PER_LINE) for x in extras if x)
    return lines + 0.4  # list items are spaced


def _cites(sources) -> str:
    """About as long as the printed references: each a series name, shortened, and a number."""
    return "; ".join(f"{s.series[:24]} [10]" for s in sources)


def line_cost(line: BriefLine) -> float:
    """Printed lines of one bullet: its text, what it replaced, and its citations."""
    previous = f"{line.previous} {_cites(line.previous_sources)}" if line.previous else None
    return _text_lines(line.text, _cites(line.sources), previous)


def risk_cost(risk: RiskLine, previous: bool = False) -> float:
    """Printed lines of one risk bullet."""
    mitigation = risk.mitigation if risk.mitigation and risk.mitigation not in risk.text else None
    was = f"{risk.previous} {_cites([risk.source])}" if previous and risk.previous else None
    return _text_lines(risk.text, _cites([risk.source]), was, mitigation)


def figure_row_cost(f: FigureChange) -> float:
    """A figures-table row: the series name and the source wrap in their narrow columns."""
    return max(2.0, math.ceil(len(f.series) / 18)) + 0.6


def chart_cost(chart: Chart) -> float:
    """A chart with its legend (a row per line drawn) and its caption, which says every trend in words."""
    legend_rows = chart.alt.count(";") + 1
    return CHART_LINES + legend_rows + math.ceil(len(chart.alt) / CHARS_PER_LINE) + 2


def _moved_cost(f: FigureChange) -> float:
    return _text_lines(f"{f.subject}: {f.text}", _cites([f.source]), f"{f.previous_text} {_cites([f.source])}")


def _changes_cost(c: Changes) -> float:
    cost = sum(line_cost(x) for x in (*c.new, *c.updated, *c.dropped))
    cost += sum(risk_cost(r) for r in (*c.new_risks, *c.closed_risks, *c.unreported_risks))
    cost += sum(risk_cost(r, previous=True) for r in c.escalating_risks)
    cost += sum(_moved_cost(f) for f in c.figures)
    parts = (c.new, c.updated, c.dropped, c.new_risks, c.closed_risks, c.unreported_risks, c.escalating_risks)
    parts += (c.figures,)
    return cost + HEADING_LINES * sum(1 for p in parts if p)


def _sections_cost(brief: Brief) -> float:
    cost = 0.0
    for section in brief.sections:
        cost += HEADING_LINES
        for group in section.groups:
            cost += HEADING_LINES + sum(line_cost(x) for x in group.lines)
    return cost


def _figures_cost(figures: list[FigureChange]) -> float:
    return HEADING_LINES + 1.5 + sum(figure_row_cost(f) for f in figures) if figures else 0.0


def _risks_cost(risks: list[RiskLine]) -> float:
    return HEADING_LINES + sum(risk_cost(r) for r in risks) if risks else 0.0


def _fixed_cost(brief: Brief) -> float:
    """Title, notes, missing returns and charts: never shortened."""
    cost = 3 * HEADING_LINES + 2 + len(brief.missing) * 1.4 + (HEADING_LINES + 1 if brief.missing else 0)
    cost += _charts_cost(brief.charts) + len(brief.warnings)
    # The summary (counts and up to five top changes) and the closing list of sources: each report
    # of the cycle and the one it is compared with.
    cost += HEADING_LINES + 2 + 5 * 2.4 + HEADING_LINES + 2 * len(brief.reports)
    # Pictures and table rows are not split across pages: the page ends early before them.
    return cost * PAGE_BREAK_SLACK


def _charts_cost(charts: list[Chart]) -> float:
    return HEADING_LINES + sum(chart_cost(c) for c in charts) if charts else 0.0


def estimate_pages(brief: Brief) -> float:
    """The brief's printed length in A4 pages, estimated from its text."""
    lines = _fixed_cost(brief) + _changes_cost(brief.changes) + _sections_cost(brief)
    lines += _figures_cost(brief.figures) + _risks_cost(brief.risks)
    return lines / LINES_PER_PAGE


def fit_to_pages(brief: Brief, max_pages: float) -> None:
    """Shorten ``brief`` in place to about ``max_pages`` printed pages; ``Brief.omitted`` counts what went."""
    if max_pages <= 0 or estimate_pages(brief) <= max_pages:
        return
    # Charts first, as they are all or nothing: those that fit in their share, in the order drawn.
    room = CHART_SHARE * max_pages * LINES_PER_PAGE / PAGE_BREAK_SLACK - HEADING_LINES
    charts = _keep_within(brief.charts, room, chart_cost)
    if len(charts) < len(brief.charts):
        brief.omitted["charts"] = len(brief.charts) - len(charts)
        brief.charts = charts
    budget = max(0.0, max_pages * LINES_PER_PAGE - _fixed_cost(brief))
    need = {
        "changes": _changes_cost(brief.changes),
        "sections": _sections_cost(brief),
        "figures": _figures_cost(brief.figures),
        "risks": _risks_cost(brief.risks),
    }
    allowed = _share(budget, need)
    omitted = brief.omitted
    left = _fit_changes(brief.changes, allowed["changes"])
    if left:
        omitted["changes"] = left
    left = _fit_sections(brief, allowed["sections"])
    if left:
        omitted["roll-up lines"] = left
    keep = _keep_within(_figure_order(brief.figures), allowed["figures"] - HEADING_LINES - 1.5, figure_row_cost)
    if len(keep) < len(brief.figures):
        omitted["figures"] = len(brief.figures) - len(keep)
        kept = set(map(id, keep))
        brief.figures = [f for f in brief.figures if id(f) in kept]
    keep = _keep_within(brief.risks, allowed["risks"] - HEADING_LINES, risk_cost)
    if len(keep) < len(brief.risks):
        omitted["open risks"] = len(brief.risks) - len(keep)
        brief.risks = keep


def _share(budget: float, need: dict[str, float]) -> dict[str, float]:
    """Split ``budget`` by ``SHARES``; what a part does not need goes to the parts that need more."""
    allowed = dict.fromkeys(need, 0.0)
    open_parts = {k for k, v in need.items() if v > 0}
    remaining = budget
    while open_parts and remaining > 1e-6:
        total = sum(SHARES[k] for k in open_parts)
        satisfied = set()
        spent = 0.0
        for k in open_parts:
            give = min(remaining * SHARES[k] / total, need[k] - allowed[k])
            allowed[k] += give
            spent += give
            if allowed[k] >= need[k] - 1e-6:
                satisfied.add(k)
        remaining -= spent
        if not satisfied:
            break
        open_parts -= satisfied
    return allowed


def _keep_within(items: Iterable, lines: float, cost) -> list:
    """The leading ``items`` that fit in ``lines``."""
    kept, used = [], 0.0
    for item in items:
        c = cost(item)
        if used + c > lines:
            break
        kept.append(item)
        used += c
    return kept


def _fit_changes(c: Changes, lines: float) -> int:
    """Keep the most salient changes (MMR) that fit in ``lines``; figures that moved count as changes too."""
    # Imported here: scikit-learn is slow to import, and the CLI reads this module's default at start.
    from sitroom.brief.salience import SALIENCE, mmr_select

    kinds: dict[str, list] = {
        "new": c.new,
        "new_risk": c.new_risks,
        "updated": c.updated,
        "escalating": c.escalating_risks,
        "closed": c.closed_risks,
        "unreported": c.unreported_risks,
        "dropped": c.dropped,
    }
    before = sum(len(v) for v in kinds.values()) + len(c.figures)
    if _changes_cost(c) <= lines:
        return 0
    figures = c.figures
    c.figures = []
    candidates = [(x.text, SALIENCE[kind], (kind, id(x))) for kind, xs in kinds.items() for x in xs]
    order = mmr_select(candidates, len(candidates))
    by_key = {(kind, id(x)): x for kind, xs in kinds.items() for x in xs}
    picked: set[tuple[str, int]] = set()
    used = 0.0
    headed: set[str] = set()
    for key in order:
        item = by_key[key]
        cost = risk_cost(item, key[0] == "escalating") if isinstance(item, RiskLine) else line_cost(item)
        cost += HEADING_LINES if key[0] not in headed else 0
        if used + cost > lines:
            continue
        picked.add(key)
        headed.add(key[0])
        used += cost
    # Figures that moved: the biggest relative moves, in what room is left.
    room = lines - used - (HEADING_LINES if figures else 0)
    c.figures = _keep_within(_figure_order(figures), room, _moved_cost)
    rank = {k: n for n, k in enumerate(order)}
    for kind, xs in kinds.items():
        xs[:] = sorted((x for x in xs if (kind, id(x)) in picked), key=lambda x, kind=kind: rank[(kind, id(x))])
    return before - sum(len(v) for v in kinds.values()) - len(c.figures)


def _figure_order(figures: list[FigureChange]) -> list[FigureChange]:
    def size(f: FigureChange) -> float:
        if not f.moved:
            return -1.0
        base = abs(f.previous) if f.previous else 1.0
        return abs(f.latest - (f.previous or 0.0)) / base

    return sorted(figures, key=size, reverse=True)


def _fit_sections(brief: Brief, lines: float) -> int:
    """Keep the roll-up's most telling lines across all sections: said by several series first, then
    new and updated ones, then the first lines of each group; a heading is paid for with its first line."""
    total = sum(len(g.lines) for s in brief.sections for g in s.groups)
    if _sections_cost(brief) <= lines or not total:
        return 0
    ranked = []
    for si, section in enumerate(brief.sections):
        for gi, group in enumerate(section.groups):
            for pos, line in enumerate(group.lines):
                rank = (-len(line.sources), line.status not in (LinkStatus.NEW, LinkStatus.UPDATED), pos, si, gi)
                ranked.append((rank, si, gi, line))
    ranked.sort(key=lambda r: r[0])
    used, kept, headed = 0.0, set(), set()
    for _, si, gi, line in ranked:
        cost = line_cost(line)
        cost += HEADING_LINES * ((si not in headed) + ((si, gi) not in headed))
        if used + cost > lines:
            continue
        used += cost
        kept.add(id(line))
        headed.update((si, (si, gi)))
    for section in brief.sections:
        for group in section.groups:
            group.lines = [x for x in group.lines if id(x) in kept]  # in the report's order
        section.groups = [g for g in section.groups if g.lines]
    brief.sections = [s for s in brief.sections if s.groups]
    return total - len(kept)
