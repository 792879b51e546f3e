"""Mail writers of the ``blind16_layouts`` set: a container port's "Customer Notice" on storm disruption sent by
its port community system's notification service (multipart/alternative; an HTML e-mail of nested 600-pixel
tables: a navy band with the port and "Customer Notice", an amber "PORT STATUS: OPEN – RESTRICTED OPERATIONS"
pill, "Update No. 3 | Issued 06:00, Tuesday 10 December 2024 | Next update: 14:00", the covering line, each
heading in capitals white on navy in a row of its own, each point a row of a table whose first cell is an orange
"■" and whose second is the text, "Contingency:" in bold inside a risk's point, a Berth | Vessel | Line | Status |
ETD table under the terminal's section, the operations centre's numbers and the notification footer with
"Manage your notification preferences" and "Unsubscribe"; the plain part with the headings in capitals and "■ "
points; "1,250", "12%", "(prev. 5)", "12 December") and a maritime rescue co-ordination centre's pollution sitrep
as a plain-text e-mail in format=flowed (the message's "UNCLASSIFIED", FROM / TO / INFO / SUBJ / DTG lines, the
lettered capitals headings "A. SITUATION", the points numbered "1." afresh in each paragraph, each line of a point
broken at 66 columns with the trailing space of a soft line break, "Countermeasures:" inside a risk's point, "NEXT
SITREP: …", the duty officer's signature; "1,250", "(previously 5)", "4 October").
"""

from __future__ import annotations

import textwrap
import zlib
from datetime import UTC, timedelta
from email.message import EmailMessage
from email.mime.text import MIMEText
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from blind16_layouts_content import LEADS
from council_layouts_gold import Doc

NAVY = "#0B2D4F"
ORANGE = "#F28C00"
VESSELS = (("Berth 5", "MSC Aurora", "MSC", "Working – 2 cranes"), ("Berth 7", "Maersk Halden", "Maersk",
           "Waiting for wind"), ("Berth 8", "CMA CGM Rhone", "CMA CGM", "Working – 3 cranes"))  # fmt: skip
MONTHS3 = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def _row(inner: str, style: str = "padding:4px 20px") -> str:
    return f'<tr><td style="{style}">{inner}</td></tr>'


def _point(text: str) -> str:
    lead = LEADS["port"]
    body = escape(text, quote=False).replace(f" {lead} ", f" <b>{lead}</b> ")
    return (
        f'<tr><td width="16" valign="top" style="color:{ORANGE};font-size:12px;padding:3px 0">&#9632;</td>'
        f'<td style="font-family:Arial,sans-serif;font-size:14px;color:#222222;padding:3px 0">{body}</td></tr>'
    )


def email_notice_port(doc: Doc) -> bytes:
    """The port's customer notice as its operations centre sends it through the notification service."""
    when = report_day(doc)
    port = doc.organisation
    domain = port.lower().replace("port of ", "").replace(" ", "") + ".example.co.uk"
    stamp = f"Update No. {doc.number} | Issued 06:00, {when:%A} {when.day} {when:%B %Y} | Next update: 14:00"
    cover = ("This notice updates port users, shipping lines and hauliers on the effect of Storm Darragh on "
             "operations. Please share it with your drivers and planners.")  # fmt: skip
    status = "PORT STATUS: OPEN – RESTRICTED OPERATIONS"
    rows = [
        _row(f'<span style="color:#ffffff;font-size:22px;font-weight:bold;letter-spacing:1px">{escape(port.upper())}'
             '</span><br><span style="color:#9FC3E7;font-size:13px">Customer Notice</span>',
             f"background:{NAVY};padding:18px 20px"),
        _row(f'<span style="background:#FFB000;color:#000;font-weight:bold;font-size:12px;padding:4px 10px;'
             f'border-radius:10px">{status}</span>', "padding:12px 20px 4px 20px"),
        _row(f'<span style="font-size:12px;color:#555555">{escape(stamp)}</span>'),
        _row(f'<p style="font-size:14px;margin:8px 0">{escape(cover)}</p>'),
    ]  # fmt: skip
    text = [f"{port.upper()} – CUSTOMER NOTICE", status, stamp, "", cover, ""]
    for s in doc.sections:
        rows.append(
            _row(
                escape(s.heading),
                f"background:{NAVY};color:#ffffff;font-family:Arial,sans-serif;"
                "font-size:13px;font-weight:bold;letter-spacing:1px;padding:7px 20px",
            )
        )
        inner = "".join(_point(it.text) for it in s.items)
        rows.append(_row(f'<table width="100%" cellpadding="0" cellspacing="0">{inner}</table>',
                         "padding:8px 20px 12px 20px"))  # fmt: skip
        text += [s.heading, *[f"■ {it.text}" for it in s.items], ""]
        if s.key == "situation":
            head = "".join(f'<th style="text-align:left;font-size:12px;padding:4px;border-bottom:1px solid #999">{h}'
                           "</th>" for h in ("Berth", "Vessel", "Line", "Status", "ETD"))  # fmt: skip
            body = "".join("<tr>" + "".join(f'<td style="font-size:12px;padding:4px">{c}</td>'
                                            for c in (*v, f"{(when + timedelta(days=1 + k % 2)):%d/%m} "
                                                          f"{18 + 2 * k}:00")) + "</tr>"
                           for k, v in enumerate(VESSELS))  # fmt: skip
            rows.append(_row(f'<table width="100%" cellpadding="0" cellspacing="0"><tr>{head}</tr>{body}</table>',
                             "padding:0 20px 12px 20px"))  # fmt: skip
            text += ["Berth | Vessel | Line | Status", *[" | ".join(v) for v in VESSELS], ""]
    contact = f"Operations Centre (24/7): 01234 000 111 | ops@{domain} | Port Control: VHF Channel 12"
    legal = (f"You are receiving this e-mail because you are registered for operational notices on the {port} Port "
             f"Community System. {port} Ltd, Dock Road, registered in England No. 01234567.")  # fmt: skip
    rows += [
        _row(f'<p style="font-size:13px;color:#333333">{escape(contact)}</p>', "padding:12px 20px"),
        _row(f'<p style="font-size:11px;color:#777777">{escape(legal)}<br><a href="https://pcs.{domain}/prefs">Manage '
             f'your notification preferences</a> | <a href="https://pcs.{domain}/unsubscribe">Unsubscribe</a></p>',
             "background:#F2F2F2;padding:12px 20px"),
    ]  # fmt: skip
    text += [contact, "", legal, f"Manage your notification preferences: https://pcs.{domain}/prefs", ""]
    msg = EmailMessage()
    msg["From"] = f"{port} Customer Notifications <notifications@{domain}>"
    msg["To"] = f"Port users <port-users@{domain}>"
    msg["Subject"] = f"Customer Notice: {doc.service} – Update {doc.number} – {when:%d/%m/%Y} 06:00"
    msg["Date"] = format_datetime(when.replace(hour=6, minute=2, tzinfo=UTC))
    msg["Message-ID"] = f"<{zlib.crc32(port.encode()):08x}.{doc.number}@pcs.{domain}>"
    msg.set_content("\n".join(text))
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#E9EEF2">'
            '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="600" '
            'cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif">'
            + "".join(rows) + "</table></td></tr></table></body></html>")  # fmt: skip
    msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


# ---------------------------------------------------------------- coastguard pollution sitrep


def _dtg(when, hour: int) -> str:
    return f"{when.day:02d}{hour:02d}00Z {MONTHS3[when.month - 1]} {when:%y}"


def _flowed(text: str, width: int = 66) -> list[str]:
    """``text`` broken as a format=flowed writer breaks it: every line but the last ends in a space."""
    lines = textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False)
    return [line + " " for line in lines[:-1]] + lines[-1:]


def email_sitrep_mrcc(doc: Doc) -> bytes:
    """The centre's pollution sitrep as the duty counter pollution officer e-mails it twice a day."""
    when = report_day(doc)
    centre = doc.organisation
    place = centre.replace("MRCC ", "")
    domain = "hmcg.example.gov.uk"
    body = ["UNCLASSIFIED", "", f"FROM:  {centre.upper()}",
            "TO:    COUNTER POLLUTION AND SALVAGE BRANCH, SOSREP, ENVIRONMENT GROUP",
            "INFO:  HARBOUR AUTHORITY, LOCAL AUTHORITY EMERGENCY PLANNING, NATURE AGENCY",
            f"SUBJ:  SITREP {doc.number:03d} - OIL POLLUTION - NORDIC GRACE AGROUND CARRICK SHOAL",
            f"DTG:   {_dtg(when, 7)}", ""]  # fmt: skip
    for s in doc.sections:
        body.append(s.heading)
        for n, it in enumerate(s.items, start=1):
            body += _flowed(f"{n}. {it.text}")
        body.append("")
    body += [f"NEXT SITREP: {_dtg(when, 19)} OR ON SIGNIFICANT CHANGE", "", "Duty Counter Pollution Officer",
             f"{centre}", "Tel: +44 (0)1234 567 890 | Ops room 24/7",
             f"Previous sitreps are on the {place} incident share."]  # fmt: skip
    part = MIMEText("\r\n".join(body) + "\r\n", "plain", "us-ascii" if _ascii(body) else "utf-8")
    part.set_param("format", "flowed")
    part["Subject"] = f"SITREP {doc.number:03d} - OIL POLLUTION - NORDIC GRACE"
    part["From"] = f"{centre} <{place.lower().replace(' ', '')}.ops@{domain}>"
    part["To"] = f"Pollution Response Distribution <pollution.sitrep@{domain}>"
    part["Date"] = format_datetime(when.replace(hour=7, minute=12, tzinfo=UTC))
    part["Message-ID"] = f"<{zlib.crc32(centre.encode()):08x}.{doc.number}@{domain}>"
    return part.as_bytes()


def _ascii(lines: list[str]) -> bool:
    return all(line.isascii() for line in lines)
