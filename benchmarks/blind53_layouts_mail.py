"""Mail writers of the ``blind53_layouts`` set: a Slovak town's crisis staff update on a forest fire as the message
service Mobilný Rozhlas sends it to the town's subscribers, and an English water company's stakeholder update on a
loss of supply sent through dotdigital.

A Slovak town while a forest fire burns on the slopes above it: the crisis staff's "informácia č. 3", published by
the town hall in Mobilný Rozhlas — the service many Slovak towns and villages send their announcements through, by
app, text and e-mail — and received by a subscriber as HTML and plain text: the hidden preview line, the service's
logo, the town's arms and name, the category ("Krízové riadenie") and "DÔLEŽITÉ", the title and the date
("16. 8. 2026 o 18:30"), then the town's text as its editor writes it — "Vážení obyvatelia," and a line on the
state it describes, each section's name a bold paragraph, the summary as paragraphs, the other points a list,
"Prijaté opatrenia:" in bold, the crisis staff's close with the emergency number —, "Zobraziť správu v aplikácii",
the app's store links and the service's footer ("Odhlásiť sa z odberu"). "3 400 €", "1,25 mil. €", "1 250",
"12 %", "16. augusta", "(v predchádzajúcej informácii: 5)".

An English water company after a treatment works failed in hot weather: the incident team's stakeholder update to
MPs, councillors and resilience partners, built in dotdigital's EasyEditor (``ee_`` blocks in nested tables) and
received as HTML and plain text: "View this email in your browser", the logo, the band "Stakeholder update" with the
incident and "Update 3 | 15 July 2026 | 6pm", "Dear stakeholder," and the note that the update is not for customers,
each section's name an ``<h2>``, the summary as paragraphs, the other points a list, "Mitigation in place:" in bold,
"Kind regards," with the incident director's name and post, the stakeholder hotline's box, the social links, the
footer ("Unsubscribe", "Manage your preferences", the registered office) and the tracking pixel. "£3,400",
"£1.25 million", "1,250", "16 July", "(previous update: 5)".
"""

from __future__ import annotations

import zlib
from datetime import timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from blind53_layouts_banks_away import POZIAR
from blind53_layouts_banks_home import SUPPLY
from blind53_layouts_content import parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- a Slovak town's message, Mobilný Rozhlas

MESTA = (("poprad", "Poprad", "Popradu"), ("spisskanovaves", "Spišská Nová Ves", "Spišskej Novej Vsi"),
         ("brezno", "Brezno", "Brezna"), ("roznava", "Rožňava", "Rožňavy"))  # fmt: skip
FONT = "font-family:Arial,Helvetica,sans-serif;color:#1d2733"


def _mark(it, lang: str) -> str:
    risk, lead, rest = parts(it, lang)
    return f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)


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


def eml_mobilny_rozhlas_poziar_sk(doc: Doc) -> bytes:
    """The town's forest fire update as Mobilný Rozhlas mails it to a subscriber."""
    when = report_day(doc)
    slug, town, of_town = MESTA[POZIAR.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    hour, minute = 17 + h % 3, (h >> 4) % 60
    title = f"Lesný požiar nad mestom – informácia č. {doc.number}"
    day = f"{when.day}. {when.month}. {when.year}"
    opening = f"krízový štáb mesta Vás informuje o stave požiaru k {day}, {hour - 1}:00 h."
    blocks, text = [], [f"Mesto {town}", "Krízové riadenie · DÔLEŽITÉ", title, f"{day} o {hour}:{minute:02d}", "",
                        "Vážení obyvatelia,", opening[0].upper() + opening[1:], ""]  # fmt: skip
    for s in doc.sections:
        blocks.append(f'<p style="margin:16px 0 6px 0"><strong>{escape(s.heading)}</strong></p>')
        text.append(s.heading)
        if s.key == "highlights":
            blocks += [f'<p style="margin:0 0 8px 0">{escape(it.text)}</p>' for it in s.items]
            text += [it.text for it in s.items]
        else:
            blocks.append('<ul style="margin:0 0 8px 0;padding-left:22px">'
                          + "".join(f'<li style="margin:0 0 4px 0">{_mark(it, "sk")}</li>' for it in s.items)
                          + "</ul>")  # fmt: skip
            text += [f"- {it.text}" for it in s.items]
        text.append("")
    close = ["Ďakujeme za trpezlivosť a spoluprácu.", f"Krízový štáb mesta {of_town}",
             "V prípade ohrozenia života alebo majetku volajte tiesňovú linku 112."]  # fmt: skip
    url = f"https://www.mobilnyrozhlas.sk/{slug}/spravy/{480000 + h % 90000}"
    html = f"""<!DOCTYPE html><html lang="sk"><head><meta charset="utf-8"><title>{escape(title)}</title></head>
<body style="margin:0;background:#eef1f5">
<div style="display:none;max-height:0;overflow:hidden">Vážení obyvatelia, {escape(opening)}</div>
<table width="100%" cellpadding="0" cellspacing="0" style="background:#eef1f5"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;{FONT};font-size:15px;line-height:1.5">
<tr><td style="padding:14px 24px;background:#0b5cab"><img src="https://www.mobilnyrozhlas.sk/static/img/mr-logo-white.\
png" alt="Mobilný Rozhlas" height="26"></td></tr>
<tr><td style="padding:18px 24px 0 24px"><img src="https://www.mobilnyrozhlas.sk/media/{slug}/erb.png" alt="" \
width="36" style="vertical-align:middle"> <span style="font-size:17px;font-weight:bold">Mesto {town}</span></td></tr>
<tr><td style="padding:12px 24px 0 24px"><span style="background:#e8f0fb;color:#0b5cab;padding:2px 8px;border-radius:\
10px;font-size:12px">Krízové riadenie</span> <span style="background:#d93025;color:#fff;padding:2px 8px;\
border-radius:10px;font-size:12px;font-weight:bold">DÔLEŽITÉ</span></td></tr>
<tr><td style="padding:10px 24px 0 24px"><h1 style="font-size:22px;margin:0">{escape(title)}</h1>
<p style="color:#6b7785;font-size:13px;margin:4px 0 14px 0">{day} o {hour}:{minute:02d}</p></td></tr>
<tr><td style="padding:0 24px">
<p style="margin:0">Vážení obyvatelia,</p><p style="margin:0 0 6px 0">{escape(opening)}</p>
{chr(10).join(blocks)}
<p style="margin:18px 0 0 0">{close[0]}</p><p style="margin:0"><strong>{close[1]}</strong></p>
<p style="margin:10px 0 0 0;font-size:13px;color:#6b7785">{close[2]}</p></td></tr>
<tr><td style="padding:20px 24px" align="center"><a href="{url}" style="background:#0b5cab;color:#fff;padding:10px \
18px;border-radius:6px;text-decoration:none;font-weight:bold">Zobraziť správu v aplikácii</a></td></tr>
<tr><td style="padding:14px 24px;background:#f6f8fa;font-size:13px" align="center">Stiahnite si aplikáciu Mobilný \
Rozhlas a dostávajte správy z mesta {of_town} ako prví.<br><a href="https://play.google.com/store/apps/details?id=\
cz.mobilnirozhlas">Google Play</a> · <a href="https://apps.apple.com/sk/app/mobilny-rozhlas/id1193004428">App Store</a>\
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#8a94a0" align="center">Túto správu ste dostali, pretože ste \
prihlásený/á na odber správ mesta {of_town} v službe Mobilný Rozhlas.<br><a href="https://www.mobilnyrozhlas.sk/\
odhlasenie/{h:x}">Odhlásiť sa z odberu</a> · <a href="https://www.mobilnyrozhlas.sk/nastavenia">Nastavenia odberu</a>\
<br>© {when.year} Mobilní Rozhlas s.r.o.</td></tr>
</table></td></tr></table></body></html>"""
    text += [*close, "", f"Zobraziť správu v aplikácii: {url}", "",
             f"Odhlásiť sa z odberu: https://www.mobilnyrozhlas.sk/odhlasenie/{h:x}"]  # fmt: skip
    return _message(f"Mesto {town} – Mobilný Rozhlas <noreply@mobilnyrozhlas.sk>",
                    f"obyvatel{h % 9000 + 1000}@azet.sk", f"Mesto {town}: {title}", when, hour, minute, 2,
                    f"<{h:x}.{doc.number}@mobilnyrozhlas.sk>", text, html,
                    {"List-Unsubscribe": f"<https://www.mobilnyrozhlas.sk/odhlasenie/{h:x}>"})  # fmt: skip


# ---------------------------------------------------------------- an English water company's update, dotdigital

COMPANIES = (("southeastwater.co.uk", "Crowborough and Rotherfield", "Helen Marsh", "0333 000 0365",
              "Rocfort Road, Snodland, Kent ME6 5AH", "02679874", "#00a3e0"),
             ("southernwater.co.uk", "Tunbridge Wells", "Daniel Okafor", "0330 303 0277",
              "Southern House, Yeoman Road, Worthing BN13 3NX", "02366670", "#0a3d7a"),
             ("affinitywater.co.uk", "Hemel Hempstead and Kings Langley", "Rachel Byrne", "0345 357 2444",
              "Tamblin Way, Hatfield, Hertfordshire AL10 9EZ", "02546950", "#5b2c83"),
             ("anglianwater.co.uk", "Bury St Edmunds", "Tom Ashworth", "0345 714 5145",
              "Lancaster House, Lancaster Way, Huntingdon PE29 6XU", "02366656", "#007a4d"))  # fmt: skip
EE = "font-family:Arial,Helvetica,sans-serif;color:#222222;font-size:15px;line-height:1.5"


def eml_dotdigital_stakeholder_supply_gb(doc: Doc) -> bytes:
    """The water company's stakeholder update on the loss of supply, sent through dotdigital."""
    when = report_day(doc)
    domain, area, director, hotline, office, regno, colour = COMPANIES[SUPPLY.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    hour = 17 + h % 3
    band = f"Update {doc.number} | {when.day} {when:%B %Y} | {hour - 12}pm"
    track = f"https://r1.dmtrk.net/{h:x}.html?svr={h % 9 + 1}"
    note = ("This update is for MPs, councillors and Local Resilience Forum partners. Our latest information for "
            f"customers is on our website at {domain}/incident.")  # fmt: skip
    blocks, text = [], [f"View this email in your browser: {track}", "", "Stakeholder update",
                        f"Loss of supply: {area}", band, "", "Dear stakeholder,", note, ""]  # fmt: skip
    for s in doc.sections:
        blocks.append(
            f'<table class="ee_element ee_textelement" width="100%"><tr><td style="{EE};padding:14px 30px 0 '
            f'30px"><h2 style="font-size:19px;color:{colour};margin:0 0 6px 0">{escape(s.heading)}</h2>'
        )
        text += [s.heading, ""]
        if s.key == "highlights":
            blocks += [f'<p style="margin:0 0 8px 0">{escape(it.text)}</p>' for it in s.items]
            text += [it.text for it in s.items]
        else:
            blocks.append('<ul style="margin:0 0 6px 0;padding-left:20px">'
                          + "".join(f'<li style="margin:0 0 5px 0">{_mark(it, "gb")}</li>' for it in s.items)
                          + "</ul>")  # fmt: skip
            text += [f"* {it.text}" for it in s.items]
        blocks.append("</td></tr></table>")
        text.append("")
    company = doc.organisation
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Stakeholder update</title></head>
<body style="margin:0;padding:0;background:#f0f3f5">
<table class="ee_pagecontent" width="100%" cellpadding="0" cellspacing="0" style="background:#f0f3f5"><tr>\
<td align="center">
<table class="ee_dropzone" width="640" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="{EE};font-size:11px;padding:8px 30px;text-align:right"><a href="{track}" style="color:#666666">View \
this email in your browser</a></td></tr>
<tr><td style="padding:18px 30px"><img src="https://r1.dmtrk.net/images/{h % 900 + 100}/logo.png" \
alt="{escape(company)}" width="180"></td></tr>
<tr><td style="background:{colour};padding:22px 30px;{EE};color:#ffffff"><div style="font-size:13px;\
text-transform:uppercase;letter-spacing:1px">Stakeholder update</div><div style="font-size:26px;font-weight:bold">\
Loss of supply: {escape(area)}</div><div style="font-size:14px">{band}</div></td></tr>
<tr><td><table class="ee_element ee_textelement" width="100%"><tr><td style="{EE};padding:20px 30px 0 30px">\
<p style="margin:0 0 8px 0">Dear stakeholder,</p><p style="margin:0">{escape(note)}</p></td></tr></table>
{chr(10).join(blocks)}
<table class="ee_element ee_textelement" width="100%"><tr><td style="{EE};padding:18px 30px 0 30px">\
<p style="margin:0">Kind regards,</p><p style="margin:8px 0 0 0"><strong>{director}</strong><br>Incident Director<br>\
{escape(company)}</p></td></tr></table>
<table class="ee_element ee_boxedtextelement" width="100%"><tr><td style="padding:20px 30px"><table width="100%" \
style="background:#eef6fb;border-left:4px solid {colour}"><tr><td style="{EE};font-size:14px;padding:12px 14px">\
<strong>Stakeholder hotline</strong> (MPs, councillors and partners only): {hotline}<br>\
stakeholders@{domain}</td></tr></table></td></tr></table></td></tr>
<tr><td align="center" style="padding:14px"><a href="https://r1.dmtrk.net/s/fb{h % 97}">Facebook</a> \
<a href="https://r1.dmtrk.net/s/x{h % 89}">X</a> <a href="https://r1.dmtrk.net/s/li{h % 83}">LinkedIn</a></td></tr>
<tr><td style="{EE};font-size:11px;color:#777777;padding:12px 30px 20px 30px;text-align:center">You have received \
this email because you are registered as a stakeholder of {escape(company)}.<br><a href="https://r1.dmtrk.net/u/\
{h:x}">Unsubscribe</a> | <a href="https://r1.dmtrk.net/p/{h:x}">Manage your preferences</a><br>{escape(company)} \
Limited, {office}. Registered in England and Wales No. {regno}.</td></tr>
</table></td></tr></table>
<img src="https://r1.dmtrk.net/tr/op/{h:x}" width="1" height="1" alt=""></body></html>"""
    text += ["Kind regards,", director, "Incident Director", company, "",
             f"Stakeholder hotline (MPs, councillors and partners only): {hotline}", "",
             f"Unsubscribe: https://r1.dmtrk.net/u/{h:x}",
             f"{company} Limited, {office}. Registered in England and Wales No. {regno}."]  # fmt: skip
    subject = f"Stakeholder update {doc.number}: loss of supply in {area} – {when.day} {when:%B}, {hour - 12}pm"
    return _message(f"{company} <stakeholders@news.{domain}>", f"casework.{h % 900 + 100}@parliament.uk", subject,
                    when, hour, h % 50, 1, f"<{h:x}.{doc.number}@r1.dmtrk.net>", text, html,
                    {"List-Unsubscribe": f"<https://r1.dmtrk.net/u/{h:x}>", "X-Mailer": "dotdigital"})  # fmt: skip
