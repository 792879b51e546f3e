"""What a social network or a blog prints around a post: its readers' comments, the time it was posted, its
reaction counts and its hashtags. The post is the report; these are not."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from sitroom.extract.html.markup import _attr


def in_article(node: LexborNode) -> bool:
    """``node`` stands inside an article (a post): an article in it is a reader's comment on it."""
    parent = node.parent
    while parent is not None:
        if parent.tag == "article" or _attr(parent, "role").lower() == "article":
            return True
        parent = parent.parent
    return False


# a line of nothing but hashtags ("#Flood #StaySafe"): the post's tags
_HASHTAGS = re.compile(r"#\w+(?:[\s,·]+#\w+)*")
# when a post or comment was made, as a social network shows it ("3h", "2 d ·", "15 min")
_POST_TIME = re.compile(r"\d{1,2}\s?(?:s|m|h|d|w|min|mins|hr|hrs|wk|wks)\s*[·•]?", re.I)
# its readers' reactions counted ("217 29 comments 85 shares", "1.2K views")
_ENGAGEMENT = re.compile(
    r"(?:\d[\d.,]*[KkMm]?\s*)?(?:\d[\d.,]*[KkMm]?\s+(?:comments?|shares?|likes?|views?|reactions?|replies|reposts?)"
    r"\s*[·•]?\s*)+",
    re.I,
)


# how long the post takes to read, with when it was posted: "6 min read · Mar 12, 2026", "5 min de lectura"
_READ_TIME = re.compile(
    r"\d{1,3}\s?(?:min(?:ute)?s?\.?)\s+(?:read|de\s+(?:lectura|lecture|leitura)|di\s+lettura|Lesezeit|leestijd)"
    r"(?:\s*[·•|,]\s*.{1,30})?",
    re.I,
)


def post_chrome(text: str) -> str | None:
    """The kind of a post's chrome this line of text is, or None."""
    line = " ".join(text.split())
    if _HASHTAGS.fullmatch(line):
        return "tag list"
    if _POST_TIME.fullmatch(line) or _ENGAGEMENT.fullmatch(line) or _READ_TIME.fullmatch(line):
        return "post's time or reactions"
    return None
