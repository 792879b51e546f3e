"""A blog platform's post saved from the browser: the subtitle set as a heading under the title (its class names it
the subtitle), the author's name as the page's metadata gives it, and how long the post takes to read with the day
it was posted ("6 min read · Mar 12, 2026", "5 min de lectura") are the masthead, not a section and its points.
Layouts: a story page with the subtitle an ``<h2>`` and the byline in a header block, and a newsletter's web post
with the subtitle an ``<h3>`` and the byline in a paragraph, in English and in Spanish."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("Highlights", ["Our community activated on 4 March to map the flooded districts."]),
    ("Risks and challenges", ["Cloud cover limits the new imagery."]),
]


def _story(subtitle: str, author: str, read: str) -> bytes:
    body = "".join(f"<h1>{h}</h1><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>" for h, items in SECTIONS)
    return (
        f"<html><head><meta charset='utf-8'><meta name='author' content='{author}'><title>Update 1 | Medium</title>"
        "</head><body><article><div><h1 class='pw-post-title'>Flood mapping activation update #1</h1></div>"
        f"<div><h2 class='pw-subtitle-paragraph'>{subtitle}</h2></div><div><p><a href='/@x'>{author}</a></p>"
        f"<div><span>{read}</span></div></div>{body}</article></body></html>"
    ).encode()


def _newsletter(subtitle: str, author: str, read: str) -> bytes:
    body = "".join(f"<h2>{h}</h2><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>" for h, items in SECTIONS)
    return (
        f"<html><head><meta charset='utf-8'><meta name='author' content='{author}'></head><body><article>"
        f"<h1 class='post-title'>Flood mapping activation update #1</h1><h3 class='subtitle'>{subtitle}</h3>"
        f"<p>{author}</p><p>{read}</p><div class='body markup'>{body}</div></article></body></html>"
    ).encode()


WORDS = {
    "en": ("Cyclone floods in the Shire valley: what our volunteers mapped", "Blantyre Mappers",
           "6 min read · Mar 12, 2026"),
    "es": ("Inundaciones en el valle: lo que mapeamos", "Mapeadores de Blantyre", "5 min de lectura"),
}  # fmt: skip


@pytest.mark.parametrize("lang", list(WORDS))
@pytest.mark.parametrize("write", [_story, _newsletter], ids=["story", "newsletter post"])
def test_the_subtitle_author_and_reading_time_are_the_masthead(write, lang: str) -> None:
    report = parse_bytes(write(*WORDS[lang]), "post.html")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
