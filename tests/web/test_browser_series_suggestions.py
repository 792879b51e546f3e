"""A suggested merge of two series, shown on the series page and accepted with one click in Chromium."""

from __future__ import annotations

import re
from datetime import datetime

from sitroom.store import session_scope
from sitroom.store.tables import SeriesSuggestion
from sitroom.views.serieslist import list_series


def test_a_suggested_merge_is_accepted_from_the_series_page(seeded_server, page):
    engine = seeded_server.app.state.engine
    with session_scope(engine) as s:
        series = list_series(s)
        assert len(series) == 3  # the seeded councils' services told apart by their content
        source, target = series[0], series[1]
        s.add(
            SeriesSuggestion(
                kind="merge",
                series_id=source["id"],
                other_series_id=target["id"],
                score=0.28,
                reason="title 40%; template 30%",
                status="open",
                created_at=datetime(2021, 1, 1),
            )
        )
    page.goto(f"{seeded_server.url}/series/{source['id']}")
    item = page.locator("section.suggestions li")
    assert item.count() == 1
    assert source["name"] in item.inner_text() and target["name"] in item.inner_text()
    item.get_by_role("button", name="Merge").click()
    page.wait_for_url(re.compile(rf"/series/{target['id']}$"))
    assert page.locator("section.suggestions").count() == 0
    with session_scope(engine, write=False) as s:
        after = {r["name"]: r["reports"] for r in list_series(s)}
    assert source["name"] not in after
    assert after[target["name"]] == source["reports"] + target["reports"]
