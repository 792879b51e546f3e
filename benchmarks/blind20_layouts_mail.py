"""Mail writer of the ``blind20_layouts`` set: an Albanian prefecture's civil emergency operations room's flood
"Raport situate" sent as a plain-text e-mail (``text/plain`` only, quoted-printable, lines wrapped at 72): a reply
on the thread of the report before ("Re: …", ``In-Reply-To``), a greeting and the report's line, then the headings
as the prefecture's officer types them — underlined with "=" (Shkodër), with "-" (Lezhë) or alone on their line in
capitals (Fier, Vlorë) —, each point a "- " line whose wrapped lines are indented two spaces, "Masat:" inside a
risk's point, "Me respekt," the officer's name and, under "-- ", the operations room's signature; below it the
report before quoted whole after "Më … shkroi:" with "> " lines (for the first report, the national agency's
request for daily reports); "1.250", "12%", "3.400.000 lekë", "14 janar").
"""

from __future__ import annotations

import textwrap
import zlib
from datetime import UTC, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

from blind7_layouts_content import report_day
from blind20_layouts_content import MUAJT, localise, previous, remember
from council_layouts_gold import Doc

CAPITALS = ("Prefektura e Qarkut Fier", "Prefektura e Qarkut Vlorë")
UNDERLINE = {"Prefektura e Qarkut Shkodër": "=", "Prefektura e Qarkut Lezhë": "-"}


def restyle_sq(doc: Doc) -> None:
    """The prefecture's conventions; the headings in capitals where its officer types them so."""
    localise(doc, "sq")
    if doc.organisation in CAPITALS:
        for s in doc.sections:
            s.heading = s.heading.upper()


def _qark(doc: Doc) -> str:
    return doc.organisation.removeprefix("Prefektura e Qarkut ")


def _day(doc: Doc) -> str:
    when = report_day(doc)
    return f"{when.day} {MUAJT[when.month - 1]} {when.year}"


def _body(doc: Doc) -> list[str]:
    """The report's own lines (greeting, report, sign-off, signature), without any quoted text."""
    qark = _qark(doc)
    lines = ["Përshëndetje,", "",
             *textwrap.wrap(f"Më poshtë gjeni raportin e situatës nr. {doc.number} për përmbytjet në Qarkun "
                            f"{qark}, gjendja në datën {_day(doc)}, ora 08:00.", 72), ""]  # fmt: skip
    line = UNDERLINE.get(doc.organisation)
    for s in doc.sections:
        lines.append(s.heading)
        if line:
            lines.append(line * len(s.heading))
        lines.append("")
        for it in s.items:
            lines += textwrap.wrap(it.text, 72, initial_indent="- ", subsequent_indent="  ",
                                   break_on_hyphens=False, break_long_words=False)  # fmt: skip
        lines.append("")
    lines += ["Me respekt,", "Arben Hoxha", "", "-- ", "Salla Operative e Emergjencave Civile",
              f"Prefektura e Qarkut {qark}",
              f"Tel: +355 22 24{len(qark)} 1{doc.number:02d} | Cel: +355 69 20 11 112"]  # fmt: skip
    return lines


def _address(doc: Doc) -> str:
    qark = _qark(doc).lower().replace("ë", "e")
    return f"emergjencat@prefektura-{qark}.example.al"


def email_raport_sq(doc: Doc) -> bytes:
    """The operations room's daily report to the national agency, a reply on the thread of the report before."""
    when = report_day(doc)
    before = previous(doc, "sq")
    lines = _body(doc)
    agency = "Agjencia Kombëtare e Mbrojtjes Civile <salla.operative@akmc.example.al>"
    if before:
        lines += ["", f"Më {_day(before)}, në orën 08:{10 + before.number:02d}, Salla Operative "
                  f"<{_address(doc)}> shkroi:"]  # fmt: skip
        lines += [f"> {q}".rstrip() for q in _body(before)]
        reply = f"Re: Raport situate nr. {before.number} – përmbytjet – {doc.organisation}"
    else:
        sent = when - timedelta(days=1)
        ask = ["Të nderuar kolegë,", "",
               *textwrap.wrap("Ju lutemi të dërgoni raportin e situatës çdo ditë deri në orën 09:00, në "
                              "formatin e zakonshëm, duke përfshirë rreziqet dhe masat e marra.", 70), "",
               "Faleminderit,", "AKMC – Salla Operative"]  # fmt: skip
        lines += ["", f"Më {sent.day} {MUAJT[sent.month - 1]} {sent.year}, në orën 17:40, {agency} shkroi:"]
        lines += [f"> {q}".rstrip() for q in ask]
        reply = f"Re: Kërkesë për raport ditor – {doc.organisation}"
    msg = EmailMessage()
    msg["From"] = f"Salla Operative {_qark(doc)} <{_address(doc)}>"
    msg["To"] = agency
    msg["Cc"] = f"prefekti@{_address(doc).split('@')[1]}"
    msg["Subject"] = reply
    msg["Date"] = format_datetime(when.replace(hour=8, minute=10 + doc.number, tzinfo=UTC))
    tag = zlib.crc32(doc.organisation.encode())
    msg["Message-ID"] = f"<{tag:08x}.{doc.number}@{_address(doc).split('@')[1]}>"
    msg["In-Reply-To"] = f"<{tag:08x}.{doc.number - 1 if before else 0}@{_address(doc).split('@')[1]}>"
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg.set_content("\n".join(lines) + "\n", cte="quoted-printable")
    remember(doc, "sq")
    return msg.as_bytes()
