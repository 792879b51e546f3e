"""Mail writer of the ``blind32_layouts`` set.

An embassy's daily consular sitrep to the foreign ministry's consular crisis centre after an earthquake in its
country, written by the deputy head of mission in Apple Mail on the embassy's Mac and sent as it sends mail: Apple
Mail's headers (``Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826…\\))``, ``X-Mailer: Apple Mail (2.3826…)``, an
"Apple-Mail=_" boundary), ``multipart/alternative`` in quoted-printable; the HTML part as WebKit's editor writes it —
the ``<body>`` with ``overflow-wrap: break-word; -webkit-nbsp-mode: space``, every line a ``<div>``, empty lines
``<div><br></div>``, the marking "UNCLASSIFIED", the greeting and covering line, the title bold, the "As of" line, each
section a bold line, the points ``<ul class="MailOutline">`` lists, "<b>Mitigation:</b>" inside a risk's point, the
sign-off, the signature block and the crisis line; the text part as Apple Mail writes it from the HTML (a list's points
"•" after a tab). "€3,400", "€1.25 million", "(previous sitrep: 5)".
"""

from __future__ import annotations

import hashlib
import quopri
import uuid
import zlib
from datetime import timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from blind32_layouts_content import parts, slug
from council_layouts_gold import Doc

POSTS = {"Veradia": ("Niamh Gallagher", "+3 (0)21 440 1180", 3), "Kassaro": ("Cathal Breen", "+9 (0)4 218 7720", 5),
         "Tolmenia": ("Aoife Brannigan", "+7 (0)33 901 442", 2),
         "Ostrava Bay": ("Declan Furlong", "+6 (0)8 5512 0934", 8)}  # fmt: skip
BODY = "overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"


def _qp(text: str) -> str:
    return quopri.encodestring(text.replace("\r\n", "\n").encode("utf-8")).decode("ascii").replace("\n", "\r\n")


def eml_apple_mail_consular_ie(doc: Doc) -> bytes:
    """The embassy's consular sitrep as Apple Mail sends it."""
    country = doc.organisation.split(", ", 1)[1]
    dhm, phone, offset = POSTS[country]
    when = report_day(doc)
    local = timezone(timedelta(hours=offset))
    sent = when.replace(hour=18, minute=doc.number * 7 % 50, second=zlib.crc32(doc.title.encode()) % 60, tzinfo=local)
    domain = f"embassy-{slug(country)}.example"
    subject = f"Consular sitrep {doc.number} – earthquake – {country} – {when.day} {when:%B}"
    title = f"CONSULAR SITREP {doc.number} – EARTHQUAKE IN {country.upper()}"
    asof = (f"As of 18:00 local time ({(18 - offset + 1) % 24:02d}:00 Irish time), {when:%A} {when.day} "
            f"{when:%B %Y}")  # fmt: skip
    html = ['<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            f'<body style="{BODY}">', "<div>UNCLASSIFIED</div><div><br></div><div>Dear colleagues,</div>",
            "<div><br></div><div>Please find below today's consular sitrep from the Embassy. Changes since the "
            "last sitrep are reflected throughout.</div><div><br></div>",
            f"<div><b>{escape(title)}</b></div><div>{escape(asof)}</div><div><br></div>"]  # fmt: skip
    text = ["UNCLASSIFIED", "", "Dear colleagues,", "", "Please find below today's consular sitrep from the Embassy. "
            "Changes since the last sitrep are reflected throughout.", "", title, asof, ""]  # fmt: skip
    for s in doc.sections:
        html.append(f'<div><b>{escape(s.heading)}</b></div><ul class="MailOutline">')
        text.append(s.heading)
        for it in s.items:
            risk, lead, rest = parts(it, "consular")
            inner = f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)
            html.append(f"<li>{inner}</li>")
            text.append(f"\t•\t{it.text}")
        html.append("</ul><div><br></div>")
        text.append("")
    sign = ["Kind regards,", "", dhm, "Deputy Head of Mission", doc.organisation, f"Tel: {phone}",
            "Crisis line for families: +353 1 408 2000"]  # fmt: skip
    html += [f"<div>{escape(x) if x else '<br>'}</div>" for x in sign] + ["</body></html>"]
    text += sign
    # Apple Mail names the boundary and the message after random UUIDs; these are drawn from the subject instead
    boundary = f"Apple-Mail=_{uuid.UUID(bytes=hashlib.md5(subject.encode()).digest())}".upper().replace(
        "APPLE-MAIL", "Apple-Mail"
    )
    mid = str(uuid.UUID(bytes=hashlib.md5(title.encode() + domain.encode()).digest())).upper()
    heads = [f"From: {dhm} <{slug(dhm).replace('-', '.')}@{domain}>",
             f'Content-Type: multipart/alternative; boundary="{boundary}"',
             "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))",
             f"Subject: {Header(subject, 'utf-8').encode()}", f"Date: {format_datetime(sent)}",
             f"Message-Id: <{mid}@{domain}>",
             "To: Consular Crisis Centre <crisis.centre@dfa-consular.example>",
             f"Cc: Ambassador <ambassador@{domain}>, Consular Directorate Duty Officer <duty.officer@dfa-consular."
             "example>", "X-Mailer: Apple Mail (2.3826.500.181.1.5)", "", "", f"--{boundary}",
             "Content-Transfer-Encoding: quoted-printable", "Content-Type: text/plain;", "\tcharset=utf-8", "",
             _qp("\n".join(text)), "", f"--{boundary}", "Content-Transfer-Encoding: quoted-printable",
             "Content-Type: text/html;", "\tcharset=utf-8", "", _qp("".join(html)), "", f"--{boundary}--",
             ""]  # fmt: skip
    return "\r\n".join(heads).encode("ascii")
