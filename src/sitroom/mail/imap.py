"""A small IMAP client over imaplib: list a folder's messages, fetch one, move it to another folder."""

from __future__ import annotations

import imaplib
import re
import select
import ssl
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from sitroom.mail.errors import MailError
from sitroom.settings import ImapSettings

TIMEOUT = 60


def _ok(typ: str, data: list, what: str) -> list:
    if typ != "OK":
        detail = b" ".join(d for d in data if isinstance(d, bytes)).decode(errors="replace")
        raise MailError(f"IMAP {what} failed: {detail}")
    return data


def _quote(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Mailbox:
    """An open, logged-in mailbox. Use ``open_mailbox``."""

    def __init__(self, conn: imaplib.IMAP4, folder: str) -> None:
        self.conn = conn
        self.folder = folder
        self.delimiter = self._delimiter()
        self._known: set[str] = set()
        _ok(*conn.capability(), "CAPABILITY")  # refreshed after login: MOVE is often only announced then
        self.can_move = "MOVE" in conn.capabilities
        self.can_idle = "IDLE" in conn.capabilities
        self.idling = False  # true while waiting in IDLE (tests watch it)

    def _delimiter(self) -> str:
        data = _ok(*self.conn.list('""', '""'), "LIST")
        m = re.search(rb'\) "(.)"', data[0] or b"") if data else None
        return m.group(1).decode() if m else "/"

    def path(self, *parts: str) -> str:
        """A folder name from its parts, with the server's hierarchy delimiter."""
        return self.delimiter.join(parts)

    def ensure(self, folder: str) -> None:
        """Create ``folder`` unless it exists."""
        if folder in self._known:
            return
        typ, data = self.conn.list('""', _quote(folder))
        if typ != "OK" or not data or data[0] is None:
            _ok(*self.conn.create(_quote(folder)), f"CREATE {folder}")
        self._known.add(folder)

    def select(self, folder: str) -> None:
        _ok(*self.conn.select(_quote(folder)), f"SELECT {folder}")

    def uids(self, folder: str | None = None) -> list[int]:
        """The UIDs of the messages in ``folder`` (default: the one read), oldest first."""
        self.select(folder or self.folder)
        data = _ok(*self.conn.uid("SEARCH", None, "ALL"), "SEARCH")
        return sorted(int(u) for u in (data[0] or b"").split())

    def fetch(self, uid: int) -> bytes:
        """The whole message ``uid`` of the selected folder, without marking it seen."""
        data = _ok(*self.conn.uid("FETCH", str(uid), "(BODY.PEEK[])"), f"FETCH {uid}")
        for part in data:
            if isinstance(part, tuple):
                return part[1]
        raise MailError(f"message {uid} is gone from the mailbox")

    def move(self, uid: int, folder: str) -> None:
        """Move message ``uid`` of the selected folder to ``folder`` (created if needed)."""
        self.ensure(folder)
        if self.can_move:
            _ok(*self.conn.uid("MOVE", str(uid), _quote(folder)), f"MOVE {uid}")
            return
        _ok(*self.conn.uid("COPY", str(uid), _quote(folder)), f"COPY {uid}")
        _ok(*self.conn.uid("STORE", str(uid), "+FLAGS.SILENT", r"(\Deleted)"), f"STORE {uid}")
        _ok(*self.conn.expunge(), "EXPUNGE")

    def idle(self, seconds: float) -> bool:
        """Wait in IMAP IDLE (RFC 2177) on the folder read until the server announces new mail or
        ``seconds`` pass; True when mail arrived. The caller then reads the folder as usual.

        A dropped connection raises ``MailError``; so does a server without IDLE.
        """
        if not self.can_idle:
            raise MailError("the mailbox server does not offer IDLE")
        conn = self.conn
        waiting = _ok(*conn.select(_quote(self.folder)), f"SELECT {self.folder}")
        if int(waiting[0] or 0):  # mail came between the last read and now: no need to wait for it
            return True
        tag = conn._new_tag()  # imaplib (before Python 3.14) has no IDLE: the command is sent by hand
        try:
            conn.send(tag + b" IDLE\r\n")
            line = conn.readline()
            if not line.startswith(b"+"):
                raise MailError(f"IMAP IDLE refused: {line.decode(errors='replace').strip()}")
            self.idling = True
            arrived = self._wait_for_mail(time.monotonic() + seconds)
            self.idling = False
            conn.send(b"DONE\r\n")
            while not (line := conn.readline()).startswith(tag):
                if not line:
                    raise MailError("the mailbox closed the connection while idling")
            if not line[len(tag) :].strip().upper().startswith(b"OK"):
                raise MailError(f"IMAP IDLE failed: {line.decode(errors='replace').strip()}")
            return arrived
        except (OSError, imaplib.IMAP4.abort) as e:
            raise MailError(f"the mailbox connection dropped while idling: {e}") from e
        finally:
            self.idling = False

    def _wait_for_mail(self, deadline: float) -> bool:
        """Read the server's untagged lines until one announces a message (EXISTS) or ``deadline``."""
        sock = self.conn.sock
        while (left := deadline - time.monotonic()) > 0:
            pending = isinstance(sock, ssl.SSLSocket) and sock.pending()
            if not pending and not select.select([sock], [], [], min(left, 5.0))[0]:
                continue
            line = self.conn.readline()
            if not line:
                raise MailError("the mailbox closed the connection while idling")
            if re.match(rb"\* \d+ EXISTS", line):
                return True
        return False

    def append(self, folder: str, message: bytes) -> None:
        """Add a message to ``folder`` (tests, benchmarks, and a held message put back)."""
        self.ensure(folder)
        _ok(*self.conn.append(_quote(folder), None, None, message), f"APPEND {folder}")


@contextmanager
def open_mailbox(settings: ImapSettings, timeout: float = TIMEOUT) -> Iterator[Mailbox]:
    """Connect (TLS, or STARTTLS before login), log in, yield the mailbox, log out. ``timeout``: seconds
    any one network operation may take (a page listing held mail waits less than a background reader)."""
    context = ssl.create_default_context(cafile=settings.cafile)
    try:
        if settings.security == "ssl":
            conn: imaplib.IMAP4 = imaplib.IMAP4_SSL(settings.host, settings.port, ssl_context=context, timeout=timeout)
        else:
            conn = imaplib.IMAP4(settings.host, settings.port, timeout=timeout)
            if settings.security == "starttls":
                conn.starttls(context)
    except (OSError, imaplib.IMAP4.error) as e:
        raise MailError(f"cannot reach the mailbox at {settings.host}:{settings.port}: {e}") from e
    try:
        try:
            conn.login(settings.user, settings.password)
        except imaplib.IMAP4.error as e:
            raise MailError(f"the mailbox refused the login of {settings.user}: {e}") from e
        yield Mailbox(conn, settings.folder)
    finally:
        with suppress(OSError, imaplib.IMAP4.error):
            conn.logout()
