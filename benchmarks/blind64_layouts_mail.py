"""Mail writers of the ``blind64_layouts`` set: an American Samoan village mayor's cyclone report typed in Samoan on a
telephone in Outlook for iOS, and an Eswatini Inkhundla's drought report in siSwati sent as plain text from Kerio
Connect's webmail.

A village mayor (pulenu'u) of American Samoa after a tropical cyclone: the evening report to the Department of Samoan
Affairs, typed on an iPhone in Outlook for iOS on the government's Exchange mailbox (an HTML part of one ``<div
dir="ltr">`` a line and its plain text) — Exchange's headers (``Thread-Topic``, ``Thread-Index``, ``X-MS-Has-Attach``),
"Talofa lava Afioga i le Failautusi," and the sentence giving the report's number, the village and the hour, then each
section's name typed in capitals on a line of its own ("AOTELEGA"), every point a line after "- ", "Gaioiga ua faia:"
in the line of its risk (no bold on a telephone); "Faafetai tele,", the mayor's name, title and telephone, and "Get
Outlook for iOS". Samoan as most type it, without the macron and mostly without the glottal stop: "$4,318",
"$1.59 miliona", "1,250", "16 Fepuari", "(lipoti talu ai: 5)".

An Inkhundla (constituency council centre) of Eswatini in a drought: the Inkhundla secretary's weekly report to the
Regional Administrator, typed in siSwati into Kerio Connect's webmail and sent as plain text only — Kerio's headers,
"Mphatsi weSifundza loHloniphekile," and the covering sentence with the report's number and day, then each section's
number and name in capitals ("1. EMAPHUZU LAMCOKA"), every point a line after "* ", "Lokwentiwako:" in the line of its
risk; "Ngiyabonga.", the secretary's name, post, Inkhundla and telephone, and the government's disclaimer in English.
"E78,200", "E1.25 million", "1,250", "12%", "16 Inyoni", "(umbiko lowendlulile: 5)".
"""

from __future__ import annotations

import zlib
from datetime import timedelta
from email.message import EmailMessage
from html import escape

from blind7_layouts_content import report_day
from blind64_layouts_banks_coast import AFA
from blind64_layouts_banks_landlocked import SOMISO
from blind64_layouts_content import SM_MONTHS, SS_MONTHS
from council_layouts_gold import Doc

# ---------------------------------------------------------------- an American Samoan pulenu'u from Outlook for iOS

VILLAGES = (
    ("Leone", "Tauiliili Lemalu Faamausili", "leone", "699-4410"),
    ("Nu'uuli", "Fuimaono Saoluaga Letuli", "nuuuli", "699-2275"),
    ("Aunu'u", "Sagapolutele Pago Misiaita", "aunuu", "699-5081"),
    ("Fitiuta", "Tuiolemotu Faleagafulu Liu", "fitiuta", "699-6134"),
)


def eml_outlook_ios_afa_pulenuu_as(doc: Doc) -> bytes:
    """The mayor's cyclone report as Outlook for iOS sends it, HTML with its plain text."""
    when = report_day(doc)
    village, mayor, box, phone = VILLAGES[AFA.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day} {SM_MONTHS[when.month - 1]} {when.year}"
    lines = ["Talofa lava Afioga i le Failautusi,", "",
             f"O lenei ua ou auina atu le lipoti numera {doc.number} o le tulaga o le nuu o {village} ina ua mavae le "
             f"afa, e oo mai i le itula e 5 i le afiafi o le aso nei {day}.", ""]  # fmt: skip
    for s in doc.sections:
        lines.append(s.heading)
        lines += [f"- {it.text}" for it in s.items]
        lines.append("")
    lines += ["Faafetai tele,", "", mayor, f"Pulenu'u o {village}", f"Tel: (684) {phone}"]
    html = "".join(f'<div dir="ltr">{escape(line) if line else "<br>"}</div>' for line in lines)
    html += ('<div dir="ltr"><br></div><div id="ms-outlook-mobile-signature"><div><br></div>Get <a '
             'href="https://aka.ms/o0ukef">Outlook for iOS</a></div>')  # fmt: skip
    msg = EmailMessage()
    msg["From"] = f"{mayor} <pulenuu.{box}@samoanaffairs.as.gov>"
    msg["To"] = '"Matagaluega o Mataupu Tau Samoa" <secretary@samoanaffairs.as.gov>'
    msg["CC"] = '"TEMCO EOC" <eoc@temco.as.gov>'
    msg["Subject"] = f"Lipoti o le Tulaga #{doc.number} - Afa - Nuu o {village}"
    msg["Thread-Topic"] = f"Lipoti o le Tulaga #{doc.number} - Afa - Nuu o {village}"
    msg["Thread-Index"] = f"AQHc{h:08X}{doc.number:02d}Yw=="
    sent = when + timedelta(days=1)  # the evening's report, in Exchange's UTC the next morning
    msg["Date"] = f"{sent:%a, %d %b %Y} {4 + h % 2:02d}:{h % 50 + 10:02d}:{h % 60:02d} +0000"
    msg["Message-ID"] = (
        f"<SA1PR09MB{h % 10**4:04d}{doc.number}E4B1F8A9C2D7@SA1PR09MB{h % 9000 + 1000}.namprd09.prod.outlook.com>"
    )
    msg["Accept-Language"] = "en-US"
    msg["X-MS-Has-Attach"] = ""
    msg["X-MS-TNEF-Correlator"] = ""
    msg.set_content("\n".join(lines) + "\n\nGet Outlook for iOS<https://aka.ms/o0ukef>\n", cte="quoted-printable")
    msg.add_alternative('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                        f"{html}</body></html>", subtype="html", cte="quoted-printable")  # fmt: skip
    msg["Content-Language"] = "en-US"
    return bytes(msg)


# ---------------------------------------------------------------- an Eswatini Inkhundla from Kerio Connect

TINKHUNDLA = (
    ("Siteki", "Lubombo", "Nobuhle Dlamini", "2343 4120"),
    ("Lubuli", "Lubombo", "Sibusiso Maseko", "2343 7031"),
    ("Sigwe", "Shiselweni", "Thembi Nxumalo", "2207 2215"),
    ("Matsanjeni", "Shiselweni", "Mandla Simelane", "2207 9048"),
)
DISCLAIMER = ("DISCLAIMER: This e-mail and any files transmitted with it are confidential and intended solely for the "
              "use of the addressee. If you have received it in error, please notify the sender. Government of the "
              "Kingdom of Eswatini.")  # fmt: skip


def eml_kerio_somiso_inkhundla_sz(doc: Doc) -> bytes:
    """The Inkhundla's weekly drought report as Kerio Connect's webmail sends it, plain text only."""
    when = report_day(doc)
    centre, region, secretary, phone = TINKHUNDLA[SOMISO.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day} {SS_MONTHS[when.month - 1]} {when.year}"
    lines = ["Mphatsi weSifundza loHloniphekile,", "",
             f"Nangu umbiko wesomiso wesiviki weNkhundla yase{centre}. Umbiko nombolo {doc.number}, lusuku: {day}.",
             ""]  # fmt: skip
    for s in doc.sections:
        lines.append(s.heading)
        lines += [f"* {it.text}" for it in s.items]
        lines.append("")
    lines += ["Ngiyabonga.", "", secretary, "Nobhala weNkhundla", f"Inkhundla yase{centre}", f"Lucingo: +268 {phone}",
              "", "--", DISCLAIMER]  # fmt: skip
    mailbox = f"{centre.lower()}.inkhundla"
    msg = EmailMessage()
    msg["From"] = f'"{secretary}" <{mailbox}@gov.sz>'
    msg["To"] = f'"Mphatsi weSifundza sase{region}" <ra.{region.lower()}@gov.sz>'
    msg["Cc"] = f"ndma.{region.lower()}@ndma.org.sz"
    msg["Subject"] = f"UMBIKO WESOMISO NOMB. {doc.number} - INKHUNDLA YASE{centre.upper()}"
    msg["Date"] = f"{when:%a, %d %b %Y} 15:{h % 50 + 10:02d}:{h % 60:02d} +0200"
    msg["Message-ID"] = f"<{h:08x}-{doc.number:04d}-{when:%Y%m%d}@mail.gov.sz>"
    msg["X-Mailer"] = "Kerio Connect 10.0.6 WebMail"
    msg["X-Priority"] = "3"
    msg.set_content("\n".join(lines) + "\n", cte="8bit")
    return bytes(msg)
