"""Mail writer of the ``blind50_layouts`` set: a German water supply association's customer newsletter on a boil
water notice, sent with the newsletter service CleverReach.

A German water supply association (a "Zweckverband" of several municipalities) under a boil water notice after
coliform bacteria were found, keeping its customers informed by a newsletter sent with CleverReach — one message of
two parts, the HTML built in CleverReach's editor (the hidden preheader, "Probleme mit der Darstellung? Im Browser
öffnen", the association's logo, the title "Kundeninformation Abkochgebot – Ausgabe 3" and "Stand:" with the day
and time, the greeting "Liebe Kundinnen und Kunden," and a line on what follows, then each section's name an
``<h2>`` in the association's colour, the summary as paragraphs, the other points a list, "Unsere Maßnahme:" in bold
in a risk's point, the closing "Freundliche Grüße" and "Ihr …" with the association's name, a box with the 24-hour
fault line, and the footer: the imprint the law asks for — the association's address, the person who represents it
and its tax number — why the reader gets the newsletter, "Newsletter abmelden" and the service's badge) and the
plain text the service makes from it. "3.400 €", "1,25 Mio. €", "1.250", "12 %", "16. März",
"(letzte Information: 5)".
"""

from __future__ import annotations

import zlib
from datetime import timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import MONATE, report_day
from blind50_layouts_banks_away import ABKOCHEN
from blind50_layouts_content import parts
from council_layouts_gold import Doc

ASSOCIATIONS = (("zv-oberes-lautertal.de", "#0067A5", "Brunnenstraße 4, 72525 Münsingen", "Bürgermeister Jens Haller",
                 "07381 9302-0", "07381 9302-77"),
                ("wzv-mittlere-warnow.de", "#00839B", "Am Wasserwerk 2, 18246 Bützow", "Verbandsvorsteherin Anke Lüth",
                 "038461 604-0", "038461 604-99"),
                ("fw-altmuehlgrund.de", "#1B5E9E", "Weißenburger Straße 21, 91781 Weißenburg i. Bay.",
                 "Erster Bürgermeister Thomas Rieger", "09141 8670-0", "09141 8670-50"),
                ("wvz-hohe-rhoen.de", "#2C6E49", "Rhönstraße 17, 36129 Gersfeld (Rhön)",
                 "Verbandsvorsteher Bernd Kircher", "06654 9612-0", "06654 9612-24"))  # fmt: skip


def _point(it) -> str:
    risk, lead, rest = parts(it, "de")
    return f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)


def eml_cleverreach_abkochgebot_de(doc: Doc) -> bytes:
    """The association's newsletter on the boil water notice as CleverReach sends it."""
    when = report_day(doc)
    k = ABKOCHEN.organisations.index(doc.organisation)
    domain, colour, address, chair, phone, fault = ASSOCIATIONS[k]
    h = zlib.crc32(doc.title.encode())
    hour = 11 + h % 6
    stand = f"{when.day}. {MONATE[when.month - 1]} {when.year}, {hour}:00 Uhr"
    subject = f"Kundeninformation Abkochgebot – Ausgabe {doc.number}"
    online = f"https://{h % 900000 + 100000}.seu2.cleverreach.com/m/{h:x}{doc.number:02d}/"
    unsubscribe = f"https://seu2.cleverreach.com/rmftlp.php?cid={h % 9000000}&mid={h % 700000}&h={h:08x}"
    blocks = []
    text = [subject, f"Stand: {stand}", "", "Liebe Kundinnen und Kunden,", "",
            "hier finden Sie den aktuellen Stand zum Abkochgebot in unserem Versorgungsgebiet.", ""]  # fmt: skip
    for s in doc.sections:
        blocks.append(
            f'<tr><td class="cr-text" style="padding:14px 30px 0 30px"><h2 style="margin:0 0 8px 0;'
            f'font-size:19px;color:{colour};font-family:Arial,Helvetica,sans-serif">{escape(s.heading)}</h2>'
        )
        text += [s.heading, ""]
        if s.key == "highlights":
            blocks += [f'<p style="margin:0 0 10px 0">{escape(it.text)}</p>' for it in s.items]
            for it in s.items:
                text += [it.text, ""]
        else:
            blocks.append(
                '<ul style="margin:0 0 10px 0;padding-left:20px">'
                + "".join(f'<li style="margin-bottom:6px">{_point(it)}</li>' for it in s.items)
                + "</ul>"
            )
            text += [f"* {it.text}" for it in s.items]
            text.append("")
        blocks.append("</td></tr>")
    imprint = (f"{escape(doc.organisation)} · {escape(address)}<br>Vertreten durch: {escape(chair)}<br>"
               f"Telefon {phone} · E-Mail info@{domain}<br>Körperschaft des öffentlichen Rechts · "
               f"USt-IdNr. DE{h % 900000000 + 100000000}")  # fmt: skip
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" \
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="de"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{escape(subject)}</title>
<style type="text/css">body{{margin:0;padding:0}} .cr-text{{font-family:Arial,Helvetica,sans-serif;font-size:15px;\
line-height:22px;color:#333333}} @media only screen and (max-width:600px){{.cr-wrap{{width:100% !important}}}}</style>
</head>
<body style="margin:0;padding:0;background:#eef1f4">
<div style="display:none;max-height:0;overflow:hidden">Aktueller Stand zum Abkochgebot – Ausgabe {doc.number}\
&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#eef1f4"><tr><td align="center">
<table class="cr-wrap" width="600" cellpadding="0" cellspacing="0" border="0">
<tr><td style="padding:10px 0;font:11px Arial,sans-serif;color:#777777;text-align:center">Probleme mit der \
Darstellung? <a href="{online}" style="color:#777777">Im Browser öffnen</a></td></tr>
</table>
<table class="cr-wrap" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
<tr><td style="padding:20px 30px;border-bottom:4px solid {colour}"><img src="https://{domain}/newsletter/logo.png" \
alt="{escape(doc.organisation)}" width="220" style="display:block;border:0"></td></tr>
<tr><td class="cr-text" style="padding:22px 30px 0 30px"><h1 style="margin:0;font-size:24px;color:#222222">\
{escape(subject)}</h1><p style="margin:6px 0 0 0;color:#777777;font-size:13px">Stand: {stand}</p></td></tr>
<tr><td class="cr-text" style="padding:16px 30px 0 30px"><p style="margin:0 0 10px 0">Liebe Kundinnen und Kunden,\
</p><p style="margin:0 0 6px 0">hier finden Sie den aktuellen Stand zum Abkochgebot in unserem Versorgungsgebiet.</p>\
</td></tr>
{chr(10).join(blocks)}
<tr><td class="cr-text" style="padding:10px 30px 20px 30px"><p style="margin:0">Freundliche Grüße<br>Ihr \
{escape(doc.organisation)}</p></td></tr>
<tr><td style="padding:0 30px 24px 30px"><table width="100%" cellpadding="0" cellspacing="0" border="0" \
bgcolor="{colour}"><tr><td style="padding:14px 18px;font:bold 15px Arial,sans-serif;color:#ffffff">\
Störungshotline (24 Stunden): {fault}</td></tr></table></td></tr>
</table>
<table class="cr-wrap" width="600" cellpadding="0" cellspacing="0" border="0">
<tr><td style="padding:18px 30px;font:11px/16px Arial,sans-serif;color:#777777"><strong>Impressum</strong><br>\
{imprint}<br><br>Sie erhalten diesen Newsletter, weil Sie sich für die Kundeninformationen des \
{escape(doc.organisation)} angemeldet haben.<br><a href="{unsubscribe}" style="color:#777777">Newsletter abmelden</a>\
</td></tr>
<tr><td align="center" style="padding:0 0 20px 0"><a href="https://www.cleverreach.com/de-de/?utm_source=badge">\
<img src="https://cdn.cleverreach.com/badge/cr-badge.png" alt="Versendet mit CleverReach" width="120" \
style="border:0"></a></td></tr>
</table>
</td></tr></table>
</body></html>"""
    text += ["Freundliche Grüße", f"Ihr {doc.organisation}", "", f"Störungshotline (24 Stunden): {fault}", "", "-" * 30,
             "Impressum", f"{doc.organisation} · {address}", f"Vertreten durch: {chair}",
             f"Telefon {phone} · E-Mail info@{domain}", "", f"Newsletter abmelden: {unsubscribe}"]  # fmt: skip
    msg = EmailMessage()
    msg["From"] = f"{doc.organisation} <kundeninfo@{domain}>"
    msg["To"] = f"kunde{h % 9000 + 1000}@t-online.de"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        (when + timedelta(hours=hour, minutes=h % 50)).replace(tzinfo=timezone(timedelta(hours=1)))
    )
    msg["Message-ID"] = f"<{h:x}.{doc.number}.{h % 700000}@mta.cleverreach.com>"
    msg["List-Unsubscribe"] = f"<{unsubscribe}>"
    msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    msg["X-CSA-Complaints"] = "csa-complaints@eco.de"
    msg.set_content("\n".join(text) + "\n")
    msg.add_alternative(html, subtype="html")
    return bytes(msg)
