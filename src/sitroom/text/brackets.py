"""A heading set in lenticular brackets on a line of its own, as Chinese and Japanese writers mark a section of a
message or a notice: "【要点】", "【风险隐患】", "〖下一步工作〗". The brackets mark it; the name is what they hold."""

from __future__ import annotations

import re

_BRACKETED = re.compile(r"^[【〖]\s*(?P<name>[^【】〖〗\n]{1,30}?)\s*[】〗]$")


def bracketed_heading(text: str) -> str | None:
    """The name a bracketed heading holds ("【要点】" → "要点"), or None for any other line."""
    m = _BRACKETED.match(text.strip())
    return m.group("name") if m else None
