"""Mail writer of the ``blind71_layouts`` set: a Réunion commune's chikungunya report sent from the BlueMind webmail of
the town hall, its HTML and the plain text the webmail makes of it.

A commune of the south of La Réunion (its crisis cell under the mayor, which works with the regional health agency's
vector control teams, the prefecture's zonal staff and the communal social action centre) in an epidemic of
chikungunya: the weekly "point de situation" written by the head of the crisis cell in the BlueMind webmail that the
town hall's mail runs on (``User-Agent`` "BlueMind Webmail", ``multipart/alternative``, the HTML in ``<div>`` lines
in Arial 10 pt, the plain text with its points after "* ") — "Bonjour à toutes et à tous," and the covering sentence
with the report's number and day, each section's name bold and underlined on a line of its own, the summary as lines,
the other points a list, "Actions engagées :" in bold; "Bien cordialement,", the signature block, the town hall's
address, and the notice of confidentiality under a rule. "3 978 €", "1,46 M€", "1 250", "12 %", "16 mars",
"(point précédent : 5)".
"""

from __future__ import annotations

import zlib
from email.message import EmailMessage
from html import escape

from blind7_layouts_content import report_day
from blind71_layouts_banks_south import CHIKUNGUNYA
from blind71_layouts_content import FR_MONTHS, parts
from council_layouts_gold import Doc

COMMUNES = (
    ("Saint-Pierre", "saintpierre.re", "Jean-Marc Payet", "Direction de la prévention et de la sécurité",
     "2 rue Méziaire Guignard – 97410 Saint-Pierre", "0262 35 40 12"),
    ("Le Tampon", "letampon.fr", "Nathalie Hoarau", "Direction de la sécurité et de la gestion des risques",
     "256 rue Hubert Delisle – 97430 Le Tampon", "0262 57 86 20"),
    ("Saint-Louis", "saintlouis.re", "Didier Fontaine", "Service prévention des risques majeurs",
     "Rue du Général de Gaulle – 97450 Saint-Louis", "0262 91 52 30"),
    ("Saint-Joseph", "saintjoseph.re", "Sabine Grondin", "Cellule de veille sanitaire communale",
     "1 rue Raphaël Babet – 97480 Saint-Joseph", "0262 35 80 40"),
)  # fmt: skip
DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
CONFIDENTIAL = ("Ce message et ses éventuelles pièces jointes sont confidentiels et établis à l'attention exclusive "
                "de leurs destinataires. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le "
                "supprimer.")  # fmt: skip
DIV = '<div style="font-family: Arial, Helvetica, sans-serif; font-size: 10pt;">{}</div>'


def eml_bluemind_chikungunya_commune_re(doc: Doc) -> bytes:
    """The crisis cell's chikungunya report as the BlueMind webmail sends it, HTML with its plain text."""
    when = report_day(doc)
    town, host, head, service, address, phone = COMMUNES[CHIKUNGUNYA.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{DAYS[when.weekday()]} {when.day} {FR_MONTHS[when.month - 1]}"
    greeting = "Bonjour à toutes et à tous,"
    opening = (f"Veuillez trouver ci-dessous le point de situation n° {doc.number} de la commune sur l'épidémie de "
               f"chikungunya, arrêté au {day} à 12h.")  # fmt: skip
    sign = ["Bien cordialement,", "", head, "Responsable de la cellule de crise communale", service,
            f"Ville de {town} – Île de La Réunion", address, f"Tél. : {phone}"]  # fmt: skip
    plain, html = [greeting, "", opening, ""], [DIV.format(escape(greeting)), DIV.format("<br>"),
                                                DIV.format(escape(opening)), DIV.format("<br>")]  # fmt: skip
    for s in doc.sections:
        plain.append(s.heading)
        html.append(DIV.format(f"<b><u>{escape(s.heading)}</u></b>"))
        if s.key == "highlights":
            for it in s.items:
                plain.append(it.text)
                html.append(DIV.format(escape(it.text)))
        else:
            entries = []
            for it in s.items:
                risk, lead, rest = parts(it, "re")
                plain.append(f"* {it.text}")
                text = f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)
                entries.append(f"<li>{text}</li>")
            html.append(f'<ul style="font-family: Arial, Helvetica, sans-serif; font-size: 10pt;">{"".join(entries)}'
                        "</ul>")  # fmt: skip
        plain.append("")
        html.append(DIV.format("<br>"))
    plain += [*sign, "", "-- ", CONFIDENTIAL]
    html += [DIV.format(escape(line) if line else "<br>") for line in sign]
    html.append(f'<hr><div style="font-family: Arial; font-size: 8pt; color: #808080;">{escape(CONFIDENTIAL)}</div>')
    msg = EmailMessage()
    msg["From"] = f"{head} <cellule.crise@{host}>"
    msg["To"] = "EMZPCOI - COZ <emzpcoi-coz@reunion.pref.gouv.fr>, ARS La Reunion - LAV <ars-reunion-lav@ars.sante.fr>"
    msg["Cc"] = f"Cabinet du Maire <cabinet@{host}>, CCAS {town} <direction@ccas-{host}>"
    msg["Subject"] = f"[Chikungunya] Point de situation n° {doc.number} – Ville de {town} – {when:%d/%m/%Y}"
    msg["Date"] = f"{when:%a, %d %b %Y} 12:{h % 45 + 10:02d}:{h % 60:02d} +0400"
    msg["Message-ID"] = f"<{h:08x}.{doc.number}.{h % 99991}@bm.{host}>"
    msg["User-Agent"] = "BlueMind Webmail"
    msg["X-Bm-Draft-Uid"] = f"{h % 90000 + 10000}"
    msg.set_content("\r\n".join(plain) + "\r\n", cte="quoted-printable")
    msg.add_alternative("<html><head></head><body>" + "\r\n".join(html) + "</body></html>", subtype="html",
                        cte="quoted-printable")  # fmt: skip
    return bytes(msg)
