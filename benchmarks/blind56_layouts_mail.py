"""Mail writers of the ``blind56_layouts`` set: a Galician town council's wildfire bulletin sent with Mailjet, and a
Nigerian electricity distribution company's flood outage update sent with Sendy.

A Galician town council after a wave of wildfires: the "Boletín informativo" on the fires to the residents who
subscribed to the council's news, built in Mailjet's drag-and-drop editor (MJML under it) and received as HTML and
plain text — the hidden preview, "Ver no navegador", the council's arms and name in a band, the title and date,
"Veciñas e veciños:" and a line, each section's name a heading of the text block in the council's green, the
summary as paragraphs, the other points a list, "Medidas adoptadas:" in bold, a box with the emergency number 112
and the council's telephone, the mayor's signature ("A alcaldesa" or "O alcalde"), the social icons, the footer with
the address, why the mail came and "Darse de baixa", Mailjet's tracked ``mjt.lu`` links and pixel. "340.000 euros",
"1,25 millóns de euros", "1.250", "12 %", "16 de agosto", "(no boletín anterior: 5)".

A Nigerian electricity distribution company after floods submerged substations: the "Flood Outage Update" to its
key customers, estate associations and partners, sent through Sendy (the self-hosted newsletter sender on Amazon
SES) from a template the communications team pasted in: "View in browser", the logo, an orange band with the
update's number and date, "Dear Valued Customer," and a line, each section's name an ``<h3>``, the summary as
paragraphs, the other points a list, "What we are doing:" in bold, "Thank you for your patience.", the signer with
"Head, Corporate Communications", the contact centre's numbers and handles, and Sendy's footer with "Unsubscribe",
its tracked links and pixel, the plain text part Sendy writes from the HTML. "₦340 million", "₦1.25 billion",
"16th September", "(previous update: 5)".
"""

from __future__ import annotations

import zlib
from datetime import timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from blind56_layouts_banks_away import LUMES
from blind56_layouts_banks_home import GRID
from blind56_layouts_content import MESES, parts
from council_layouts_gold import Doc


def _mark(it, lang: str) -> str:
    risk, lead, rest = parts(it, lang)
    return f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)


def message(sender: str, to: str, subject: str, when, hour: int, offset: int, msgid: str, text: str, html: str,
            extra: dict) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Date"] = format_datetime((when + timedelta(hours=hour)).replace(tzinfo=timezone(timedelta(hours=offset))))
    msg["Message-ID"] = msgid
    for k, v in extra.items():
        msg[k] = v
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    return bytes(msg)


def _sections(doc: Doc, lang: str, head: str, h_style: str, bullet: str) -> tuple[str, list[str]]:
    html, text = [], []
    for s in doc.sections:
        html.append(f'<{head} style="{h_style}">{escape(s.heading)}</{head}>')
        text += [s.heading, ""]
        if s.key == "highlights":
            html += [f'<p style="margin:0 0 10px">{escape(it.text)}</p>' for it in s.items]
            text += [it.text for it in s.items]
        else:
            html.append('<ul style="margin:0 0 10px;padding-left:20px">' + "".join(
                f'<li style="margin:0 0 6px">{_mark(it, lang)}</li>' for it in s.items) + "</ul>")  # fmt: skip
            text += [f"{bullet}{it.text}" for it in s.items]
        text.append("")
    return "".join(html), text


# ---------------------------------------------------------------- a Galician town council's Mailjet bulletin

CONCELLOS = (("ourense.gal", "Ourense", "Praza Maior, 1, 32005 Ourense", "988 388 100", "A alcaldesa",
              "Carmen Fernández Outeiro"),
             ("concellodarua.gal", "A Rúa", "Praza do Concello, 1, 32350 A Rúa", "988 310 006", "O alcalde",
              "Xosé Manuel Rodríguez"),
             ("vilarinodeconso.gal", "Vilariño de Conso", "Praza do Concello, 1, 32431 Vilariño de Conso",
              "988 335 030", "O alcalde", "Antonio Pérez Blanco"),
             ("carballedavaldeorras.gal", "Carballeda de Valdeorras", "Sobradelo, 32330 Carballeda de Valdeorras",
              "988 335 022", "A alcaldesa", "María Xosé Álvarez"))  # fmt: skip
GREEN = "#2e6b3a"
F = "font-family:Ubuntu,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#333333"


def eml_mailjet_boletin_incendios_gl(doc: Doc) -> bytes:
    """The council's wildfire bulletin as Mailjet delivers it to a subscriber."""
    when = report_day(doc)
    domain, _name, address, phone, post, mayor = CONCELLOS[LUMES.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    lnk = f"https://{h % 9}x{h % 97:02d}k.mjt.lu/lnk/A{h:X}"
    stamp = f"{when.day} de {MESES[when.month - 1]} de {when.year}"
    title = f"Boletín informativo n.º {doc.number}: incendios forestais"
    greeting, opening = "Veciñas e veciños:", f"Informámosvos da situación no concello despois dos incendios ({stamp})."
    blocks, lines = _sections(doc, "gl", "h2", f"font-size:19px;color:{GREEN};margin:20px 0 8px;font-weight:bold",
                              "- ")  # fmt: skip
    text = [f"Ver no navegador [{lnk}/1]", "", doc.organisation.upper(), "", title, stamp, "", greeting, "", opening,
            "", *lines, f"Emerxencias: 112 | Concello: {phone}", "", post, mayor, "",
            f"Facebook [{lnk}/2] | Instagram [{lnk}/3]", "", f"{doc.organisation} · {address}",
            "Recibes este correo porque te subscribiches ao boletín do concello.",
            f"Darse de baixa [{lnk}/9]"]  # fmt: skip
    html = f"""<!doctype html><html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" \
xmlns:o="urn:schemas-microsoft-com:office:office" lang="gl"><head><title>{escape(title)}</title>
<!--[if !mso]><!--><meta http-equiv="X-UA-Compatible" content="IE=edge"><!--<![endif]-->
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" \
content="width=device-width,initial-scale=1"><style type="text/css">#outlook a {{ padding:0; }} body {{ margin:0;\
padding:0; }} .mj-column-per-100 {{ width:100% !important; max-width:100%; }}</style></head>
<body style="word-spacing:normal;background-color:#f2f2f2;"><div style="display:none;font-size:1px;color:#ffffff;\
line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;">{escape(opening)}</div>
<div style="background-color:#f2f2f2;" lang="gl">
<!--[if mso | IE]><table align="center" border="0" cellpadding="0" cellspacing="0" style="width:600px;" width="600" \
><tr><td><![endif]--><div style="margin:0px auto;max-width:600px;"><table align="center" border="0" cellpadding="0" \
cellspacing="0" role="presentation" style="width:100%;"><tbody><tr><td style="padding:8px 0;text-align:center;{F};\
font-size:11px;color:#888888"><a href="{lnk}/1" style="color:#888888">Ver no navegador</a></td></tr></tbody></table>
</div><div style="background:{GREEN};margin:0px auto;max-width:600px;"><table role="presentation" \
style="width:100%;"><tbody><tr><td style="padding:18px 25px;"><div class="mj-column-per-100 mj-outlook-group-fix">\
<img alt="Escudo do {escape(doc.organisation)}" src="https://{h % 9}x{h % 97:02d}k.mjt.lu/img/escudo.png" \
width="56" style="vertical-align:middle"><span style="{F};color:#ffffff;font-size:20px;font-weight:bold;\
padding-left:12px">{escape(doc.organisation)}</span></div></td></tr></tbody></table></div>
<div style="background:#ffffff;margin:0px auto;max-width:600px;"><table role="presentation" style="width:100%;">\
<tbody><tr><td style="padding:20px 25px;"><div class="mj-column-per-100 mj-outlook-group-fix" style="{F}">
<h1 style="font-size:24px;margin:0 0 4px;color:#222222">{escape(title)}</h1><p style="margin:0 0 16px;\
color:#888888;font-size:13px">{stamp}</p><p style="margin:0 0 10px">{greeting}</p><p style="margin:0 0 10px">\
{escape(opening)}</p>{blocks}</div></td></tr>
<tr><td style="padding:0 25px 16px"><div style="{F};background:#fdf3e1;border-left:4px solid #e08a00;\
padding:12px 16px"><strong>Emerxencias: 112</strong> | Concello: {phone}</div></td></tr>
<tr><td style="padding:0 25px 20px"><div style="{F}"><p style="margin:0">{post}</p><p style="margin:0">\
<strong>{escape(mayor)}</strong></p></div></td></tr></tbody></table></div>
<div style="margin:0px auto;max-width:600px;"><table role="presentation" style="width:100%;"><tbody><tr>\
<td style="padding:14px 25px;text-align:center"><a href="{lnk}/2"><img alt="Facebook" width="24" \
src="https://www.mailjet.com/images/theme/v1/icons/ico-social/facebook.png"></a> <a href="{lnk}/3"><img \
alt="Instagram" width="24" src="https://www.mailjet.com/images/theme/v1/icons/ico-social/instagram.png"></a></td>\
</tr><tr><td style="padding:0 25px 20px;text-align:center;{F};font-size:11px;color:#888888"><p style="margin:0">\
{escape(doc.organisation)} · {escape(address)}</p><p style="margin:0">Recibes este correo porque te subscribiches ao \
boletín do concello.</p><p style="margin:4px 0 0"><a href="{lnk}/9" style="color:#888888">Darse de baixa</a></p>\
</td></tr></tbody></table></div><!--[if mso | IE]></td></tr></table><![endif]-->
<img src="https://{h % 9}x{h % 97:02d}k.mjt.lu/oo/A{h:X}/{h % 997}/o.gif" height="1" width="1" alt="" \
border="0" style="height:1px;width:1px;border:0;"></div></body></html>"""
    return message(f"{doc.organisation} <boletin@{domain}>", "veciña@example.gal", title, when, 13, 2,
                   f"<{h:x}.{doc.number}@mailjet.com>", "\n".join(text) + "\n", html,
                   {"X-MJ-Mid": f"A{h:X}", "List-Unsubscribe": f"<{lnk}/9>",
                    "X-Mailer": "Mailjet Mailer"})  # fmt: skip


# ---------------------------------------------------------------- a Nigerian DisCo's Sendy update

DISCOS = (("abujaelectricity.com", "AEDC", "Oyebade Fatoki", "0700 2255 2332", "@aedc_ng"),
          ("ikejaelectric.com", "Ikeja Electric", "Chibuzor Nweke", "0700 022 5543 835", "@IkejaElectric"),
          ("ekedp.com", "EKEDC", "Adeola Hassan", "0700 225 5335", "@EKEDP"),
          ("ibedc.com", "IBEDC", "Babatunde Lasaki", "0700 123 9999", "@IBEDC_NG"))  # fmt: skip
ORANGE = "#e86a10"


def eml_sendy_flood_outage_ng(doc: Doc) -> bytes:
    """The distribution company's flood outage update as Sendy sends it."""
    when = report_day(doc)
    domain, short, signer, phone, handle = DISCOS[GRID.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    base = f"https://newsletter.{domain}/sendy"
    day = doc.date.split()[0]
    day = day + ("th" if 10 <= int(day) <= 20 else {"1": "st", "2": "nd", "3": "rd"}.get(day[-1], "th"))
    stamp = f"{day} {' '.join(doc.date.split()[1:])}"
    title = f"Flood Outage Update No. {doc.number}"
    opening = "Please find below the latest update on our restoration work in the flooded areas of our network."
    blocks, lines = _sections(doc, "ng", "h3", f"font-size:17px;color:{ORANGE};margin:18px 0 6px", "* ")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{title}</title>\
</head><body style="margin:0;background:#efefef">
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#efefef"><tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0"><tr><td align="right" style="font:11px Arial;color:#777;\
padding:8px"><a href="{base}/w/{h:x}" style="color:#777">View in browser</a></td></tr></table>
<table width="620" cellpadding="0" cellspacing="0" bgcolor="#ffffff"><tr><td style="padding:18px 28px">\
<img src="https://www.{domain}/wp-content/uploads/logo.png" alt="{short}" width="150"></td></tr>
<tr><td bgcolor="{ORANGE}" style="padding:12px 28px;font:bold 18px Arial;color:#ffffff">{title} &ndash; {stamp}\
</td></tr><tr><td style="padding:20px 28px;font:14px/1.55 Arial;color:#222">
<p>Dear Valued Customer,</p><p>{opening}</p>{blocks}<p>Thank you for your patience.</p>
<p><strong>{signer}</strong><br>Head, Corporate Communications<br>{escape(doc.organisation)}</p></td></tr>
<tr><td bgcolor="#1c2a39" style="padding:14px 28px;font:12px/1.5 Arial;color:#ffffff">Contact centre: {phone} | \
WhatsApp: 0901 000 {h % 9000 + 1000} | Twitter/X, Facebook, Instagram: {handle}</td></tr></table>
<table width="620" cellpadding="0" cellspacing="0"><tr><td align="center" style="font:11px Arial;color:#777;\
padding:12px">You are receiving this because you are a registered customer of {escape(doc.organisation)}.<br>\
<a href="{base}/unsubscribe/{h:x}" style="color:#777">Unsubscribe</a></td></tr></table>
</td></tr></table><img src="{base}/t/{h:x}/{doc.number}" alt="" style="width:1px;height:1px;"/></body></html>"""
    text = ["View in browser", f"{base}/w/{h:x}", "", f"{title} - {stamp}", "", "Dear Valued Customer,", "", opening,
            "", *lines, "Thank you for your patience.", "", signer, "Head, Corporate Communications",
            doc.organisation, "", f"Contact centre: {phone} | Twitter/X, Facebook, Instagram: {handle}", "",
            f"Unsubscribe: {base}/unsubscribe/{h:x}"]  # fmt: skip
    return message(f"{short} <updates@{domain}>", "customer@example.ng", f"{title} - {stamp}", when, 17, 1,
                   f"<{h:x}@email.amazonses.com>", "\n".join(text) + "\n", html,
                   {"X-Mailer": "Sendy (https://sendy.co)",
                    "List-Unsubscribe": f"<{base}/unsubscribe/{h:x}>"})  # fmt: skip
