"""Mail writer of the ``blind12_layouts`` set: a city council's severe weather emergency protocol (SWEP) post in
its Teams channel, copied into Outlook and then forwarded (multipart/alternative; Outlook's Word HTML. On top
the duty manager's "FYI – see below." with a signature; then Outlook's "From: … Sent: … To: … Subject: …"
block over the coordinator's message, "Morning all," and "Copying this morning's post from the SWEP channel
below for anyone who can't see it." with her signature; then the pasted post: "Posted in Rough Sleeping Cell >
SWEP 2024-25", the author and time, the post's subject in bold, a line of @mentions, bold lines as headings
over ``<ul>`` lists with "Mitigation:" inside a risk's entry, the reactions and "3 replies").
"""

from __future__ import annotations

import zlib
from datetime import UTC
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from council_layouts_gold import Doc

POSTER = "Sam Patel"
COORD = ("Jo Carter", "Rough Sleeping Coordinator")
DUTY = ("Mark Ellison", "Duty Manager, Housing Options")


def _p(text: str, style: str = "") -> str:
    return f'<p class="MsoNormal"{f" style={chr(34)}{style}{chr(34)}" if style else ""}>{text}</p>'


def email_teams_forward(doc: Doc) -> bytes:
    """The SWEP post, copied from Teams into an e-mail by the coordinator, forwarded by the duty manager."""
    when = report_day(doc)
    domain = doc.organisation.split()[0].lower() + ".gov.uk"
    sent = f"{when:%A}, {when.day} {when:%B %Y} 08:41"
    subject = f"SWEP update {doc.number} – {when:%a} {when.day} {when:%b}"
    mentions = ["@Rough Sleeping Cell", f"@{COORD[0]}", "@Outreach Team"]
    html = [_p("FYI – see below."), _p("&nbsp;"), _p(f"{DUTY[0]}<br>{DUTY[1]}<br>{escape(doc.organisation)}"),
            _p("&nbsp;"),
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">',
            _p(f"<b>From:</b> {COORD[0]} &lt;jo.carter@{domain}&gt;<br><b>Sent:</b> {sent}<br><b>To:</b> SWEP "
               f"partners &lt;swep-partners@{domain}&gt;<br><b>Subject:</b> {escape(subject)}"),
            "</div>", _p("&nbsp;"), _p("Morning all,"), _p("&nbsp;"),
            _p("Copying this morning's post from the SWEP channel below for anyone who can't see it."), _p("&nbsp;"),
            _p(f"Jo<br>{COORD[0]} | {COORD[1]} | {escape(doc.organisation)}"), _p("&nbsp;"),
            '<div style="border:solid #E0E0E0 1.0pt;padding:6.0pt">',
            _p(f"Posted in Rough Sleeping Cell &gt; SWEP {when.year}-{(when.year + 1) % 100}",
               "font-size:9.0pt;color:#616161"),
            _p(f"<b>{POSTER}</b>&nbsp;&nbsp;<span style='color:#616161'>{when:%d/%m} 08:{10 + doc.number % 40}"
               "</span>"),
            _p(f"<b><span style='font-size:13.0pt'>{escape(subject)}</span></b>"),
            _p(" ".join(f"<span style='color:#6264A7'>{escape(m)}</span>" for m in mentions) + " morning update "
               "below")]  # fmt: skip
    text = ["FYI – see below.", "", DUTY[0], DUTY[1], doc.organisation, "", f"From: {COORD[0]} <jo.carter@{domain}>",
            f"Sent: {sent}", f"To: SWEP partners <swep-partners@{domain}>", f"Subject: {subject}", "",
            "Morning all,", "", "Copying this morning's post from the SWEP channel below for anyone who can't see it.",
            "", "Jo", f"{COORD[0]} | {COORD[1]} | {doc.organisation}", "",
            f"Posted in Rough Sleeping Cell > SWEP {when.year}-{(when.year + 1) % 100}",
            f"{POSTER}  {when:%d/%m} 08:{10 + doc.number % 40}", subject, " ".join(mentions) + " morning update below",
            ""]  # fmt: skip
    for s in doc.sections:
        html.append(_p(f"<b>{escape(s.heading)}</b>"))
        html.append('<ul style="margin-top:0cm" type="disc">' + "".join(
            f'<li class="MsoNormal" style="mso-list:l0 level1 lfo1">{escape(it.text)}</li>' for it in s.items)
            + "</ul>")  # fmt: skip
        text += [s.heading, *[f"  * {it.text}" for it in s.items], ""]
    html += [_p(f"👍 {3 + doc.number}&nbsp;&nbsp;❤️ 1", "font-size:9.0pt;color:#616161"),
             _p("3 replies", "font-size:9.0pt;color:#6264A7"), "</div>"]  # fmt: skip
    text += [f"👍 {3 + doc.number}  ❤️ 1", "3 replies", ""]
    msg = EmailMessage()
    msg["From"] = f"{DUTY[0]} <mark.ellison@{domain}>"
    msg["To"] = "Resilience partners <lrf-partners@example.org>"
    msg["Subject"] = f"FW: {subject}"
    msg["Date"] = format_datetime(when.replace(hour=9, minute=2 + doc.number % 40, tzinfo=UTC))
    msg["Message-ID"] = f"<{zlib.crc32(doc.organisation.encode()):08x}.{doc.number}@{domain}>"
    msg["Thread-Topic"] = subject
    msg.set_content("\n".join(text))
    body = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered '
            'medium)"></head><body lang="EN-GB" link="#0563C1"><div class="WordSection1">'
            + "\n".join(html) + "</div></body></html>")  # fmt: skip
    msg.add_alternative(body, subtype="html")
    return msg.as_bytes()
