"""Mail writers of the ``blind55_layouts`` set: an Estonian island municipality's storm bulletin sent with Smaily,
and a South African metro's electricity storm update to councillors and stakeholders sent with Campaign Monitor.

An Estonian island municipality after a storm cut the power: the rural municipality government's "Olukorrateade
nr 3" to the residents who subscribed to its newsletter, built in the editor of Smaily (the Estonian e-mail service
many local governments and firms send their newsletters with) and received as HTML and plain text — the hidden
preview, "Kui kiri ei kuva korrektselt, vaata seda veebis", the municipality's arms and name, the title and the
time of the bulletin, "Head vallaelanikud!" and a line, each section's name an ``<h2>`` in the municipality's blue,
the summary as paragraphs, the other points a list, "Võetud meetmed:" in bold, a box with the state helpline 1247
and the emergency number 112, "Lugupidamisega" and the crisis team, the footer with the address, why the letter
came, "Loobu uudiskirjast" and "Saadetud Smaily kaudu". "340 000 eurot", "1,25 miljonit eurot", "1 250", "12%",
"16. jaanuari öösel", "(eelmises teates: 5)".

A South African metro's electricity department after a winter storm: the daily "Storm response update" to ward
councillors, ward committees and business partners, built in Campaign Monitor's email builder and received as HTML
and plain text — "View online" and "Forward" at the top, the city's logo and the department's name, a band with
the update's number and time, "Dear Councillors and partners," and a line, each section's name an ``<h2>`` of the
builder's text block, the summary as paragraphs, the other points a list, "Mitigating actions:" in bold, a button
to the outage map, "Kind regards," with the executive director, the social links, the footer with the address,
why the mail came, "Preferences" and "Unsubscribe", and the tracked links through the account's domain. "R340 000",
"R1,25 million", "1 250", "16 June", "(previous update: 5)".
"""

from __future__ import annotations

import zlib
from datetime import timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from blind55_layouts_banks_away import TORM
from blind55_layouts_banks_home import STORM
from blind55_layouts_content import parts
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


def _body(doc: Doc, lang: str, h2: str, li: str, bullet: str) -> tuple[list[str], list[str]]:
    """The sections as HTML blocks and as plain text lines."""
    blocks, text = [], []
    for s in doc.sections:
        blocks.append(f'<h2 style="{h2}">{escape(s.heading)}</h2>')
        text += [s.heading.upper() if lang == "za" else s.heading, ""]
        if s.key == "highlights":
            blocks += [f'<p style="margin:0 0 12px 0">{escape(it.text)}</p>' for it in s.items]
            text += [it.text for it in s.items]
        else:
            items = "".join(f'<li style="{li}">{_mark(it, lang)}</li>' for it in s.items)
            blocks.append(f'<ul style="margin:0 0 12px 0;padding-left:22px">{items}</ul>')
            text += [f"{bullet}{it.text}" for it in s.items]
        text.append("")
    return blocks, text


# ---------------------------------------------------------------- an Estonian island municipality's Smaily newsletter

VALLAD = (("saaremaavald.ee", "Saaremaa", "Tallinna 10, 93819 Kuressaare", "#1d5fa8", "saaremaavald"),
          ("hiiumaavald.ee", "Hiiumaa", "Keskväljak 5a, 92413 Kärdla", "#0f6e93", "hiiumaavald"),
          ("muhu.ee", "Muhu", "Liiva küla, 94701 Muhu vald", "#27618f", "muhuvald"),
          ("vormsi.ee", "Vormsi", "Hullo küla, 91301 Vormsi vald", "#2b5d86", "vormsivald"))  # fmt: skip
SM = "font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.55;color:#222222"


def eml_smaily_olukorrateade_torm_et(doc: Doc) -> bytes:
    """The municipality's storm bulletin as Smaily sends it to a subscriber."""
    when = report_day(doc)
    domain, name, address, colour, account = VALLAD[TORM.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    stamp = f"{when.day:02d}.{when.month:02d}.{when.year} kell {8 + h % 4}.00"
    title = f"Olukorrateade nr {doc.number}: tormi tagajärgede likvideerimine"
    opening = f"Allpool on kokkuvõte tormi tagajärgedest {name} vallas ja tööst nende kõrvaldamisel."
    web = f"https://{account}.sendsmaily.net/landing/view/{h:x}"
    blocks, lines = _body(doc, "et", f"font-size:20px;color:{colour};margin:22px 0 8px 0;line-height:1.25",
                          "margin:0 0 6px 0", "- ")  # fmt: skip
    text = [f"Kui kiri ei kuva korrektselt, vaata seda veebis: {web}", "", doc.organisation, title, stamp, "",
            "Head vallaelanikud!", "", opening, "", *lines,
            "Riigiinfo telefon 1247 – abi ja info ööpäev läbi. Hädaabi 112.", "", "Lugupidamisega", "",
            f"{name} valla kriisikomisjon", "", "--", f"{doc.organisation}, {address}",
            "Saite selle kirja, kuna olete liitunud valla uudiskirjaga.",
            f"Loobu uudiskirjast: https://{account}.sendsmaily.net/unsubscribe/{h:x}"]  # fmt: skip
    html = f"""<!DOCTYPE html><html lang="et"><head><meta charset="utf-8"><meta name="viewport" \
content="width=device-width, initial-scale=1"><title>{escape(title)}</title></head>
<body style="margin:0;padding:0;background:#eef1f4">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{escape(opening)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#eef1f4"><tr>\
<td align="center" style="padding:12px 10px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0"><tr><td align="center" style="{SM};\
font-size:11px;color:#7a7f85;padding:6px 0 12px 0">Kui kiri ei kuva korrektselt, <a href="{web}" \
style="color:#7a7f85">vaata seda veebis</a></td></tr></table>
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;\
border-top:5px solid {colour}">
<tr><td style="padding:24px 32px 8px 32px" align="left"><img src="https://{account}.sendsmaily.net/files/\
{account}_vapp.png" width="54" height="64" alt="{escape(name)} valla vapp" style="vertical-align:middle">\
<span style="{SM};font-size:18px;font-weight:bold;color:{colour};padding-left:12px">{escape(doc.organisation)}\
</span></td></tr>
<tr><td style="padding:8px 32px 0 32px;{SM}"><h1 style="font-size:26px;line-height:1.2;margin:8px 0 6px 0;\
color:#222222">{escape(title)}</h1><p style="margin:0 0 18px 0;color:#7a7f85;font-size:13px">{stamp}</p>
<p style="margin:0 0 12px 0">Head vallaelanikud!</p><p style="margin:0 0 12px 0">{escape(opening)}</p></td></tr>
<tr><td style="padding:0 32px 8px 32px;{SM}">{"".join(blocks)}</td></tr>
<tr><td style="padding:6px 32px 18px 32px"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" \
style="background:#fff4d6;border-left:4px solid #f0a500"><tr><td style="padding:12px 16px;{SM}"><strong>\
Riigiinfo telefon 1247</strong> – abi ja info ööpäev läbi. Hädaabi <strong>112</strong>.</td></tr></table></td></tr>
<tr><td style="padding:0 32px 28px 32px;{SM}"><p style="margin:0">Lugupidamisega</p><p style="margin:8px 0 0 0">\
<strong>{escape(name)} valla kriisikomisjon</strong></p></td></tr>
</table>
<table role="presentation" width="600" cellpadding="0" cellspacing="0"><tr><td align="center" style="{SM};\
font-size:11px;color:#7a7f85;padding:18px 20px">{escape(doc.organisation)} · {address} · \
<a href="https://www.{domain}" style="color:#7a7f85">www.{domain}</a><br>Saite selle kirja, kuna olete liitunud \
valla uudiskirjaga.<br><a href="https://{account}.sendsmaily.net/unsubscribe/{h:x}" style="color:#7a7f85">\
Loobu uudiskirjast</a><br><br><a href="https://smaily.com/?utm_source=newsletter" style="color:#9aa0a6">Saadetud \
Smaily kaudu</a></td></tr></table>
<img src="https://{account}.sendsmaily.net/track/open/{h:x}.gif" width="1" height="1" alt="">
</td></tr></table></body></html>"""
    return _message(f"{doc.organisation} <uudiskiri@{domain}>", f"elanik{h % 9000 + 1000}@gmail.com",
                    f"{title} ({when.day:02d}.{when.month:02d})", when, 8 + h % 4, h % 50, 2,
                    f"<{h:x}.{doc.number}@sendsmaily.net>", text, html,
                    {"List-Unsubscribe": f"<https://{account}.sendsmaily.net/unsubscribe/{h:x}>",
                     "X-Mailer": "Smaily"})  # fmt: skip


# ---------------------------------------------------------------- a South African metro's Campaign Monitor update

METROS = (("capetown.gov.za", "City of Cape Town", "Electricity Generation and Distribution", "Thandi Mbeki",
           "Executive Director: Energy", "12 Hertzog Boulevard, Cape Town, 8001", "#0e5aa7", "cct"),
          ("citypower.co.za", "City Power Johannesburg", "City Power Johannesburg SOC Ltd", "Pieter van Wyk",
           "Chief Executive Officer", "40 Heronmere Road, Reuven, Johannesburg, 2091", "#d4232a", "citypower"),
          ("durban.gov.za", "eThekwini Municipality", "eThekwini Electricity", "Sipho Ndlovu",
           "Head: Electricity", "1 Jelf Taylor Crescent, Durban, 4001", "#00704a", "ethekwini"),
          ("tshwane.gov.za", "City of Tshwane", "Energy and Electricity Department", "Lerato Mokoena",
           "Group Head: Energy and Electricity", "Tshwane House, 320 Madiba Street, Pretoria, 0002", "#5c2d91",
           "tshwane"))  # fmt: skip
CM = "font-family:Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5;color:#333333"


def eml_campaign_monitor_storm_power_za(doc: Doc) -> bytes:
    """The metro's storm update as Campaign Monitor sends it to a councillor."""
    when = report_day(doc)
    domain, city, dept, director, post, address, colour, slug = METROS[STORM.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day} {when:%B %Y}"
    band = f"Update {doc.number} | {day} | {14 + h % 4}:00"
    cmail = f"https://{slug}.cmail{19 + h % 2}.com/t"
    opening = (f"Below is today's update on the {dept}'s response to the storm. Please share it with your ward "
               "committees and networks.")  # fmt: skip
    blocks, lines = _body(doc, "za", "font-size:22px;line-height:1.3;margin:24px 0 10px 0;color:#222222;"
                          "font-weight:bold", "margin:0 0 8px 0", "* ")  # fmt: skip
    text = [
        f"View online: {cmail}/y-e-{h:x}-l/",
        "",
        city.upper(),
        dept,
        "",
        "STORM RESPONSE UPDATE",
        band,
        "",
        "Dear Councillors and partners,",
        "",
        opening,
        "",
        *lines,
        f"View the outage map: {cmail}/y-l-{h:x}-m/",
        "",
        "Kind regards,",
        "",
        director,
        post,
        doc.organisation,
        "",
        "----",
        f"{city}, {address}",
        "You are receiving this update because you are a ward councillor or a registered stakeholder of "
        f"{doc.organisation}.",
        f"Preferences: {cmail}/y-u-{h:x}-p/",
        f"Unsubscribe: {cmail}/y-u-{h:x}-u/",
    ]
    social = " ".join(f'<a href="{cmail}/y-l-{h:x}-{k}/"><img src="https://i{h % 9}.createsend1.com/static/eb/'
                      f'master/13-the-blueprint/images/{k}.png" width="28" alt="{k}"></a>'
                      for k in ("facebook", "x", "instagram"))  # fmt: skip
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" \
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><head>\
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Storm response update {doc.number}\
</title><meta name="viewport" content="width=device-width"></head>
<body class="emb-editor-canvas" style="margin:0;padding:0;background-color:#f1f3f5">
<table class="wrapper" style="border-collapse:collapse;table-layout:fixed;min-width:320px;width:100%;\
background-color:#f1f3f5" cellpadding="0" cellspacing="0" role="presentation"><tbody><tr><td>
<div role="banner"><div class="preheader" style="margin:0 auto;max-width:560px;min-width:280px;width:560px">\
<div style="border-collapse:collapse;display:table;width:100%"><div class="snippet" style="display:table-cell;\
float:left;font-size:12px;line-height:19px;max-width:280px;min-width:140px;width:280px;padding:10px 0 5px 0;\
color:#7c7e7f;font-family:sans-serif"></div><div class="webversion" style="display:table-cell;float:left;\
font-size:12px;line-height:19px;max-width:280px;min-width:139px;width:280px;padding:10px 0 5px 0;text-align:right;\
color:#7c7e7f;font-family:sans-serif"><p style="margin:0"><a href="{cmail}/y-e-{h:x}-l/" style="color:#7c7e7f">\
View online</a> | <a href="{cmail}/y-l-{h:x}-f/" style="color:#7c7e7f">Forward</a></p></div></div></div>
<div class="header" style="margin:0 auto;max-width:600px;min-width:320px;width:600px"><div class="logo \
emb-logo-margin-box" style="font-size:26px;line-height:32px;margin:18px 20px 20px 20px;color:#c3ced9;\
font-family:Roboto,Tahoma,sans-serif" align="center"><div class="logo-center" align="center" id="emb-email-header">\
<img style="display:block;height:auto;width:100%;border:0;max-width:240px" src="https://i{h % 9}.createsend1.com/ei/\
{h % 0xFFFFFF:06X}/{slug}-logo.png" alt="{escape(city)}" width="240"></div></div></div></div>
<div><div class="layout one-col fixed-width stack" style="margin:0 auto;max-width:600px;min-width:320px;\
width:600px;overflow-wrap:break-word;word-wrap:break-word;word-break:break-word"><div class="layout__inner" \
style="border-collapse:collapse;display:table;width:100%;background-color:{colour}"><div class="column" \
style="text-align:left;color:#ffffff;font-size:16px;line-height:24px;font-family:Helvetica,Arial,sans-serif">\
<div style="margin:20px 24px"><p class="size-14" style="margin:0;font-size:14px;line-height:21px">\
{escape(dept)}</p><h1 class="size-28" style="margin:4px 0 4px 0;font-size:28px;line-height:36px">Storm response \
update</h1><p class="size-14" style="margin:0;font-size:14px">{band}</p></div></div></div></div>
<div class="layout one-col fixed-width stack" style="margin:0 auto;max-width:600px;min-width:320px;width:600px">\
<div class="layout__inner" style="border-collapse:collapse;display:table;width:100%;background-color:#ffffff">\
<div class="column" style="text-align:left;{CM}"><div style="margin:24px 24px 8px 24px">\
<p style="margin:0 0 12px 0">Dear Councillors and partners,</p><p style="margin:0 0 12px 0">{escape(opening)}</p>
{"".join(blocks)}</div>
<div style="margin:12px 24px 24px 24px"><div class="btn btn--flat btn--large" style="text-align:left">\
<a style="border-radius:4px;display:inline-block;font-size:14px;font-weight:bold;line-height:24px;padding:12px 24px;\
text-align:center;text-decoration:none;color:#ffffff;background-color:{colour}" href="{cmail}/y-l-{h:x}-m/">\
View the outage map</a></div></div>
<div style="margin:0 24px 28px 24px"><p style="margin:0 0 12px 0">Kind regards,</p><p style="margin:0">\
<strong>{director}</strong><br>{post}<br>{escape(doc.organisation)}</p></div></div></div></div>
<div class="layout one-col fixed-width stack" style="margin:0 auto;max-width:600px;width:600px"><div \
class="layout__inner" style="display:table;width:100%"><div class="column" style="text-align:center;\
font-size:12px;line-height:19px;color:#7c7e7f;font-family:sans-serif"><div style="margin:20px 24px">{social}</div>\
<div style="margin:0 24px 20px 24px"><p style="margin:0">{escape(city)}, {address}</p><p style="margin:8px 0 0 0">\
You are receiving this update because you are a ward councillor or a registered stakeholder of \
{escape(doc.organisation)}.</p><p style="margin:8px 0 0 0"><a href="{cmail}/y-u-{h:x}-p/" style="color:#7c7e7f">\
Preferences</a> | <a href="{cmail}/y-u-{h:x}-u/" style="color:#7c7e7f">Unsubscribe</a></p></div></div></div></div>
</div></td></tr></tbody></table>
<img style="overflow:hidden;position:fixed;visibility:hidden !important;display:block !important;height:1px \
!important;width:1px !important;border:0 !important;margin:0 !important;padding:0 !important" \
src="https://{slug}.cmail{19 + h % 2}.com/t/y-o-{h:x}-l/o.gif" width="1" height="1" border="0" alt=""></body></html>"""
    return _message(f"{doc.organisation} <stormupdates@{domain}>", f"cllr.{h % 900 + 100}@{domain}",
                    f"Storm response update {doc.number} – {day}", when, 14 + h % 4, h % 50, 2,
                    f"<{h:x}.{doc.number}@cmail{19 + h % 2}.com>", text, html,
                    {"List-Unsubscribe": f"<{cmail}/y-u-{h:x}-u/>", "X-Mailer": "Campaign Monitor",
                     "X-CampaignID": f"{h:x}"})  # fmt: skip
