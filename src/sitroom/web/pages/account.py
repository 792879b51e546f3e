"""Signing in and out, the user's own API tokens, and the audit log for admins."""

from __future__ import annotations

import secrets
from datetime import date, datetime
from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from sitroom.accounts.errors import AccountError, BadCredentials
from sitroom.accounts.login import authenticate, source_retry_after
from sitroom.accounts.policy import can_admin
from sitroom.accounts.sessions import end_session, start_session
from sitroom.accounts.tokens import create_token, list_tokens, revoke_token
from sitroom.store import audit
from sitroom.views import audit as audit_view
from sitroom.web.auth import PrincipalDep, safe_next
from sitroom.web.deps import ReadSession, WriteSession, render

router = APIRouter(include_in_schema=False)


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str = "/") -> Response:
    """The sign-in form (in single-user mode: a note that there is nothing to sign in to)."""
    if getattr(request.state, "principal", None) is not None and request.state.auth_enabled:
        return RedirectResponse(safe_next(next), status_code=303)
    return render(request, "account/login.html.j2", {"next": safe_next(next), "error": None, "username": ""})


@router.post("/login", response_class=HTMLResponse)
def login(
    request: Request,
    session: WriteSession,
    username: Annotated[str, Form(max_length=200)] = "",
    password: Annotated[str, Form(max_length=2000)] = "",
    next: Annotated[str, Form(max_length=2000)] = "/",
) -> Response:
    """Check the password; on success start a fresh session and go to ``next``."""
    ctx = {"next": safe_next(next), "username": username}
    wait = source_retry_after(session, _client(request))
    if wait:
        ctx["error"] = f"Too many failed sign-ins from your address. Try again in {wait // 60 + 1} minutes."
        response = render(request, "account/login.html.j2", ctx, status_code=429)
        response.headers["Retry-After"] = str(wait)
        return response
    try:
        principal = authenticate(session, username.strip(), password, source=_client(request))
    except BadCredentials as e:
        # Returning (not raising) commits the failure count, the lockout and the audit row (which the
        # per-address limit counts).
        ctx["error"] = f"{str(e).capitalize()}."
        # 200, as the form is shown again: a 401 would need a WWW-Authenticate challenge no browser can answer
        return render(request, "account/login.html.j2", ctx)
    if isinstance(old := request.session.get("sid"), str):
        end_session(session, old)  # signing in again (perhaps as someone else) ends the session before
    request.session.clear()  # a new session, and a new CSRF token, for the signed-in user
    request.session.update(sid=start_session(session, principal.user_id), csrf=secrets.token_urlsafe(32))
    return RedirectResponse(safe_next(next), status_code=303)


@router.post("/logout")
def logout(request: Request, session: WriteSession) -> Response:
    """End the session: its row goes, so a kept copy of the cookie is worthless too."""
    principal = getattr(request.state, "principal", None)
    if principal is not None and principal.user_id is not None and principal.token_id is None:
        audit.record(session, principal, "logout", "user", principal.user_id)
    if isinstance(sid := request.session.get("sid"), str):
        end_session(session, sid)
    request.session.clear()
    return RedirectResponse("/login", status_code=303)


@router.get("/account", response_class=HTMLResponse)
def account(request: Request, session: ReadSession, principal: PrincipalDep) -> HTMLResponse:
    """The signed-in user's API tokens."""
    tokens = list_tokens(session, principal.user_id) if principal.user_id is not None else []
    return render(request, "account/account.html.j2", {"principal": principal, "tokens": tokens, "new_token": None})


@router.post("/account/tokens", response_class=HTMLResponse)
def account_create_token(
    request: Request,
    session: WriteSession,
    principal: PrincipalDep,
    name: Annotated[str, Form(max_length=200)] = "",
) -> HTMLResponse:
    """Create a token and show it, this once."""
    if principal.user_id is None:
        raise HTTPException(400, "single-user mode has no accounts, so no API tokens: add a user first")
    error, new_token = None, None
    try:
        _, new_token = create_token(session, principal.username, name, by=principal)
    except AccountError as e:
        error = str(e)
    tokens = list_tokens(session, principal.user_id)
    ctx = {"principal": principal, "tokens": tokens, "new_token": new_token, "error": error}
    return render(request, "account/account.html.j2", ctx, status_code=422 if error else 201)


@router.post("/account/tokens/{token_id}/revoke")
def account_revoke_token(token_id: int, session: WriteSession, principal: PrincipalDep) -> Response:
    """Revoke one of the user's own tokens."""
    if principal.user_id is None:
        raise HTTPException(404, "no such token")
    revoke_token(session, token_id, by=principal, owner_id=principal.user_id)
    return RedirectResponse("/account", status_code=303)


@router.get("/admin/audit", response_class=HTMLResponse)
def audit_page(
    request: Request,
    session: ReadSession,
    principal: PrincipalDep,
    user: str | None = None,
    action: str | None = None,
    since: str | None = None,
    limit: int = 200,
) -> HTMLResponse:
    """The audit log, newest first, for admins."""
    if not can_admin(principal):
        raise HTTPException(403, "only an admin may read the audit log")
    start: date | datetime | None = None
    if since:
        try:
            start = datetime.fromisoformat(since) if "T" in since else date.fromisoformat(since)
        except ValueError:
            raise HTTPException(400, f"{since!r} is not a date (YYYY-MM-DD)") from None
    rows = audit_view.query(
        session, user=user or None, since=start, action=action or None, limit=max(1, min(limit, 1000))
    )
    ctx = {"rows": rows, "actions": audit.ACTIONS, "user": user or "", "action": action or "", "since": since or ""}
    return render(request, "account/audit.html.j2", ctx)
