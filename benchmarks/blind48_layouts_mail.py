"""Mail writers of the ``blind48_layouts`` set: an American school district's tuberculosis update sent to families
and staff through its parent messaging platform, and a Canadian provincial cattle association's anthrax update to its
members, its e-mail newsletter as the e-mail marketing service's web archive page.

An American school district's update on a case of tuberculosis at a high school, posted to families and staff on
the district's parent messaging platform and delivered by e-mail as the platform sends a post: one message of two
parts, the HTML (the district's logo and name in a coloured band, "New post from …" with the author and the school,
the post's title, the body as the platform's editor keeps it — each section's name a bold line of its own in a
``<div>``, the points in ``<ul>`` lists, "What we are doing:" in bold inside a risk's point —, the "View Post" and
"Reply" buttons, the "Translate" line of languages, the platform's footer with its address and "Manage your
notification settings") and the plain text the platform writes beside it (the names as lines of their own, the
points after "* ", the buttons' links in brackets, the same footer). "$3,400", "$1.25 million", "September 16",
"(last update: 5)".

A Canadian provincial cattle association's anthrax outbreak update to its members, its e-mail newsletter as the
service's web archive page ("View as Webpage", ``myemail.constantcontact.com``) saved from the browser: the editor's
nested layout tables, the logo, a title block, each section's name a styled ``<span>`` (bold, 20 px, the
association's colour) in a text block of its own, the points in lists of ``<span>`` text, "Action:" in bold, a
divider after each section, an "Anthrax information for producers" button, the social links, the association's
address, "Unsubscribe", "Update Profile", "Constant Contact Data Notice" and "Try email marketing for free today!".
"$3,400", "$1.25 million", "July 16", "(last update: 5)".
"""

from __future__ import annotations

import zlib
from datetime import timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from blind48_layouts_banks_south import ANTHRAX, TB
from blind48_layouts_content import parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- a school district's post, by e-mail

SCHOOLS = (("Roosevelt High School", "fresnounified", "Dr. Maria Alvarez", "#003B71", -7),
           ("Lincoln High School", "tacomaschools", "Jennifer Sato", "#00543C", -7),
           ("Omaha North High Magnet School", "ops", "Marcus Webb", "#7A0019", -5),
           ("East Anchorage High School", "asdk12", "Katie Olson", "#0B3D91", -8))  # fmt: skip
LANGS = ("Español", "Hmoob", "Soomaali", "Tiếng Việt", "Tagalog", "繁體中文")
FOOT = "ParentSquare Inc., 6144 Calle Real, Suite 200A, Goleta, CA 93117"


def eml_parentsquare_us(doc: Doc) -> bytes:
    """The district's post as the parent messaging platform e-mails it: HTML and its plain text beside it."""
    when = report_day(doc)
    k = TB.organisations.index(doc.organisation)
    school, domain, author, colour, utc = SCHOOLS[k]
    h = zlib.crc32(doc.title.encode())
    post = 4_100_000 + h % 900_000
    url = f"https://www.parentsquare.com/feeds/{post}"
    title = f"Tuberculosis update #{doc.number} – {school}"
    html = [f'<div style="background:{colour};padding:14px 20px;color:#ffffff;font-family:Arial,sans-serif">'
            f'<img src="https://s3.amazonaws.com/parentsquare-prod/logos/{domain}.png" alt="" width="40" height="40" '
            f'style="vertical-align:middle"> <span style="font-size:18px;font-weight:bold">{escape(doc.organisation)}'
            "</span></div>",
            '<div style="font-family:Arial,sans-serif;font-size:14px;color:#333333;padding:16px 20px">',
            f'<div style="color:#777777;font-size:13px">New post from {escape(author)} at {escape(school)}</div>',
            f'<div style="font-size:20px;font-weight:bold;margin:10px 0 14px">{escape(title)}</div>',
            "<div>Dear families and staff,</div><div><br></div>"]  # fmt: skip
    text = [f"New post from {author} at {school}", "", title, "", "Dear families and staff,", ""]
    for s in doc.sections:
        html.append(f"<div><b>{escape(s.heading)}</b></div>")
        text.append(s.heading)
        if s.key == "highlights":
            html += [f"<div>{escape(it.text)}</div>" for it in s.items]
            text += [it.text for it in s.items]
        else:
            lis = []
            for it in s.items:
                risk, lead, rest = parts(it, "us")
                lis.append(f"<li>{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}</li>" if lead
                           else f"<li>{escape(it.text)}</li>")  # fmt: skip
                text.append(f"* {it.text}")
            html.append("<ul>" + "".join(lis) + "</ul>")
        html.append("<div><br></div>")
        text.append("")
    html += ["<div>Thank you for your patience and support.</div>", f"<div>{escape(author)}</div>",
             f"<div>Principal, {escape(school)}</div></div>",
             '<table cellpadding="0" cellspacing="0" style="margin:10px 20px"><tr>'
             f'<td style="background:#2F80ED;border-radius:4px;padding:8px 18px"><a href="{url}" '
             'style="color:#ffffff;text-decoration:none;font-family:Arial">View Post</a></td><td width="12"></td>'
             f'<td style="background:#2F80ED;border-radius:4px;padding:8px 18px"><a href="{url}#reply" '
             'style="color:#ffffff;text-decoration:none;font-family:Arial">Reply</a></td></tr></table>',
             '<div style="font-family:Arial;font-size:12px;color:#777777;padding:6px 20px">Translate: '
             + " | ".join(f'<a href="{url}?locale={n}">{escape(x)}</a>' for n, x in enumerate(LANGS)) + "</div>",
             '<div style="font-family:Arial;font-size:11px;color:#999999;padding:16px 20px;border-top:1px solid '
             f'#e5e5e5">You received this post because you are a member of {escape(school)}. '
             '<a href="https://www.parentsquare.com/notifications">Manage your notification settings</a>.<br>'
             f"Powered by ParentSquare · {FOOT}</div>"]  # fmt: skip
    text += ["Thank you for your patience and support.", author, f"Principal, {school}", "",
             f"View Post [{url}]", f"Reply [{url}#reply]", "", "Translate: " + " | ".join(LANGS), "",
             f"You received this post because you are a member of {school}. Manage your notification settings "
             "[https://www.parentsquare.com/notifications].", f"Powered by ParentSquare · {FOOT}"]  # fmt: skip
    msg = EmailMessage()
    msg["From"] = f"{school} <donotreply@parentsquare.com>"
    msg["To"] = f"family{h % 90000 + 10000}@{domain}-families.org"
    msg["Subject"] = title
    msg["Date"] = format_datetime(when.replace(hour=15, minute=h % 60, tzinfo=timezone(timedelta(hours=utc))))
    msg["Message-ID"] = f"<post_{post}_{h % 99991}@parentsquare.com>"
    msg["List-Unsubscribe"] = "<https://www.parentsquare.com/notifications>"
    msg.set_content("\n".join(text) + "\n")
    msg.add_alternative('<html><body style="margin:0">' + "\n".join(html) + "</body></html>", subtype="html")
    return bytes(msg)


# ---------------------------------------------------------------- an authority's newsletter, its archive page

ASSOCIATIONS = (("#7B2D26", "Box 4752", "Regina, SK S4P 3Y4", "saskcattle"),
                ("#1D4E89", "Unit 220 – 530 Century Street", "Winnipeg, MB R3H 0Y4", "mbbeef"),
                ("#8C1D40", "165, 6815 8 Street NE", "Calgary, AB T2E 7H7", "albertabeef"),
                ("#2E5E2B", "#4 – 10145 Dallas Drive", "Kamloops, BC V2C 6T4", "cattlemen"))  # fmt: skip


def _text_block(inner: str) -> str:
    return ('<table class="layout layout--1-column" style="table-layout:fixed" width="100%" border="0" '
            'cellpadding="0" cellspacing="0"><tr><td class="column column--1 scale stack" style="width:100%" '
            'align="center" valign="top"><table class="text text--padding-vertical" width="100%" border="0" '
            'cellpadding="0" cellspacing="0" style="table-layout:fixed"><tr><td class="text_content-cell '
            'content-padding-horizontal" style="text-align:left;font-family:Arial,Verdana,Helvetica,sans-serif;'
            f'color:#4d4d4d;font-size:14px;line-height:1.2" align="left" valign="top">{inner}</td></tr></table>'
            "</td></tr></table>")  # fmt: skip


def html_constant_contact_ca(doc: Doc) -> bytes:
    """The association's anthrax update as the e-mail service's "View as Webpage" archive page."""
    when = report_day(doc)
    k = ANTHRAX.organisations.index(doc.organisation)
    colour, street, town, short = ASSOCIATIONS[k]
    h = zlib.crc32(doc.title.encode())
    blocks = [
        _text_block(
            f'<p style="margin:0"><img src="https://files.constantcontact.com/{h % 0xFFFFFF:06x}/'
            f'{short}-logo.png" alt="{escape(doc.organisation)}" width="220"></p>'
        ),
        _text_block(
            f'<p style="margin:0"><span style="font-size:26px;color:{colour};font-weight:bold">Anthrax '
            f'Update #{doc.number}</span></p><p style="margin:0"><span style="font-size:'
            f'15px">{when:%A}, {when:%B} {when.day}, {when.year} – {8 + h % 3}:00 a.m.</span></p>'
        ),
    ]
    for s in doc.sections:
        inner = [f'<p style="margin:0"><span style="font-size:20px;color:{colour};font-weight:bold">'
                 f"{escape(s.heading)}</span></p>"]  # fmt: skip
        if s.key == "highlights":
            inner += [f'<p style="margin:0"><br></p><p style="margin:0"><span>{escape(it.text)}</span></p>'
                      for it in s.items]  # fmt: skip
        else:
            lis = []
            for it in s.items:
                risk, lead, rest = parts(it, "ca")
                span = (f"<span>{escape(risk)} </span><span style=\"font-weight:bold\">{escape(lead)}</span>"
                        f"<span> {escape(rest)}</span>") if lead else f"<span>{escape(it.text)}</span>"  # fmt: skip
                lis.append(f'<li style="margin:0">{span}</li>')
            inner.append("<ul>" + "".join(lis) + "</ul>")
        blocks.append(_text_block("".join(inner)))
        blocks.append('<table class="layout" width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td '
                      'class="divider-base divider-solid" style="padding:10px 20px"><div style="border-top:1px '
                      'solid #cccccc;height:1px;line-height:1px">&nbsp;</div></td></tr></table>')  # fmt: skip
    blocks.append(
        '<table class="button" width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td '
        f'align="center" style="padding:10px"><a href="https://www.{short}.ca/anthrax" '
        f'style="background-color:{colour};color:#ffffff;font-weight:bold;padding:12px 24px;'
        'text-decoration:none;display:inline-block">Anthrax information for producers</a></td></tr></table>'
    )
    blocks.append(
        _text_block(
            '<p style="margin:0;text-align:center"><a href="https://www.facebook.com/'
            f'{short}">Facebook</a> <a href="https://x.com/{short}">X</a> <a href="https://'
            f'www.youtube.com/@{short}">YouTube</a></p>'
        )
    )
    footer = (f'<div class="footer-column" style="font-family:Verdana,Geneva,sans-serif;font-size:11px;'
              f'color:#5d5d5d;text-align:center;padding:20px">{escape(doc.organisation)} | {escape(street)} | '
              f'{escape(town)} CA<br><br><a href="https://visitor.constantcontact.com/do?p=un&amp;m=001{h:x}">'
              'Unsubscribe</a> | <a href="https://visitor.constantcontact.com/do?p=oo&amp;m=001">Update Profile</a> '
              '| <a href="https://www.constantcontact.com/legal/customer-contact-data-notice">Constant Contact Data '
              'Notice</a><br><br>Sent by info@' + short + '.ca powered by<br><a href="https://www.'
              'constantcontact.com/index.jsp?cc=nge">Try email marketing for free today!</a></div>')  # fmt: skip
    html = f"""<!DOCTYPE html>
<html lang="en-US"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>Anthrax Update #{doc.number}</title>
<style type="text/css">body{{margin:0;padding:0}} .layout{{min-width:100%}} .shell_panel-row{{background:#e8eef2}}
@media only screen and (max-width:480px){{.stack{{display:block!important;width:100%!important}}}}</style>
</head>
<body style="background-color:#e8eef2">
<div id="tracking-image" style="display:none"><img src="https://r20.rs6.net/on.jsp?a=001{h:x}&amp;o=https://\
myemail.constantcontact.com" alt="" width="1" height="1"></div>
<div class="shell" lang="en" style="background-color:#e8eef2">
<table class="shell_panel-row" width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td align="center"
 valign="top"><table class="shell_width-row scale" style="width:640px" align="center" border="0" cellpadding="0"
 cellspacing="0"><tr><td class="shell_panel-cell" style="background-color:#ffffff;padding:10px 0" align="center"
 valign="top"><table class="shell_width-row scale" style="width:640px" border="0" cellpadding="0" cellspacing="0">
<tr><td class="shell_content-row" align="center" valign="top">
{chr(10).join(blocks)}
</td></tr></table></td></tr></table></td></tr></table>
{footer}
</div>
</body></html>
"""
    return html.encode()
