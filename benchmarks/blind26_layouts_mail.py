"""Mail writers of the ``blind26_layouts`` set.

A county council's adult social care commissioning team's daily update to care providers during a loss of water
supply, sent through GOV.UK Notify (``multipart/alternative`` from ``…@notifications.service.gov.uk`` with the
council's address to reply to): Notify's own HTML — the hidden preheader, the council's logo banner, the content
cell of 19 px Helvetica, ``<p>`` paragraphs, "#" headings as ``<h2>``, "*" lists as a ``<ul>`` inside a
presentation table, the "^" inset text as a grey-edged ``<blockquote>``, "---" as ``<hr>`` — and Notify's plain text
of the same template (each heading over a line of 65 "-", each point "•  " on a line of its own, each rule a line of
65 "="). Notify has no bold and no nesting: a risk's "Support available:" is plain text in its point. The greeting
and the update line, the inset handling note, the team's sign-off, the provider hub's address and the do-not-reply
line are the template's.

A Canadian health authority's IT major incident management team's update on a failed clinical system as its
ServiceNow instance sends it (``multipart/alternative`` from ``…@service-now.com``): a red band "MAJOR INCIDENT –
UPDATE 3" and the priority, the team's covering line, a grid of the incident's fields (number, short description,
state, priority, affected service, start time in "2025-03-04 06:12 PST", next update), then the communication's
sections as rows of a two-column table — the label in bold in a grey cell on the left, the text typed by the major
incident manager on the right, its lines led by "- " and joined by ``<br>``, "Workaround:" plain inside a risk's
line —, the latest work notes with their time stamps, "Click here to view Incident: INC…", the reason for the mail
and the instance's "Ref:MSG…" watermark; the plain part the same in text, each label followed by a colon.
"""

from __future__ import annotations

import zlib
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from html import escape

from blind7_layouts_content import report_day
from blind26_layouts_content import parts
from council_layouts_gold import Doc


def _message(frm: str, to: str, subject: str, when: datetime, text: str, html: str, extra=()) -> bytes:
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = make_msgid(domain=frm.split("@")[-1].rstrip(">"))
    for k, v in extra:
        msg[k] = v
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    return bytes(msg)


# ---------------------------------------------------------------- GOV.UK Notify

P = '<p style="Margin: 0 0 20px 0; font-size: 19px; line-height: 25px; color: #0B0C0C;">{}</p>'
H2 = ('<h2 style="Margin: 0 0 20px 0; padding: 0; font-size: 27px; line-height: 35px; font-weight: bold; '
      'color: #0B0C0C;">{}</h2>')  # fmt: skip
UL = (
    '<table role="presentation" style="padding: 0 0 20px 0;"><tr><td style="font-family: Helvetica, Arial, '
    'sans-serif;"><ul style="Margin: 0 0 0 20px; padding: 0; list-style-type: disc;">{}</ul></td></tr></table>'
)
LI = '<li style="Margin: 5px 0 5px; padding: 0 0 0 5px; font-size: 19px; line-height: 25px; color: #0B0C0C;">{}</li>'
INSET = ('<blockquote style="Margin: 0 0 20px 0; border-left: 10px solid #B1B4B6; padding: 15px 0 0.1px 15px; '
         'font-size: 19px; line-height: 25px;">{}</blockquote>')  # fmt: skip
HR = '<hr style="border: 0; height: 1px; background: #B1B4B6; Margin: 30px 0 30px 0;">'
WIDTH = 65


def eml_govuk_notify_gb(doc: Doc) -> bytes:
    """The update as GOV.UK Notify sends it to every registered provider."""
    when = report_day(doc).replace(hour=16, minute=5)
    council = doc.organisation
    slug = council.lower().replace(" county council", "").replace(" and ", "-").replace(" ", "-")
    day = f"{when:%A} {when.day} {when:%B %Y}"
    opening = (
        f"This is update {doc.number} on the loss of mains water supply affecting adult social care "
        f"services in {council.removesuffix(' County Council')}. It reflects the position at 3pm on {day}."
    )
    inset = ("Please share this update with your registered manager and the person in charge of each shift. "
             "Reply to this email if your service has not had a water delivery today.")  # fmt: skip
    text = ["Dear care provider,", "", opening, "", inset, "", "=" * WIDTH]
    html = [P.format("Dear care provider,"), P.format(escape(opening)), INSET.format(escape(inset)), HR]
    for s in doc.sections:
        text += ["", "", s.heading, "-" * WIDTH]
        html.append(H2.format(escape(s.heading)))
        if s.key == "situation":
            for it in s.items:
                text += ["", it.text]
                html.append(P.format(escape(it.text)))
            continue
        text.append("")
        text += [f"•  {it.text}" for it in s.items]
        html.append(UL.format("".join(LI.format(escape(it.text)) for it in s.items)))
    sign = ["Adult Social Care Commissioning", council]
    hub = f"https://www.{slug}.gov.uk/care-provider-hub"
    text += ["", "=" * WIDTH, "", "Thank you for everything you and your staff are doing.", "", *sign, "",
             f"Provider hub: {hub}", "", "Do not reply to this email with personal information about the people you "
             "support."]  # fmt: skip
    html += [
        HR,
        P.format("Thank you for everything you and your staff are doing."),
        P.format("<br>".join(sign)),
        P.format(f'Provider hub: <a style="word-wrap: break-word; color: #1D70B8;" href="{hub}">{hub}</a>'),
        P.format("Do not reply to this email with personal information about the people you support."),
    ]
    preheader = f"Dear care provider, This is update {doc.number} on the loss of mains water supply"
    body = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html lang="en"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta content="width=device-width" '
        'name="viewport"><title></title></head><body style="font-family: Helvetica, Arial, sans-serif;'
        'font-size: 16px;margin: 0;color:#0b0c0c;">'
        f'<span style="display: none;font-size: 1px;color: #fff; max-height: 0;" hidden>{escape(preheader)}</span>'
        '<table role="presentation" width="100%" style="border-collapse: collapse;min-width: 100%;width: 100% '
        '!important;" cellpadding="0" cellspacing="0" border="0"><tr><td width="100%" height="53" '
        'bgcolor="#ffffff"><table role="presentation" width="100%" style="border-collapse: collapse;max-width: '
        '580px;" cellpadding="0" cellspacing="0" border="0" align="center"><tr><td width="100%" valign="middle">'
        f'<img src="https://static-logos.notifications.service.gov.uk/{slug}.png" alt="{escape(council)}" '
        'height="108" style="display: block; border: 0;"></td></tr></table></td></tr></table>'
        '<table role="presentation" class="content" align="center" cellpadding="0" cellspacing="0" border="0" '
        'style="border-collapse: collapse;max-width: 580px; width: 100% !important;" width="100%"><tr>'
        '<td width="10" height="10" valign="middle"></td><td style="font-family: Helvetica, Arial, sans-serif; '
        'font-size: 19px; line-height: 1.315789474; max-width: 560px;">'
        f'{"".join(html)}</td><td width="10" valign="middle" height="10"></td></tr></table></body></html>'
    )
    return _message(f"{council} <{slug}.adult.social.care@notifications.service.gov.uk>",
                    f"manager.{zlib.crc32(doc.title.encode()) % 997}@carehome.example.org.uk",
                    f"Loss of water supply: update {doc.number} for care providers", when, "\n".join(text), body,
                    (("Reply-To", f"commissioning@{slug}.gov.uk"),))  # fmt: skip


# ---------------------------------------------------------------- ServiceNow major incident communication

MIM_TEAM = {"Coastal Mountains": ("cmhaprod", "Priya Sandhu"), "Prairie North": ("pnhrprod", "Derek Lavoie"),
            "Fraser Delta": ("fdhaprod", "Grace Nakamura"),
            "Kootenay Interior": ("kihaprod", "Owen MacLeod")}  # fmt: skip
LABEL = ('style="width:24%;background-color:#e6e6e6;font-weight:bold;vertical-align:top;padding:6px;'
         'border:1px solid #bfbfbf"')  # fmt: skip
VALUE = 'style="vertical-align:top;padding:6px;border:1px solid #bfbfbf"'


def eml_servicenow_mim_ca(doc: Doc) -> bytes:
    """The major incident update as the health authority's ServiceNow instance sends it."""
    when = report_day(doc).replace(hour=8, minute=30)
    org = doc.organisation
    short = org.replace(" Health Authority", "").replace(" Health Region", "")
    instance, manager = MIM_TEAM[short]
    number = f"INC{45000 + zlib.crc32(org.encode()) % 9000:07d}"
    start = when - timedelta(days=doc.number - 1, hours=2, minutes=18)
    fields = (("Number", number), ("Short description", "Electronic health record unavailable at acute sites"),
              ("State", "In Progress"), ("Priority", "1 - Critical"),
              ("Affected service", "Clinical Information System (EHR)"),
              ("Start time", f"{start:%Y-%m-%d %H:%M} PST"),
              ("Next update", f"{when + timedelta(hours=4):%Y-%m-%d %H:%M} PST"))  # fmt: skip
    cover = (f"This is update {doc.number} from the IT Major Incident Management team. Please forward it to staff "
             "in your area who are affected.")  # fmt: skip
    html = ['<div style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">',
            '<table style="width:100%;border-collapse:collapse"><tr><td style="background-color:#c00000;color:#ffffff;'
            f'font-size:16pt;padding:8px"><b>MAJOR INCIDENT – UPDATE {doc.number}</b></td><td style="background-color:'
            '#c00000;color:#ffffff;text-align:right;padding:8px">P1 – Critical</td></tr></table>',
            f"<p>{escape(cover)}</p>", '<table style="border-collapse:collapse;width:100%">']  # fmt: skip
    text = [f"MAJOR INCIDENT - UPDATE {doc.number}", "", cover, ""]
    for label, value in fields:
        html.append(f"<tr><td {LABEL}>{label}</td><td {VALUE}>{escape(value)}</td></tr>")
        text.append(f"{label}: {value}")
    html.append("</table><br>")
    html.append('<table style="border-collapse:collapse;width:100%">')
    for s in doc.sections:
        lines = []
        for it in s.items:
            risk, lead, rest = parts(it, "ca")
            lines.append(f"- {risk} {lead} {rest}" if lead else f"- {it.text}")
        html.append(f"<tr><td {LABEL}>{escape(s.heading)}</td><td {VALUE}>"
                    f'{"<br>".join(escape(x) for x in lines)}</td></tr>')  # fmt: skip
        text += ["", f"{s.heading}:", *lines]
    note = (f"{when - timedelta(minutes=32):%Y-%m-%d %H:%M:%S} PST - {manager} (Work notes)",
            "Bridge remains open. Vendor applying the database patch to node 2; validation by clinical super-users "
            "to follow.")  # fmt: skip
    link = f"https://{instance}.service-now.com/nav_to.do?uri=incident.do?sys_id={zlib.crc32(number.encode()):x}"
    ref = f"Ref:MSG{3900000 + doc.number * 17 + zlib.crc32(org.encode()) % 9999}_{number.lower()}"
    html += ["</table>", "<p><b>Latest work notes</b></p>", f"<p>{escape(note[0])}<br>{escape(note[1])}</p>",
             f'<p>Click here to view Incident: <a href="{link}">{number}</a></p>',
             '<p style="color:#808080;font-size:8pt">You are receiving this email because you are a member of the '
             f"Major Incident notification list for {escape(org)}.</p>",
             f'<div style="display:inline;color:#ffffff;font-size:1pt">{ref}</div></div>']  # fmt: skip
    text += ["", "Latest work notes", *note, "", f"Click here to view Incident: {number} <{link}>", "",
             f"You are receiving this email because you are a member of the Major Incident notification list for "
             f"{org}.", "", ref]  # fmt: skip
    subject = f"MAJOR INCIDENT UPDATE {doc.number} - {number} - P1 - EHR unavailable at acute sites"
    return _message(f"{short} IT Service Desk <{instance}@service-now.com>", f"mim-notify@{instance}.ca", subject,
                    when, "\n".join(text), "".join(html))  # fmt: skip
