"""E-mail writers of the ``blind44_layouts`` set (the ``email`` package).

A Sorbian municipality's situation report in a forest fire, in Upper Sorbian, typed by the municipal office on a
telephone in K-9 Mail (its menus in German) as a reply to the district office's German request: ``text/plain;
format=flowed`` only, the lines wrapped at 72 with a trailing space at each soft break, the request quoted first
with K-9's German attribution ("Am … schrieb …:") and "> " (its greeting, the ask, the close and the office's
signature quoted under "> -- "), the reply typed below the quote (bottom-posting), the greeting, the line saying what
follows, each section's name typed with its number ("3. Wuskutki"), the summary as lines, the other points after
"- ", "Naprawy:" inside a risk's point, "Z přećelnym postrowom", the name and post, and K-9's own signature after
"-- ". "3.400 €", "1,25 mio. €", "1.250", "12 %", "16. awgusta", "(poslednja rozprawa: 5)".

An American water authority's daily update on a boil water advisory, posted by the customer service team as a
public reply on the Zendesk ticket a hospital opened, as Zendesk notifies the requester and the people copied:
"##- Please type your reply above this line -##", "Your request (48213) has been updated…", the latest comment with
the agent's name and the date, the report (the greeting and the line saying what follows, each section's name in
bold on its own line, the summary as paragraphs, the other points as a list, "Mitigation plan:" in bold inside a
risk's point, the agent's sign-off), then the ticket's earlier comment (the hospital's question) under a rule, and
Zendesk's footer with the ticket's token; plain text and HTML. "$3,400", "$1.25 million", "February 16",
"(previous update: 5)".

A Danish municipality's storm surge update sent by its emergency service to the region and forwarded inside the
region by an emergency planner in Outlook (in Danish), through a mail gateway that marks mail from outside: the
gateway's warning banner at the top ("OBS: Denne e-mail kommer fra en ekstern afsender …"), the planner's note
"Til orientering." and name, Outlook's rule and the header block "Fra:", "Sendt:", "Til:", "Emne:", then the
original as Word's HTML (``MsoNormal`` paragraphs, each section's name bold, the points ``MsoListParagraph`` with
the Symbol bullet), links rewritten by Safe Links, "Med venlig hilsen" and the signature; plain text and HTML.
"3.400 kr", "1,25 mio. kr", "1.250", "12 %", "16. december", "(sidste opdatering: 5)".
"""

from __future__ import annotations

import hashlib
import textwrap
import zlib
from datetime import timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape
from urllib.parse import quote

from blind7_layouts_content import report_day
from blind44_layouts_banks_new import WOHEN
from blind44_layouts_banks_other import STORMFLOD, WATER
from blind44_layouts_content import DA_MONTHS, ascii_slug, parts
from council_layouts_gold import Doc

CEST = timezone(timedelta(hours=2))
CET = timezone(timedelta(hours=1))
EST = timezone(timedelta(hours=-5))
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember")  # fmt: skip

# ---------------------------------------------------------------- K-9 Mail, a reply below the quote, Upper Sorbian

MAYORS = ("Jan Wjela", "Marja Nawkowa", "Měrćin Šołta", "Hana Kralowa")


def _flowed(line: str, width: int = 72) -> list[str]:
    """One typed line as format=flowed sends it: soft breaks end in a space (RFC 3676)."""
    if len(line) <= width:
        return [line]
    parts_ = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
    return [p + " " for p in parts_[:-1]] + [parts_[-1]]


def eml_k9_reply_hsb(doc: Doc) -> bytes:
    """The municipality's report typed in K-9 Mail below the district office's quoted request."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = WOHEN.organisations.index(doc.organisation)
    asked = when.replace(hour=7, minute=h % 50 + 5, tzinfo=CEST)
    sent = when.replace(hour=11, minute=h % 55 + 2, tzinfo=CEST)
    office = '"Landratsamt Bautzen, Führungsstab Waldbrand" <fuehrungsstab@lra-bautzen.de>'
    quoted = ["Sehr geehrte Damen und Herren,", "",
              "bitte übermitteln Sie uns bis heute 12:00 Uhr den aktuellen Lagebericht Ihrer Gemeinde "
              "(Lage, Schäden, Kräfte, Kosten, Risiken, weitere Maßnahmen).", "",
              "Mit freundlichen Grüßen", "Im Auftrag", "Sachgebiet Bevölkerungsschutz", "",
              "-- ", "Landratsamt Bautzen", "Führungsstab Waldbrand", "Bahnhofstraße 9, 02625 Bautzen"]  # fmt: skip
    lines = [f"Am {asked.day}. {MONATE[asked.month - 1]} {asked.year} {asked:%H:%M:%S} MESZ schrieb {office}:"]
    for q in quoted:
        lines += [f"> {x}".rstrip() if x.strip() else ">" for x in _flowed(q, 70)] if q != "-- " else ["> -- "]
    lines += ["", "Česćeni knjeni a knježa,", "",
              f"tu je naša rozprawa čo. {doc.number} wo lěsnym wohenju w gmejnje.", ""]  # fmt: skip
    for s in doc.sections:
        lines.append(s.heading)
        for it in s.items:
            if s.key == "highlights":
                lines += _flowed(it.text)
                continue
            risk, lead, rest = parts(it, "hsb")
            lines += _flowed(f"- {risk} {lead} {rest}" if lead else f"- {it.text}")
        lines.append("")
    lines += ["Z přećelnym postrowom", MAYORS[k], f"wjesnjanosta, {doc.organisation}", "", "-- ",
              "Diese Nachricht wurde von meinem Android-Gerät mit K-9 Mail gesendet."]  # fmt: skip
    box = ascii_slug(doc.organisation.removeprefix("Gmejna "))
    token = hashlib.sha1(doc.title.encode()).hexdigest()
    request_id = f"<{token[:16]}@lra-bautzen.de>"
    msg = EmailMessage()
    msg["From"] = f"{MAYORS[k]} <buergermeister@{box}.de>"
    msg["To"] = office
    msg["Subject"] = f"Re: Lagebericht Waldbrand – Zuarbeit der Gemeinden ({asked.day}.{asked.month}.)"
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = f"<{token[16:40]}@{box}.de>"
    msg["In-Reply-To"] = request_id
    msg["References"] = request_id
    msg["User-Agent"] = "K-9 Mail for Android"
    msg.set_content("\r\n".join(lines) + "\r\n", charset="utf-8", cte="quoted-printable")
    msg.set_param("format", "flowed")
    return bytes(msg)


# ---------------------------------------------------------------- a Zendesk notification, US water authority

AGENTS = ("Dana Whitfield", "Luis Ortega", "Karen Pruitt", "Marcus Bell")
REQUESTERS = ("Tom Haskins (Millbrook General Hospital)", "Angela Ruiz (Clearfork Regional Medical Center)",
              "Beth Carney (Ashcroft Memorial Hospital)", "Paul Dunlap (Pine Hollow Community Hospital)")  # fmt: skip


def _us_when(d) -> str:
    return f"{d:%b} {d.day}, {d.year}, {d.hour % 12 or 12}:{d:%M} {'PM' if d.hour >= 12 else 'AM'} EST"


def eml_zendesk_update_us(doc: Doc) -> bytes:
    """The authority's update as Zendesk's notification of a public reply on a ticket."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = WATER.organisations.index(doc.organisation)
    agent = AGENTS[k]
    ticket = 48000 + h % 900
    sent = when.replace(hour=16, minute=h % 55 + 2, tzinfo=EST)
    opened = (when - timedelta(days=2 * doc.number)).replace(hour=9, minute=14, tzinfo=EST)
    sub = ascii_slug(doc.organisation.split()[0])
    intro = ["Hello all,", f"Here is update {doc.number} on the boil water advisory from {doc.organisation}."]
    text, html = list(intro), [f'<p dir="auto">{escape(x)}</p>' for x in intro]
    for s in doc.sections:
        text.append(s.heading)
        html.append(f'<p dir="auto"><strong>{escape(s.heading)}</strong></p>')
        if s.key == "highlights":
            text += [it.text for it in s.items]
            html += [f'<p dir="auto">{escape(it.text)}</p>' for it in s.items]
            continue
        lis = []
        for it in s.items:
            risk, lead, rest = parts(it, "us")
            text.append(f" * {risk} {lead} {rest}" if lead else f" * {it.text}")
            inner = f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)
            lis.append(f'<li dir="auto">{inner}</li>')
        html.append(f'<ul dir="auto">{"".join(lis)}</ul>')
    tail = ["Thank you,", agent, "Customer Service", doc.organisation]
    text += tail
    html.append(f'<p dir="auto">{"<br>".join(escape(x) for x in tail)}</p>')
    question = ("Could you send us a daily update while the advisory lasts? We need to plan for dialysis and the "
                "kitchen. Thanks, Tom")  # fmt: skip
    asker = REQUESTERS[k].split(" (")[0]
    rule = "-" * 46
    token = f"[{hashlib.md5(doc.title.encode()).hexdigest()[:4].upper()}-{h % 9000 + 1000:04d}]"
    plain = ["##- Please type your reply above this line -##", "",
             f"Your request ({ticket}) has been updated. To add additional comments, reply to this email.", rule,
             "", f"{agent} ({doc.organisation})", "", _us_when(sent), "", "\n\n".join(text), "", rule, "",
             asker, "", _us_when(opened), "", question.replace("Tom", asker.split()[0]), "", rule, "",
             f"This email is a service from {doc.organisation} Support.", "", token]  # fmt: skip
    comment = "".join(html)
    hpage = (f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><div style="color:#b5b5b5">##- Please '
             f'type your reply above this line -##</div><p dir="ltr">Your request ({ticket}) has been updated. To add '
             f'additional comments, reply to this email.</p><div style="margin-top:25px"><table width="100%" '
             f'cellpadding="0" cellspacing="0" border="0" role="presentation"><tr><td width="100%" style="padding:15px '
             f'0;border-top:1px dotted #c5c5c5"><table width="100%" role="presentation"><tr><td valign="top" '
             f'style="padding:0;width:40px"><img width="40" height="40" alt="" style="border-radius:5px" '
             f'src="https://{sub}.zendesk.com/system/photos/{h % 99999}/profile.png"></td><td width="100%" '
             f'style="padding:0;margin:0" valign="top"><p style="font-size:15px;margin-bottom:0"><strong>{agent}'
             f'</strong> ({escape(doc.organisation)})</p><p style="color:#bbbbbb;font-size:13px;margin-top:0">'
             f'{_us_when(sent)}</p><div class="zd-comment" dir="auto" style="color:#2b2e2f;line-height:22px">'
             f'{comment}</div></td></tr></table></td></tr><tr><td style="padding:15px 0;border-top:1px dotted '
             f'#c5c5c5"><p style="font-size:15px;margin-bottom:0"><strong>{escape(asker)}</strong></p><p '
             f'style="color:#bbbbbb;font-size:13px;margin-top:0">{_us_when(opened)}</p><div class="zd-comment" '
             f'dir="auto"><p dir="auto">{escape(question.replace("Tom", asker.split()[0]))}</p></div></td></tr>'
             f'</table></div><div style="color:#aaaaaa;margin:10px 0 14px">This email is a service from '
             f'{escape(doc.organisation)} Support.</div><span style="color:#FFFFFF" aria-hidden="true">{token}'
             "</span></body></html>")  # fmt: skip
    msg = EmailMessage()
    msg["From"] = f'"{agent} ({doc.organisation})" <support@{sub}.zendesk.com>'
    msg["Reply-To"] = f"{doc.organisation} Support <support+id{ticket}@{sub}.zendesk.com>"
    msg["To"] = REQUESTERS[k].split(" (")[0] + f" <facilities@{sub}-hospital.org>"
    msg["Subject"] = f"[{doc.organisation}] Re: Water service updates for the hospital"
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = f"<{token[1:5]}{ticket}_{h % 99999}@zendesk.com>"
    msg["X-Mailer"] = "Zendesk Mailer"
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content("\n".join(plain) + "\n", charset="utf-8", cte="quoted-printable")
    msg.add_alternative(hpage, subtype="html", charset="utf-8", cte="quoted-printable")
    return bytes(msg)


# ---------------------------------------------------------------- an Outlook forward through a gateway, Danish

CHIEFS = ("Søren Kjær", "Anne Mette Bak", "Jens Ole Lund", "Pia Thomsen")
PLANNER = "Mette Vestergaard"
BANNER = ("OBS: Denne e-mail kommer fra en ekstern afsender. Klik ikke på links og åbn ikke vedhæftede filer, "
          "medmindre du kender afsenderen og ved, at indholdet er sikkert.")  # fmt: skip
MSO = '<p class="MsoNormal">{}</p>'


def eml_outlook_forward_gateway_da(doc: Doc) -> bytes:
    """The municipality's update forwarded inside the region, the gateway's banner on top."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = STORMFLOD.organisations.index(doc.organisation)
    town = doc.organisation.removesuffix(" Kommune")
    dom = f"{ascii_slug(town)}.dk"
    orig = when.replace(hour=13, minute=h % 50 + 5, tzinfo=CET)
    sent = orig + timedelta(minutes=h % 40 + 12)
    day = f"{orig.day}. {DA_MONTHS[orig.month - 1]} {orig.year} {orig:%H:%M}"
    subj = f"Situationsrapport nr. {doc.number} – stormflod – {doc.organisation}"
    link = f"https://www.{dom}/stormflod"
    safe = f"https://eur02.safelinks.protection.outlook.com/?url={quote(link, safe='')}&data=05%7C02&reserved=0"
    head = [("Fra:", f"Beredskab {town} <beredskab@{dom}>"), ("Sendt:", day),
            ("Til:", "Beredskab Region Midtjylland <beredskab@rm.dk>"), ("Emne:", subj)]  # fmt: skip
    text = [BANNER, "", "Til orientering.", "", "Mette", "", "________________________________"]
    text += [f"{a} {b}" for a, b in head]
    text += ["", "Hej alle", "", f"Hermed situationsrapport nr. {doc.number} om stormfloden.", ""]
    body = [MSO.format("Hej alle"), MSO.format("&nbsp;"),
            MSO.format(f"Hermed situationsrapport nr. {doc.number} om stormfloden."), MSO.format("&nbsp;")]  # fmt: skip
    for s in doc.sections:
        text.append(s.heading)
        body.append(MSO.format(f"<b>{escape(s.heading)}<o:p></o:p></b>"))
        for it in s.items:
            if s.key == "highlights":
                text.append(it.text)
                body.append(MSO.format(escape(it.text)))
                continue
            risk, lead, rest = parts(it, "da")
            text.append(f"  *   {risk} {lead} {rest}" if lead else f"  *   {it.text}")
            inner = f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)
            body.append(
                '<p class="MsoListParagraph" style="text-indent:-18.0pt;mso-list:l0 level1 lfo1"><![if '
                '!supportLists]><span style="font-family:Symbol">·<span style="font:7.0pt &quot;Times New '
                f'Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>{inner}</p>'
            )
        text.append("")
        body.append(MSO.format("&nbsp;"))
    sign = ["Med venlig hilsen", "", CHIEFS[k], "Beredskabschef", f"Beredskab {town}", f"Tlf. 9{h % 9000000 + 1000000}",
            f"Læs mere: {link}"]  # fmt: skip
    text += [*sign[:-1], f"Læs mere: {safe}"]
    body += [MSO.format(escape(x) if x else "&nbsp;") for x in sign[:-1]]
    body.append(MSO.format(f'Læs mere: <a href="{safe}" originalsrc="{link}">{link}</a>'))
    hb = "".join(f"<b>{a}</b> {escape(b)}<br>" for a, b in head)
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",'
            'sans-serif}</style></head><body lang="DA" link="#0563C1"><table style="border-collapse:collapse" '
            'border="0" cellpadding="0" width="100%"><tr><td style="background:#FFEB9C;padding:5pt;border:solid '
            f'#9C5700 1pt"><p style="font-size:9pt;color:#9C5700">{escape(BANNER)}</p></td></tr></table>'
            f'<div class="WordSection1">{MSO.format("Til orientering.")}{MSO.format("&nbsp;")}{MSO.format("Mette")}'
            f'{MSO.format("&nbsp;")}<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            f'<p class="MsoNormal">{hb}</p></div>{MSO.format("&nbsp;")}{"".join(body)}</div></body>'
            "</html>")  # fmt: skip
    msg = EmailMessage()
    msg["From"] = f"{PLANNER} <mette.vestergaard@rm.dk>"
    msg["To"] = "Krisestab RM <krisestab@rm.dk>"
    msg["Subject"] = f"VS: [EKSTERN] {subj}"
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = f"<{hashlib.md5(doc.title.encode()).hexdigest()}@rm.dk>"
    msg["Thread-Topic"] = subj
    msg["Accept-Language"] = "da-DK, en-US"
    msg["Content-Language"] = "da-DK"
    msg["X-MS-Has-Attach"] = ""
    msg.set_content("\r\n".join(text) + "\r\n", charset="utf-8", cte="quoted-printable")
    msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    return bytes(msg)
