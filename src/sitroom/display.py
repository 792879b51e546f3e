"""How sizes and file names appear in messages: one unit for sizes, one line for every name.

Sizes are decimal: 1 MB = 1,000,000 bytes (as disks and browsers count them); every ``--max-size``
and upload limit given in MB means the same unit.
"""

from __future__ import annotations

import unicodedata

KB = 1000
MB = 1000 * KB
GB = 1000 * MB

# Line and paragraph separators and the bidirectional overrides can make one name look like two lines
# or reorder what follows it; they are shown escaped like the C0/C1 control characters.
_INVISIBLE = frozenset("\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def format_size(n: int | float) -> str:
    """``532`` → ``"532 bytes"``, ``1500`` → ``"1.5 kB"``, ``200_000_000`` → ``"200 MB"`` (decimal units)."""
    if n < KB:
        return f"{int(n)} bytes"
    for unit, size in (("GB", GB), ("MB", MB), ("kB", KB)):
        if n >= size:
            value = n / size
            # Three significant figures at most, without a useless ".0".
            text = f"{value:.1f}" if value < 100 else f"{value:.0f}"
            return f"{text.removesuffix('.0')} {unit}"
    raise AssertionError("unreachable")


def mb_to_bytes(mb: float) -> int:
    """A limit given in MB (decimal, as every option and setting states it) in bytes."""
    return int(mb * MB)


def one_line(text: str) -> str:
    """``text`` with control characters and line separators escaped (``"a\\nb"`` → ``"a\\\\nb"``).

    A file may be named with a newline or an escape sequence; an error line that names it must stay
    one line and must not drive the terminal.
    """
    if text.isprintable():
        return text
    return "".join(_escape(ch) for ch in text)


def _escape(ch: str) -> str:
    if ch in _INVISIBLE or unicodedata.category(ch) in ("Cc", "Zl", "Zp"):
        return ch.encode("unicode_escape").decode("ascii")
    return ch
