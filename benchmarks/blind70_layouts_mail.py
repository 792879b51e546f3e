"""Mail writer of the ``blind70_layouts`` set: a Grenada district disaster management committee's hurricane report
sent from Outlook 2010, the HTML Word 2010 writes for it and Outlook's plain text.

A district disaster management committee of Grenada (the volunteers of a parish or of Carriacou who run its shelters,
relief and damage assessment under the National Disaster Management Agency, NaDMA) after a hurricane: the
chairperson's daily report to NaDMA's emergency operations centre, typed in Outlook 2010 on the district office's
computer (``X-Mailer`` "Microsoft Outlook 14.0", ``Thread-Index``, the HTML "Microsoft Word 14 (filtered medium)" in
Calibri with its ``WordSection1`` and ``MsoNormal`` paragraphs, the numbered points as Word writes them —
``MsoListParagraphCxSpFirst`` … ``CxSpLast`` paragraphs each with its number in an ``mso-list:Ignore`` span — and the
plain text beside it, the points after "1.      ") — "Good afternoon Ms. …," and the sentence with the report's
number, day and hour, each section's name in bold capitals on a paragraph of its own ("SITUATION"), the summary as
paragraphs, the other points numbered under their section, "Action taken:" in bold; "Regards,", the chairperson's
name, post, committee and telephones. "EC$11,730", "EC$4.31 million", "1,250", "16th July", "(last report: 5)".
"""

from __future__ import annotations

import zlib
from email.message import EmailMessage
from functools import partial
from html import escape as _escape

from blind7_layouts_content import MONTHS, report_day
from blind70_layouts_banks_coast import HURRICANE
from blind70_layouts_content import parts
from council_layouts_gold import Doc

escape = partial(_escape, quote=False)  # Outlook leaves quotes and apostrophes as they are

COMMITTEES = (
    ("St. Patrick", "Sauteurs", "Cheryl Andall-Phillip", "stpatrickddmc", "442-9210", "415-3378"),
    ("St. Andrew", "Grenville", "Dennis A. Charles", "standrewddmc", "442-7345", "406-1129"),
    ("St. David", "St. David's", "Marcia Noel", "stdavidddmc", "444-6018", "533-8702"),
    ("Carriacou", "Hillsborough", "Kenroy Fleary", "carriacouddmc", "443-7901", "409-2260"),
)
HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
    'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; '
    'charset=us-ascii"><meta name=Generator content="Microsoft Word 14 (filtered medium)"><style><!--\n/* Font '
    "Definitions */\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n/* Style Definitions */\n"
    "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tmargin-bottom:.0001pt;\n\tfont-size:11.0pt;\n\t"
    'font-family:"Calibri","sans-serif";}\np.MsoListParagraphCxSpFirst, li.MsoListParagraphCxSpFirst\n\t'
    "{margin-top:0in;\n\tmargin-right:0in;\n\tmargin-bottom:0in;\n\tmargin-left:.5in;\n\tmargin-bottom:.0001pt;}\n"
    'span.EmailStyle17\n\t{mso-style-type:personal-compose;\n\tfont-family:"Calibri","sans-serif";\n\t'
    "color:windowtext;}\n@page WordSection1\n\t{size:8.5in 11.0in;\n\tmargin:1.0in 1.0in 1.0in 1.0in;}\n"
    "div.WordSection1\n\t{page:WordSection1;}\n/* List Definitions */\n@list l0\n\t{mso-list-id:1185172262;\n\t"
    "mso-list-type:hybrid;}\n@list l0:level1\n\t{mso-level-tab-stop:none;\n\tmso-level-number-position:left;\n\t"
    'text-indent:-.25in;}\n--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n'
    "</xml><![endif]--></head>"
)


def _p(text: str = "", bold: bool = False) -> str:
    if not text:
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{f'<b>{text}</b>' if bold else text}<o:p></o:p></p>"


def _entry(n: int, count: int, lst: int, text: str) -> str:
    cls = ("MsoListParagraphCxSpFirst" if n == 1 else "MsoListParagraphCxSpLast" if n == count
           else "MsoListParagraphCxSpMiddle")  # fmt: skip
    if count == 1:
        cls = "MsoListParagraph"
    return (f"<p class={cls} style='text-indent:-.25in;mso-list:l{lst} level1 lfo{lst + 1}'><![if !supportLists]>"
            f"<span style='mso-list:Ignore'>{n}.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;"
            f"&nbsp; </span></span><![endif]>{text}<o:p></o:p></p>")  # fmt: skip


def eml_outlook2010_hurricane_district_gd(doc: Doc) -> bytes:
    """The committee's hurricane report as Outlook 2010 sends it, HTML with its plain text."""
    when = report_day(doc)
    district, town, chair, box, phone, mobile = COMMITTEES[HURRICANE.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day}{'th' if 10 <= when.day <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(when.day % 10, 'th')}"
    greeting = "Good afternoon Ms. Jeremiah,"
    opening = (f"Please see below the {district} DDMC situation report no. {doc.number} for {day} "
               f"{MONTHS[when.month - 1]}, as at 2:00 pm.")  # fmt: skip
    sign = ["Regards,", "", chair, "Chairperson", doc.organisation, f"{town}, Grenada",
            f"Tel: (473) {phone} | Cell: (473) {mobile}"]  # fmt: skip
    plain, html = [greeting, "", opening, ""], [_p(greeting), _p(), _p(escape(opening)), _p()]
    for k, s in enumerate(doc.sections):
        plain.append(s.heading)
        html.append(_p(escape(s.heading), bold=True))
        if s.key == "highlights":
            for it in s.items:
                plain.append(it.text)
                html.append(_p(escape(it.text)))
        else:
            for n, it in enumerate(s.items, 1):
                risk, lead, rest = parts(it, "gd")
                plain.append(f"{n}.      {it.text}")
                body = f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)
                html.append(_entry(n, len(s.items), k, body))
        plain.append("")
        html.append(_p())
    plain += sign
    html += [_p(escape(line)) for line in sign]
    msg = EmailMessage()
    msg["From"] = f'"{box.upper()}" <{box}@gmail.com>'
    msg["To"] = '"NaDMA EOC" <nadma.eoc@gov.gd>'
    msg["Cc"] = f"<{box}.secretary@gmail.com>"
    msg["Subject"] = f"{district.upper()} DDMC SITREP #{doc.number} - {when:%d/%m/%Y}"
    msg["Date"] = f"{when:%a, %d %b %Y} 14:{h % 45 + 10:02d}:{h % 60:02d} -0400"
    msg["Message-ID"] = f"<000{h % 10:d}01d{h:08x}${doc.number:04x}{h % 65536:04x}$@gmail.com>"
    msg["MIME-Version"] = "1.0"
    msg["X-Mailer"] = "Microsoft Outlook 14.0"
    msg["Thread-Index"] = f"Ac{h:08x}{doc.number:02d}AAAAAAA=="
    msg["Content-Language"] = "en-us"
    msg.set_content("\r\n".join(plain) + "\r\n", cte="quoted-printable")
    body = ("<body lang=EN-US link=blue vlink=purple><div class=WordSection1>" + "\r\n".join(html)
            + "</div></body></html>")  # fmt: skip
    msg.add_alternative(HEAD + body, subtype="html", cte="quoted-printable")
    msg.set_boundary(f"----=_NextPart_000_{h % 65536:04X}_01DC{(h >> 8) % 65536:04X}.{h:08X}")
    return bytes(msg)
