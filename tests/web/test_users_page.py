"""The accounts page: admins add accounts and change them from the browser, with the CLI's rules and audit."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from sitroom.accounts.users import list_users
from sitroom.store import session_scope
from sitroom.views import audit as audit_view
from sitroom.web import create_app

from .conftest import seed_store
from .test_auth import HTML, PASSWORD, csrf_of, login


@pytest.fixture
def site(db_url):
    """A test client on a fresh app (SQLite and PostgreSQL), and its engine."""
    app = create_app(db_url)
    with TestClient(app) as c:
        yield c, app.state.engine
    app.state.engine.dispose()


def _form_token(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def _users(engine) -> dict[str, dict]:
    with session_scope(engine, write=False) as s:
        return {u["username"]: u for u in list_users(s)}


def _add(client, token: str, **fields):
    form = {"csrf_token": token, "password": PASSWORD, "password_again": PASSWORD, "organisations": ""} | fields
    return client.post("/admin/users", data=form, headers=HTML, follow_redirects=False)


def test_the_first_account_must_be_an_admin_and_turns_sign_in_on(site):
    client, engine = site
    page = client.get("/admin/users", headers=HTML)
    assert page.status_code == 200 and "single-user mode" in page.text
    token = _form_token(page.text)
    refused = _add(client, token, username="bob", role="reader")
    assert refused.status_code == 422 and "must be an admin" in refused.text
    assert _users(engine) == {}
    short = _add(client, token, username="root", role="admin", password="short", password_again="short")
    assert short.status_code == 422 and "at least 12 characters" in short.text
    made = _add(client, token, username="root", role="admin")
    assert made.status_code == 303 and made.headers["location"] == "/login?next=/admin/users"
    assert client.get("/admin/users", headers=HTML, follow_redirects=False).status_code == 303  # sign-in is on


def test_an_admin_adds_changes_and_disables_accounts_all_audited(site):
    client, engine = site
    seed_store(engine, series=2, reports=1)
    token = _form_token(client.get("/admin/users", headers=HTML).text)
    _add(client, token, username="root", role="admin")
    assert login(client, "root").status_code == 303
    token = csrf_of(client)
    page = client.get("/admin/users", headers=HTML)
    assert page.status_code == 200 and "root" in page.text
    series_ids = [int(v) for v in re.findall(r'<option value="(\d+)"', page.text.split("Add an account")[1])]
    made = _add(
        client, token, username="carol", role="contributor", organisations="Org A, Org B", series=series_ids[:1]
    )
    assert made.status_code == 303 and "Added" in client.get(made.headers["location"], headers=HTML).text
    carol = _users(engine)["carol"]
    assert carol["role"] == "contributor" and carol["organisations"] == ["Org A", "Org B"] and len(carol["series"]) == 1
    assert _add(client, token, username="carol", role="reader").status_code == 409  # the name is taken

    def change(**form):
        data = {"csrf_token": token} | form
        return client.post("/admin/users/carol", data=data, headers=HTML, follow_redirects=False)

    assert change(action="role", role="coordinator").status_code == 303
    assert change(action="assign", organisations="Org C", series=[]).status_code == 303
    assert change(action="disable").status_code == 303
    assert change(action="password", password="short").status_code == 422
    assert change(action="password", password="a much longer new password").status_code == 303
    assert change(action="fly").status_code == 400
    carol = _users(engine)["carol"]
    assert carol["role"] == "coordinator" and carol["organisations"] == ["Org C"] and carol["series"] == []
    assert carol["disabled"]
    # The last enabled admin can be neither demoted nor disabled.
    last = client.post("/admin/users/root", data={"csrf_token": token, "action": "disable"}, headers=HTML)
    assert last.status_code == 409 and "last enabled admin" in last.text
    with session_scope(engine, write=False) as s:
        actions = [r["action"] for r in audit_view.query(s, user="root")]
    for action in ("create", "role_change", "update", "disable", "password_change"):
        assert action in actions, action


def test_only_admins_reach_the_accounts_page(site):
    client, engine = site
    token = _form_token(client.get("/admin/users", headers=HTML).text)
    _add(client, token, username="root", role="admin")
    login(client, "root")
    _add(client, csrf_of(client), username="coord", role="coordinator", organisations="Org A")
    client.post("/logout", data={"csrf_token": csrf_of(client)}, headers=HTML)
    assert login(client, "coord").status_code == 303
    assert client.get("/admin/users", headers=HTML).status_code == 403
    token = csrf_of(client)
    refused = client.post(
        "/admin/users",
        data={"csrf_token": token, "username": "x", "role": "admin", "password": PASSWORD, "password_again": PASSWORD},
        headers=HTML,
    )
    assert refused.status_code == 403 and "x" not in _users(engine)
    assert client.post("/admin/users/root", data={"csrf_token": token, "action": "disable"}).status_code == 403
    assert not _users(engine)["root"]["disabled"]
