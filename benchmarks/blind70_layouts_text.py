"""Text writer of the ``blind70_layouts`` set: an upper Maroni commune's drought report typed in TextEdit on a Mac
and saved as plain text (UTF-8, Unix line ends, no wrapping).

A commune of the upper Maroni in French Guiana (its crisis cell under the mayor, which reports to the sub-prefecture
of Saint-Laurent-du-Maroni and works with the Collectivité territoriale, the regional health agency and the
fire and rescue service) in a drought that leaves the river too low for the pirogues that bring its food, fuel and
pupils: the "point de situation" typed by the director general of services in TextEdit set to plain text, sent as an
attachment over the town hall's satellite link — the commune and its crisis cell in capitals, the title with its
number, the place, day and hour, "Destinataires :" and "Rédacteur :"; then each section's number and name in capitals
on a line of its own ("1) RÉSUMÉ"), the summary as lines, the other points after "- ", "Actions en cours :" in the
point; "Le Maire," and his name, "P.J. : néant". "3 978 €", "1,46 M€", "1 250", "12 %", "16 octobre",
"(dernier point : 5)".
"""

from __future__ import annotations

from blind7_layouts_content import report_day
from blind70_layouts_banks_inland import SECHERESSE
from blind70_layouts_content import FR_MONTHS
from council_layouts_gold import Doc

COMMUNES = (
    ("MARIPASOULA", "Maripasoula", "Marcel Tolinga"),
    ("PAPAÏCHTON", "Papaïchton", "Hélène Aloïke"),
    ("GRAND-SANTI", "Grand-Santi", "Raymond Adjaïna"),
    ("APATOU", "Apatou", "Sylvio Pinas"),
)


def txt_textedit_secheresse_commune_gf(doc: Doc) -> bytes:
    """The crisis cell's drought report as the TextEdit plain text sent to the sub-prefecture."""
    when = report_day(doc)
    caps, town, mayor = COMMUNES[SECHERESSE.organisations.index(doc.organisation)]
    commune = f"COMMUNE D'{caps}" if caps[0] in "AEIOU" else f"COMMUNE DE {caps}"
    out = [commune, "CELLULE DE CRISE COMMUNALE - SÉCHERESSE / ÉTIAGE DU MARONI", "",
           f"POINT DE SITUATION N° {doc.number}", f"{town}, le {when.day} {FR_MONTHS[when.month - 1]} {when.year} "
           "à 16h00", "",
           "Destinataires : Sous-préfecture de Saint-Laurent-du-Maroni (cellule de crise), Préfecture de la Guyane "
           "(EMIZ), CTG, ARS Guyane",
           "Rédacteur : DGS", "", ""]  # fmt: skip
    for s in doc.sections:
        out.append(s.heading)
        out += [it.text if s.key == "highlights" else f"- {it.text}" for it in s.items]
        out.append("")
    out += ["", "Le Maire,", mayor, "", "P.J. : néant", ""]
    return "\n".join(out).encode("utf-8")
