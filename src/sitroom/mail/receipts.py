"""Receipts: a reply telling the sender what was read from their return, or why it could not be."""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import make_msgid

from sqlalchemy import Engine, func, select

from sitroom.mail.intake import MessageResult, Outcome
from sitroom.mail.templates import render
from sitroom.store.engine import session_scope
from sitroom.store.tables import Item, Report, Section, Series


@dataclass(frozen=True, slots=True)
class ReadReport:
    """What was read from one stored report, as told to its sender."""

    series: str
    title: str | None
    period_date: str | None
    number: int | None
    sections: list[tuple[str, int]]  # heading, item count
    warnings: list[str]


def read_reports(engine: Engine, report_ids: list[int]) -> list[ReadReport]:
    """The stored reports ``report_ids`` as a receipt shows them."""
    out = []
    with session_scope(engine, write=False) as session:
        for rid in report_ids:
            report, series = session.execute(
                select(Report, Series.name).join(Series, Series.id == Report.series_id).where(Report.id == rid)
            ).one()
            counts = session.execute(
                select(Section.heading, Section.key, func.count(Item.id))
                .outerjoin(Item, Item.section_id == Section.id)
                .where(Section.report_id == rid)
                .group_by(Section.id, Section.heading, Section.key, Section.position)
                .order_by(Section.position)
            ).all()
            out.append(
                ReadReport(
                    series,
                    report.title,
                    report.period_date.isoformat() if report.period_date else None,
                    report.number,
                    [(heading or key or "(untitled)", n) for heading, key, n in counts],
                    list(report.warnings or []),
                )
            )
    return out


def _automatic(msg: EmailMessage | None) -> bool:
    if msg is None:
        return False
    auto = str(msg.get("Auto-Submitted", "no")).strip().lower()
    precedence = str(msg.get("Precedence", "")).strip().lower()
    sender = str(msg.get("From", "")).lower()
    return auto != "no" or precedence in ("bulk", "list", "junk") or "mailer-daemon@" in sender


def receipt(engine: Engine, result: MessageResult) -> EmailMessage | None:
    """The reply to ``result``'s sender; None for a held message or one without a sender."""
    if result.outcome is Outcome.HELD or not result.sender or result.incoming is None:
        return None
    if _automatic(result.incoming.raw):
        return None  # RFC 3834: never answer an automatic message (a bounce, another robot's reply)
    reports = read_reports(engine, result.report_ids)
    msg = EmailMessage()
    msg["To"] = result.incoming.from_header or result.sender
    subject = result.subject or "your return"
    verdict = "could not be read" if result.outcome is Outcome.FAILED else "received"
    msg["Subject"] = f"Re: {subject} [{verdict}]"
    msg["Message-ID"] = make_msgid(domain="sitroom.invalid")
    if result.message_id:
        msg["In-Reply-To"] = result.message_id
        msg["References"] = result.message_id
    msg["Auto-Submitted"] = "auto-replied"  # RFC 3834: autoresponders must not answer this
    msg.set_content(render("receipt.txt.j2", result=result, reports=reports, outcome=result.outcome.value))
    return msg
