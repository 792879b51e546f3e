"""Errors raised by the accounts core; the CLI and the web map them through ``SitroomError``."""

from __future__ import annotations

from sitroom.errors import SitroomError


class AccountError(SitroomError):
    """Bad input about an account (a malformed name, an unknown role, a missing organisation)."""

    http_status = 400


class UserNotFound(AccountError):
    http_status = 404


class AccountExists(AccountError):
    http_status = 409


class WeakPassword(AccountError):
    http_status = 422


class LastAdmin(AccountError):
    """The change would leave no enabled admin, so nobody could administer the accounts any more."""

    http_status = 409


class BadCredentials(AccountError):
    """Wrong user name or password. Deliberately says nothing about which of the two was wrong."""

    http_status = 401


class AccountLocked(BadCredentials):
    """Too many failed sign-ins: the account refuses passwords until ``until``."""

    def __init__(self, message: str, until=None) -> None:
        super().__init__(message)
        self.until = until


class TokenNotFound(AccountError):
    http_status = 404
