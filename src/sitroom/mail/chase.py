"""Chasing: which returns of this cycle are due or late, who sends them, and a reminder to each.

Built on ``views.returns.cycle_returns`` (the brief's own idea of a missing return): a return is
``late`` when it was due on or before the cycle date and has not arrived, ``due`` when the next one
falls due within ``within_days`` of it. Contacts come from the sender rules (``rules.contacts_for``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from email.message import EmailMessage

from sqlalchemy import Engine

from sitroom.mail.rules import Rules
from sitroom.mail.smtp import send
from sitroom.mail.templates import render
from sitroom.settings import SmtpSettings
from sitroom.store import audit
from sitroom.store.engine import session_scope
from sitroom.views.returns import MISSING, RECEIVED, cycle_returns

DUE, LATE = "due", "late"


@dataclass(frozen=True, slots=True)
class Chase:
    """One return to chase."""

    series: str
    organisation: str | None
    status: str  # due | late
    due: date
    days: int  # late: days overdue
    last_date: date | None
    contacts: tuple[str, ...]


def returns_to_chase(engine: Engine, rules: Rules, on: date | None = None, within_days: int = 3) -> list[Chase]:
    """The returns due (within ``within_days`` of ``on``, default today) or late as of ``on``."""
    on = on or date.today()
    with session_scope(engine, write=False) as session:
        statuses = cycle_returns(session, on)
    out = []
    for r in statuses:
        if r.status == MISSING:
            status, due, days = LATE, on - timedelta(days=r.days_late), r.days_late
        elif r.status != MISSING and r.next_due is not None and on <= r.next_due <= on + timedelta(days=within_days):
            status, due, days = DUE, r.next_due, 0
        else:
            continue
        out.append(Chase(r.series, r.organisation, status, due, days, r.last_date, rules.contacts_for(r.series)))
    return sorted(out, key=lambda c: (c.status != LATE, c.due, c.series))


def reminder(chase: Chase, to: str) -> EmailMessage:
    """The reminder for one contact of one return (template ``reminder.txt.j2``)."""
    msg = EmailMessage()
    msg["To"] = to
    when = "overdue since" if chase.status == LATE else "due"
    msg["Subject"] = f"Return {when} {chase.due.isoformat()}: {chase.series}"
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(
        render(
            "reminder.txt.j2",
            series=chase.series,
            organisation=chase.organisation,
            status=MISSING if chase.status == LATE else "due",
            due=chase.due.isoformat(),
            days=chase.days,
            last_date=chase.last_date.isoformat() if chase.last_date else None,
        )
    )
    return msg


def send_reminders(engine: Engine, settings: SmtpSettings, chases: list[Chase], who: str = audit.LOCAL) -> int:
    """Mail every contact of every chased return; each reminder sent is audited. The number sent."""
    messages = [(c, to, reminder(c, to)) for c in chases for to in c.contacts]
    sent = send(settings, [m for _, _, m in messages])
    with session_scope(engine) as session:
        for c, to, _ in messages:
            after = {"series": c.series, "to": to, "status": c.status, "due": c.due.isoformat()}
            audit.record(session, who, "chase", "series", c.series[:100], after=after)
    return sent


__all__ = ["DUE", "LATE", "RECEIVED", "Chase", "reminder", "returns_to_chase", "send_reminders"]
