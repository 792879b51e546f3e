"""Mail writer of the ``blind18_layouts`` set: a Croatian county civil protection staff's flood report as a town's
mayor's office forwards it to its heads of department "as attachment" (multipart/mixed: a short covering note in
plain text — "Poštovani," and two sentences, "Lijep pozdrav," and the sender's signature — and the staff's original
message attached whole as ``message/rfc822``, with its own From, Date and Subject; the original in plain text in
windows-1250, quoted-printable, as Outlook sends Croatian: "Poštovani," and a line on the report, the report's
name and time in capitals, headings "1. SAŽETAK" in capitals on lines of their own, each point a "- " line wrapped at
72 columns under its text, "Mjere:" inside a risk's point, "S poštovanjem," and the chief of staff, the "--"
signature with the address; "1.250", "12 %", "3.400 eura", "14. svibnja").
"""

from __future__ import annotations

import textwrap
import zlib
from datetime import UTC, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

from blind7_layouts_content import report_day
from blind18_layouts_content import MJESECI
from council_layouts_gold import Doc

SEATS = {"Sisačko-moslavačke": ("Sisak", "Rimska 28, 44000 Sisak", "044 550 200"),
         "Vukovarsko-srijemske": ("Vukovar", "Županijska 9, 32000 Vukovar", "032 454 200"),
         "Brodsko-posavske": ("Slavonski Brod", "Petra Krešimira IV. 1, 35000 Slavonski Brod", "035 216 100"),
         "Karlovačke": ("Karlovac", "A. Vraniczanyja 2, 47000 Karlovac", "047 666 100")}  # fmt: skip


def _hr_day(when) -> str:
    return f"{when.day}. {MJESECI[when.month - 1]} {when.year}."


def email_forward_stozer_hr(doc: Doc) -> bytes:
    """The staff's report as the mayor's office forwards it as an attachment to the town's heads of department."""
    when = report_day(doc)
    county = doc.organisation.split("zaštite ")[-1].replace(" županije", "")
    seat, address, phone = SEATS.get(county, SEATS["Sisačko-moslavačke"])
    domain = f"cz-{zlib.crc32(county.encode()) % 900 + 100}.example.hr"
    lines = ["Poštovani,", "", *textwrap.wrap(f"u nastavku dostavljamo izvješće o stanju obrane od poplava na "
                                              f"području {county} županije sa stanjem u 7,00 sati.", 72), "",
             f"IZVJEŠĆE O STANJU BR. {doc.number}", f"{_hr_day(when)}, 7,00 sati", ""]  # fmt: skip
    for s in doc.sections:
        lines += [s.heading, ""]
        for it in s.items:
            lines += textwrap.wrap(it.text, 72, initial_indent="- ", subsequent_indent="  ")
        lines.append("")
    nxt = when + timedelta(days=1)
    lines += [f"Sljedeće izvješće dostavit ćemo {nxt.day}. {MJESECI[nxt.month - 1]} do 8,00 sati.", "",
              "S poštovanjem,", "", "Načelnik Stožera civilne zaštite", f"{county} županije",
              "Ivan Kovačević, dipl. ing.", "", "-- ", doc.organisation, address, f"tel. {phone}",
              f"e-pošta: stozer@{domain}"]  # fmt: skip
    inner = EmailMessage()
    inner["From"] = f"Stožer civilne zaštite <stozer@{domain}>"
    inner["To"] = f"gradovi-opcine@{domain}"
    inner["Subject"] = f"Izvješće o stanju obrane od poplava br. {doc.number} – {_hr_day(when)}"
    inner["Date"] = format_datetime(when.replace(hour=5, minute=12 + doc.number, tzinfo=UTC))
    inner["Message-ID"] = f"<{zlib.crc32(doc.title.encode()):08x}.{doc.number}@{domain}>"
    inner.set_content("\n".join(lines) + "\n", charset="windows-1250", cte="quoted-printable")
    town = seat.lower().replace(" ", "-").replace("š", "s")
    cover = ["Poštovani,", "", *textwrap.wrap("u privitku prosljeđujem današnje izvješće Stožera civilne zaštite "
                                              "županije. Molim pročelnike da ga proslijede svojim službama i "
                                              "mjesnim odborima.", 72), "", "Lijep pozdrav,", "", "Ivana Horvat",
             "Ured gradonačelnika", f"Grad {seat}", f"tel. {phone[:4]}510 10{doc.number}"]  # fmt: skip
    outer = EmailMessage()
    outer["From"] = f"Ivana Horvat <ivana.horvat@{town}.example.hr>"
    outer["To"] = f"procelnici@{town}.example.hr"
    outer["Subject"] = f"FW: {inner['Subject']}"
    outer["Date"] = format_datetime(when.replace(hour=6, minute=40, tzinfo=UTC))
    outer["Message-ID"] = f"<fw{zlib.crc32(doc.title.encode()):08x}.{doc.number}@{town}.example.hr>"
    outer.set_content("\n".join(cover) + "\n", charset="windows-1250", cte="quoted-printable")
    outer.add_attachment(inner)
    return outer.as_bytes()
