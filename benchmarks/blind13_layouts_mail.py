"""Mail writer of the ``blind13_layouts`` set: a Scottish regional resilience partnership's sitrep sent from
Outlook to its partners (multipart/alternative; Outlook's Word HTML: "Good afternoon all,", the covering line
and "Handling: OFFICIAL-SENSITIVE", the sitrep's title in bold, a Local authority | Status | Resilience centres
table, headings as bold underlined paragraphs over numbered lists that start again at 1 in each section,
"Control measures:" in bold inside a risk's entry, "Kind regards,", the coordinator's signature and the
partnership's confidentiality notice; the plain text part numbers the points "1." by hand).
"""

from __future__ import annotations

import zlib
from datetime import UTC
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from council_layouts_gold import Doc

RRP_LEAD = "Control measures:"
AREAS = (("Kelbrae Council", "Amber", "2"), ("Glenmorrow Council", "Red", "4"), ("Strathallan Council", "Green",
         "0"))  # fmt: skip
SENDER = ("Fiona Grant", "Resilience Coordinator")
NOTICE = ("This email and any files transmitted with it are confidential and intended solely for the use of the "
          "individual or entity to whom they are addressed. If you have received this email in error please "
          "notify the sender.")  # fmt: skip


def _p(text: str, style: str = "") -> str:
    return f'<p class="MsoNormal"{f" style={chr(34)}{style}{chr(34)}" if style else ""}>{text}</p>'


def email_rrp_sitrep(doc: Doc) -> bytes:
    """The partnership's sitrep as its coordinator sends it after the afternoon teleconference."""
    when = report_day(doc)
    domain = "".join(w[0] for w in doc.organisation.split()[:-1]).lower() + "-rrp.scot"
    title = f"{doc.service} – RRP Sitrep {doc.number} – {when:%d/%m/%Y} 14:00"
    html = [_p("Good afternoon all,"), _p("&nbsp;"),
            _p("Please find below the RRP sitrep as at 14:00 following this afternoon's teleconference."),
            _p("&nbsp;"), _p("<b>Handling: OFFICIAL-SENSITIVE</b>"), _p("&nbsp;"),
            _p(f"<b><span style='font-size:14.0pt'>{escape(title)}</span></b>")]  # fmt: skip
    rows = "".join(f"<tr><td>{a}</td><td>{s}</td><td>{c}</td></tr>" for a, s, c in AREAS)
    html.append('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0"><tr><td><b>Local '
                "authority</b></td><td><b>Status</b></td><td><b>Resilience centres</b></td></tr>"
                + rows + "</table>")  # fmt: skip
    text = ["Good afternoon all,", "", "Please find below the RRP sitrep as at 14:00 following this afternoon's "
            "teleconference.", "", "Handling: OFFICIAL-SENSITIVE", "", title, "",
            "Local authority | Status | Resilience centres", *[" | ".join(r) for r in AREAS], ""]  # fmt: skip
    for n, s in enumerate(doc.sections, start=1):
        html.append(_p("&nbsp;"))
        html.append(_p(f"<b><u>{escape(s.heading)}</u></b>"))
        entries = "".join(
            f'<li class="MsoListParagraph" style="mso-list:l{n} level1 lfo{n + 1}">'
            + escape(it.text, quote=False).replace(f" {RRP_LEAD} ", f" <b>{RRP_LEAD}</b> ")
            + "</li>"
            for it in s.items
        )
        html.append(f'<ol style="margin-top:0cm" start="1" type="1">{entries}</ol>')
        text += [s.heading, *[f"{k}. {it.text}" for k, it in enumerate(s.items, start=1)], ""]
    sign = [SENDER[0], f"{SENDER[1]} | {doc.organisation}", "Tel: 01463 000 211 | Mob: 07700 900 418"]
    html += [_p("&nbsp;"), _p("Kind regards,"), _p("&nbsp;"), _p("<br>".join(escape(x) for x in sign)),
             _p("&nbsp;"), _p(escape(NOTICE), "font-size:8.0pt;color:gray")]  # fmt: skip
    text += ["Kind regards,", "", *sign, "", NOTICE, ""]
    msg = EmailMessage()
    msg["From"] = f"{SENDER[0]} <fiona.grant@{domain}>"
    msg["To"] = f"RRP partners <partners@{domain}>"
    msg["Subject"] = title
    msg["Date"] = format_datetime(when.replace(hour=14, minute=20 + doc.number % 30, tzinfo=UTC))
    msg["Message-ID"] = f"<{zlib.crc32(doc.organisation.encode()):08x}.{doc.number}@{domain}>"
    msg.set_content("\n".join(text))
    body = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered '
            'medium)"></head><body lang="EN-GB" link="#0563C1"><div class="WordSection1">'
            + "\n".join(html) + "</div></body></html>")  # fmt: skip
    msg.add_alternative(body, subtype="html")
    return msg.as_bytes()
