"""The Mail page: admins list, add, edit and delete sender rules (SQLite and PostgreSQL), with errors
shown, CSRF checked, audited; others are refused. Held messages need a mailbox (tests/mail)."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from sitroom.accounts.users import create_user
from sitroom.mail.rulestore import read_rules
from sitroom.store import session_scope
from sitroom.views import audit as audit_view
from sitroom.web import create_app

from .test_auth import HTML, PASSWORD, csrf_of, login


@pytest.fixture
def site(db_url, monkeypatch):
    monkeypatch.delenv("SITROOM_IMAP_HOST", raising=False)
    app = create_app(db_url)
    with TestClient(app) as c:
        yield c, app.state.engine
    app.state.engine.dispose()


def _token(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def _rules(engine) -> dict[str, tuple[str, str | None]]:
    with session_scope(engine, write=False) as s:
        return {r.match: (r.organisation, r.series) for r in read_rules(s).senders}


def test_an_admin_adds_edits_and_deletes_rules_with_errors_shown(site):
    client, engine = site
    page = client.get("/admin/mail", headers=HTML)
    assert page.status_code == 200 and "No sender rules yet" in page.text
    assert "SITROOM_IMAP_HOST" in page.text  # held messages: the page says why it cannot list them
    token = _token(page.text)
    add = {"csrf_token": token, "match": "Duty@North.example", "organisation": "North Council", "series": ""}
    made = client.post("/admin/mail/rules", data=add, headers=HTML, follow_redirects=False)
    assert made.status_code == 303
    shown = client.get(made.headers["location"], headers=HTML).text
    assert "Added the rule for duty@north.example" in shown and 'value="duty@north.example"' in shown
    assert _rules(engine) == {"duty@north.example": ("North Council", None)}

    bad = client.post("/admin/mail/rules", data=add | {"match": "nobody here"}, headers=HTML)
    assert bad.status_code == 422 and "must be an address or @domain" in bad.text
    assert 'value="nobody here"' in bad.text  # what was typed stays in the form
    taken = client.post("/admin/mail/rules", data=add | {"organisation": "Other"}, headers=HTML)
    assert taken.status_code == 409 and "exists already" in taken.text
    empty = client.post("/admin/mail/rules", data=add | {"match": "@east.example", "organisation": " "}, headers=HTML)
    assert empty.status_code == 422 and "organisation" in empty.text
    assert list(_rules(engine)) == ["duty@north.example"]

    rule_id = re.search(r'action="/admin/mail/rules/(\d+)"', shown).group(1)
    edit = {"csrf_token": token, "action": "save", "match": "@north.example", "organisation": "North Council",
            "series": "North weekly"}  # fmt: skip
    saved = client.post(f"/admin/mail/rules/{rule_id}", data=edit, headers=HTML, follow_redirects=False)
    assert saved.status_code == 303 and _rules(engine) == {"@north.example": ("North Council", "North weekly")}
    blank = client.post(f"/admin/mail/rules/{rule_id}", data=edit | {"match": ""}, headers=HTML)
    assert blank.status_code == 422 and "match" in blank.text
    gone = client.post(f"/admin/mail/rules/{rule_id}", data={"csrf_token": token, "action": "delete"}, headers=HTML)
    assert gone.status_code == 200 and "Deleted the rule for @north.example" in gone.text and _rules(engine) == {}
    missing = client.post("/admin/mail/rules/999999", data={"csrf_token": token, "action": "delete"}, headers=HTML)
    assert missing.status_code == 404

    with session_scope(engine, write=False) as s:
        trail = [(a["action"], a["object_type"]) for a in audit_view.query(s, object_type="mail_rule")]
    assert trail == [("delete", "mail_rule"), ("update", "mail_rule"), ("create", "mail_rule")]


def test_csrf_and_roles_guard_the_rules(site):
    client, engine = site
    forged = client.post("/admin/mail/rules", data={"match": "a@b.example", "organisation": "A"}, headers=HTML)
    assert forged.status_code == 403 and _rules(engine) == {}
    with session_scope(engine) as s:
        create_user(s, "root", PASSWORD, "admin")
        create_user(s, "coord", PASSWORD, "coordinator", organisations=["Org A"])
    client.app.state.auth_on = True  # as the Accounts page does; made here, the app would notice within a second
    assert login(client, "coord").status_code == 303
    assert client.get("/admin/mail", headers=HTML).status_code == 403
    form = {"csrf_token": csrf_of(client), "match": "a@b.example", "organisation": "A"}
    assert client.post("/admin/mail/rules", data=form, headers=HTML).status_code == 403
    assert 'href="/admin/mail"' not in client.get("/", headers=HTML).text
    client.post("/logout", data={"csrf_token": csrf_of(client)}, headers=HTML)
    assert login(client, "root").status_code == 303
    assert 'href="/admin/mail"' in client.get("/", headers=HTML).text
    form["csrf_token"] = csrf_of(client)
    assert client.post("/admin/mail/rules", data=form, headers=HTML, follow_redirects=False).status_code == 303
    with session_scope(engine, write=False) as s:
        assert audit_view.query(s, object_type="mail_rule")[0]["user"] == "root"
