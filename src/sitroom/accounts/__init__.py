"""Accounts: users and their roles, password sign-in with lockout, API tokens, and the access policy.

Core code: never imports sitroom.web or sitroom.cli. Every change is written to the audit log
(sitroom.store.audit) in the same transaction as the change itself.
"""

from sitroom.accounts.errors import (
    AccountError,
    AccountExists,
    AccountLocked,
    BadCredentials,
    LastAdmin,
    UserNotFound,
    WeakPassword,
)
from sitroom.accounts.policy import LOCAL, ROLES, Principal

__all__ = [
    "LOCAL",
    "ROLES",
    "AccountError",
    "AccountExists",
    "AccountLocked",
    "BadCredentials",
    "LastAdmin",
    "Principal",
    "UserNotFound",
    "WeakPassword",
]
