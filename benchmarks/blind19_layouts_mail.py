"""Mail writer of the ``blind19_layouts`` set: a Tanzanian regional secretariat's flood situation report sent as an
attached Word file (multipart/mixed: a covering note in Swahili as ``multipart/alternative`` — plain text and the
Gmail-style HTML of the same words: "Ndugu Wadau," a line on the report and what it holds, "Wako katika ujenzi wa
taifa," the sender's name, title, office and telephone — then the report itself as a ``.docx`` attachment,
``blind19_layouts_word.docx_taarifa_sw``; "1,250", "12%", "TSh 3,400,000", "16 Aprili").
"""

from __future__ import annotations

import zlib
from datetime import UTC
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from blind19_layouts_content import MIEZI
from blind19_layouts_word import docx_taarifa_sw
from council_layouts_gold import Doc

DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def email_taarifa_sw(doc: Doc) -> bytes:
    """The secretariat's e-mail to the regional committee and partners with the day's report attached."""
    when = report_day(doc)
    region = doc.organisation.split("Mkoa wa ")[-1]
    domain = f"{region.lower().replace(' ', '')}.go.example.tz"
    day = f"{when.day} {MIEZI[when.month - 1]} {when.year}"
    cover = ["Ndugu Wadau,", "",
             f"Tafadhali pokea Taarifa ya Hali ya Mafuriko Na. {doc.number} ya Mkoa wa {region} ya tarehe {day} "
             "iliyoambatishwa. Taarifa inaeleza hali ilivyo, athari, hatua zilizochukuliwa na mahitaji ya haraka.",
             "", "Kwa maoni au nyongeza, wasiliana na Sekretarieti ya Kamati ya Maafa kabla ya saa 10:00 jioni.", "",
             "Wako katika ujenzi wa taifa,", "", "Neema J. Mwakyusa", "Katibu Tawala Msaidizi – Uratibu wa Maafa",
             f"Sekretarieti ya Mkoa wa {region}", f"Simu: +255 23 26{len(region):02d} {doc.number}14"]  # fmt: skip
    msg = EmailMessage()
    msg["From"] = f"Neema Mwakyusa <maafa@{domain}>"
    msg["To"] = f"kamati-maafa@{domain}, wadau-maafa@{domain}"
    msg["Cc"] = f"ras@{domain}"
    msg["Subject"] = f"TAARIFA YA HALI YA MAFURIKO NA. {doc.number} – MKOA WA {region.upper()} – {day}"
    msg["Date"] = format_datetime(when.replace(hour=15, minute=20 + doc.number, tzinfo=UTC))
    msg["Message-ID"] = f"<{zlib.crc32(doc.title.encode()):08x}.{doc.number}@{domain}>"
    msg.set_content("\n".join(cover) + "\n")
    html = "".join(f"<div>{escape(line) if line else '<br>'}</div>" for line in cover)
    msg.add_alternative(f'<div dir="ltr">{html}</div>\n', subtype="html")
    msg.make_mixed()
    msg.add_attachment(docx_taarifa_sw(doc), maintype=DOCX[0], subtype=DOCX[1],
                       filename=f"Taarifa_ya_Hali_Na_{doc.number}_{when:%d%m%Y}.docx")  # fmt: skip
    return msg.as_bytes()
