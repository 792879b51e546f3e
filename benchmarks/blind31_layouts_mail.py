"""Mail writer of the ``blind31_layouts`` set.

A Kenyan county's desert locust control unit's weekly situation update, typed by the county locust coordinator in
the county's Zimbra webmail and forwarded by the county director of agriculture to the national ministry's plant
protection service and its partners: Zimbra's headers (``X-Mailer: Zimbra 9.0.0_GA… (ZimbraWebClient - GC…)``,
``Thread-Topic``, ``Thread-Index``, ``X-Originating-IP``, a "…JavaMail.zimbra@…" ``Message-ID``, a "=_" boundary),
"Fwd:" in the subject, ``multipart/alternative`` in quoted-printable: the HTML part as the web client writes it — every
line a ``<div>`` in the user's font, the director's covering lines and signature with the county's motto, Zimbra's
forward divider (``<hr id="zwchr" data-marker="__DIVIDER__">``), the From, To, Cc, Sent and Subject block
(``data-marker="__HEADERS__"``), the coordinator's message (``data-marker="__QUOTED_TEXT__"``): the greeting, the
title bold and underlined, the reporting period line, each section a bold line, the points a ``<ul>``,
"<strong>Mitigation:</strong>" inside a risk's point, the sign-off and the phone number —; the text part as Zimbra
writes it from the HTML ("----- Original Message -----", the header lines, "* " points). "KSh 3,400", "KSh 1.25
million", "16th January", "(previous update: 5)".
"""

from __future__ import annotations

import quopri
import zlib
from datetime import timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from blind31_layouts_content import parts
from council_layouts_gold import Doc

EAT = timezone(timedelta(hours=3))
COUNTIES = {"Samburu": ("samburukaskazini", "Lekishon Lenanyokie", "Peter Lokorio", "0722 410 338"),
            "Isiolo": ("isiolomashariki", "Abdi Golicha", "Fatuma Jillo", "0733 290 115"),
            "Marsabit": ("marsabitmagharibi", "Galgallo Wario", "Dida Huka", "0711 604 227"),
            "Turkana": ("turkanakusini", "Ekai Lokwawi", "Nakiru Ebei", "0720 871 402")}  # fmt: skip
BOGUS = '<br data-mce-bogus="1">'  # the web client's editor keeps an empty line so
FONT = "font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000"


def _qp(text: str) -> str:
    return quopri.encodestring(text.replace("\r\n", "\n").encode("utf-8")).decode("ascii").replace("\n", "\r\n")


def _th(n: int) -> str:
    return f"{n}{'th' if 10 < n % 100 < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def eml_zimbra_locust_ke(doc: Doc) -> bytes:
    """The coordinator's weekly update as Zimbra sends it on when the director forwards it."""
    county = next(k for k in COUNTIES if k in doc.organisation)
    host, coordinator, director, phone = COUNTIES[county]
    domain = f"{host}.go.ke"
    when = report_day(doc)
    sent = when.replace(hour=8, minute=12 + doc.number % 40, tzinfo=EAT)
    fwd = sent + timedelta(hours=2, minutes=9)
    day = f"{_th(when.day)} {when:%B %Y}"
    start = when - timedelta(days=6)
    place = doc.organisation.split(" – ")[0].removeprefix("County Government of ")
    subject = f"Desert Locust Situation Update No. {doc.number} – {place} County"
    title = f"DESERT LOCUST SITUATION UPDATE NO. {doc.number}"
    period = f"Reporting period: {_th(start.day)} {start:%B} to {day}"
    addr = {n: f"{n.split()[0][0].lower()}.{n.split()[-1].lower()}@{domain}" for n in (coordinator, director)}
    ppd = "ppd.locust@kilimo.go.ke"
    cover = ["Dear all,", "", "Please find below this week's locust situation update from our coordinator, for your "
             "information and action where needed.", "", "Regards,", "", director,
             "County Director of Agriculture", doc.organisation.split(" – ")[0], f"Tel: {phone}",
             "Together we build a food secure county"]  # fmt: skip
    head = [("From", f'"{coordinator}" <{addr[coordinator]}>'), ("To", f'"{director}" <{addr[director]}>'),
            ("Cc", "\"Plant Protection Services\" <ppd.locust@kilimo.go.ke>"),
            ("Sent", f"{sent:%A, %B} {sent.day}, {sent:%Y %H:%M:%S}"), ("Subject", subject)]  # fmt: skip
    html = [f'<html><body><div style="{FONT}">']
    html += [f"<div>{escape(x) if x else BOGUS}</div>" for x in cover]
    html += ['<div><br></div><hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__">',
             "".join(f"<b>{k}: </b>{escape(v)}<br>" for k, v in head), '</div><div><br></div>',
             '<div data-marker="__QUOTED_TEXT__">', "<div>Dear Director,</div><div><br></div>",
             f'<div><strong><span style="text-decoration: underline;">{escape(title)}</span></strong></div>',
             f"<div>{escape(period)}</div><div><br></div>"]  # fmt: skip
    text = [*cover, "", "----- Original Message -----", *(f"{k}: {v}" for k, v in head), "", "Dear Director,", "",
            title, period, ""]  # fmt: skip
    for s in doc.sections:
        html.append(f"<div><strong>{escape(s.heading)}</strong></div><ul>")
        text.append(s.heading)
        for it in s.items:
            risk, lead, rest = parts(it, "locust")
            inner = f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)
            html.append(f"<li>{inner}</li>")
            text.append(f"* {it.text}")
        html.append("</ul>")
        text.append("")
    mobile = f"07{zlib.crc32(host.encode()) % 100:02d} 5{doc.number % 100:02d} 114"
    sign = ["Kind regards,", coordinator, "County Desert Locust Coordinator", f"Tel: {mobile}"]
    html += [f"<div>{escape(x)}</div>" for x in sign] + ["</div></div></body></html>"]
    text += sign
    h = zlib.crc32(subject.encode() + host.encode())
    boundary = f"=_{h:08x}-{zlib.crc32(title.encode()):08x}-4c1b-9f3e-{h % 10**12:012d}"
    mid = f"{h % 10**10}.{zlib.crc32(subject.encode()) % 10**6}.{int(fwd.timestamp() * 1000)}.JavaMail.zimbra"
    encoded = Header(f"Fwd: {subject}", "utf-8").encode()
    heads = [f'From: "{director}" <{addr[director]}>', f"To: {ppd}",
             "Cc: \"FAO Kenya Locust Team\" <locust.kenya@fao-partners.example>, \"NDMA County Coordinator\" "
             f"<ndma.{host}@ndma.example>", f"Subject: {encoded}", f"Date: {format_datetime(fwd)}",
             f"Message-ID: <{mid}@{domain}>", "MIME-Version: 1.0",
             f'Content-Type: multipart/alternative; boundary="{boundary}"', "X-Originating-IP: [10.21.4.17]",
             "X-Mailer: Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC121 (Win)/9.0.0_GA_4583)",
             f"Thread-Topic: Desert Locust Situation Update No. {doc.number}",
             f"Thread-Index: {h:08x}{doc.number:04x}XqPbQk", "", f"--{boundary}",
             "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "",
             _qp("\n".join(text)), f"--{boundary}", "Content-Type: text/html; charset=utf-8",
             "Content-Transfer-Encoding: quoted-printable", "", _qp("\n".join(html)), f"--{boundary}--",
             ""]  # fmt: skip
    return "\r\n".join(heads).encode("ascii")
