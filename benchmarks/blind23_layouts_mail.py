"""Mail writers of the ``blind23_layouts`` set: a Vanuatu provincial emergency operations centre's cyclone sitrep in
Bislama as a subscriber receives it in the plain-text digest of the clusters' Mailman list (RFC 1153 style: the
digest's own headers and "Subject: … Digest, Vol 14, Issue 3", the list's boilerplate, "Today's Topics:", each message
after a rule with its "Message: n", Date, From, To, Subject, Message-ID and Content-Type lines; the sitrep one of
three messages between a question on fuel and a cluster lead's reply quoting two of the last sitrep's points after
"> "; in the sitrep the greeting and covering line, the title and date lines, headings typed in capitals (Sanma,
Shefa) or as words underlined with "-" (Tafea, Malampa), "- " points hard-wrapped at 72 columns by the sender's client
with no indent, "Rod blong stretem:" plain inside a risk's point, the sign-off and signature, "An HTML attachment was
scrubbed…", the digest footer and "End of … Digest"; "1,250", "12%", "VT3,400,000", "16 Jenuware") — and a Javanese
village disaster group's report on the evacuees of a Merapi eruption kept as a OneNote page and sent with OneNote's
"Email Page" through Outlook (multipart/alternative, the HTML OneNote writes: ``<meta name=Generator content=
"Microsoft OneNote 15">``, the page title in 20 pt Calibri Light, the page's date and time in grey, the outline
``<div>``s, the headings OneNote's "Heading 2" as a 14 pt blue ``<p>``, the points ``<ul type=disc>`` entries, the
situation as plain ``<p>`` lines, "Pangatasan:" in a bold span, the next steps lines after a "To Do" tag image
(``multipart/related``), "Created with OneNote." under it; the coordinator's covering lines typed above the page;
Outlook's plain-text part; "1.250", "12%", "Rp3.400.000", "16 Januari").
"""

from __future__ import annotations

import textwrap
import zlib
from datetime import timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from blind17_layouts_content import split_mitigation
from blind20_layouts_content import previous, remember
from blind23_layouts_content import LEADS, MANS, SASI
from council_layouts_gold import Doc

CAPS_BI = ("Sanma PEOC", "Shefa PEOC")
OFFICERS = {"Sanma": "Jimmy Tari", "Tafea": "Nelly Iauko", "Shefa": "Obed Kalsakau", "Malampa": "Serah Molisa"}
LIST = "vanuatu-klasta"
RULE = "-" * 70


def _digest_message(n: int, when, sender: str, subject: str, body: list[str]) -> list[str]:
    mid = f"<{zlib.crc32(f'{n}{subject}'.encode()):08x}@mail.gov.vu>"
    return [f"Message: {n}", f"Date: {format_datetime(when)}", f"From: {sender}",
            f"To: {LIST}@lists.ndmo.gov.vu", f"Subject: [{LIST.capitalize()}] {subject}", f"Message-ID: {mid}",
            'Content-Type: text/plain; charset="utf-8"', "", *body, "", "", "-" * 30, ""]  # fmt: skip


def _wrap(text: str, first: str = "") -> list[str]:
    return textwrap.wrap(first + text, 72, break_long_words=False, break_on_hyphens=False) or [""]


def email_digest_bi(doc: Doc) -> bytes:
    """The list's plain-text digest of the day, the PEOC's sitrep its second message."""
    when = report_day(doc)
    tz = timezone(timedelta(hours=11))
    province = doc.organisation.removesuffix(" PEOC")
    me = OFFICERS[province]
    day = f"{when.day} {MANS[when.month - 1]} {when.year}"
    lines = ["Gud moning olgeta,", "", f"Hemia sitrep namba {doc.number} blong {doc.organisation} blong saeklon.",
             "Plis luk ol namba we i stap daon.", "", f"SITREP NAMBA {doc.number} – {doc.organisation.upper()}",
             f"Det: {day}, 0800", ""]  # fmt: skip
    for s in doc.sections:
        lines.append(s.heading)
        if doc.organisation not in CAPS_BI:
            lines.append("-" * len(s.heading))
        for it in s.items:
            risk, lead, rest = split_mitigation(it, LEADS["bi"])
            lines += _wrap(f"{risk} {lead} {rest}" if lead else it.text, "- ")
        lines.append("")
    lines += ["Tankyu tumas,", me, f"Operesen Ofisa, {doc.organisation}", f"Ph: +678 {36000 + len(me) * 37}", "",
              "-------------- next part --------------", "An HTML attachment was scrubbed...",
              f"URL: <https://lists.ndmo.gov.vu/pipermail/{LIST}/attachments/{when:%Y%m%d}/"
              f"{zlib.crc32(me.encode()):08x}/attachment.html>"]  # fmt: skip
    before = previous(doc, "bi")
    old = [i.text for s in before.sections if s.key == "response" for i in s.items][:2] if before else []
    reply = [f"Tankyu {me.split()[0]},", "", "WASH klasta i save sendem tu moa wota taenk tumora. Yu save talem "
             "wanem evakuesen senta i nidim fastaem?", "", "Tankyu, Lisa", "WASH Klasta Lid"]  # fmt: skip
    if old:
        eve = when - timedelta(days=1)
        reply = [f"On {eve.day} {MANS[eve.month - 1]}, {me} wrote:", *(f"> - {t}" for t in old), "",
                 *reply]  # fmt: skip
    third = f"Re: Sitrep Namba {doc.number - 1} – {doc.organisation}" if old else f"Wota taenk blong {province}"
    topics = [
        ("Re: Fuel blong ol jenereta", "Tom Kalo"),
        (f"Sitrep Namba {doc.number} – {doc.organisation}", me),
        (third, "Lisa Natapei"),
    ]
    body = [f"Send {LIST.capitalize()} mailing list submissions to", f"\t{LIST}@lists.ndmo.gov.vu", "",
            "To subscribe or unsubscribe via the World Wide Web, visit",
            f"\thttps://lists.ndmo.gov.vu/mailman/listinfo/{LIST}",
            "or, via email, send a message with subject or body 'help' to", f"\t{LIST}-request@lists.ndmo.gov.vu", "",
            "You can reach the person managing the list at", f"\t{LIST}-owner@lists.ndmo.gov.vu", "",
            "When replying, please edit your Subject line so it is more specific",
            f'than "Re: Contents of {LIST.capitalize()} digest..."', "", "", "Today's Topics:", "",
            *(f"   {k}. {t} ({w})" for k, (t, w) in enumerate(topics, start=1)), "", "", RULE, ""]  # fmt: skip
    body += _digest_message(1, when.replace(hour=6, minute=41, tzinfo=tz), "Tom Kalo <tkalo@logistik.gov.vu>",
                            topics[0][0], ["Olgeta,", "", "Jenereta blong PEOC i nidim 200 lita diesel tede.",
                                           "Hu i save helpem?", "", "Tom"])  # fmt: skip
    body += _digest_message(
        2,
        when.replace(hour=8, minute=5 + doc.number, tzinfo=tz),
        f"{me} <peoc.{province.lower()}@ndmo.gov.vu>",
        topics[1][0],
        lines,
    )
    body += _digest_message(
        3, when.replace(hour=9, minute=30, tzinfo=tz), "Lisa Natapei <lnatapei@wash.org.vu>", topics[2][0], reply
    )
    body += ["Subject: Digest Footer", "", "_" * 47, f"{LIST.capitalize()} mailing list",
             f"{LIST}@lists.ndmo.gov.vu", f"https://lists.ndmo.gov.vu/mailman/listinfo/{LIST}", "", "",
             "-" * 30, "", f"End of {LIST.capitalize()} Digest, Vol 14, Issue {doc.number}",
             "*" * (len(LIST) + 30)]  # fmt: skip
    msg = EmailMessage()
    msg["From"] = f"{LIST}-request@lists.ndmo.gov.vu"
    msg["To"] = f"{LIST}@lists.ndmo.gov.vu"
    msg["Subject"] = f"{LIST.capitalize()} Digest, Vol 14, Issue {doc.number}"
    msg["Date"] = format_datetime(when.replace(hour=12, tzinfo=tz))
    msg["Reply-To"] = f"{LIST}@lists.ndmo.gov.vu"
    msg["List-Id"] = f"<{LIST}.lists.ndmo.gov.vu>"
    msg["Precedence"] = "list"
    msg["X-Mailman-Version"] = "2.1.39"
    msg.set_content("\n".join(body) + "\n", cte="8bit")
    remember(doc, "bi")
    return msg.as_bytes()


# ---------------------------------------------------------------- Javanese village group: OneNote "Email Page"

P = "margin:0in;font-family:Calibri;font-size:11.0pt"
HEAD = 'margin:0in;font-family:"Calibri Light";font-size:14.0pt;color:#2E75B5'
LI = "margin-top:0;margin-bottom:0;vertical-align:middle"
COORD = {"Glagaharjo": "Suparno", "Kepuharjo": "Sri Wahyuni", "Umbulharjo": "Bambang Riyanto",
         "Balerante": "Tri Lestari"}  # fmt: skip
DINTEN = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cf"
                    "c0f01f0005000200d5e6cc8a0000000049454e44ae426082")  # fmt: skip


def _jv_point(it) -> tuple[str, str]:
    risk, lead, rest = split_mitigation(it, LEADS["jv"])
    if lead:
        html = f"{escape(risk)} <span style='font-weight:bold'>{escape(lead)}</span> {escape(rest)}"
        return html, f"{risk} {lead} {rest}"
    return escape(it.text), it.text


def email_onenote_jv(doc: Doc) -> bytes:
    """The OneNote page of the day's report, e-mailed from OneNote to the regency's disaster agency."""
    when = report_day(doc)
    village = doc.organisation.removeprefix("Destana ")
    me = COORD[village]
    day = f"{DINTEN[when.weekday()]}, {when.day} {SASI[when.month - 1]} {when.year}"
    cid = f"image001.png@01DC{zlib.crc32(village.encode()):08X}"
    html = ["<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=Content-Type "
            "content=\"text/html; charset=utf-8\"><meta name=Generator content=\"Microsoft OneNote 15\"></head>"
            "<body lang=jv style='font-family:Calibri;font-size:11.0pt'>",
            f"<p style='{P}'>Sugeng enjing Bapak/Ibu,</p><p style='{P}'>Punika laporan posko {village} "
            f"enjing punika. Matur nuwun.</p><p style='{P}'>{me}</p><p style='{P}'>&nbsp;</p>",
            "<div style='direction:ltr;border-width:100%'><div style='direction:ltr;margin-top:0in;margin-left:0in;"
            "width:7.4in'>", "<div style='direction:ltr;margin-top:0in;margin-left:0in;width:6.2in'>"
            f"<p style='margin:0in;font-family:\"Calibri Light\";font-size:20.0pt'>{escape(doc.title)}</p></div>",
            "<div style='direction:ltr;margin-top:.0423in;margin-left:0in;width:1.9in'>"
            f"<p style='margin:0in;font-size:10.0pt;color:#767676'><span style='font-family:Calibri'>{day}</span></p>"
            f"<p style='margin:0in;font-size:10.0pt;color:#767676'><span style='font-family:Calibri'>"
            f"07:{10 + doc.number:02d}</span></p></div>",
            "<div style='direction:ltr;margin-top:.4541in;margin-left:0in;width:6.9in'>"]  # fmt: skip
    text = ["Sugeng enjing Bapak/Ibu,", "", f"Punika laporan posko {village} enjing punika. Matur nuwun.", me, "",
            doc.title, day, f"07:{10 + doc.number:02d}", ""]  # fmt: skip
    for s in doc.sections:
        html.append(f"<p style='{HEAD}'>{escape(s.heading)}</p>")
        text += ["", s.heading]
        if s.key == "situation":
            for it in s.items:
                html.append(f"<p style='{P}'>{escape(it.text)}</p>")
                text.append(it.text)
        elif s.key == "next-steps":
            for it in s.items:
                html.append(f"<p style='{P}'><img width=16 height=16 src=\"cid:{cid}\" alt=\"To Do\">"
                            f"{escape(it.text)}</p>")  # fmt: skip
                text.append(f"[ ] {it.text}")
        else:
            html.append("<ul type=disc style='direction:ltr;unicode-bidi:embed;margin-top:0in;margin-bottom:0in'>")
            for it in s.items:
                h, t = _jv_point(it)
                html.append(f"<li style='{LI}'><span style='font-family:Calibri;font-size:11.0pt'>{h}</span></li>")
                text.append(f"  *   {t}")
            html.append("</ul>")
        html.append(f"<p style='{P}'>&nbsp;</p>")
    html.append("</div></div></div><div><p style='margin:0in'>&nbsp;</p><p style='text-align:left;margin:0in;"
                "font-family:Arial;font-size:9pt;color:#969696;direction:ltr'>Created with OneNote.</p></div>"
                "</body></html>")  # fmt: skip
    text += ["", "", "Created with OneNote."]
    msg = EmailMessage()
    msg["From"] = f"{me} <posko.{village.lower()}@gmail.com>"
    msg["To"] = "Pusdalops BPBD Sleman <pusdalops@bpbd.slemankab.go.id>"
    msg["Subject"] = doc.title
    msg["Date"] = format_datetime(when.replace(hour=7, minute=20 + doc.number, tzinfo=timezone(timedelta(hours=7))))
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg["Thread-Index"] = f"AdtR{zlib.crc32(doc.title.encode()):08x}"
    msg.set_content("\r\n".join(text) + "\r\n", cte="quoted-printable")
    msg.add_alternative("\n".join(html), subtype="html", cte="quoted-printable")
    msg.get_payload()[1].add_related(PNG, "image", "png", cid=f"<{cid}>")
    return msg.as_bytes()
