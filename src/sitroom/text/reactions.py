"""The reactions an app prints under a post or a page ("👍 4   ❤️ 1", "👍 4 · 👀 2", ":thumbsup: 2", "Like 3",
"Liked by Sam Patel and 2 others"): how readers answered it, not what it says."""

from __future__ import annotations

import re

EMOJI = r"(?:[\u2600-\u27bf\U0001f300-\U0001faff][\ufe0f\u200d\u2600-\u27bf\U0001f300-\U0001faff]*|:[a-z0-9_+-]+:)"
_REACTIONS = re.compile(
    rf"^(?:(?:{EMOJI}\s*\d*\s*[·|•]?\s*)+|(?:\d+\s+)?likes?(?:\s+\d+)?|liked\s+by\s+.{{1,60}}|reactions?\s*:.{{0,60}})$",
    re.I,
)


def is_reaction_line(text: str) -> bool:
    """A line of nothing but readers' reactions: emoji with their counts, likes, "Reactions: …"."""
    return _REACTIONS.match(text.strip()) is not None
