"""Mail writers of the ``blind66_layouts`` set: a Gambian ward development committee's flood report typed in Wolof in
eM Client, and a Bangui arrondissement crisis committee's cholera report typed in Sango on a telephone in BlueMail.

A ward development committee (WDC) of the Gambia, which plans and acts for its ward with the area council, in a
season of floods: the committee secretary's evening report to the area council's disaster focal point, typed in Wolof
in eM Client on the committee's Gmail account (eM Client's ``User-Agent``, its HTML of ``<div>`` lines with the
``css_styles`` block, Segoe UI, and the plain text it writes beside it) — "Asalaa maalekum," and the sentence with the
report's number, ward, day and hour, then each section's number, a parenthesis and its name in bold on a line of its
own ("1) Li gën a am solo"), the summary as lines, the other points a bulleted list (" * " in the plain text), "Li ñu
def:" in bold in its risk's point; "Jërëjëf,", the secretary's name, post, ward and telephone. "D289,000",
"D106.25 million", "1,250", "16 Ut", "(rapoor bi weesu: 5)".

An arrondissement's crisis committee in Bangui (set up by the arrondissement's mayor with the health district, the
Central African Red Cross and the neighbourhood chiefs) in a cholera outbreak: the committee's health officer's weekly
report to the city hall's crisis cell, typed in Sango on an Android telephone in BlueMail (HTML of one ``<div
dir="auto">`` a line and its plain text) — "Balaô Monsieur le Maire," and the sentence with the report's number,
arrondissement and day, then each section's name typed in capitals on a line of its own ("ÂKOTA TËNË"), the summary
as lines, the other points numbered "1.", "2." under their section, "Ye so e sâra awe:" in its risk's line with no
bold; "Singîla mingi," the officer's name, post and telephone, "Get BlueMail for Android". "2 584 000 FCFA", "1 250",
"16 Mvuka", "(rapôro so ahö: 5)".
"""

from __future__ import annotations

import zlib
from email.message import EmailMessage
from html import escape

from blind7_layouts_content import report_day
from blind66_layouts_banks_africa import KOLERA, NDOX
from blind66_layouts_content import SG_MONTHS, WO_MONTHS, parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- a Gambian WDC from eM Client

WARDS = (
    ("Bakau New Town", "Kanifing Municipal Council", "kmc.gov.gm", "Fatou Jallow", "bakaunewtownwdc", "7712045"),
    ("Tallinding Kunjang", "Kanifing Municipal Council", "kmc.gov.gm", "Lamin K. Touray", "tallindingwdc",
     "3906218"),
    ("Brikama North", "Brikama Area Council", "bac.gm", "Isatou Ceesay", "brikamanorthwdc", "2654403"),
    ("Sukuta", "Brikama Area Council", "bac.gm", "Ousman Sanneh", "sukutawdc", "7028816"),
)  # fmt: skip
EM_CSS = (
    '<style id="css_styles" type="text/css"><!--blockquote.cite { margin-left: 5px; margin-right: 0px; '
    "padding-left: 10px; padding-right:0px; border-left: 1px solid #cccccc }\nblockquote.cite2 {margin-left: "
    "5px; margin-right: 0px; padding-left: 10px; padding-right:0px; border-left: 1px solid #cccccc; margin-top: "
    "3px; padding-top: 0px; }\na img { border: 0px; }\nli[style='text-align: center;'], li[style='text-align: "
    "right;'] {  list-style-position: inside;}\nbody { font-family: Segoe UI; font-size: 12pt;   }\n.quote { "
    "margin-left: 1em; margin-right: 1em; border-left: 5px #ebebeb solid; padding-left: 0.3em; }\n--></style>"
)


def _div(text: str) -> str:
    return f"<div>{text}</div>" if text else "<div><br /></div>"


def eml_emclient_ndox_wdc_gm(doc: Doc) -> bytes:
    """The WDC secretary's flood report as eM Client sends it, HTML with its plain text."""
    when = report_day(doc)
    ward, council, domain, secretary, box, phone = WARDS[NDOX.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day} {WO_MONTHS[when.month - 1]} {when.year}"
    opening = (f"Maa ngi lay yónnee rapoor bu nimero {doc.number} bu WDC bu {ward} ci mbirum ndox mi, ba {day} ci "
               "juróom-benn waxtu ci ngoon.")  # fmt: skip
    closing = ["Jërëjëf,", "", secretary, "Secretary", f"{ward} Ward Development Committee", f"Tel: +220 {phone}"]
    plain = ["Asalaa maalekum,", "", opening, ""]
    html = [_div("Asalaa maalekum,"), _div(""), _div(escape(opening)), _div("")]
    for s in doc.sections:
        plain.append(s.heading)
        html.append(_div(f"<strong>{escape(s.heading)}</strong>"))
        if s.key == "highlights":
            plain += [it.text for it in s.items]
            html += [_div(escape(it.text)) for it in s.items]
        else:
            points = []
            for it in s.items:
                risk, lead, rest = parts(it, "gm")
                plain.append(f" * {it.text}")
                points.append(f"<li>{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}</li>" if lead
                              else f"<li>{escape(it.text)}</li>")  # fmt: skip
            html.append("<ul>" + "".join(points) + "</ul>")
        plain.append("")
        html.append(_div(""))
    plain += closing
    html.append('<div id="signature_old"><div style="font-family: Segoe UI; font-size: 12pt;">'
                + "".join(_div(escape(line)) for line in closing) + "</div></div>")  # fmt: skip
    msg = EmailMessage()
    msg["From"] = f'"{ward} WDC" <{box}@gmail.com>'
    msg["To"] = f'"Disaster Focal Point - {council}" <disaster@{domain}>'
    msg["Cc"] = f"chairman.{box}@gmail.com"
    msg["Subject"] = f"Rapoor ndox mi #{doc.number} - {ward} WDC"
    msg["Date"] = f"{when:%a, %d %b %Y} 18:{h % 50 + 10:02d}:{h % 60:02d} +0000"
    msg["Message-Id"] = f"<em{h:08x}-{h % 65536:04x}-4{doc.number:03d}-a1b2-{h % 10**12:012d}@{box}>"
    msg["Reply-To"] = f"{box}@gmail.com"
    msg["User-Agent"] = "eM_Client/9.2.2258.0"
    msg["Mime-Version"] = "1.0"
    msg.set_content("\n".join(plain) + "\n", cte="quoted-printable")
    msg.add_alternative(f"<html><head>{EM_CSS}</head><body>{''.join(html)}</body></html>", subtype="html",
                        cte="quoted-printable")  # fmt: skip
    return bytes(msg)


# ---------------------------------------------------------------- a Bangui crisis committee from BlueMail

ARRONDISSEMENTS = (
    ("3e", "Gervais Ndakala", "Chargé de la santé", "72 50 31 18"),
    ("5e", "Clarisse Yakondji", "Chargée de la santé", "75 04 62 90"),
    ("7e", "Prosper Gbazi", "Chargé de la santé", "72 19 83 44"),
    ("8e", "Nadège Kossi-Mbaye", "Point focal santé", "70 66 15 27"),
)


def eml_bluemail_kolera_arrond_cf(doc: Doc) -> bytes:
    """The committee's weekly cholera report as BlueMail sends it from a telephone, HTML with its plain text."""
    when = report_day(doc)
    arr, officer, post, phone = ARRONDISSEMENTS[KOLERA.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day} {SG_MONTHS[when.month - 1]} {when.year}"
    lines = ["Balaô Monsieur le Maire,", "",
             f"Mbi tokua na mo rapôro ti kobela ti kolera nimero {doc.number} ti {arr} arrondissement, ti lâ {day}.",
             ""]  # fmt: skip
    for s in doc.sections:
        lines.append(s.heading)
        if s.key == "highlights":
            lines += [it.text for it in s.items]
        else:
            lines += [f"{n}. {it.text}" for n, it in enumerate(s.items, 1)]
        lines.append("")
    lines += ["Singîla mingi,", officer, f"{post}, Comité de crise du {arr} arrondissement", f"+236 {phone}"]
    sign = "Get BlueMail for Android"
    html = "".join(f'<div dir="auto">{escape(line) if line else "<br>"}</div>' for line in lines)
    html += (
        '<div dir="auto"><br></div><div dir="auto">Get <a href="https://bluemail.me/download/">BlueMail for '
        "Android</a></div>"
    )
    msg = EmailMessage()
    msg["MIME-Version"] = "1.0"
    msg["Date"] = f"{when:%a, %d %b %Y} 16:{h % 50 + 10:02d}:{h % 60:02d} +0100"
    msg["From"] = f"{officer} <comitecrise.{arr}arr.bangui@gmail.com>"
    msg["To"] = "Cellule de crise Mairie de Bangui <cellulecrise.mairiebangui@gmail.com>"
    msg["Subject"] = f"Rapôro ti kolera no {doc.number} - {arr} arrondissement"
    msg["Message-ID"] = f"<{h:08x}-{h % 65536:04x}-{doc.number:04x}-b1e3-{h % 10**12:012x}@gmail.com>"
    msg.set_content("\n".join([*lines, "", sign]) + "\n", cte="quoted-printable")
    msg.add_alternative(f"<html><head></head><body>{html}</body></html>", subtype="html", cte="quoted-printable")
    return bytes(msg)
