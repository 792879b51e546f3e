"""Table writer of the ``blind63_layouts`` set: a Curaçao fire station's bush-fire report, a range of an Excel sheet
pasted into an Outlook mail.

A fire station of Curaçao's fire service (Brandweer Kòrsou) in a season of bush fires ("kandela den mondi"): the
station commander's daily report to the island's emergency operations centre, kept in Papiamentu on an Excel sheet
and sent by pasting its range into a mail in Outlook 16 with Dutch menus (an HTML part in Word's "filtered medium"
markup and Outlook's plain text) — "Bon dia EOC," and a line saying what the table holds, then the pasted range as
Word turns it into a table: the sheet's title and the station's line in merged cells over the header row "Tema |
Informashon | Ora" (white on dark blue), each section's name in the Tema cell merged down over its points (bold, light
blue, at the top), each point a row of its own with its text in the Informashon cell and the hour it was entered in
the Ora cell, "Medida tumá:" in bold in a risk's cell; "Pa mas informashon, yama mi.", "Saludos," and the commander's
signature with the service, telephone and the government's Dutch disclaimer. In the plain text the table's rows are
lines of cells divided by tabs. "Cg 1.387", "Cg 1,25 mion", "1.250", "16 di aprel", "(informe anterior: 5)".
"""

from __future__ import annotations

import zlib
from email.message import EmailMessage
from html import escape

from blind7_layouts_content import report_day
from blind63_layouts_banks_isles import KANDELA
from blind63_layouts_content import parts
from council_layouts_gold import Doc

STATIONS = (
    ("Barber", "Ramon Martina", "ramon.martina", "864 2210"),
    ("Rio Canario", "Gisela Rosaria", "gisela.rosaria", "737 4400"),
    ("Brievengat", "Edsel Isenia", "edsel.isenia", "737 9112"),
    ("Hato", "Marlon Cijntje", "marlon.cijntje", "868 1577"),
)
HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" \
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" \
xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8">\
<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--
/* Font Definitions */
@font-face
\t{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
\t{font-family:Calibri;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;
\tmso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\tcolor:#0563C1;
\ttext-decoration:underline;}
span.E-mailStijl17
\t{mso-style-type:personal-compose;
\tfont-family:"Calibri",sans-serif;
\tcolor:windowtext;}
.MsoChpDefault
\t{mso-style-type:export-only;
\tfont-family:"Calibri",sans-serif;
\tmso-fareast-language:EN-US;}
@page WordSection1
\t{size:612.0pt 792.0pt;
\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
\t{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]--></head>"""
WIDTHS = (118, 452, 46)  # the sheet's columns A, B and C in points
BORDER = "border:solid windowtext 1.0pt"
DISCLAIMER = ("Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Indien u niet de geadresseerde bent, "
              "wordt u verzocht de afzender te informeren en het bericht te verwijderen. Aan dit bericht kunnen geen "
              "rechten worden ontleend.")  # fmt: skip


def _p(text: str, style: str = "", bold: bool = False) -> str:
    inner = f"<b>{text}</b>" if bold else text
    span = f"<span style='{style}'>{inner}<o:p></o:p></span>" if style else f"{inner}<o:p></o:p>"
    return f"<p class=MsoNormal>{span}</p>"


def _td(col: int, inner: str, style: str = "", rowspan: int = 1, span: int = 1, align: str = "") -> str:
    width = sum(WIDTHS[col : col + span])
    attrs = f" colspan={span}" if span > 1 else ""
    attrs += f" rowspan={rowspan}" if rowspan > 1 else ""
    para = f"<p class=MsoNormal{f' align={align} style=text-align:{align}' if align else ''}>{inner}</p>"
    return (f"<td width={round(width * 4 / 3)}{attrs} valign=top style='width:{width}.0pt;{style};padding:0cm 3.5pt "
            f"0cm 3.5pt'>{para}</td>")  # fmt: skip


def _cell_text(it) -> str:
    risk, lead, rest = parts(it, "pap")
    if lead:
        return (f"<span style='color:black'>{escape(risk)} </span><b><span style='color:black'>{escape(lead)}</span>"
                f"</b><span style='color:black'> {escape(rest)}<o:p></o:p></span>")  # fmt: skip
    return f"<span style='color:black'>{escape(it.text)}<o:p></o:p></span>"


def eml_outlook_excel_kandela_cw(doc: Doc) -> bytes:
    """The station's bush-fire report as the Outlook mail holding the range pasted from its Excel sheet."""
    when = report_day(doc)
    station, commander, mailbox, phone = STATIONS[KANDELA.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when:%d-%m-%Y}"
    title = f"INFORME DI SITUASHON NR. {doc.number} – KANDELA DEN MONDI"
    lead = f'<b><span style="font-size:14.0pt;color:#1F4E78">{title}<o:p></o:p></span></b>'
    line = f"Kazerne {station} – {day} – situashon te ku 18:00 or"
    sub = f"<i><span style='color:#595959'>{line}<o:p></o:p></span></i>"
    rows = [
        f"<tr style='height:18.75pt'>{_td(0, lead, 'border:none', span=3)}</tr>",
        f"<tr style='height:15.0pt'>{_td(0, sub, 'border:none', span=3)}</tr>",
    ]
    header = "background:#1F4E78"
    rows.append("<tr style='height:15.0pt'>" + "".join(
        _td(c, f"<b><span style='color:white'>{t}<o:p></o:p></span></b>", f"{BORDER};{header}")
        for c, t in enumerate(("Tema", "Informashon", "Ora"))) + "</tr>")  # fmt: skip
    text = [title, line, "Tema\tInformashon\tOra"]
    for s in doc.sections:
        for k, it in enumerate(s.items):
            stamp = zlib.crc32(it.thread.encode())
            hour = f"{7 + stamp % 11:02d}:{stamp % 4 * 15:02d}"
            cells = ""
            if k == 0:
                cells += _td(0, f"<b><span style='color:#1F4E78'>{escape(s.heading)}<o:p></o:p></span></b>",
                             f"{BORDER};background:#DDEBF7", rowspan=len(s.items))  # fmt: skip
            cells += _td(1, _cell_text(it), BORDER)
            cells += _td(2, f"<span style='color:black'>{hour}<o:p></o:p></span>", BORDER, align="center")
            rows.append(f"<tr style='height:15.0pt'>{cells}</tr>")
            text.append(f"{s.heading if k == 0 else ''}\t{it.text}\t{hour}")
    table = (f"<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width={round(sum(WIDTHS) * 4 / 3)} "
             f"style='width:{sum(WIDTHS)}.0pt;border-collapse:collapse'>{''.join(rows)}</table>")  # fmt: skip
    first = commander.split()[0]
    grey = "font-size:9.0pt;color:#7F7F7F"
    body = [_p("Bon dia EOC,"), _p("&nbsp;"),
            _p(f"Aki bou boso ta haña e informe di situashon nr. {doc.number} di Kazerne {station} tokante e kandela "
               f"den mondi, te ku 18:00 or di awe ({day})."), _p("&nbsp;"), table, _p("&nbsp;"),
            _p("Pa mas informashon, yama mi."), _p("&nbsp;"), _p("Saludos,"), _p(first), _p("&nbsp;"),
            _p(f"{commander}", "color:#1F4E78", True), _p(f"Komandante di Kazerne {station}", "color:#1F4E78"),
            _p("Brandweer Kòrsou | Gobièrnu di Kòrsou", "color:#1F4E78"),
            _p(f"Tel.: +599 9 {phone} | E-mail: <a href=\"mailto:{mailbox}@gobiernu.cw\">{mailbox}@gobiernu.cw</a>",
               "color:#1F4E78"), _p("&nbsp;"), _p(DISCLAIMER, grey)]  # fmt: skip
    html = (f"{HEAD}<body lang=NL link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'>"
            f"<div class=WordSection1>{''.join(body)}</div></body></html>")  # fmt: skip
    plain = ["Bon dia EOC,", "", f"Aki bou boso ta haña e informe di situashon nr. {doc.number} di Kazerne {station} "
             f"tokante e kandela den mondi, te ku 18:00 or di awe ({day}).", "", *text, "",
             "Pa mas informashon, yama mi.", "", "Saludos,", first, "", commander, f"Komandante di Kazerne {station}",
             "Brandweer Kòrsou | Gobièrnu di Kòrsou", f"Tel.: +599 9 {phone} | E-mail: {mailbox}@gobiernu.cw", "",
             DISCLAIMER]  # fmt: skip
    msg = EmailMessage()
    msg["From"] = f'"{commander.split()[1]}, {first} (Brandweer)" <{mailbox}@gobiernu.cw>'
    msg["To"] = '"EOC Kòrsou" <eoc@gobiernu.cw>'
    msg["CC"] = '"Kòmandante Brandweer" <kmd.brandweer@gobiernu.cw>'
    msg["Subject"] = f"Informe di situashon nr. {doc.number} - Kandela den mondi - Kazerne {station}"
    msg["Thread-Topic"] = f"Informe di situashon nr. {doc.number} - Kandela den mondi - Kazerne {station}"
    msg["Thread-Index"] = f"AdrM{h:08X}Q{doc.number}w=="
    msg["Date"] = f"{when:%a, %d %b %Y} 18:{10 + h % 40:02d}:{h % 60:02d} -0400"
    msg["Message-ID"] = f"<DM6PR13MB{h % 10**7:07d}{doc.number}A6F4C2E0A4E2@DM6PR13MB{h % 9000 + 1000}.namprd13.prod>"
    msg["Accept-Language"] = "nl-NL, en-US"
    msg["Content-Language"] = "nl-NL"
    msg["X-MS-Has-Attach"] = ""
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg.set_content("\n".join(plain) + "\n", cte="quoted-printable")
    msg.add_alternative(html, subtype="html", cte="quoted-printable")
    return bytes(msg)
