"""Accounts for admins: list them, add one, change a role, disable or enable, assign organisations and
series, set a new password. The same core functions as ``sitroom user …``, audited the same way."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from sitroom.accounts.policy import Principal, can_admin
from sitroom.accounts.roles import ROLES, Role
from sitroom.accounts.users import (
    assign,
    auth_enabled,
    create_user,
    list_users,
    set_disabled,
    set_password,
    set_role,
)
from sitroom.errors import SitroomError
from sitroom.views.serieslist import list_series
from sitroom.web.auth import PrincipalDep
from sitroom.web.deps import ReadSession, WriteSession, render

router = APIRouter(include_in_schema=False)

MIN_PASSWORD = 12
DONE = {
    "role": "Role changed",
    "disable": "Disabled",
    "enable": "Enabled",
    "assign": "Organisations and series set",
    "password": "Password set",
}
ACTIONS = tuple(DONE)


def _require_admin(principal: Principal) -> None:
    if not can_admin(principal):
        raise HTTPException(403, "only an admin may manage accounts")


def _names(text: str) -> list[str]:
    """Organisation names from a comma-separated field, blanks dropped."""
    return [n.strip() for n in text.split(",") if n.strip()]


def _page(request: Request, session: Session, *, error: str | None = None, done: str | None = None, status: int = 200):
    ctx = {
        "users": list_users(session),
        "roles": ROLES,
        "all_series": list_series(session),
        "first": not auth_enabled(session),
        "error": error,
        "done": done,
    }
    return render(request, "account/users.html.j2", ctx, status_code=status)


@router.get("/admin/users", response_class=HTMLResponse)
def users_page(request: Request, session: ReadSession, principal: PrincipalDep, done: str = "") -> HTMLResponse:
    """Every account with its role, organisations, series and state, and the forms to change them."""
    _require_admin(principal)
    return _page(request, session, done=done[:200] or None)


@router.post("/admin/users", response_class=HTMLResponse, response_model=None)
def users_create(
    request: Request,
    session: WriteSession,
    principal: PrincipalDep,
    username: Annotated[str, Form(max_length=100)],
    role: Annotated[str, Form(max_length=20)],
    password: Annotated[str, Form(max_length=1000)],
    password_again: Annotated[str, Form(max_length=1000)],
    organisations: Annotated[str, Form(max_length=2000)] = "",
    series: Annotated[list[int] | None, Form()] = None,
) -> Response:
    """Add an account. The first one turns sign-in on, so it must be an admin; the browser then signs in."""
    _require_admin(principal)
    first = not auth_enabled(session)
    problem = None
    if first and role != Role.ADMIN:
        problem = "The first account turns sign-in on for everyone: make it an admin."
    elif len(password) < MIN_PASSWORD:
        problem = f"The password needs at least {MIN_PASSWORD} characters."
    elif password != password_again:
        problem = "The two passwords differ."
    if problem:
        return _page(request, session, error=problem, status=422)
    try:
        with session.begin_nested():  # a refused account leaves nothing behind, the page still renders
            create_user(
                session,
                username.strip(),
                password,
                role,
                organisations=_names(organisations),
                series=series or [],
                by=principal,
            )
    except SitroomError as e:  # a taken or unusable name, an unknown role or series
        return _page(request, session, error=str(e), status=e.http_status)
    if first:
        # Sign-in is on from this request: this process stops serving single-user mode at once (others
        # notice within a second); a failed commit would only leave it stricter than needed.
        request.app.state.auth_on = True
        return RedirectResponse("/login?next=/admin/users", status_code=303)
    return RedirectResponse("/admin/users?" + urlencode({"done": f"Added: {username.strip()}"}), status_code=303)


@router.post("/admin/users/{username}", response_class=HTMLResponse, response_model=None)
def users_update(
    request: Request,
    session: WriteSession,
    principal: PrincipalDep,
    username: str,
    action: Annotated[str, Form(max_length=20)],
    role: Annotated[str, Form(max_length=20)] = "",
    organisations: Annotated[str, Form(max_length=2000)] = "",
    series: Annotated[list[int] | None, Form()] = None,
    password: Annotated[str, Form(max_length=1000)] = "",
) -> Response:
    """One change to one account: ``action`` is role, disable, enable, assign or password."""
    _require_admin(principal)
    if action not in ACTIONS:
        raise HTTPException(400, f"unknown action {action!r}: one of {', '.join(ACTIONS)}")
    if action == "password" and len(password) < MIN_PASSWORD:
        return _page(request, session, error=f"The password needs at least {MIN_PASSWORD} characters.", status=422)
    try:
        with session.begin_nested():
            if action == "role":
                set_role(session, username, role, by=principal)
            elif action in ("disable", "enable"):
                set_disabled(session, username, action == "disable", by=principal)
            elif action == "assign":
                assign(
                    session,
                    username,
                    organisations=_names(organisations),
                    series=series or [],
                    replace=True,
                    by=principal,
                )
            else:
                set_password(session, username, password, by=principal)
    except SitroomError as e:  # the last admin, an unknown user, role or series
        return _page(request, session, error=str(e), status=e.http_status)
    return RedirectResponse("/admin/users?" + urlencode({"done": f"{DONE[action]}: {username}"}), status_code=303)
