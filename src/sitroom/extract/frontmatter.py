"""Front matter: the metadata a Markdown page opens with (its title, its date), in YAML between "---" lines or in
TOML between "+++" lines (as Hugo writes it)."""

from __future__ import annotations

import re
import tomllib
from datetime import date, datetime
from typing import Any

import yaml

from sitroom import yamltext

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_TOML_FRONT_MATTER = re.compile(r"\A\+\+\+[ \t]*\n(.*?\n)\+\+\+[ \t]*(?:\n|\Z)", re.S)
_DATE_KEYS = ("date", "published", "pubdate", "publishDate", "created")


def front_matter(text: str) -> tuple[dict[str, Any], str, str | None]:
    """Split YAML or TOML front matter off: (metadata, the rest with the front matter blanked, a warning)."""
    m = _FRONT_MATTER.match(text) or _TOML_FRONT_MATTER.match(text)
    if not m:
        return {}, text, None
    # Keep line numbers (and so code-block detection) unchanged: blank the lines rather than cut them.
    rest = "\n" * m.group(0).count("\n") + text[m.end() :]
    if text.startswith("+"):
        try:
            return tomllib.loads(m.group(1)), rest, None
        except tomllib.TOMLDecodeError:
            return {}, rest, "front matter is not valid TOML: left out"
    try:
        data = yamltext.safe_load(m.group(1))
    except yaml.YAMLError:
        return {}, rest, "front matter is not valid YAML: left out"
    return (data if isinstance(data, dict) else {}), rest, None


def meta_date(meta: dict[str, Any]) -> str | None:
    """The date the front matter gives (its first date key), as ISO text."""
    for key in _DATE_KEYS:
        value = meta.get(key)
        if isinstance(value, datetime):
            return value.date().isoformat()
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, str) and re.match(r"\d{4}-\d{2}-\d{2}", value.strip()):
            return value.strip()[:10]
    return None
