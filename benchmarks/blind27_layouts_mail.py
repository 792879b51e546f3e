"""Mail and text writers of the ``blind27_layouts`` set.

An Ontario conservation authority's flood message as a township's community emergency management co-ordinator passed
it on to council and staff with Outlook's "Forward as Attachment": the outer message ``multipart/mixed`` — the
co-ordinator's covering note (``multipart/alternative``, plain and HTML) and the authority's original message
attached whole as ``message/rfc822`` (its own headers, ``multipart/alternative``: a plain part and an HTML part). The
original as the authority's mailing list sends it: a coloured band with the message type ("FLOOD WARNING – UPDATE
3"), "Issued:" and the watershed, the sections each a bold paragraph over a ``<ul>`` ("Mitigation measures:" plain
inside a risk's point), the message's end date, the duty officer's contact, the standard "Flood Message
Terminology" definitions and the list's unsubscribe line; the plain part the same with "* " points. "$3,400",
"$1.25 million", "March 16", "(5 in the previous message)".

A South African metropolitan municipality's disaster management centre's situation report sent as an Outlook e-mail
and kept by a partner as Outlook's "Save As > Text Only" (.txt): the message's fields as Outlook writes them, each
label and its value parted by a tab ("From:", "Sent:", "To:", "Cc:", "Subject:", "Importance:"), the greeting and
covering line, the report's own heading lines, the sections numbered by Word's list in the HTML message and so "1."
and a tab in the text, the points as Outlook turns Symbol bullets into text ("·" and a tab), every paragraph one
line however long, the risks a table in the message and so each row its cells parted by tabs (Risk, Intervention,
Responsible), the signature and the municipality's e-mail disclaimer. "R3 400", "R1.25m", "1 250", "(prev. report:
5)".
"""

from __future__ import annotations

import zlib
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from html import escape

from blind7_layouts_content import report_day
from blind27_layouts_content import parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- conservation authority, forwarded as attachment

CAS = {"Grand Valley": ("gvca.on.ca", "Grand River", "Township of Woolwich", "Emily Vandermeer"),
       "Maitland Lakes": ("mlca.on.ca", "Maitland River", "Municipality of Huron East", "Jordan Blake"),
       "Credit Ridge": ("crca.on.ca", "Credit River", "Town of Caledon", "Priya Nair"),
       "Rideau Hills": ("rhca.on.ca", "Rideau River", "Township of Rideau Lakes", "Marc Gauthier")}  # fmt: skip
TERMS = ("Watershed Conditions Statement: a general notice of weather conditions that could pose a risk to personal "
         "safety or which have the potential to lead to flooding.",
         "Flood Watch: flooding is possible in specific watercourses or municipalities.",
         "Flood Warning: flooding is imminent or already occurring in specific watercourses or "
         "municipalities.")  # fmt: skip


def _mail(frm: str, to: str, subject: str, when: datetime) -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = frm, to, subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = make_msgid(domain=frm.split("@")[-1].rstrip(">"))
    return msg


def eml_rfc822_attached_ca(doc: Doc) -> bytes:
    """The flood message forwarded as an attachment by a township's emergency management co-ordinator."""
    when = report_day(doc).replace(hour=10, minute=30)
    ca = doc.organisation.removesuffix(" Conservation Authority")
    domain, river, township, cemc = CAS[ca]
    issued = f"{when:%B} {when.day}, {when.year} at 10:30 a.m."
    kind = f"FLOOD WARNING – UPDATE {doc.number}"
    html = ['<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">',
            f'<table width="100%"><tr><td style="background:#d9480f;color:#fff;font-size:18pt;padding:10px">'
            f"<b>{kind}</b></td></tr></table>",
            f"<p>Issued: {issued}<br>Watershed: {river} and tributaries</p>"]  # fmt: skip
    text = [kind, "", f"Issued: {issued}", f"Watershed: {river} and tributaries", ""]
    for s in doc.sections:
        html.append(f"<p><b>{escape(s.heading)}</b></p><ul>")
        text += [s.heading, ""]
        for it in s.items:
            risk, lead, rest = parts(it, "ca")
            line = f"{risk} {lead} {rest}" if lead else it.text
            html.append(f"<li>{escape(line)}</li>")
            text.append(f"* {line}")
        html.append("</ul>")
        text.append("")
    officer = f"Flood Duty Officer, {doc.organisation}, 519-621-{2761 + zlib.crc32(ca.encode()) % 90:04d}"
    html += [
        f"<p>This Flood Warning will remain in effect until further notice.</p><p>Contact: {officer}</p>",
        "<p><b>Flood Message Terminology</b></p>",
        *[f"<p>{escape(t)}</p>" for t in TERMS],
        f'<p style="font-size:8pt;color:#777">You are receiving this because you subscribed to flood messages '
        f'from {escape(doc.organisation)}. <a href="https://www.{domain}/unsubscribe">Unsubscribe</a></p></div>',
    ]
    text += ["This Flood Warning will remain in effect until further notice.", "", f"Contact: {officer}", "",
             "Flood Message Terminology", *TERMS, "", f"Unsubscribe: https://www.{domain}/unsubscribe"]  # fmt: skip
    inner = _mail(f"{doc.organisation} <floodmessages@{domain}>", "Flood Message Recipients <floodlist@"
                  f"{domain}>", f"{kind} – {river} watershed", when)  # fmt: skip
    inner.set_content("\n".join(text))
    inner.add_alternative("".join(html), subtype="html")
    user = cemc.lower().replace(" ", ".")
    tdomain = township.lower().replace("township of ", "").replace("municipality of ", "").replace("town of ", "")
    outer = _mail(
        f"{cemc} <{user}@{tdomain.replace(' ', '')}.ca>",
        f"Council and Senior Staff <council@{tdomain.replace(' ', '')}.ca>",
        f"FW: {kind} – {river} watershed",
        when.replace(hour=11),
    )
    cover = (f"Good morning Mayor and Members of Council,\n\nPlease see the attached flood message from "
             f"{doc.organisation}. Public Works is monitoring road closures and the EOC remains at enhanced "
             f"monitoring.\n\n{cemc}\nCommunity Emergency Management Coordinator, {township}")  # fmt: skip
    outer.set_content(cover)
    outer.add_alternative(
        "<html><body>"
        + "".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in cover.split("\n\n"))
        + "</body></html>",
        subtype="html",
    )
    outer.add_attachment(inner)
    return bytes(outer)


# ---------------------------------------------------------------- Outlook "Save As > Text Only"

DMCS = {"Umgeni": ("Thandeka Mkhize", "031 311 2000"), "Tshwane North": ("Pieter van Wyk", "012 358 9999"),
        "Nelson Bay": ("Anele Mbeki", "041 585 1555"), "Buffalo River": ("Sipho Ndlovu", "043 705 2000")}  # fmt: skip
RESPONSIBLE = ("DMC", "MHS", "Human Settlements", "Metro Police", "Electricity")


def txt_outlook_saveas_za(doc: Doc) -> bytes:
    """The situation report e-mail as Outlook saves it as text."""
    when = report_day(doc).replace(hour=7, minute=52)
    metro = doc.organisation.removesuffix(" Metropolitan Municipality")
    head, phone = DMCS[metro]
    subject = f"SITREP NO. {doc.number}: SEVERE WEATHER – {metro.upper()} METRO – {when.day} {when:%B %Y}"
    out = [f"From:\t{head}", f"Sent:\t{when:%A}, {when.day} {when:%B %Y} {when:%H:%M}",
           "To:\tDMC Sitrep Distribution", "Cc:\tMayoral Committee Support; Head: Public Safety; SAPS Cluster "
           "Command", f"Subject:\t{subject}", "Importance:\tHigh", "", "Good morning Colleagues", "",
           f"Herewith situation report no. {doc.number} on the severe weather. Please note the risks and "
           "interventions.", "", f"SITUATION REPORT NO. {doc.number}", f"SEVERE WEATHER – {doc.organisation.upper()}",
           f"Date: {when.day} {when:%B %Y}\tTime: 06:00", ""]  # fmt: skip
    for s in doc.sections:
        out += [s.heading.replace(". ", ".\t", 1), ""]
        if s.risks:
            out.append("Risk\tIntervention\tResponsible")
            for k, it in enumerate(s.items):
                owner = RESPONSIBLE[(k + zlib.crc32(it.thread.encode())) % len(RESPONSIBLE)]
                out.append(f"{it.body}\t{it.mitigation or ''}\t{owner}")
        else:
            out += [f"·\t{it.text}" for it in s.items]
        out.append("")
    out += ["Kind regards", "", head, "Head: Disaster Management Centre", doc.organisation,
            f"Tel: {phone} | Emergency: 031 361 0000", "",
            "This e-mail is subject to the municipality's e-mail legal notice. The views expressed are those of "
            "the sender and not necessarily those of the municipality.", ""]  # fmt: skip
    return "\r\n".join(out).encode("cp1252")  # Outlook saves text in the Windows code page
