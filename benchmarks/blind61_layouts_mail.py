"""Mail writer of the ``blind61_layouts`` set: a Mongolian heating network company's outage report sent from The Bat!.

A heating network company of a Mongolian city when mains break in a cold snap: the dispatch service's "Мэдээ" to the
city's emergency management department, typed in The Bat!, the mail client of many offices in Mongolia, and sent as
plain text only — The Bat!'s headers (``X-Mailer``, ``Organization``, its ``Message-ID``), "Сайн байна уу?", the
covering line, "МЭДЭЭ № 3" and "… цагийн байдлаар", each section's name after its number ("1. Товч мэдээлэл"), the
summary as lines, the other points after "- ", "Авсан арга хэмжээ:" in the line of its risk, "Хүндэтгэсэн," with the
head of dispatch's name, post and telephone, and The Bat!'s signature "-- " with "mailto:". "1,462 сая төгрөг",
"1,250", "12 хувь", "1 дүгээр сарын 16-ны", "(өмнөх мэдээгээр: 5)".
"""

from __future__ import annotations

import zlib
from email.message import EmailMessage

from blind7_layouts_content import report_day
from blind61_layouts_banks_away import DULAAN
from blind61_layouts_content import mongolian_day
from council_layouts_gold import Doc

COMPANIES = (
    ("ubdts.mn", "Улаанбаатар", "ulaanbaatar", "Б.Батбаяр", "7011-2345"),
    ("darkhanheat.mn", "Дархан", "darkhan", "Д.Энхтуяа", "7037-1212"),
    ("erdenetheat.mn", "Эрдэнэт", "erdenet", "Г.Ганзориг", "7035-4455"),
    ("choibalsanheat.mn", "Чойбалсан", "choibalsan", "Ц.Оюунчимэг", "7058-3030"),
)


def eml_thebat_dulaan_mn(doc: Doc) -> bytes:
    """The dispatch service's heating outage report as The Bat! sends it, plain text only."""
    when = report_day(doc)
    domain, city, latin, sender, phone = COMPANIES[DULAAN.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    hour, minute = 7 + h % 2, h % 50 + 10
    day = f"{when.year} оны {mongolian_day(when.day, when.month)}"
    lines = [
        "Сайн байна уу?",
        "",
        f"{doc.organisation}-ийн дулаан хангамжийн өнөөгийн байдлын талаарх мэдээллийг хүргүүлж байна.",
        "",
        f"МЭДЭЭ № {doc.number}",
        f"{day} 07:00 цагийн байдлаар",
        "",
    ]
    for s in doc.sections:
        lines.append(s.heading)
        if s.key == "highlights":
            lines += [it.text for it in s.items]
        else:
            lines += [f"- {it.text}" for it in s.items]
        lines.append("")
    lines += [
        "Хүндэтгэсэн,",
        sender,
        "Диспетчерийн албаны дарга",
        doc.organisation,
        f"Утас: {phone}, 24 цагийн диспетчер: 1800-{h % 9000 + 1000}",
        "",
        "-- ",
        "Хүндэтгэсэн,",
        f" {sender}                          mailto:dispatch@{domain}",
    ]
    msg = EmailMessage()
    msg["Date"] = f"{when:%a, %d %b %Y} {hour:02d}:{minute}:{h % 50 + 10} +0800"
    msg["From"] = f"{sender} <dispatch@{domain}>"
    msg["Reply-To"] = f"{sender} <dispatch@{domain}>"
    msg["Organization"] = doc.organisation
    msg["X-Priority"] = "3 (Normal)"
    msg["Message-ID"] = f"<{h % 10**9}.{when:%Y%m%d}{hour:02d}{minute}{h % 50 + 10}@{domain}>"
    msg["To"] = f"{city} хотын Онцгой байдлын газар <operativ@{latin}.oba.mn>"
    msg["Subject"] = f"Мэдээ №{doc.number}: Дулаан хангамжийн байдал ({when:%Y.%m.%d})"
    msg["X-Mailer"] = "The Bat! (v11.0.4) Professional"
    msg.set_content("\n".join(lines) + "\n", cte="8bit")
    return bytes(msg)
