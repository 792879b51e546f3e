"""Errors of the mail package, mapped once at the command line."""

from __future__ import annotations

from sitroom.errors import SitroomError


class MailError(SitroomError):
    """The mailbox or the mail server could not be used (connection, login, folder, sending)."""


class RulesError(MailError):
    """The sender rules file is missing or malformed, or a rule is."""

    http_status = 422
