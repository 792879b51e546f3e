"""The dashboard: this cycle's returns, what changed, top risks, theme trend and figure sparklines."""

from __future__ import annotations

import dataclasses
import logging
from datetime import date, timedelta
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup
from sqlalchemy.orm import Session

from sitroom.brief.charts import WINDOW_WEEKS, theme_chart_spec
from sitroom.brief.compose import compose_brief
from sitroom.brief.linechart import draw_svg
from sitroom.brief.model import Brief
from sitroom.brief.salience import top_changes
from sitroom.model import LinkStatus
from sitroom.views.cycle import newest_date
from sitroom.views.dashboard import figure_trends, theme_table
from sitroom.views.reportdiff import word_diff
from sitroom.views.returns import cycle_returns
from sitroom.web.auth import PrincipalDep
from sitroom.web.deps import ReadSession, cached, ids_key, render
from sitroom.web.pages.minicharts import sparkline
from sitroom.web.scope import visible

log = logging.getLogger(__name__)
router = APIRouter(include_in_schema=False)

TOP_RISKS = 6
SPARKLINES = 6
BRIEF_FORMATS = (("html", "HTML"), ("md", "Markdown"), ("docx", "Word (DOCX)"), ("pdf", "PDF"))


def theme_chart(session: Session, brief: Brief) -> tuple[Markup | None, str | None]:
    """(the theme trend chart as inline SVG, its trend in words), or (None, None) if none can be drawn."""
    spec = theme_chart_spec(session, brief)
    if spec is None:
        return None, None
    try:
        # Drawn at about the card's own width, so its text is not shrunk to unreadable;
        # the card's heading names it.
        card = dataclasses.replace(spec.chart, width=380, height=180, legend_columns=2)
        svg = draw_svg(card, with_title=False, hover=True)
    except (ValueError, ArithmeticError) as e:  # values the layout cannot place: the page shows a table
        log.warning("theme chart not drawn: %s", e)
        return None, spec.alt
    # draw_svg escapes every text it writes.
    return Markup(svg), spec.alt


def sparklines(session: Session, on: date, series_ids: frozenset[int] | None = None) -> list[dict]:
    """The dashboard's figure trends (``views.dashboard.figure_trends``), each drawn as a sparkline."""
    out = figure_trends(session, on, on - timedelta(weeks=WINDOW_WEEKS), series_ids, SPARKLINES)
    for g in out:
        first, last = g["points"][0], g["points"][-1]
        g["svg"] = sparkline(
            g["values"],
            f"{g['subject']} ({g['series']}): {len(g['values'])} values from {first['date']} to {last['date']}, "
            f"from {g['values'][0]:,g} to {g['values'][-1]:,g}",
        )
    return out


@router.get("/", response_class=HTMLResponse)
def dashboard(
    request: Request, session: ReadSession, principal: PrincipalDep, on: Annotated[str, Query(max_length=20)] = ""
) -> HTMLResponse:
    """The coordinator's first page: the cycle ending ``on`` (default: the newest report date stored), of
    the series the user may read only."""
    ids = visible(session, principal)
    newest = newest_date(session, series_ids=ids)
    if newest is None:
        return render(request, "dashboard.html.j2", {"empty": True})
    try:
        cycle_date = date.fromisoformat(on) if on else newest
    except ValueError:
        raise HTTPException(400, f"on must be a date as YYYY-MM-DD, not {on[:40]!r}") from None
    ctx = cached(request, session, view_key(cycle_date, ids), lambda: dashboard_view(session, cycle_date, newest, ids))
    return render(request, "dashboard.html.j2", ctx)


def view_key(cycle_date: date, ids) -> tuple:
    """The view-cache key of the dashboard of ``cycle_date`` for a reader seeing ``ids``."""
    return ("dashboard", cycle_date, ids_key(ids))


def dashboard_view(session: Session, cycle_date: date, newest: date, ids) -> dict:
    """The dashboard's content for one cycle and reader: a brief of the cycle and what is drawn from it
    (what the view cache keeps under ``view_key``)."""
    brief = compose_brief(session, date=cycle_date, series_ids=ids)
    changes = brief.changes
    counts = {
        "new": len(changes.new),
        "updated": len(changes.updated),
        "dropped": len(changes.dropped),
        "new risks": len(changes.new_risks),
        "escalating": len(changes.escalating_risks),
        "resolved risks": len(changes.closed_risks),
        "risks no longer reported": len(changes.unreported_risks),
        "figures moved": len(changes.figures),
    }
    picked = []
    for line in top_changes(brief):
        diff = word_diff(line.previous, line.text)[1] if line.status == LinkStatus.UPDATED and line.previous else None
        picked.append((line, diff))
    chart, chart_alt = theme_chart(session, brief)
    weeks, table = ([], []) if chart is not None else theme_table(session, cycle_date, ids)
    return {
        "empty": False,
        "on": cycle_date,
        "newest": newest,
        "brief": brief,
        "returns": cycle_returns(session, cycle_date, series_ids=ids),
        "counts": counts,
        "changes": picked,
        "risk_changes": (changes.new_risks + changes.escalating_risks)[:TOP_RISKS],
        "open_risks": [r for r in brief.risks if r.status != "unreported"][:TOP_RISKS],
        "chart": chart,
        "chart_alt": chart_alt,
        "theme_weeks": weeks,
        "theme_rows": table,
        "sparks": sparklines(session, cycle_date, ids),
        "formats": BRIEF_FORMATS,
    }
