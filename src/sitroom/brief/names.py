"""Series names as short as the brief's context allows: a reader sees them on every line.

The organisation's name is dropped when every series of the brief belongs to the same one (the
brief is that organisation's); the words every series name shares ("COVID-19", "Sitrep") and the
generic words of a report's name ("situation report", "sitrep") say nothing that tells series
apart, so they go too. A name is kept whole when shortening would leave it empty or the same as
another's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_GENERIC = re.compile(r"\b(?:situation reports?|sit ?reps?|status reports?|weekly reports?|daily reports?)\b", re.I)
_WORD = re.compile(r"[\w'’-]+")
# What is left between the parts of a shortened name: separators, dangling joiners.
_EDGE = re.compile(r"^[\s\-–—:,;|/()]+|[\s\-–—:,;|/(]+$")
_SEPARATOR_RUN = re.compile(r"\s*[\-–—:|]\s*(?:[\-–—:|]\s*)+")


def _tidy(name: str) -> str:
    name = _SEPARATOR_RUN.sub(" – ", " ".join(name.split()))
    name = re.sub(r"\(\s*\)", "", name)
    name = re.sub(r"\s+([:,;])", r"\1", name)
    return _EDGE.sub("", " ".join(name.split()))


def short_names(names: list[str], organisations: Mapping[str, str | None]) -> dict[str, str]:
    """Each of ``names`` → the name to print; ``organisations`` maps a series name to its organisation."""
    unique = sorted(set(names))
    orgs = {organisations.get(n) for n in unique}
    out: dict[str, str] = {}
    for name in unique:
        short = name
        org = organisations.get(name)
        if len(orgs) == 1 and org and org.lower() in name.lower():
            short = re.sub(re.escape(org), " ", short, flags=re.I)
        out[name] = _tidy(_GENERIC.sub(" ", short))
    if len(unique) > 1:
        common = set.intersection(*({w.lower() for w in _WORD.findall(out[n])} for n in unique))
        for name in unique:
            words = [w for w in _WORD.findall(out[name]) if w.lower() not in common]
            if words:
                kept = out[name]
                for w in common:
                    kept = re.sub(rf"(?<![\w'’-]){re.escape(w)}(?![\w'’-])", " ", kept, flags=re.I)
                out[name] = _tidy(kept)
    shorts = list(out.values())
    for name in unique:
        if not out[name] or shorts.count(out[name]) > 1:
            out[name] = name
    return out
