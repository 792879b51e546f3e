"""The head a social network sets over each post of a thread: the writer's name over or beside their handle
("Multnomah County EM" · "@multcoem.bsky.social"), and the post's place in the thread ("2/10") and its audience
("January 13, 2026 at 6:57 PM · Everybody can reply"). They say who posted and when, not what: left out, and so
are the replies others posted under the thread's writer's posts."""

from __future__ import annotations

import re

from sitroom.model import Block, BlockKind

# a handle alone on its line: "@multcoem.bsky.social", "@CountyEM"
_HANDLE = re.compile(r"@[\w-]{2,}(?:\.[\w-]+)*")
# a name of a few words, each opening with a capital or an initial: "Marion County Emergency Mgmt", "Joel T."
_NAME = re.compile(r"(?:[A-Z0-9][\w'’&-]*\.?\s+){0,5}[A-Z][\w'’&-]*\.?")
_PICTOGRAPHS = re.compile("[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f\u200d]")
# the post's place in its thread, and its time with who may reply
_COUNTER = re.compile(r"\d{1,3}\s*/\s*\d{1,3}")
_AUDIENCE = re.compile(
    r".{0,60}[·•]\s*(?:everybody|everyone|anyone|nobody|followers|people\s+you\s+follow)\s+can\s+reply", re.I
)
# posts by the thread's writer, at least, for the others' posts under them to be replies
MIN_THREAD_POSTS = 3


def drop_post_heads(blocks: list[Block]) -> int:
    """Take out of ``blocks`` every post's head; return how many lines went. Only where the thread's handles show
    the page is one: counters alone are numbers too."""
    texts = [" ".join(b.text.split()) for b in blocks]
    heads = [n for n, b in enumerate(blocks) if b.kind is not BlockKind.HEADING and _HANDLE.fullmatch(texts[n])]
    if not heads:
        return 0
    drop = set(heads) | _replies(blocks, heads)
    for n in heads:  # the writer's name over the handle ("Kim 🌲")
        if (
            n > 0
            and blocks[n - 1].kind is BlockKind.PARAGRAPH
            and _NAME.fullmatch(_PICTOGRAPHS.sub("", texts[n - 1]).strip())
        ):
            drop.add(n - 1)
    drop.update(
        n
        for n, b in enumerate(blocks)
        if b.kind is not BlockKind.HEADING and (_COUNTER.fullmatch(texts[n]) or _AUDIENCE.fullmatch(texts[n]))
    )
    blocks[:] = [b for n, b in enumerate(blocks) if n not in drop]
    return len(drop)


def _replies(blocks: list[Block], heads: list[int]) -> set[int]:
    """The lines of the posts others wrote under a thread (each post from its handle to the next post's head): the
    readers answering it, not the report. None where the thread's writer posted fewer than three."""
    handles = [blocks[n].text.strip() for n in heads]
    writer = max(set(handles), key=handles.count)
    if handles.count(writer) < MIN_THREAD_POSTS:
        return set()
    out: set[int] = set()
    for k, start in enumerate(heads):
        end = heads[k + 1] - 1 if k + 1 < len(heads) else len(blocks)
        if handles[k] != writer:
            out.update(range(start, end))
    return out
