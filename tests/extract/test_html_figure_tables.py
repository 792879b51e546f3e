"""A table set in a ``<figure>`` with a ``<figcaption>`` (as page editors place a table block) is read like
any table: a risk table's rows are risks with their mitigations, the heading over it stays a heading, and the
caption is no item. An ``<h1>`` in an article's own ``<header>`` is the report's title, so a line dating the
report under it ("This report is current as at …") is neither the title nor an item. In a blog post, a page
whose editor writes the caption first, and an e-mail's HTML body."""

from __future__ import annotations

from datetime import date
from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

TITLE = "Housing services situation report 4"
DATING = "This report is current as at 8:00am on 14 May 2021. It is updated every weekday."
INTRO = ("Current position", ["Two rest centres remain open with 31 residents.", "Repairs teams are on call."])
RISKS = [
    ("Temporary accommodation is close to capacity.", "Amber", "Spot purchase of hotel rooms.", "Head of Housing"),
    ("Damp complaints are rising after the floods.", "Green", "", "Repairs Manager"),
]
AFTER = ("Communications", ["Daily update posted on the council website."])
CAPTION = "Extract from the service risk register"


def _risk_table() -> str:
    head = "<thead><tr><th>Risk</th><th>Rating</th><th>Mitigation</th><th>Owner</th></tr></thead>"
    rows = "".join(f"<tr>{''.join(f'<td>{c}</td>' for c in row)}</tr>" for row in RISKS)
    return f"<table>{head}<tbody>{rows}</tbody></table>"


def _section(heading: str, items: list[str], tag: str = "h2") -> str:
    return f"<{tag}>{heading}</{tag}><ul>" + "".join(f"<li>{t}</li>" for t in items) + "</ul>"


def _blog_post() -> bytes:
    """A post: site banner and menu, the title in the article's header, the table block after its heading."""
    figure = f"<figure class='wp-block-table'>{_risk_table()}<figcaption>{CAPTION}</figcaption></figure>"
    return (
        "<html><head><title>Housing services situation report 4 – Intranet</title></head><body>"
        "<header class='site-header'><p class='site-title'><a href='/'>Intranet</a></p>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav></header>"
        "<main><article><header class='entry-header'>"
        f"<h1 class='entry-title'>{TITLE}</h1><div class='entry-meta'>Posted on 14 May 2021</div></header>"
        f"<div class='entry-content'><p><em>{DATING}</em></p>{_section(*INTRO)}"
        f"<h2>Risks and mitigations</h2>{figure}{_section(*AFTER)}</div></article></main>"
        "<aside><h2>Recent posts</h2><ul><li><a href='/a'>Older post</a></li></ul></aside></body></html>"
    ).encode()


def _caption_first_page() -> bytes:
    """A page whose editor writes the caption above the table, in a figure classed as a table."""
    figure = f"<figure class='table'><figcaption>{CAPTION}</figcaption>{_risk_table()}</figure>"
    return (
        f"<html><body><main><h1>{TITLE}</h1><p>{DATING}</p>{_section(*INTRO, tag='h3')}"
        f"<h3>Risks and mitigations</h3>{figure}{_section(*AFTER, tag='h3')}</main></body></html>"
    ).encode()


def _mail() -> bytes:
    figure = f"<figure>{_risk_table()}<figcaption>{CAPTION}</figcaption></figure>"
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "duty@example.org", "gold@example.org", TITLE
    msg["Date"] = "Fri, 14 May 2021 08:10:00 +0100"
    msg.set_content(
        f"<html><body><h1>{TITLE}</h1><p>{DATING}</p>{_section(*INTRO)}<h2>Risks and mitigations</h2>"
        f"{figure}{_section(*AFTER)}</body></html>",
        subtype="html",
    )
    return bytes(msg)


LAYOUTS = {
    "blog post": (_blog_post, "r.html"),
    "caption first": (_caption_first_page, "r.html"),
    "e-mail": (_mail, "r.eml"),
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_table_in_a_figure_is_read_like_any_table(layout: str) -> None:
    make, name = LAYOUTS[layout]
    report = parse_bytes(make(), name)[0]
    got = [(s.heading, [(i.text, i.mitigation) for i in s.items]) for s in report.sections]
    assert got == [
        (INTRO[0], [(t, None) for t in INTRO[1]]),
        ("Risks and mitigations", [(risk, mitigation or None) for risk, _, mitigation, _ in RISKS]),
        (AFTER[0], [(t, None) for t in AFTER[1]]),
    ]
    assert report.sections[1].key == "risks"
    assert report.title == TITLE
    assert report.date == date(2021, 5, 14)
    assert CAPTION not in " ".join(i.text for i in report.items())


def test_a_figure_holding_only_an_image_still_captions_away_the_heading_before_it() -> None:
    page = (
        f"<html><body><main><h1>{TITLE}</h1>{_section(*INTRO)}<h4>Map of the flooded streets</h4>"
        "<figure><img src='map.png' alt=''><figcaption>Map 1</figcaption></figure>"
        f"{_section(*AFTER)}</main></body></html>"
    ).encode()
    report = parse_bytes(page, "r.html")[0]
    assert [s.heading for s in report.sections] == [INTRO[0], AFTER[0]]
