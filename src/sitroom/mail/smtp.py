"""Sending mail through the configured SMTP server (STARTTLS and login when configured)."""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Iterable
from email.message import EmailMessage

from sitroom.mail.errors import MailError
from sitroom.settings import SmtpSettings

TIMEOUT = 60


def send(settings: SmtpSettings, messages: Iterable[EmailMessage]) -> int:
    """Send ``messages`` over one connection; the number sent. Each gets the configured From."""
    sent = 0
    try:
        with smtplib.SMTP(settings.host, settings.port, timeout=TIMEOUT) as smtp:
            if settings.starttls:
                smtp.starttls(context=ssl.create_default_context(cafile=settings.cafile))
            if settings.user:
                smtp.login(settings.user, settings.password or "")
            for message in messages:
                if "From" not in message:
                    message["From"] = settings.sender
                smtp.send_message(message)
                sent += 1
    except (OSError, smtplib.SMTPException) as e:
        raise MailError(f"mail not sent through {settings.host}:{settings.port}: {e}") from e
    return sent
