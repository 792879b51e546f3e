"""Jinja templates of the mails sitroom sends. An admin overrides one by putting a file of the same name
in the folder named by SITROOM_MAIL_TEMPLATES; the packaged ones are the fallback."""

from __future__ import annotations

from pathlib import Path

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined

from sitroom.settings import mail_templates_dir

PACKAGED = Path(__file__).parent / "templates"


def environment(override: Path | None = None) -> Environment:
    override = override or mail_templates_dir()
    loaders = [FileSystemLoader(str(override))] if override else []
    loaders.append(FileSystemLoader(str(PACKAGED)))
    return Environment(
        loader=ChoiceLoader(loaders), undefined=StrictUndefined, keep_trailing_newline=True, autoescape=False
    )


def render(name: str, override: Path | None = None, **context: object) -> str:
    """Render template ``name`` (plain text) with ``context``."""
    return environment(override).get_template(name).render(**context)
