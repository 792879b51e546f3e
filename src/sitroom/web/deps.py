"""Request dependencies shared by pages and API: database sessions and template rendering."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from sitroom.store import session_scope


def get_engine(request: Request) -> Engine:
    """The engine of the app serving this request."""
    return request.app.state.engine


def read_session(request: Request) -> Iterator[Session]:
    """A read-only session for the request."""
    with session_scope(request.app.state.engine, write=False) as session:
        yield session


def write_session(request: Request) -> Iterator[Session]:
    """A write session for the request: committed when the route returns, rolled back if it raises."""
    with session_scope(request.app.state.engine, write=True) as session:
        yield session


ReadSession = Annotated[Session, Depends(read_session)]
WriteSession = Annotated[Session, Depends(write_session)]
EngineDep = Annotated[Engine, Depends(get_engine)]


def render(request: Request, name: str, context: dict[str, Any] | None = None, status_code: int = 200) -> HTMLResponse:
    """Render the page template ``name`` with ``context``; templates always get ``request`` and ``nav``."""
    templates = request.app.state.templates
    return templates.TemplateResponse(request, name, context or {}, status_code=status_code)


def is_htmx(request: Request) -> bool:
    """Whether the request comes from htmx (the page then answers with a fragment)."""
    return request.headers.get("hx-request") == "true"
