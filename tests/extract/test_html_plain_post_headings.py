"""A post typed in a plain editor, where no bold can be set: each section's name is a short line of its own opening
a paragraph, its points or sentences on the lines under it, the paragraphs parted by a blank line, all of it one run
of text broken by ``<br>``. A reader takes each such line for the section's name, as the plain text's blank line
over it tells; a line of nothing but short links parted by dots ("Thank · Reply · Share") is what the reader may do
with the post, no point of it.

Layouts: the post's HTML part of an e-mail (in a table cell), a saved page (in a ``<p>``) with "•" points, and one
(in a ``<div>``) with sentences under the names and no glyphs, each with an action bar in another wording; and the
post's plain text, its first name at the text's start.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("Quick summary", ["66 mosquito samples have tested positive so far."]),
    ("What we are seeing", ["Most positive samples came from neighbourhoods along the river.",
                            "3 human cases have been reported by the health department."]),
    ("Spraying", ["Truck-mounted spraying will take place between 9pm and 5am in the treatment zones.",
                  "54,527 acres were treated by air this week."]),
    ("Our crews", ["55 field technicians are working seven days a week."]),
    ("Coming up", ["Board of trustees briefing on August 11."]),
]  # fmt: skip


def _text(glyph: str) -> str:
    paras = ["<br>".join([name, *(f"{glyph}{p}" for p in points)]) for name, points in SECTIONS]
    return "<br><br>".join(paras)


def _bar(labels: list[str], sep: str) -> str:
    return f" {sep} ".join(f'<a href="https://example.org/p/1?action={x.lower()}">{x}</a>' for x in labels)


def _mail() -> bytes:
    html = (
        '<html><body><table width="560"><tr><td><b>Vector Control District</b><div>Aug 3 · 158 neighborhoods</div>'
        '</td></tr><tr><td style="font-size:17px;font-weight:bold">West Nile virus update #1</td></tr>'
        f'<tr><td style="font-size:15px">{_text("• ")}</td></tr>'
        f"<tr><td>{_bar(['Thank', 'Reply', 'Share'], '&nbsp;·&nbsp;')}</td></tr></table>"
        '<p>This message is intended for resident@example.org. <a href="https://example.org/u">Unsubscribe</a></p>'
        "</body></html>"
    )
    msg = EmailMessage()
    msg["Subject"], msg["From"], msg["To"] = "West Nile virus update #1", "district@example.org", "resident@example.org"
    msg["Date"] = "Mon, 03 Aug 2026 09:00:00 -0700"
    # the plain text beside it, as the service writes it: the HTML part is the one read (it tells more)
    msg.set_content(_text("• ").replace("<br>", "\n") + "\n\nThank: https://example.org/p/1\n")
    msg.add_alternative(html, subtype="html")
    return bytes(msg)


def _page(glyph: str, labels: list[str], sep: str, tag: str = "p") -> bytes:
    return (
        "<html><head><title>West Nile virus update #1</title></head><body><main><h1>West Nile virus update #1</h1>"
        f"<{tag}>{_text(glyph)}</{tag}><div>{_bar(labels, sep)}</div></main></body></html>"
    ).encode()


def _plain() -> bytes:
    """The post's plain text as a text file: the names are the short lines after a blank line, the first at the
    text's start, where no blank line stands over it."""
    return (_text("• ").replace("<br>", "\n") + "\n").encode()


LAYOUTS = {
    "mail": (_mail, "post.eml"),
    "page with points": (lambda: _page("• ", ["Like", "Comment", "Share"], "|"), "post.html"),
    # (a paragraph the writer made keeps its lines: its sentences stand each on a line in a box of the page)
    "page with sentences": (lambda: _page("", ["Reply", "Forward"], "·", "div"), "post.html"),
    "plain text": (_plain, "post.txt"),
}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_each_short_line_opening_a_paragraph_names_its_section(layout: str) -> None:
    build, name = LAYOUTS[layout]
    report = parse_bytes(build(), name)[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items]
    assert got == SECTIONS
    if not name.endswith(".txt"):
        assert any("action link bar" in w for w in report.warnings), report.warnings


def test_a_plain_run_with_one_short_opening_line_keeps_it_as_text() -> None:
    """One paragraph opening with a short line is no pattern of headings: a signature's name over its post, a
    greeting. It stays text, as it was typed."""
    html = (
        b"<html><body><main><h1>Update</h1><p>Dear residents<br>Spraying will take place tonight in the treatment "
        b"zones.<br><br>Thank you for your patience with the crews this week.</p></main></body></html>"
    )
    report = parse_bytes(html, "post.html")[0]
    assert not any(s.heading == "Dear residents" for s in report.sections)
