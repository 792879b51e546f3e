"""Mail writers of the ``blind69_layouts`` set: a Gibraltar tenants' association's storm update typed in Outlook for
Mac, and an Al Ain maintenance contractor's daily rain emergency report sent from Windows Live Mail.

A tenants' association of one of Gibraltar's government housing estates (the residents' committee that takes the
estate's repairs up with the Housing Works Agency and the Ministry for Housing) after torrential rain: the honorary
secretary's evening update to the agency, typed in Outlook for Mac (``Microsoft-MacOutlook/16.89``, the HTML Word
writes for it — "Microsoft Word 15 (filtered medium)", ``WordSection1``, ``MsoNormal`` paragraphs and
``MsoListParagraph`` entries — and Outlook's plain text beside it, its list entries after "  *   ") — "Dear Mr …,"
and the sentence with the update's number, day and hour, each section's name bold and underlined on a paragraph of its
own, the summary as paragraphs, the other points a bulleted list, "What's being done:" in bold; the thanks, "Kind
regards,", the secretary's name, post, association and telephones. "£3,400", "£1.25 million", "1,250",
"16 October", "(last update: 5)".

A maintenance contractor of Al Ain City Municipality (the company that keeps a sector's roads, drains and green areas
under the municipality's contract) in a rain emergency: the site engineer's daily report to the municipality's rain
emergency team sent from Windows Live Mail 2012 on the site office's computer (``X-Mailer`` "Microsoft Windows Live
Mail 16.4.3528.331", the ``X-MimeOLE`` line, its ``----=_NextPart_`` boundary, MSHTML's capital tags — one ``<DIV>`` a
line in Calibri — and the plain text) — "Dear Eng. …," and the sentence with the report's number, sector and hour,
each section's letter and name typed in capitals in bold ("A. GENERAL SUMMARY"), the summary as lines, the other
points numbered "1)", "2)" under their section, "Corrective action:" typed in the point; "Best Regards,", the
engineer's name, post, company, box and telephones and the company's disclaimer. "AED 15,980", "AED 1.25 million",
"1,250", "16th April", "(previous report: 5)".
"""

from __future__ import annotations

import zlib
from email.message import EmailMessage
from functools import partial
from html import escape as _escape

from blind7_layouts_content import MONTHS, report_day
from blind69_layouts_banks_straits import ESTATE, RAIN
from blind69_layouts_content import parts
from council_layouts_gold import Doc

escape = partial(_escape, quote=False)  # the mail programs leave quotes and apostrophes as they are

# ---------------------------------------------------------------- a Gibraltar tenants' association from Outlook for Mac

ESTATES = (
    ("Laguna Estate", "Mari Carmen Olivero", "lagunatenants", "200 41523", "5801 2374"),
    ("Glacis Estate", "Joe Bossino", "glacistenantsgib", "200 74418", "5400 8112"),
    ("Moorish Castle Estate", "Annie Pizzarello", "mcetenants", "200 72093", "5612 9045"),
    ("Varyl Begg Estate", "Kevin Ferro", "varylbeggta", "200 48871", "5811 3360"),
)
MAC_HEAD = (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
    'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta '
    'http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 '
    '(filtered medium)"><style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 '
    "4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, "
    'div.MsoNormal\n\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\np.MsoListParagraph, '
    "li.MsoListParagraph, div.MsoListParagraph\n\t{margin-top:0cm;\n\tmargin-right:0cm;\n\tmargin-bottom:0cm;\n\t"
    'margin-left:36.0pt;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\nspan.EmailStyle19\n\t'
    "{mso-style-type:personal-compose;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t"
    "{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n"
    "/* List Definitions */\n@list l0\n\t{mso-list-id:1437600192;\n\tmso-list-type:hybrid;}\n@list l0:level1\n\t"
    "{mso-level-number-format:bullet;\n\tmso-level-text:\uf0b7;\n\tmso-level-tab-stop:none;\n\tmso-level-number-"
    "position:left;\n\ttext-indent:-18.0pt;\n\tfont-family:Symbol;}\nul\n\t{margin-bottom:0cm;}\n--></style></head>"
)


def _mso(text: str = "", bold: bool = False) -> str:
    inner = f"<b><u>{text}</u></b>" if bold else text
    return f'<p class="MsoNormal">{inner or ""}<o:p>{"" if text else "&nbsp;"}</o:p></p>'


def eml_macoutlook_storm_tenants_gi(doc: Doc) -> bytes:
    """The association's storm update as Outlook for Mac sends it, HTML with its plain text."""
    when = report_day(doc)
    estate, secretary, box, phone, mobile = ESTATES[ESTATE.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day} {MONTHS[when.month - 1]}"
    greeting = "Dear Mr Ramagge,"
    opening = (f"Please find below the Association's update no. {doc.number} on the estate following the storm, as at "
               f"6pm today ({day}).")  # fmt: skip
    sign = [
        "Kind regards,",
        "",
        secretary,
        "Hon. Secretary",
        doc.organisation,
        f"Tel: +350 {phone} | Mob: +350 {mobile}",
    ]
    plain, html = [greeting, "", opening, ""], [_mso(greeting), _mso(), _mso(escape(opening)), _mso()]
    for s in doc.sections:
        plain.append(s.heading)
        html.append(_mso(escape(s.heading), bold=True))
        if s.key == "highlights":
            for it in s.items:
                plain.append(it.text)
                html.append(_mso(escape(it.text)))
        else:
            entries = []
            for it in s.items:
                risk, lead, rest = parts(it, "gi")
                plain.append(f"  *   {it.text}")
                body = f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)
                entries.append(f"<li class=\"MsoListParagraph\" style='margin-left:0cm;mso-list:l0 level1 lfo1'>"
                               f"{body}<o:p></o:p></li>")  # fmt: skip
            html.append("<ul style='margin-top:0cm' type=\"disc\">" + "".join(entries) + "</ul>")
        plain.append("")
        html.append(_mso())
    thanks = "Many thanks to everyone at the HWA for their help so far."
    plain += [thanks, "", *sign]
    html += [_mso(escape(thanks)), _mso()] + [_mso(escape(line)) for line in sign]
    msg = EmailMessage()
    msg["From"] = f"{secretary} <{box}@gmail.com>"
    msg["To"] = "Housing Works Agency <housingworks@gibraltar.gov.gi>"
    msg["CC"] = "Ministry for Housing <housing@gibraltar.gov.gi>"
    msg["Subject"] = f"{estate} - storm update no. {doc.number}"
    msg["Thread-Topic"] = f"{estate} - storm update no. {doc.number}"
    msg["Thread-Index"] = f"AQHb{h:08x}{doc.number:02d}AAAAAAAAAA=="
    msg["Date"] = f"{when:%a, %d %b %Y} 18:{h % 50 + 5:02d}:{h % 60:02d} +0200"
    msg["Message-ID"] = (f"<{h:08X}-{h % 65536:04X}-4{doc.number:03d}-9A1E-{h % 10**12:012X}@{box}>")  # fmt: skip
    msg["Accept-Language"] = "en-GB, en-US"
    msg["X-MS-Has-Attach"] = ""
    msg["X-MS-TNEF-Correlator"] = ""
    msg["user-agent"] = "Microsoft-MacOutlook/16.89.24091630"
    msg["MIME-Version"] = "1.0"
    msg.set_content("\r\n".join(plain) + "\r\n", cte="quoted-printable")
    body = ("<body lang=\"EN-GB\" link=\"#467886\" vlink=\"#96607D\" style='word-wrap:break-word'><div "
            f"class=\"WordSection1\">{''.join(html)}</div></body></html>")  # fmt: skip
    msg.add_alternative(MAC_HEAD + body, subtype="html", cte="quoted-printable")
    msg["Content-Language"] = "en-GB"
    msg.set_boundary(f"_000_{h:08X}{doc.number:04X}AEB6F29D0A6E4C1Eexchange_")
    return bytes(msg)


# ---------------------------------------------------------------- an Al Ain contractor from Windows Live Mail

CONTRACTORS = (
    ("Sector 1 (Al Jimi / Al Muwaiji)", "Eng. Rajesh Nair", "alwadifm.ae", "rajesh.n", "P.O. Box 15873", "765 5221"),
    ("Sector 2 (Al Mutaredh / Al Towayya)", "Eng. Mohammed Irfan", "jhgm.ae", "site.sector2", "P.O. Box 17455",
     "762 2904"),
    ("Sector 3 (Al Hili / Al Khabisi)", "Eng. Ahmed Fathy", "greenoasis-uae.com", "ahmed.fathy", "P.O. Box 80612",
     "763 8110"),
    ("Sector 4 (Zakher / Al Maqam)", "Eng. Joseph Mathew", "alfoahcm.ae", "operations", "P.O. Box 12309",
     "764 1336"),
)  # fmt: skip
DISCLAIMER = ("DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If "
              "you have received it in error please notify the sender and delete it.")  # fmt: skip


def eml_winlivemail_rain_contractor_ae(doc: Doc) -> bytes:
    """The contractor's daily rain emergency report as Windows Live Mail sends it, HTML with its plain text."""
    when = report_day(doc)
    sector, engineer, domain, box, pobox, phone = CONTRACTORS[RAIN.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    lines = ["Dear Eng. Saeed,", "", "Good evening.", "",
             f"Please find below our Daily Rain Emergency Report No. {doc.number} for {sector} as of 18:00 hrs "
             f"today {when:%d/%m/%Y}.", ""]  # fmt: skip
    marked = [False] * len(lines)
    for s in doc.sections:
        lines.append(s.heading)
        marked.append(True)
        if s.key == "highlights":
            lines += [it.text for it in s.items]
        else:
            lines += [f"{n}) {it.text}" for n, it in enumerate(s.items, 1)]
        lines.append("")
        marked += [False] * (len(lines) - len(marked))
    lines += ["Best Regards,", "", engineer, "Site Engineer", doc.organisation.upper(), f"{pobox}, Al Ain, U.A.E.",
              f"Tel: +971 3 {phone} | Mob: +971 50 {h % 900 + 100} {h % 9000 + 1000}", "", DISCLAIMER]  # fmt: skip
    marked += [False] * (len(lines) - len(marked))
    divs = "\r\n".join(
        "<DIV>&nbsp;</DIV>" if not line else f"<DIV><STRONG>{escape(line)}</STRONG></DIV>" if bold
        else f"<DIV>{escape(line)}</DIV>" for line, bold in zip(lines, marked, strict=True)
    )  # fmt: skip
    html = ("<HTML><HEAD></HEAD>\r\n<BODY dir=ltr>\r\n<DIV dir=ltr>\r\n<DIV style=\"FONT-SIZE: 12pt; FONT-FAMILY: "
            f"'Calibri'; COLOR: #000000\">\r\n{divs}</DIV></DIV></BODY></HTML>\r\n")  # fmt: skip
    msg = EmailMessage()
    msg["From"] = f'"{engineer.removeprefix("Eng. ")}" <{box}@{domain}>'
    msg["To"] = "<rain.emergency@aam.gov.ae>"
    msg["Cc"] = f"<pm@{domain}>, <sector.inspectors@aam.gov.ae>"
    msg["Subject"] = f"Daily Rain Emergency Report No. {doc.number} - {sector.split(' (')[0]} - {when:%d/%m/%Y}"
    msg["Date"] = f"{when:%a, %d %b %Y} 18:{h % 45 + 12:02d}:{h % 60:02d} +0400"
    msg["MIME-Version"] = "1.0"
    msg["X-Priority"] = "3"
    msg["X-MSMail-Priority"] = "Normal"
    msg["Importance"] = "Normal"
    msg["X-Mailer"] = "Microsoft Windows Live Mail 16.4.3528.331"
    msg["X-MimeOLE"] = "Produced By Microsoft MimeOLE V16.4.3528.331"
    msg.set_content("\r\n".join(lines) + "\r\n", cte="quoted-printable")
    msg.add_alternative(html, subtype="html", cte="quoted-printable")
    msg.set_boundary(f"----=_NextPart_000_{h % 65536:04X}_01DC{h % 65536:04X}.{h:08X}")
    return bytes(msg)
