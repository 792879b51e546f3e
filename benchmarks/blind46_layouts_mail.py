"""Mail writers of the ``blind46_layouts`` set: a newsletter sent with Brevo, and a report typed in Outlook as a
multilevel numbered list.

A Burundi Red Cross provincial branch's flood newsletter, in Kirundi, sent with Brevo (the campaign editor's
table-based template, every style inline): a ``multipart/alternative`` of Brevo's text version and the HTML, the
hidden preheader, "Voir la version en ligne" and the logo over a red band ("AMAKURU Y'IMYUZURE", the number and
the date), each section's name in a red ``<h2>`` styled inline inside its own table row, the summary as paragraphs,
the other points in a list, "Ingingo zafashwe:" in ``<strong>`` inside a risk's point, a two-column "Mu mibare" box
of two figures after the summary, a red "Tanga imfashanyo" button, then Brevo's footer in French (the branch's
address, why the reader gets the mail, "Se désinscrire", the Brevo badge); the tracking links of ``sendibt3.com``,
Brevo's ``X-Mailin-*`` headers and ``List-Unsubscribe``. "3 400 000 FBu", "1,25 miliyari FBu", "1 250",
"16 Ntwarante", "(raporo iheruka: 5)".

A Ugandan district local government's flood report, in Luganda, typed by its disaster management focal person in
the body of an Outlook message: Word's HTML (``MsoListParagraphCxSp…`` paragraphs with ``mso-list:l0 level1 lfo1``
and ``level2``, the numbers inside ``<![if !supportLists]>``), each section an entry of the list's first level
"1." in bold, each point an entry of its second level "a)", "Ekikolebwa:" in bold inside a risk's point, the
greeting and the covering line above, "Webale nnyo," and the signature block below; the plain-text part as Outlook
renders it, the numbers followed by spaces. "UGX 3,400,000", "UGX obuwumbi 1.25", "1,250", "16 Marisi",
"(lipooti ewedde: 5)".
"""

from __future__ import annotations

import zlib
from datetime import timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from blind46_layouts_banks_new import AMATABA, IMYUZURE
from blind46_layouts_content import LG_MONTHS, RUN_MONTHS, count, group, parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- a Red Cross branch's newsletter sent with Brevo

RED = "#C8102E"
CAT = timezone(timedelta(hours=2))
TD = "font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#333333"


def _track(h: int, n: int) -> str:
    return f"https://{h % 9000 + 1000:x}.r.af.d.sendibt3.com/tr/cl/{h:08x}{n:03d}aKx3"


def _li(it, lang: str) -> tuple[str, str]:
    risk, lead, rest = parts(it, lang)
    if lead:
        return f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}", f"{risk} {lead} {rest}"
    return escape(it.text), it.text


def _volunteers(doc: Doc) -> int:
    """The number of volunteers at work, from the staff point that gives it (the summary names them too)."""
    staff = [it.text for s in doc.sections if s.key == "workforce" for it in s.items]
    return next((count(doc, (t,), 0) for t in staff if t.startswith("Abakorerabushake ")), 0)


def eml_brevo_newsletter_run(doc: Doc) -> bytes:
    """The branch's newsletter as Brevo sends it: text and table-based HTML."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = IMYUZURE.organisations.index(doc.organisation)
    intara = doc.organisation.split(", ")[1]
    day = f"{when.day} {RUN_MONTHS[when.month - 1]} {when.year}"
    families = count(doc, ("yakuwe mu mazi",), 0)
    volunteers = _volunteers(doc)
    rows = [f'<tr><td style="padding:0 30px 6px;{TD}"><h2 style="margin:22px 0 6px;font-family:Arial,Helvetica,'
            f'sans-serif;font-size:19px;color:{RED}">{escape(s.heading)}</h2>'
            for s in doc.sections]  # fmt: skip
    text = [f"Voir la version en ligne : {_track(h, 0)}", "", "AMAKURU Y'IMYUZURE", f"Raporo n° {doc.number} · {day}",
            f"{doc.organisation}", ""]  # fmt: skip
    body = []
    for s, row in zip(doc.sections, rows, strict=True):
        text += [s.heading, ""]
        if s.key == "highlights":
            body.append(row + "".join(f'<p style="margin:0 0 10px">{escape(it.text)}</p>' for it in s.items)
                        + "</td></tr>")  # fmt: skip
            text += [it.text for it in s.items] + [""]
            fam = group(families, " ") if families else "–"
            vol = group(volunteers, " ") if volunteers else "–"
            body.append(f'<tr><td style="padding:10px 30px"><table role="presentation" width="100%" cellpadding="0" '
                        f'cellspacing="0" style="background:#FBEAEC;border-radius:6px"><tr><td width="50%" '
                        f'style="padding:14px;text-align:center;{TD}"><span style="font-size:30px;font-weight:bold;'
                        f'color:{RED}">{fam}</span><br>imiryango yakuwe mu mazi</td><td width="50%" style="padding:'
                        f'14px;text-align:center;{TD}"><span style="font-size:30px;font-weight:bold;color:{RED}">'
                        f"{vol}</span><br>abakorerabushake mu gikorwa</td></tr></table></td></tr>")  # fmt: skip
            text += ["MU MIBARE", f"{fam} imiryango yakuwe mu mazi", f"{vol} abakorerabushake mu gikorwa", ""]
            continue
        lis = [_li(it, "run") for it in s.items]
        body.append(row + '<ul style="margin:0 0 6px;padding-left:22px">'
                    + "".join(f'<li style="margin:0 0 6px">{a}</li>' for a, _ in lis) + "</ul></td></tr>")  # fmt: skip
        text += [f"* {b}" for _, b in lis] + [""]
    email = f"amakuru.{intara.split()[-1].lower()}@croixrouge.bi"
    html = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-'
        'transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml" lang="rn"><head><meta http-equiv="Content-Type" '
        'content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(doc.title)}</title></head><body style=\"margin:0;padding:0;background-color:#F2F2F2\">"
        '<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">Amakuru mashasha y\'imyuzure mu '
        f'{escape(intara)}</div><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" '
        'style="background-color:#F2F2F2"><tr><td align="center" style="padding:12px 0"><table role="presentation" '
        'width="600" cellpadding="0" cellspacing="0" border="0" style="width:600px;background-color:#FFFFFF">'
        f'<tr><td align="right" style="padding:8px 30px;font-family:Arial,sans-serif;font-size:11px;color:#888888">'
        f'<a href="{_track(h, 0)}" style="color:#888888">Voir la version en ligne</a></td></tr>'
        f'<tr><td align="center" style="padding:16px 30px"><img src="https://img.mailinblue.com/{4100000 + h % 90000}/'
        f'images/content_library/original/logo-crb.png" width="180" alt="Umusaraba Utukura w\'Uburundi" style="display:'
        f'block;border:0"></td></tr><tr><td align="center" style="background-color:{RED};padding:18px 30px;'
        'font-family:Arial,Helvetica,sans-serif;color:#FFFFFF"><div style="font-size:24px;font-weight:bold;'
        "letter-spacing:1px\">AMAKURU Y'IMYUZURE</div><div style=\"font-size:14px;margin-top:4px\">Raporo n° "
        f"{doc.number} · {day} · {escape(intara)}</div></td></tr>" + "".join(body)
        + f'<tr><td align="center" style="padding:18px 30px 26px"><a href="{_track(h, 7)}" style="background-color:'
        f'{RED};border-radius:4px;color:#FFFFFF;display:inline-block;font-family:Arial,sans-serif;font-size:15px;'
        'font-weight:bold;padding:12px 28px;text-decoration:none">Tanga imfashanyo</a></td></tr>'
        '<tr><td style="background-color:#F7F7F7;padding:18px 30px;font-family:Arial,sans-serif;font-size:11px;'
        f'line-height:1.5;color:#777777;text-align:center">{escape(doc.organisation)}<br>Avenue des Patriotes, '
        f"{escape(intara.removeprefix('Intara ya '))}, Burundi<br><br>Cet e-mail a été envoyé à partenaires@example.bi"
        "<br>Vous avez reçu cet e-mail car vous vous êtes inscrit sur la liste des partenaires.<br><a href=\""
        f'{_track(h, 9)}" style="color:#777777">Se désinscrire</a><br><br><img src="https://img.mailinblue.com/new_'
        'images/rnb/rnb_fr.png" width="116" alt="Brevo" style="border:0"></td></tr></table></td></tr></table>'
        "</body></html>"
    )  # fmt: skip
    text += ["Tanga imfashanyo", _track(h, 7), "", doc.organisation, "Avenue des Patriotes, "
             f"{intara.removeprefix('Intara ya ')}, Burundi", "", "Cet e-mail a été envoyé à partenaires@example.bi",
             "Vous avez reçu cet e-mail car vous vous êtes inscrit sur la liste des partenaires.",
             f"Se désinscrire : {_track(h, 9)}"]  # fmt: skip
    msg = EmailMessage()
    msg["From"] = f'"Umusaraba Utukura w\'Uburundi" <{email}>'
    msg["To"] = "partenaires@example.bi"
    msg["Subject"] = f"Amakuru y'imyuzure n° {doc.number} – {intara}"
    msg["Date"] = format_datetime(when.replace(hour=17, minute=h % 50 + 5, tzinfo=CAT))
    msg["Message-ID"] = f"<{h:08x}.{k}{doc.number}@smtp-relay.mailin.fr>"
    msg["X-Mailin-EID"] = f"{h % 99999999}%3Bpartenaires%40example.bi%3B{k + 3}%3B{h % 7777}"
    msg["X-Mailin-Campaign"] = str(30 + k * 11 + doc.number)
    msg["X-Mailin-Client"] = str(4100000 + h % 90000)
    msg["List-Unsubscribe"] = f"<{_track(h, 9)}>"
    msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    msg.set_content("\n".join(text) + "\n", charset="utf-8", cte="quoted-printable")
    msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    return bytes(msg)


# ---------------------------------------------------------------- a district's report typed in Outlook

EAT = timezone(timedelta(hours=3))
OFFICERS = ("Nakato Sarah", "Ssemwogerere Joseph", "Namubiru Harriet", "Kato Emmanuel")
HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" \
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" \
xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8">\
<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--
@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0in; font-size:11.0pt; font-family:"Calibri",sans-serif;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph {mso-style-priority:34; margin-top:0in; \
margin-right:0in; margin-bottom:0in; margin-left:.5in; font-size:11.0pt; font-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpFirst, li.MsoListParagraphCxSpFirst {mso-style-type:export-only; margin:0in 0in 0in .5in;}
p.MsoListParagraphCxSpMiddle, li.MsoListParagraphCxSpMiddle {mso-style-type:export-only; margin:0in 0in 0in .5in;}
p.MsoListParagraphCxSpLast, li.MsoListParagraphCxSpLast {mso-style-type:export-only; margin:0in 0in 0in .5in;}
span.EmailStyle17 {mso-style-type:personal-compose; font-family:"Calibri",sans-serif; color:windowtext;}
@page WordSection1 {size:8.5in 11.0in; margin:1.0in 1.0in 1.0in 1.0in;}
div.WordSection1 {page:WordSection1;}
@list l0 {mso-list-id:588543919; mso-list-type:hybrid; mso-list-template-ids:-1893463014 67698703 67698713;}
@list l0:level1 {mso-level-tab-stop:none; mso-level-number-position:left; text-indent:-.25in;}
@list l0:level2 {mso-level-number-format:alpha-lower; mso-level-text:"%2\\)"; mso-level-tab-stop:none; \
mso-level-number-position:left; text-indent:-.25in;}
ol {margin-bottom:0in;} ul {margin-bottom:0in;}
--></style></head><body lang=EN-US link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>\
<div class=WordSection1>"""


def _p(inner: str, cls: str = "MsoNormal", style: str = "") -> str:
    st = f" style='{style}'" if style else ""
    return f"<p class={cls}{st}>{inner}<o:p></o:p></p>"


def _num(label: str) -> str:
    return (f"<![if !supportLists]><span style='mso-list:Ignore'>{label}<span style='font:7.0pt \"Times New "
            "Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>")  # fmt: skip


def eml_outlook_multilevel_lg(doc: Doc) -> bytes:
    """The focal person's report to the Office of the Prime Minister, a multilevel numbered list in Outlook."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = AMATABA.organisations.index(doc.organisation)
    place = doc.organisation.removeprefix("Disitulikiti y'e ")
    day = f"{when.day} {LG_MONTHS[when.month - 1]} {when.year}"
    intro = (f"Nsindika lipooti ku mbeera y'amataba nnamba {doc.number} okuva mu Disitulikiti y'e {place} nga {day}, "
             "essaawa kkumi ez'akawungeezi.")  # fmt: skip
    html = [HEAD, _p("Ssebo/Nnyabo,"), _p("<o:p>&nbsp;</o:p>"), _p(escape(intro)), _p("<o:p>&nbsp;</o:p>")]
    text = ["Ssebo/Nnyabo,", "", intro, ""]
    rows: list[tuple[int, str, str, str]] = []  # (level, number, html, text)
    for n, s in enumerate(doc.sections, start=1):
        rows.append((1, f"{n}.", f"<b>{escape(s.heading)}</b>", s.heading))
        for m, it in enumerate(s.items):
            risk, lead, rest = parts(it, "lg")
            inner = f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)
            rows.append((2, f"{'abcdefgh'[m]})", inner, it.text))
    for i, (lvl, label, inner, plain) in enumerate(rows):
        cls = ("MsoListParagraphCxSpFirst" if i == 0 else "MsoListParagraphCxSpLast" if i == len(rows) - 1
               else "MsoListParagraphCxSpMiddle")  # fmt: skip
        indent = ".5in" if lvl == 1 else "1.0in"
        html.append(_p(_num(label) + inner, cls, f"margin-left:{indent};text-indent:-.25in;mso-list:l0 level{lvl} "
                       "lfo1"))  # fmt: skip
        text.append(f"{'' if lvl == 1 else '    '}{label}     {plain}")
        if lvl == 2 and (i + 1 == len(rows) or rows[i + 1][0] == 1):
            text.append("")
    sign = ["Webale nnyo,", "", OFFICERS[k], "Disaster Management Focal Person", f"{place} District Local Government",
            f"Tel: +256 77{h % 10} {h % 900 + 100} {h % 9000 + 1000}"]  # fmt: skip
    html += [_p("<o:p>&nbsp;</o:p>")] + [_p(escape(line)) if line else _p("<o:p>&nbsp;</o:p>") for line in sign]
    html.append("</div></body></html>")
    text += ["", *sign]
    msg = EmailMessage()
    msg["From"] = (
        f"{OFFICERS[k]} <{OFFICERS[k].split()[1][0].lower()}{OFFICERS[k].split()[0].lower()}@{place.lower()}.go.ug>"
    )
    msg["To"] = "Disaster Preparedness OPM <disaster.preparedness@opm.go.ug>"
    msg["Cc"] = f"CAO {place} <cao@{place.lower()}.go.ug>"
    msg["Subject"] = f"LIPOOTI KU MBEERA Y'AMATABA NNAMBA {doc.number} - {place.upper()}"
    msg["Date"] = format_datetime(when.replace(hour=16, minute=h % 50 + 5, tzinfo=EAT))
    msg["Message-ID"] = f"<AM{h:08X}{k}{doc.number}@{place.lower()}.go.ug>"
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg["Thread-Index"] = f"AdrK{h:08x}Q=="
    msg["Content-Language"] = "en-ug"
    msg.set_content("\n".join(text) + "\n", charset="utf-8", cte="quoted-printable")
    msg.add_alternative("\n".join(html), subtype="html", charset="utf-8", cte="quoted-printable")
    return bytes(msg)
