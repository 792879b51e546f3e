"""Mail writers of the ``blind59_layouts`` set: Energo-Pro Georgia's outage newsletter sent with Salesforce Marketing
Cloud, and a PHLPost area office's typhoon memorandum sent from SquirrelMail.

A regional service centre of Energo-Pro Georgia after heavy snow has brought lines down: the "ინფორმაცია
ელექტრომომარაგების შესახებ" to the customers subscribed on its site, built in Marketing Cloud's Content Builder and
received as HTML and plain text — the preheader, "წერილი სწორად არ ჩანს? იხილეთ ბრაუზერში", the logo band, the
title and date, "ძვირფასო აბონენტო," and a line, each section an ``<h2>`` in a content block, the summary as
paragraphs, the other points a list, "მიღებული ზომები:" in bold, "გმადლობთ მოთმინებისთვის!" and "პატივისცემით,
ენერგო-პრო ჯორჯია", the hotline band, social icons, the footer "ეს წერილი გამოგზავნილია:" with the address,
"გამოწერის გაუქმება", the ``click.e.…`` links and the ``open.e.…`` pixel. "3,4 მლნ ლარი", "1 250", "16 თებერვალი",
"(წინა ინფორმაცია: 5)".

An area office of the Philippine Postal Corporation after a typhoon: the area director's "Situation Report" typed
as a memorandum in the corporation's SquirrelMail webmail and sent as plain text only — "MEMORANDUM", "FOR :",
"THRU :", "FROM :", "SUBJECT :" and "DATE :" lined up with spaces, a rule, "Respectfully submitted …", each
section's name in capitals after a Roman numeral ("I. HIGHLIGHTS"), the highlights as lines, the other points
lettered "a.", "b.", "Action taken:" in the line of its risk, "For the information of the Postmaster General.",
the director's name in capitals and post, and the mail's disclaimer. "PHP 4,900,000.00", "November 16, 2026",
"(previous report: 5)".
"""

from __future__ import annotations

import zlib
from email.message import EmailMessage
from html import escape

from blind7_layouts_content import report_day
from blind58_layouts_mail import message
from blind59_layouts_banks_away import TOVLI
from blind59_layouts_banks_home import POSTAL
from blind59_layouts_content import TVEEBI, parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- Energo-Pro Georgia's Marketing Cloud mail

REGIONS = (("ქუთაისი", "ქ. ქუთაისი, ჭავჭავაძის გამზ. 17"), ("ბათუმი", "ქ. ბათუმი, გორგილაძის ქ. 42"),
           ("თელავი", "ქ. თელავი, ერეკლე II-ის ქ. 5"), ("გორი", "ქ. გორი, სტალინის გამზ. 23"))  # fmt: skip
F = "font-family:Arial,sans-serif;color:#333333;font-size:15px;line-height:22px"


def eml_salesforce_energo_tovli_ka(doc: Doc) -> bytes:
    """The region's outage newsletter as Marketing Cloud delivers it."""
    when = report_day(doc)
    city, address = REGIONS[TOVLI.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    qs = f"{h:x}{doc.number:02d}"
    link = lambda k: f"https://click.e.energo-pro.ge/?qs={qs}{k:02d}{h % 4099:x}"  # noqa: E731
    stamp = f"{when.day} {TVEEBI[when.month - 1]}, {when.year}"
    title = f"ინფორმაცია ელექტრომომარაგების შესახებ №{doc.number}"
    opening = f"გაცნობებთ {city}ს სერვის-ცენტრის მომსახურების ზონაში ელექტრომომარაგების მდგომარეობას."
    blocks, lines = [], [title, stamp, "", "ძვირფასო აბონენტო,", "", opening, ""]
    for s in doc.sections:
        blocks.append(f'<h2 style="font-family:Arial,sans-serif;font-size:19px;color:#e2001a;margin:22px 0 8px">'
                      f"{escape(s.heading)}</h2>")  # fmt: skip
        lines += [s.heading, ""]
        if s.key == "highlights":
            blocks += [f'<p style="margin:0 0 10px">{escape(it.text)}</p>' for it in s.items]
            lines += [it.text for it in s.items]
        else:
            blocks.append("<ul>" + "".join(f"<li>{_mark(it)}</li>" for it in s.items) + "</ul>")
            lines += [f"- {it.text}" for it in s.items]
        lines.append("")
    closing = ["გმადლობთ მოთმინებისთვის!", "", "პატივისცემით,", "ენერგო-პრო ჯორჯია"]
    footer = [f"ცხელი ხაზი: 2 300 300 | {link(1)}", "", f"ეს წერილი გამოგზავნილია: სს „ენერგო-პრო ჯორჯია“, "
              f"{address}", f"გამოწერის გაუქმება: {link(9)}"]  # fmt: skip
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{escape(title)}</title></head><body style="margin:0;background:#f2f2f2">
<div style="display:none;font-size:1px;max-height:0">{escape(opening)}</div>
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0" role="presentation" class="stylingblock-content-wrapper">
<tr><td style="padding:8px;text-align:center;font:11px Arial;color:#888">წერილი სწორად არ ჩანს? <a href="\
https://view.e.energo-pro.ge/?qs={qs}ff">იხილეთ ბრაუზერში</a></td></tr>
<tr><td bgcolor="#e2001a" style="padding:18px 26px"><img src="https://image.e.energo-pro.ge/lib/fe{h % 999:x}/m/1\
/energo-pro-logo-white.png" alt="ENERGO-PRO" width="150"></td></tr>
<tr><td bgcolor="#ffffff" style="padding:24px 26px 6px"><h1 style="font:bold 23px Arial;margin:0">{escape(title)}\
</h1><p style="font:13px Arial;color:#888;margin:6px 0 0">{stamp}</p></td></tr>
<tr><td bgcolor="#ffffff" class="stylingblock-content-wrapper camarker-inner" style="padding:10px 26px 24px;{F}">
<p>ძვირფასო აბონენტო,</p><p>{escape(opening)}</p>{"".join(blocks)}
<p>გმადლობთ მოთმინებისთვის!</p><p>პატივისცემით,<br>ენერგო-პრო ჯორჯია</p></td></tr>
<tr><td bgcolor="#333333" style="padding:16px 26px;{F};color:#ffffff;text-align:center">ცხელი ხაზი: <b>2 300 300\
</b> | <a href="{link(1)}" style="color:#ffffff">energo-pro.ge</a></td></tr>
<tr><td style="padding:14px;text-align:center"><a href="{link(2)}"><img src="https://image.e.energo-pro.ge/lib/\
fe{h % 999:x}/m/1/fb.png" alt="Facebook" width="26"></a> <a href="{link(3)}"><img src="https://image.e.energo-pro\
.ge/lib/fe{h % 999:x}/m/1/yt.png" alt="YouTube" width="26"></a></td></tr>
<tr><td style="padding:6px 26px 24px;text-align:center;font:11px/1.6 Arial;color:#888">ეს წერილი გამოგზავნილია: \
სს „ენერგო-პრო ჯორჯია“, {escape(address)}<br><a href="{link(9)}" style="color:#888">გამოწერის გაუქმება</a> | \
<a href="{link(8)}" style="color:#888">კონფიდენციალურობის პოლიტიკა</a></td></tr>
</table></td></tr></table><img src="https://open.e.energo-pro.ge/o/{qs}" width="1" height="1" alt=""></body></html>"""
    text = "\n".join([*lines, *closing, "", *footer]) + "\n"
    return message("ენერგო-პრო ჯორჯია <info@e.energo-pro.ge>", "abonenti@example.ge", title, when, 10, 4,
                   f"<{h:x}.{doc.number}@s7.exacttarget.com>", text, html,
                   {"List-Unsubscribe": f"<{link(9)}>", "X-SFMC-Stack": "7"})  # fmt: skip


def _mark(it) -> str:
    risk, lead, rest = parts(it, "ka")
    return f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)


# ---------------------------------------------------------------- a PHLPost area office's SquirrelMail memo

AREAS = (("ENGR. RODOLFO B. DELA CRUZ", "AREA 1", "San Fernando, La Union", "area1"),
         ("MS. MARIBEL S. NAVARRO", "AREA 5", "Legazpi City", "area5"),
         ("MR. JOSE ANTONIO C. ALCANTARA", "AREA 7", "Cebu City", "area7"),
         ("ATTY. ELENA R. MACAPAGAL", "AREA 8", "Tacloban City", "area8"))  # fmt: skip


def eml_squirrelmail_phlpost_typhoon_ph(doc: Doc) -> bytes:
    """The area director's typhoon memorandum as SquirrelMail sends it, plain text only."""
    when = report_day(doc)
    name, area, seat, user = AREAS[POSTAL.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    date = f"{when:%B} {when.day}, {when.year}"
    lines = [
        "MEMORANDUM", "",
        "FOR     : THE POSTMASTER GENERAL AND CHIEF EXECUTIVE OFFICER",
        "THRU    : THE ASSISTANT POSTMASTER GENERAL FOR OPERATIONS",
        f"FROM    : THE AREA DIRECTOR, {area}",
        f"SUBJECT : SITUATION REPORT NO. {doc.number} ON THE EFFECTS OF THE TYPHOON",
        f"DATE    : {date}",
        "_" * 64, "",
        f"Respectfully submitted is the situation report of {area} ({seat}) as of 8:00 AM today, {date}.", "",
    ]  # fmt: skip
    for s in doc.sections:
        lines.append(s.heading)
        if s.key == "highlights":
            lines += [it.text for it in s.items]
        else:
            lines += [f"   {chr(97 + k)}. {it.text}" for k, it in enumerate(s.items)]
        lines.append("")
    lines += [
        "For the information of the Postmaster General.",
        "",
        "",
        name,
        f"Area Director, {area}",
        "",
        "--",
        "CONFIDENTIALITY NOTICE: This e-mail and any attachment are intended only for the addressee and may",
        "contain privileged information. If you are not the intended recipient, please notify the sender.",
    ]
    msg = EmailMessage()
    msg["Message-ID"] = f"<{h:x}.{doc.number}.squirrel@webmail.phlpost.gov.ph>"
    msg["Date"] = f"{when:%a, %d %b %Y} 0{h % 3 + 7}:{h % 50 + 10}:{h % 50 + 10} +0800"
    msg["Subject"] = f"SITREP NO. {doc.number} - TYPHOON - {area}"
    msg["From"] = f'"{area} Office of the Area Director" <{user}@phlpost.gov.ph>'
    msg["To"] = "opg@phlpost.gov.ph"
    msg["Cc"] = "apgops@phlpost.gov.ph, drrm@phlpost.gov.ph"
    msg["User-Agent"] = "SquirrelMail/1.4.22"
    msg["X-Priority"] = "3 (Normal)"
    msg.set_content("\n".join(lines) + "\n", cte="8bit")
    return bytes(msg)
