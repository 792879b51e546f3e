"""Configuration of the web server, read from the environment once, here (``web_settings``).

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
from dataclasses import dataclass

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
