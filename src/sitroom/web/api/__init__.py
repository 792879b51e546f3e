"""The JSON API under /api/v1: one router per resource, all calling the same core functions as the CLI."""

from __future__ import annotations

from fastapi import APIRouter

from sitroom.web.api import analysis, brief, items, meta, reports, risks, search, series, upload
from sitroom.web.api.common import INVALID

# Validation errors get the app's error shape (see app.py), not FastAPI's default one.
router = APIRouter(responses=INVALID)
for module in (meta, series, reports, items, risks, analysis, search, upload, brief):
    router.include_router(module.router)
