"""The web app: server-rendered pages (Jinja2 + htmx) and the JSON API under ``/api/v1``.

Both read and write through the same core functions as the CLI. ``create_app`` builds a fresh app
for one database; nothing is created at import time.
"""

from sitroom.web.app import create_app

__all__ = ["create_app"]
