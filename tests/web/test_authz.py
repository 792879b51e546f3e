"""Authorisation inside every route: organisation A's users neither read nor change anything of organisation B.

The store holds three generated series of two councils: A (Northfield Council, two series) and B
(Southfield County Council, one). Users: an admin; a coordinator, a contributor (assigned one A series)
and a reader of A; a reader with no organisation. Every route of the app is listed below in exactly one
group, and ``test_every_route_is_in_a_group`` fails when a route is added without being placed, so no
route escapes the checks.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

import pytest
from fastapi.routing import iter_route_contexts
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from starlette.routing import Mount

from sitroom.accounts.tokens import create_token
from sitroom.accounts.users import create_user
from sitroom.generate import iter_series
from sitroom.store import make_engine, session_scope
from sitroom.store.lookup import MAX_ID
from sitroom.store.search import SearchFilters, search_items
from sitroom.store.series import SeriesNotFound, find_series
from sitroom.store.tables import Item, Report, Series
from sitroom.views import audit as audit_view
from sitroom.views.risks import risk_views
from sitroom.views.serieslist import list_series
from sitroom.web import create_app

from .conftest import seed_store

PASSWORD = "correct horse battery staple"
HTML = {"accept": "text/html"}
ORG_A, ORG_B = "Northfield Council", "Southfield County Council"
MARK_B = "Southfield"  # in B's series and organisation names, and nowhere in A's reports

# --- every route, in exactly one group -------------------------------------------------------------------

PUBLIC = {
    ("GET", "/login"),
    ("POST", "/login"),
    ("GET", "/api/v1/health"),
    ("GET", "/openapi.json"),
    # the schema's reader pages: no stored data in them either
    ("GET", "/docs"),
    ("GET", "/redoc"),
}
SELF_SERVICE = {
    ("POST", "/logout"),
    ("GET", "/account"),
    ("POST", "/account/tokens"),
    ("POST", "/account/tokens/{token_id}/revoke"),
}
ADMIN_ONLY = {
    ("GET", "/admin/audit"),
    ("GET", "/admin/users"),
    ("POST", "/admin/users"),
    ("POST", "/admin/users/{username}"),
    ("GET", "/admin/mail"),
    ("POST", "/admin/mail/rules"),
    ("POST", "/admin/mail/rules/{rule_id:int}"),
    ("POST", "/admin/mail/held/{uid:int}"),
}
# Lists: GET without path parameters; {series} goes in the query where the route takes a series filter.
LISTS = {
    ("GET", "/"): "",
    ("GET", "/reports"): "?series={series}",
    ("GET", "/series"): "",
    ("GET", "/risks"): "?series={series}",
    ("GET", "/risks/export.csv"): "?series={series}",
    ("GET", "/risks/export.xlsx"): "?series={series}",
    ("GET", "/figures"): "?series={series}",
    ("GET", "/search"): "?q=staff&series={series}",
    ("GET", "/upload"): "",
    ("GET", "/submit"): "",
    ("GET", "/api/v1/series"): "",
    ("GET", "/api/v1/reports"): "?series={series}",
    ("GET", "/api/v1/risks"): "?series={series}",
    ("GET", "/api/v1/figures"): "?series={series}",
    ("GET", "/api/v1/themes"): "?series={series}",
    ("GET", "/api/v1/search"): "?q=staff&series={series}",
    ("GET", "/api/v1/brief"): "?format=json&series={series}",
}
# Reads of one object: path parameters (and ?report= for the links) from one organisation's ids.
OBJECTS = {
    ("GET", "/api/v1/series/{series_id}"),
    ("GET", "/api/v1/reports/{report_id}"),
    ("GET", "/api/v1/reports/{report_id}/original"),
    ("GET", "/api/v1/reports/{report_id}/diff"),
    ("GET", "/api/v1/items/{item_id}"),
    ("GET", "/api/v1/links"),
    ("GET", "/reports/{report_id:int}"),
    ("GET", "/reports/{report_id:int}/diff"),
    ("GET", "/reports/{report_id:int}/original"),
    ("GET", "/series/{series_id:int}"),
    ("GET", "/risks/{key}"),
    ("GET", "/submit/{series_id}"),
}
WRITES = {
    ("POST", "/upload"),
    ("POST", "/api/v1/upload"),
    ("POST", "/submit/{series_id}"),
    ("POST", "/series/{series_id:int}/suggestions"),
}
GROUPS = PUBLIC | SELF_SERVICE | ADMIN_ONLY | set(LISTS) | OBJECTS | WRITES


def app_routes(app) -> set[tuple[str, str]]:
    """(method, path) of every route the app serves (HEAD aside), mounts (/static) left out."""
    out = set()
    for rc in iter_route_contexts(app.routes):
        if isinstance(rc.original_route, Mount):
            continue
        for method in rc.methods or ():
            if method != "HEAD":
                out.add((method, rc.path))
    return out


# --- the store -------------------------------------------------------------------------------------------


@dataclass
class Ids:
    """One organisation's ids: a series, a report that has one before it, an item, a risk thread key."""

    series: int
    report: int
    item: int
    key: str


@dataclass
class World:
    url: str
    a: Ids
    b: Ids
    a_assigned: int  # the A series assigned to the contributor
    a_other: int  # the A series not assigned to them
    tokens: dict[str, str]


def _ids(session, series_id: int) -> Ids:
    reports = session.scalars(
        select(Report.id).where(Report.series_id == series_id).order_by(Report.period_date, Report.id)
    ).all()
    item = session.scalar(select(Item.id).where(Item.report_id == reports[-1]).limit(1))
    key = next(v.key for v in risk_views(session) if v.series_id == series_id)
    return Ids(series_id, reports[-1], item, key)


def build_world(url: str) -> World:
    """Seed the store, then create the users (which turns sign-in on) and an API token each."""
    engine = make_engine(url)
    seed_store(engine)
    with session_scope(engine) as s:
        rows = {r["name"]: r for r in list_series(s)}
        a_series = sorted(r["id"] for r in rows.values() if r["organisation"] == ORG_A)
        b_series = [r["id"] for r in rows.values() if r["organisation"] == ORG_B]
        a_assigned, a_other = a_series
        create_user(s, "admin", PASSWORD, "admin")
        create_user(s, "coord", PASSWORD, "coordinator", organisations=[ORG_A])
        create_user(s, "contrib", PASSWORD, "contributor", organisations=[ORG_A], series=[a_assigned])
        create_user(s, "reader", PASSWORD, "reader", organisations=[ORG_A])
        create_user(s, "nobody", PASSWORD, "reader")
        tokens = {u: create_token(s, u, "tests")[1] for u in ("admin", "coord", "contrib", "reader", "nobody")}
        world = World(url, _ids(s, a_assigned), _ids(s, b_series[0]), a_assigned, a_other, tokens)
    engine.dispose()
    return world


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> World:
    """A store for reading only (the write tests build their own)."""
    return build_world(f"sqlite:///{tmp_path_factory.mktemp('authz') / 'authz.db'}")


@pytest.fixture(scope="module")
def client(world):
    app = create_app(world.url)
    with TestClient(app) as c:
        yield c
    app.state.engine.dispose()


def bearer(world: World, user: str) -> dict[str, str]:
    return {"authorization": f"Bearer {world.tokens[user]}"}


def object_url(path: str, ids: Ids, against: int | None = None) -> str:
    """The path with one organisation's ids put in."""
    url = (
        path.replace("{series_id}", str(ids.series))
        .replace("{series_id:int}", str(ids.series))
        .replace("{report_id}", str(ids.report))
        .replace("{report_id:int}", str(ids.report))
        .replace("{item_id}", str(ids.item))
        .replace("{key}", ids.key)
        .replace("{token_id}", "1")
        .replace("{username}", "admin")
        .replace("{rule_id:int}", "1")
        .replace("{uid:int}", "1")
    )
    if path == "/api/v1/links":
        url += f"?report={ids.report}"
    return url


def body_text(response) -> str:
    """What a person could read in the response: text, or the cells of a workbook."""
    if response.headers.get("content-type", "").startswith("application/vnd.openxmlformats"):
        from openpyxl import load_workbook

        wb = load_workbook(io.BytesIO(response.content))
        return " ".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None)
    return response.text


# --- tests -----------------------------------------------------------------------------------------------


def test_every_route_is_in_a_group(client):
    routes = app_routes(client.app)
    assert routes - GROUPS == set(), "a route without an authorisation check in this file: add it to a group"
    assert GROUPS - routes == set(), "a group names a route the app no longer serves"


def test_anonymous_gets_nothing_but_the_public_routes(client, world):
    for method, path in sorted(app_routes(client.app) - PUBLIC):
        url = object_url(path, world.a)
        if path.startswith("/api/"):
            r = client.request(method, url)
            assert r.status_code == 401, (method, path, r.status_code)
        else:
            r = client.request(method, url, headers=HTML, follow_redirects=False)
            if method == "GET":
                assert r.status_code == 303 and r.headers["location"].startswith("/login"), (path, r.status_code)
            else:
                assert r.status_code in (303, 401), (method, path, r.status_code)
                assert r.status_code == 401 or r.headers["location"].startswith("/login")
    assert client.get("/api/v1/health").status_code == 200
    assert client.get("/openapi.json").status_code == 200  # the schema only: no stored data in it
    assert client.get("/login", headers=HTML).status_code == 200


def test_a_reader_may_not_write_anything(client, world):
    writes = {(m, p) for m, p in app_routes(client.app) if m != "GET"} - PUBLIC - SELF_SERVICE - ADMIN_ONLY
    assert writes == WRITES
    for method, path in sorted(writes):
        for ids in (world.a, world.b):
            r = client.request(method, object_url(path, ids), headers=bearer(world, "reader"))
            assert r.status_code == 403, (method, path, r.status_code)


@pytest.mark.parametrize("user", ["coord", "contrib", "reader", "nobody"])
def test_admin_routes_refuse_everyone_but_admins(client, world, user):
    for method, path in sorted(ADMIN_ONLY):
        form = {"action": "disable", "username": "x", "role": "admin", "password": "p" * 20, "password_again": "p" * 20}
        data = form if method == "POST" else None
        r = client.request(method, object_url(path, world.a), headers=bearer(world, user), data=data)
        assert r.status_code == 403, (user, method, path, r.status_code)
    for method, path in sorted(ADMIN_ONLY):
        if method == "GET":
            assert client.get(path, headers=bearer(world, "admin")).status_code == 200, path


@pytest.mark.parametrize("user", ["coord", "contrib", "reader"])
def test_b_objects_are_404_for_a_users_and_a_objects_open(client, world, user):
    for method, path in sorted(OBJECTS):
        r = client.request(method, object_url(path, world.b), headers=bearer(world, user))
        expected = {404, 403} if path.startswith("/submit/") else {404}  # the submit form may say 403
        assert r.status_code in expected, (user, path, r.status_code)
        assert MARK_B not in r.text, (user, path)
        mine = client.request(method, object_url(path, world.a), headers=bearer(world, user))
        if path.startswith("/submit/"):
            assert mine.status_code == (403 if user == "reader" else 200), (user, path, mine.status_code)
        else:
            assert mine.status_code == 200, (user, path, mine.status_code, mine.text[:200])
    # A diff against a report of B is refused as if that report did not exist.
    for url in (f"/api/v1/reports/{world.a.report}/diff?against={world.b.report}",):
        assert client.get(url, headers=bearer(world, user)).status_code == 404
    # The same error for a hidden id as for an id that does not exist.
    hidden = client.get(f"/api/v1/reports/{world.b.report}", headers=bearer(world, user)).json()
    missing = client.get(f"/api/v1/reports/{MAX_ID}", headers=bearer(world, user)).json()
    assert hidden["error"]["type"] == missing["error"]["type"] == "ReportNotFound"


@pytest.mark.parametrize("user", ["coord", "contrib", "reader"])
def test_lists_hold_nothing_of_b(client, world, user):
    for (method, path), query in sorted(LISTS.items()):
        plain = client.request(method, path + query.replace("series={series}", ""), headers=bearer(world, user))
        assert plain.status_code == 200, (user, path, plain.status_code)
        assert MARK_B not in body_text(plain), (user, path)
        if "{series}" in query:
            asked = client.request(method, path + query.format(series=world.b.series), headers=bearer(world, user))
            assert asked.status_code == 404, (user, path, asked.status_code)
            assert MARK_B not in asked.text
            by_name = path + query.format(series=world.b.series).replace(str(world.b.series), "x") + "x"
            assert client.request(method, by_name, headers=bearer(world, user)).status_code == 404


def test_the_admin_sees_b_in_the_same_lists(client, world):
    """The check above means something: the same lists do show B to an admin."""
    shown = {"/", "/reports", "/series", "/risks", "/risks/export.csv", "/risks/export.xlsx", "/figures", "/search"}
    shown |= {p for _, p in LISTS if p.startswith("/api/v1/") and p != "/api/v1/themes"}
    for (method, path), query in LISTS.items():
        if path in shown:
            r = client.request(method, path + query.replace("series={series}", ""), headers=bearer(world, "admin"))
            assert r.status_code == 200 and MARK_B in body_text(r), path


@pytest.mark.parametrize("fmt", ["html", "md", "json"])
def test_the_brief_of_an_a_user_is_all_a(client, world, fmt):
    r = client.get(f"/api/v1/brief?format={fmt}&charts=false", headers=bearer(world, "coord"))
    assert r.status_code == 200
    assert MARK_B not in r.text and ORG_A in r.text
    admin = client.get(f"/api/v1/brief?format={fmt}&charts=false", headers=bearer(world, "admin"))
    assert MARK_B in admin.text
    if fmt == "json":
        brief = r.json()
        names = {x["series"] for x in brief["reports"]}
        names |= {x["source"]["series"] for x in brief["risks"]} | {x["series"] for x in brief["figures"]}
        names |= {x["series"] for x in brief["missing"]}
        assert names and all(n.startswith("Northfield") for n in names), names


def test_the_dashboard_draws_only_a(client, world):
    r = client.get("/", headers={**bearer(world, "contrib"), **HTML})
    assert r.status_code == 200 and MARK_B not in r.text and "Northfield" in r.text


def test_a_user_without_organisation_sees_nothing(client, world):
    h = bearer(world, "nobody")
    assert client.get("/api/v1/series", headers=h).json()["items"] == []
    assert client.get("/api/v1/reports", headers=h).json()["total"] == 0
    assert client.get("/api/v1/search?q=staff", headers=h).json()["total"] == 0
    assert client.get("/api/v1/risks", headers=h).json()["total"] == 0
    assert client.get("/api/v1/brief?format=json", headers=h).json()["reports"] == []
    for url in ("/", "/series", "/reports"):
        page = client.get(url, headers={**h, **HTML})
        assert page.status_code == 200 and "Northfield" not in page.text and MARK_B not in page.text


@pytest.mark.parametrize("ref", [str(2**31), str(10**30), "²", "1²", "-1"])
def test_odd_series_references_are_not_found(client, world, ref):
    engine = make_engine(world.url)
    with session_scope(engine, write=False) as s, pytest.raises(SeriesNotFound):
        find_series(s, ref)
    engine.dispose()
    r = client.get(f"/api/v1/reports?series={ref}", headers=bearer(world, "admin"))
    assert r.status_code == 404


# --- writes: uploads and returns -------------------------------------------------------------------------


@pytest.fixture
def writable(tmp_path):
    world = build_world(f"sqlite:///{tmp_path / 'w.db'}")
    app = create_app(world.url)
    with TestClient(app) as c:
        yield world, c, app.state.engine
    app.state.engine.dispose()


def next_report(series_id: int) -> tuple[str, bytes]:
    """(organisation, text) of the fifth report of the generated series stored as ``series_id`` (the store
    holds four of each; seed_store ingests the series one after another, so ids follow their order)."""
    reps = list(list(iter_series(3, 5, seed=1, organisations=2))[series_id - 1])
    return reps[-1].organisation, reps[-1].render("txt")


def report_count(engine) -> int:
    with session_scope(engine, write=False) as s:
        return s.scalar(select(func.count(Report.id)))


def series_name(engine, series_id: int) -> str:
    with session_scope(engine, write=False) as s:
        return s.get(Series, series_id).name


def _upload(c: TestClient, world: World, user: str, name: str, data: bytes, **form):
    return c.post("/api/v1/upload", files={"files": (name, data)}, data=form, headers=bearer(world, user))


def test_a_contributor_uploads_only_to_the_assigned_series(writable):
    world, c, engine = writable
    before = report_count(engine)
    other_org, other = next_report(world.a_other)
    named = _upload(c, world, "contrib", "x.txt", other, series=series_name(engine, world.a_other))
    assert named.status_code == 403
    # Inferred after parsing: refused inside the transaction, so nothing is stored.
    inferred = _upload(c, world, "contrib", "x.txt", other, organisation=other_org)
    assert inferred.status_code == 403 and inferred.json()["results"][0]["http_status"] == 403
    assert report_count(engine) == before
    page = c.post(
        "/upload", files={"files": ("x.txt", other)}, data={"organisation": other_org}, headers=bearer(world, "contrib")
    )
    assert page.status_code == 403 and report_count(engine) == before
    mine_org, mine = next_report(world.a_assigned)
    ok = _upload(c, world, "contrib", "mine.txt", mine, organisation=mine_org)
    assert ok.status_code == 200 and ok.json()["stored"] == 1, ok.text
    assert report_count(engine) == before + 1
    with session_scope(engine, write=False) as s:
        stored = s.get(Report, ok.json()["results"][0]["report_ids"][0])
        assert stored.series_id == world.a_assigned and stored.ingested_by == "contrib"


def test_new_series_only_by_an_admin_or_a_coordinator_of_its_organisation(writable):
    world, c, engine = writable
    _, data = next_report(world.a_other)
    for user, org, expected in (
        ("contrib", ORG_A, 403),
        ("coord", ORG_B, 403),
        ("coord", None, 403),
        ("coord", ORG_A, 200),
    ):
        form = {"series": f"New series by {user} {org}"} | ({"organisation": org} if org else {})
        r = _upload(c, world, user, f"{user}-{org}.txt", data, **form)
        assert r.status_code == expected, (user, org, r.text)
    r = _upload(c, world, "coord", "b.txt", data, series=series_name(engine, world.b.series))
    assert r.status_code == 403  # B's series: coordinators of A may not file under it


def test_an_upload_refusal_reads_alike_for_existing_and_unknown_series(writable):
    """A series name of another organisation cannot be probed: refused as a name that exists nowhere is."""
    world, c, engine = writable
    _, data = next_report(world.a_other)
    for user, existing in (
        ("coord", series_name(engine, world.b.series)),
        ("contrib", series_name(engine, world.a_other)),
    ):
        answers = {}
        for name in (existing, "A series that exists nowhere"):
            r = _upload(c, world, user, "x.txt", data, series=name)
            assert r.status_code == 403, (user, name)
            answers[name] = r.json()["error"]["message"].replace(repr(name), "NAME")
        assert len(set(answers.values())) == 1, answers
    b_org, b_data = next_report(world.b.series)  # the series named inside the file: checked as it is stored
    inferred = _upload(c, world, "coord", "b.txt", b_data, organisation=b_org)
    assert inferred.status_code == 403
    message = inferred.json()["results"][0]["error"]
    assert message.replace(repr(series_name(engine, world.b.series)), "NAME") == f"b.txt: {answers[existing]}"


def test_a_contributor_submits_only_to_the_assigned_series_and_is_audited(writable):
    world, c, engine = writable
    h = bearer(world, "contrib")
    assert c.get(f"/submit/{world.a_other}", headers=h).status_code == 403
    assert c.get(f"/submit/{world.b.series}", headers=h).status_code == 404
    form = c.get(f"/submit/{world.a_assigned}", headers=h)
    assert form.status_code == 200
    fields = dict(re.findall(r'name="(s-\d+-(?:\d+-)?(?:text|mark|prev|key|heading|kind))" value="([^"]*)"', form.text))
    fields |= {k: v for k, v in re.findall(r'<textarea[^>]*name="(s-\d+-\d+-text)"[^>]*>([^<]*)</textarea>', form.text)}
    assert c.post(f"/submit/{world.a_other}", data={**fields, "action": "save"}, headers=h).status_code == 403
    assert c.post(f"/submit/{world.b.series}", data={**fields, "action": "save"}, headers=h).status_code == 404
    saved = c.post(f"/submit/{world.a_assigned}", data={**fields, "action": "save"}, headers=h, follow_redirects=False)
    assert saved.status_code == 303, saved.text[:300]
    draft_id = int(re.search(r"draft=(\d+)", saved.headers["location"]).group(1))
    # Another user's series cannot open this draft.
    assert c.get(f"/submit/{world.a_other}?draft={draft_id}", headers=bearer(world, "coord")).status_code == 404
    submitted = c.post(
        f"/submit/{world.a_assigned}",
        data={**fields, "draft_id": str(draft_id), "action": "submit", "period_date": "2020-05-04", "number": "99"},
        headers=h,
        follow_redirects=False,
    )
    assert submitted.status_code == 303 and submitted.headers["location"].startswith("/reports/"), submitted.text[:300]
    with session_scope(engine, write=False) as s:
        rows = audit_view.query(s, user="contrib", object_type="draft")
    assert {r["action"] for r in rows} >= {"create", "update", "submit"}
    assert all(r["object_id"] == str(draft_id) for r in rows)


# --- search: the series filter is inside the query -------------------------------------------------------


def test_search_series_filter_applies_inside_the_query(engine):
    seed_store(engine)
    with session_scope(engine, write=False) as s:
        a_ids = frozenset(r["id"] for r in list_series(s) if r["organisation"] == ORG_A)
        everything = search_items(s, "staff", SearchFilters(limit=500))
        in_a = [h for h in everything if MARK_B not in h["series"]]
        assert len(in_a) > 5 and len(in_a) < len(everything)
        hits = search_items(s, "staff", SearchFilters(limit=5, series_ids=a_ids))
        assert len(hits) == 5 and all(h["series"].startswith("Northfield") for h in hits)
        assert len(search_items(s, "staff", SearchFilters(limit=500, series_ids=a_ids))) == len(in_a)
        assert search_items(s, "staff", SearchFilters(series_ids=frozenset())) == []
