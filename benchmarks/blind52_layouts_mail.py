"""Mail writers of the ``blind52_layouts`` set: an Israeli regional council's update to residents on a wildfire,
sent as a newsletter through ActiveTrail, and a Welsh council's weekly status update on a coal tip landslip, sent
by Asana to the project's members.

An Israeli regional council while a wildfire burns near its villages: the spokesperson's "עדכון מצב" to the
residents' mailing list, built in ActiveTrail, the Israeli newsletter service, and received as HTML and the plain
text the service makes from it — right to left throughout (``dir="rtl"``, ``align="right"``): "לצפייה בגרסת
דפדפן", the council's logo, the title and the date and hour, "תושבים יקרים," and a line on the update, each
section's name a bold line in the council's colour, the summary as paragraphs, the other points a list,
"צעדים שננקטו:" in bold, the head of the council's signature, the 106 hotline and the emergency numbers in a box,
the social links, and ActiveTrail's footer ("להסרה מרשימת התפוצה", "נשלח באמצעות ActiveTrail"). "3,400 ₪",
"1.25 מיליון ₪", "1,250", "12%", "16 במאי", "(בעדכון הקודם: 5)".

A Welsh county borough council after a coal tip slipped above a valley village: the programme manager's weekly
status update on the response project in Asana, as Asana mails it to the project's members — HTML and plain text:
"… shared a status update", the project's name, the status ("On track", "At risk") with the update's title, then the
update's rich text — each section's name a heading, the summary as paragraphs, the other points a list,
"Mitigation:" in bold, "Diolch," and the writer's name —, the project's progress line, "View status update" and
"Reply", and Asana's footer with why the member gets it and how to stop. "£3,400", "£1.25m", "1,250",
"16 March", "(last week: 5)".
"""

from __future__ import annotations

import zlib
from datetime import UTC, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from blind24_layouts_content import HODASHIM
from blind52_layouts_banks_away import SREFA
from blind52_layouts_banks_home import COALTIP
from blind52_layouts_content import parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- an Israeli council's newsletter, ActiveTrail

COUNCILS = (("mateyehuda", "מטה יהודה", "אבי לוי", "ראש המועצה", "#2E7D32", "02-9900800"),
            ("galil-elion", "גליל עליון", "רונית כהן", "ראש המועצה", "#1565C0", "04-6816600"),
            ("betshemesh", "בית שמש", "משה אזולאי", "ראש העירייה", "#6A1B9A", "02-9900700"),
            ("misgav", "משגב", "מיכל ברק", "ראש המועצה", "#EF6C00", "04-9902222"))  # fmt: skip
TD = 'style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.6;color:#222222;text-align:right"'


def _he_point(it) -> str:
    risk, lead, rest = parts(it, "he")
    return f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)


def eml_activetrail_srefa_he(doc: Doc) -> bytes:
    """The council's wildfire update to residents as ActiveTrail delivers the newsletter."""
    when = report_day(doc)
    k = SREFA.organisations.index(doc.organisation)
    slug, place, head, post, colour, phone = COUNCILS[k]
    h = zlib.crc32(doc.title.encode())
    hour, minute = 9 + h % 11, h % 60
    title = f"עדכון מצב מס' {doc.number} – השריפה באזור {place}"
    day = f"{when.day} ב{HODASHIM[when.month - 1]} {when.year}, {hour:02d}:{minute:02d}"
    opening = "להלן עדכון המצב של חדר המצב של המועצה בנוגע לשריפה ולפעולות המועצה."
    blocks, text = [], ["לצפייה בגרסת דפדפן", "", title, day, "", "תושבים יקרים,", opening, ""]
    for s in doc.sections:
        blocks.append(f'<tr><td {TD}><p style="margin:18px 0 6px 0;font-size:18px;color:{colour}"><strong>'
                      f"{escape(s.heading)}</strong></p></td></tr>")  # fmt: skip
        text += [s.heading]
        if s.key == "highlights":
            blocks += [f'<tr><td {TD}><p style="margin:0 0 10px 0">{escape(it.text)}</p></td></tr>' for it in s.items]
            text += [it.text for it in s.items]
        else:
            blocks.append(f'<tr><td {TD}><ul dir="rtl" style="margin:0 24px 10px 0;padding:0">'
                          + "".join(f'<li style="margin:0 0 6px 0">{_he_point(it)}</li>' for it in s.items)
                          + "</ul></td></tr>")  # fmt: skip
            text += [f"* {it.text}" for it in s.items]
        text.append("")
    view = f"https://trk.activetrail.com/view/{h:x}/{doc.number}"
    html = f"""<!DOCTYPE html><html dir="rtl" lang="he"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{escape(title)}</title></head>
<body dir="rtl" style="margin:0;padding:0;background:#eeeeee">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#eeeeee" dir="rtl"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" dir="rtl" align="center">
<tr><td align="center" style="padding:8px;font-family:Arial;font-size:12px"><a href="{view}" style="color:#777777">\
לצפייה בגרסת דפדפן</a></td></tr>
<tr><td align="center" style="padding:16px;background:{colour}"><img src="https://img.activetrail.com/{slug}/\
logo.png" alt="{escape(doc.organisation)}" width="220"></td></tr>
<tr><td style="padding:20px 30px 0 30px"><table width="100%" dir="rtl" cellpadding="0" cellspacing="0">
<tr><td {TD}><h1 style="font-size:26px;margin:0 0 6px 0;color:{colour}">{escape(title)}</h1>
<p style="margin:0 0 16px 0;font-size:14px;color:#666666">{day}</p>
<p style="margin:0">תושבים יקרים,</p><p style="margin:0 0 8px 0">{opening}</p></td></tr>
{chr(10).join(blocks)}
<tr><td {TD}><p style="margin:24px 0 0 0">בברכה,</p><p style="margin:0"><strong>{escape(head)}</strong><br>\
{post}</p></td></tr>
</table></td></tr>
<tr><td style="padding:20px 30px"><table width="100%" dir="rtl" style="background:#fff3e0;border-right:4px solid \
{colour}"><tr><td {TD}><p style="margin:10px">מוקד המועצה: 106 או {phone} | משטרה: 100 | מד"א: 101 | כבאות והצלה: \
102</p></td></tr></table></td></tr>
<tr><td align="center" style="padding:10px"><a href="https://www.facebook.com/{slug}">פייסבוק</a> | \
<a href="https://wa.me/972{phone[1:].replace("-", "")}">וואטסאפ</a> | <a href="https://www.{slug}.org.il">אתר המועצה\
</a></td></tr>
<tr><td align="center" style="padding:14px;font-family:Arial;font-size:11px;color:#888888;background:#f5f5f5">\
קיבלת הודעה זו כי נרשמת לעדכוני המועצה. <a href="https://trk.activetrail.com/unsubscribe/{h:x}">להסרה מרשימת \
התפוצה</a><br><a href="https://www.activetrail.co.il"><img src="https://img.activetrail.com/poweredby.png" \
alt="נשלח באמצעות ActiveTrail" width="120"></a></td></tr>
</table></td></tr></table></body></html>"""
    text += ["בברכה,", head, post, "", f"מוקד המועצה: 106 או {phone}", "",
             "להסרה מרשימת התפוצה: https://trk.activetrail.com/unsubscribe/" + f"{h:x}"]  # fmt: skip
    msg = EmailMessage()
    msg["From"] = f"{doc.organisation} <news@{slug}.org.il>"
    msg["To"] = f"resident{h % 9000 + 1000}@gmail.com"
    msg["Subject"] = title
    local = timezone(timedelta(hours=3))
    msg["Date"] = format_datetime((when + timedelta(hours=hour, minutes=minute)).replace(tzinfo=local))
    msg["Message-ID"] = f"<{h:x}.{doc.number}@mail.activetrail.com>"
    msg["List-Unsubscribe"] = f"<https://trk.activetrail.com/unsubscribe/{h:x}>"
    msg["X-Mailer"] = "ActiveTrail"
    msg.set_content("\n".join(text) + "\n")
    msg.add_alternative(html, subtype="html")
    return bytes(msg)


# ---------------------------------------------------------------- a Welsh council's Asana status update

TEAMS = (("rctcbc.gov.uk", "Tylorstown Tip Response", "Rhys Morgan", "Programme Manager, Tip Safety"),
         ("merthyr.gov.uk", "Troedyrhiw Tip Slip", "Ceri Jenkins", "Principal Engineer, Highways"),
         ("caerphilly.gov.uk", "Abertysswg Tip Response", "Gareth Price", "Emergency Planning Manager"),
         ("blaenau-gwent.gov.uk", "Cwmtillery Tip Slip Recovery", "Nia Powell", "Head of Infrastructure"))  # fmt: skip
FONT = "font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;color:#1e1f21"


def _cy_point(it) -> str:
    risk, lead, rest = parts(it, "cy")
    return f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)


def eml_asana_status_coal_tip_cy(doc: Doc) -> bytes:
    """The programme manager's weekly status update as Asana mails it to the project's members."""
    when = report_day(doc)
    k = COALTIP.organisations.index(doc.organisation)
    domain, project, writer, _post = TEAMS[k]
    h = zlib.crc32(doc.title.encode())
    at_risk = any(it.level >= 2 for s in doc.sections if s.risks for it in s.items)
    status, pill = ("At risk", "#f1bd6c") if at_risk else ("On track", "#5da283")
    update = f"Weekly update {doc.number} – {when.day} {when:%B}"
    url = f"https://app.asana.com/0/{1_208_000_000_000_000 + h % 10**9}/status/{h % 10**12}"
    body, text = [], [f"{writer} shared a status update", project, f"{status} · {update}", ""]
    for s in doc.sections:
        body.append(f'<h2 style="{FONT};font-size:16px;font-weight:600;margin:20px 0 6px 0">{escape(s.heading)}</h2>')
        text.append(s.heading)
        if s.key == "highlights":
            body += [f'<p style="{FONT};font-size:14px;margin:0 0 8px 0">{escape(it.text)}</p>' for it in s.items]
            text += [it.text for it in s.items]
        else:
            body.append(
                f'<ul style="{FONT};font-size:14px;margin:0 0 8px 0;padding-left:22px">'
                + "".join(f'<li style="margin:0 0 4px 0">{_cy_point(it)}</li>' for it in s.items)
                + "</ul>"
            )
            text += [f"• {it.text}" for it in s.items]  # fmt: skip
        text.append("")
    done, tasks = 8 + h % 20 + doc.number * 3, 60 + h % 30
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(update)}</title></head>
<body style="margin:0;background:#f6f8f9">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px">
<tr><td style="padding:24px 32px 0 32px"><img src="https://d3ki9tyy5l5ruj.cloudfront.net/obj/asana-logo.png" \
alt="asana" height="22"></td></tr>
<tr><td style="padding:20px 32px 0 32px;{FONT};font-size:14px"><strong>{escape(writer)}</strong> shared a status \
update</td></tr>
<tr><td style="padding:8px 32px 0 32px;{FONT};font-size:13px;color:#6d6e6f">{escape(project)}</td></tr>
<tr><td style="padding:16px 32px 0 32px"><span style="{FONT};display:inline-block;padding:2px 10px;border-radius:10px;\
background:{pill};font-size:12px;font-weight:600">{status}</span>
<h1 style="{FONT};font-size:22px;margin:10px 0 0 0">{escape(update)}</h1></td></tr>
<tr><td style="padding:8px 32px 0 32px">
{chr(10).join(body)}
<p style="{FONT};font-size:14px;margin:16px 0 0 0">Diolch,<br>{escape(writer.split()[0])}</p></td></tr>
<tr><td style="padding:20px 32px 0 32px;{FONT};font-size:13px;color:#6d6e6f">Progress: {done} of {tasks} tasks \
completed</td></tr>
<tr><td style="padding:20px 32px 28px 32px"><a href="{url}" style="{FONT};display:inline-block;padding:8px 16px;\
background:#4573d2;color:#ffffff;border-radius:6px;text-decoration:none;font-size:14px">View status update</a> \
&nbsp; <a href="{url}#comment" style="{FONT};font-size:14px;color:#4573d2">Reply</a></td></tr>
</table>
<table role="presentation" width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:16px 32px;{FONT};\
font-size:12px;color:#6d6e6f;text-align:center">You're receiving this email because you're a member of \
{escape(project)}. <a href="https://app.asana.com/-/account_settings/notifications" style="color:#6d6e6f">Change \
notification settings</a> · <a href="https://app.asana.com/-/unsubscribe?u={h:x}" style="color:#6d6e6f">Unsubscribe\
</a><br>Asana, Inc., 633 Folsom St, Suite 100, San Francisco, CA 94107</td></tr></table>
</td></tr></table></body></html>"""
    text += ["Diolch,", writer.split()[0], "", f"Progress: {done} of {tasks} tasks completed", "",
             f"View status update: {url}", "", f"You're receiving this email because you're a member of {project}.",
             "Asana, Inc., 633 Folsom St, Suite 100, San Francisco, CA 94107"]  # fmt: skip
    msg = EmailMessage()
    msg["From"] = f"{writer} (Asana) <no-reply@asana.com>"
    msg["Reply-To"] = f"reply+{h:x}@mail.asana.com"
    msg["To"] = f"{project.split()[0].lower()}.team@{domain}"
    msg["Subject"] = f"{project}: {status} – {update}"
    msg["Date"] = format_datetime((when + timedelta(hours=16, minutes=h % 50)).replace(tzinfo=UTC))
    msg["Message-ID"] = f"<{h:x}.{doc.number}.status@asana.com>"
    msg["X-Asana-Notification-Type"] = "project_status_update"
    msg.set_content("\n".join(text) + "\n")
    msg.add_alternative(html, subtype="html")
    return bytes(msg)
