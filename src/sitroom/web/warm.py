"""A head start for the expensive views: computed as the server starts, not on a visitor's request.

At 100,000 reports the dashboard takes about half a second to compute and the filter menus count every
report; each worker process computes them once for readers of every series (admins, single-user
mode), in a background thread, into the same view cache the pages read.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI

from sitroom.store import session_scope
from sitroom.store.version import store_version
from sitroom.views.cycle import newest_date
from sitroom.views.serieslist import list_series
from sitroom.web.deps import series_menu_key
from sitroom.web.pages import dashboard, search

log = logging.getLogger(__name__)


def warm_views(app: FastAPI) -> None:
    """Fill ``app``'s view cache with the dashboard of the newest cycle and the filter menus."""
    try:
        with session_scope(app.state.engine, write=False) as session:
            version, views = store_version(session), app.state.views
            views.get(series_menu_key(None), version, lambda: list_series(session, None))
            views.get(search.menus_key(None), version, lambda: search.search_menus(session, None))
            newest = newest_date(session, series_ids=None)
            if newest is not None:
                views.get(
                    dashboard.view_key(newest, None),
                    version,
                    lambda: dashboard.dashboard_view(session, newest, newest, None),
                )
    except Exception:  # a head start only: whatever fails here, the first request computes it and reports
        log.exception("views not computed ahead of the first request")
