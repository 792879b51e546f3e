"""Mail writers of the ``blind49_layouts`` set: an American state university's facilities help desk replying on a
ticket with its update on the heating plant outage, and an American mosquito control district's West Nile virus
update posted to its neighbourhood social network and delivered by e-mail.

An American state university's facilities services after the central heating plant failed in a cold spell: the
day's update sent to a department's building coordinator as the reply on their ticket in the facilities service
centre's help desk, osTicket, set to send plain text — "Re: … [#284913]" as the subject, the reply separator
"-- reply above this line --" at the top, the coordinator's first name and a line on which update this is, then the
update as the agent typed it — each section's name in capitals on a line of its own, the summary as paragraphs, the
points after "- ", "Contingency:" inside a risk's point —, the agent's signature (name, post, department, phone),
the reply template's "We hope this response has sufficiently answered your questions …" paragraph, the department's
signature and the ticket's link. "$3,400", "$1.25 million", "January 16", "(last update: 5)".

An American mosquito control district's weekly West Nile virus update posted as an agency's post to its
neighbourhood social network, Nextdoor, and delivered to a resident by e-mail — one message of two parts, the HTML
(the network's logo and the resident's neighbourhood, the district's name with its "Agency" badge and how many
neighbourhoods the post went to, the post's subject in bold, the post's plain text with its line breaks as ``<br>``:
each section's name a line of its own, the summary as lines of text, the points after "• ", "What we're doing:"
inside a risk's point, a closing line on how to call the district and its hashtags —, the "Thank", "Reply" and
"Share" links, the footer with "Unsubscribe" and the network's address) and the plain text beside it. "$3,400",
"$1.25 million", "August 16", "(last week: 5)".
"""

from __future__ import annotations

import zlib
from datetime import timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from blind49_layouts_banks_north import HEATING
from blind49_layouts_banks_south import MOSQUITO
from council_layouts_gold import Doc

# ---------------------------------------------------------------- a facilities help desk's reply, osTicket

CAMPUSES = (("uwyo.edu", "Facilities Service Center", "Jordan Miller", "Assistant Director, Utilities and Energy",
             "(307) 766-6200", "Karen Holt", "kholt", "No heat in the Engineering Building", -7),
            ("und.edu", "Facilities Work Control", "Amy Lindquist", "Utilities Manager", "(701) 777-2591",
             "Brian Olsen", "bolsen", "Classrooms in Witmer Hall are cold", -6),
            ("d.umn.edu", "Facilities Management Help Desk", "Scott Berg", "Energy Management Supervisor",
             "(218) 726-8262", "Laura Mattson", "lmattson", "Heat outage in the Life Science building", -6),
            ("montana.edu", "Facilities Services Work Control", "Dana Whitford", "Heating Plant Superintendent",
             "(406) 994-2107", "Ryan Carter", "rcarter", "Gaines Hall has no heat", -7))  # fmt: skip


def eml_osticket_us(doc: Doc) -> bytes:
    """The day's update as the help desk's plain-text reply on the building coordinator's ticket."""
    when = report_day(doc)
    k = HEATING.organisations.index(doc.organisation)
    domain, desk, agent, post, phone, person, user, subject, utc = CAMPUSES[k]
    first = person.split()[0]
    h = zlib.crc32(doc.organisation.encode())
    ticket = 280_000 + h % 20_000
    lines = ["-- reply above this line --", "", f"{first},", "",
             f"Here is update {doc.number} on the central heating plant outage. Please share it with the people "
             "in your building.", ""]  # fmt: skip
    for s in doc.sections:
        lines.append(s.heading)
        lines.append("")
        if s.key == "highlights":
            for it in s.items:
                lines += [it.text, ""]
        else:
            lines += [f"- {it.text}" for it in s.items]
            lines.append("")
    lines += [agent, post, f"{doc.organisation} Facilities Management", phone, "", "-" * 64,
              "We hope this response has sufficiently answered your questions. If not, please do not send another "
              "email. Instead, reply to this email or login to your account for a complete archive of all your "
              "support requests and responses.", "", f"{desk}", f"{doc.organisation} | {phone}", "",
              f"Ticket Details: https://fsc.{domain}/support/view.php?t={ticket}&auth={h:x}{doc.number:02d}",
              ""]  # fmt: skip
    msg = EmailMessage()
    msg["From"] = f"{desk} <facilities@{domain}>"
    msg["To"] = f"{person} <{user}@{domain}>"
    msg["Subject"] = f"Re: {subject} [#{ticket}]"
    msg["Date"] = format_datetime(when.replace(hour=16, minute=h % 60, tzinfo=timezone(timedelta(hours=utc))))
    msg["Message-ID"] = f"<oo{h:08X}-{doc.number:04d}-{ticket}@fsc.{domain}>"
    msg["X-Mailer"] = "osTicket Mailer"
    msg.set_content("\n".join(lines), charset="utf-8")
    return bytes(msg)


# ---------------------------------------------------------------- a mosquito control district's post, Nextdoor

DISTRICTS = (("Land Park", 158, -7, "1-800-429-1022", "FightTheBite"),
             ("Meyerland", 412, -5, "713-440-4800", "HarrisCountyMVC"),
             ("Sugar House", 96, -6, "801-355-8887", "SLCMAD"),
             ("Arcadia", 530, -7, "602-506-0700", "FightTheBiteAZ"))  # fmt: skip
NEXTDOOR = "Nextdoor, 420 Taylor Street, San Francisco, CA 94102"


def _post(doc: Doc, phone: str, tag: str) -> list[str]:
    """The post's text as the district typed it into the network's composer, line by line."""
    lines: list[str] = []
    for s in doc.sections:
        lines.append(s.heading)
        if s.key == "highlights":
            lines += [it.text for it in s.items]
        else:
            lines += [f"• {it.text}" for it in s.items]
        lines.append("")
    lines += [f"Questions? Call us at {phone} or request service online.", "", f"#{tag} #WestNileVirus"]
    return lines


def eml_nextdoor_us(doc: Doc) -> bytes:
    """The district's weekly update as the neighbourhood network e-mails an agency's post to a resident."""
    when = report_day(doc)
    k = MOSQUITO.organisations.index(doc.organisation)
    hood, reach, utc, phone, tag = DISTRICTS[k]
    h = zlib.crc32(doc.title.encode())
    post = 380_000_000 + h % 9_000_000
    url = f"https://nextdoor.com/p/{post:x}?utm_source=email&init_source=agency_post"
    subject = f"West Nile virus update #{doc.number}"
    body = _post(doc, phone, tag)
    text_html = "<br>".join(escape(ln) for ln in body)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{escape(subject)}</title></head>
<body style="margin:0;background:#f0f2f5;font-family:Lato,Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff">
<tr><td style="padding:16px 24px;border-bottom:1px solid #e6e6e6"><img src="https://us1-photo.nextdoor.com/email/\
nextdoor-logo.png" alt="Nextdoor" width="110"> <span style="float:right;color:#666;font-size:13px">{escape(hood)}\
</span></td></tr>
<tr><td style="padding:20px 24px 0"><table cellpadding="0" cellspacing="0"><tr>
<td><img src="https://us1-photo.nextdoor.com/agency/{h % 99999}.png" alt="" width="40" height="40" \
style="border-radius:20px"></td>
<td style="padding-left:10px"><div style="font-weight:bold;font-size:15px;color:#1b1d1f">{escape(doc.organisation)}\
 <span style="background:#e8f0fe;color:#1a56b0;font-size:11px;padding:1px 5px;border-radius:3px">Agency</span>\
</div><div style="color:#737679;font-size:12px">{when:%b} {when.day} · {reach} neighborhoods</div></td>
</tr></table></td></tr>
<tr><td style="padding:14px 24px 4px;font-size:17px;font-weight:bold;color:#1b1d1f">{escape(subject)}</td></tr>
<tr><td style="padding:4px 24px 16px;font-size:15px;line-height:22px;color:#1b1d1f">{text_html}</td></tr>
<tr><td style="padding:8px 24px 20px;border-top:1px solid #e6e6e6;font-size:14px">
<a href="{url}&amp;action=thank" style="color:#006b3f;text-decoration:none;font-weight:bold">Thank</a> &nbsp;·&nbsp;
<a href="{url}&amp;action=reply" style="color:#006b3f;text-decoration:none;font-weight:bold">Reply</a> &nbsp;·&nbsp;
<a href="{url}&amp;action=share" style="color:#006b3f;text-decoration:none;font-weight:bold">Share</a></td></tr>
</table>
<table width="560" cellpadding="0" cellspacing="0" border="0"><tr><td style="padding:18px 24px;color:#8a8d91;\
font-size:11px;line-height:16px;text-align:center">This message is intended for resident{h % 9000 + 1000}@gmail.com. \
<a href="https://nextdoor.com/email_unsubscribe/?t={h:x}" style="color:#8a8d91">Unsubscribe</a> or \
<a href="https://nextdoor.com/settings/email/" style="color:#8a8d91">change your email settings</a>.<br>
{NEXTDOOR}</td></tr></table>
</td></tr></table></body></html>"""
    text = [hood, "", f"{doc.organisation} (Agency) · {when:%b} {when.day} · {reach} neighborhoods", "", subject, "",
            *body, "", f"Thank: {url}&action=thank", f"Reply: {url}&action=reply", "",
            f"This message is intended for resident{h % 9000 + 1000}@gmail.com.",
            f"Unsubscribe: https://nextdoor.com/email_unsubscribe/?t={h:x}", NEXTDOOR]  # fmt: skip
    msg = EmailMessage()
    msg["From"] = f"{doc.organisation} <reply@rs.email.nextdoor.com>"
    msg["To"] = f"resident{h % 9000 + 1000}@gmail.com"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when.replace(hour=11, minute=h % 60, tzinfo=timezone(timedelta(hours=utc))))
    msg["Message-ID"] = f"<{h:x}.{post}@email.nextdoor.com>"
    msg["List-Unsubscribe"] = f"<https://nextdoor.com/email_unsubscribe/?t={h:x}>"
    msg.set_content("\n".join(text) + "\n")
    msg.add_alternative(html, subtype="html")
    return bytes(msg)
