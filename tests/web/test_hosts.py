"""DNS rebinding: which Host headers the server answers, in single-user mode and with sign-in on."""

from __future__ import annotations

import httpx
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from sitroom.accounts.users import create_user
from sitroom.cli import app as cli
from sitroom.settings import host_list, web_settings
from sitroom.store import make_engine, session_scope
from sitroom.web import create_app
from sitroom.web.hosts import host_listed

from .conftest import CHROMIUM, LiveServer, seed_store

SITREP = b"Sitrep No. 1 - as of 1 April 2020\n\nKEY ISSUES\n\n- Staffing is stable.\n"


@pytest.fixture
def single_user(tmp_path, monkeypatch):
    """A live server in single-user mode (no accounts) on a seeded store, with no allowed hosts configured."""
    monkeypatch.delenv("SITROOM_ALLOWED_HOSTS")  # what `serve` without --allowed-host gives
    url = f"sqlite:///{tmp_path / 'single.db'}"
    engine = make_engine(url)
    seed_store(engine, series=1, reports=2)
    engine.dispose()
    with LiveServer(url) as server:
        yield server


def _count(server: LiveServer) -> int:
    from sqlalchemy import func, select

    from sitroom.store.tables import Report

    with session_scope(server.app.state.engine, write=False) as s:
        return s.scalar(select(func.count()).select_from(Report))


def test_single_user_mode_answers_only_loopback_host_names(single_user):
    port = single_user.port
    for host in ("127.0.0.1", "localhost", "[::1]", f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}"):
        r = httpx.get(f"{single_user.url}/api/v1/reports", headers={"host": host})
        assert r.status_code == 200 and r.json()["items"], host
    for host in (f"rebind.example:{port}", "rebind.example", "127.0.0.1.nip.io", "localhost.evil.example", ""):
        r = httpx.get(f"{single_user.url}/api/v1/reports", headers={"host": host})
        assert r.status_code == 400 and r.json()["error"]["type"] == "InvalidHost", host
    before = _count(single_user)
    evil = {"host": f"rebind.example:{port}", "origin": f"http://rebind.example:{port}"}
    assert httpx.get(f"{single_user.url}/upload", headers={**evil, "accept": "text/html"}).status_code == 400
    up = httpx.post(f"{single_user.url}/api/v1/upload", files={"files": ("s.txt", SITREP)}, headers=evil)
    assert up.status_code == 400 and _count(single_user) == before


def test_a_rebound_page_in_a_real_browser_reads_nothing(single_user, browser):
    """Chromium resolves rebind.test to 127.0.0.1, as DNS rebinding makes it: the page is same-origin with
    the API, and only the Host check stands between it and the reports."""
    rebinding = browser.browser_type.launch(
        executable_path=CHROMIUM,
        headless=True,
        args=["--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP rebind.test 127.0.0.1"],
    )
    try:
        page = rebinding.new_page()
        home = page.goto(f"http://rebind.test:{single_user.port}/api/v1/health")
        assert home.status == 400
        answer = page.evaluate("fetch('/api/v1/reports').then(r => r.text().then(t => [r.status, t]))")
        assert answer[0] == 400 and '"items"' not in answer[1]
        own = page.goto(f"http://localhost:{single_user.port}/api/v1/reports")
        assert own.status == 200 and own.json()["items"]
    finally:
        rebinding.close()


def test_with_sign_in_on_any_host_is_answered_unless_hosts_are_configured(db_url):
    open_app = create_app(db_url, allowed_hosts=())
    with session_scope(open_app.state.engine) as s:
        create_user(s, "root", "correct horse battery staple", "admin")
    with TestClient(open_app, base_url="http://sitroom.internal") as c:
        assert c.get("/api/v1/reports").status_code == 401  # answered: the cookie-less page gets nothing
    listed = create_app(db_url, allowed_hosts=["sitroom.example.org", "*.teams.example.org"])
    for host, status in [
        ("sitroom.example.org", 401),
        ("SITROOM.example.org:8443", 401),
        ("north.teams.example.org", 401),
        ("localhost:8000", 401),
        ("sitroom.internal", 400),
        ("teams.example.org.evil.example", 400),
    ]:
        with TestClient(listed, base_url=f"http://{host}") as c:
            assert c.get("/api/v1/reports").status_code == status, host
    for app in (open_app, listed):
        app.state.engine.dispose()


def test_configured_hosts_are_also_answered_in_single_user_mode(tmp_path):
    app = create_app(f"sqlite:///{tmp_path / 'l.db'}", allowed_hosts=["desk.example.org"])
    with TestClient(app, base_url="http://desk.example.org") as c:
        assert c.get("/api/v1/reports").status_code == 200
    with TestClient(app, base_url="http://other.example.org") as c:
        assert c.get("/api/v1/reports").status_code == 400
    app.state.engine.dispose()


def test_host_lists_from_options_and_the_environment():
    assert host_list(["A.example.org:8000, b.example.org", " [::1]:80 ", "::2", ""]) == (
        "a.example.org",
        "b.example.org",
        "[::1]",
        "[::2]",
    )
    assert web_settings({"SITROOM_ALLOWED_HOSTS": "x.example.org y.example.org"}).allowed_hosts == (
        "x.example.org",
        "y.example.org",
    )
    assert web_settings({}).allowed_hosts == ()
    assert host_listed("a.b.example.org", ("*.example.org",)) and not host_listed("example.org", ("*.example.org",))


def test_serve_passes_allowed_hosts_from_options_or_the_environment(tmp_path, monkeypatch):
    import uvicorn

    apps = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: apps.append(app))
    for name in ("SITROOM_DB", "SITROOM_MAX_UPLOAD_MB", "SITROOM_ALLOWED_HOSTS"):
        monkeypatch.delenv(name, raising=False)  # `serve --workers` sets them for its workers: restored after
    db = f"sqlite:///{tmp_path / 's.db'}"
    runner = CliRunner()
    r = runner.invoke(cli, ["serve", "--db", db, "--allowed-host", "a.example.org", "--allowed-host", "b.example.org"])
    assert r.exit_code == 0, r.output
    assert apps[-1].state.settings.allowed_hosts == ("a.example.org", "b.example.org")
    monkeypatch.setenv("SITROOM_ALLOWED_HOSTS", "c.example.org")
    assert runner.invoke(cli, ["serve", "--db", db]).exit_code == 0
    assert apps[-1].state.settings.allowed_hosts == ("c.example.org",)
    r = runner.invoke(cli, ["serve", "--db", db, "--workers", "2", "--allowed-host", "d.example.org"])
    assert r.exit_code == 0 and apps[-1] == "sitroom.web.app:app_from_env"
    import os

    assert os.environ["SITROOM_ALLOWED_HOSTS"] == "d.example.org"  # what each worker reads
    for app in apps:
        if not isinstance(app, str):
            app.state.engine.dispose()
