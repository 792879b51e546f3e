"""An upload whose client has gone is not worked on: the files not yet started are left alone.

The request is driven through the ASGI interface itself, as a server does: the body, then the
``http.disconnect`` message a server sends when the client closes its connection.
"""

from __future__ import annotations

import asyncio
import re

import httpx
from sqlalchemy import func, select

from sitroom.generate import iter_series
from sitroom.store import session_scope
from sitroom.store.tables import Report


def _request(files: list[tuple[str, bytes]], path: str = "/api/v1/upload", **headers: str) -> httpx.Request:
    return httpx.Request("POST", f"http://testserver{path}", files=[("files", f) for f in files], headers=headers)


async def _send(app, request: httpx.Request, client_leaves: bool) -> list[dict]:
    body = request.read()
    delivered = False

    async def receive() -> dict:
        nonlocal delivered
        if not delivered:
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}
        if client_leaves:
            return {"type": "http.disconnect"}
        await asyncio.Event().wait()  # a client still waiting for the answer
        raise AssertionError("unreachable")

    sent: list[dict] = []

    async def send(message: dict) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": request.url.path,
        "raw_path": request.url.raw_path,
        "query_string": b"",
        "root_path": "",
        "headers": [(k.lower().encode(), v.encode()) for k, v in request.headers.items()],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
    }
    await app(scope, receive, send)
    return sent


def _stored(app) -> int:
    with session_scope(app.state.engine, write=False) as session:
        return session.scalar(select(func.count(Report.id)))


def _files() -> list[tuple[str, bytes]]:
    reports = next(iter(iter_series(1, 3, seed=5, organisations=1)))
    return [(f"sitrep-{r.number}.txt", r.render("txt")) for r in reports]


def test_files_are_not_ingested_once_the_client_has_gone(fresh_client):
    files = _files()
    app = fresh_client.app
    fresh_client.portal.call(_send, app, _request(files), True)
    assert _stored(app) == 0
    # The same request from a client that stays: every file is stored.
    sent = fresh_client.portal.call(_send, app, _request(files), False)
    assert sent[0]["status"] == 200
    assert _stored(app) == 3


def test_the_upload_page_leaves_the_files_alone_once_the_client_has_gone(fresh_client):
    page = fresh_client.get("/upload")
    token = re.search(r'name="csrf_token" value="([^"]*)"', page.text).group(1)
    cookie = "; ".join(f"{k}={v}" for k, v in fresh_client.cookies.items())
    request = _request(_files(), "/upload", cookie=cookie, **{"x-csrf-token": token, "accept": "text/html"})
    app = fresh_client.app
    fresh_client.portal.call(_send, app, request, True)
    assert _stored(app) == 0
    sent = fresh_client.portal.call(_send, app, request, False)
    assert sent[0]["status"] == 200
    assert _stored(app) == 3
