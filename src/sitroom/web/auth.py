"""Sign-in for the web app: signed session cookies, CSRF tokens, and who is asking (the principal).

``install(app)`` (called by ``create_app`` before any router is included) adds:

* ``SessionCookies`` — a signed cookie (itsdangerous, HMAC) holding the session id and the CSRF token;
  HttpOnly, SameSite=Lax, Secure when the request came over HTTPS (or ``SITROOM_SECURE_COOKIES=1``
  behind a TLS proxy), at most ``SESSION_MAX_AGE`` old. The signing secret is ``SITROOM_SECRET_KEY``,
  else a random secret created once per database and kept in its ``setting`` table — so every server
  process on the database agrees, and a restored backup keeps its sessions valid. The session itself
  is a database row (``accounts.sessions``): signing out, a new password or a disabled account ends it
  at once for every process, however many copies of the cookie exist.
* ``guard`` — a dependency on every route. While no account exists (single-user mode) everyone is
  ``LOCAL`` (an admin). Once one exists, every route but ``PUBLIC_PATHS`` needs a principal — from the
  session cookie or an ``Authorization: Bearer`` API token — else 401 (API, htmx) or a redirect to
  /login (pages). A ``reader`` is refused every non-GET request (403), but for signing out and
  their own tokens. Unsafe requests are checked for CSRF (see ``_check_csrf``).
* ``csrf_token(request)`` as a Jinja global, for ``<input type="hidden" name="csrf_token" …>``
  (base.html.j2 also sends it as ``X-CSRF-Token`` on every htmx request).

How a route uses the principal (phase 2)::

    from sitroom.web.auth import PrincipalDep
    from sitroom.accounts.policy import visible_series_ids, can_write_series, restrict

    @router.get("/reports")
    def reports(request: Request, session: ReadSession, principal: PrincipalDep): ...
        ids = visible_series_ids(session, principal)      # None: all series
        ...                                             # filter every query by ids; 404 for others
"""

from __future__ import annotations

import json
import secrets
import time
from typing import Annotated
from urllib.parse import quote, urlsplit

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders, State
from starlette.requests import HTTPConnection
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sitroom.accounts.policy import LOCAL, Principal, principal_for
from sitroom.accounts.sessions import LIFETIME, session_user
from sitroom.accounts.tokens import is_stale, touch_token, verify_token
from sitroom.accounts.users import auth_enabled
from sitroom.store import session_scope
from sitroom.store.tables import Setting

COOKIE = "sitroom_session"
SESSION_MAX_AGE = int(LIFETIME.total_seconds())  # the cookie lives as long as the session row
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
PUBLIC_PATHS = frozenset({"/login", "/api/v1/health"})
SELF_SERVICE = ("/logout", "/account")  # a reader may still sign out and manage their own tokens
# Content types a cross-site page can send without a CORS preflight: only these can carry a forged request.
SIMPLE_TYPES = frozenset({"", "application/x-www-form-urlencoded", "multipart/form-data", "text/plain"})
SECRET_SETTING = "session_secret"


# --- the signing secret and the session cookie ----------------------------------------------------------


def session_secret(engine: Engine, configured: str | None = None) -> str:
    """``configured`` (``SITROOM_SECRET_KEY``), else this database's own random secret (created on first use)."""
    if configured:
        return configured
    with session_scope(engine, write=False) as session:
        value = session.scalar(select(Setting.value).where(Setting.key == SECRET_SETTING))
    if value:
        return value
    try:
        with session_scope(engine) as session:
            session.add(Setting(key=SECRET_SETTING, value=secrets.token_urlsafe(48)))
    except IntegrityError:
        pass  # another process created it first: use theirs
    with session_scope(engine, write=False) as session:
        return session.scalar(select(Setting.value).where(Setting.key == SECRET_SETTING))


def _serializer(secret: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret, salt="sitroom-session")


class SessionCookies:
    """Pure ASGI middleware: ``scope["session"]`` (a dict, so ``request.session`` works) from a signed
    cookie, written back only when a request changed it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        state = scope["app"].state
        if getattr(state, "session_secret", None) is None:
            state.session_secret = await run_in_threadpool(session_secret, state.engine, state.settings.secret_key)
        serializer = _serializer(state.session_secret)
        raw = HTTPConnection(scope).cookies.get(COOKIE)
        data: dict = {}
        if raw:
            try:
                loaded = serializer.loads(raw, max_age=SESSION_MAX_AGE)
                data = loaded if isinstance(loaded, dict) else {}
            except BadSignature:  # tampered, signed with another secret, or expired
                data = {}
        scope["session"] = data
        initial = json.dumps(data, sort_keys=True)
        secure = scope.get("scheme") == "https" or state.settings.secure_cookies

        async def send_with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start":
                session = scope["session"]
                if json.dumps(session, sort_keys=True) != initial or (raw and not session):
                    headers = MutableHeaders(scope=message)
                    value, age = (serializer.dumps(session), SESSION_MAX_AGE) if session else ("", 0)
                    cookie = f"{COOKIE}={value}; Path=/; Max-Age={age}; HttpOnly; SameSite=Lax"
                    headers.append("set-cookie", cookie + ("; Secure" if secure else ""))
            await send(message)

        await self.app(scope, receive, send_with_cookie)


# --- CSRF -------------------------------------------------------------------------------------------------


def csrf_token(request: Request) -> str:
    """The session's CSRF token (created on first use). For forms and the htmx header."""
    if "session" not in request.scope:
        return ""
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


def _same_origin(request: Request) -> bool:
    origin = request.headers.get("origin")
    if origin is None:
        return True  # not sent: programs, and same-origin requests of some browsers
    if origin == "null":
        return False  # sandboxed frames, data: URLs: never our own pages
    return urlsplit(origin).netloc.lower() == request.headers.get("host", "").lower()


async def _check_csrf(request: Request, principal: Principal | None) -> None:
    """Refuse an unsafe request that a foreign page could have made the browser send.

    Exempt: API-token requests (no ambient credential), and requests with a content type a cross-site
    page cannot send without CORS (application/json). Under /api/v1, requests that neither carry a
    browser's marks (Origin, Sec-Fetch-Site) nor rely on a session cookie are programs, not browsers, and
    are exempt too. Everything else needs the session's token, in ``X-CSRF-Token`` or a ``csrf_token``
    form field; a foreign ``Origin`` is refused outright.
    """
    if request.method in SAFE_METHODS or (principal is not None and principal.token_id is not None):
        return
    if not _same_origin(request):
        raise HTTPException(403, "cross-origin request refused")
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media not in SIMPLE_TYPES:
        return
    is_api = request.url.path.startswith("/api/")
    from_browser = "origin" in request.headers or "sec-fetch-site" in request.headers
    if is_api and not from_browser and not request.session.get("sid"):
        return
    expected = request.session.get("csrf")
    sent = request.headers.get(CSRF_HEADER)
    if not sent and media in ("application/x-www-form-urlencoded", "multipart/form-data"):
        try:
            sent = (await request.form()).get(CSRF_FIELD)
        except Exception as e:  # malformed body: the route would reject it anyway
            raise HTTPException(400, "unreadable form") from e
    if not expected or not isinstance(sent, str) or not secrets.compare_digest(sent, expected):
        raise HTTPException(403, "missing or invalid CSRF token: reload the page and try again")


# --- who is asking ----------------------------------------------------------------------------------------


class LoginRequired(Exception):
    """A page needs a signed-in user: answered with a redirect to /login."""

    def __init__(self, next_url: str) -> None:
        self.next_url = next_url


def _bearer(request: Request) -> str | None:
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


# In single-user mode, whether an account has appeared is asked at most once a second, not on every
# request; once sign-in is on it stays on (accounts are disabled, never removed), so it is not asked again.
AUTH_RECHECK_SECONDS = 1.0


def single_user_known(state: State) -> bool:
    """Whether the app's store was seen without accounts within the last recheck interval."""
    if getattr(state, "auth_on", False):
        return False
    return time.monotonic() - getattr(state, "auth_checked_at", -AUTH_RECHECK_SECONDS) < AUTH_RECHECK_SECONDS


def sign_in_on(state: State) -> bool:
    """Whether the app (its ``state``) requires sign-in: whether any account exists. Blocking: it may query."""
    if getattr(state, "auth_on", False):
        return True
    if single_user_known(state):
        return False
    with session_scope(state.engine, write=False) as session:
        on = auth_enabled(session)
    state.auth_checked_at, state.auth_on = time.monotonic(), on
    return on


def _resolve(request: Request) -> tuple[Principal | None, bool]:
    """(principal or None, whether sign-in is on). Runs in a worker thread: it queries the database."""
    engine = request.app.state.engine
    if not sign_in_on(request.app.state):
        return LOCAL, False
    with session_scope(engine, write=False) as session:
        token = _bearer(request)
        if token is not None:
            principal = verify_token(session, token, touch=False)
            if principal is None:
                return None, True
            stale = is_stale(session, principal.token_id)
        else:
            sid = request.session.get("sid")
            user = session_user(session, sid) if isinstance(sid, str) else None
            if user is None:
                if sid is not None:
                    request.session.pop("sid", None)  # an ended session's cookie is dropped
                return None, True
            return principal_for(session, user), True
    if stale:  # a write only when last_used_at is over a minute old, not one per API call
        with session_scope(engine) as session:
            touch_token(session, principal.token_id)
    return principal, True


def _wants_page(request: Request) -> bool:
    return not request.url.path.startswith("/api/") and "text/html" in request.headers.get("accept", "")


async def guard(request: Request) -> None:
    """The dependency on every route: sets ``request.state.principal`` and enforces sign-in, CSRF and the
    reader's read-only role."""
    if single_user_known(request.app.state):
        principal, enabled = LOCAL, False  # no database to ask: spare the request a worker thread
    else:
        principal, enabled = await run_in_threadpool(_resolve, request)
    request.state.principal = principal
    request.state.auth_enabled = enabled
    path = request.url.path
    if principal is None and path not in PUBLIC_PATHS:
        if _bearer(request) is not None:
            raise HTTPException(401, "invalid or revoked API token", headers={"WWW-Authenticate": "Bearer"})
        if request.headers.get("hx-request") == "true":
            raise HTTPException(401, "sign-in required", headers={"HX-Redirect": "/login"})
        if _wants_page(request):
            raise LoginRequired(path + (f"?{request.url.query}" if request.url.query else ""))
        raise HTTPException(401, "sign-in required", headers={"WWW-Authenticate": "Bearer"})
    await _check_csrf(request, principal)
    if (
        principal is not None
        and request.method not in SAFE_METHODS
        and not principal.can_write
        and not path.startswith(SELF_SERVICE)
    ):
        raise HTTPException(403, "your role is read-only")


async def current_principal(request: Request) -> Principal:
    """The principal of the request (set by ``guard``); LOCAL in single-user mode.

    Raises 401 on a public route when nobody is signed in, so a route that depends on it is never public.
    """
    principal = getattr(request.state, "principal", None)
    if principal is None:
        raise HTTPException(401, "sign-in required", headers={"WWW-Authenticate": "Bearer"})
    return principal


def principal_of(request: Request) -> Principal | None:
    """The request's principal, or None (a public page, nobody signed in). For templates."""
    return getattr(request.state, "principal", None)


PrincipalDep = Annotated[Principal, Depends(current_principal)]


def safe_next(value: str | None) -> str:
    """A local path to go to after signing in: never another site (open redirect)."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return "/"
    parts = urlsplit(value)
    if parts.scheme or parts.netloc:
        return "/"
    return value


# --- installing ---------------------------------------------------------------------------------------------


def install(app: FastAPI) -> None:
    """Add sessions, the guard, the CSRF template global and the login redirect to ``app``.
    Must run before routers are included: FastAPI copies the app's dependencies into each route then."""
    app.state.session_secret = None
    app.router.dependencies.append(Depends(guard))
    app.add_middleware(SessionCookies)
    app.state.templates.env.globals["csrf_token"] = csrf_token
    app.state.templates.env.globals["principal_of"] = principal_of

    @app.exception_handler(LoginRequired)
    async def _login_required(request: Request, exc: LoginRequired) -> Response:
        return RedirectResponse(f"/login?next={quote(exc.next_url, safe='/')}", status_code=303)
