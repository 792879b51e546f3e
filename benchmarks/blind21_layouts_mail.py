"""Mail writer of the ``blind21_layouts`` set: a Somali regional response committee's flood "Warbixinta xaaladda"
sent from Microsoft Outlook with the report typed in the message's body (a ``multipart/alternative`` of the
plain-text rendering and the Word-made HTML, the HTML in ``multipart/related`` with the signature's logo as an inline
PNG): the HTML as Outlook writes it — the ``xmlns:o`` / ``xmlns:w`` root, "Microsoft Word 15 (filtered
medium)", the ``@list l0`` style rules, ``p.MsoNormal`` paragraphs ending in ``<o:p>``, the greeting and the report's
line, each heading a ``MsoNormal`` paragraph in bold (underlined too at Hiiraan and Gedo), each point a
``MsoListParagraphCxSpFirst`` / ``CxSpMiddle`` / ``CxSpLast`` paragraph with ``mso-list:l0 level1 lfo1`` and its
bullet "·" in Symbol inside ``<![if !supportLists]>``, "Tallaabooyinka:" in bold inside a risk's point —, the
sign-off, the coordinator's signature block with the committee's logo and a bilingual confidentiality notice in
small grey type; the plain-text part with the bullets as "·" and a tab; "1,250", "12%", "$3,400", "5 Nofembar").
"""

from __future__ import annotations

import io
import zlib
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from blind17_layouts_content import split_mitigation
from blind21_layouts_content import BILAHA, LEADS
from council_layouts_gold import Doc, Item

UNDERLINED = ("Guddiga Gurmadka Gobolka Hiiraan", "Guddiga Gurmadka Gobolka Gedo")
HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" \
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" \
xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8">\
<meta name=Generator content="Microsoft Word 15 (filtered medium)"><!--[if !mso]><style>v\\:* \
{behavior:url(#default#VML);} o\\:* {behavior:url(#default#VML);} w\\:* {behavior:url(#default#VML);}</style>\
<![endif]--><style><!--
/* Font Definitions */
@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink {mso-style-priority:99; color:#0563C1; text-decoration:underline;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph {mso-style-priority:34; margin-top:0cm; \
margin-right:0cm; margin-bottom:0cm; margin-left:36.0pt; font-size:11.0pt; font-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpFirst, li.MsoListParagraphCxSpFirst, div.MsoListParagraphCxSpFirst {mso-style-priority:34; \
mso-style-type:export-only; margin:0cm 0cm 0cm 36.0pt; font-size:11.0pt; font-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpMiddle, li.MsoListParagraphCxSpMiddle {mso-style-type:export-only; margin:0cm 0cm 0cm 36.0pt;}
p.MsoListParagraphCxSpLast, li.MsoListParagraphCxSpLast {mso-style-type:export-only; margin:0cm 0cm 0cm 36.0pt;}
span.EmailStyle19 {mso-style-type:personal-compose; font-family:"Calibri",sans-serif; color:windowtext;}
.MsoChpDefault {mso-style-type:export-only; font-size:10.0pt;}
@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1 {page:WordSection1;}
/* List Definitions */
@list l0 {mso-list-id:1143547371; mso-list-type:hybrid; mso-list-template-ids:-1424138530 67698689 67698691;}
@list l0:level1 {mso-level-number-format:bullet; mso-level-text:\\F0B7; mso-level-tab-stop:none; \
mso-level-number-position:left; text-indent:-18.0pt; font-family:Symbol;}
ol {margin-bottom:0cm;} ul {margin-bottom:0cm;}
--></style><!--[if gte mso 9]><xml><o:shapedefaults v:ext="edit" spidmax="1026" /></xml><![endif]--><!--[if gte \
mso 9]><xml><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1" /></o:shapelayout></xml><![endif]--></head>\
<body lang=EN-US link="#0563C1" vlink="#954F72" style='word-wrap:break-word'><div class=WordSection1>"""
BULLET = ("<![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span "
          "style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>"
          "</span><![endif]>")  # fmt: skip
NOTICE = ("OGEYSIIS SIRTA AH: Farriintan iyo lifaaqyadeeda waxaa loogu talagalay qofka ama hay'adda loo diray oo "
          "keliya. Haddii si khalad ah kuugu timid, fadlan u sheeg diraha oo tirtir. CONFIDENTIALITY NOTICE: This "
          "e-mail and any attachments are intended solely for the addressee. If you received it in error, please "
          "notify the sender and delete it.")  # fmt: skip


BLANK = "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"


def _p(inner: str, cls: str = "MsoNormal", style: str = "") -> str:
    st = f" style='{style}'" if style else ""
    return f"<p class={cls}{st}>{inner}<o:p></o:p></p>"


def _point(item: Item) -> tuple[str, str]:
    risk, lead, mitigation = split_mitigation(item, LEADS["so"])
    if not lead:
        return escape(item.text, quote=False), item.text
    html = f"{escape(risk, quote=False)} <b>{escape(lead)}</b> {escape(mitigation, quote=False)}"
    return html, item.text


def _logo() -> bytes:
    from PIL import Image, ImageDraw

    im = Image.new("RGB", (180, 54), (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.ellipse((4, 4, 48, 48), fill=(65, 143, 222))
    d.polygon([(26, 12), (30, 24), (42, 24), (32, 31), (36, 43), (26, 35), (16, 43), (20, 31), (10, 24), (22, 24)],
              fill=(255, 255, 255))  # fmt: skip
    d.text((56, 12), "GUDDIGA GURMADKA", fill=(30, 60, 110))
    d.text((56, 28), "Maamulka Gobolka", fill=(90, 90, 90))
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def email_warbixin_so(doc: Doc) -> bytes:
    """The committee's coordinator's daily report to the federal agency and partners, typed in Outlook."""
    when = report_day(doc)
    day = f"{when.day} {BILAHA[when.month - 1]} {when.year}"
    gobol = doc.organisation.removeprefix("Guddiga Gurmadka Gobolka ")
    cid = f"image001.png@01DC{zlib.crc32(gobol.encode()):08X}"
    html = [HEAD, _p("Mudane / Marwo,"), BLANK,
            _p(f"Fadlan hoos ka eeg warbixinta xaaladda fatahaadda No. {doc.number} ee Gobolka {escape(gobol)}, "
               f"{day}, saacadda 8:00 subaxnimo."), BLANK]  # fmt: skip
    text = ["Mudane / Marwo,", "", f"Fadlan hoos ka eeg warbixinta xaaladda fatahaadda No. {doc.number} ee Gobolka "
            f"{gobol}, {day}, saacadda 8:00 subaxnimo.", ""]  # fmt: skip
    under = doc.organisation in UNDERLINED
    for s in doc.sections:
        head = (
            f"<b><u>{escape(s.heading)}</u></b>"
            if under
            else (f"<b><span style='font-size:12.0pt;color:#1F3864'>{escape(s.heading)}</span></b>")
        )
        html.append(_p(head))
        text.append(s.heading)
        for k, it in enumerate(s.items):
            cls = (
                "MsoListParagraph"
                if len(s.items) == 1
                else "MsoListParagraphCxSpFirst"
                if k == 0
                else "MsoListParagraphCxSpLast"
                if k == len(s.items) - 1
                else "MsoListParagraphCxSpMiddle"
            )
            inner, plain = _point(it)
            html.append(_p(BULLET + inner, cls, "text-indent:-18.0pt;mso-list:l0 level1 lfo1"))
            text.append(f"·\t{plain}")
        html.append(BLANK)
        text.append("")
    sign = [
        "Mahadsanid,",
        "",
        "<b>Cabdiraxmaan Xasan Maxamed</b>",
        f"Isuduwaha Gurmadka | {escape(doc.organisation)}",
        f"Tel: +252 61 55{doc.number:02d} 318 | Email: gurmad@{gobol.lower().split()[0]}.example.so",
    ]
    html += [_p(f"<span style='color:#1F3864'>{line}</span>") if line else BLANK for line in sign]
    html.append(_p(f"<img width=120 height=36 style='width:1.25in;height:.375in' id=\"Picture_x0020_1\" "
                   f"src=\"cid:{cid}\" alt=\"Guddiga Gurmadka\">"))  # fmt: skip
    html.append(_p(f"<span style='font-size:7.5pt;color:gray'>{escape(NOTICE)}</span>"))
    html.append("</div></body></html>")
    text += ["Mahadsanid,", "", "Cabdiraxmaan Xasan Maxamed", f"Isuduwaha Gurmadka | {doc.organisation}",
             sign[-1], "", "[cid:" + cid + "]", "", NOTICE]  # fmt: skip
    msg = EmailMessage()
    msg["From"] = f"Cabdiraxmaan Xasan Maxamed <gurmad@{gobol.lower().split()[0]}.example.so>"
    msg["To"] = "SoDMA Operations <eoc@sodma.example.so>"
    msg["Cc"] = "OCHA Somalia <ocha-somalia@example.org>; WASH Cluster <wash@example.org>"
    msg["Subject"] = f"Warbixinta Xaaladda Fatahaadda No. {doc.number} – Gobolka {gobol} – {when:%d/%m/%Y}"
    msg["Date"] = format_datetime(when.replace(hour=8, minute=20 + doc.number).astimezone())
    msg["Message-ID"] = f"<{zlib.crc32(gobol.encode()):08x}{doc.number}@example.so>"
    msg["X-MS-Has-Attach"] = "yes"
    msg["Thread-Topic"] = f"Warbixinta Xaaladda Fatahaadda No. {doc.number} – Gobolka {gobol}"
    msg["Content-Language"] = "en-US"
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg.set_content("\n".join(text) + "\n", cte="quoted-printable")
    msg.add_alternative("\n".join(html), subtype="html", cte="quoted-printable")
    msg.get_payload()[1].add_related(_logo(), "image", "png", cid=f"<{cid}>", filename="image001.png")
    return msg.as_bytes()
