"""Mail writer of the ``blind63_layouts`` set: an Omani governorate health directorate's cyclone report sent from
IceWarp's WebClient, right to left.

A directorate general of health services of an Omani governorate in a tropical cyclone: the director general's daily
report to the governorate's sub-committee for emergency management, typed in Arabic into the ministry's IceWarp
WebClient (an HTML part set right to left and its plain text) — IceWarp's headers and ``X-Mailer``, "السادة/ …
المحترمين" with the committee, "السلام عليكم ورحمة الله وبركاته،،،", "تحية طيبة وبعد،" and the sentence giving the
report's number and the hour it stands at with the day in the Hijri and the Gregorian calendar, then each section's
name after an ordinal on a line of its own ("أولاً: الملخص", bold and underlined in HTML), every point a line after
"- ", "الإجراءات المتخذة:" in bold in a risk's line; "وتفضلوا بقبول فائق الاحترام والتقدير،،،", the director
general's name, post, ministry and telephone, and the server's confidentiality notice in Arabic and English. Western
digits as the ministry's keyboards type them: "28,322 ريال عماني", "1,250", "16 أكتوبر", "(التقرير السابق: 5)".
"""

from __future__ import annotations

import zlib
from email.message import EmailMessage
from html import escape

from blind7_layouts_content import report_day
from blind63_layouts_banks_mainland import MADARIYA
from blind63_layouts_content import AR_MONTHS, HIJRI_AR, hijri, parts
from council_layouts_gold import Doc

GOVERNORATES = (
    ("ظفار", "dhofar", "د. سالم بن علي المعشني", "23 211 500"),
    ("الوسطى", "alwusta", "د. خالد بن سعيد الجنيبي", "23 436 200"),
    ("جنوب الشرقية", "southsharqiyah", "د. أحمد بن محمد العلوي", "25 562 300"),
    ("مسقط", "muscat", "د. فاطمة بنت سالم البلوشية", "24 441 900"),
)
AYYAM = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
NOTICE = ("تنبيه: هذه الرسالة ومرفقاتها سرية ومخصصة للمرسل إليه فقط، فإذا وصلتك عن طريق الخطأ يرجى إبلاغ المرسل "
          "وحذفها.",
          "Disclaimer: This e-mail and any attachments are confidential and intended solely for the addressee. If you "
          "have received it in error, please notify the sender and delete it.")  # fmt: skip


def eml_icewarp_madariya_om(doc: Doc) -> bytes:
    """The directorate's cyclone report as IceWarp's WebClient sends it, HTML with its plain text."""
    when = report_day(doc)
    gov, latin, director, phone = GOVERNORATES[MADARIYA.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    hd, hm, hy = hijri(when.date())
    day = f"{AYYAM[when.weekday()]} {hd} {HIJRI_AR[hm]} {hy}هـ"
    day += f" الموافق {when.day} {AR_MONTHS[when.month - 1]} {when.year}م"
    head = [
        (f"السادة/ رئيس وأعضاء اللجنة الفرعية لإدارة الحالات الطارئة بمحافظة {gov}          المحترمين", True),
        ("", False),
        ("السلام عليكم ورحمة الله وبركاته،،،", False),
        ("تحية طيبة وبعد،", False),
        (f"نرفق لكم التقرير رقم ({doc.number}) حول الوضع الصحي بمحافظة {gov} جراء الحالة المدارية، وذلك حتى الساعة "
         f"14:00 من يوم {day}.", False),
        ("", False),
    ]  # fmt: skip
    tail = ["وتفضلوا بقبول فائق الاحترام والتقدير،،،", "", director, f"المدير العام للخدمات الصحية بمحافظة {gov}",
            "وزارة الصحة – سلطنة عُمان", f"هاتف: +968 {phone}"]  # fmt: skip
    text = [line for line, _ in head]
    html = [f"<div>{'<b>' + escape(line) + '</b>' if bold else escape(line) or '<br>'}</div>" for line, bold in head]
    for s in doc.sections:
        text.append(s.heading)
        html.append(f"<div><b><u>{escape(s.heading)}</u></b></div>")
        for it in s.items:
            risk, lead, rest = parts(it, "ar")
            text.append(f"- {risk} {lead} {rest}" if lead else f"- {it.text}")
            html.append(f"<div>- {escape(risk)} <b>{escape(lead)}</b> {escape(rest)}</div>" if lead
                        else f"<div>- {escape(it.text)}</div>")  # fmt: skip
        text.append("")
        html.append("<div><br></div>")
    text += tail
    html += [f"<div>{escape(line) or '<br>'}</div>" for line in tail]
    notice = "".join(f'<div style="font-size: 8pt; color: #808080;" dir="{d}">{escape(n)}</div>'
                     for n, d in zip(NOTICE, ("rtl", "ltr"), strict=True))  # fmt: skip
    msg = EmailMessage()
    msg["Date"] = f"{when:%a, %d %b %Y} 14:{20 + h % 35:02d}:{h % 60:02d} +0400"
    msg["From"] = f'"{director}" <dghs.{latin}@moh.gov.om>'
    msg["To"] = f"emergency.{latin}@ncem.gov.om"
    msg["Cc"] = "hemc@moh.gov.om"
    msg["Subject"] = f"التقرير رقم ({doc.number}) - الوضع الصحي بمحافظة {gov} - الحالة المدارية"
    msg["Message-ID"] = f"<{h:08x}{doc.number:04x}.{when:%Y%m%d}140{h % 10}@moh.gov.om>"
    msg["X-Mailer"] = "IceWarp WebClient 13.0.3.8 x64"
    msg["X-Priority"] = "1 (Highest)"
    msg["Importance"] = "High"
    msg.set_content("\n".join(text) + "\n\n-- \n" + "\n".join(NOTICE) + "\n", cte="base64")
    msg.add_alternative('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                        '<div style="font-family: Tahoma; font-size: 11pt; color: #000000;" dir="rtl">'
                        + "".join(html) + f"</div><br><br>{notice}</body></html>", subtype="html",
                        cte="base64")  # fmt: skip
    return bytes(msg)
