"""Mail writers of the ``blind54_layouts`` set: a Hungarian national park directorate's drought newsletter sent with
MailerLite, a New South Wales local health district's status update on its electronic medical record sent by
PagerDuty, and a Florida Medical Reserve Corps unit's deployment sitrep posted to its Groups.io list.

A Hungarian national park directorate in a summer of drought and grass fires: the "Aszály és tűzveszély –
3. tájékoztató" for visitors, guides and partners built in MailerLite's drag-and-drop editor and received as HTML and
plain text — the hidden preheader, "Ha a levél nem jelenik meg megfelelően, kattintson ide", the logo, a title block
with the date, "Kedves Látogatóink és Partnereink!" and a line, each section's name an ``<h2>`` in the park's green,
the summary as paragraphs, the other points a list, "Megtett intézkedések:" in bold, "Üdvözlettel:" and the
directorate's staff, the social icons, the footer with the address, the reason for the mail, "Leiratkozás" and the
"Created with MailerLite" badge. "340 000 forint", "1,25 millió forint", "1 250", "12%", "július 16.",
"(előző tájékoztató: 5)".

A New South Wales local health district while its electronic medical record is down: the incident manager's status
update to the district's stakeholders, written in a PagerDuty status update template and sent by PagerDuty as HTML
and plain text — "Status Update", the incident's title, number, status, priority, business service and impact, the
update's author and time, then the template's sections as ``<h3>`` headings over the text typed into them, the
summary as paragraphs, the other points a list, "Controls in place:" in bold, "View status dashboard", the line
saying why the mail came and PagerDuty's address. "$340,000", "$1.25 million", "1,250", "16 March",
"(previous update: 5)".

A Florida county's Medical Reserve Corps unit staffing shelters after a hurricane: the unit coordinator's nightly
sitrep to the volunteers, typed in Gmail and posted to the unit's Groups.io list, as a member receives it — the
subject with the group's tag "[pinellasmrc]", Groups.io's headers, the HTML of Gmail's ``<div dir="ltr">`` with each
line a ``<div>``: "Hello MRC volunteers," and a line, each section's name bold and underlined, the summary as lines,
the other points a Gmail list, "Steps taken:" in bold, "Thank you for all you do," with the coordinator's signature,
then Groups.io's footer between "_._,_._,_" rules ("Groups.io Links:", "View/Reply Online (#412)", "Mute This
Topic", "Your Subscription", "Unsubscribe"), in the plain text too. "$340,000", "$1.25 million", "1,250",
"September 16", "(last update: 5)".
"""

from __future__ import annotations

import zlib
from datetime import timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from blind54_layouts_banks_away import ASZALY
from blind54_layouts_banks_home import EMR, SHELTERS
from blind54_layouts_content import HONAPOK, US, parts
from council_layouts_gold import Doc


def _mark(it, lang: str, tag: str = "strong") -> str:
    risk, lead, rest = parts(it, lang)
    return f"{escape(risk)} <{tag}>{escape(lead)}</{tag}> {escape(rest)}" if lead else escape(it.text)


def _message(sender: str, to: str, subject: str, when, hour: int, minute: int, offset: int, msgid: str,
             text: list[str], html: str, extra: dict) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    local = timezone(timedelta(hours=offset))
    msg["Date"] = format_datetime((when + timedelta(hours=hour, minutes=minute)).replace(tzinfo=local))
    msg["Message-ID"] = msgid
    for k, v in extra.items():
        msg[k] = v
    msg.set_content("\n".join(text) + "\n")
    msg.add_alternative(html, subtype="html")
    return bytes(msg)


# ---------------------------------------------------------------- a Hungarian national park's MailerLite newsletter

PARKOK = (("knp.hu", "Kecskemét, Liszt Ferenc u. 19.", "6000", "#3d7a2a", "kiskunsag"),
          ("hnp.hu", "Debrecen, Sumen u. 2.", "4024", "#8a6d1f", "hortobagy"),
          ("kmnp.hu", "Szarvas, Anna-liget 1.", "5540", "#2f6b5e", "korosmaros"),
          ("dinpi.hu", "Budapest, Költő u. 21.", "1121", "#24613b", "dunaipoly"))  # fmt: skip
ML = "font-family:'Open Sans',Arial,Helvetica,sans-serif;color:#333333;font-size:15px;line-height:160%"


def eml_mailerlite_tajekoztato_aszaly_hu(doc: Doc) -> bytes:
    """The national park directorate's drought newsletter as MailerLite sends it."""
    when = report_day(doc)
    domain, address, zipcode, colour, slug = PARKOK[ASZALY.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.year}. {HONAPOK[when.month - 1]} {when.day}."
    title = f"Aszály és tűzveszély – {doc.number}. tájékoztató"
    opening = ("Az alábbiakban összefoglaljuk, hogyan érinti az aszály és a tűzveszély a nemzeti park területét, "
               "és mire számíthatnak a következő napokban.")  # fmt: skip
    web = f"https://preview.mailerlite.io/emails/webview/{h % 900000 + 100000}/{h:x}"
    blocks, text = [], [f"Ha a levél nem jelenik meg megfelelően: {web}", "", doc.organisation, title, day, "",
                        "Kedves Látogatóink és Partnereink!", "", opening, ""]  # fmt: skip
    for s in doc.sections:
        h2 = "font-size:19px;margin:0 0 8px 0;line-height:125%"
        inner = [f'<h2 style="{h2};color:{colour}">{escape(s.heading)}</h2>']
        text += [s.heading, ""]
        if s.key == "highlights":
            inner += [f'<p style="margin:0 0 10px 0">{escape(it.text)}</p>' for it in s.items]
            text += [it.text for it in s.items]
        else:
            inner.append(
                '<ul style="margin:0 0 10px 0;padding-left:20px">'
                + "".join(f'<li style="margin:0 0 6px 0">{_mark(it, "hu")}</li>' for it in s.items)
                + "</ul>"
            )
            text += [f"- {it.text}" for it in s.items]
        text.append("")
        cell = f"padding:0 40px 12px 40px;{ML}"
        blocks.append(f'<tr><td class="mlContentBlock" style="{cell}">{"".join(inner)}</td></tr>')
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" \
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml" lang="hu">
<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>{escape(title)}</title></head>
<body style="margin:0;padding:0;background-color:#f4f4f1">
<div style="display:none;font-size:1px;color:#f4f4f1;line-height:1px;max-height:0;overflow:hidden">\
{escape(opening)}</div>
<table class="mlBodyBackground" width="100%" border="0" cellspacing="0" cellpadding="0" bgcolor="#f4f4f1"><tr>\
<td align="center">
<table class="mlContentTable" width="640" border="0" cellspacing="0" cellpadding="0"><tr><td style="padding:14px 40px;\
font-family:Arial,sans-serif;font-size:11px;color:#888888" align="center">Ha a levél nem jelenik meg megfelelően, \
<a href="{web}" style="color:#888888">kattintson ide</a></td></tr></table>
<table class="mlContentTable mlContentOuter" width="640" border="0" cellspacing="0" cellpadding="0" bgcolor="#ffffff">
<tr><td class="mlContentBlock" align="center" style="padding:28px 40px 10px 40px"><img src="https://storage.mlcdn.com/\
account_image/{h % 900000}/{slug}-logo.png" width="200" alt="{escape(doc.organisation)}" border="0"></td></tr>
<tr><td class="mlContentBlock" style="padding:10px 40px 18px 40px;{ML}" align="center"><h1 style="font-size:26px;\
color:{colour};margin:0;line-height:125%">{escape(title)}</h1><p style="margin:6px 0 0 0;color:#888888;\
font-size:13px">{day}</p></td></tr>
<tr><td class="mlContentBlock" style="padding:0 40px 14px 40px;{ML}"><p style="margin:0 0 10px 0">Kedves \
Látogatóink és Partnereink!</p><p style="margin:0">{escape(opening)}</p></td></tr>
{chr(10).join(blocks)}
<tr><td class="mlContentBlock" style="padding:8px 40px 26px 40px;{ML}"><p style="margin:0">Üdvözlettel:</p>\
<p style="margin:0"><strong>a {escape(doc.organisation)} munkatársai</strong></p></td></tr>
<tr><td class="mlContentBlock" align="center" style="padding:0 40px 24px 40px"><a href="https://www.facebook.com/\
{slug}np"><img src="https://assets.mlcdn.com/ml/images/icons/default/round/grey/facebook.png" width="24" \
alt="facebook"></a> <a href="https://www.instagram.com/{slug}np"><img src="https://assets.mlcdn.com/ml/images/icons/\
default/round/grey/instagram.png" width="24" alt="instagram"></a> <a href="https://www.{domain}"><img \
src="https://assets.mlcdn.com/ml/images/icons/default/round/grey/website.png" width="24" alt="website"></a></td></tr>
</table>
<table class="mlContentTable" width="640" border="0" cellspacing="0" cellpadding="0"><tr><td align="center" \
style="padding:20px 40px;font-family:Arial,sans-serif;font-size:11px;line-height:150%;color:#888888">\
{escape(doc.organisation)}<br>{zipcode} {address}<br><br>Ezt a levelet azért kapta, mert feliratkozott a \
{escape(doc.organisation)} hírlevelére.<br><a href="https://preview.mailerlite.io/unsubscribe/{h:x}" \
style="color:#888888">Leiratkozás</a><br><br><a href="https://www.mailerlite.com"><img \
src="https://assets.mlcdn.com/ml/logo/created-with-mailerlite.png" width="100" alt="Created with MailerLite"></a>\
</td></tr></table>
</td></tr></table></body></html>"""
    text += ["Üdvözlettel:", f"a {doc.organisation} munkatársai", "", f"{zipcode} {address}",
             f"Leiratkozás: https://preview.mailerlite.io/unsubscribe/{h:x}"]  # fmt: skip
    return _message(f"{doc.organisation} <hirlevel@{domain}>", f"partner{h % 9000 + 1000}@freemail.hu",
                    f"{title} – {day}", when, 9, h % 50, 2, f"<{h:x}.{doc.number}@mlsend.com>", text, html,
                    {"List-Unsubscribe": f"<https://preview.mailerlite.io/unsubscribe/{h:x}>",
                     "X-Mailer": "MailerLite"})  # fmt: skip


# ---------------------------------------------------------------- an NSW health district's PagerDuty status update

DISTRICTS = (("WSLHD", "Westmead", "Daniel Ho", "Director ICT"), ("HNELHD", "New Lambton", "Kate Morrison",
             "Chief Information Officer"), ("ISLHD", "Warrawong", "Priya Nair", "Director Digital Health"),
             ("NNSWLHD", "Lismore", "Greg Wallace", "Executive Director ICT"))  # fmt: skip
PD = "font-family:Helvetica,Arial,sans-serif;color:#313131;font-size:14px;line-height:1.5"


def eml_pagerduty_status_emr_au(doc: Doc) -> bytes:
    """The health district's status update on the eMR outage as PagerDuty mails it to a stakeholder."""
    when = report_day(doc)
    short, _, author, post = DISTRICTS[EMR.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    incident = f"eMR unavailable across {short} – downtime procedures in place"
    number = 48000 + h % 1800
    stamp = f"{when.day} {when:%b %Y}, {5 + h % 4}:{h % 50 + 10} pm AEDT"
    rows = (("Incident", f"#{number}"), ("Status", "Acknowledged"), ("Priority", "P1"),
            ("Business service", f"{short} Clinical Systems – eMR"), ("Impact", "Major outage"))  # fmt: skip
    table = "".join(f'<tr><td style="{PD};color:#6b6b6b;padding:3px 16px 3px 0">{k}</td><td style="{PD};'
                    f'padding:3px 0"><strong>{escape(v)}</strong></td></tr>' for k, v in rows)  # fmt: skip
    blocks = []
    text = ["Status Update", "", incident, ""] + [f"{k}: {v}" for k, v in rows] + ["", f"{author} posted an update "
                                                                                    f"at {stamp}", ""]  # fmt: skip
    for s in doc.sections:
        blocks.append(f'<h3 style="font-size:16px;margin:18px 0 6px 0;color:#313131">{escape(s.heading)}</h3>')
        text += [s.heading.upper(), ""]
        if s.key == "highlights":
            blocks += [f'<p style="margin:0 0 8px 0">{escape(it.text)}</p>' for it in s.items]
            text += [it.text for it in s.items]
        else:
            blocks.append(
                '<ul style="margin:0 0 8px 0;padding-left:22px">'
                + "".join(f'<li style="margin:0 0 4px 0">{_mark(it, "au")}</li>' for it in s.items)
                + "</ul>"
            )
            text += [f"* {it.text}" for it in s.items]
        text.append("")
    dashboard = f"https://nswhealth-{short.lower()}.pagerduty.com/status-dashboard"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Status Update</title></head>
<body style="margin:0;padding:0;background:#f5f6f7">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f5f6f7"><tr><td align="center" \
style="padding:24px 0">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #e1e3e5">
<tr><td style="padding:18px 28px;border-bottom:4px solid #06ac38"><img src="https://assets.pagerduty.com/email/\
pagerduty-logo.png" alt="PagerDuty" width="130"></td></tr>
<tr><td style="{PD};padding:22px 28px 0 28px"><div style="font-size:12px;text-transform:uppercase;letter-spacing:1px;\
color:#6b6b6b">Status Update</div><div style="font-size:20px;font-weight:bold;margin:4px 0 14px 0">\
{escape(incident)}</div><table cellpadding="0" cellspacing="0">{table}</table></td></tr>
<tr><td style="{PD};padding:18px 28px 0 28px"><div style="color:#6b6b6b;font-size:13px;border-top:1px solid #e1e3e5;\
padding-top:14px"><strong>{author}</strong> ({post}, {escape(doc.organisation)}) posted an update · {stamp}</div>
{chr(10).join(blocks)}</td></tr>
<tr><td style="padding:22px 28px" align="left"><a href="{dashboard}" style="background:#06ac38;color:#ffffff;\
padding:10px 18px;border-radius:4px;text-decoration:none;font-family:Helvetica,Arial,sans-serif;font-size:14px;\
font-weight:bold">View status dashboard</a></td></tr>
<tr><td style="{PD};font-size:11px;color:#8a8a8a;padding:14px 28px 22px 28px;border-top:1px solid #e1e3e5">You are \
receiving this email because you are subscribed to status updates for the business service \
{short} Clinical Systems – eMR. <a href="{dashboard}/unsubscribe/{h:x}" style="color:#8a8a8a">Unsubscribe</a><br>\
PagerDuty, Inc. · 600 Townsend St, Suite 200 · San Francisco, CA 94103</td></tr>
</table></td></tr></table></body></html>"""
    text += [f"View status dashboard: {dashboard}", "",
             f"You are receiving this email because you are subscribed to status updates for the business service "
             f"{short} Clinical Systems – eMR.", "PagerDuty, Inc. · 600 Townsend St, Suite 200 · San Francisco, CA "
             "94103"]  # fmt: skip
    return _message("PagerDuty <no-reply@pagerduty.com>", f"exec.{h % 900 + 100}@health.nsw.gov.au",
                    f"Status Update: [#{number}] {incident}", when, 17 + h % 4, h % 50, 11,
                    f"<{h:x}.status-update.{doc.number}@pagerduty.com>", text, html,
                    {"X-PagerDuty-Incident": str(number)})  # fmt: skip


# ---------------------------------------------------------------- a Florida MRC unit's Groups.io sitrep

UNITS = (("pinellasmrc", "Pinellas County", "Lisa Moreno", "727-555-0142"),
         ("leecountymrc", "Lee County", "Marcus Bell", "239-555-0187"),
         ("hillsboroughmrc", "Hillsborough County", "Tanya Reyes", "813-555-0110"),
         ("sarasotamrc", "Sarasota County", "Denise Clark", "941-555-0163"))  # fmt: skip
GM = "font-family:Arial,Helvetica,sans-serif"


def eml_groupsio_sitrep_mrc_us(doc: Doc) -> bytes:
    """The MRC unit's nightly sitrep as a member receives it from the unit's Groups.io list."""
    when = report_day(doc)
    group, county, coordinator, phone = UNITS[SHELTERS.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{US[when.month - 1]} {when.day}"
    topic = 400 + h % 300 + doc.number
    subject = f"[{group}] Deployment sitrep #{doc.number} – {day}"
    lines = ["<div>Hello MRC volunteers,</div>", "<div><br></div>",
             f"<div>Here is tonight's sitrep for our hurricane deployment, as of 7 p.m. {day}.</div>",
             "<div><br></div>"]  # fmt: skip
    text = ["Hello MRC volunteers,", "", f"Here is tonight's sitrep for our hurricane deployment, as of 7 p.m. {day}.",
            ""]  # fmt: skip
    for s in doc.sections:
        lines.append(f"<div><b><u>{escape(s.heading)}</u></b></div>")
        text.append(f"*{s.heading}*")
        if s.key == "highlights":
            lines += [f"<div>{escape(it.text)}</div>" for it in s.items]
            text += [it.text for it in s.items]
        else:
            lines.append(
                '<ul style="margin-top:0px;margin-bottom:0px">'
                + "".join(f'<li style="margin-left:15px">{_mark(it, "us", "b")}</li>' for it in s.items)
                + "</ul>"
            )
            text += [f"   - {it.text}" for it in s.items]
        lines.append("<div><br></div>")
        text.append("")
    sig = [coordinator, "MRC Unit Coordinator", f"{county} Medical Reserve Corps",
           f"Florida Department of Health in {county}", f"Cell: {phone}"]  # fmt: skip
    lines += [
        "<div>Thank you for all you do,</div>",
        "<div><br></div>",
        '<div>-- </div><div dir="ltr" '
        'class="gmail_signature">' + "".join(f"<div>{escape(x)}</div>" for x in sig) + "</div>",
    ]
    text += ["Thank you for all you do,", "", "-- ", *sig, ""]
    base = f"https://{group}.groups.io"
    links = (f"View/Reply Online (#{topic})", "Reply To Group", "Reply To Sender", "Mute This Topic", "New Topic")
    footer_html = (f'<div width="1" style="color:white;clear:both">_._,_._,_</div><hr><div style="{GM};font-size:13px">'
                   f"<b>Groups.io Links:</b><p>You receive all messages sent to this group.</p><p>"
                   + " | ".join(f'<a href="{base}/g/main/message/{topic}">{x}</a>' for x in links)
                   + f'</p><p><a href="{base}/g/main/editsub/{h % 9_000_000}">Your Subscription</a> | <a href='
                   f'"mailto:main+owner@{group}.groups.io">Contact Group Owner</a> | <a href="{base}/g/main/leave/'
                   f'{h:x}">Unsubscribe</a> [volunteer{h % 900}@gmail.com]</p></div><div width="1" style="color:'
                   'white;clear:both">_._,_._,_</div>')  # fmt: skip
    html = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><div dir="ltr" style="{GM}">'
        + "\n".join(lines)
        + f"</div>\n{footer_html}</body></html>"
    )
    text += ["_._,_._,_", "Groups.io Links:", "", "You receive all messages sent to this group.", "",
             " | ".join(links), "", "Your Subscription | Contact Group Owner | Unsubscribe "
             f"[volunteer{h % 900}@gmail.com]", "_._,_._,_"]  # fmt: skip
    extra = {"Reply-To": f"main@{group}.groups.io", "List-Id": f"<main.{group}.groups.io>",
             "List-Unsubscribe": f"<mailto:main+unsubscribe@{group}.groups.io>", "Precedence": "Bulk",
             "X-Mailer": "groups.io"}  # fmt: skip
    sender = f"{coordinator} via groups.io <{coordinator.split()[0].lower()}={group}.org@groups.io>"
    return _message(
        sender,
        f"main@{group}.groups.io",
        subject,
        when,
        19,
        h % 50,
        -4,
        f"<{h:x}.{doc.number}@groups.io>",
        text,
        html,
        extra,
    )
