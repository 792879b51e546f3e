"""The dashboard: this cycle's returns, what changed, top risks and trends."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from sitroom.store.series import list_series
from sitroom.web.deps import ReadSession, render

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request, session: ReadSession) -> HTMLResponse:
    """The coordinator's first page."""
    return render(request, "dashboard.html.j2", {"series": list_series(session)})
