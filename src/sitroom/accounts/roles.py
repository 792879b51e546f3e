"""The roles an account can have, most powerful first (kept apart so the CLI can list them cheaply)."""

from enum import StrEnum


class Role(StrEnum):
    """An account's role; the database keeps its value."""

    ADMIN = "admin"  # everything, accounts included
    COORDINATOR = "coordinator"  # writes the series of their organisations and those given to them
    CONTRIBUTOR = "contributor"  # writes the series given to them
    READER = "reader"  # reads only


ROLES = tuple(Role)
