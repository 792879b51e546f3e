"""Returns by e-mail: read a mailbox into the store (intake), answer senders (receipts), remind
contributors whose returns are due or late (chase). Sits at the ingest level: it uses ingest, store
and extract; nothing below imports it."""

from sitroom.mail.errors import MailError

__all__ = ["MailError"]
