"""Mail writer of the ``blind22_layouts`` set: a Papua New Guinean provincial disaster centre's flood "Sitrep" in
Tok Pisin that its coordinator types on an iPhone in the field and sends with Apple's Mail (``X-Mailer: iPhone Mail``,
``Mime-Version: 1.0 (1.0)``, a ``multipart/alternative`` of the plain text and the HTML as iOS writes it: ``<body
dir="auto">``, every typed line a ``<div dir="ltr">``, an empty line a ``<div dir="ltr"><br></div>``); the greeting
and the covering line, the title line and the date line, the headings typed on lines of their own — in capitals at
East Sepik and Madang, as words at Morobe and Enga —, the points typed "- " (the phone's smart punctuation leaves
them), "Wok bilong stretim:" plain inside a risk's line, "Tenkyu", the coordinator's name, "Sent from my iPhone", and
the provincial administrator's question of the evening before quoted under "On … wrote:" in a ``<blockquote
type="cite">`` (in the plain part each line after "> "); "1,250", "12%", "K3,400", "5 Mas").
"""

from __future__ import annotations

import zlib
from datetime import timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from blind22_layouts_content import MUN
from council_layouts_gold import Doc

CAPS_TPI = ("East Sepik Provincial Disaster Centre", "Madang Provincial Disaster Centre")
PEOPLE = {"East Sepik": ("Joseph Kaiwi", "Paul Yambun"), "Morobe": ("Kila Gawi", "Ruth Sapau"),
          "Madang": ("Peter Nalu", "Grace Kunai"), "Enga": ("Samson Pii", "Martha Laki")}  # fmt: skip


def email_sitrep_tpi(doc: Doc) -> bytes:
    """The coordinator's sitrep to the provincial administrator and the NDC, from the phone."""
    when = report_day(doc)
    province = doc.organisation.removesuffix(" Provincial Disaster Centre")
    me, boss = PEOPLE[province]
    day = f"{when.day} {MUN[when.month - 1]} {when.year}"
    slug = province.lower().replace(" ", "")
    lines = ["Gutpela moning olgeta,", "", f"Hia em sitrep namba {doc.number} bilong bikpela wara long {province}.", "",
             f"SITREP {doc.number} – {doc.organisation.upper()}", f"{day}, 7 klok moning", ""]  # fmt: skip
    for s in doc.sections:
        lines.append(s.heading)
        lines += [f"- {it.text}" for it in s.items]
        lines.append("")
    lines += ["Tenkyu", me, f"PDC Coordinator, {province}"]
    before = when - timedelta(days=1)
    quote_head = (
        f"On {before.day} {before:%b} {before.year}, at 18:{20 + doc.number:02d}, {boss} <pa@{slug}.gov.pg> wrote:"
    )
    quoted = [f"Hi {me.split()[0]},", "", "Plis salim sitrep bilong tumora long moning pastaim long 8 klok. NDC i laik "
              "save long namba bilong ol manmeri i lusim haus na wanem samting yupela i nidim.", "", "Tenkyu",
              boss, "Provincial Administrator"]  # fmt: skip
    html = ['<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto"><div dir="ltr"></div>']  # fmt: skip
    html += [f'<div dir="ltr">{escape(line, quote=False)}</div>' if line else '<div dir="ltr"><br></div>'
             for line in lines]  # fmt: skip
    html.append('<div dir="ltr"><br id="lineBreakAtBeginningOfSignature"><div dir="ltr">Sent from my iPhone</div>'
                f'</div><div dir="ltr"><br><blockquote type="cite">{escape(quote_head)}<br><br></blockquote></div>'
                '<blockquote type="cite"><div dir="ltr">')  # fmt: skip
    html += [f"<div>{escape(q)}</div>" if q else "<div><br></div>" for q in quoted]
    html.append("</div></blockquote></body></html>")
    text = [*lines, "", "Sent from my iPhone", "", quote_head, "", *(f"> {q}" if q else ">" for q in quoted)]
    msg = EmailMessage()
    msg["From"] = f"{me} <pdc@{slug}.gov.pg>"
    msg["To"] = f"{boss} <pa@{slug}.gov.pg>"
    msg["Cc"] = "NDC Operations <ops@ndc.gov.pg>"
    msg["Subject"] = f"Re: Sitrep {doc.number} – bikpela wara {province}"
    msg["Date"] = format_datetime(when.replace(hour=7, minute=12 + doc.number, tzinfo=timezone(timedelta(hours=10))))
    msg["Message-Id"] = f"<{zlib.crc32(f'{slug}{doc.number}'.encode()):08X}-4C1E-9A2B-{doc.number:04d}@{slug}.gov.pg>"
    msg["In-Reply-To"] = f"<PA{doc.number - 1:03d}@{slug}.gov.pg>"
    msg["X-Mailer"] = "iPhone Mail (22D72)"
    msg.set_content("\n".join(text) + "\n", cte="quoted-printable")
    msg.add_alternative("".join(html), subtype="html", cte="quoted-printable")
    data = msg.as_bytes()
    return data.replace(b"MIME-Version: 1.0", b"Mime-Version: 1.0 (1.0)", 1)


def restyle_tpi(doc: Doc) -> None:
    """The centre's conventions; the headings in capitals where its coordinator types them so."""
    from blind22_layouts_content import upper_headings

    upper_headings(doc, "tpi", CAPS_TPI)
