"""A report posted on a social network and saved from the browser, or on a blog with readers' comments: the
post's own lines are the report; what the network adds around them is not.

- A line typed in capitals alone in its block ("📌 SUMMARY") heads the points under it, as a bold one does.
- The post's title restating a part of the page's title ("Office – SITUATION REPORT NO. 2 | Network") is the title.
- Readers' comments (an article inside the article), the buttons and toolbars (Like, Reply, Share), the post's
  time ("3h ·"), its reaction counts ("217 29 comments 85 shares") and its line of hashtags are left out.

Layouts: a post as a social network's saved page writes it (``div`` lines, emoji as images, ``role`` attributes),
and a blog post (``article`` with ``p`` paragraphs and comments in nested ``article`` elements).
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("SUMMARY", ["The storm crossed the south of the town last night.", "Families in evacuation centres: 1,312."]),
    ("RESPONSE", ["Relief packs handed out: 2,150.", "Rescue teams cleared two landslides."]),
    ("NEXT STEPS", ["The council meets again on 16 July.", "Damage assessment starts tomorrow."]),
]
EMOJI = '<span><img height="16" width="16" alt="{0}" src="https://example.org/emoji/{0}.png"></span>'


def _network_post() -> bytes:
    lines = [f"<div dir='auto'>{EMOJI.format('‼')} SITUATION REPORT NO. 2</div>"]
    for heading, points in SECTIONS:
        lines.append(f"<div dir='auto'>{EMOJI.format('📌')} {heading}</div>")
        lines += [f"<div dir='auto'>{EMOJI.format('🔹')} {p}</div>" for p in points]
    lines.append("<div dir='auto'><a href='/hashtag/flood'>#Flood</a> <a href='/hashtag/staysafe'>#StaySafe</a></div>")
    comments = "".join(
        f"<div role='article' aria-label='Comment by {name}'><a href='#'><span>{name}</span></a>"
        f"<div dir='auto'>{text}</div><ul><li><div role='button'>Like</div></li><li><div role='button'>Reply</div>"
        f"</li><li><span>{age}</span></li></ul></div>"
        for name, text, age in (
            ("Maria Santos", "Thank you for the update!", "2h"),
            ("Jun Cruz", "Is the bridge open?", "1h"),
        )
    )
    return f"""<html><head><title>Town Disaster Office - SITUATION REPORT NO. 2 | Network</title></head><body>
<div role="banner"><a href="/">Network</a></div><div role="main"><div role="article">
<h2><a href="/office"><strong>Town Disaster Office</strong></a></h2><span><a href="#">3h</a> ·</span>
<div data-preview="message">{"".join(lines)}</div>
<div><span role="toolbar"><img alt="Like"></span><span>217</span> <span>29 comments</span> <span>85 shares</span></div>
<div><div role="button">Like</div><div role="button">Comment</div><div role="button">Share</div></div>
{comments}<div role="textbox" contenteditable="true" aria-label="Write a comment"></div>
</div></div></body></html>""".encode()


def _blog_post() -> bytes:
    body = "".join(f"<p>{heading}</p>" + "".join(f"<p>{p}</p>" for p in points) for heading, points in SECTIONS)
    return f"""<html><head><title>SITUATION REPORT NO. 2 – Town Disaster Office</title></head><body>
<header><a href="/">Town Disaster Office</a></header><main><article><h1>SITUATION REPORT NO. 2</h1>
<p>3h ·</p>{body}<p>#Flood #StaySafe</p><p>12 comments 3 shares</p>
<section><h3>Comments</h3><article><p>Maria Santos</p><p>Thank you for the update!</p></article>
<article><p>Jun Cruz</p><p>Is the bridge open?</p></article></section></article></main></body></html>""".encode()


@pytest.mark.parametrize("page", [_network_post, _blog_post], ids=["network-post", "blog-post"])
def test_the_post_is_the_report_and_its_chrome_is_not(page) -> None:
    report = parse_bytes(page(), "post.html")[0]
    assert report.title == "SITUATION REPORT NO. 2"
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items]
    assert got == SECTIONS
