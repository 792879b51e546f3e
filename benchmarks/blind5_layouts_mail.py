"""Message writers of the partner layouts (``blind5_layouts``): a train operator's disruption bulletin as sent
to pagers and phones (plain text, 40 columns, ">> " capitals labels, "+" items whose wrapped lines are not
indented, "[2/3]" part markers wherever a part fills up) and a housing association's return sent from
Outlook (multipart/alternative: the plain text Outlook makes and its Word HTML, with ``MsoListParagraph``
bullets drawn in the Symbol font, a greeting, a signature and a disclaimer).
"""

from __future__ import annotations

import textwrap
import zlib
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from council_layouts_gold import Doc

PART = 420  # characters a pager part holds before the next "[k/n]" marker


def text_pager(doc: Doc) -> bytes:
    """The bulletin as a control room's paging system sends it: a header of sender, bulletin, date-time
    group and priority; each section a ">> LABEL" line; each item "+ " then its text wrapped at 40 columns
    without indentation; parts of at most ``PART`` characters, each opened by "[k/n]"; "ENDS" last."""
    when = datetime.strptime(doc.date, "%d %B %Y")
    lines: list[str] = []
    for s in doc.sections:
        lines.append(f">> {s.heading}")
        for it in s.items:
            lines += textwrap.wrap(f"+ {it.text}", 40)
    lines += ["ENDS", "NEXT BULLETIN 1800"]
    parts: list[list[str]] = [[]]
    size = 0
    for line in lines:
        if size + len(line) > PART and parts[-1]:
            parts.append([])
            size = 0
        parts[-1].append(line)
        size += len(line) + 1
    head = [f"{doc.organisation.upper()} CONTROL", doc.title.upper(), f"{when:%d/%m/%y} 0615", "PRIORITY: HIGH"]
    out = [*head, ""]
    for k, part in enumerate(parts, start=1):
        out += [f"[{k}/{len(parts)}]", *part]
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


# ---------------------------------------------------------------- Outlook

_STYLE = """<style><!--
/* Font Definitions */
@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph {margin-top:0cm; margin-right:0cm;
  margin-bottom:0cm; margin-left:36.0pt; font-size:11.0pt; font-family:"Calibri",sans-serif;}
span.EmailStyle19 {mso-style-type:personal-compose; font-family:"Calibri",sans-serif; color:windowtext;}
@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1 {page:WordSection1;}
/* List Definitions */
@list l0 {mso-list-id:1052926; mso-list-type:hybrid; mso-list-template-ids:-1734598446 134807553;}
@list l0:level1 {mso-level-number-format:bullet; mso-level-text:\\F0B7; mso-level-tab-stop:none;
  mso-level-number-position:left; text-indent:-18.0pt; font-family:Symbol;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->"""

_BULLET = ("<![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·"
           "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "
           "</span></span></span><![endif]>")  # fmt: skip
_SIGNATURE = ("Jo Marsh", "Head of Housing Operations", "T: 01632 960 123 | M: 07700 900 456",
              "Unit 4, Riverside Business Park, Hallam HL2 7QT")  # fmt: skip
_DISCLAIMER = (
    "This email and any attachments are confidential and intended solely for the addressee. If you have "
    "received it in error please tell the sender and delete it. {org} is a registered society under the "
    "Co-operative and Community Benefit Societies Act 2014 and a registered provider of social housing."
)


def _p(inner: str, style: str = "") -> str:
    return f"<p class=MsoNormal{style}>{inner}<o:p></o:p></p>"


def _outlook_html(doc: Doc, week: str) -> str:
    out = [_p("Hi all,"), _p("&nbsp;"), _p(f"Please see below our return for the week ending {escape(week)}. "
           "Any questions, give me a call."), _p("&nbsp;")]  # fmt: skip
    for s in doc.sections:
        out.append(_p(f"<b><span style='color:#1F3864'>{escape(s.heading)}</span></b>"))
        for n, it in enumerate(s.items):
            place = "First" if n == 0 else "Last" if n == len(s.items) - 1 else "Middle"
            cls = "MsoListParagraph" if len(s.items) == 1 else f"MsoListParagraphCxSp{place}"
            text = escape(it.text)
            if it.mitigation:  # the writer put the mitigation in italics
                cut = text.rfind(escape(it.mitigation))
                head, lead = text[:cut].rsplit("Mitigation", 1)
                text = f"{head}<i>Mitigation{lead}{escape(it.mitigation)}</i>"
            out.append(f"<p class={cls} style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>{_BULLET}{text}"
                       "<o:p></o:p></p>")  # fmt: skip
        out.append(_p("&nbsp;"))
    out += [_p("Kind regards,"), _p("&nbsp;"), _p("Jo"), _p("&nbsp;")]
    sig = [f"<b><span style='color:#00857C'>{escape(_SIGNATURE[0])}</span></b>", escape(_SIGNATURE[1]),
           escape(doc.organisation), *map(escape, _SIGNATURE[2:])]  # fmt: skip
    out += [_p(f"<span style='font-size:9.0pt'>{line}</span>") for line in sig]
    disclaimer = escape(_DISCLAIMER.format(org=doc.organisation))
    out += [_p("&nbsp;"), _p(f"<span style='font-size:7.5pt;color:gray'>{disclaimer}</span>")]
    return (
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
        "xmlns:w=\"urn:schemas-microsoft-com:office:word\" "
        "xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" xmlns=\"http://www.w3.org/TR/REC-html40\">"
        "<head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">"
        "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">"
        f"{_STYLE}</head><body lang=EN-GB link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'>"
        f"<div class=WordSection1>{''.join(out)}</div></body></html>"
    )  # fmt: skip


def _outlook_text(doc: Doc, week: str) -> str:
    """The text/plain part Outlook writes beside the HTML: bullets as "  *   ", no wrapping of its own."""
    out = ["Hi all,", "", f"Please see below our return for the week ending {week}. Any questions, give me a call.", ""]
    for s in doc.sections:
        out.append(s.heading)
        out += [f"  *   {it.text}" for it in s.items]
        out.append("")
    out += ["Kind regards,", "", "Jo", "", _SIGNATURE[0], _SIGNATURE[1], doc.organisation, *_SIGNATURE[2:], "",
            _DISCLAIMER.format(org=doc.organisation)]  # fmt: skip
    return "\r\n".join(out) + "\r\n"


def email_outlook(doc: Doc) -> bytes:
    """The return as an Outlook message to the council's cold weather cell: multipart/alternative with the
    plain text first and Outlook's Word HTML second (``MsoNormal`` paragraphs, bold coloured headings,
    ``MsoListParagraphCxSpFirst/Middle/Last`` bullets with a Symbol "·" inside ``<![if !supportLists]>``,
    the mitigation in italics), a greeting, a covering line, a sign-off, a signature and a disclaimer."""
    when = datetime.strptime(doc.date, "%d %B %Y")
    week = f"{(when + timedelta(days=4)).day} {when + timedelta(days=4):%B %Y}"
    msg = EmailMessage()
    msg["From"] = f"Jo Marsh <jo.marsh@{doc.organisation.lower().replace(' ', '')}.org.uk>"
    msg["To"] = "Cold Weather Cell <coldweather.cell@example.gov.uk>"
    msg["Cc"] = "Housing Partnerships <housing.partnerships@example.gov.uk>"
    msg["Subject"] = doc.title
    msg["Date"] = format_datetime(datetime(when.year, when.month, when.day, 16, 42, tzinfo=UTC) + timedelta(days=4))
    msg["Message-ID"] = f"<{zlib.crc32(doc.title.encode()):08x}.{doc.number}@example.org.uk>"
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg.set_content(_outlook_text(doc, week))
    msg.add_alternative(_outlook_html(doc, week), subtype="html")
    return bytes(msg)
