"""Mail writer of the ``blind17_layouts`` set: a train operator's stakeholder update on a line closed by a
landslip, sent from its e-mail marketing service (multipart/alternative, a List-Unsubscribe header; an HTML
e-mail of nested 600-pixel tables: the hidden preheader, "View this email in your browser", the operator's logo
and "Stakeholder Update" on its colour, a photograph of the site with its caption, a "Line status at 07:00" panel
of routes with coloured status cells, "Dear stakeholder," and the covering paragraph, each heading an ``<h2>`` in
Georgia over ``<p>`` paragraphs — the latest news as a ``<ul>`` —, "Our plan:" in bold inside a risk's paragraph,
the route director's sign-off, the stakeholder team's contacts, social links and the marketing footer with
"Unsubscribe"; the plain part as the service generates it from the HTML, headings on lines of their own and "- "
for the list; "1,250", "12%", "£1.25m", "(5 at our last update)", "11 December").
"""

from __future__ import annotations

import zlib
from datetime import UTC
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from blind17_layouts_content import LEADS, split_mitigation
from council_layouts_gold import Doc, Item

COLOURS = {"Pennine Valley Railway": "#6B1E3A", "Wessex Coast Trains": "#005A70", "Border Counties Rail": "#2E4A1E",
           "Anglia Marsh Railway": "#3A2A6E"}  # fmt: skip
FONT = "font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#1a1a1a"


def _para(item: Item) -> str:
    risk, lead, mitigation = split_mitigation(item, LEADS["rail"])
    if not lead:
        return escape(item.text, quote=False)
    return f"{escape(risk, quote=False)} <strong>{escape(lead)}</strong> {escape(mitigation, quote=False)}"


def _row(inner: str, style: str = "padding:0 32px") -> str:
    return f'<tr><td style="{style}">{inner}</td></tr>'


def email_stakeholder_rail(doc: Doc) -> bytes:
    """The operator's stakeholder update as its communications team sends it from the e-mail marketing service."""
    when = report_day(doc)
    op = doc.organisation
    colour = COLOURS.get(op, "#6B1E3A")
    domain = op.lower().replace(" ", "-") + ".example.co.uk"
    view = f"https://view.news.{domain}/?qs=4f1c{doc.number:02d}a9"
    pre = "Latest on the Ashby Vale to Kelbrook closure: the site, replacement buses and the reopening date."
    status = (("Ashby Vale – Kelbrook", "CLOSED", "#D4351C", "Replacement buses every 20 minutes"),
              ("Millbrook – Ashby Vale", "OPEN", "#00703C", "Reduced timetable"),
              ("Kelbrook – Hexworth Junction", "OPEN", "#00703C", "Reduced timetable"))  # fmt: skip
    panel = "".join(f'<tr><td style="{FONT};padding:6px 8px;border-bottom:1px solid #dddddd">{r}</td><td style="'
                    f"background:{c};color:#ffffff;font-weight:bold;font-size:12px;padding:6px 8px;text-align:center"
                    f'">{s}</td><td style="{FONT};font-size:13px;padding:6px 8px;border-bottom:1px solid #dddddd">{n}'
                    "</td></tr>" for r, s, c, n in status)  # fmt: skip
    cover = ("Here is our latest update on the landslip between Ashby Vale and Kelbrook. Please feel free to share "
             "it with your constituents, members and customers.")  # fmt: skip
    rows = [
        f'<tr><td style="font-size:11px;color:#666666;text-align:right;padding:8px 32px"><a href="{view}" style="color:'
        '#666666">View this email in your browser</a></td></tr>',
        _row(f'<img src="https://img.news.{domain}/logo-white.png" alt="{escape(op)}" width="180" '
             'style="display:block"><span style="color:#ffffff;font-family:Georgia,serif;font-size:26px">'
             "Stakeholder Update</span>",
             f"background:{colour};padding:22px 32px"),
        _row(f'<img src="https://img.news.{domain}/landslip-{doc.number}.jpg" alt="Engineers at work in the cutting '
             'near Kelbrook" width="600" style="display:block;width:100%">', "padding:0"),
        _row(f'<p style="font-size:12px;color:#666666;font-style:italic;margin:6px 0 0 0">Engineers removing material '
             f"from the cutting, {when.day} {when:%B}.</p>"),
        _row(f'<p style="{FONT};font-weight:bold;margin:18px 0 6px 0">Line status at 07:00</p><table width="100%" '
             f'cellpadding="0" cellspacing="0">{panel}</table>'),
        _row(f'<p style="{FONT};margin:20px 0 0 0">Dear stakeholder,</p><p style="{FONT}">{escape(cover)}</p>'),
    ]  # fmt: skip
    text = [f"View this email in your browser: {view}", "", op.upper(), "STAKEHOLDER UPDATE", "",
            "Line status at 07:00", *[f"{r}: {s} – {n}" for r, s, _, n in status], "", "Dear stakeholder,", "",
            cover, ""]  # fmt: skip
    for s in doc.sections:
        head = (f'<h2 style="font-family:Georgia,serif;font-size:21px;font-weight:normal;color:{colour};'
                f'margin:26px 0 8px 0">{escape(s.heading)}</h2>')  # fmt: skip
        if s.key == "highlights":
            body = "".join(f'<li style="{FONT};margin-bottom:6px">{_para(it)}</li>' for it in s.items)
            body = f'<ul style="margin:0;padding-left:20px">{body}</ul>'
            text += [s.heading, "", *[f"- {it.text}" for it in s.items], ""]
        else:
            body = "".join(f'<p style="{FONT};margin:0 0 12px 0">{_para(it)}</p>' for it in s.items)
            text += [s.heading, ""] + [line for it in s.items for line in (it.text, "")]
        rows.append(_row(head + body))
    sign = ("Thank you for your patience while we repair the railway.", "Yours sincerely,", "Sarah Whitfield",
            f"Route Director, {op}")  # fmt: skip
    contact = f"Stakeholder team: stakeholders@{domain} | 0345 600 4{doc.number:03d}"
    legal = (f"{op} Limited. Registered in England and Wales No. 0{zlib.crc32(op.encode()) % 9000000 + 1000000}. "
             "Registered office: Station House, Ashby Vale. You are receiving this email because you are on our "
             "stakeholder mailing list.")  # fmt: skip
    rows += [
        _row("".join(f'<p style="{FONT};margin:{"18px" if k == 0 else "0"} 0 {"14px" if k < 2 else "0"} 0">'
                     f"{escape(line)}</p>" for k, line in enumerate(sign))),
        _row(f'<p style="{FONT};font-size:13px;border-top:1px solid #dddddd;padding-top:12px;margin-top:22px">'
             f"{escape(contact)}</p>"),
        _row('<a href="https://facebook.example/"><img src="https://img.example/fb.png" alt="Facebook" width="24"></a> '
             '<a href="https://x.example/"><img src="https://img.example/x.png" alt="X" width="24"></a> '
             '<a href="https://instagram.example/"><img src="https://img.example/ig.png" alt="Instagram" width="24">'
             "</a>", "padding:10px 32px;text-align:center"),
        _row(f'<p style="font-size:11px;line-height:16px;color:#777777">{escape(legal)}<br><a href="https://news.'
             f'{domain}/unsubscribe">Unsubscribe</a> | <a href="https://news.{domain}/preferences">Update your '
             f'preferences</a> | <a href="https://{domain}/privacy">Privacy notice</a></p>',
             "background:#f4f4f4;padding:14px 32px"),
    ]  # fmt: skip
    text += [*sign[:1], "", sign[1], "", *sign[2:], "", contact, "", legal,
             f"Unsubscribe: https://news.{domain}/unsubscribe"]  # fmt: skip
    msg = EmailMessage()
    msg["From"] = f"{op} <stakeholders@news.{domain}>"
    msg["To"] = "stakeholder@example.org"
    msg["Subject"] = f"Stakeholder update {doc.number}: Ashby Vale – Kelbrook landslip"
    msg["Date"] = format_datetime(when.replace(hour=7, minute=30, tzinfo=UTC))
    msg["Message-ID"] = f"<{zlib.crc32(op.encode()):08x}.{doc.number}@news.{domain}>"
    msg["List-Unsubscribe"] = f"<https://news.{domain}/unsubscribe>"
    msg.set_content("\n".join(text) + "\n")
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            f'</head><body style="margin:0;background:#eeeeee"><div style="display:none;max-height:0;overflow:hidden">'
            f'{escape(pre)}</div><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table '
            'width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">'
            + "".join(rows) + "</table></td></tr></table></body></html>")  # fmt: skip
    msg.add_alternative(html, subtype="html")
    return msg.as_bytes()
