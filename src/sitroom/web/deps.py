"""Request dependencies shared by pages and API: database sessions and template rendering."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from sitroom.store import session_scope

T = TypeVar("T")


# Dependencies that do no blocking work are ``async def``: FastAPI runs a plain ``def`` dependency in a
# worker thread, and each hop there and back costs more than the work of a cheap page's query.


async def get_engine(request: Request) -> Engine:
    """The engine of the app serving this request."""
    return request.app.state.engine


async def read_session(request: Request) -> AsyncIterator[Session]:
    """A read-only session for the request.

    Opened and closed on the event loop rather than in a worker thread: a session connects only when
    the route (in its worker thread) first queries, and ending a read-only transaction never waits for a
    lock, so neither end blocks. Write sessions may wait for SQLite's write lock and stay threaded.
    """
    with session_scope(request.app.state.engine, write=False) as session:
        yield session


def write_session(request: Request) -> Iterator[Session]:
    """A write session for the request: committed when the route returns, rolled back if it raises."""
    with session_scope(request.app.state.engine, write=True) as session:
        yield session


ReadSession = Annotated[Session, Depends(read_session)]
# Committed before the answer is sent, not after: a client told "signed out" or "saved" may ask another
# server process (or host) next, which must see the change at once.
WriteSession = Annotated[Session, Depends(write_session, scope="function")]
EngineDep = Annotated[Engine, Depends(get_engine)]


def render(request: Request, name: str, context: dict[str, Any] | None = None, status_code: int = 200) -> HTMLResponse:
    """Render the page template ``name`` with ``context``; templates always get ``request`` and ``nav``."""
    templates = request.app.state.templates
    return templates.TemplateResponse(request, name, context or {}, status_code=status_code)


def is_htmx(request: Request) -> bool:
    """Whether the request comes from htmx (the page then answers with a fragment)."""
    return request.headers.get("hx-request") == "true"


def cached(request: Request, session: Session, key: tuple, compute: Callable[[], T]) -> T:
    """``compute()`` cached in the app's view cache under ``key`` while the store is unchanged
    (see web/cache.py); ``key`` must hold everything the result depends on, the reader's series included."""
    from sitroom.store.version import store_version

    return request.app.state.views.get(key, store_version(session), compute)


def ids_key(ids) -> frozenset[int] | None:
    """A reader's visible series as a cache-key part (None: every series)."""
    return None if ids is None else frozenset(ids)


def series_menu_key(ids) -> tuple:
    """The view-cache key of the series menu of a reader seeing ``ids``."""
    return ("series", ids_key(ids))


def series_menu(request: Request, session: Session, ids) -> list[dict]:
    """The series a reader may see, with their counts, for filter menus (cached: it counts every report)."""
    from sitroom.views.serieslist import list_series

    return cached(request, session, series_menu_key(ids), lambda: list_series(session, ids))
