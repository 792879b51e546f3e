"""`sitroom mail --watch` against a real Dovecot: IMAP IDLE reads new mail as it arrives, polling
waits for its interval, and a dropped connection is opened again."""

from __future__ import annotations

import socket
import threading
import time
from contextlib import contextmanager

from messages import return_message

from sitroom.generate import iter_series
from sitroom.mail.imap import open_mailbox
from sitroom.mail.intake import watch
from sitroom.mail.rules import Rule, Rules
from sitroom.store import make_engine

RULES = Rules((Rule("@north.example", "North"),))
LONG = 60.0  # the interval: a test passing well within it did not wait for a poll


def _reports(n: int):
    (reports,) = [list(s) for s in iter_series(series=1, reports=n, seed=7)]
    return reports


class Watcher:
    """``watch`` in a thread, with the mailboxes it opened and the messages it read."""

    def __init__(self, engine, settings, rounds: int, idle: bool = True) -> None:
        self.mailboxes, self.seen, self.modes = [], [], []

        @contextmanager
        def connect():
            with open_mailbox(settings) as mb:
                self.mailboxes.append(mb)
                yield mb

        self.thread = threading.Thread(
            target=watch,
            args=(engine, connect, RULES, LONG if idle else 2.0),
            kwargs={"on_message": self.seen.append, "rounds": rounds, "idle": idle, "on_wait": self.modes.append},
            daemon=True,
        )

    def wait_idling(self, n: int = 1, timeout: float = 20) -> None:
        end = time.monotonic() + timeout
        while not (len(self.mailboxes) >= n and self.mailboxes[n - 1].idling):
            assert time.monotonic() < end, "the watcher never went idle"
            time.sleep(0.02)

    def wait_seen(self, n: int, timeout: float) -> float:
        start = time.monotonic()
        while len(self.seen) < n:
            assert time.monotonic() - start < timeout, f"only {len(self.seen)} of {n} messages read in {timeout} s"
            time.sleep(0.02)
        return time.monotonic() - start


def test_mail_appended_while_idling_is_read_at_once(mailbox_env, tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'idle.db'}")
    w = Watcher(engine, mailbox_env, rounds=2)
    w.thread.start()
    w.wait_idling()
    with open_mailbox(mailbox_env) as mb:
        mb.append("INBOX", return_message(_reports(1)[0], "ann@north.example", "docx"))
    took = w.wait_seen(1, timeout=15)
    w.thread.join(10)
    assert not w.thread.is_alive() and w.modes == ["idle"]
    assert [r.outcome.value for r in w.seen] == ["stored"] and took < 10  # the interval is 60 s
    engine.dispose()


def test_a_dropped_connection_is_opened_again(mailbox_env, tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'drop.db'}")
    w = Watcher(engine, mailbox_env, rounds=4)  # read, lost, read again, read the new message
    w.thread.start()
    w.wait_idling()
    w.mailboxes[0].conn.sock.shutdown(socket.SHUT_RDWR)  # the network goes away under the idle wait
    w.wait_idling(2)  # a second connection, idling again
    with open_mailbox(mailbox_env) as mb:
        mb.append("INBOX", return_message(_reports(1)[0], "ann@north.example", "pdf"))
    w.wait_seen(1, timeout=15)
    w.thread.join(10)
    assert not w.thread.is_alive() and len(w.mailboxes) == 2 and w.modes == ["idle", "idle"]
    assert w.seen[0].outcome.value == "stored"
    engine.dispose()


def test_without_idle_the_mailbox_is_polled(mailbox_env, tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'poll.db'}")
    w = Watcher(engine, mailbox_env, rounds=2, idle=False)
    w.thread.start()
    end = time.monotonic() + 10
    while not w.modes:
        assert time.monotonic() < end
        time.sleep(0.02)
    with open_mailbox(mailbox_env) as mb:
        mb.append("INBOX", return_message(_reports(1)[0], "ann@north.example", "docx"))
    w.wait_seen(1, timeout=15)
    w.thread.join(10)
    assert w.modes == ["poll"] and not w.mailboxes[0].idling
    engine.dispose()
