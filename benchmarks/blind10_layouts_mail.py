"""Mail and text writers of the ``blind10_layouts`` set: an integrated care board's daily system sitrep sent
from Outlook on the web (multipart/alternative: the plain text and the HTML that the web client writes —
``<div class="elementToProof">`` lines with the font in a style attribute, headings typed as bold underlined
lines, ``<ul>`` lists whose entries wrap their text in a ``<div role="presentation">``, an OPEL table of the
acute trusts, "Mitigations:" in italics inside a risk's entry, a greeting, a covering line, a sign-off, a
signature block and the mail service's disclaimer) and a RAYNET group controller's situation report as the
plain text he types and sends (a title over "=" and section headings over "-", setext style, a block of
"Incident:" / "DTG:" / "From:" / "To:" lines, "*" and "-" points wrapped at 72 columns under their text, long
words hyphenated at a line's end, "Sitrep ends", "73" and the signature).
"""

from __future__ import annotations

import re
import zlib
from datetime import UTC
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from council_layouts_gold import Doc

ICB_LEAD = "Mitigations:"
FONT = "font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt"
TRUSTS = ("Kingsmoor Hospital", "St Wilfrid's University Hospitals", "North Vale General")
SENDER = ("Sam Okoye", "Senior Manager – System Control Centre")
DISCLAIMER = (
    "This message may contain confidential information. If you are not the intended recipient please tell the "
    "sender and delete it. Please do not copy or pass on the information in this e-mail or act on it. The "
    "secure e-mail service for health and care staff is provided by the NHS."
)


def _div(inner: str) -> str:
    return f'<div class="elementToProof" style="{FONT}; color: rgb(0, 0, 0);">{inner}</div>'


def _opel_table(doc: Doc) -> tuple[str, list[str]]:
    rows = [(t, str(2 + (doc.number + n) % 3), str((doc.number * 5 + n * 7) % 23), f"{93 + (doc.number + n) % 9}%")
            for n, t in enumerate(TRUSTS)]  # fmt: skip
    head = ("Trust", "OPEL", "Handovers > 60 min", "G&amp;A occupancy")
    cell = 'style="border: 1px solid rgb(0, 0, 0); padding: 2px 6px;"'
    html = ('<table style="border-collapse: collapse;"><tbody><tr>'
            + "".join(f"<td {cell}><b>{h}</b></td>" for h in head) + "</tr>"
            + "".join("<tr>" + "".join(f"<td {cell}>{escape(v)}</td>" for v in r) + "</tr>" for r in rows)
            + "</tbody></table>")  # fmt: skip
    text = [" | ".join(("Trust", "OPEL", "Handovers > 60 min", "G&A occupancy"))] + [" | ".join(r) for r in rows]
    return html, text


def email_icb_owa(doc: Doc) -> bytes:
    """The day's system sitrep as the system control centre sends it from Outlook on the web."""
    when = report_day(doc)
    domain = "nhs.net"
    table_html, table_text = _opel_table(doc)
    greeting = f"Please see below the system sitrep for {when:%A} {when.day} {when:%B}, position at 08:00."
    html = [_div("Good morning all,"), _div("<br>"), _div(escape(greeting)), _div("<br>")]
    text = ["Good morning all,", "", greeting, ""]
    for s in doc.sections:
        html.append(_div(f"<b><u>{escape(s.heading)}</u></b>"))
        text.append(s.heading)
        entries = "".join(
            f'<li style="{FONT}; color: rgb(0, 0, 0);"><div role="presentation" class="elementToProof">'
            f"{escape(it.text, quote=False).replace(ICB_LEAD, f'<i>{ICB_LEAD}</i>')}</div></li>"
            for it in s.items
        )
        html.append('<ul data-editing-info="{&quot;applyListStyleFromLevel&quot;:true}" '
                    f'style="margin-top: 0px; margin-bottom: 0px;">{entries}</ul>')  # fmt: skip
        text += [f"  *   {it.text}" for it in s.items]
        if s.key == "situation":
            html += [_div("<br>"), table_html]
            text += ["", *table_text]
        html.append(_div("<br>"))
        text.append("")
    html += [_div("Kind regards,"), _div("<br>"), _div("Sam")]
    sig = [SENDER[0], SENDER[1], doc.organisation, "Tel: 01632 960 440 (08:00–20:00, 7 days)",
           f"scc.{zlib.crc32(doc.organisation.encode()) % 1000:03d}@{domain}"]  # fmt: skip
    html.append(
        '<div id="Signature"><p style="margin: 0;"><b>'
        + escape(sig[0])
        + "</b></p>"
        + "".join(f'<p style="margin: 0; font-size: 10pt;">{escape(x)}</p>' for x in sig[1:])
        + "</div>"
    )
    html.append(f'<div style="font-size: 8pt; color: rgb(96, 96, 96);"><p>{"*" * 60}</p><p>{escape(DISCLAIMER)}'
                f"</p><p>{'*' * 60}</p></div>")  # fmt: skip
    text += ["Kind regards,", "", "Sam", "", *sig, "", "*" * 60, DISCLAIMER, "*" * 60, ""]
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>'
            f'<body dir="ltr">{"".join(html)}</body></html>')  # fmt: skip
    msg = EmailMessage()
    msg["From"] = f"{SENDER[0]} <{sig[-1]}>"
    msg["To"] = "ICB System Sitrep Distribution <system.sitrep@nhs.net>"
    msg["Subject"] = f"System sitrep – {when:%A} {when.day} {when:%B %Y}"
    msg["Date"] = format_datetime(when.replace(hour=9, minute=10 + doc.number % 40, tzinfo=UTC))
    msg["Message-ID"] = f"<{zlib.crc32(doc.organisation.encode()):08x}.{doc.number}@outlook.office365.com>"
    msg.set_content("\r\n".join(text))
    msg.add_alternative(page, subtype="html")
    return msg.as_bytes()


# ---------------------------------------------------------------- RAYNET plain text

WIDTH = 72
DASHED = ("Operators", "Next net")  # sections pasted from the rota message, "-" points where the rest have "*"
_SPLIT = re.compile(r"[aeiouy](?=[bcdfghjklmnpqrstvwxz][a-z])")


def _hyphenate(word: str, room: int) -> tuple[str, str] | None:
    """Split ``word`` to fill ``room`` columns as the writer's editor does: after a hyphen it has, else after a
    vowel before a consonant, at least three letters each side."""
    if "-" in word[:room]:
        cut = word[:room].rindex("-") + 1
        return (word[:cut], word[cut:]) if 2 < cut < len(word) else None
    cuts = [m.end() for m in _SPLIT.finditer(word) if 3 <= m.end() <= room - 1 and len(word) - m.end() >= 3]
    return (word[: cuts[-1]] + "-", word[cuts[-1] :]) if cuts else None


def _wrap(text: str, first: str, indent: str) -> list[str]:
    lines, line = [], first
    words = text.split()
    while words:
        word = words.pop(0)
        sep = "" if line in (first, indent) else " "
        if len(line) + len(sep) + len(word) <= WIDTH:
            line += sep + word
            continue
        split = _hyphenate(word, WIDTH - len(line) - len(sep)) if len(word) >= 8 else None
        if split:
            line += sep + split[0]
            words.insert(0, split[1])
        else:
            words.insert(0, word)
        lines.append(line)
        line = indent
    return [*lines, line]


def text_raynet(doc: Doc) -> bytes:
    """The group controller's sitrep as the text he sends to the emergency centre."""
    when = report_day(doc)
    call = ("M0KDR", "G4NWR", "M1CVY", "G0FMR")[zlib.crc32(doc.organisation.encode()) % 4]
    title = f"{doc.organisation} - Situation Report {doc.number}"
    out = [title, "=" * len(title), "",
           f"Incident:   {doc.service}", f"DTG:        {when:%d}0700Z {when:%b %y}".upper(),
           f"From:       Group Controller, {call}", "To:         Council Emergency Centre (Duty Officer)",
           ""]  # fmt: skip
    for s in doc.sections:
        out += [s.heading, "-" * len(s.heading), ""]
        mark = "-" if s.heading in DASHED else "*"
        for it in s.items:
            out += _wrap(it.text, f"{mark} ", "  ")
        out.append("")
    out += ["Sitrep ends.", "", f"73 de {call}", "", "-- ", f"{doc.organisation} | Group Controller | {call}",
            "Mob 07700 900 512 | raynet-uk.net"]  # fmt: skip
    return ("\n".join(out) + "\n").encode("utf-8")
