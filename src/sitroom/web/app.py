"""The FastAPI application factory."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy.engine import Engine
from starlette.exceptions import HTTPException as StarletteHTTPException

from sitroom import __version__
from sitroom.display import mb_to_bytes
from sitroom.errors import SitroomError
from sitroom.settings import host_list, web_settings
from sitroom.store import make_engine
from sitroom.web import api, auth, docs, pages
from sitroom.web.cache import ViewCache
from sitroom.web.filters import register_filters
from sitroom.web.hosts import AllowedHosts
from sitroom.web.params import refuse_nul
from sitroom.web.security import SecurityHeaders
from sitroom.web.warm import warm_views

HERE = Path(__file__).parent
API_PREFIX = "/api/v1"


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    if app.state.warm:
        # In the background: the server answers at once, and the first visitor finds the dashboard ready.
        app.state.warm_thread = threading.Thread(target=warm_views, args=(app,), name="sitroom-warm", daemon=True)
        app.state.warm_thread.start()
    yield


def create_app(
    db: str | Engine | None = None,
    *,
    max_upload_mb: float | None = None,
    warm: bool = False,
    allowed_hosts: Iterable[str] | None = None,
) -> FastAPI:
    """A web app serving the database ``db`` (a URL or an engine; default: ``SITROOM_DB`` or ./sitroom.db).

    ``max_upload_mb`` and ``allowed_hosts`` (see web/hosts.py) default to the environment's settings
    (sitroom.settings). ``warm``: compute the expensive views (the dashboard of the newest cycle) as
    the server starts, not on its first visitor's request.
    """
    settings = web_settings()
    if max_upload_mb is not None:
        settings = replace(settings, max_upload_mb=max_upload_mb)
    if allowed_hosts is not None:
        settings = replace(settings, allowed_hosts=host_list(allowed_hosts))
    engine = db if isinstance(db, Engine) else make_engine(db)
    app = FastAPI(
        lifespan=_lifespan,
        title="sitroom",
        version=__version__,
        description="Situation reports as one tracked, searchable, consolidated picture.",
        # The schema stays open even with sign-in on: it describes the API and holds no stored data, and
        # FastAPI serves it outside the routers, so the auth guard never runs on it (deliberately).
        openapi_url="/openapi.json",
        docs_url=None,  # FastAPI's own pages load from a CDN: web/docs.py serves them from installed files
        redoc_url=None,
    )
    app.state.engine = engine
    app.state.settings = settings
    app.state.max_upload_bytes = mb_to_bytes(settings.max_upload_mb)
    app.state.views = ViewCache()
    app.state.warm = warm
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    # Starlette's default escapes only *.html names; ours end in .j2, and sitreps may carry markup.
    templates.env.autoescape = True
    register_filters(templates.env)
    templates.env.globals["version"] = __version__
    app.state.templates = templates
    app.add_middleware(SecurityHeaders)
    auth.install(app)  # before the routers: its guard dependency is copied into each route as it is included
    app.add_middleware(AllowedHosts, allowed=settings.allowed_hosts)  # outermost: a refused host reaches nothing
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    docs.install(app, "sitroom")
    app.include_router(api.router, prefix=API_PREFIX)
    for router in pages.routers():
        # The API declares a pattern on each text parameter instead (a 422 in its documented form).
        app.include_router(router, dependencies=[Depends(refuse_nul)])
    _error_handlers(app)
    return app


def app_from_env() -> FastAPI:
    """The app for ``SITROOM_DB`` and the environment's settings, for servers that start one app per worker
    process (``serve --workers``)."""
    return create_app(None, warm=True)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith(API_PREFIX) or "text/html" not in request.headers.get("accept", "")


def _error_response(request: Request, status: int, message: str, kind: str) -> Response:
    if _wants_json(request):
        return JSONResponse({"error": {"type": kind, "message": message}}, status_code=status)
    return request.app.state.templates.TemplateResponse(
        request, "error.html.j2", {"status": status, "message": message}, status_code=status
    )


def _error_handlers(app: FastAPI) -> None:
    # Core errors are typed; their HTTP status is decided by the error class, here, once.
    @app.exception_handler(SitroomError)
    async def _sitroom_error(request: Request, exc: SitroomError) -> Response:
        return _error_response(request, exc.http_status, str(exc), type(exc).__name__)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        response = _error_response(request, exc.status_code, str(exc.detail), "HTTPException")
        for k, v in (exc.headers or {}).items():
            response.headers[k] = v
        return response

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
        if request.url.path.startswith(API_PREFIX):
            return JSONResponse(
                {"error": {"type": "ValidationError", "message": "invalid request", "details": _jsonable(exc)}},
                status_code=422,
            )
        fields = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
        return _error_response(request, 422, f"invalid request: {fields}", "ValidationError")


def _jsonable(exc: RequestValidationError) -> list[dict]:
    return [{"loc": [str(p) for p in e["loc"]], "msg": e["msg"], "type": e["type"]} for e in exc.errors()]
