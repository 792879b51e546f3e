"""The JSON API under /api/v1: one router per resource, all calling the same core functions as the CLI."""

from __future__ import annotations

from fastapi import APIRouter

from sitroom.web.api import meta

router = APIRouter()
router.include_router(meta.router)
