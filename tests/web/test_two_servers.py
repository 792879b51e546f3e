"""Two `sitroom serve` processes on two ports and one PostgreSQL, as two hosts of a web tier would be: what
one writes, the other shows at once — sign-in, an upload (through its cached dashboard), a lockout and a
sign-out — because sessions, sign-in limits and the caches' invalidation live in the database."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import text

from sitroom.accounts.login import MAX_FAILURES
from sitroom.accounts.users import create_user
from sitroom.store import make_engine, session_scope
from sitroom.web.auth import COOKIE

from .served import served
from .test_auth import HTML, PASSWORD

SITREP = """Eastmoor Council – Highways Sitrep No. {n} – as of {d} March 2021

KEY ISSUES

• {k} gritting routes treated overnight.
• Pothole backlog at {p} reports.

RISKS

• Salt stocks may run short if the cold spell continues.
"""


@pytest.fixture
def pg_url(pg_admin) -> Iterator[str]:
    name = f"sitroom_test_{uuid.uuid4().hex[:12]}"
    with pg_admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield pg_admin.url.set(database=name).render_as_string(hide_password=False)
    with pg_admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def _sign_in(base: str, user: str, password: str = PASSWORD) -> httpx.Response:
    with httpx.Client(base_url=base, timeout=20) as browser:
        token = re.search(r'name="csrf_token" value="([^"]+)"', browser.get("/login", headers=HTML).text).group(1)
        form = {"username": user, "password": password, "csrf_token": token, "next": "/"}
        answer = browser.post("/login", data=form, headers=HTML)
        answer.extensions["cookie"] = browser.cookies.get(COOKIE)
        return answer


def _csrf(client: httpx.Client) -> str:
    return re.search(r'"X-CSRF-Token": "([^"]+)"', client.get("/account", headers=HTML).text).group(1)


def test_what_one_server_writes_the_other_shows_at_once(pg_url):
    engine = make_engine(pg_url)
    with session_scope(engine) as s:
        create_user(s, "root", PASSWORD, "admin")
        create_user(s, "ann", PASSWORD, "coordinator", organisations=["Eastmoor"])
    engine.dispose()
    with served(pg_url) as a, served(pg_url) as b:
        signed_in = _sign_in(a, "root")
        assert signed_in.status_code == 303
        cookies = {COOKIE: signed_in.extensions["cookie"]}
        with (
            httpx.Client(base_url=a, cookies=cookies, timeout=60) as at_a,
            httpx.Client(base_url=b, cookies=cookies, timeout=60) as at_b,
        ):
            # The session made by A is known to B.
            assert at_b.get("/api/v1/series").status_code == 200
            # B computes (and caches) its dashboard before A stores anything.
            assert "Highways Sitrep" not in at_b.get("/", headers=HTML).text
            body = SITREP.format(n=1, d=3, k=41, p=220).encode()
            upload = at_a.post(
                "/api/v1/upload",
                files={"files": ("highways-1.txt", body, "text/plain")},
                headers={"x-csrf-token": _csrf(at_a)},
            )
            assert upload.status_code == 200, upload.text
            [stored] = upload.json()["results"]
            assert stored["status"] == "stored"
            # B shows it at once: in the API and in its cached dashboard.
            reports = at_b.get("/api/v1/reports").json()
            assert [r["id"] for r in reports["items"]] == stored["report_ids"]
            assert "Highways Sitrep" in at_b.get("/", headers=HTML).text

            # A lockout earned at A holds at B: the right password is refused there too.
            for _ in range(MAX_FAILURES):
                assert _sign_in(a, "ann", "not the password").status_code != 303
            assert _sign_in(b, "ann").status_code != 303

            # Signing out at A ends the session at B.
            assert at_a.post("/logout", headers={**HTML, "x-csrf-token": _csrf(at_a)}).status_code == 303
            assert at_b.get("/api/v1/series").status_code == 401
