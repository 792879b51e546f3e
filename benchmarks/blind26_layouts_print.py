"""Print writer of the ``blind26_layouts`` set: an Irish island community co-operative's storm update written in
Irish in Gmail and printed to PDF by the county council's Gaeltacht officer who received it (Gmail's "Print all"
view through the browser's "Save as PDF", weasyprint here): the browser's margin lines — the date and time of
printing top left, "Gmail - " and the subject top centre, the ``mail.google.com/mail/u/0/?ik=…&view=pt&search=all…``
address bottom left and "1/2" bottom right —, Gmail's print page — the logo, the officer's name and address at the
right, the subject in large type, "1 message", rules —, the sender's name in bold and address, the date at the right
("Tue, 28 Jan 2025 at 08:41"), the "To:" and "Cc:" lines, then the message as Gmail composes it: "A chairde," and
the covering line, each heading a bold line of its own, the points a ``<ul>``, the situation as lines of their own,
"Maolú:" in bold inside a risk's point, "Le meas," the manager's name and the co-operative's Gmail signature after
"-- " in grey; "1,250", "€3,400", "16 Eanáir", "(tuairisc roimhe seo: 5)".
"""

from __future__ import annotations

import zlib
from datetime import timedelta
from html import escape

from blind7_layouts_content import report_day
from blind26_layouts_content import LAETHANTA, MIONNA, parts
from council_layouts_gold import Doc

COOPS = {"Árann": ("Máire Ní Fhlatharta", "arann", "Inis Mór, Oileáin Árann, Co. na Gaillimhe", "099 61 234"),
         "Oileán Thoraí": ("Pádraig Ó Dúgáin", "toraigh", "Oileán Thoraí, Co. Dhún na nGall", "074 913 5502"),
         "Chléire": ("Siobhán Ní Dhrisceoil", "cleire", "Oileán Chléire, Co. Chorcaí", "028 39 119"),
         "Árainn Mhór": ("Séamus Ó Beirn", "arainnmhor", "Árainn Mhór, Co. Dhún na nGall", "074 952 0736")}  # fmt: skip
OFFICERS = {"Árann": ("Ciarán Ó Conghaile", "galwaycoco.ie"), "Chléire": ("Niamh Ní Loingsigh", "corkcoco.ie"),
            "Oileán Thoraí": ("Eoin Mac Giolla Bhríde", "donegalcoco.ie"),
            "Árainn Mhór": ("Eoin Mac Giolla Bhríde", "donegalcoco.ie")}  # fmt: skip
CSS = """
@page { size: A4; margin: 14mm 9mm 14mm 9mm;
  @top-left { content: "%(printed)s"; font: 8pt Arial, sans-serif; }
  @top-center { content: "%(tab)s"; font: 8pt Arial, sans-serif; }
  @bottom-left { content: "%(url)s"; font: 8pt Arial, sans-serif; }
  @bottom-right { content: counter(page) "/" counter(pages); font: 8pt Arial, sans-serif; } }
body { font-family: Arial, sans-serif; font-size: 13px; margin: 0 4mm; }
hr { border: 0; border-top: 1px solid #ccc; }
.sig { color: #888; }
ul { margin: 0 0 6px 0; padding-left: 28px; }
"""


def _gaeilge(day) -> str:
    return f"Dé {LAETHANTA[day.weekday()]} {day.day} {MIONNA[day.month - 1]} {day.year}"


def pdf_gmail_print_ga(doc: Doc) -> bytes:
    """The co-operative's e-mail as the council officer printed it from Gmail."""
    from weasyprint import HTML

    when = report_day(doc).replace(hour=8, minute=41)
    place = doc.organisation.removeprefix("Comharchumann ").removeprefix("Forbartha ")
    manager, login, address, phone = COOPS[place]
    officer, domain = OFFICERS[place]
    subject = f"Nuashonrú stoirme uimh. {doc.number} – {doc.organisation}"
    printed = when + timedelta(minutes=23 + doc.number % 20)
    thread = 1822000000000000000 + zlib.crc32(doc.title.encode())
    url = f"https://mail.google.com/mail/u/0/?ik=3f9a2c1b7d&view=pt&search=all&permthid=thread-f:{thread}&simpl=msg-f:{thread}"
    url = url[:112] + "…"  # the browser cuts the address to the width of the margin line
    css = CSS % {"printed": f"{printed:%d/%m/%Y, %H:%M}", "tab": f"Gmail - {subject}", "url": url}
    body = ['<div dir="ltr"><div>A chairde,</div><div><br></div>',
            f"<div>Seo thíos nuashonrú uimh. {doc.number} ón gcomharchumann ar thionchar na stoirme ar an oileán, "
            f"{escape(_gaeilge(when))}. Cuirfear an chéad nuashonrú eile amárach.</div><div><br></div>"]  # fmt: skip
    for s in doc.sections:
        body.append(f"<div><b>{escape(s.heading)}</b></div>")
        if s.key == "situation":
            body += [f"<div>{escape(it.text)}</div>" for it in s.items]
            body.append("<div><br></div>")
            continue
        body.append("<ul>")
        for it in s.items:
            risk, lead, rest = parts(it, "ga")
            inner = f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)
            body.append(f'<li style="margin-left:15px">{inner}</li>')
        body.append("</ul>")
    body += ["<div>Le meas,</div>", f"<div>{escape(manager)}</div><div><br></div>",
             '<div>-- <br><div dir="ltr" class="gmail_signature"><div class="sig">',
             f"{escape(manager)}<br>Bainisteoir,",
             f" {escape(doc.organisation)}<br>{escape(address)}<br>Fón: {phone}</div></div></div></div>"]  # fmt: skip
    sender = f"{login}.comharchumann@gmail.com"
    page = (f"<html><head><meta charset='utf-8'><title>Gmail - {escape(subject)}</title><style>{css}</style></head>"
            "<body><table width='100%' cellpadding='0' cellspacing='0'><tr><td style='font-size:22px;color:#666'>"
            f"Gmail</td><td align='right'><font size='-1'><b>{escape(officer)}</b> &lt;"
            f"{officer.split()[0].lower()}.{officer.split()[-1].lower()}@{domain}&gt;</font></td></tr></table><hr>"
            f"<div style='font-size:18px'><b>{escape(subject)}</b></div><div style='font-size:11px;color:#777'>"
            "1 message</div><hr><table width='100%' cellpadding='0' cellspacing='0'><tr><td><font size='-1'>"
            f"<b>{escape(doc.organisation)}</b> &lt;{sender}&gt;</font></td><td align='right'><font size='-1'>"
            f"{when:%a}, {when.day} {when:%b %Y} at {when:%H:%M}</font></td></tr><tr><td colspan='2'>"
            f"<font size='-1' color='#555'><div>To: {escape(officer)} &lt;{officer.split()[0].lower()}."
            f"{officer.split()[-1].lower()}@{domain}&gt;</div><div>Cc: Oifig na nOileán &lt;oileain@{domain}&gt;, "
            "Garda Cósta na hÉireann &lt;mrcc@irishcoastguard.ie&gt;</div></font></td></tr><tr><td colspan='2'>"
            f"<table width='100%' cellpadding='12'><tr><td>{''.join(body)}</td></tr></table></td></tr></table>"
            "</body></html>")  # fmt: skip
    return HTML(string=page).write_pdf()
