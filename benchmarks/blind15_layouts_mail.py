"""Mail writer of the ``blind15_layouts`` set: a UK university's incident bulletin e-mailed to all students and
staff through its bulk mailing tool (multipart/alternative; an HTML newsletter of nested tables: a maroon banner
with the university's name and "Incident Bulletin", a grey strip "Bulletin 3 | Tuesday 5 November 2024, 17:00",
the Incident Director's covering line, each section's heading in large bold maroon ``<span>`` type in a row of
its own over ``<p>`` paragraphs, "What we are doing:" in bold inside a risk's paragraph, a Where to get help
table of services, places and hours, the Incident Director's sign-off and the mailing footer with the reason you
got it; the plain part with the headings in capitals and "* " points; "1,250", "£250", "(up from 5 since the
last bulletin)", "7 November").
"""

from __future__ import annotations

import zlib
from datetime import UTC
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from council_layouts_gold import Doc

UNI_LEAD = "What we are doing:"
MAROON = "#7A003C"
HELP = (("Student Support Line", "0300 000 4400", "24 hours"), ("Residences Hub", "Student Centre, level 2",
        "8am – 8pm"), ("Counselling and Wellbeing", "Library Building, room G14", "9am – 5pm"))  # fmt: skip
SENDER = ("Professor Helen Ashworth", "Chief Operating Officer and Incident Director")


def _row(inner: str, style: str = "padding:6px 24px") -> str:
    return f'<tr><td style="{style}">{inner}</td></tr>'


def email_bulletin_uni(doc: Doc) -> bytes:
    """The university's incident bulletin as the communications team sends it after the incident team meets."""
    when = report_day(doc)
    uni = doc.organisation
    domain = uni.lower().replace("university of the ", "").replace("university of ", "").split()[0] + ".ac.uk"
    stamp = f"Bulletin {doc.number} | {when:%A} {when.day} {when:%B %Y}, 17:00"
    what = doc.service[0].lower() + doc.service[1:]
    cover = (f"This bulletin brings you the latest on the {what} and the help available. "
             "Please read it if you live in Hollins Hall or teach in the Kelvin Building.")  # fmt: skip
    rows = [
        _row(
            f'<span style="color:#ffffff;font-size:13px">{escape(uni)}</span><br><span style="color:#ffffff;'
            'font-size:26px;font-weight:bold">Incident Bulletin</span>',
            f"background:{MAROON};padding:18px 24px",
        ),
        _row(f'<span style="font-size:12px">{escape(stamp)}</span>', "background:#EEEEEE;padding:6px 24px"),
        _row(f'<p style="font-size:14px">{escape(cover)}</p>'),
    ]
    text = [uni.upper(), "INCIDENT BULLETIN", stamp, "", cover, ""]
    for s in doc.sections:
        rows.append(_row(f'<span style="font-size:18px;font-weight:bold;color:{MAROON}">{escape(s.heading)}</span>',
                         "padding:16px 24px 2px 24px"))  # fmt: skip
        paras = "".join('<p style="font-size:14px;margin:0 0 10px 0">'
                        + escape(it.text, quote=False).replace(f" {UNI_LEAD} ", f" <b>{UNI_LEAD}</b> ") + "</p>"
                        for it in s.items)  # fmt: skip
        rows.append(_row(paras))
        text += [s.heading.upper(), *[f"* {it.text}" for it in s.items], ""]
        if s.key == "assistance":
            cells = "".join(f'<tr><td style="border:1px solid #ccc;padding:4px">{a}</td><td style="border:1px solid '
                            f'#ccc;padding:4px">{b}</td><td style="border:1px solid #ccc;padding:4px">{c}</td></tr>'
                            for a, b, c in HELP)  # fmt: skip
            rows.append(_row('<table cellpadding="0" cellspacing="0" style="border-collapse:collapse;font-size:13px">'
                             '<tr><th style="text-align:left;padding:4px">Where to get help</th><th style="text-align:'
                             'left;padding:4px">Where</th><th style="text-align:left;padding:4px">When</th></tr>'
                             f"{cells}</table>"))  # fmt: skip
            text += ["Where to get help | Where | When", *[" | ".join(h) for h in HELP], ""]
    rows += [
        _row(f'<p style="font-size:14px">{SENDER[0]}<br>{SENDER[1]}</p>'),
        _row(
            '<p style="font-size:11px;color:#777">You are receiving this e-mail because you are a student or member '
            f"of staff of {escape(uni)}. Essential service messages cannot be unsubscribed from. "
            f'Previous bulletins are at <a href="https://www.{domain}/incident">www.{domain}/incident</a>.</p>',
            "background:#F5F5F5;padding:12px 24px",
        ),
    ]
    text += [SENDER[0], SENDER[1], "", f"You are receiving this e-mail because you are a student or member of staff "
             f"of {uni}. Previous bulletins are at https://www.{domain}/incident", ""]  # fmt: skip
    msg = EmailMessage()
    msg["From"] = f"{uni} <incident.comms@{domain}>"
    msg["To"] = f"All Students and Staff <allusers@{domain}>"
    msg["Subject"] = f"Incident Bulletin {doc.number}: {doc.service}"
    msg["Date"] = format_datetime(when.replace(hour=17, minute=doc.number % 50, tzinfo=UTC))
    msg["Message-ID"] = f"<{zlib.crc32(uni.encode()):08x}.{doc.number}@{domain}>"
    msg.set_content("\n".join(text))
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#DDDDDD">'
            '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="640" '
            'cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif">'
            + "".join(rows) + "</table></td></tr></table></body></html>")  # fmt: skip
    msg.add_alternative(html, subtype="html")
    return msg.as_bytes()
