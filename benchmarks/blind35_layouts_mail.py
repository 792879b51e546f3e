"""Mail writers of the ``blind35_layouts`` set.

A Frisian municipality's update on an outbreak of bird flu for its residents, in West Frisian, sent as a newsletter
from Laposta (the Dutch newsletter service) to the subscribers of its "Fûgelgryp" list: ``multipart/alternative`` in
quoted-printable, the text part as the service derives it, the HTML part the service's nested layout tables — the
hidden preheader, "Besjoch dit berjocht yn jo browser", the municipality's logo, the update's title and date as the
title block, the greeting and covering line, a map image of the zones with its caption (the 3 km protection and 10 km
surveillance zones, "Kaartgegevens © OpenStreetMap-bydragers"), then a text block for each section: its ``<h2>``, the
summary as paragraphs, the other points ``<ul>`` lists, "<strong>Maatregel:</strong>" inside a risk's point —, the
button "Alle ynformaasje op ús webside" and the footer (the municipality's address, why the reader gets the mail,
"Ôfmelde" and "Gegevens wizigje"). "€ 3.400", "€ 1,25 miljoen", "1.250", "12%", "16 febrewaris", "(foarige update:
5)".

A German university's daily situation report ("Lagebericht") after a cyber attack took its IT down, sent by the
crisis staff's information security lead from Thunderbird on the emergency mail system to the crisis staff: its
headers (``User-Agent: Mozilla Thunderbird``, ``Content-Language: de-DE``, the ``------------`` boundary and "This is
a multi-part message in MIME format."), the text part ``format=flowed`` as Thunderbird derives it, the HTML part as its
composer writes it — the greeting and covering line as ``<p>``, then the report as a table inserted with Insert ›
Table (``border="1" cellspacing="2" cellpadding="2" width="100%"``): a first row "Thema" | "Stand 08:00 Uhr" in bold,
then a row per section, its name bold in the left cell and its points in the right, the summary as lines parted by
``<br>``, the other points a ``<ul>`` list in the cell, "<b>Maßnahme:</b>" inside a risk's point —, "Viele Grüße" and
the name, and the signature in ``<div class="moz-signature">`` after "-- ". "3.400 €", "1,25 Mio. €", "1.250",
"12 %", "16. März", "(Vortag: 5)".
"""

from __future__ import annotations

import hashlib
import textwrap
import zlib
from datetime import timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from html import escape

from blind7_layouts_content import report_day
from blind35_layouts_content import FY_MONTHS, parts, slug
from council_layouts_gold import Doc

# ---------------------------------------------------------------- Laposta newsletter, West Frisian

FY_DAYS = ("moandei", "tiisdei", "woansdei", "tongersdei", "freed", "sneon", "snein")
H2 = 'style="font-family:Arial,sans-serif;font-size:20px;color:#00594f;margin:0 0 8px"'
TD = 'class="lp-block lp-text" style="padding:10px 30px;font-family:Arial,sans-serif;font-size:15px;color:#333"'


def eml_laposta_fugelgryp_fy(doc: Doc) -> bytes:
    """The municipality's bird flu update as Laposta sends the newsletter."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    town = doc.organisation.removeprefix("Gemeente ")
    host = f"{slug(town).replace('-', '')}.example"
    day = f"{FY_DAYS[when.weekday()]} {when.day} {FY_MONTHS[when.month - 1]} {when.year}"
    web = f"https://www.{host}/fugelgryp"
    rows, text = [], [f"Fûgelgryp: update {doc.number}", day, "", "Bêste ynwenner,", "",
                      "Hjirûnder fine jo de lêste ynformaasje oer de fûgelgryp yn ús gemeente.", ""]  # fmt: skip
    for s in doc.sections:
        html_points: list[str] = []
        text += [s.heading.upper(), ""]
        for it in s.items:
            risk, lead, rest = parts(it, "fy")
            html_points.append(f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead
                               else escape(it.text))  # fmt: skip
            text += [it.text, ""] if s.key == "highlights" else [f"* {it.text}"]
        if s.key == "highlights":
            body = "".join(f'<p style="margin:0 0 10px">{p}</p>' for p in html_points)
        else:
            body = '<ul style="margin:0 0 6px;padding-left:22px">' + "".join(
                f'<li style="margin-bottom:4px">{p}</li>' for p in html_points) + "</ul>"  # fmt: skip
            text.append("")
        rows.append(f"<tr><td {TD}><h2 {H2}>{escape(s.heading)}</h2>{body}</td></tr>")
    lid = f"{h % 10**6:06d}"
    footer = (f"{escape(doc.organisation)} · Postbus {10 + h % 90} · {9000 + h % 300} {chr(65 + h % 26)}"
              f"{chr(65 + (h >> 5) % 26)} {escape(town)}<br>Jo krije dit berjocht omdat jo jo oanmeld hawwe foar de "
              f'nijsbrief "Fûgelgryp".<br><a href="https://m.laposta.example/u/{lid}">Ôfmelde</a> | <a href="https://'
              f'm.laposta.example/c/{lid}">Gegevens wizigje</a>')  # fmt: skip
    caption = ("Kaart: de reade râne is it beskermingsgebiet (3 km), de oranje râne it tafersjochgebiet (10 km) om it "
               "besmette bedriuw. Kaartgegevens © OpenStreetMap-bydragers")  # fmt: skip
    html = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/'
            'xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml" lang="fy"><head><meta http-equiv='
            '"Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, '
            f'initial-scale=1.0"><title>Fûgelgryp: update {doc.number}</title></head><body style="margin:0;padding:'
            '0;background-color:#eeeeee"><div style="display:none;max-height:0;overflow:hidden">De lêste stân fan '
            'saken oer de fûgelgryp</div><table class="lp-wrapper" width="100%" cellpadding="0" cellspacing="0" '
            'border="0" bgcolor="#eeeeee"><tr><td align="center"><table class="lp-container" width="620" '
            'cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff"><tr><td class="lp-viewonline" align='
            '"center" style="padding:8px;font-size:11px;color:#777;background:#eeeeee">Kinne jo dit berjocht net goed '
            f'lêze? <a href="https://m.laposta.example/w/{lid}">Besjoch dit berjocht yn jo browser</a></td></tr><tr>'
            f'<td class="lp-header" style="padding:20px 30px"><img src="https://www.{host}/logo.png" alt="'
            f'{escape(doc.organisation)}" width="180"></td></tr><tr><td class="lp-block lp-title" style="padding:'
            '0 30px;font-family:Arial,sans-serif"><h1 style="font-size:26px;color:#00594f;margin:0">Fûgelgryp: update '
            f'{doc.number}</h1><p style="color:#777;margin:4px 0 0">{day}</p></td></tr><tr><td {TD}><p>Bêste '
            'ynwenner,</p><p>Hjirûnder fine jo de lêste ynformaasje oer de fûgelgryp yn ús gemeente.</p></td></tr>'
            f'<tr><td class="lp-block lp-image" style="padding:10px 30px"><img src="https://{host}/kaart-update-'
            f'{doc.number}.png" alt="Kaart fan it beskermings- en tafersjochgebiet" width="560" style="display:'
            f'block"><p style="font-size:12px;color:#777;margin:6px 0 0">{caption}</p></td></tr>{"".join(rows)}<tr>'
            '<td class="lp-block lp-button" align="center" style="padding:16px 30px"><a href="' + web + '" style="'
            'background:#00594f;color:#ffffff;padding:12px 22px;text-decoration:none;border-radius:4px">Alle '
            'ynformaasje op ús webside</a></td></tr><tr><td class="lp-footer" align="center" style="padding:20px '
            f'30px;font-size:11px;color:#777;background:#f5f5f5">{footer}</td></tr></table></td></tr></table>'
            "</body></html>")  # fmt: skip
    text += ["Alle ynformaasje op ús webside:", web, "", "--", f"{doc.organisation}",
             "Jo krije dit berjocht omdat jo jo oanmeld hawwe foar de nijsbrief \"Fûgelgryp\".",
             f"Ôfmelde: https://m.laposta.example/u/{lid}"]  # fmt: skip
    msg = EmailMessage()
    msg["From"] = f"{doc.organisation} <nijsbrief@{host}>"
    msg["To"] = f"abonnee{h % 900 + 100}@example.net"
    msg["Subject"] = f"Fûgelgryp: update {doc.number}"
    msg["Date"] = format_datetime(when.replace(hour=16, minute=h % 50 + 5, tzinfo=timezone(timedelta(hours=1))))
    msg["Message-ID"] = f"<{hashlib.md5(doc.title.encode()).hexdigest()}@m.laposta.example>"
    msg["List-Unsubscribe"] = f"<https://m.laposta.example/u/{lid}>"
    msg["X-Mailer"] = "Laposta"
    msg.set_content("\n".join(text) + "\n", cte="quoted-printable")
    msg.add_alternative(html, subtype="html", cte="quoted-printable")
    msg.set_boundary(f"----=_lp_{hashlib.sha1(doc.title.encode()).hexdigest()[:28]}")
    return bytes(msg)


# ---------------------------------------------------------------- Thunderbird, German

LEADS_DE = {
    "Lindenau": ("Dr. Jana Weber", "uni-lindenau"),
    "Ostharz": ("Markus Brandt", "hs-ostharz"),
    "Weserbergland": ("Dr. Selin Aydın", "uni-weserbergland"),
    "Rheinaue": ("Tobias Kern", "th-rheinaue"),
}


def _flowed(line: str) -> list[str]:
    """A line of the text part wrapped at 72 as format=flowed writes it (a space before each soft break)."""
    if line == "-- ":  # the signature's separator keeps its space
        return [line]
    parts_ = textwrap.wrap(line, 72, break_long_words=False, break_on_hyphens=False) or [""]
    return [p + " " for p in parts_[:-1]] + [parts_[-1]]


def eml_thunderbird_cyber_de(doc: Doc) -> bytes:
    """The university's situation report as Thunderbird sends it, the report a table of sections."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    name, domain = LEADS_DE[doc.organisation.split()[-1]]
    stand = f"{when:%d.%m.%Y}, 08:00 Uhr"
    rows = ['        <tr>\n          <td valign="top" width="24%"><b>Thema</b><br>\n          </td>\n          <td '
            'valign="top"><b>Stand 08:00 Uhr</b><br>\n          </td>\n        </tr>']  # fmt: skip
    text = ["Liebe Mitglieder des Krisenstabs,", "", f"anbei der Lagebericht Nr. {doc.number} (Stand: {stand}).", ""]
    for s in doc.sections:
        cells = []
        for it in s.items:
            risk, lead, rest = parts(it, "de")
            cells.append(f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text))
        if s.key == "highlights":
            right = "<br>\n            ".join(cells) + "<br>"
            text += [s.heading, *(it.text for it in s.items), ""]
        else:
            lis = "".join(f"              <li>{c}</li>\n" for c in cells)
            right = f"\n            <ul>\n{lis}            </ul>"
            text += [s.heading, *[f" * {it.text}" for it in s.items], ""]
        rows.append(f'        <tr>\n          <td valign="top"><b>{escape(s.heading)}</b><br>\n          </td>\n'
                    f'          <td valign="top">{right}\n          </td>\n        </tr>')  # fmt: skip
    phone = f"+49 {500 + h % 400} {h % 9000 + 1000}-{h % 90 + 10}"
    sig = [name, "Leitung Stabsstelle Informationssicherheit", doc.organisation, f"Tel. {phone}",
           "(Notfall-Postfach – bitte nur für den Krisenstab verwenden)"]  # fmt: skip
    html = ('<!DOCTYPE html>\n<html>\n  <head>\n\n    <meta http-equiv="content-type" content="text/html; '
            'charset=UTF-8">\n  </head>\n  <body>\n    <p>Liebe Mitglieder des Krisenstabs,</p>\n    <p>anbei der '
            f"Lagebericht Nr. {doc.number} (Stand: {stand}).</p>\n"
            '    <table border="1" cellspacing="2" cellpadding="2" width="100%">\n      <tbody>\n'
            + "\n".join(rows) + "\n      </tbody>\n    </table>\n    <p>Viele Grüße<br>\n      "
            f"{escape(name.removeprefix('Dr. ').split()[0])}</p>\n"
            '    <div class="moz-signature">-- <br>\n      ' + "<br>\n      ".join(escape(x) for x in sig)
            + "</div>\n  </body>\n</html>\n")  # fmt: skip
    text += ["Viele Grüße", name.removeprefix("Dr. ").split()[0], "", "-- ", *sig]
    plain = "\r\n".join(ln for line in text for ln in _flowed(line))
    digest = hashlib.md5(doc.title.encode()).hexdigest()
    boundary = "------------" + "".join(chr(65 + int(c, 16)) if k % 3 else c for k, c in enumerate(digest[:24]))
    host = f"notfall.{domain}.example"
    sent = when.replace(hour=8, minute=h % 40 + 12, second=h % 60, tzinfo=timezone(timedelta(hours=1)))
    user = slug(name.removeprefix("Dr. ")).replace("-", ".").replace("ı", "i")
    heads = [f"Message-ID: <{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:32]}@{host}>",
             f"Date: {format_datetime(sent)}", "MIME-Version: 1.0", "User-Agent: Mozilla Thunderbird",
             "Content-Language: de-DE", f"To: Krisenstab <krisenstab@{host}>",
             f"Cc: Kanzlerin <kanzlerin@{host}>, Pressestelle <presse@{host}>",
             f"From: {formataddr((name, f'{user}@{host}'))}",
             f"Subject: Lagebericht Nr. {doc.number} IT-Sicherheitsvorfall - Stand {stand}",
             f'Content-Type: multipart/alternative; boundary="{boundary}"', "",
             "This is a multi-part message in MIME format.", f"--{boundary}",
             "Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: 8bit", "", plain,
             "", f"--{boundary}", "Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: 8bit", "",
             html.replace("\n", "\r\n"), f"--{boundary}--", ""]  # fmt: skip
    return "\r\n".join(heads).encode("utf-8")
