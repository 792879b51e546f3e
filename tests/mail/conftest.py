"""A real Dovecot IMAP server and a real SMTP server (aiosmtpd) on loopback for the mail tests."""

from __future__ import annotations

import shutil

import pytest
from aiosmtpd.controller import Controller
from dovecot import available, dovecot, free_port

from sitroom.mail.imap import open_mailbox
from sitroom.settings import ImapSettings


class Collector:
    """Keeps every message the SMTP server receives."""

    def __init__(self) -> None:
        self.messages: list[tuple[list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((list(envelope.rcpt_tos), envelope.original_content or envelope.content))
        return "250 OK"


@pytest.fixture(scope="session")
def imap_server():
    if not available():
        if shutil.which("apt-get") is None:
            pytest.skip("dovecot not installed")
        pytest.fail("dovecot-imapd is not installed (apt-get install dovecot-imapd)")
    with dovecot() as server:
        yield server


@pytest.fixture
def mailbox_env(imap_server, monkeypatch, tmp_path):
    """A clean mailbox (every folder emptied) and the environment that points sitroom at it."""
    settings = ImapSettings(imap_server.host, imap_server.port, imap_server.user, imap_server.password,
                            "starttls", "INBOX", str(imap_server.cafile))  # fmt: skip
    with open_mailbox(settings) as mb:
        _typ, data = mb.conn.list('""', "*")
        for line in data:
            name = line.decode().rsplit(' "/" ', 1)[1].strip('"')
            if "\\Noselect" in line.decode():
                continue
            mb.select(name)
            mb.conn.uid("STORE", "1:*", "+FLAGS.SILENT", r"(\Deleted)")
            mb.conn.expunge()
    password_file = tmp_path / "imap-password"
    password_file.write_text(imap_server.password + "\n")
    for key, value in {
        "SITROOM_IMAP_HOST": imap_server.host,
        "SITROOM_IMAP_PORT": str(imap_server.port),
        "SITROOM_IMAP_USER": imap_server.user,
        "SITROOM_IMAP_PASSWORD_FILE": str(password_file),
        "SITROOM_IMAP_SECURITY": "starttls",
        "SITROOM_MAIL_CAFILE": str(imap_server.cafile),
    }.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("SITROOM_IMAP_PASSWORD", raising=False)
    return settings


@pytest.fixture
def smtp_server(monkeypatch):
    collector = Collector()
    port = free_port()
    controller = Controller(collector, hostname="127.0.0.1", port=port)
    controller.start()
    monkeypatch.setenv("SITROOM_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("SITROOM_SMTP_PORT", str(port))
    monkeypatch.setenv("SITROOM_SMTP_FROM", "sitroom@cell.example")
    monkeypatch.setenv("SITROOM_SMTP_STARTTLS", "0")
    yield collector
    controller.stop()
