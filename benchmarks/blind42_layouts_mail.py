"""E-mail writers of the ``blind42_layouts`` set (the ``email`` package; the TNEF stream written here).

A reindeer herding district's weekly situation report in a winter of locked pastures, in Northern Sami, typed by the
district's leader on the telephone in Outlook for Android (whose menus have no Sami and stand in Norwegian) and sent
through the district's Microsoft 365 mailbox to the County Governor's reindeer husbandry section, a photo of the iced
pasture attached: Exchange Online's headers (``Thread-Topic``, ``Thread-Index``, ``Accept-Language: nb-NO``, the
``…PROD.OUTLOOK.COM`` message id), ``multipart/mixed`` of the ``multipart/alternative`` Outlook's app writes (the plain
text and its HTML, each typed line a ``<div dir="auto">``, the blank ones ``<br>``) and the JPEG; the greeting and the
line saying what follows, each section's name typed in capitals on a line of its own, the summary as lines, the other
points after a typed "- ", "Doaibmabijut:" inside a risk's point, the line about the photo, "Dearvvuođat" and the
signature typed by hand (name, post, district, telephone), and the app's own "Hent Outlook for Android" with its link
(``ms-outlook-mobile-signature``). "3 400 kr", "1,25 miljovnna kr", "1 250", "12 %", "16. guovvamánu",
"(ovddit dieđáhus: 5)".

An English internal drainage board's daily flood update, written by the board's clerk in Outlook on the board's own
Exchange server in Rich Text format (the board's template, headings bold and underlined, bullet points) and sent to
the Environment Agency, the county council and the parish clerks, who receive what Outlook sends outside in that case:
``multipart/mixed`` of the plain text Outlook derives from the rich text (quoted-printable in ISO-8859-1: every
paragraph followed by a blank line, the empty ones a no-break space, each bullet point "·" and spaces where the Symbol
bullet and its tab stood, the headings bare lines) and ``winmail.dat``, an ``application/ms-tnef`` part carrying the
message again as compressed RTF (a TNEF stream: its signature and key, the version, code page and message class, the
subject, dates and id, and the MAPI properties ``PR_RTF_COMPRESSED`` and ``PR_RTF_IN_SYNC``); the greeting and the line
saying what follows, each section's name, the summary as paragraphs, the other points as bullets, "Action being taken:"
inside a risk's point, "Kind regards", the clerk's signature with the board's address and telephone, and the board's
e-mail disclaimer. "£3,400", "£1.25m", "16 January", "(yesterday: 5)".
"""

from __future__ import annotations

import base64
import hashlib
import io
import struct
import zlib
from datetime import UTC, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from blind42_layouts_banks_en import DRAINAGE
from blind42_layouts_banks_min import GOAVVI
from blind42_layouts_content import SME_MONTHS, ascii_slug, parts
from council_layouts_gold import Doc

CET = timezone(timedelta(hours=1))
GMT = UTC

# ---------------------------------------------------------------- Outlook for Android, Northern Sami

LEADERS = (("Máhtte Ánde Sara", "900 41 273"), ("Inger Marit Eira", "913 58 604"), ("Johan Mikkel Gaup", "481 22 915"),
           ("Elle Kristine Somby", "995 07 338"))  # fmt: skip
DIV = (
    '<div dir="auto" style="direction: ltr; margin: 0; padding: 0; font-family: sans-serif; font-size: 11pt; '
    'color: black; ">'
)


def _jpeg(seed: int) -> bytes:
    """A small photo of iced snow (Pillow), as the phone's camera would attach it, only much smaller."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (320, 240), (226, 233, 240))
    draw = ImageDraw.Draw(img)
    for i in range(40):
        x, y = (seed >> (i % 24)) % 320, (seed * (i + 3)) % 240
        draw.ellipse((x, y, x + 18 + i % 9, y + 5 + i % 4), fill=(196, 210, 224))
    draw.rectangle((0, 0, 320, 70), fill=(160, 180, 205))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=70)
    return out.getvalue()


def eml_outlook_android_sme(doc: Doc) -> bytes:
    """The district's report as Outlook for Android sends it from the leader's telephone."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = GOAVVI.organisations.index(doc.organisation)
    name, tel = LEADERS[k]
    number = doc.organisation.split()[1]
    day = f"{when.day}. {SME_MONTHS[when.month - 1]}"
    lines = ["Buorre beaivi!", "", f"Dá lea orohaga dilledieđáhus nr. {doc.number} goavvedili birra, {day}.", ""]
    for s in doc.sections:
        lines.append(s.heading)
        for it in s.items:
            if s.key == "highlights":
                lines.append(it.text)
                continue
            risk, lead, rest = parts(it, "sme")
            lines.append(f"- {risk} {lead} {rest}" if lead else f"- {it.text}")
        lines.append("")
    lines += ["Mielddusin lea govva jiekŋaguohtuneatnamis.", "", "Dearvvuođat", name,
              f"orohatjođiheaddji, {doc.organisation}", f"tlf. {tel}", ""]  # fmt: skip
    link = "https://aka.ms/AAb9ysg"
    text = "\r\n".join([*lines, f"Hent Outlook for Android<{link}>", ""])
    divs = "".join(f"{DIV}{escape(x)}</div>" if x else f"{DIV}<br></div>" for x in lines)
    html = ('<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n</head>\r\n'
            f'<body>\r\n{divs}\r\n<div id="ms-outlook-mobile-signature" dir="auto"><div dir="auto" style="direction: '
            f'ltr;">Hent <a href="{link}">Outlook for Android</a></div></div>\r\n</body>\r\n</html>\r\n')  # fmt: skip
    sent = when.replace(hour=19, minute=h % 50 + 5, tzinfo=CET)
    box = f"orohat{number.lower()}"
    token = hashlib.sha1(doc.title.encode()).hexdigest().upper()
    server = f"GV{token[:1]}P{190 + k}MB{4000 + h % 5000}"
    msg = EmailMessage()
    host = f"{server}.EURP{190 + k}.PROD.OUTLOOK.COM"
    msg["Received"] = (f"from {host} ([fe80::{token[:4].lower()}:{token[4:8].lower()}]) "
                       f"by {server}.EURP{190 + k}.PROD.OUTLOOK.COM; {format_datetime(sent)}")  # fmt: skip
    msg["From"] = f"{name} <{box}@{box}.no>"
    msg["To"] = "Stáhtahálddašeaddji – boazodoallu <reindrift.finnmark@statsforvalteren.no>"
    msg["Subject"] = f"Goavvi – dilledieđáhus nr. {doc.number} – Orohat {number}"
    msg["Thread-Topic"] = msg["Subject"]
    msg["Thread-Index"] = base64.b64encode(bytes.fromhex(token[:44])).decode()
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = f"<{server}{token[:12]}@{server}.EURP{190 + k}.PROD.OUTLOOK.COM>"
    msg["Accept-Language"] = "nb-NO, en-US"
    msg["Content-Language"] = "nb-NO"
    msg["X-MS-Has-Attach"] = "yes"
    msg["X-MS-TNEF-Correlator"] = ""
    msg["x-ms-publictraffictype"] = "Email"
    msg.set_content(text, charset="utf-8", cte="base64")
    msg.add_alternative(html, subtype="html", charset="utf-8", cte="base64")
    stamp = sent + timedelta(minutes=-(h % 40 + 3))
    msg.add_attachment(_jpeg(h), maintype="image", subtype="jpeg", filename=f"IMG_{stamp:%Y%m%d_%H%M%S}.jpg")
    return bytes(msg)


# ---------------------------------------------------------------- Outlook rich text with winmail.dat, IDB

CLERKS = (("Sarah Bellamy", "01205", "Fen Lane, Boston, Lincolnshire PE21 9XR"),
          ("Martin Hurle", "01458", "Mill Lane, Westonzoyland, Somerset TA7 0EP"),
          ("Karen Dobson", "01427", "Carr Road, Epworth, Doncaster DN9 1HT"),
          ("Peter Ashdown", "01797", "Station Road, Rye, East Sussex TN31 7HF"))  # fmt: skip
TO = ("Environment Agency Area Incident Room", "County Council Emergency Planning", "Parish Clerks")
COUNTIES = ("lincolnshire", "somerset", "northlincs", "eastsussex")


def _rtf(text: str) -> str:
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            out.append(f"\\'{ch.encode('cp1252').hex()}")
    return "".join(out)


def _attribute(level: int, ident: int, data: bytes) -> bytes:
    return struct.pack("<BII", level, ident, len(data)) + data + struct.pack("<H", sum(data) & 0xFFFF)


def _date(d) -> bytes:
    return struct.pack("<7H", d.year, d.month, d.day, d.hour, d.minute, d.second, (d.weekday() + 1) % 7)


def _tnef(subject: str, rtf: str, sent, mid: str, key: int) -> bytes:
    """winmail.dat: a TNEF stream (MS-OXTNEF) of the message, its body as compressed RTF."""
    from compressed_rtf import compress

    blob = compress(rtf.encode("cp1252"), compressed=True)
    props = [struct.pack("<HHI", 0x0102, 0x1009, 1) + struct.pack("<I", len(blob)) + blob + b"\0" * (-len(blob) % 4),
             struct.pack("<HHI", 0x000B, 0x0E1F, 1), struct.pack("<HHI", 0x0003, 0x3FDE, 1252)]  # fmt: skip
    out = struct.pack("<IH", 0x223E9F78, key)
    out += _attribute(1, 0x00089006, struct.pack("<I", 0x00010000))
    out += _attribute(1, 0x00069007, struct.pack("<II", 1252, 0))
    out += _attribute(1, 0x00078008, b"IPM.Microsoft Mail.Note\0")
    out += _attribute(1, 0x00018004, subject.encode("cp1252") + b"\0")
    out += _attribute(1, 0x00038005, _date(sent))
    out += _attribute(1, 0x00038006, _date(sent + timedelta(seconds=2)))
    out += _attribute(1, 0x00018009, mid.encode() + b"\0")
    out += _attribute(1, 0x0004800D, struct.pack("<H", 2))
    out += _attribute(1, 0x00069003, struct.pack("<I", len(props)) + b"".join(props))
    return out


def eml_outlook_winmail_gb(doc: Doc) -> bytes:
    """The board's update as Outlook sends a rich-text message outside: plain text and winmail.dat."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = DRAINAGE.organisations.index(doc.organisation)
    clerk, code, address = CLERKS[k]
    short = doc.organisation.replace("Internal Drainage Board", "IDB")
    domain = f"{ascii_slug(short.removesuffix(' IDB')).replace('-', '')}-idb.org.uk"
    subject = f"Flood update {doc.number} - {short} - {when.day} {when:%B %Y}"
    paras: list[tuple[str, str]] = [("p", "Good afternoon all,"), ("p", ""),
                                    ("p", "Please find below today's update from the Board."), ("p", "")]  # fmt: skip
    for s in doc.sections:
        paras.append(("h", s.heading))
        for it in s.items:
            paras.append(("p" if s.key == "highlights" else "li", it.text))
        paras.append(("p", ""))
    sign = [clerk, "Clerk to the Board", doc.organisation, address, f"Tel: {code} {360000 + h % 99999}",
            f"www.{domain}"]  # fmt: skip
    paras += [("p", "Kind regards"), ("p", "")] + [("p", x) for x in sign] + [("p", ""), ("small", (
        f"This e-mail and any files sent with it are confidential and intended solely for the addressee. If you have "
        f"received it in error please notify the sender and delete it. {doc.organisation} accepts no liability for "
        "any damage caused by viruses."))]  # fmt: skip
    plain = []
    for kind, t in paras:
        plain.append("\xa0" if not t else f"·         {t}" if kind == "li" else t)
    text = "\r\n\r\n".join(plain) + "\r\n"
    rtf = [
        "{\\rtf1\\ansi\\ansicpg1252\\deff0\\deflang2057{\\fonttbl{\\f0\\fswiss\\fcharset0 Calibri;}{\\f1\\fnil"
        "\\fcharset2 Symbol;}}{\\colortbl ;\\red31\\green56\\blue100;}\\viewkind4\\uc1\\pard\\sa0\\f0\\fs22 "
    ]
    for kind, t in paras:
        if kind == "h":
            rtf.append(f"\\pard{{\\b\\ul {_rtf(t)}}}\\par\r\n")
        elif kind == "li":
            rtf.append(f"{{\\pntext\\f1\\'b7\\tab}}{{\\*\\pn\\pnlvlblt\\pnf1\\pnindent360{{\\pntxtb\\'b7}}}}\\fi-360"
                       f"\\li720 {_rtf(t)}\\par\r\n\\pard ")  # fmt: skip
        elif kind == "small":
            rtf.append(f"{{\\cf1\\fs16 {_rtf(t)}}}\\par\r\n")
        else:
            rtf.append(f"{_rtf(t)}\\par\r\n")
    rtf.append("}\r\n")
    sent = when.replace(hour=15 + h % 2, minute=h % 55 + 2, tzinfo=GMT)
    token = hashlib.md5(doc.title.encode()).hexdigest().upper()
    mid = f"<{token[:32]}@EXCH01.{domain.split('.')[0]}.local>"
    msg = EmailMessage()
    msg["From"] = f"{clerk} <clerk@{domain}>"
    msg["To"] = (
        f"{TO[0]} <area.incident.room@environment-agency.gov.uk>, {TO[1]} <emergency.planning@{COUNTIES[k]}.gov.uk>"
    )
    msg["Cc"] = f"{TO[2]} <parishclerks@{domain}>"
    msg["Subject"] = subject
    msg["Thread-Topic"] = subject
    msg["Thread-Index"] = base64.b64encode(bytes.fromhex(token[:44])).decode()
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = mid
    msg["Accept-Language"] = "en-GB, en-US"
    msg["Content-Language"] = "en-GB"
    msg["X-MS-Has-Attach"] = ""
    msg["X-MS-TNEF-Correlator"] = mid
    msg["X-MS-Exchange-Organization-SCL"] = "-1"
    msg.set_content(text, charset="iso-8859-1", cte="quoted-printable")
    msg.add_attachment(_tnef(subject, "".join(rtf), sent, mid, h % 65000 + 1), maintype="application",
                       subtype="ms-tnef", filename="winmail.dat")  # fmt: skip
    return bytes(msg)
