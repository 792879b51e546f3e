"""Headings a page builder sets as elements with the heading role (``<div role="heading" aria-level="2">``) head
their sections as ``<h2>`` would, at their level; a caption set right beside its picture without ``<figure>``
(a card's ``<div class="caption">``, a post's "Photo: …" line) is left out and counted; a paragraph after a
picture that is no caption stays.

Three layouts: a presentation page of cards (heading cards, text cards, an image card), a page whose role headings
have two levels, and a blog post with a captioned photo in a ``wp-caption`` box.
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

SECTIONS = {
    "Overview": ["A state of local emergency was declared for the district on 3 May."],
    "Weather and rivers": ["River levels are falling but remain above the alarm level at 3 sites."],
    "Welfare": ["266 people stayed at civil defence centres last night."],
}
CAPTION = "Photo: a slip on a rural road, taken by a council inspector"


def _cards() -> str:
    out = ['<div class="card titleCard"><div class="titleText">Heavy Rain Event – Situation Report 2</div></div>']
    for n, (heading, items) in enumerate(SECTIONS.items()):
        out.append(f'<div class="card headingCard" role="heading" aria-level="2">{heading}</div>')
        out += [f'<div class="card textCard"><div class="text"><p>{i}</p></div></div>' for i in items]
        if n == 1:
            out.append(
                f'<div class="card imageCard"><img src="slip.jpg" alt=""><div class="caption">{CAPTION}</div></div>'
            )
    return f"<main>{''.join(out)}</main>"


def _levels() -> str:
    out = ['<h1>Heavy Rain Event – Situation Report 2</h1><div role="heading" aria-level="2">Situation</div>']
    for heading, items in SECTIONS.items():
        out.append(f'<div role="heading" aria-level="3">{heading}</div>')
        out += [f"<p>{i}</p>" for i in items]
    out.append(f'<div><img src="slip.jpg"><span>{CAPTION}</span></div>')
    return f"<article>{''.join(out)}</article>"


def _post() -> str:
    out = ["<h1>Heavy Rain Event – Situation Report 2</h1>"]
    for n, (heading, items) in enumerate(SECTIONS.items()):
        out.append(f"<h2>{heading}</h2>")
        out += [f"<p>{i}</p>" for i in items]
        if n == 0:
            out.append(
                '<div class="wp-caption aligncenter"><img src="slip.jpg">'
                '<p class="wp-caption-text">Volunteers at the Hastings centre on Sunday</p></div>'
            )
    return f"<article>{''.join(out)}</article>"


def _parse(body: str):
    html = f"<html><head><title>Heavy Rain Event – Situation Report 2</title></head><body>{body}</body></html>"
    return parse_bytes(html.encode(), "sitrep-2.html")[0]


@pytest.mark.parametrize("layout", [_cards, _post])
def test_role_headings_head_their_sections_and_captions_are_left_out(layout) -> None:
    report = _parse(layout())
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.heading} == SECTIONS
    assert any("picture caption" in w for w in report.warnings), report.warnings


def test_role_headings_keep_their_levels() -> None:
    report = _parse(_levels())
    levels = {s.heading: s.level for s in report.sections if s.heading}
    assert levels == {"Situation": 1, **{h: 2 for h in SECTIONS}}
    assert all(CAPTION not in i.text for s in report.sections for i in s.items)


def test_a_paragraph_after_a_picture_that_is_no_caption_stays() -> None:
    body = (
        "<article><h1>Heavy Rain Event – Situation Report 2</h1><h2>Welfare</h2>"
        '<div><img src="centre.jpg"><p>266 people stayed at civil defence centres last night.</p></div></article>'
    )
    items = [i.text for s in _parse(body).sections for i in s.items]
    assert items == ["266 people stayed at civil defence centres last night."]
