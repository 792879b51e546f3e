"""YAML read with libyaml's C parser when PyYAML has it: the templates, the theme taxonomy and the
gazetteer are read on every command, and the pure-Python parser takes ten times as long."""

from __future__ import annotations

from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """``yaml.safe_load``, in C when available; raises ``yaml.YAMLError`` on bad YAML either way."""
    return yaml.load(text, Loader=_LOADER)
