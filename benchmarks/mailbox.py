"""A returns mailbox read in one run against a real Dovecot (Debian's dovecot-imapd). Prints figures.

    python benchmarks/mailbox.py [--messages 200] [--damaged 10] [--unknown 5] [--db sqlite]

The mailbox holds generated sitreps from six series of known senders (attached as DOCX, PDF, a zipped
DOCX, or written in the body, in turn), ``--damaged`` returns whose attachment is a broken Word file and
``--unknown`` returns from senders no rule knows. One run must store every good return once under its
organisation's series, answer the damaged ones with their reasons (receipts to a loopback SMTP server)
and hold the unknown ones; a second run over the same messages, delivered again, stores nothing new.
Then ``--watch-messages`` new returns are delivered one at a time to ``watch`` waiting in IMAP IDLE
(interval 60 s), and the time from each delivery to its report being stored is printed.
"""

from __future__ import annotations

import argparse
import email
import resource
import statistics
import sys
import threading
import time
from collections import Counter
from contextlib import contextmanager
from email import policy
from pathlib import Path

from aiosmtpd.controller import Controller
from scratch import scratch_engine
from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "mail"))
from dovecot import dovecot, free_port
from messages import damaged_message, return_message

from sitroom.generate import iter_series
from sitroom.mail.imap import open_mailbox
from sitroom.mail.intake import Outcome, run_once, watch
from sitroom.mail.receipts import receipt
from sitroom.mail.rules import Rule, Rules
from sitroom.mail.smtp import send
from sitroom.settings import ImapSettings, SmtpSettings
from sitroom.store.engine import session_scope
from sitroom.store.tables import Organisation, Report, Series

HOW = ("docx", "pdf", "zip", "body")


class Collector:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server, session, envelope):  # aiosmtpd's hook
        self.messages.append(envelope.original_content or envelope.content)
        return "250 OK"


def domain(org: str) -> str:
    return "".join(c for c in org.lower() if c.isalnum())[:30] + ".example"


def build(total: int, damaged: int, unknown: int) -> tuple[list[bytes], Rules, Counter]:
    good = total - damaged - unknown
    series = [list(s) for s in iter_series(series=6, reports=-(-good // 6) + 1, seed=11, organisations=3)]
    reports = [r for batch in zip(*series, strict=True) for r in batch][:good]
    orgs = sorted({r.organisation for r in reports})
    rules = Rules(tuple(Rule("@" + domain(o), o) for o in orgs))
    expected = Counter(r.organisation for r in reports)
    messages = [
        return_message(r, f"duty{i % 3}@{domain(r.organisation)}", HOW[i % len(HOW)]) for i, r in enumerate(reports)
    ]
    messages += [damaged_message(f"duty@{domain(orgs[i % len(orgs)])}", i) for i in range(damaged)]
    extra = next(iter_series(series=1, reports=unknown, seed=99))
    messages += [return_message(r, f"someone{i}@unknown{i}.example", "docx") for i, r in enumerate(extra)]
    return messages, rules, expected


def idle_latency(engine, imap: ImapSettings, n: int) -> list[float]:
    """Seconds from each of ``n`` deliveries to its report stored, ``watch`` waiting in IDLE meanwhile."""
    reports = list(next(iter_series(series=1, reports=n, seed=123)))
    org = reports[0].organisation
    rules = Rules((Rule("@" + domain(org), org),))
    stored: list[float] = []
    read = threading.Event()
    mailboxes = []

    @contextmanager
    def connect():
        with open_mailbox(imap) as mb:
            mailboxes.append(mb)
            yield mb

    def seen(result) -> None:
        stored.append(time.perf_counter())
        read.set()

    thread = threading.Thread(target=watch, args=(engine, connect, rules, 60.0),
                              kwargs={"on_message": seen, "rounds": n + 1}, daemon=True)  # fmt: skip
    thread.start()
    delays = []
    with open_mailbox(imap) as mb:
        for i, report in enumerate(reports):
            while not (mailboxes and mailboxes[-1].idling):  # delivered while the watcher waits, as in life
                time.sleep(0.005)
            read.clear()
            mb.append("INBOX", return_message(report, f"duty@{domain(org)}", HOW[i % len(HOW)]))
            sent = time.perf_counter()
            if not read.wait(30):
                raise SystemExit(f"return {i + 1} not read within 30 s of delivery: IDLE is not working")
            delays.append(stored[-1] - sent)
    thread.join(30)
    return delays


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=200)
    ap.add_argument("--damaged", type=int, default=10)
    ap.add_argument("--unknown", type=int, default=5)
    ap.add_argument("--db", default="sqlite", choices=["sqlite", "postgresql"])
    ap.add_argument("--watch-messages", type=int, default=10)
    args = ap.parse_args()
    messages, rules, expected = build(args.messages, args.damaged, args.unknown)
    print(f"mailbox: {len(messages)} messages ({args.damaged} damaged, {args.unknown} from unknown senders)")
    collector = Collector()
    port = free_port()
    controller = Controller(collector, hostname="127.0.0.1", port=port)
    controller.start()
    smtp = SmtpSettings("127.0.0.1", port, "sitroom@cell.example", starttls=False)
    try:
        with dovecot() as server, scratch_engine(args.db) as engine:
            imap = ImapSettings(server.host, server.port, server.user, server.password, "starttls", "INBOX",
                                str(server.cafile))  # fmt: skip
            with open_mailbox(imap) as mb:
                t = time.perf_counter()
                for raw in messages:
                    mb.append("INBOX", raw)
                print(f"delivered by IMAP APPEND in {time.perf_counter() - t:.1f} s")

            def answer(result) -> None:
                msg = receipt(engine, result)
                if msg is not None:
                    send(smtp, [msg])

            for run in (1, 2):
                t = time.perf_counter()
                with open_mailbox(imap) as mb:
                    results = run_once(engine, mb, rules, answer)
                    folders = {f: len(mb.uids(mb.path("sitroom", f))) for f in ("done", "failed", "held")}
                elapsed = time.perf_counter() - t
                counts = Counter(r.outcome for r in results)
                print(
                    f"run {run}: {len(results)} messages in {elapsed:.1f} s ({len(results) / elapsed:.1f}/s): "
                    + ", ".join(f"{o.value} {counts[o]}" for o in Outcome)
                    + f"; folders {folders}"
                )
                with session_scope(engine, write=False) as s:
                    stored = Counter(
                        dict(
                            s.execute(
                                select(Organisation.name, func.count(Report.id))
                                .join(Series, Series.organisation_id == Organisation.id)
                                .join(Report, Report.series_id == Series.id)
                                .group_by(Organisation.name)
                            ).all()
                        )
                    )
                    series = s.scalar(select(func.count(Series.id)))
                print(f"  reports stored: {sum(stored.values())} in {series} series; expected {sum(expected.values())}")
                print(f"  stored per organisation as expected: {stored == expected}")
                if run == 1:
                    failed = [r for r in results if r.outcome is Outcome.FAILED]
                    print(f"  failed with a reason: {sum(1 for r in failed if r.reasons)} of {len(failed)}")
                    if failed:
                        print(f"  e.g. {failed[0].reasons[0]}")
                    replies = [email.message_from_bytes(m, policy=policy.default) for m in collector.messages]
                    told = sum(1 for m in replies if "could not be read" in m["Subject"])
                    print(f"  receipts sent: {len(replies)} ({told} saying why a return could not be read)")
                    with open_mailbox(imap) as mb:  # the same mail delivered again
                        for raw in messages:
                            mb.append("INBOX", raw)
                    collector.messages.clear()
            if args.watch_messages:
                delays = idle_latency(engine, imap, args.watch_messages)
                print(
                    f"watch (IDLE, interval 60 s): {len(delays)} returns each stored "
                    f"{statistics.median(delays):.2f} s after delivery (median; max {max(delays):.2f} s)"
                )
    finally:
        controller.stop()
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
