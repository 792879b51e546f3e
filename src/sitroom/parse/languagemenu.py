"""A line offering the message in other languages ("Translate: Español | Soomaali | Tiếng Việt"), set under a mail
by the service that sent it: a menu of languages, not a point of the report. The languages are known by their
names in their own tongue and in English, as the locale data names them."""

from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale, localedata

# the menu's own label: "Translate:", "Read in:", "Disponible en:"
_LABEL = re.compile(r"^[^:|·]{1,30}:\s*")
_PARTS = re.compile(r"\s*[|·•]\s*")
# a menu names this many languages at least, most of them known ones
_LEAST = 3
_NAME_WORDS = 3


@lru_cache(maxsize=1)
def _language_names() -> frozenset[str]:
    names: set[str] = set()
    for ident in localedata.locale_identifiers():
        locale = Locale.parse(ident)
        if locale.territory or locale.script:
            continue
        names.update(n.casefold() for n in (locale.get_display_name(locale), locale.get_display_name("en")) if n)
    return frozenset(names)


def is_language_menu(text: str) -> bool:
    """The line is a menu of the languages the message can be read in."""
    parts = [p for p in _PARTS.split(_LABEL.sub("", text.strip(), count=1)) if p]
    if len(parts) < _LEAST or any(len(p.split()) > _NAME_WORDS for p in parts):
        return False
    known = sum(p.casefold() in _language_names() for p in parts)
    return known >= _LEAST and 2 * known >= len(parts)
