"""The online meeting a message invites to: the block a calendar or meeting app adds under the body ("Microsoft
Teams meeting", the join link, "Meeting ID: …", "Passcode: …", dial-in numbers). It tells how to join the
meeting, not what happened: left out and counted, in any language, by its link to a meeting service."""

from __future__ import annotations

import re

from sitroom.model import BlockKind
from sitroom.parse.units import Unit

# a link that joins a meeting on one of the services people meet on
_JOIN_LINK = re.compile(
    r"teams\.microsoft\.com/l/meetup-join|teams\.live\.com/meet|zoom\.us/[jw]/|meet\.google\.com/|\.webex\.com/"
    r"|meet\.jit\.si/|whereby\.com/|gotomeet(?:ing)?\.com|global\.gotomeeting|bluejeans\.com/",
    re.I,
)
# a line of the block: a link, a labelled detail ("Meeting ID: 396 926 684"), a dial-in number, or a short label
_URL = re.compile(r"<?https?://\S+")
_DETAIL = re.compile(r"https?://|<https?:|^[\w .’'-]{2,40}:\s*[\w+ ()#-]{3,}$|^\+?[\d ()-]{7,}")
MAX_BLOCK_LINES = 12
_SHORT = 10


def meeting_block(body: list[Unit]) -> int | None:
    """Where the meeting's joining block starts at the end of the body, or None: the last lines, each a
    link, a labelled detail or a short line, one of them a meeting service's join link."""
    start = None
    for n in range(len(body) - 1, max(-1, len(body) - 1 - MAX_BLOCK_LINES), -1):
        unit, text = body[n], body[n].text.strip()
        # a list's point or a heading is the report's, whatever link it gives; so is a sentence around a link
        words = len(_URL.sub(" ", text).split())
        if unit.bullet is not None or unit.kind is BlockKind.HEADING:
            break
        joins = _JOIN_LINK.search(text) is not None and words <= 2 * _SHORT  # the link, with its lines run in
        if not joins and (words > _SHORT or not (_DETAIL.search(text) or not text.endswith("."))):
            break
        start = n
    if start is None or not any(_JOIN_LINK.search(u.text) for u in body[start:]):
        return None
    # the block begins at its first detail or link, not at a short line of the report's above it
    while start < len(body) and not (_JOIN_LINK.search(body[start].text) or _starts_block(body, start)):
        start += 1
    return start


def _starts_block(body: list[Unit], n: int) -> bool:
    """The line opens the meeting's block: a short title right over its join link ("Microsoft Teams meeting")."""
    return any(_JOIN_LINK.search(u.text) for u in body[n + 1 : n + 3]) and len(body[n].text.split()) <= _SHORT
