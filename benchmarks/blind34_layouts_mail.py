"""Mail writer of the ``blind34_layouts`` set.

A council's children's services department's daily situation report after a ransomware attack took the council's
network down, written by the assistant director on a Samsung phone in Samsung Email (the council's systems being
down, from the emergency Microsoft 365 tenant set up after the attack) and sent as Samsung Email sends it: its headers
(a ``Message-ID`` ending "@email.android.com", the ``--_com.samsung.android.email_`` boundary, ``multipart/
alternative``, both parts base64), the text part as typed and the HTML part as Samsung Email writes it — each typed
line a ``<div dir="auto">``, an empty line ``<div dir="auto"><br></div>`` —: the greeting and covering line, each
section a heading typed in capitals on a line of its own ("SAFEGUARDING"), the summary as lines of text, the other
points lines typed "- ", "Mitigation:" inside a risk's point, the sign-off, name, title and the note of the phone
number, and Samsung Email's "Sent from my Galaxy" in ``<div id="composer_signature">``. "£3,400", "£1.25m",
"(yesterday: 5)".
"""

from __future__ import annotations

import base64
import hashlib
import zlib
from datetime import timedelta, timezone
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from blind34_layouts_content import slug
from council_layouts_gold import Doc

DIRECTORS = {"Harwick": "Claire Ashworth", "Stenfield": "Dev Malhotra", "Marlow Vale": "Siobhan Keane",
             "Kingsford": "Tom Eldridge"}  # fmt: skip


def _b64(text: str) -> str:
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\r\n".join(raw[k : k + 76] for k in range(0, len(raw), 76))


def eml_samsung_childrens_cyber_gb(doc: Doc) -> bytes:
    """The department's sitrep as Samsung Email sends it from the assistant director's phone."""
    council = next(k for k in DIRECTORS if doc.organisation.startswith(k))
    who = DIRECTORS[council]
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    sent = when.replace(hour=17, minute=h % 50 + 5, second=h % 60, tzinfo=timezone(timedelta(hours=1)))
    domain = f"{slug(council).replace('-', '')}recovery.onmicrosoft.example"
    lines = ["Hi all,", "", f"Sitrep {doc.number} from children's services, as at 5pm. Sorry for the format, "
             "still no laptops for most of us.", ""]  # fmt: skip
    for s in doc.sections:
        lines.append(s.heading)
        for it in s.items:
            lines.append(it.text if s.key == "highlights" else f"- {it.text}")
        lines.append("")
    phone = f"07700 9{h % 90000 + 10000:05d}"
    lines += ["Thanks", who, "Assistant Director, Children's Social Care", f"(on my own phone until further notice: "
              f"{phone})"]  # fmt: skip
    html_lines = "".join('<div dir="auto"><br></div>' if not ln else f'<div dir="auto">{escape(ln, quote=False)}</div>'
                         for ln in lines)  # fmt: skip
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            f'{html_lines}<div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" '
            'dir="auto"><div style="font-size:85%;color:#575757" dir="auto">Sent from my Galaxy</div></div>'
            "</body></html>")  # fmt: skip
    text = "\r\n".join(lines) + "\r\n\r\n\r\nSent from my Galaxy\r\n"
    digest = hashlib.md5(doc.title.encode()).hexdigest()
    boundary = f"--_com.samsung.android.email_{int(digest[:12], 16) % 10**15:015d}"
    user = slug(who).replace("-", ".")
    heads = ["MIME-Version: 1.0", f"Date: {format_datetime(sent)}",
             f"Subject: Children's services sitrep {doc.number} - cyber incident",
             f"Message-ID: <{digest[:8]}-{digest[8:12]}.{h % 10**9}@email.android.com>",
             f"From: {who} <{user}@{domain}>",
             f"To: Gold group <gold@{domain}>, Silver children <silver.childrens@{domain}>",
             f"Cc: Director of Children's Services <dcs@{domain}>",
             f'Content-Type: multipart/alternative; boundary="{boundary}"', "", f"--{boundary}",
             'Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: base64", "", _b64(text), "",
             f"--{boundary}", 'Content-Type: text/html; charset="utf-8"', "Content-Transfer-Encoding: base64", "",
             _b64(html), "", f"--{boundary}--", ""]  # fmt: skip
    return "\r\n".join(heads).encode("ascii")
