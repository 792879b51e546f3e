"""Mail intake for admins: the sender rules (list, add, edit, delete) and the messages held from unknown
senders (release under an organisation and series, or discard). The same core functions as
``sitroom mail rules …`` and ``sitroom mail release``, audited the same way."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from sitroom.accounts.policy import can_admin
from sitroom.errors import SitroomError
from sitroom.mail.errors import MailError
from sitroom.mail.rulestore import add_rule, delete_rule, list_rules, read_rules, update_rule
from sitroom.settings import MailSettingsError
from sitroom.views.serieslist import list_series
from sitroom.web.auth import PrincipalDep
from sitroom.web.deps import EngineDep, ReadSession, WriteSession, render


async def _admin_only(principal: PrincipalDep) -> None:
    # A router dependency runs before the form is validated: a non-admin learns nothing from a 422.
    if not can_admin(principal):
        raise HTTPException(403, "only an admin may manage mail intake")


router = APIRouter(include_in_schema=False, dependencies=[Depends(_admin_only)])

PAGE = "/admin/mail"
Text = Annotated[str, Form(max_length=400)]
MAILBOX_TIMEOUT = 10  # seconds: an unreachable mailbox must not hold the page for the reader's full minute


def _held() -> tuple[list, str | None]:
    """The held messages, or why they cannot be listed (no mailbox set up, or unreachable)."""
    from sitroom.mail.imap import open_mailbox
    from sitroom.mail.intake import list_held
    from sitroom.settings import imap_settings

    try:
        with open_mailbox(imap_settings(), MAILBOX_TIMEOUT) as mailbox:
            return list_held(mailbox), None
    except (MailError, MailSettingsError) as e:
        return [], str(e)


def _page(request: Request, session: Session, *, error: str | None = None, done: str | None = None,
          status: int = 200, form: dict | None = None) -> HTMLResponse:  # fmt: skip
    held, mailbox_problem = _held()
    ctx = {
        "rules": list_rules(session),
        "contacts": read_rules(session).contacts,
        "series_names": [s["name"] for s in list_series(session)],
        "held": held,
        "mailbox_problem": mailbox_problem,
        "error": error,
        "done": done,
        "form": form or {},
    }
    return render(request, "account/mail.html.j2", ctx, status_code=status)


def _back(done: str) -> RedirectResponse:
    return RedirectResponse(f"{PAGE}?" + urlencode({"done": done}), status_code=303)


@router.get(PAGE, response_class=HTMLResponse)
def mail_page(request: Request, session: ReadSession, done: str = "") -> HTMLResponse:
    """The sender rules and the held messages, with the forms to change them."""
    return _page(request, session, done=done[:200] or None)


@router.post(f"{PAGE}/rules", response_class=HTMLResponse, response_model=None)
def rule_add(
    request: Request,
    session: WriteSession,
    principal: PrincipalDep,
    match: Text,
    organisation: Text,
    series: Text = "",
) -> Response:
    """Add a sender rule; a refused one is shown with its reason and the values typed kept."""
    try:
        with session.begin_nested():
            rule = add_rule(session, match, organisation, series.strip() or None, by=principal)
    except SitroomError as e:  # a malformed or taken match, an empty organisation
        form = {"match": match, "organisation": organisation, "series": series}
        return _page(request, session, error=str(e), status=e.http_status, form=form)
    return _back(f"Added the rule for {rule['match']}")


@router.post(PAGE + "/rules/{rule_id:int}", response_class=HTMLResponse, response_model=None)
def rule_change(
    request: Request,
    session: WriteSession,
    principal: PrincipalDep,
    rule_id: int,
    action: Annotated[str, Form(max_length=10)],
    match: Text = "",
    organisation: Text = "",
    series: Text = "",
) -> Response:
    """Save (``action=save``) or delete (``action=delete``) one rule."""
    if action not in ("save", "delete"):
        raise HTTPException(400, f"unknown action {action!r}: save or delete")
    try:
        with session.begin_nested():
            if action == "delete":
                rule = delete_rule(session, rule_id, by=principal)
            else:
                rule = update_rule(session, rule_id, match, organisation, series.strip() or None, by=principal)
    except SitroomError as e:
        return _page(request, session, error=str(e), status=e.http_status)
    return _back(f"{'Deleted' if action == 'delete' else 'Saved'} the rule for {rule['match']}")


@router.post(PAGE + "/held/{uid:int}", response_class=HTMLResponse, response_model=None)
def held_action(
    request: Request,
    session: ReadSession,
    engine: EngineDep,
    principal: PrincipalDep,
    uid: int,
    action: Annotated[str, Form(max_length=10)],
    organisation: Text = "",
    series: Text = "",
) -> Response:
    """Release a held message under an organisation (and series), or discard it."""
    from sitroom.mail.imap import open_mailbox
    from sitroom.mail.intake import discard, release
    from sitroom.settings import imap_settings

    if action not in ("release", "discard"):
        raise HTTPException(400, f"unknown action {action!r}: release or discard")
    if action == "release" and not organisation.strip():
        return _page(request, session, error="Name the organisation the return belongs to.", status=422)
    try:
        with open_mailbox(imap_settings()) as mailbox:
            if action == "discard":
                message = discard(engine, mailbox, uid, by=principal)
                return _back(f"Discarded “{message.subject}” from {message.sender}")
            result = release(engine, mailbox, uid, organisation.strip(), series.strip() or None, by=principal)
    except (MailError, MailSettingsError) as e:
        return _page(request, session, error=str(e), status=409)
    if result.outcome.value == "failed":
        return _page(request, session, error=f"Nothing could be read: {'; '.join(result.reasons)}", status=422)
    ids = ", ".join(str(i) for i in result.report_ids)
    return _back(f"Released “{result.subject}”: {result.outcome.value}" + (f" (reports {ids})" if ids else ""))
