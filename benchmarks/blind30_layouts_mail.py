"""Mail writers of the ``blind30_layouts`` set.

A US state livestock board's weekly New World screwworm response update, sent to its subscribers as a Granicus
GovDelivery bulletin: from ``<code>@public.govdelivery.com`` with GovDelivery's ``List-Unsubscribe`` and account
headers, ``multipart/alternative`` in quoted-printable — the text part as GovDelivery writes it from the bulletin
(the "View it as a Web page" line with the address in square brackets, the banner's alt text, the points " * ", a
rule of underscores before the subscriber services and the "This email was sent to … using GovDelivery
Communications Cloud" footer) and the HTML of the bulletin template: the hidden preheader, "Having trouble viewing
this email?", the banner image, the body cell (the update's title in ``<h1>``, the date, the line saying who the
update goes to, each section an ``<h2>``, the situation in ``<p>`` paragraphs, the others in ``<ul>`` points,
"<strong>Response actions:</strong>" inside a risk's point, a map with its alt text and the "Report a suspected case"
button), the "Stay Connected" icons, "SUBSCRIBER SERVICES: Manage Preferences | Unsubscribe | Help" and the
GovDelivery footer with its logo. "$3,400", "$1.25 million", "September 16", "(previous update: 5)".

An Irish environmental health service's Listeria outbreak control team sitrep, forwarded by the principal
environmental health officer from HCL Notes: the Notes headers (``X-Mailer: HCL Notes Release …``, ``X-MIMETrack``
serialize lines, ``X-KeepSent``, a Notes ``Message-ID`` "<OF…-ON…@…>", the boundary "0__=…", ``Content-type`` and
``Content-transfer-encoding`` as Notes spells them), "Fw:" in the subject, a text part and an HTML part as Notes
writes them — ``<font size=2 face="sans-serif">`` runs and ``<br>`` breaks, ``<li>`` without their ends —: the
officer's covering lines and signature block, the forward line "----- Forwarded by Mary Byrne/EHS/HSE on 08/10/2025
10:14 -----" and the From, To, Date and Subject table of the forwarded memo, then the memo as the team's secretary
typed it in the Notes editor: the title and the date and author line, each section a bold line, the points a Notes
bulleted list ("*" in the text part), "Controls in place:" bold inside a risk's point, the next sitrep line, and the
service's e-mail disclaimer under a row of asterisks. "€3,400", "(previous sitrep: 5)".
"""

from __future__ import annotations

import quopri
import zlib
from datetime import timedelta, timezone
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from blind30_layouts_content import parts
from council_layouts_gold import Doc


def _qp(text: str) -> str:
    return quopri.encodestring(text.replace("\r\n", "\n").encode("utf-8")).decode("ascii").replace("\n", "\r\n")


# ---------------------------------------------------------------- GovDelivery bulletin

BOARDS = {"Pecos Valley": ("PVLB", "Roswell, NM 88201", "300 N Richardson Ave", "-0600"),
          "Gulf Coast": ("GCAHC", "Victoria, TX 77901", "1401 E Rio Grande St", "-0500"),
          "High Plains": ("HPDA", "Amarillo, TX 79101", "600 S Tyler St", "-0500"),
          "Sonoran Border": ("SBLSB", "Tucson, AZ 85701", "1688 W Adams St", "-0700")}  # fmt: skip
PARAGRAPHS = ("Current situation",)


def _points(doc: Doc) -> tuple[list[str], list[str]]:
    """(HTML, text) of the bulletin's sections."""
    html, text = [], []
    for s in doc.sections:
        html.append(f'<h2 style="color:#5a3e1b;font-family:Arial,sans-serif;font-size:20px">{escape(s.heading)}</h2>')
        text += [s.heading, ""]
        paragraphs = s.heading in PARAGRAPHS
        html.append("" if paragraphs else "<ul>")
        for it in s.items:
            risk, lead, rest = parts(it, "us")
            inner = f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)
            html.append(f"<p>{inner}</p>" if paragraphs else f"<li>{inner}</li>")
            text += [it.text, ""] if paragraphs else [f" * {it.text}"]
        html.append("" if paragraphs else "</ul>")
        text += [] if paragraphs else [""]
    return html, text


def eml_govdelivery_screwworm_us(doc: Doc) -> bytes:
    """The weekly update as GovDelivery delivers the bulletin."""
    code, city, street, tz = next(v for k, v in BOARDS.items() if doc.organisation.startswith(k))
    when = report_day(doc)
    sent = when.replace(hour=15, minute=4 + doc.number % 50, tzinfo=timezone(timedelta(hours=int(tz[:3]))))
    bulletin = f"{zlib.crc32(doc.title.encode()):x}"[:7]
    web = f"https://content.govdelivery.com/accounts/{code}/bulletins/{bulletin}"
    prefs = f"https://public.govdelivery.com/accounts/{code}/subscriber/edit?preferences=true#tab1"
    reader = "producer@ranchmail.example"
    title = f"New World Screwworm Response Update #{doc.number}"
    day = f"{when:%B} {when.day}, {when.year}"
    who = "This update goes to livestock producers, veterinarians, markets and partners every week during the response."
    html_points, text_points = _points(doc)
    html = ["<!DOCTYPE html>", "<html><head>", '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">', f"<title>{escape(title)}</title>",
            "<style>body{margin:0;padding:0}table{border-collapse:collapse}.gd_combo_text_cell{font-family:Arial,"
            "sans-serif;font-size:16px;line-height:1.5}</style></head>", '<body style="background:#f1f1f1">',
            '<div style="display:none;max-height:0;overflow:hidden">Surveillance, sterile fly releases and what '
            "producers should watch for</div>",
            '<table class="gd_combo_table" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">',
            '<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">',
            '<tr><td style="font-size:12px;padding:8px;text-align:center">Having trouble viewing this email? '
            f'<a href="{web}">View it as a Web page</a>.</td></tr>',
            f'<tr><td><img alt="{escape(doc.organisation)} banner" width="600" src="https://content.govdelivery.com/'
            f'attachments/fancy_images/{code}/2025/02/{zlib.crc32(code.encode()) % 9000000}/banner_original.png">'
            "</td></tr>",
            '<tr><td class="gd_combo_text_cell" style="padding:12px 24px">',
            f'<h1 style="font-family:Arial,sans-serif;font-size:26px">{escape(title)}</h1>', f"<p><em>{day}</em></p>",
            f"<p>{who}</p>", *html_points,
            f'<p><img alt="Map of confirmed screwworm detections near the state line" width="550" src="https://'
            f'content.govdelivery.com/attachments/{code}/2025/09/map-{doc.number}.png"></p>',
            f'<table align="center"><tr><td style="background:#5a3e1b;padding:10px 18px"><a style="color:#ffffff" '
            f'href="https://www.{code.lower()}.example.gov/screwworm">Report a suspected case</a></td></tr></table>',
            "</td></tr>",
            '<tr><td style="padding:12px 24px;font-size:13px">Stay Connected: <a href="#"><img alt="Facebook" '
            'src="https://content.govdelivery.com/fb.png"></a> <a href="#"><img alt="X" src="https://content.'
            'govdelivery.com/x.png"></a> <a href="#"><img alt="YouTube" src="https://content.govdelivery.com/yt.png">'
            "</a></td></tr>",
            f'<tr><td style="padding:12px 24px;font-size:12px">SUBSCRIBER SERVICES:<br><a href="{prefs}">Manage '
            'Preferences</a> &nbsp;|&nbsp; <a href="#">Unsubscribe</a> &nbsp;|&nbsp; <a href="https://subscriberhelp.'
            'granicus.com/">Help</a></td></tr></table>',
            '<table width="600" cellpadding="0" cellspacing="0"><tr><td style="font-size:11px;color:#666;padding:12px">'
            f"This email was sent to {reader} using GovDelivery Communications Cloud on behalf of: "
            f"{escape(doc.organisation)} · {street} · {city} <img alt='GovDelivery logo' src='https://content."
            "govdelivery.com/govd_logo.png'></td></tr></table>", "</td></tr></table>", "</body></html>"]  # fmt: skip
    text = [f"Having trouble viewing this email? View it as a Web page [ {web} ].", "",
            f"{doc.organisation} banner", "", title, "", day, "", who, "", *text_points,
            f"Report a suspected case [ https://www.{code.lower()}.example.gov/screwworm ]", "",
            "_" * 72, "", "Stay Connected: Facebook [ # ] X [ # ] YouTube [ # ]", "",
            f"SUBSCRIBER SERVICES:\nManage Preferences [ {prefs} ]  |  Unsubscribe [ # ]  |  Help [ "
            "https://subscriberhelp.granicus.com/ ]", "", "_" * 72, "",
            f"This email was sent to {reader} using GovDelivery Communications Cloud on behalf of: "
            f"{doc.organisation} · {street} · {city}"]  # fmt: skip
    boundary = f"----=_Part_{zlib.crc32(title.encode()) % 10**7}_{doc.number}.{zlib.crc32(code.encode())}"
    head = [f"From: {doc.organisation} <{code.lower()}@public.govdelivery.com>", f"To: {reader}",
            f"Subject: {title}", f"Date: {format_datetime(sent)}",
            f"Message-ID: <{sent:%Y%m%d%H%M}.{bulletin}@public.govdelivery.com>",
            f"List-Unsubscribe: <https://public.govdelivery.com/accounts/{code}/subscriber/one_click_unsubscribe?"
            f"verification=5.{bulletin}&destination={reader}>", "X-Accounttype: pd",
            f"X-Auid: {code}-{bulletin}", "MIME-Version: 1.0",
            f'Content-Type: multipart/alternative; boundary="{boundary}"', "",
            f"--{boundary}", "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable",
            "", _qp("\n".join(text)), f"--{boundary}", "Content-Type: text/html; charset=UTF-8",
            "Content-Transfer-Encoding: quoted-printable", "", _qp("\n".join(html)), f"--{boundary}--", ""]  # fmt: skip
    return "\r\n".join(head).encode("ascii")


# ---------------------------------------------------------------- HCL Notes forward

REGIONS = {"Midlands": ("Mary Byrne", "John Murphy", "057 932 1400"),
           "South East": ("Siobhan Walsh", "Declan Power", "051 842 800"),
           "Border": ("Aoife McGuinness", "Ciaran Duffy", "042 939 2500"),
           "Western": ("Niamh Flaherty", "Padraig Keane", "091 775 200")}  # fmt: skip
FONT = '<font size=2 face="sans-serif">'
SMALL = '<font size=1 face="sans-serif">'
DISCLAIMER = ("This message and any attachment are confidential and intended only for the named recipient. If you "
              "have received it in error please tell the sender and delete it.")  # fmt: skip


def _dn(name: str) -> str:
    return f"{name}/EHS/HSE"


def eml_hcl_notes_food_ie(doc: Doc) -> bytes:
    """The team's sitrep as HCL Notes sends it on when the principal officer forwards it."""
    region = next(k for k in REGIONS if k in doc.organisation)
    boss, chair, phone = REGIONS[region]
    when = report_day(doc)
    typed = when.replace(hour=9, minute=40 + doc.number % 15, tzinfo=timezone(timedelta(hours=1)))
    fwd = typed + timedelta(minutes=22)
    subject = f"Listeria OCT sitrep {doc.number} - {when:%d/%m/%Y}"
    group = f"EHS {region} Listeria IMT"
    title = f"Listeria monocytogenes outbreak - OCT sitrep {doc.number}"
    byline = f"Date: {when:%d/%m/%Y}   Time: 09:30   Prepared by: {chair}, OCT secretariat"
    nxt = when + timedelta(days=2)
    cover = ["All,", "", "FYI - the latest sitrep from the outbreak control team is below.", "", "Regards", "",
             boss.split()[0], "", boss, "Principal Environmental Health Officer", doc.organisation,
             f"Tel: {phone}"]  # fmt: skip
    text = [*cover, "", "", f"----- Forwarded by {_dn(boss)} on {fwd:%d/%m/%Y %H:%M} -----", "",
            f"From:\t{_dn(chair)}", f"To:\t{group}", f"Date:\t{typed:%d/%m/%Y %H:%M}", f"Subject:\t{subject}",
            "", "", "", title, byline, ""]  # fmt: skip
    html = [
        f"<html><body><p>{FONT}{'<br>'.join(escape(x) for x in cover[:7])}</font>",
        f"<br><br>{FONT}{'<br>'.join(escape(x) for x in cover[8:])}</font>",
        f'<br><br><font size=1 color=#800080 face="sans-serif">----- Forwarded by {_dn(boss)} on '
        f"{fwd:%d/%m/%Y %H:%M} -----</font><br><br><table width=100%>",
    ]
    for label, value in (("From:", _dn(chair)), ("To:", group), ("Date:", f"{typed:%d/%m/%Y %H:%M}"),
                         ("Subject:", subject)):  # fmt: skip
        html.append(
            f'<tr valign=top><td width=9%><font size=1 color=#5f5f5f face="sans-serif">{label}</font>'
            f"<td width=90%>{SMALL}{escape(value)}</font>"
        )
    html += ["</table><br><hr noshade><br><br>", f'<br><font size=3 face="sans-serif"><b>{escape(title)}</b></font>',
             f"<br>{FONT}{escape(byline)}</font><br>"]  # fmt: skip
    for s in doc.sections:
        html.append(f"<br>{FONT}<b>{escape(s.heading)}</b></font><ul>")
        text += [s.heading]
        for it in s.items:
            risk, lead, rest = parts(it, "food")
            inner = f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)
            html.append(f"<li>{FONT}{inner}</font>")
            text.append(f"      * {it.text}")
        html.append("</ul>")
        text.append("")
    last = f"Next sitrep: {nxt:%d/%m/%Y} after the OCT meeting"
    html += [f"<br>{FONT}{escape(last)}</font><br><br>", f"{SMALL}{'*' * 40}<br>{escape(DISCLAIMER)}<br>"
             f"{'*' * 40}</font></body></html>"]  # fmt: skip
    text += [last, "", "*" * 40, DISCLAIMER, "*" * 40]
    h = zlib.crc32(subject.encode() + doc.organisation.encode())
    boundary = f"0__={h:08X}8f9e8a93df938690918c{h:08X}"
    mid = f"OF{h:08X}.{zlib.crc32(title.encode()):08X}-ON80258D{doc.number:02d}.00{h % 999999:06X}"
    head = [f'From: "{boss}" <{boss.lower().replace(" ", ".")}@hse.ie>',
            f'To: "{group}" <ehs.{region.lower().replace(" ", "")}.imt@hse.ie>', f"Date: {format_datetime(fwd)}",
            f"Subject: Fw: {subject}", "MIME-Version: 1.0",
            f"X-KeepSent: {h:08X}:{zlib.crc32(title.encode()):08X}-80258D{doc.number:02d}:00{h % 999999:06X};",
            " type=4; name=$KeepSent", "X-Mailer: HCL Notes Release 12.0.2FP4 March 20, 2024",
            f"Message-ID: <{mid}-80258D{doc.number:02d}.00{h % 888888:06X}@hse.ie>",
            "X-MIMETrack: Serialize by Router on EHSMAIL01/HSE(Release 12.0.2FP4|March 20, 2024) at",
            f" {fwd:%d/%m/%Y %H:%M:%S},", f"\tSerialize complete at {fwd:%d/%m/%Y %H:%M:%S}",
            f'Content-type: multipart/alternative; Boundary="{boundary}"', "", f"--{boundary}",
            "Content-type: text/plain; charset=UTF-8", "Content-transfer-encoding: quoted-printable", "",
            _qp("\n".join(text)), "", f"--{boundary}", "Content-type: text/html; charset=UTF-8",
            "Content-Disposition: inline", "Content-transfer-encoding: quoted-printable", "", _qp("\n".join(html)),
            "", f"--{boundary}--", ""]  # fmt: skip
    return "\r\n".join(head).encode("ascii")
