"""Web fixtures: an app on a generated store, a live server, and real headless Chromium.

Browser tests need Debian's ``chromium`` at /usr/bin/chromium; they skip without it, except in CI
(``CI`` set), where a missing browser fails the run.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sitroom.generate import iter_series
from sitroom.ingest import IngestOptions, ingest_bytes
from sitroom.store import make_engine
from sitroom.web import create_app

CHROMIUM = os.environ.get("SITROOM_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "web"


def seed_store(engine, series: int = 3, reports: int = 4, formats: tuple[str, ...] = ("txt",)) -> int:
    """Ingest ``reports`` generated weekly reports of ``series`` series of two councils; returns the count."""
    n = 0
    for it in iter_series(series, reports, seed=1, organisations=2):
        for k, rep in enumerate(it):
            fmt = formats[k % len(formats)]
            name = f"{rep.series.replace('/', '-')}-{rep.number}.{fmt}"
            ingest_bytes(engine, rep.render(fmt), name, IngestOptions(organisation=rep.organisation))
            n += 1
    return n


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory) -> str:
    """URL of a SQLite store holding 3 series × 4 weekly reports; shared, so tests must not write to it."""
    path = tmp_path_factory.mktemp("web") / "seeded.db"
    engine = make_engine(f"sqlite:///{path}")
    seed_store(engine)
    engine.dispose()
    return f"sqlite:///{path}"


@pytest.fixture(scope="session")
def client(seeded_db) -> Iterator[TestClient]:
    """A test client on the shared seeded store (read-only use)."""
    app = create_app(seeded_db)
    with TestClient(app) as c:
        yield c
    app.state.engine.dispose()


@pytest.fixture
def fresh_client(db_url) -> Iterator[TestClient]:
    """A test client on a fresh empty store, on SQLite and on PostgreSQL (tests may write)."""
    app = create_app(db_url)
    with TestClient(app) as c:
        yield c
    app.state.engine.dispose()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """The app served by Uvicorn in a background thread on a free loopback port."""

    def __init__(self, db: str) -> None:
        import uvicorn

        self.app = create_app(db)
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 15
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.app.state.engine.dispose()


@pytest.fixture
def live_server(tmp_path) -> Iterator[LiveServer]:
    """A live server on a fresh SQLite store of its own (tests may write)."""
    with LiveServer(f"sqlite:///{tmp_path / 'live.db'}") as server:
        yield server


@pytest.fixture
def seeded_server(tmp_path) -> Iterator[LiveServer]:
    """A live server on a fresh SQLite store seeded with 3 series × 4 reports (tests may write)."""
    url = f"sqlite:///{tmp_path / 'live.db'}"
    engine = make_engine(url)
    seed_store(engine)
    engine.dispose()
    with LiveServer(url) as server:
        yield server


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium driven by Playwright."""
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        if os.environ.get("CI"):
            pytest.fail(f"Chromium not found at {CHROMIUM}: CI must install Debian's chromium")
        pytest.skip(f"Chromium not found at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A desktop-sized page; console errors (a CSP violation, say) fail the test."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    yield pg
    context.close()
    assert not errors, f"browser console errors: {errors}"


@pytest.fixture
def phone(browser):
    """A 390-px-wide phone page."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    pg = context.new_page()
    yield pg
    context.close()


@pytest.fixture
def screenshot():
    """``screenshot(page, name)`` saves a full-page PNG under tests/artifacts/web/ for a person to look at."""

    def take(pg, name: str) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        pg.screenshot(path=str(path), full_page=True)
        return path

    return take
