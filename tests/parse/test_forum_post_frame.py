"""An update posted to a local forum and saved: the post's line of where and by whom it was posted ("r/asheville ·
Posted by u/BuncombeCountyGov · 11h · Flair: Storm Recovery"), its greeting handing over the update ("Good evening.
Here is tonight's summary of the county briefing for Saturday, October 3. Please share with neighbors who are not
online."), and under its sections the link to the recording, the edit note and the points and comments counted, then
the readers' comments by their handles. Only the sections are the report. In Markdown and HTML."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

TITLE = "Buncombe County storm recovery update 2 – Saturday, October 3"
HEAD = [
    "r/asheville · Posted by u/BuncombeCountyGov · 11h · Flair: Storm Recovery",
    "Good evening. Here is tonight's summary of the county briefing for Saturday, October 3. Please share with "
    "neighbors who are not online.",
]
SECTIONS = [("Quick summary", ["31,475 customers are still without power."]),
            ("Where to get help", ["28 water and food distribution sites are open daily."]),
            ("What's next", ["The next county briefing is at 11 a.m. on October 4."])]  # fmt: skip
FOOT = ["Full briefing recording: buncombecounty.org/storm-updates", "Edit: added the link to the recording.",
        "311 points · 86 comments"]  # fmt: skip
COMMENTS = [("u/mtn_momma · 2h · 16 points", "Appreciate the county folks working around the clock."),
            ("u/blueridge_hiker · 3h · 40 points", "Thank you for posting these every night.")]  # fmt: skip


def _markdown() -> bytes:
    body = "\n\n".join(f"**{h}**\n\n" + "\n".join(f"* {p}" for p in ps) for h, ps in SECTIONS)
    comments = "\n\n".join(f"**{who}**\n\n> {said}" for who, said in COMMENTS)
    text = f"# {TITLE}\n\n" + "\n\n".join(HEAD) + f"\n\n{body}\n\n" + "\n\n".join(FOOT)
    return f"{text}\n\n---\n\n## Comments\n\n{comments}\n".encode()


def _html() -> bytes:
    body = "".join(f"<p><strong>{h}</strong></p><ul>" + "".join(f"<li>{p}</li>" for p in ps) + "</ul>"
                   for h, ps in SECTIONS)  # fmt: skip
    comments = "".join(f"<div class='comment'><p><strong>{w}</strong></p><p>{s}</p></div>" for w, s in COMMENTS)
    return (
        f"<html><body><main><h1>{TITLE}</h1>" + "".join(f"<p>{h}</p>" for h in HEAD) + body
        + "".join(f"<p>{f}</p>" for f in FOOT) + f"<h2>Comments</h2>{comments}</main></body></html>"
    ).encode()  # fmt: skip


@pytest.mark.parametrize("make", [_markdown, _html])
def test_only_the_posts_sections_are_the_report(make) -> None:
    report = parse_bytes(make(), "post.md" if make is _markdown else "post.html")[0]
    assert report.title == TITLE
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
    assert any("comments" in w for w in report.warnings)
