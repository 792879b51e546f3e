"""The e-mail writer of the ``blind8_layouts`` set: a waste service's daily update sent from Outlook as a reply
in its thread (multipart/alternative: the plain text Outlook makes and its Word HTML with ``MsoNormal``
paragraphs, bold underlined headings and ``MsoListParagraphCxSp…`` bullets whose "·" in the Symbol font sits
in ``<![if !supportLists]>``; a greeting, the update, a sign-off, a signature with phone numbers and a
confidentiality notice; under a rule, the "From: … Sent: … To: … Subject: RE: …" block and the message
before it, yesterday's update, quoted whole).
"""

from __future__ import annotations

import zlib
from datetime import UTC, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from blind8_layouts_content import Printed, previous, remember, report_day
from council_layouts_gold import Doc

SENDER = ("Priya Raman", "Waste Services Manager")
LEAD = "Mitigating action:"
_BULLET = ("<![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·"
           "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "
           "</span></span></span><![endif]>")  # fmt: skip
_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--
@font-face {font-family:Symbol; panose-1:5 5 1 2 1 7 6 2 5 7;}
@font-face {font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph {margin-top:0cm; margin-right:0cm;
  margin-bottom:0cm; margin-left:36.0pt; font-size:11.0pt; font-family:"Aptos",sans-serif;}
p.MsoListParagraphCxSpFirst, p.MsoListParagraphCxSpMiddle, p.MsoListParagraphCxSpLast {margin-top:0cm;
  margin-right:0cm; margin-bottom:0cm; margin-left:36.0pt; font-size:11.0pt; font-family:"Aptos",sans-serif;}
span.EmailStyle20 {mso-style-type:personal-reply; font-family:"Aptos",sans-serif; color:windowtext;}
@list l0 {mso-list-id:418525386; mso-list-type:hybrid; mso-list-template-ids:-1021424726 134807553;}
@list l0:level1 {mso-level-number-format:bullet; mso-level-text:\\F0B7; mso-level-tab-stop:none;
  mso-level-number-position:left; text-indent:-18.0pt; font-family:Symbol;}
div.WordSection1 {page:WordSection1;}
--></style></head>"""


def _p(inner: str) -> str:
    return f"<p class=MsoNormal>{inner}<o:p></o:p></p>"


def _domain(doc: Doc) -> str:
    return "".join(ch for ch in doc.organisation.split()[0].lower() if ch.isalpha()) + ".gov.uk"


def _address(doc: Doc) -> str:
    first, last = SENDER[0].lower().split()
    return f"{first}.{last}@{_domain(doc)}"


def _signature(doc: Doc) -> tuple[list[str], str]:
    lines = [SENDER[0], SENDER[1], "Environmental Services", doc.organisation,
             "Tel: 01632 960 781 | Mob: 07700 900 318", _address(doc)]  # fmt: skip
    notice = ("This e-mail and any files sent with it are confidential and intended only for the person or "
              "organisation to whom it is addressed. If you have received it in error, please tell the sender "
              f"and delete it. {doc.organisation} may monitor e-mails to make sure its systems are used "
              "lawfully.")  # fmt: skip
    return lines, notice


def _body_html(doc: Doc, sections: list[tuple[str, list[str]]], greeting: str) -> list[str]:
    out = [_p("Hi all,"), _p("&nbsp;"), _p(escape(greeting)), _p("&nbsp;")]
    for heading, items in sections:
        out.append(_p(f"<b><u>{escape(heading)}</u></b>"))
        for n, text in enumerate(items):
            place = "First" if n == 0 else "Last" if n == len(items) - 1 else "Middle"
            cls = "MsoListParagraph" if len(items) == 1 else f"MsoListParagraphCxSp{place}"
            out.append(f"<p class={cls} style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>{_BULLET}"
                       f"{escape(text).replace(LEAD, f'<i>{LEAD}</i>')}<o:p></o:p></p>")  # fmt: skip
        out.append(_p("&nbsp;"))
    lines, notice = _signature(doc)
    out += [_p("Thanks,"), _p(SENDER[0].split()[0]), _p("&nbsp;")]
    out.append(_p(f"<b><span style='color:#2E5E4E'>{escape(lines[0])}</span></b>"))
    out += [_p(f"<span style='font-size:9.0pt'>{escape(x)}</span>") for x in lines[1:]]
    out += [_p("&nbsp;"), _p(f"<span style='font-size:8.0pt;color:#7F7F7F'>{escape(notice)}</span>"), _p("&nbsp;")]
    return out


def _body_text(doc: Doc, sections: list[tuple[str, list[str]]], greeting: str) -> list[str]:
    out = ["Hi all,", "", greeting, ""]
    for heading, items in sections:
        out.append(heading)
        out += [f"·         {text}" for text in items]
        out.append("")
    lines, notice = _signature(doc)
    return [*out, "Thanks,", SENDER[0].split()[0], "", *lines, "", notice, ""]


def _quoted(doc: Doc, last: Printed | None) -> tuple[str, list[str], list[str]]:
    """(the reply header's "Sent" line, the quoted message in HTML, in text): yesterday's update, or before the
    first update the head of service's note that updates will follow."""
    when = report_day(doc) - timedelta(days=1)
    if last is None:
        note = (
            "Following the notice of industrial action from the GMB and Unite branches, collections will be "
            "disrupted from tomorrow. Priya will send a daily update to this group each afternoon."
        )
        html = [_p("Dear all,"), _p("&nbsp;"), _p(escape(note)), _p("&nbsp;"), _p("Regards,"),
                _p("Martin Hale"), _p("Head of Environmental Services")]  # fmt: skip
        return (
            f"{when:%A}, {when.day} {when:%B %Y} 11:02",
            html,
            ["Dear all,", "", note, "", "Regards,", "Martin Hale", "Head of Environmental Services"],
        )
    sections = [(h, [t for _, t in items]) for h, items in last.sections]
    greeting = "Please see today's update below."
    return (
        f"{when:%A}, {when.day} {when:%B %Y} 16:{12 + doc.number % 40:02d}",
        _body_html(doc, sections, greeting),
        _body_text(doc, sections, greeting),
    )


def email_outlook_reply(doc: Doc) -> bytes:
    """Today's update as a reply-all in the thread, yesterday's update quoted under it."""
    last = previous(doc)
    remember(doc)
    when = report_day(doc).replace(hour=16, minute=5 + doc.number % 50, tzinfo=UTC)
    sections = [(s.heading, [it.text for it in s.items]) for s in doc.sections]
    greeting = "Please see today's update below."
    sent, old_html, old_text = _quoted(doc, last)
    to = "Waste Incident Group; Ward Members (All); Contact Centre Team Leaders"
    subject = f"RE: {doc.service} – daily update"
    sender = f"{SENDER[0]} <{_address(doc)}>"
    rule = ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
            f"<p class=MsoNormal><b>From:</b> {escape(SENDER[0] if last else 'Martin Hale')}<br>"
            f"<b>Sent:</b> {sent}<br><b>To:</b> {escape(to)}<br><b>Subject:</b> {escape(subject)}<o:p></o:p></p>"
            "</div>")  # fmt: skip
    html = (_HEAD + "<body lang=EN-GB link=\"#467886\" vlink=\"#96607D\" style='word-wrap:break-word'>"
            "<div class=WordSection1>" + "".join(_body_html(doc, sections, greeting)) + "<div>" + rule + "</div>"
            + _p("&nbsp;") + "".join(old_html) + "</div></body></html>")  # fmt: skip
    text = _body_text(doc, sections, greeting)
    text += ["From: " + (SENDER[0] if last else "Martin Hale"), f"Sent: {sent}", f"To: {to}", f"Subject: {subject}",
             "", *old_text]  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Thread-Topic"] = f"{doc.service} – daily update"
    msg["Message-ID"] = f"<{zlib.crc32(doc.organisation.encode()):08x}{doc.number:03d}@{_domain(doc)}>"
    msg["X-MS-Has-Attach"] = ""
    msg.set_content("\r\n".join(text))
    msg.add_alternative(html, subtype="html")
    return msg.as_bytes()
