"""Server-rendered pages, one module per area of the app."""

from __future__ import annotations

from fastapi import APIRouter


def routers() -> list[APIRouter]:
    """The page routers, in the order they are mounted."""
    from sitroom.web.pages import dashboard

    return [dashboard.router]
