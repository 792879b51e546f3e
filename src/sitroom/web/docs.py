"""API documentation pages, /docs (Swagger UI) and /redoc (ReDoc), that work offline.

Their scripts and styles come from the installed ``fastapi-offline`` package (no CDN), and the pages
hold no inline script, so the app's Content-Security-Policy (``script-src 'self'``) holds for them too:
Swagger UI is started by static/swagger-init.js.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from sitroom.web.security import CSP

ASSETS = "/docs-assets"
# ReDoc runs its search in a worker it builds from a blob; still no inline script and nothing remote.
# (Its "by Redocly" logo points at a CDN: img-src keeps it blocked, the page works without it.)
REDOC_CSP = CSP + "; worker-src 'self' blob:"


def _assets_dir() -> Path:
    import fastapi_offline

    return Path(fastapi_offline.__file__).parent / "static"


def install(app: FastAPI, title: str) -> None:
    """Mount the assets and add /docs and /redoc (outside the routers: like /openapi.json, they describe
    the API and hold no stored data)."""
    app.mount(ASSETS, StaticFiles(directory=_assets_dir()), name="docs-assets")
    name = escape(title)

    @app.get("/docs", include_in_schema=False)
    async def swagger_ui() -> HTMLResponse:
        return HTMLResponse(
            f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{name} API</title>
<link rel="stylesheet" href="{ASSETS}/swagger-ui.css"><link rel="icon" href="{ASSETS}/favicon.png"></head>
<body><div id="swagger-ui" data-openapi-url="/openapi.json"></div>
<script src="{ASSETS}/swagger-ui-bundle.js"></script>
<script src="/static/swagger-init.js"></script></body></html>"""
        )

    @app.get("/redoc", include_in_schema=False)
    async def redoc() -> HTMLResponse:
        return HTMLResponse(
            f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{name} API</title>
<link rel="icon" href="{ASSETS}/favicon.png"></head>
<body><redoc spec-url="/openapi.json"></redoc>
<script src="{ASSETS}/redoc.standalone.js"></script></body></html>""",
            headers={"Content-Security-Policy": REDOC_CSP},
        )
