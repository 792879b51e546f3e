"""Mail writers of the ``blind68_layouts`` set: a Brazzaville neighbourhood committee's erosion report typed in
Lingala on a telephone in Spark, and a New Caledonian medico-social centre's dengue bulletin written in the SOGo
webmail of the Province Nord.

A neighbourhood committee of Brazzaville (comité de quartier, the chief of a quartier and the residents' committee
round him, working with the mayor's office of its arrondissement) in a rainy season when the erosion gullies
("mabulu ya érosion") eat the sandy hills: the chief's report to the arrondissement's crisis cell, typed in Lingala
on his telephone in Spark (Readdle's ``@Spark`` message ids, its ``messageBodySection`` and ``messageSignatureSection``
blocks, one ``<div dir="auto">`` of lines broken by ``<br />``, and the plain text beside it) — "Mbote na bino Tata
Maire," and the sentence with the report's number, quartier and day, then each section's name in bold on a line of
its own, the summary as lines, the other points a bulleted list ("• " in the plain text), "Oyo tosali:" in its risk's
point; "Matondo mingi,", the chief's name, post, committee, arrondissement and telephone in the signature block.
"2 584 000 FCFA", "1 250", "16 sanza ya zomi na moko", "(rapport oyo eleki: 5)".

A medico-social centre (centre médico-social, CMS) of New Caledonia's Province Nord, which runs the fight against
mosquitoes with its commune, in a dengue epidemic: the coordinating nurse's weekly "point de situation" to the mayor,
written in the SOGo webmail (``User-Agent: SOGoMail``, its ``X-Forward`` header, the HTML of CKEditor's paragraphs and
lists and the plain text SOGo makes of it) — "Monsieur le Maire," and the sentence with the report's number and day,
then each section's number and name in bold ("1. Faits marquants"), the summary as paragraphs, the other points a
list ("- " in the plain text), "Actions engagées :" in bold; "Bien cordialement," and the signature after "-- ": name,
post, centre, directorate and telephone. "13 232 130 F CFP", "13,2 millions F CFP", "1 250", "16 mars",
"(point précédent : 5)".
"""

from __future__ import annotations

import unicodedata
import zlib
from email.message import EmailMessage
from functools import partial
from html import escape as _escape

from blind7_layouts_content import report_day
from blind68_layouts_banks_africa import MABULU
from blind68_layouts_banks_oceania import DENGUE
from blind68_layouts_content import FR_MOIS, LN_MONTHS, parts
from council_layouts_gold import Doc

escape = partial(_escape, quote=False)

# ---------------------------------------------------------------- a Brazzaville quartier's chief from Spark

QUARTIERS = (
    ("Kombé", "8", "Madibou", "Jean-Pierre Mabiala", "06 612 34 56"),
    ("Ngamaba", "7", "Mfilou", "Florent Nkounkou", "05 538 21 90"),
    ("Massengo", "9", "Djiri", "Gisèle Okemba", "06 874 02 33"),
    ("Mikalou", "6", "Talangaï", "Serge Ngoma", "05 301 77 48"),
)


def _uuid(h: int, n: int) -> str:
    return f"{h:08x}-{h % 65536:04x}-4{n:03x}-{(h >> 7) % 4096 + 32768:04x}-{h % 10**12:012x}"


def eml_spark_mabulu_quartier_cg(doc: Doc) -> bytes:
    """The quartier chief's erosion report as Spark sends it from a telephone, HTML with its plain text."""
    when = report_day(doc)
    quartier, number, arr, chief, phone = QUARTIERS[MABULU.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day} {LN_MONTHS[when.month - 1]} {when.year}"
    opening = (f"Nazali kotindela bino rapport ya mabulu ya érosion nimero {doc.number} ya quartier {quartier}, ya "
               f"mokolo {day}.")  # fmt: skip
    sign = ["Matondo mingi,", "", chief, "Chef de quartier", f"Comité de quartier de {quartier}",
            f"Arrondissement {number} {arr}, Brazzaville", f"Tél. : +242 {phone}"]  # fmt: skip
    plain = ["Mbote na bino Tata Maire,", "", opening, ""]
    html = f"Mbote na bino Tata Maire,<br />\n<br />\n{escape(opening)}<br />\n<br />\n"
    for s in doc.sections:
        plain.append(s.heading)
        html += f"<b>{escape(s.heading)}</b><br />\n"
        if s.key == "highlights":
            plain += [it.text for it in s.items]
            html += "".join(f"{escape(it.text)}<br />\n" for it in s.items) + "<br />\n"
        else:
            points = []
            for it in s.items:
                risk, lead, rest = parts(it, "cg")
                plain.append(f"• {it.text}")
                points.append(f"<li>{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}</li>" if lead
                              else f"<li>{escape(it.text)}</li>")  # fmt: skip
            html += "<ul>\n" + "\n".join(points) + "\n</ul>\n"
        plain.append("")
    plain += sign
    signature = "<br />\n".join(escape(line) for line in sign[2:])
    page = ('<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<title></title>\n</head>\n<body>\n'
            f'<div name="messageBodySection">\n<div dir="auto">{html}Matondo mingi,</div>\n</div>\n'
            f'<div name="messageSignatureSection"><br />\n<div class="matchFont">{signature}</div>\n</div>\n'
            "</body>\n</html>\n")  # fmt: skip
    msg = EmailMessage()
    msg["Date"] = f"{when:%a, %d %b %Y} 17:{h % 50 + 10:02d}:{h % 60:02d} +0100"
    box = unicodedata.normalize("NFKD", f"{chief.split()[-1]}.{quartier}").encode("ascii", "ignore").decode()
    msg["From"] = f"{chief} <{box.lower()}@gmail.com>"
    msg["To"] = f"Mairie de {arr} - Cellule de crise <cellulecrise.mairie{arr.lower()[:4]}@gmail.com>"
    msg["Message-ID"] = f"<{_uuid(h, doc.number)}@Spark>"
    msg["Subject"] = f"Rapport mabulu ya érosion no {doc.number} - Quartier {quartier}"
    msg["X-Readdle-Message-ID"] = f"{_uuid(h, doc.number)}@Spark"
    msg["MIME-Version"] = "1.0"
    msg.set_content("\n".join(plain) + "\n", cte="quoted-printable")
    msg.add_alternative(page, subtype="html", cte="quoted-printable")
    return bytes(msg)


# ---------------------------------------------------------------- a New Caledonian CMS from the SOGo webmail

CENTRES = (
    ("Koné", "Mireille Poigoune", "secretariat@mairie-kone.nc", "47 72 15"),
    ("Poindimié", "Josiane Tiaou", "mairie@poindimie.nc", "42 71 31"),
    ("Canala", "Paul Kasarhérou", "mairie@canala.nc", "42 31 40"),
    ("Koumac", "Céline Wahéo", "accueil@mairie-koumac.nc", "47 61 22"),
)
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
NBSP = "\u00a0"


def eml_sogo_dengue_cms_nc(doc: Doc) -> bytes:
    """The centre's weekly dengue bulletin as the SOGo webmail sends it, HTML with its plain text."""
    when = report_day(doc)
    town, nurse, mayor_box, phone = CENTRES[DENGUE.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{JOURS[when.weekday()]} {when.day} {FR_MOIS[when.month - 1]} {when.year}"
    opening = (f"Veuillez trouver ci-dessous le point de situation n°{NBSP}{doc.number} sur l'épidémie de dengue "
               f"dans la commune, arrêté au {day}.")  # fmt: skip
    sign = [nurse, "Infirmière coordinatrice", f"Centre médico-social de {town}",
            "Direction des affaires sanitaires et sociales – Province Nord", f"Tél. : {phone}"]  # fmt: skip
    plain = ["Monsieur le Maire,", "", opening, ""]
    html = [f"<p>Monsieur le Maire,</p>\n<p>{escape(opening)}</p>"]
    for s in doc.sections:
        plain += [s.heading, ""]
        html.append(f"<p><strong>{escape(s.heading)}</strong></p>")
        if s.key == "highlights":
            for it in s.items:
                plain += [it.text, ""]
                html.append(f"<p>{escape(it.text)}</p>")
            continue
        points = []
        for it in s.items:
            risk, lead, rest = parts(it, "nc")
            plain.append(f"- {it.text}")
            points.append(f"<li>{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}</li>" if lead
                          else f"<li>{escape(it.text)}</li>")  # fmt: skip
        plain.append("")
        html.append("<ul>\n" + "\n".join(points) + "\n</ul>")
    plain += ["Bien cordialement,", "", "-- ", *sign]
    html.append("<p>Bien cordialement,</p>\n<p>-- <br />" + "<br />".join(escape(line) for line in sign) + "</p>")
    msg = EmailMessage()
    msg["Subject"] = f"Point de situation dengue n° {doc.number} - CMS de {town} - semaine {when.isocalendar()[1]}"
    msg["From"] = f'"{nurse}" <cms.{town.lower().replace("é", "e")}@province-nord.nc>'
    msg["To"] = f'"Monsieur le Maire de {town}" <{mayor_box}>'
    msg["Cc"] = "veille.sanitaire@gouv.nc"
    msg["Date"] = f"{when:%a, %d %b %Y} 15:{h % 50 + 10:02d}:{h % 60:02d} +1100"
    msg["Message-Id"] = f"<{h % 4096:x}-{h:08x}-{doc.number}-{(h >> 3) & 0xFFFFFFF:07x}0@{h % 10**9}>"
    msg["User-Agent"] = "SOGoMail 5.11.2"
    msg["X-Forward"] = f"10.20.{h % 200 + 10}.{h % 250 + 3}"
    msg["MIME-Version"] = "1.0"
    msg.set_content("\n".join(plain) + "\n", cte="quoted-printable")
    msg.add_alternative(
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
        "<body>" + "\n".join(html) + "</body></html>",
        subtype="html",
        cte="quoted-printable",
    )
    return bytes(msg)
