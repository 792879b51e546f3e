"""Mail writers of the ``blind57_layouts`` set: a Western Cape water user association's flood report sent as an
Everlytic newsletter, and a Louisiana parish government's saltwater intrusion advisory sent through Nixle.

A water user association in the Western Cape after winter floods broke its canals: the weekly "Vloedverslag" to its
members (the farmers who draw water from its canals) and partners, built in the editor of Everlytic, the South African
e-mail platform, and received as HTML and plain text: the hidden preview, "Kan jy nie hierdie e-pos sien nie? Kyk
aanlyn", the association's band with logo and name, the title and date, "Geagte lede" and a line, each section's
name an ``<h2>`` in the association's blue, the summary as paragraphs, the other points a list, "Teenmaatreëls:" in
bold, "Vriendelike groete", the manager's name and post, the office and after-hours numbers in a box, the footer
with why the mail came, "Teken uit" and "Werk my besonderhede by", "Powered by Everlytic" and the tracked links.
"R340 000", "R1,25 miljoen", "1 250", "12%", "16 Junie", "(vorige verslag: 5)".

A Louisiana parish government while a saltwater wedge moves up the Mississippi: the daily "Saltwater Intrusion
Update" the parish's office of homeland security sends as a Nixle advisory to residents who signed up by zip code,
as Nixle delivers it by e-mail: the Nixle header, the orange "Advisory" band, the title, the agency and "Monday
September 28th, 2026 :: 04:12 p.m. CDT", the message typed in Nixle's plain text box and shown with its line breaks
(the opening line, each section's name in capitals on a line of its own, the summary as lines, the other points
after "- ", "Parish response:" after the risk, the hotline line), "Contact:", "Address/Location:", "To see more
details …", "Sent by … to …", the registration and unsubscribe lines and "Powered by Everbridge", in both parts.
"$340,000", "$1.25 million", "1,250", "September 16", "(previous update: 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind56_layouts_mail import message
from blind57_layouts_banks_away import KANALE
from blind57_layouts_banks_home import SALTWATER
from blind57_layouts_content import MAANDE, ordinal, parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- a water user association's Everlytic newsletter

WVV = (("hexvalleiwvv.co.za", "Hexvallei WVV", "Pieter de Wet", "023 357 9020", "082 550 1290"),
       ("breeriviewvv.co.za", "Breërivier WVV", "Annelie Jordaan", "023 626 1130", "083 210 7745"),
       ("clanwilliamwvv.co.za", "Clanwilliam WVV", "Gerhard Smit", "027 482 2133", "082 781 0067"),
       ("olifantsrivierwvv.co.za", "Olifantsrivier WVV", "Johan Visser", "027 213 1240", "079 498 3321"))  # fmt: skip
BLUE = "#1d5c8c"
F = "font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.55;color:#333333"


def eml_everlytic_vloedverslag_af(doc: Doc) -> bytes:
    """The association's flood report as Everlytic delivers it to a member."""
    when = report_day(doc)
    domain, short, manager, office, night = WVV[KANALE.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    link = f"https://{short.split()[0].lower().replace('ë', 'e')}.everlytic.net/public/l/{h:x}"
    stamp = f"{when.day} {MAANDE[when.month - 1]} {when.year}"
    title = f"Vloedverslag no. {doc.number}"
    greeting, opening = "Geagte lede", "Hier is die nuutste inligting oor die vloedskade aan die vereniging se werke."
    html, text = [], []
    for s in doc.sections:
        html.append(f'<h2 style="font-size:18px;color:{BLUE};margin:22px 0 8px">{escape(s.heading)}</h2>')
        text += [s.heading, ""]
        if s.key == "highlights":
            html += [f'<p style="margin:0 0 10px">{escape(it.text)}</p>' for it in s.items]
            text += [it.text for it in s.items]
        else:
            lis = []
            for it in s.items:
                risk, lead, rest = parts(it, "af")
                lis.append(f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead
                           else escape(it.text))  # fmt: skip
            html.append('<ul style="margin:0 0 10px;padding-left:22px">'
                        + "".join(f'<li style="margin:0 0 6px">{x}</li>' for x in lis) + "</ul>")  # fmt: skip
            text += [f"* {it.text}" for it in s.items]
        text.append("")
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" \
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><head>\
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{escape(title)}</title></head>
<body style="margin:0;padding:0;background:#eef2f5"><span style="display:none;max-height:0;overflow:hidden">\
{escape(opening)}</span>
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#eef2f5"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="{F};font-size:11px;\
color:#777777;padding:10px">Kan jy nie hierdie e-pos sien nie? <a href="{link}/0" style="color:#777777">Kyk \
aanlyn</a></td></tr></table>
<table width="640" cellpadding="0" cellspacing="0" border="0" bgcolor="{BLUE}"><tr><td style="padding:18px 26px">\
<img src="https://{domain}/wp-content/uploads/logo-wit.png" alt="{escape(short)}" width="70" \
style="vertical-align:middle"> <span style="{F};font-size:20px;color:#ffffff;font-weight:bold">\
{escape(doc.organisation)}</span></td></tr></table>
<table width="640" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff"><tr><td style="padding:24px 26px;\
{F}"><h1 style="font-size:24px;margin:0 0 4px;color:#222222">{escape(title)}</h1><p style="margin:0 0 18px;\
color:#888888;font-size:13px">{stamp}</p><p style="margin:0 0 10px">{greeting}</p><p style="margin:0 0 10px">\
{escape(opening)}</p>{"".join(html)}<p style="margin:22px 0 0">Vriendelike groete</p><p style="margin:0">\
<strong>{escape(manager)}</strong><br>Hoofbestuurder</p></td></tr>
<tr><td style="padding:0 26px 24px"><table width="100%" cellpadding="12" bgcolor="#e8f1f8"><tr><td style="{F}">\
Kantoor: {office} | Na-ure noodlyn: {night} | E-pos: kantoor@{domain}</td></tr></table></td></tr></table>
<table width="640" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="{F};font-size:11px;\
color:#777777;padding:14px 26px">Jy ontvang hierdie e-pos omdat jy as lid van die {escape(doc.organisation)} \
geregistreer is.<br><a href="{link}/9" style="color:#777777">Teken uit</a> | <a href="{link}/8" \
style="color:#777777">Werk my besonderhede by</a><br><br><a href="https://www.everlytic.com"><img \
src="https://www.everlytic.com/images/powered-by-everlytic.png" alt="Powered by Everlytic" width="120"></a></td>\
</tr></table></td></tr></table><img src="{link}/o.gif" width="1" height="1" alt=""></body></html>"""
    plain = [f"Kyk aanlyn: {link}/0", "", doc.organisation, "", title, stamp, "", greeting, "", opening, "", *text,
             "Vriendelike groete", "", manager, "Hoofbestuurder", "",
             f"Kantoor: {office} | Na-ure noodlyn: {night} | E-pos: kantoor@{domain}", "",
             f"Jy ontvang hierdie e-pos omdat jy as lid van die {doc.organisation} geregistreer is.",
             f"Teken uit: {link}/9", "Powered by Everlytic"]  # fmt: skip
    return message(f"{short} <nuus@{domain}>", "lid@example.co.za", f"{title} – {stamp}", when, 15, 2,
                   f"<{h:x}.{doc.number}@everlytic.net>", "\n".join(plain) + "\n", page,
                   {"List-Unsubscribe": f"<{link}/9>", "X-Mailer": "Everlytic"})  # fmt: skip


# ---------------------------------------------------------------- a Louisiana parish's Nixle advisory

PARISHES = (("Plaquemines", "Office of Homeland Security and Emergency Preparedness", "(504) 297-5650",
             "8056 Highway 23, Belle Chasse, LA 70037", "70037, 70040, 70041, 70083"),
            ("St. Bernard", "Office of Homeland Security and Emergency Preparedness", "(504) 278-4267",
             "8201 West Judge Perez Drive, Chalmette, LA 70043", "70043, 70075, 70085, 70092"),
            ("Jefferson", "Department of Emergency Management", "(504) 349-5360",
             "1887 Ames Boulevard, Marrero, LA 70072", "70058, 70072, 70094"),
            ("St. Charles", "Department of Emergency Preparedness", "(985) 783-5050",
             "15045 River Road, Hahnville, LA 70057", "70030, 70047, 70057, 70070"))  # fmt: skip
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _advisory(doc: Doc, parish: str, hotline: str) -> list[str]:
    lines = [f"{doc.organisation} issues the following update on the saltwater wedge in the Mississippi River.", ""]
    for s in doc.sections:
        lines.append(s.heading)
        lines += [it.text if s.key == "highlights" else f"- {it.text}" for it in s.items]
        lines.append("")
    lines.append(f"For questions call the {parish} Parish hotline at {hotline}.")
    return lines


def eml_nixle_saltwater_advisory_la(doc: Doc) -> bytes:
    """The parish's saltwater intrusion update as Nixle sends the advisory by e-mail."""
    when = report_day(doc)
    parish, office, hotline, address, zips = PARISHES[SALTWATER.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    title = f"Saltwater Intrusion Update #{doc.number}"
    sent = (f"{DAYS[when.weekday()]} {when:%B} {ordinal(when.day)}, {when.year} :: 0{3 + h % 3}:{h % 50 + 10:02d} "
            "p.m. CDT")  # fmt: skip
    short = f"https://nixle.us/{h % 46656:X}{doc.number}"
    lines = _advisory(doc, parish, hotline)
    tail = [f"Contact: {parish} Parish {office} {hotline}", f"Address/Location: {address}", "",
            f"To see more details and attachments, visit {short}", "",
            f"Sent by {doc.organisation} to Zip codes {zips}", "",
            "You received this message because you are registered with Nixle. Manage your settings or unsubscribe "
            "at https://local.nixle.com/", "Powered by Everbridge"]  # fmt: skip
    text = ["Advisory", title, doc.organisation, sent, "", *lines, "", *tail]
    msg = "<br>\n".join(escape(x) for x in lines)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{title}</title>\
</head><body style="margin:0;background:#f2f2f2;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f2f2f2"><tr><td align="center" style="padding:16px 0">
<table width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff"><tr><td style="padding:14px 24px;\
border-bottom:1px solid #dddddd"><img src="https://cdn.nixle.com/images/email/nixle-logo.png" alt="Nixle" \
width="90"></td></tr>
<tr><td bgcolor="#f39c12" style="padding:8px 24px;color:#ffffff;font-size:13px;font-weight:bold;\
text-transform:uppercase">Advisory</td></tr>
<tr><td style="padding:18px 24px 4px"><h2 style="margin:0;font-size:20px;color:#222222">{title}</h2>\
<div style="font-size:13px;color:#666666;margin-top:4px">{escape(doc.organisation)}<br>{sent}</div></td></tr>
<tr><td style="padding:14px 24px;font-size:14px;line-height:1.5;color:#222222"><div class="message-body">{msg}\
</div></td></tr>
<tr><td style="padding:4px 24px 16px;font-size:13px;color:#444444"><p style="margin:0 0 6px"><b>Contact:</b> \
{parish} Parish {office} {hotline}</p><p style="margin:0 0 6px"><b>Address/Location:</b> {escape(address)}</p>\
<p style="margin:0">To see more details and attachments, visit <a href="{short}">{short}</a></p></td></tr>
<tr><td style="padding:12px 24px;border-top:1px solid #dddddd;font-size:11px;color:#888888">Sent by \
{escape(doc.organisation)} to Zip codes {zips}<br><br>You received this message because you are registered with \
Nixle. <a href="https://local.nixle.com/account/">Manage your settings</a> | <a \
href="https://local.nixle.com/unsubscribe/{h:x}">Unsubscribe</a><br><br>Powered by Everbridge</td></tr></table>
</td></tr></table></body></html>"""
    return message(f"{doc.organisation} <alerts@nixle.com>", "resident@example.com", f"Advisory: {title}", when,
                   16, -5, f"<{h:x}.{doc.number}@nixle.com>", "\n".join(text) + "\n", html,
                   {"X-Mailer": "Nixle Alert System", "List-Unsubscribe": f"<https://local.nixle.com/unsubscribe/"
                                                                           f"{h:x}>"})  # fmt: skip
