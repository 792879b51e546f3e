"""E-mail writers of the ``blind38_layouts`` set (the ``email`` package).

A Timor-Leste municipal civil protection service's flood report, in Tetum, typed on the coordinator's phone in the
Yahoo Mail app for Android and sent to the national directorate: ``multipart/mixed`` of a ``multipart/alternative``
(the text part, quoted-printable, and the HTML part the app writes — a ``<div dir='ltr'>`` per typed line, ``<br>`` for
a blank one, the app's ``ymail_android_signature`` with its tracking link) and a photo "IMG_20260316_071542.jpg";
``Message-ID`` "<….@mail.yahoo.com>", ``X-Mailer`` "WebService/1.1.… YahooMailAndroidMobile"; the greeting "Ex.mo Sr.
Diretór Nasionál," and a line saying what follows, each section's name in capitals as typed, the summary as lines, the
other points after "- ", "Asaun:" inside a risk's point, "Obrigadu barak." and the coordinator's name, post and
telephone, then "Sent from Yahoo Mail on Android". "US$ 3.400", "US$ 1,25 millaun", "1.250", "16 Marsu".

A Vermont town emergency management director's flood update posted to the town's Front Porch Forum and delivered in
that day's digest (``From: Front Porch Forum``, the subject "<town> Front Porch Forum No. 2841", ``multipart/
alternative``): the HTML of nested layout tables — the header with the forum's name and the town, "Issue No. … ·
<date>", the greeting "Good morning, neighbors!", the "In this issue" list of the postings' titles, then each posting
its bold title, the author's name, role and street, the text as plain lines (FPF keeps no formatting: the director
typed each section's name between asterisks, the points after "- ", "What we're doing:" inside a risk's point),
"Reply to …" and "Reply to the forum" links, a rule —, the sponsor's box, and the footer (post, search, settings,
unsubscribe, the postal address); the text part the same in text. Among the neighbours' postings (lost cat, free
firewood, a thank-you, a supper) the director's is the second. "$3,400", "$1.25 million", "July 16".

A Manitoba rural municipality's flood situation report to the Manitoba Emergency Management Organization, written in
Novell/Micro Focus GroupWise: ``X-Mailer: GroupWise Internet Agent 18.5.1``, GroupWise's ``Message-Id``
"<661E…02000049000…@gwia…>" and its boundaries "=__Part….0__=", a ``multipart/alternative`` whose HTML part is the
MSHTML of GroupWise's editor (upper-case tags, ``<META name="GENERATOR" content="MSHTML 11.00…">``, the body's font
"10pt Segoe UI", a ``<DIV>`` a line), each section's name bold and underlined on its own line, the summary as lines,
the other points in ``<UL><LI>``, "Mitigation:" inside a risk's point; the text part as GroupWise makes it from the
HTML (the points after "* "); the writer's signature block and the municipality's confidentiality notice. "$3,400",
"$1.25 million", "April 16", "(prev. 5)".
"""

from __future__ import annotations

import hashlib
import io
import zlib
from datetime import timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from blind38_layouts_content import TET_MONTHS, parts, slug
from council_layouts_gold import Doc


def _lines(doc: Doc, lang: str, heading, bullet: str = "- ") -> list[str]:
    """The report typed as lines: each heading as ``heading`` makes it, the summary as lines, other points after
    ``bullet``, a blank line after each section."""
    out: list[str] = []
    for s in doc.sections:
        out.append(heading(s.heading))
        for it in s.items:
            if s.key == "highlights":
                out.append(it.text)
                continue
            risk, lead, rest = parts(it, lang)
            out.append(f"{bullet}{risk} {lead} {rest}" if lead else f"{bullet}{it.text}")
        out.append("")
    return out


def _jpeg(seed: int) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (90 + seed % 60, 80, 60)).save(buf, format="JPEG")
    return buf.getvalue()


# ---------------------------------------------------------------- Yahoo Mail for Android, Tetum

TLT = timezone(timedelta(hours=9))
COORD_TL = ("Agapito da Costa Belo", "Rosalina Soares", "Domingos Guterres", "Ermelinda Ximenes")

SIGNATURE_LINK = ("https://mail.onelink.me/107872968?pid=nativeplacement&c=Global_Acquisition_YMktg_315_Internal_"
                  "EmailSignature&af_sub1=Acquisition&af_sub2=Global_YMktg&af_sub3=&af_sub4=100000604&af_sub5="
                  "EmailSignature__Static_")  # fmt: skip


def eml_yahoo_android_tet(doc: Doc) -> bytes:
    """The municipal service's flood report as sent from the Yahoo Mail app on the coordinator's phone."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    mun = doc.organisation.rsplit(" ", 1)[1]
    name = COORD_TL[h % 4]
    day = f"{when.day} {TET_MONTHS[when.month - 1]} {when.year}"
    lines = ["Ex.mo Sr. Diretór Nasionál Protesaun Sivíl,", "",
             f"Ami haruka relatóriu situasaun inundasaun nian númeru {doc.number} husi Munisípiu {mun}, data {day}, "
             "oras 16:00.", "", *_lines(doc, "tet", str.upper), "Obrigadu barak.", "", name,
             f"Koordenadór Servisu Munisipál Protesaun Sivíl {mun}", f"Tlf. +670 77{h % 900000 + 100000}"]  # fmt: skip
    text = "\n".join(lines) + "\n\nSent from Yahoo Mail on Android"
    divs = "".join(f"<div dir='ltr'>{escape(x)}</div>" if x else "<div dir='ltr'><br></div>" for x in lines)
    html = (
        "<html><head></head><body>" + divs + '<br><div id="ymail_android_signature"><a id="ymail_android_'
        f'signature_link" href="{SIGNATURE_LINK}">Sent from Yahoo Mail on Android</a></div></body></html>'
    )
    sent = when.replace(hour=16, minute=5 + h % 50, tzinfo=TLT)
    msg = EmailMessage()
    msg["From"] = f"{name} <{slug(name).replace('-', '.')}{h % 90}@yahoo.com>"
    msg["To"] = "dnpc.relatoriu@protesaunsivil.example.tl"
    msg["Cc"] = f"admin.{mun.lower()}@estatal.example.tl"
    msg["Subject"] = f"Relatoriu situasaun inundasaun nu.{doc.number} Munisipiu {mun}"
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = f"<{1700000000 + h % 90000000}.{h % 999999}.{int(sent.timestamp()) * 1000}@mail.yahoo.com>"
    msg["X-Mailer"] = "WebService/1.1.23369 YahooMailAndroidMobile"
    msg.set_content(text, charset="utf-8", cte="quoted-printable")
    msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    msg.make_mixed()
    msg.add_attachment(_jpeg(h), maintype="image", subtype="jpeg",
                       filename=f"IMG_{when:%Y%m%d}_07{h % 60:02d}{h % 59:02d}.jpg")  # fmt: skip
    return bytes(msg)


# ---------------------------------------------------------------- Front Porch Forum digest, Vermont

EASTERN = timezone(timedelta(hours=-4))
EMDS_VT = ("Dana Whitcomb", "Rick Lamoureux", "Sue Brigham", "Tom Kittredge")
STREETS = ("Main St", "Brook Rd", "Depot St", "Pleasant St")
NEIGHBOURS = (
    ("Lost: orange cat near the post office", "Jenny Marsh", "Elm St",
     "Our cat Pumpkin got out during the storm. Orange tabby, very shy. Please call or text 802-555-0142."),
    ("Free firewood, you haul", "Bob Tatro", "Hill Rd",
     "Two cords of split maple from the trees that came down. Come by any time, it's by the barn."),
    ("Thank you, fire department!", "Carol Dubois", "Church St",
     "Huge thanks to our volunteer firefighters who pumped out our cellar at 2 am. You are heroes."),
    ("Community supper Saturday", "Grange Hall Committee", "Grange Hall",
     "Free supper for everyone Saturday 5 to 7 pm at the Grange. Donations of pies welcome."),
)  # fmt: skip


def eml_fpf_digest_vt(doc: Doc) -> bytes:
    """The director's flood update as a posting in the town's Front Porch Forum digest."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    town = doc.organisation.removeprefix("Town of ")
    k = ("Granby Falls", "East Wolcott", "Marshfield Center", "Winooski Gap").index(town)
    issue = 2800 + doc.number * 2 + h % 40
    emd = EMDS_VT[k]
    title = f"Flood update #{doc.number} from your Emergency Management Director"
    sitrep = _lines(doc, "vt", lambda x: f"*{x}*")
    sitrep += ["Thanks for looking out for each other.", emd]
    posts = [
        NEIGHBOURS[h % 4],
        (title, emd, f"Emergency Management Director, {STREETS[k]}", "\n".join(sitrep)),
        *(NEIGHBOURS[(h + j) % 4] for j in (1, 2)),
    ]
    day = f"{when:%A}, {when:%B} {when.day}, {when.year}"
    cells, texts = [], []
    for t, who, where, body in posts:
        first = who.split()[0]
        paras = "<br>".join(escape(x) for x in body.split("\n"))
        cells.append(
            f'<tr><td class="post" style="padding:14px 18px;border-bottom:1px solid #ddd"><h3 style="font-'
            f'size:16px;margin:0 0 4px">{escape(t)}</h3><div class="author" style="color:#666;font-size:13px">'
            f'{escape(who)} &bull; {escape(where)}</div><p style="font-size:15px;line-height:1.45">{paras}'
            f'</p><a href="https://frontporchforum.com/reply/{h % 99999}">Reply to {escape(first)}</a> '
            '&nbsp;|&nbsp; <a href="https://frontporchforum.com/forum/reply">Reply to the forum</a></td></tr>'
        )
        texts.append(f"{t}\n{who} - {where}\n\n{body}\n\nReply to {first}\n\n----------")
    toc = "".join(f"<li>{escape(p[0])}</li>" for p in posts)
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Front Porch Forum</title></head><body style="'
            'background:#f4efe6;margin:0"><table width="100%" cellpadding="0" cellspacing="0" role="presentation">'
            '<tr><td align="center"><table width="600" cellpadding="0" cellspacing="0" style="background:#fff">'
            '<tr><td style="background:#2f5f3a;color:#fff;padding:14px 18px"><span style="font-size:22px;font-'
            f'weight:bold">Front Porch Forum</span><br>{escape(town)}</td></tr><tr><td style="padding:8px 18px;'
            f'font-size:13px;color:#555">Issue No. {issue} &middot; {day}</td></tr><tr><td style="padding:6px 18px">'
            f"<p>Good morning, neighbors!</p><p><b>In this issue</b></p><ul>{toc}</ul></td></tr>{''.join(cells)}"
            '<tr><td style="padding:12px 18px;background:#faf6ee;font-size:13px"><b>Sponsored</b><br>'
            f"{escape(town)} Hardware &ndash; sump pumps, shop vacs and dehumidifiers in stock.</td></tr>"
            '<tr><td style="padding:12px 18px;font-size:12px;color:#777"><a href="https://frontporchforum.com/post">'
            'Post a message</a> | <a href="https://frontporchforum.com/search">Search</a> | <a href="https://'
            'frontporchforum.com/settings">Settings</a> | <a href="https://frontporchforum.com/unsubscribe">'
            "Unsubscribe</a><br>Front Porch Forum &middot; PO Box 1178 &middot; Burlington, VT 05402</td></tr>"
            "</table></td></tr></table></body></html>")  # fmt: skip
    text = (f"FRONT PORCH FORUM - {town}\nIssue No. {issue} - {day}\n\nGood morning, neighbors!\n\nIn this issue:\n"
            + "".join(f"* {p[0]}\n" for p in posts) + "\n----------\n\n" + "\n\n".join(texts)
            + "\n\nPost a message: https://frontporchforum.com/post\nFront Porch Forum, PO Box 1178, Burlington, "
            "VT 05402\n")  # fmt: skip
    msg = EmailMessage()
    msg["From"] = "Front Porch Forum <digest@frontporchforum.com>"
    msg["To"] = f"resident{h % 900 + 100}@example.net"
    msg["Subject"] = f"{town} Front Porch Forum No. {issue}"
    msg["Date"] = format_datetime(when.replace(hour=6, minute=h % 50, tzinfo=EASTERN) + timedelta(days=1))
    msg["Message-ID"] = f"<{hashlib.md5(doc.title.encode()).hexdigest()}@frontporchforum.com>"
    msg["List-Unsubscribe"] = "<https://frontporchforum.com/unsubscribe>"
    msg.set_content(text, charset="utf-8", cte="quoted-printable")
    msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    return bytes(msg)


# ---------------------------------------------------------------- GroupWise, Manitoba rural municipality

CENTRAL = timezone(timedelta(hours=-5))
WRITERS_MB = (
    ("Cheryl Dueck", "Emergency Coordinator"),
    ("Marc Gagnon", "Chief Administrative Officer"),
    ("Lorna Friesen", "Emergency Coordinator"),
    ("Denis Lambert", "Deputy Emergency Coordinator"),
)
NOTICE_MB = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the person or entity to "
             "which it is addressed and may contain confidential information. If you have received it in error, "
             "please notify the sender and delete it.")  # fmt: skip


def eml_groupwise_mb(doc: Doc) -> bytes:
    """The municipality's flood situation report as sent from GroupWise."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    rm = doc.organisation.removeprefix("RM of ")
    k = ("Morris", "Montcalm", "Emerson-Franklin", "Ritchot").index(rm)
    who, post = WRITERS_MB[k]
    dom = f"rm{slug(rm).replace('-', '')}.example.ca"
    divs, text = [], []
    for s in doc.sections:
        divs.append(f"<DIV><STRONG><U>{escape(s.heading)}</U></STRONG></DIV>")
        text.append(s.heading)
        lis = []
        for it in s.items:
            if s.key == "highlights":
                divs.append(f"<DIV>{escape(it.text)}</DIV>")
                text.append(it.text)
                continue
            risk, lead, rest = parts(it, "mb")
            lis.append(f"<LI>{escape(risk)} <STRONG>{escape(lead)}</STRONG> {escape(rest)}</LI>" if lead else
                       f"<LI>{escape(it.text)}</LI>")  # fmt: skip
            text.append(f"* {risk} {lead} {rest}" if lead else f"* {it.text}")
        if lis:
            divs.append(f"<UL>{''.join(lis)}</UL>")
        divs.append("<DIV>&nbsp;</DIV>")
        text.append("")
    sig = [who, post, f"Rural Municipality of {rm}", f"Ph: 204-{746 + k}-{h % 9000 + 1000}  Cell: 204-{h % 900 + 100}"
           f"-{h % 8000 + 1000}"]  # fmt: skip
    opening = f"Good afternoon, please find below the RM of {rm} flood situation report #{doc.number}."
    html = (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<HTML><HEAD>\n<META content="text/html; '
        'charset=utf-8" http-equiv="Content-Type">\n<META name="GENERATOR" content="MSHTML 11.00.10570.1001">'
        '</HEAD>\n<BODY style="MARGIN: 4px 4px 1px; FONT: 10pt Segoe UI">\n'
        f"<DIV>{escape(opening)}</DIV>\n<DIV>&nbsp;</DIV>\n"
        + "\n".join(divs)
        + "\n"
        + "".join(f"<DIV>{escape(x)}</DIV>" for x in sig)
        + f'<DIV>&nbsp;</DIV>\n<DIV><FONT size=1 color="#808080">{NOTICE_MB}</FONT></DIV></BODY></HTML>'
    )
    body = "\n".join([opening, "", *text, *sig, "", NOTICE_MB]) + "\n"
    msg = EmailMessage()
    msg["Message-Id"] = f"<{0x661E0000 + h % 0xFFFF:08X}020000{40 + k:02X}000{h % 0xFFFFF:05X}@gwia.{dom}>"
    msg["X-Mailer"] = "GroupWise Internet Agent 18.5.1"
    msg["Date"] = format_datetime(when.replace(hour=15, minute=h % 55, tzinfo=CENTRAL))
    msg["From"] = f'"{who}" <{who.split()[0][0].lower()}{who.split()[1].lower()}@{dom}>'
    msg["To"] = "<mgeoc@gov.mb.example.ca>"
    msg["Cc"] = f'"{rm} Council" <council@{dom}>'
    msg["Subject"] = f"RM of {rm} - Flood Situation Report #{doc.number} - {when:%B} {when.day}, {when.year}"
    msg.set_content(body, charset="utf-8", cte="quoted-printable", disposition="inline")
    msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    tag = f"{h:08X}"
    msg.set_boundary(f"=__Part{tag}.0__=")
    return bytes(msg)
