"""The reactions an app prints under a post or a page ("👍 4   ❤️ 1", "👍 4 · 👀 2", ":thumbsup: 2", "Like 3",
"Liked by Sam Patel and 2 others", "311 points · 86 comments"), and the likes and views a page counts over its
comments ("♡ Like 273 views", "♡ Gosto 273 visualizações"): how readers answered it, not what it says."""

from __future__ import annotations

import re

EMOJI = r"(?:[\u2600-\u27bf\U0001f300-\U0001faff][\ufe0f\u200d\u2600-\u27bf\U0001f300-\U0001faff]*|:[a-z0-9_+-]+:)"
_REACTIONS = re.compile(
    rf"^(?:(?:{EMOJI}\s*\d*\s*[·|•]?\s*)+|(?:\d+\s+)?likes?(?:\s+\d+)?|liked\s+by\s+.{{1,60}}|reactions?\s*:.{{0,60}}"
    # a forum's counts under a post: "311 points · 86 comments", "1.2k upvotes"
    r"|(?:\d[\d.,]*k?\s+(?:points?|upvotes?|votes?|comments?|shares?|reposts?|views?)\s*[·|•,]?\s*)+)$",
    re.I,
)


def is_reaction_line(text: str) -> bool:
    """A line of nothing but readers' reactions: emoji with their counts, likes, "Reactions: …"."""
    return _REACTIONS.match(text.strip()) is not None


# the page's likes and views counted: "♡ Like 273 views", "♡ Gosto 273 visualizações", "12 likes · 340 views"
_PAGE_REACTIONS = re.compile(
    r"^[♡♥❤👍\s]*(?:\d[\d.,]*\s*)?(?:likes?|gosto|me\s+gusta|j['’]aime|gef[äa]llt\s+mir|mi\s+piace|vind\s+ik\s+leuk)"
    r"\b[\s·|,]*(?:\d[\d.,]*\s*(?:views?|visualiza[çc](?:[õo]es|[ãa]o)|visualizaciones|vues|aufrufe"
    r"|visualizzazioni|weergaven|visninger))?$",
    re.I,
)


def is_page_reactions(text: str) -> bool:
    """A line counting a page's likes and its views, as a site prints it over the readers' comments."""
    return _PAGE_REACTIONS.match(text.strip()) is not None
