"""Writers of the ``blind45_layouts`` set for two everyday channels: a note exported from Evernote, and the e-mail a
Basecamp project sends when a message is posted.

A northern Canadian hamlet's breakup flood update, typed by the senior administrative officer as a note in Evernote
for Windows and exported with "Export Note… → HTML" (the file sent to the regional office): the exporter's ``<meta>``
lines, the note's title in a bold ``<span>`` and Evernote's grey table of the note's attributes (Created, Updated,
Author, Tags) over a rule, then the note itself as Evernote keeps it — every line a ``<div>``, blank lines
``<div><br/></div>``, each section's name a bold line at 13pt, the summary as lines, the other points as a list
whose entries hold a ``<div>``, "Action taken:" in bold inside a risk's point, "Sent to:" at the top and the officer's
name at the end. "$3,400", "$1.25 million", "May 16", "(last update: 5)".

An American county emergency management team's tornado recovery update, posted as a message on the county's
Basecamp project and received by e-mail by everyone on the project: Basecamp's notification from
``notifications@3.basecamp.com`` (plain text and HTML), "… posted a new message in Tornado Recovery", the message's
category and title, the greeting, each section's name a Trix heading (``<h1>`` in the HTML, its own line in the
text), the summary as lines, the other points as a list ("• " in the text), "Mitigation steps:" in ``<strong>``
inside a risk's point, the poster's sign-off, then the rule, "Reply to this email to comment …", the link and the
line on why the e-mail came. "$3,400", "$1.25 million", "April 16", "(previous update: 5)".
"""

from __future__ import annotations

import zlib
from datetime import timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from blind45_layouts_banks_other import BREAKUP, TORNADO
from blind45_layouts_content import parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- a hamlet's note exported from Evernote

SAOS = ("Dolly Greenland", "Ernie Francis", "Sharon Antoine", "Wilfred Kakfwi")
TO = "Sent to: MACA Beaufort Delta regional office, EMO Yellowknife"


def html_evernote_export_ca(doc: Doc) -> bytes:
    """The officer's Evernote note as Evernote for Windows exports it to HTML."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = BREAKUP.organisations.index(doc.organisation)
    created = when.replace(hour=9, minute=h % 50 + 5)
    updated = when.replace(hour=17, minute=h % 40 + 10)
    lines = [f"<div>{TO}</div>", "<div><br/></div>"]
    for s in doc.sections:
        lines.append(f'<div><b><span style="font-size: 13pt;">{escape(s.heading)}</span></b></div>')
        if s.key == "highlights":
            lines += [f"<div>{escape(it.text)}</div>" for it in s.items]
        else:
            lis = []
            for it in s.items:
                risk, lead, rest = parts(it, "ca")
                text = f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)
                lis.append(f"<li><div>{text}</div></li>")
            lines.append(f"<ul>{''.join(lis)}</ul>")
        lines.append("<div><br/></div>")
    lines += [f"<div>{SAOS[k]}</div>", "<div>SAO</div>"]

    def stamp(t) -> str:
        return f"{t:%Y-%m-%d} {t.hour % 12 or 12}:{t:%M} {'AM' if t.hour < 12 else 'PM'}"

    page = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>\n'
            '<meta name="exporter-version" content="Evernote Windows/307027 (en-CA); Windows/10.0.19045 (Win64);"/>\n'
            f'<meta name="author" content="{SAOS[k]}"/>\n'
            f'<meta name="created" content="{created:%Y-%m-%d %H:%M:%S} +0000"/>\n'
            f'<meta name="updated" content="{updated:%Y-%m-%d %H:%M:%S} +0000"/>\n'
            f"<title>{escape(doc.title)}</title>\n</head>\n<body>\n"
            f'<span style="font-weight:bold;font-size:12pt;">{escape(doc.title)}</span><br/>\n'
            '<table bgcolor="#D4DDE5" border="0">\n'
            f"<tr><td><b>Created:</b></td><td><i>{stamp(created)}</i></td></tr>\n"
            f"<tr><td><b>Updated:</b></td><td><i>{stamp(updated)}</i></td></tr>\n"
            f"<tr><td><b>Author:</b></td><td><i>{SAOS[k]}</i></td></tr>\n"
            "<tr><td><b>Tags:</b></td><td><i>breakup 2026, EOC, sitrep</i></td></tr>\n"
            "</table>\n<hr/>\n"
            '<div><span><div style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + "".join(lines) + "</div></span>\n</div></body></html>\n")  # fmt: skip
    return page.encode("utf-8")


# ---------------------------------------------------------------- a county's Basecamp message, as its e-mail

POSTERS = ("Dana Whitfield", "Marcus Hale", "Terri Boone", "Luis Ortega")
CDT = timezone(timedelta(hours=-5))
RULE = "-" * 64


def eml_basecamp_message_us(doc: Doc) -> bytes:
    """The team's update as Basecamp's e-mail of a new message on the project's message board."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = TORNADO.organisations.index(doc.organisation)
    poster = POSTERS[k]
    account, bucket, message = 4100000 + h % 90000, 2300000 + k * 7919, 6500000000 + h % 99999999
    link = f"https://3.basecamp.com/{account}/buckets/{bucket}/messages/{message}"
    title = f"Situation update #{doc.number} – {when:%B} {when.day}"
    text = ["Hi everyone,", "", f"Here is today's update from {doc.organisation}.", ""]
    trix = [f"<div>Hi everyone,<br><br>Here is today's update from {escape(doc.organisation)}.<br><br></div>"]
    for s in doc.sections:
        text += [s.heading, ""]
        trix.append(f"<h1>{escape(s.heading)}</h1>")
        if s.key == "highlights":
            text += [it.text for it in s.items] + [""]
            trix.append("<div>" + "<br>".join(escape(it.text) for it in s.items) + "</div>")
            continue
        lis = []
        for it in s.items:
            risk, lead, rest = parts(it, "us")
            text.append(f"• {risk} {lead} {rest}" if lead else f"• {it.text}")
            inner = f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)
            lis.append(f"<li>{inner}</li>")
        text.append("")
        trix.append(f"<ul>{''.join(lis)}</ul>")
    text += [f"— {poster.split()[0]}", ""]
    trix.append(f"<div><br>— {escape(poster.split()[0])}</div>")
    plain = [f"{poster} posted a new message in Tornado Recovery", RULE, "", "Announcement", title, "", *text, RULE,
             "Reply to this email to comment on the message, or view it on Basecamp:", link, "",
             "You’re getting this email because you’re subscribed to this message.",
             f"Stop getting these emails: {link}/subscription"]  # fmt: skip
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            '</head><body style="margin:0;padding:0;background:#ffffff"><table role="presentation" width="100%" '
            'cellpadding="0" cellspacing="0"><tr><td align="center"><table role="presentation" width="600" '
            'style="max-width:600px;font-family:-apple-system,BlinkMacSystemFont,Helvetica,Arial,sans-serif;'
            'font-size:17px;line-height:1.5;color:#1d2d35"><tr><td style="padding:20px 0 8px;color:#5b6b73;'
            f'font-size:14px"><img src="https://bc3-production-assets-cdn.basecamp-static.com/{account}/people/'
            f'{h % 99999}/avatar-64-x4" width="32" height="32" alt="" style="border-radius:50%;vertical-align:middle"> '
            f"<strong>{escape(poster)}</strong> posted a new message in <strong>Tornado Recovery</strong></td></tr>"
            '<tr><td style="border-top:1px solid #e3e3e3;padding-top:16px"><span style="display:inline-block;'
            'background:#e8f4fb;color:#0b6b9b;font-size:12px;padding:2px 8px;border-radius:10px">Announcement'
            f'</span><h2 style="font-size:24px;margin:6px 0 16px">{escape(title)}</h2><div class="trix-content">'
            + "".join(trix) + '</div></td></tr><tr><td style="border-top:1px solid #e3e3e3;padding:16px 0;'
            'color:#5b6b73;font-size:14px"><a href="' + link + '" style="color:#0b6b9b">Reply to this email to '
            "comment on the message, or view it on Basecamp</a><br>You’re getting this email because you’re "
            f'subscribed to this message. <a href="{link}/subscription" style="color:#5b6b73">Stop getting these '
            "emails</a></td></tr></table></td></tr></table></body></html>")  # fmt: skip
    sent = when.replace(hour=18, minute=h % 50 + 5, tzinfo=CDT)
    msg = EmailMessage()
    msg["From"] = f'"{poster} ({doc.organisation})" <notifications@3.basecamp.com>'
    msg["Reply-To"] = f"reply-{h:x}-{message}@3.basecamp.com"
    msg["To"] = f"recovery-partners@{doc.organisation.split()[0].lower()}county.gov"
    msg["Subject"] = f"(Tornado Recovery) {title}"
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = f"<message-{message}-{h % 9999}@3.basecamp.com>"
    msg["X-Basecamp-Bucket-Id"] = str(bucket)
    msg["List-Unsubscribe"] = f"<{link}/subscription>"
    msg.set_content("\n".join(plain) + "\n", charset="utf-8", cte="quoted-printable")
    msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    return bytes(msg)
