"""A county's update posted as a thread and saved from the browser: each post under its writer's name and handle
("Multnomah County EM" over "@multcoem.bsky.social"), its text kept as typed (its line breaks shown by the style
sheet), each section's name a short line opened by a pictograph ("📌 Key points"), the post's place in the thread
("2/4"), its time and audience, and readers' replies under the thread. The sections are the report; the heads, the
counters and the replies are not."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

SECTIONS = [("📌 Key points", ["38,804 customers are still without power."]),
            ("🔌 Power", ["Crews restored power to 12,000 homes today.", "Most outages should be fixed by Friday."]),
            ("🏠 Warming centers", ["18 warming centers are open overnight."]),
            ("📅 What's next", ["Crews will clear the main roads through the night."])]  # fmt: skip
REPLIES = [("PDX Neighbor", "@pdxneighbor.bsky.social", "Thank you for posting these every night."),
           ("Kim 🌲", "@kim.bsky.social", "Is the library on Main still open as a warming spot?")]  # fmt: skip


def _post(name: str, handle: str, text: str, keep: str) -> str:
    return (f'<div class="post"><div class="head"><a href="/profile/x">{name}</a><div>{handle}</div><div>·</div>'
            f'<a>2h</a></div><div {keep} data-testid="postText">{text}</div>'
            '<div>January 13, 2026 at 6:57 PM · Everybody can reply</div></div>')  # fmt: skip


def _page(keep: str, handle: str) -> bytes:
    posts = []
    for n, (heading, points) in enumerate(SECTIONS, start=1):
        text = "\n\n".join([heading, *points, f"{n}/{len(SECTIONS)}"])
        posts.append(_post("Multnomah County EM", handle, text, keep))
    posts += [_post(name, h, said, keep) for name, h, said in REPLIES]
    style = "<style>.css-146c3p1{display:inline;white-space:pre-wrap;word-wrap:break-word}</style>"
    return f"<html><head>{style}</head><body><main>{''.join(posts)}</main></body></html>".encode()


@pytest.mark.parametrize("handle", ["@multcoem.bsky.social", "@MultCoEM"])
@pytest.mark.parametrize("keep", ['class="css-146c3p1"', 'style="white-space: pre-wrap"'])
def test_the_threads_sections_are_the_report(keep: str, handle: str) -> None:
    report = parse_bytes(_page(keep, handle), "thread.html")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
