"""A forwarded message is the content passed on: in a plain-text e-mail, an HTML e-mail, a chain pasted
into a text file or a Word document, the report at the bottom of a forwarded chain is the document; the
forwarders' notes on top and the forwarded-message header blocks are left out and counted, and the
forwarded message's subject and date give the report's title and date. When the newest message is itself
a report, the forwarded one below it is older text, left out and counted."""

from __future__ import annotations

import html
import io
from datetime import date
from email.message import EmailMessage

import docx
import pytest

from sitroom.read import parse_bytes

SUBJECT = "Housing sitrep 3 – 6 April 2020"
SECTIONS = {
    "Headlines": ["Temporary accommodation placements rose to 212 this week.", "Two hostels reopened."],
    "Risks": ["Staff sickness in the lettings team is rising."],
}
NOTE_NEWEST = "FYI – see below. Jo, adding you as you are covering the cell on Friday."
NOTE_MIDDLE = "Adding Jo – the figures are in the first section."
RULE = "---------- Forwarded message ---------"


def _header(sender: str, sent: str, subject: str) -> list[str]:
    address = f"{sender.split()[0].lower()}@example.org"
    return [f"From: {sender} <{address}>", f"Date: {sent}", f"Subject: {subject}", "To: Sitrep Cell <cell@example.org>"]


def _chain_lines(star: bool = True) -> list[str]:
    """The chain as a mail client prints it in plain text: two notes, two rules, then the return."""
    lines = [NOTE_NEWEST, "", "Mark", "", "", RULE]
    lines += _header("Alex Brown", "Mon, 6 Apr 2020 at 11:02", f"Fwd: {SUBJECT}")
    lines += ["", NOTE_MIDDLE, "", "Thanks", "Alex", "", "", RULE]
    lines += [*_header("Priya Sharma", "Mon, 6 Apr 2020 at 09:47", SUBJECT), "", "Hi all,", ""]
    lines += ["Please see this week's sitrep for Housing below.", ""]
    for heading, items in SECTIONS.items():
        lines += [f"*{heading}*" if star else heading.upper(), *(f"   - {t}" for t in items), ""]
    return [*lines, "Best wishes", "Priya", "", "--", "Priya Sharma | Resilience Officer", "Tel: 01632 960 789"]


def _mail(body: str, subtype: str = "plain", subject: str = f"Fwd: Fwd: {SUBJECT}") -> bytes:
    m = EmailMessage()
    m["From"] = "Mark Ellis <mark@example.org>"
    m["To"] = "Jo Lee <jo@example.org>"
    m["Subject"] = subject
    m["Date"] = "Wed, 08 Apr 2020 11:30:00 +0000"
    m.set_content(body, subtype=subtype)
    return bytes(m)


def _html_mail() -> bytes:
    """The chain as a webmail client writes it in HTML: each header block one run of <br> lines."""

    def attr(sender: str, sent: str, subject: str) -> str:
        return (
            f'<div class="gmail_attr">{RULE}<br>From: <strong>{sender}</strong> '
            f"&lt;{sender.split()[0].lower()}@example.org&gt;<br>Date: {sent}<br>"
            f"Subject: {html.escape(subject)}<br>To: Sitrep Cell &lt;cell@example.org&gt;<br></div><br>"
        )

    report = "".join(
        f"<p><b>{h}</b></p><ul>" + "".join(f"<li>{html.escape(t)}</li>" for t in items) + "</ul>"
        for h, items in SECTIONS.items()
    )
    body = (
        f'<div dir="ltr"><div>{html.escape(NOTE_NEWEST)}</div><div><br></div><div>Mark</div><br>'
        f'<div class="gmail_quote">{attr("Alex Brown", "Mon, 6 Apr 2020 at 11:02", "Fwd: " + SUBJECT)}'
        f"<div>{html.escape(NOTE_MIDDLE)}</div><div>Thanks</div><div>Alex</div><br>"
        f'<div class="gmail_quote">{attr("Priya Sharma", "Mon, 6 Apr 2020 at 09:47", SUBJECT)}'
        f"<div>Hi all,</div><div>Please see this week's sitrep for Housing below.</div>{report}"
        "<div>Best wishes</div><div>Priya</div></div></div></div>"
    )
    return _mail(f"<html><body>{body}</body></html>", "html")


def _docx() -> bytes:
    d = docx.Document()
    for line in _chain_lines(star=False):
        if line.strip():
            d.add_paragraph(line.strip())
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


LAYOUTS = {
    "plain-text e-mail": (lambda: _mail("\n".join(_chain_lines())), "sitrep.eml"),
    "HTML e-mail": (_html_mail, "sitrep.eml"),
    "chain pasted into a text file": (lambda: "\n".join(_chain_lines(star=False)).encode(), "sitrep.txt"),
    "chain pasted into a Word document": (_docx, "sitrep.docx"),
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_the_forwarded_report_is_the_document(layout: str) -> None:
    make, name = LAYOUTS[layout]
    report = parse_bytes(make(), name)[0]
    headings = [s.heading for s in report.sections if s.heading]
    assert [h.lower() for h in headings] == [h.lower() for h in SECTIONS], headings
    assert [i.text for i in report.items()] == [t for items in SECTIONS.values() for t in items]
    assert any("forwarded-message header line" in w for w in report.warnings), report.warnings
    assert any("forwarder's note line" in w for w in report.warnings), report.warnings
    if name.endswith(".eml"):
        # the forwarded message names and dates the report, not the forward around it
        assert report.title == SUBJECT
    assert report.date == date(2020, 4, 6)


def test_a_newest_message_that_is_a_report_keeps_its_own_and_leaves_the_forwarded_one_out() -> None:
    own = ["Road closures on the A6 continue.", "Gritting runs resumed overnight."]
    lines = ["Hi all,", "", "Our update for today is below.", "", "*Situation*", *(f"- {t}" for t in own), ""]
    lines += ["Regards", "Sam", "", RULE, *_chain_lines()[_chain_lines().index(RULE, 6) + 1 :]]
    report = parse_bytes(_mail("\n".join(lines)), "update.eml")[0]
    assert [i.text for i in report.items()] == own
    assert any("forwarded line below the report" in w for w in report.warnings), report.warnings


def test_a_reply_keeps_its_quoted_history_out_and_is_not_unwrapped() -> None:
    body = "\n".join(
        [
            "Thanks – noted.",
            "",
            "On Mon, 6 Apr 2020 at 09:47, Priya Sharma <priya@example.org> wrote:",
            *(f"> {line}" for line in _chain_lines()[-20:]),
        ]
    )
    report = parse_bytes(_mail(body), "reply.eml")[0]
    joined = " ".join(i.text for i in report.items())
    assert "Temporary accommodation" not in joined
    assert any("quoted e-mail line" in w for w in report.warnings), report.warnings


# Outlook prints no "Forwarded message" rule: a line drawn across, then the forwarded message's header
# block (From / Sent / To / Subject), then the message.
OUTLOOK_RULE = "________________________________"


def _outlook_header() -> list[str]:
    return [
        "From: Priya Sharma <priya@example.org>",
        "Sent: 06 April 2020 09:47",
        "To: Sitrep Cell <cell@example.org>",
        f"Subject: {SUBJECT}",
    ]


def _outlook_lines() -> list[str]:
    lines = ["FYI – Housing's return, see below.", "", "Mark", "", OUTLOOK_RULE, *_outlook_header(), ""]
    lines += ["Hi all,", "", "Please see this week's sitrep for Housing below.", ""]
    for heading, items in SECTIONS.items():
        lines += [heading.upper(), *(f"- {t}" for t in items), ""]
    return [*lines, "Kind regards,", "Priya Sharma", "Resilience Officer"]


def _outlook_html_mail(subject: str) -> bytes:
    """Outlook's HTML: the header block is one paragraph of bold labels and <br> breaks under a border."""
    fields = "<br>".join(
        f"<b>{html.escape(k)}:</b> {html.escape(v)}" for k, v in (f.split(": ", 1) for f in _outlook_header())
    )
    report = "".join(
        f"<p><b>{h.upper()}</b></p><ul>" + "".join(f"<li>{html.escape(t)}</li>" for t in items) + "</ul>"
        for h, items in SECTIONS.items()
    )
    body = (
        f"<p>{html.escape(_outlook_lines()[0])}</p><p>Mark</p>"
        f'<div style="border-top:solid #E1E1E1 1.0pt"><p>{fields}</p></div>'
        f"<p>Hi all,</p><p>Please see this week's sitrep for Housing below.</p>{report}"
        "<p>Kind regards,</p><p>Priya Sharma</p>"
    )
    return _mail(f"<html><body>{body}</body></html>", "html", subject)


def _outlook_docx() -> bytes:
    d = docx.Document()
    for line in _outlook_lines():
        if line.strip():
            d.add_paragraph(line.strip())
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


OUTLOOK_LAYOUTS = {
    "plain-text e-mail": (lambda: _mail("\n".join(_outlook_lines()), subject=f"FW: {SUBJECT}"), "fw.eml"),
    "HTML e-mail": (lambda: _outlook_html_mail(f"FW: {SUBJECT}"), "fw.eml"),
    "pasted into a text file": (lambda: "\n".join(_outlook_lines()).encode(), "fw.txt"),
    "pasted into a Word document": (_outlook_docx, "fw.docx"),
}


@pytest.mark.parametrize("layout", list(OUTLOOK_LAYOUTS))
def test_a_forward_without_a_forwarded_message_rule_is_unwrapped_too(layout: str) -> None:
    make, name = OUTLOOK_LAYOUTS[layout]
    report = parse_bytes(make(), name)[0]
    assert [i.text for i in report.items()] == [t for items in SECTIONS.values() for t in items]
    assert [(s.heading or "").lower() for s in report.sections if s.items] == [h.lower() for h in SECTIONS]
    assert any("forwarded-message header line" in w for w in report.warnings), report.warnings
    assert any("forwarder's note line" in w for w in report.warnings), report.warnings
    assert report.title == SUBJECT
    assert report.date == date(2020, 4, 6)


@pytest.mark.parametrize("make", [lambda s: _mail("\n".join(_outlook_lines()), subject=s), _outlook_html_mail])
def test_a_reply_quoting_the_same_header_block_keeps_it_as_history(make) -> None:
    """In Outlook a reply quotes the message it answers under the same header block; its subject ("RE:")
    is what tells it from a forward, and a reply's quoted text is not the document."""
    report = parse_bytes(make(f"RE: {SUBJECT}"), "reply.eml")[0]
    assert "Temporary accommodation" not in " ".join(i.text for i in report.items())
