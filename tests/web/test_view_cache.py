"""Cached views follow the store: a new report or a rename shows at once; time bounds the clock's part."""

from __future__ import annotations

import html

from sitroom.generate import iter_series
from sitroom.web.cache import ViewCache


def test_cache_recomputes_on_a_new_version_after_its_time_and_stays_bounded(monkeypatch):
    cache = ViewCache(size=2, ttl=30)
    calls = []

    def compute(value):
        calls.append(value)
        return value

    assert cache.get("a", 1, lambda: compute("x")) == "x"
    assert cache.get("a", 1, lambda: compute("y")) == "x" and calls == ["x"]
    assert cache.get("a", 2, lambda: compute("z")) == "z"  # the store changed
    clock = [1000.0]
    monkeypatch.setattr("sitroom.web.cache.time.monotonic", lambda: clock[0])
    cache.get("b", 1, lambda: compute("b1"))
    clock[0] += 31
    assert cache.get("b", 1, lambda: compute("b2")) == "b2"  # expired
    cache.get("c", 1, lambda: compute("c"))
    cache.get("d", 1, lambda: compute("d"))
    assert len(cache._entries) == 2


def test_dashboard_shows_a_new_report_at_once(fresh_client):
    reports = [rep for it in iter_series(2, 3, seed=4) for rep in it]
    for rep in reports[:-1]:
        fresh_client.post("/api/v1/upload", files={"files": (rep.file_name("txt"), rep.render("txt"), "text/plain")})
    before = html.unescape(fresh_client.get("/", headers={"accept": "text/html"}).text)
    last = reports[-1]
    r = fresh_client.post("/api/v1/upload", files={"files": (last.file_name("txt"), last.render("txt"), "text/plain")})
    new_id = r.json()["results"][0]["report_ids"][0]
    assert f'href="/reports/{new_id}"' not in before
    after = fresh_client.get("/", headers={"accept": "text/html"}).text
    assert f'href="/reports/{new_id}"' in after


def test_dashboard_shows_a_renamed_series_at_once(fresh_client):
    from sitroom.store import session_scope
    from sitroom.store.series import rename_series
    from sitroom.views.serieslist import list_series

    for it in iter_series(1, 2, seed=5):
        for rep in it:
            fresh_client.post(
                "/api/v1/upload", files={"files": (rep.file_name("txt"), rep.render("txt"), "text/plain")}
            )
    assert "Renamed for the flood" not in fresh_client.get("/", headers={"accept": "text/html"}).text
    engine = fresh_client.app.state.engine
    with session_scope(engine) as session:
        rename_series(session, list_series(session)[0]["id"], "Renamed for the flood")
    assert "Renamed for the flood" in fresh_client.get("/", headers={"accept": "text/html"}).text


def test_concurrent_requests_for_one_view_compute_it_once():
    import threading
    import time

    cache = ViewCache()
    calls = []

    def slow():
        calls.append(1)
        time.sleep(0.2)
        return "view"

    results = []
    threads = [threading.Thread(target=lambda: results.append(cache.get("k", 1, slow))) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == ["view"] * 10 and len(calls) == 1


def test_while_one_request_recomputes_others_get_the_previous_view():
    import threading
    import time

    cache = ViewCache()
    cache.get("k", 1, lambda: "old")
    started = threading.Event()

    def slow():
        started.set()
        time.sleep(0.3)
        return "new"

    worker = threading.Thread(target=lambda: cache.get("k", 2, slow))
    worker.start()
    started.wait(5)
    t0 = time.monotonic()
    assert cache.get("k", 2, lambda: "never") == "old"
    assert time.monotonic() - t0 < 0.1
    worker.join()
    assert cache.get("k", 2, lambda: "never") == "new"


def test_a_warm_start_computes_the_dashboard_before_the_first_request(seeded_db, monkeypatch):
    from fastapi.testclient import TestClient

    from sitroom.web import create_app
    from sitroom.web.pages import dashboard

    computed = []
    real_view = dashboard.dashboard_view
    monkeypatch.setattr(dashboard, "dashboard_view", lambda *a: computed.append(a) or real_view(*a))
    app = create_app(seeded_db, warm=True)
    with TestClient(app) as c:
        app.state.warm_thread.join(30)
        assert len(computed) == 1  # at start-up, before anyone asked
        page = c.get("/", headers={"accept": "text/html"})
        assert page.status_code == 200 and "Returns this cycle" in page.text
        assert len(computed) == 1  # the visitor got the view computed at start-up
        assert len(app.state.views._entries) == 3  # and the filter menus of the reports and search pages
    app.state.engine.dispose()
