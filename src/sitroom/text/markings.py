"""Protective markings: the classification printed at the top or foot of a page or message ("OFFICIAL",
"OFFICIAL – SENSITIVE", "UNCLASSIFIED", "RESTRICTED"). It says how to handle the document, not what it
reports."""

from __future__ import annotations

import re

MARKING = re.compile(
    r"^[\W_]*(?:(?:not\s+protectively\s+marked|unclassified|official(?:[\s\W_]+sensitive)?|restricted|protect"
    r"|confidential|(?:top\s+)?secret|for\s+official\s+use\s+only|sensitive)(?:[\s\W_]+[a-z]+){0,2})[\W_]*$",
    re.I,
)


def is_marking(text: str) -> bool:
    """A protective marking line ("OFFICIAL", "OFFICIAL – SENSITIVE", "UNCLASSIFIED")."""
    return len(text) <= 60 and MARKING.match(text.strip()) is not None
