"""Mail writer of the ``blind73_layouts`` set: a Zamboanga City barangay's brownout report sent from Mailspring on the
barangay hall's computer, in Chavacano, its HTML and the plain text the client makes of it.

A barangay of Zamboanga City (its punong barangay and the barangay disaster risk reduction and management committee,
the BDRRMC, which report to the City Disaster Risk Reduction and Management Office, the CDRRMO, and work with the
power cooperative ZAMCELCO, the water district ZCWD, the fire station and the barangay health workers) in rotating
brownouts in the hot season: the situation report written in Chavacano, with the English and Tagalog words the
offices use, by the barangay secretary in Mailspring (``multipart/alternative``, the HTML in ``<div>`` lines as the
client writes them, the plain text beside it) — "Buenas tardes, Sir/Ma'am:" and the covering sentence, each
section's letter and name in bold ("A. Resumen"), the summary as lines, the other points numbered by hand
("1. "), "Cosa ya hace:" in bold; "Muchas gracias y que Dios bendici con todos.", the punong barangay's name,
post, barangay and mobile, the BDRRMC hotline, the line "Sent from Mailspring". "PHP 84,240.00", "PHP 2.35
millon", "1,250", "16 de Abril", "(ultimo report: 5)".
"""

from __future__ import annotations

import zlib
from email.message import EmailMessage
from html import escape

from blind7_layouts_content import report_day
from blind73_layouts_banks_east import BROWNOUT
from blind73_layouts_content import CBK_MONTHS, parts
from council_layouts_gold import Doc

BARANGAYS = (
    ("Tetuan", "Hon. Ramon C. Atilano", "brgytetuan.zc@gmail.com", "0917 712 3340", "Rosalinda F. Climaco"),
    ("Tumaga", "Hon. Teresita L. Enriquez", "barangaytumaga2023@gmail.com", "0926 455 1187", "Mark Anthony Lim"),
    ("Putik", "Hon. Alberto S. Macrohon", "brgyputik.secretary@yahoo.com", "0908 331 2209", "Jennifer D. Sanson"),
    ("Santa Maria", "Hon. Cecilia R. Fabian", "stamaria.bdrrmc@gmail.com", "0995 620 7718", "Joel P. Torres"),
)  # fmt: skip
DIV = "<div>{}</div>"


def eml_mailspring_brownout_barangay_zc(doc: Doc) -> bytes:
    """The barangay's brownout report as Mailspring sends it, HTML with its plain text."""
    when = report_day(doc)
    name, captain, mail, mobile, secretary = BARANGAYS[BROWNOUT.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day} de {CBK_MONTHS[when.month - 1]} {when.year}"
    greeting = "Buenas tardes, Sir/Ma'am:"
    opening = (f"Aqui ta manda kame el Situation Report No. {doc.number} del Barangay {name} acerca del brownout, "
               f"hasta alas cuatro del tarde de {day}.")  # fmt: skip
    sign = ["Muchas gracias y que Dios bendici con todos.", "", captain, "Punong Barangay / Chairman, BDRRMC",
            f"Barangay {name}, Zamboanga City", f"Cel.: {mobile}", f"BDRRMC Hotline: 0935 {h % 900 + 100} "
            f"{h % 9000 + 1000}", f"Prepared by: {secretary}, Barangay Secretary"]  # fmt: skip
    plain = [greeting, "", opening, ""]
    html = [DIV.format(escape(greeting)), "<div><br></div>", DIV.format(escape(opening)), "<div><br></div>"]
    for s in doc.sections:
        plain.append(s.heading)
        html.append(DIV.format(f"<b>{escape(s.heading)}</b>"))
        for n, it in enumerate(s.items, 1):
            if s.key == "highlights":
                plain.append(it.text)
                html.append(DIV.format(escape(it.text)))
                continue
            risk, lead, rest = parts(it, "cbk")
            plain.append(f"{n}. {it.text}")
            text = f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)
            html.append(DIV.format(f"{n}. {text}"))
        plain.append("")
        html.append("<div><br></div>")
    plain += [*sign, "", "Sent from Mailspring"]
    html += [DIV.format(escape(line)) if line else "<div><br></div>" for line in sign]
    html.append('<div><br></div><div class="signature">Sent from <a href="https://getmailspring.com/">Mailspring</a>'
                "</div>")  # fmt: skip
    msg = EmailMessage()
    msg["From"] = f"Barangay {name} <{mail}>"
    msg["To"] = "CDRRMO Zamboanga City <cdrrmo.zamboangacity@gmail.com>"
    msg["Cc"] = "ZAMCELCO Customer Service <customerservice@zamcelco.com.ph>, BFP Zamboanga City <bfp.zc@gmail.com>"
    msg["Subject"] = f"SITREP No. {doc.number} - Brownout - Barangay {name} - {when:%m/%d/%Y}"
    msg["Date"] = f"{when:%a, %d %b %Y} 16:{h % 45 + 10:02d}:{h % 60:02d} +0800"
    msg["Message-ID"] = f"<{h:08x}-{doc.number}@getmailspring.com>"
    msg["X-Mailer"] = "Mailspring"
    msg.set_content("\n".join(plain) + "\n", cte="quoted-printable")
    msg.add_alternative("<html><head></head><body>" + "".join(html) + "</body></html>", subtype="html",
                        cte="quoted-printable")  # fmt: skip
    return bytes(msg)
