"""API health and version."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel
from sqlalchemy import text

from sitroom import __version__
from sitroom.web.deps import ReadSession

router = APIRouter(tags=["meta"])


class Health(BaseModel):
    status: str
    version: str
    database: str


@router.get("/health", response_model=Health)
def health(session: ReadSession) -> Health:
    """Whether the app can reach its database."""
    session.execute(text("SELECT 1"))
    return Health(status="ok", version=__version__, database=session.get_bind().dialect.name)
