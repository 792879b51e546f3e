"""Mail and text writers of the ``blind11_layouts`` set: a Norwegian municipality's crisis staff sending its
"Situasjonsrapport" from Gmail as a reply in the day's thread (multipart/alternative; Gmail's ``<div
dir="ltr">`` lines, headings typed bold in a larger font, ``<ul>`` lists, "Tiltak:" inside a risk's entry,
"Hei alle," and a covering line, the ``gmail_signature`` after "-- " and the quoted earlier message in a
``gmail_quote`` block under "Den … skrev …:") and an electricity network operator's storm update to the local
resilience forum as plain text (a capitals title, "Issued:" / "Next update:" / "Classification:" lines,
headings "1) NETWORK POSITION" in capitals with a typed number, "- " points wrapped at 70 columns with their
lines indented under the text, a risk's "Mitigation -" on the line under it, a sign-off and the duty
manager's signature).
"""

from __future__ import annotations

import zlib
from datetime import UTC, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from blind11_layouts_content import MANEDER
from council_layouts_gold import Doc

DAGER = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
SENDER = ("Kari Nygård", "Beredskapskoordinator")
DNO_LEAD = "Mitigation -"


def email_kommune_gmail(doc: Doc) -> bytes:
    """The day's situasjonsrapport as the municipality's emergency coordinator sends it from Gmail."""
    when = report_day(doc)
    day = f"{DAGER[when.weekday()]} {when.day}. {MANEDER[when.month - 1]}"
    domain = doc.organisation.split()[0].lower().replace("ø", "o") + ".kommune.no"
    cover = f"Her er situasjonsrapport nr. {doc.number} fra kriseledelsen, {day} kl. 12.00."
    html = ['<div dir="ltr"><div>Hei alle,</div><div><br></div>', f"<div>{escape(cover)}</div><div><br></div>"]
    text = ["Hei alle,", "", cover, ""]
    for s in doc.sections:
        html.append(f'<div><b><font size="4">{escape(s.heading)}</font></b></div>')
        text.append(f"*{s.heading}*")
        html.append("<ul>" + "".join(f'<li style="margin-left:15px">{escape(it.text)}</li>' for it in s.items)
                    + "</ul>")  # fmt: skip
        text += [f"   - {it.text}" for it in s.items]
        text.append("")
    sig = [SENDER[0], SENDER[1], doc.organisation, "Tlf. 915 04 622"]
    html.append('<div><br></div><div>Mvh</div><div>Kari</div><div><br></div><span class="gmail_signature_prefix">'
                '-- </span><br><div dir="ltr" class="gmail_signature"><div dir="ltr">'
                + "<br>".join(escape(x) for x in sig) + "</div></div></div>")  # fmt: skip
    text += ["Mvh", "Kari", "", "-- ", *sig, ""]
    before = when - timedelta(days=1)
    asker = "Ole Brekke"
    quote_head = (f"Den {DAGER[before.weekday()][:3]}. {before.day}. {MANEDER[before.month - 1][:3]}. "
                  f"{before.year} kl. 16:42 skrev {asker} &lt;ole.brekke@{domain}&gt;:")  # fmt: skip
    question = "Takk for rapporten. Kan dere ta med antall evakuerte per grend i neste rapport?"
    html.append(f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{quote_head}<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                f'rgb(204,204,204);padding-left:1ex"><div dir="ltr">{escape(question)}</div>'
                "</blockquote></div>")  # fmt: skip
    text += [quote_head.replace("&lt;", "<").replace("&gt;", ">"), "", f"> {question}", ""]
    msg = EmailMessage()
    msg["From"] = f"{SENDER[0]} <kari.nygard@{domain}>"
    msg["To"] = f"Kriseledelsen <kriseledelsen@{domain}>"
    msg["Subject"] = f"Re: Situasjonsrapport {doc.service.lower()}"
    msg["Date"] = format_datetime(when.replace(hour=12, minute=5 + doc.number % 40, tzinfo=UTC))
    msg["Message-ID"] = f"<CA{zlib.crc32(doc.organisation.encode()):08x}n{doc.number}@mail.gmail.com>"
    msg.set_content("\n".join(text))
    msg.add_alternative("".join(html), subtype="html")
    return msg.as_bytes()


# ---------------------------------------------------------------- network operator's plain-text update

WIDTH = 70


def _wrap(text: str, first: str, indent: str) -> list[str]:
    lines, line = [], first
    for word in text.split():
        if len(line) + 1 + len(word) > WIDTH and line.strip():
            lines.append(line)
            line = indent + word
        else:
            line += ("" if line in (first, indent) else " ") + word
    return [*lines, line]


def text_dno_update(doc: Doc) -> bytes:
    """The network operator's storm update as its duty emergency planning manager types it to the LRF."""
    when = report_day(doc)
    title = f"{doc.service.upper()} - {doc.organisation.upper()} - LRF UPDATE {doc.number}"
    out = [title, "", f"Issued:          {when:%d/%m/%Y} 07:30", "Next update:     18:00 today",
           "Classification:  OFFICIAL", ""]  # fmt: skip
    for s in doc.sections:
        out += [s.heading, ""]
        for it in s.items:
            if s.risks and f" {DNO_LEAD} " in it.text:
                risk, mit = it.text.split(f" {DNO_LEAD} ", 1)
                out += _wrap(risk, "   - ", "     ") + _wrap(mit, f"     {DNO_LEAD} ", "     ")
            else:
                out += _wrap(it.text, "   - ", "     ")
        out.append("")
    out += ["Regards", "", "Duty Emergency Planning Manager", f"{doc.organisation} | Control Centre",
            "24/7: 0800 046 1234 (partners only - not for publication)", ""]  # fmt: skip
    return "\n".join(out).encode("utf-8")
