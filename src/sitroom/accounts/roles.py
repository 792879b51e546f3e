"""The roles an account can have, most powerful first (kept apart so the CLI can list them cheaply)."""

ROLES = ("admin", "coordinator", "contributor", "reader")
