"""Configuration read from the environment here and nowhere else: the web server (``web_settings``), mail,
the database and the data files the readers and analysers use (``data_settings``).

``sitroom serve`` options win over the environment; with several workers it passes them on through the
same variables, since each worker process builds its own app.

  SITROOM_ALLOWED_HOSTS   host names the server answers to, comma- or space-separated
                          (``*.example.org`` for every subdomain); loopback names always work
  SITROOM_MAX_UPLOAD_MB   the largest accepted upload, in megabytes (default 20)
  SITROOM_SECRET_KEY      signs session cookies (default: a random secret kept in the database)
  SITROOM_SECURE_COOKIES  ``1`` marks cookies Secure behind a TLS proxy
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sitroom.errors import SitroomError

ALLOWED_HOSTS = "SITROOM_ALLOWED_HOSTS"
MAX_UPLOAD_MB = "SITROOM_MAX_UPLOAD_MB"


@dataclass(frozen=True, slots=True)
class WebSettings:
    allowed_hosts: tuple[str, ...] = ()
    max_upload_mb: float = 20.0
    secret_key: str | None = None
    secure_cookies: bool = False


def host_list(values: Iterable[str]) -> tuple[str, ...]:
    """Host names from option values or the variable: split on commas and spaces, lower-cased, no port."""
    hosts: list[str] = []
    for value in values:
        for part in re.split(r"[,\s]+", value.strip().lower()):
            if part:
                hosts.append(host_name(part))
    return tuple(dict.fromkeys(hosts))


def host_name(host: str) -> str:
    """``host`` without its port, lower-cased; an IPv6 address in brackets (``[::1]``)."""
    host = host.strip().lower()
    if host.startswith("["):
        return host.split("]", 1)[0] + "]"
    if host.count(":") > 1:  # a bare IPv6 address
        return f"[{host}]"
    return host.split(":", 1)[0]


def web_settings(environ: Mapping[str, str] | None = None) -> WebSettings:
    """The web settings from ``environ`` (default: the process environment)."""
    env = os.environ if environ is None else environ
    return WebSettings(
        allowed_hosts=host_list([env.get(ALLOWED_HOSTS, "")]),
        max_upload_mb=float(env.get(MAX_UPLOAD_MB) or 20.0),
        secret_key=env.get("SITROOM_SECRET_KEY") or None,
        secure_cookies=env.get("SITROOM_SECURE_COOKIES") == "1",
    )


# -- mail (``sitroom mail``, ``sitroom chase``) -------------------------------------------------------------
#
#   SITROOM_IMAP_HOST, SITROOM_IMAP_PORT, SITROOM_IMAP_USER       the returns mailbox
#   SITROOM_IMAP_PASSWORD or SITROOM_IMAP_PASSWORD_FILE           its password (never a command-line option)
#   SITROOM_IMAP_SECURITY   ssl (port 993, default), starttls (port 143) or plain (loopback only)
#   SITROOM_IMAP_FOLDER     the folder read (default INBOX)
#   SITROOM_MAIL_CAFILE     a CA bundle trusted for IMAP and SMTP (a private certificate authority)
#   SITROOM_SMTP_HOST, SITROOM_SMTP_PORT (587), SITROOM_SMTP_USER, SITROOM_SMTP_PASSWORD[_FILE]
#   SITROOM_SMTP_FROM       the From address of receipts and reminders
#   SITROOM_SMTP_STARTTLS   0 turns STARTTLS off (a loopback relay); default on
#   SITROOM_MAIL_RULES      the YAML file mapping senders to organisations and series
#   SITROOM_MAIL_TEMPLATES  a folder of mail templates overriding the packaged ones (receipt.txt.j2, reminder.txt.j2)


class MailSettingsError(SitroomError):
    """A mail setting is missing or malformed."""


@dataclass(frozen=True, slots=True)
class ImapSettings:
    host: str
    port: int
    user: str
    password: str = field(repr=False)
    security: str = "ssl"
    folder: str = "INBOX"
    cafile: str | None = None


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    host: str
    port: int
    sender: str
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    starttls: bool = True
    cafile: str | None = None


def _secret(env: Mapping[str, str], name: str) -> str | None:
    if env.get(name):
        return env[name]
    path = env.get(f"{name}_FILE")
    if path:
        try:
            return Path(path).read_text(encoding="utf-8").strip()
        except OSError as e:
            raise MailSettingsError(f"{name}_FILE: cannot read {path}: {e.strerror or e}") from e
    return None


def _port(env: Mapping[str, str], name: str, default: int) -> int:
    try:
        return int(env.get(name) or default)
    except ValueError:
        raise MailSettingsError(f"{name} must be a port number, not {env[name]!r}") from None


def imap_settings(environ: Mapping[str, str] | None = None) -> ImapSettings:
    """The returns mailbox from ``environ`` (default: the process environment)."""
    env = os.environ if environ is None else environ
    host, user = env.get("SITROOM_IMAP_HOST"), env.get("SITROOM_IMAP_USER")
    if not host or not user:
        raise MailSettingsError("set SITROOM_IMAP_HOST and SITROOM_IMAP_USER to read a mailbox")
    password = _secret(env, "SITROOM_IMAP_PASSWORD")
    if password is None:
        raise MailSettingsError("set SITROOM_IMAP_PASSWORD or SITROOM_IMAP_PASSWORD_FILE")
    security = (env.get("SITROOM_IMAP_SECURITY") or "ssl").lower()
    if security not in ("ssl", "starttls", "plain"):
        raise MailSettingsError(f"SITROOM_IMAP_SECURITY must be ssl, starttls or plain, not {security!r}")
    default_port = 993 if security == "ssl" else 143
    return ImapSettings(
        host=host,
        port=_port(env, "SITROOM_IMAP_PORT", default_port),
        user=user,
        password=password,
        security=security,
        folder=env.get("SITROOM_IMAP_FOLDER") or "INBOX",
        cafile=env.get("SITROOM_MAIL_CAFILE") or None,
    )


def smtp_settings(environ: Mapping[str, str] | None = None) -> SmtpSettings:
    """The outgoing mail server from ``environ`` (default: the process environment)."""
    env = os.environ if environ is None else environ
    host, sender = env.get("SITROOM_SMTP_HOST"), env.get("SITROOM_SMTP_FROM")
    if not host or not sender:
        raise MailSettingsError("set SITROOM_SMTP_HOST and SITROOM_SMTP_FROM to send mail")
    return SmtpSettings(
        host=host,
        port=_port(env, "SITROOM_SMTP_PORT", 587),
        sender=sender,
        user=env.get("SITROOM_SMTP_USER") or None,
        password=_secret(env, "SITROOM_SMTP_PASSWORD"),
        starttls=env.get("SITROOM_SMTP_STARTTLS", "1") != "0",
        cafile=env.get("SITROOM_MAIL_CAFILE") or None,
    )


def mail_rules_path(environ: Mapping[str, str] | None = None) -> Path | None:
    """The sender rules file named by SITROOM_MAIL_RULES, if any."""
    env = os.environ if environ is None else environ
    return Path(env["SITROOM_MAIL_RULES"]) if env.get("SITROOM_MAIL_RULES") else None


def mail_templates_dir(environ: Mapping[str, str] | None = None) -> Path | None:
    """The folder of an admin's own mail templates (SITROOM_MAIL_TEMPLATES), if any."""
    env = os.environ if environ is None else environ
    return Path(env["SITROOM_MAIL_TEMPLATES"]) if env.get("SITROOM_MAIL_TEMPLATES") else None


# -- the database and the data files the readers and analysers use ------------------------------------------
#
#   SITROOM_DB               the database URL (default: a SQLite file in the working folder)
#   SITROOM_TEMPLATES        folders of series templates, os.pathsep-separated, after the built-in ones
#   SITROOM_TAXONOMY         a theme taxonomy (YAML) in place of the packaged one
#   SITROOM_GAZETTEER        gazetteer files or folders, os.pathsep-separated, added to the packaged one
#   SITROOM_SPACY_MODEL      a spaCy model (name or folder) for names no gazetteer lists
#   SITROOM_EMBEDDING_MODEL  a local sentence-transformers model folder for semantic linking

DATABASE = "SITROOM_DB"
TEMPLATES = "SITROOM_TEMPLATES"
TAXONOMY = "SITROOM_TAXONOMY"
GAZETTEER = "SITROOM_GAZETTEER"
SPACY_MODEL = "SITROOM_SPACY_MODEL"
EMBEDDING_MODEL = "SITROOM_EMBEDDING_MODEL"


@dataclass(frozen=True, slots=True)
class DataSettings:
    database: str | None = None
    templates: tuple[Path, ...] = ()
    taxonomy: str | None = None
    gazetteers: tuple[Path, ...] = ()
    spacy_model: str | None = None
    embedding_model: str | None = None


def _paths(value: str | None) -> tuple[Path, ...]:
    return tuple(Path(p) for p in (value or "").split(os.pathsep) if p)


def data_settings(environ: Mapping[str, str] | None = None) -> DataSettings:
    """The database URL and data files from ``environ`` (default: the process environment); unset or empty
    variables are None (or no paths), so each reader falls back to its packaged default."""
    env = os.environ if environ is None else environ
    return DataSettings(
        database=env.get(DATABASE) or None,
        templates=_paths(env.get(TEMPLATES)),
        taxonomy=env.get(TAXONOMY) or None,
        gazetteers=_paths(env.get(GAZETTEER)),
        spacy_model=env.get(SPACY_MODEL) or None,
        embedding_model=env.get(EMBEDDING_MODEL) or None,
    )
