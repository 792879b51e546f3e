"""Mail intake: each new message of the returns mailbox is ingested like a file, then filed away.

A message from a sender the rules know is split into its documents (``message.split_message``), each
ingested under the sender's organisation (and series, when the rule names one). It then goes to
``sitroom/done`` when anything was stored or had been stored before, else to ``sitroom/failed``; its
reasons are audited and, with receipts on, told to the sender. A message from an unknown sender is
moved to ``sitroom/held`` untouched, for a coordinator to release under an organisation and series.
Ingest is idempotent by content: a message read again (or delivered twice) stores nothing new.
"""

from __future__ import annotations

import imaplib
import logging
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from sitroom.ingest.pipeline import IngestOptions, IngestResult, IngestStatus, ingest_bytes
from sitroom.mail.errors import MailError
from sitroom.mail.imap import Mailbox
from sitroom.mail.message import Incoming, split_message
from sitroom.mail.rules import Rule, Rules
from sitroom.store import audit
from sitroom.store.engine import session_scope

log = logging.getLogger(__name__)

DONE, FAILED, HELD, DISCARDED = "done", "failed", "held", "discarded"


class Outcome(StrEnum):
    STORED = "stored"
    DUPLICATE = "duplicate"
    FAILED = "failed"
    HELD = "held"


@dataclass(slots=True)
class MessageResult:
    """What became of one message."""

    uid: int | None
    sender: str
    subject: str
    message_id: str | None
    outcome: Outcome
    results: list[IngestResult] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    incoming: Incoming | None = field(default=None, repr=False)

    @property
    def report_ids(self) -> list[int]:
        return [rid for r in self.results for rid in r.report_ids]


def folder(mailbox: Mailbox, name: str) -> str:
    return mailbox.path("sitroom", name)


def read_message(engine: Engine, raw: bytes, rule: Rule | None, uid: int | None = None) -> MessageResult:
    """Ingest one message's documents under ``rule`` (None: the sender is unknown, hold it)."""
    options = IngestOptions()
    incoming = split_message(raw, options.max_bytes)
    result = MessageResult(uid, incoming.sender, incoming.subject, incoming.message_id, Outcome.HELD)
    result.incoming = incoming
    if rule is None:
        result.reasons.append(f"unknown sender {incoming.sender or '(none)'}: held for a coordinator")
        return result
    options = IngestOptions(
        series=rule.series, organisation=rule.organisation, ingested_by=f"mail:{incoming.sender}"[:200]
    )
    tag = incoming.message_id or f"uid-{uid}"
    for name, data in incoming.documents:
        result.results.append(ingest_bytes(engine, data, f"mail {tag}/{name}", options))
    result.reasons.extend(incoming.problems)
    result.reasons.extend(f"{r.source.split('/', 1)[-1]}: {r.reason}" for r in result.results if r.reason)
    if not incoming.documents and not incoming.problems:
        result.reasons.append("no sitrep found: nothing attached and no text in the message")
    statuses = {r.status for r in result.results}
    if IngestStatus.INGESTED in statuses:
        result.outcome = Outcome.STORED
    elif IngestStatus.DUPLICATE in statuses:
        result.outcome = Outcome.DUPLICATE
    else:
        result.outcome = Outcome.FAILED
    if result.outcome is Outcome.FAILED:
        with session_scope(engine) as session:
            after = {"message_id": incoming.message_id, "from": incoming.sender, "subject": incoming.subject}
            audit.record(session, audit.SYSTEM, "mail_failed", "message", tag[:100], after=after,
                         detail="; ".join(result.reasons))  # fmt: skip
    return result


Notify = Callable[[MessageResult], None]


def _file(mailbox: Mailbox, uid: int, result: MessageResult) -> None:
    target = {Outcome.HELD: HELD, Outcome.FAILED: FAILED}.get(result.outcome, DONE)
    mailbox.move(uid, folder(mailbox, target))


def run_once(
    engine: Engine,
    mailbox: Mailbox,
    rules: Rules,
    receipts: Notify | None = None,
    on_message: Notify | None = None,
    on_total: Callable[[int], None] | None = None,
) -> list[MessageResult]:
    """Read every message of the mailbox's folder once: ingest, answer (``receipts``), file away."""
    uids = mailbox.uids()
    if on_total:
        on_total(len(uids))
    out = []
    for uid in uids:
        raw = mailbox.fetch(uid)
        try:
            sender = split_message(raw, IngestOptions().max_bytes).sender
            result = read_message(engine, raw, rules.for_sender(sender), uid)
        except DBAPIError:
            raise  # the database is unwell, not the message: leave it in the inbox for the next run
        except Exception as e:  # a message that breaks the reader must not block the ones after it
            log.exception("message %s could not be read", uid)
            result = MessageResult(uid, "", "", None, Outcome.FAILED, reasons=[f"unreadable message: {e}"])
        if receipts and result.outcome is not Outcome.HELD:
            try:
                receipts(result)
            except MailError as e:
                log.warning("no receipt sent for message %s: %s", uid, e)
        _file(mailbox, uid, result)
        out.append(result)
        if on_message:
            on_message(result)
    return out


def watch(
    engine: Engine,
    connect: Callable[[], AbstractContextManager[Mailbox]],
    rules: Rules | Callable[[], Rules],
    interval: float,
    receipts: Notify | None = None,
    on_message: Notify | None = None,
    rounds: int | None = None,
    idle: bool = True,
    on_wait: Callable[[str], None] | None = None,
) -> None:
    """Read the mailbox, then wait for new mail and read it again (``rounds`` times, or until interrupted).

    The wait is IMAP IDLE when the server offers it (new mail is read as it arrives; the folder is also
    read every ``interval`` seconds), else a poll every ``interval`` seconds. A dropped connection is
    opened again, after a pause that doubles up to ``interval``. ``rules`` may be a function, read
    every round, so rules changed elsewhere (the web app) apply without a restart. ``on_wait`` hears
    how the wait is done ("idle" or "poll") each time a connection is opened.
    """
    done, pause = 0, 1.0
    while rounds is None or done < rounds:
        try:
            with connect() as mailbox:
                mode = "idle" if idle and mailbox.can_idle else "poll"
                if on_wait:
                    on_wait(mode)
                while rounds is None or done < rounds:
                    run_once(engine, mailbox, rules() if callable(rules) else rules, receipts, on_message)
                    done += 1
                    pause = 1.0  # a round went through: the connection is good again
                    if rounds is not None and done >= rounds:
                        return
                    if mode == "idle":
                        mailbox.idle(interval)
                    else:
                        time.sleep(interval)
        except (MailError, OSError, imaplib.IMAP4.error) as e:
            done += 1  # a lost round counts, so a bounded watch ends even against a dead server
            log.warning("mailbox connection lost, opening it again in %.0f s: %s", pause, e)
            if rounds is None or done < rounds:
                time.sleep(pause)
                pause = min(pause * 2, interval)


@dataclass(frozen=True, slots=True)
class HeldMessage:
    uid: int
    sender: str
    subject: str
    message_id: str | None


def list_held(mailbox: Mailbox) -> list[HeldMessage]:
    """Messages from unknown senders waiting for a coordinator."""
    held = folder(mailbox, HELD)
    mailbox.ensure(held)
    out = []
    for uid in mailbox.uids(held):
        incoming = split_message(mailbox.fetch(uid), IngestOptions().max_bytes)
        out.append(HeldMessage(uid, incoming.sender, incoming.subject, incoming.message_id))
    return out


def _held_message(mailbox: Mailbox, uid: int) -> bytes:
    held = folder(mailbox, HELD)
    mailbox.ensure(held)
    if uid not in mailbox.uids(held):
        raise MailError(f"no held message {uid} (see `sitroom mail held`)")
    return mailbox.fetch(uid)


def release(
    engine: Engine,
    mailbox: Mailbox,
    uid: int,
    organisation: str,
    series: str | None,
    receipts: Notify | None = None,
    by=None,
) -> MessageResult:
    """Ingest held message ``uid`` under ``organisation`` (and ``series``), then file it as usual."""
    raw = _held_message(mailbox, uid)
    result = read_message(engine, raw, Rule("(released)", organisation, series), uid)
    with session_scope(engine) as session:
        after = {"from": result.sender, "subject": result.subject, "organisation": organisation, "series": series,
                 "outcome": result.outcome.value, "reports": result.report_ids}  # fmt: skip
        audit.record(session, by, "mail_release", "message", (result.message_id or f"uid-{uid}")[:100], after=after)
    if receipts:
        receipts(result)
    _file(mailbox, uid, result)
    return result


def discard(engine: Engine, mailbox: Mailbox, uid: int, by=None) -> HeldMessage:
    """Move held message ``uid`` to ``sitroom/discarded`` unread (kept, never deleted), audited."""
    incoming = split_message(_held_message(mailbox, uid), IngestOptions().max_bytes)
    message = HeldMessage(uid, incoming.sender, incoming.subject, incoming.message_id)
    with session_scope(engine) as session:  # moved inside the transaction: a failed move audits nothing
        after = {"from": message.sender, "subject": message.subject}
        audit.record(session, by, "mail_discard", "message", (message.message_id or f"uid-{uid}")[:100], after=after)
        mailbox.move(uid, folder(mailbox, DISCARDED))
    return message
