"""A small IMAP client over imaplib: list a folder's messages, fetch one, move it to another folder."""

from __future__ import annotations

import imaplib
import re
import ssl
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

    def append(self, folder: str, message: bytes) -> None:
        """Add a message to ``folder`` (tests, benchmarks, and a held message put back)."""
        self.ensure(folder)
        _ok(*self.conn.append(_quote(folder), None, None, message), f"APPEND {folder}")


@contextmanager
def open_mailbox(settings: ImapSettings) -> Iterator[Mailbox]:
    """Connect (TLS, or STARTTLS before login), log in, yield the mailbox, log out."""
    context = ssl.create_default_context(cafile=settings.cafile)
    try:
        if settings.security == "ssl":
            conn: imaplib.IMAP4 = imaplib.IMAP4_SSL(settings.host, settings.port, ssl_context=context, timeout=TIMEOUT)
        else:
            conn = imaplib.IMAP4(settings.host, settings.port, timeout=TIMEOUT)
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
