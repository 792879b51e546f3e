"""A newsletter sent through a mailing service, read as its web page: the report is the writer's sections, not
the service's parts nor the letter around them.

Over the report the preheader beside "View this email in your browser", the title, "Dear residents," and a
covering paragraph naming the update; under it a button, the sign-off ("With thanks and best wishes,") and
the writer's name and post, and the service's footer (social links, copyright, why the reader gets it, the
mailing address, "update your preferences", "unsubscribe"). Risks carry their mitigation after "How we are
managing this:" in italics. Written in two templates: nested layout tables as Mailchimp sets a campaign, and
plain ``<div>`` blocks as a simpler service does. A point of the report about unsubscribing, with no link of
the service's own, stays.
"""

from __future__ import annotations

from email.message import EmailMessage
from html import escape

import pytest

from sitroom.model import Report
from sitroom.read import parse_bytes

TITLE = "Water supply interruption – update 3"
LEAD = "How we are managing this:"
SECTIONS = {
    "What has happened": ["A burst main on Station Road cut supply to 400 homes.", "Repairs began at 06:00."],
    "What this means for you": [
        "Tap water may be cloudy for a day once supply returns.",
        "You can stop the text alerts at any time: reply STOP to unsubscribe from them.",
    ],
    "Risks we are managing": [
        f"Vulnerable customers without water for a second night. {LEAD} Bottled water delivered door to door.",
    ],
    "What happens next": ["Our next update is on Friday."],
}
MITIGATION = "Bottled water delivered door to door."


def _entries(items: list[str]) -> str:
    return "".join(f"<li>{escape(i).replace(LEAD, f'<em>{LEAD}</em>')}</li>" for i in items)


OPENING = (
    f"<h1>{escape(TITLE)}</h1><p>Dear residents,</p><p>This is our third update on the interruption to your"
    " water supply. Thank you for bearing with us.</p>"
)
CLOSING = "<p>With thanks and best wishes,</p><p><strong>Dr A. Osei</strong><br>Head of Operations<br>Wendle Water</p>"
# a longer signature, as long as a post and its organisation run: the close still opens it
LONG_CLOSING = CLOSING.replace("Head of Operations", "Head of Operations and Customer Service")
FOOTER = (
    '<p><a href="https://x.com/">X</a> · <a href="https://facebook.com/">Facebook</a></p>'
    "<p><em>Copyright © 2024 Wendle Water, All rights reserved.</em><br>You are receiving this email because you"
    " signed up for supply alerts.</p><p><strong>Our mailing address is:</strong><br>Wendle Water<br>1 Reservoir"
    ' Lane<br>Wendleford WF1 2AB</p><p>Want to change how you receive these emails?<br>You can <a href="https://'
    'example.org/p">update your preferences</a> or <a href="https://example.org/u">unsubscribe from this list</a>'
    ".</p>"
)


def _block(inner: str) -> str:
    return (
        '<table class="mcnTextBlock" width="100%"><tbody><tr><td class="mcnTextBlockInner"><table '
        f'class="mcnTextContentContainer"><tbody><tr><td class="mcnTextContent">{inner}</td></tr></tbody></table>'
        "</td></tr></tbody></table>"
    )


def _mailchimp() -> str:
    blocks = [_block(OPENING)]
    for heading, items in SECTIONS.items():
        blocks += ['<table class="mcnDividerBlock"><tbody><tr><td><span></span></td></tr></tbody></table>']
        blocks += [_block(f"<h3>{escape(heading)}</h3><ul>{_entries(items)}</ul>")]
    blocks += [
        '<table class="mcnButtonBlock"><tbody><tr><td><a class="mcnButton" href="https://example.org/faq">Read'
        " our questions and answers</a></td></tr></tbody></table>",
        _block(CLOSING),
        # the follow block, a table of its own over the footer
        '<table class="mcnFollowBlock"><tbody><tr><td><a href="https://x.com/">X</a></td><td><a href="https://'
        'facebook.com/">Facebook</a></td><td><a href="https://example.org/">Website</a></td></tr></tbody></table>',
    ]
    preheader = _block(
        '<p>Latest on your water supply</p><p><a href="https://example.org/web">View this email in your browser</a></p>'
    )
    return (
        f'<!doctype html><html><head><title>{escape(TITLE)}</title></head><body><center><table id="bodyTable">'
        f'<tr><td><table class="templateContainer"><tr><td id="templatePreheader">{preheader}</td></tr>'
        f'<tr><td id="templateBody">{"".join(blocks)}</td></tr><tr><td id="templateFooter">{_block(FOOTER)}</td>'
        "</tr></table></td></tr></table></center></body></html>"
    )


def _divs() -> str:
    """One column of ``<div>`` blocks, the service's parts inside it with the writer's."""
    body = ['<div class="top"><p>Latest on your water supply · <a href="https://example.org/web">View in browser</a>'
            f"</p></div>{OPENING}"]  # fmt: skip
    for heading, items in SECTIONS.items():
        body.append(f"<h2>{escape(heading)}</h2><ul>{_entries(items)}</ul>")
    body.append('<div><a class="btn btn-primary" href="https://example.org/faq">Read our questions and answers</a>')
    body.append(f'</div>{LONG_CLOSING}<div class="bottom">{FOOTER}</div>')
    return (
        f'<!doctype html><html><head><title>{escape(TITLE)}</title></head><body><div class="content">'
        f"{''.join(body)}</div></body></html>"
    )


def _check(report: Report) -> None:
    assert [s.heading for s in report.sections] == list(SECTIONS)
    assert [[i.text for i in s.items] for s in report.sections] == list(SECTIONS.values())
    assert [s.key for s in report.sections] == ["situation", "impacts", "risks", "next-steps"]
    assert report.sections[2].items[0].mitigation == MITIGATION


@pytest.mark.parametrize("page", [_mailchimp, _divs], ids=["mailchimp-tables", "plain-divs"])
def test_a_newsletter_page_is_its_sections_without_the_services_parts(page) -> None:
    _check(parse_bytes(page().encode(), "update.html")[0])


def _plain_rendering() -> str:
    """The plain text a mailing service makes of the campaign: "** " over each heading, links in brackets."""
    lines = ["** Latest on your water supply", "-" * 60, "View this email in your browser (https://example.org/web)"]
    lines += ["", f"** {TITLE}", "-" * 60, "", "Dear residents,", ""]
    for heading, items in SECTIONS.items():
        lines += [f"** {heading}", "-" * 60, "", *(f"* {i}" for i in items), ""]
    lines += ["With thanks and best wishes,", "", "Dr A. Osei", "Wendle Water", "", "=" * 60]
    lines += ["You can update your preferences (https://example.org/p)", "or unsubscribe from this list"]
    return "\n".join(lines)


@pytest.mark.parametrize("page", [_mailchimp, _divs], ids=["mailchimp-tables", "plain-divs"])
def test_a_newsletter_email_is_read_from_its_html_not_the_services_plain_text(page) -> None:
    """Sent as an e-mail, the campaign's plain-text part is the service's rendering of the HTML ("** " headings,
    links in brackets): the HTML is what was written, and is read."""
    msg = EmailMessage()
    msg["From"] = "Wendle Water <news@wendle.example>"
    msg["To"] = "resident@example.org"
    msg["Subject"] = TITLE
    msg["Date"] = "Tue, 14 Jan 2025 07:30:00 +0000"
    msg.set_content(_plain_rendering())
    msg.add_alternative(page(), subtype="html")
    _check(parse_bytes(msg.as_bytes(), "update.eml")[0])
