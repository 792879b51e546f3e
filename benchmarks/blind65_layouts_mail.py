"""Mail writers of the ``blind65_layouts`` set: a Solomon Islands provincial disaster office's cyclone report typed
in Pijin in Windows' Mail app, and a Malian community health association's heatwave report typed in Bambara in
MDaemon's WorldClient.

A provincial disaster office of Solomon Islands after a tropical cyclone: the provincial disaster officer's evening
report to the National Emergency Operations Centre in Honiara, typed in Pijin in "Mail for Windows" on the office's
Gmail account (an HTML part in the Word markup Mail writes — ``MsoNormal`` paragraphs, ``<o:p>``, the list's "·" in
the Symbol font before non-breaking spaces — and its plain text, where the list's points are "  *   …") — Gmail's
headers, "Gud ivining NEOC," and the sentence giving the report's number, the province and the hour, then each
section's name in bold capitals on a line of its own ("SAMARI"), the summary as paragraphs, the other points a
bulleted list, "Aksen mifala tekem:" in the line of its risk; "Tanggio tumas," with the officer's name, post, province
and mobile, and "Sent from Mail for Windows". "SBD 36,380", "SBD 13.38 milian", "1,250", "16 Janueri",
"(las ripot: 5)".

A community health association (ASACO) of Mali, which runs its community health centre (CSCom) under an agreement
with the commune, in a heatwave: the centre's technical director's daily report to the mayor, typed in Bambara in
the official letters ("ɛ ɔ ɲ ŋ") into the WorldClient webmail of the federation's MDaemon server, HTML and plain text
— MDaemon's headers (``X-MDaemon-Deliver-To``, ``X-Spam-Processed``, ``X-Authenticated-Sender``), "Meri bonyalen,",
"I ni wula." and the sentence with the report's number and day, then each section's number, a dash and its name on a
line of its own (bold in HTML: "1- Kunnafoni surun"), every point a line after "- ", "Fɛɛrɛ minnu tigɛra:" in bold in
its risk's line; "An bɛ barika da aw ye.", the director's name, post, centre and telephone. "2 584 000 FCFA",
"1 250", "Awirilikalo tile 16", "(kunnafoni tɛmɛnen: 5)".
"""

from __future__ import annotations

import zlib
from email.message import EmailMessage
from html import escape

from blind7_layouts_content import report_day
from blind63_layouts_table import HEAD
from blind65_layouts_banks_inland import FUNTENI
from blind65_layouts_banks_seaboard import SAEKLON
from blind65_layouts_content import BM_MONTHS, PI_MONTHS, parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- a Solomon Islands PDO from Mail for Windows

PDOS = (
    ("Malaita", "Auki", "Jimmy Fikiara Wale", "malaitapdo", "7496012"),
    ("Makira-Ulawa", "Kirakira", "Ellison Maeta Ruka", "makirapdo", "7521880"),
    ("Temotu", "Lata", "Florence Naeve Kiko", "temotupdo", "7430417"),
    ("Isabel", "Buala", "Stanley Hugo Dokekana", "isabelpdo", "7465309"),
)
NBSP = "&nbsp;" * 7
BULLET = (f"<p class={{cls}} style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if "
          f"!supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt \"Times New Roman\"'>{NBSP} "
          "</span></span><![endif]>{text}<o:p></o:p></p>")  # fmt: skip

LIST_CSS = "".join(f"p.{c}, li.{c}, div.{c}\n\t{{mso-style-priority:34;\n\tmso-style-type:export-only;\n\t"
                   f"margin-top:0cm;\n\tmargin-right:0cm;\n\tmargin-bottom:0cm;\n\tmargin-left:36.0pt;\n\tfont-size:11.0pt;\n\t"
                   'font-family:"Calibri",sans-serif;}\n'
                   for c in ("MsoListParagraph", "MsoListParagraphCxSpFirst", "MsoListParagraphCxSpMiddle",
                             "MsoListParagraphCxSpLast"))  # fmt: skip
LIST_DEF = ("/* List Definitions */\n@list l0\n\t{mso-list-id:1408452151;\n\tmso-list-type:hybrid;\n\t"
            "mso-list-template-ids:-1745553296 201916417 201916419 201916421 201916417 201916419 201916421 201916417 "
            "201916419 201916421;}\n@list l0:level1\n\t{mso-level-number-format:bullet;\n\tmso-level-text:\uf0b7;\n"
            "\tmso-level-tab-stop:none;\n\tmso-level-number-position:left;\n\ttext-indent:-18.0pt;\n\t"
            "font-family:Symbol;}\n")  # fmt: skip


def _mso(text: str, bold: bool = False) -> str:
    """One paragraph as Mail writes it; an empty line holds a non-breaking space."""
    if not text:
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{f'<b>{text}<o:p></o:p></b>' if bold else f'{text}<o:p></o:p>'}</p>"


def eml_mailwin_saeklon_pdo_sb(doc: Doc) -> bytes:
    """The provincial disaster officer's cyclone report as Mail for Windows sends it, HTML with its plain text."""
    when = report_day(doc)
    province, station, officer, box, mobile = PDOS[SAEKLON.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day} {PI_MONTHS[when.month - 1]} {when.year}"
    opening = (f"Hia nao Situesen Ripot namba {doc.number} blong {province} Provins abaotem saeklon, go kasem 5 klok "
               f"long ivining tude, {day}.")  # fmt: skip
    closing = ["Tanggio tumas,", "", officer, "Provincial Disaster Officer",
               f"{province} Provincial Government, {station}", f"Mobile: +677 {mobile}"]  # fmt: skip
    plain = ["Gud ivining NEOC,", "", opening, ""]
    html = [_mso("Gud ivining NEOC,"), _mso(""), _mso(escape(opening)), _mso("")]
    for s in doc.sections:
        plain.append(s.heading)
        html.append(_mso(escape(s.heading), bold=True))
        if s.key == "highlights":
            plain += [it.text for it in s.items]
            html += [_mso(escape(it.text)) for it in s.items]
        else:
            for k, it in enumerate(s.items):
                risk, lead, rest = parts(it, "sb")
                plain.append(f"  *   {it.text}")
                text = f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)
                pos = "First" if k == 0 else ("Last" if k == len(s.items) - 1 else "Middle")
                cls = "MsoListParagraph" if len(s.items) == 1 else f"MsoListParagraphCxSp{pos}"
                html.append(BULLET.format(cls=cls, text=text))
        plain.append("")
        html.append(_mso(""))
    plain += [*closing, "", "Sent from Mail for Windows", ""]
    html += [_mso(escape(line)) for line in closing]
    html += [_mso(""), "<p class=MsoNormal>Sent from <a href=\"https://go.microsoft.com/fwlink/?LinkId=550986\">Mail"
             "</a> for Windows</p>", _mso("")]  # fmt: skip
    outlook = 'span.E-mailStijl17\n\t{mso-style-type:personal-compose;\n\tfont-family:"Calibri",sans-serif;\n\t'
    head = HEAD.replace(outlook + "color:windowtext;}\n", LIST_CSS).replace("--></style>", LIST_DEF + "--></style>")
    msg = EmailMessage()
    msg["MIME-Version"] = "1.0"
    msg["Date"] = f"{when:%a, %d %b %Y} 17:{h % 50 + 10:02d}:{h % 60:02d} +1100"
    msg["Message-ID"] = f"<{h:08x}.{h % 65536:04x}{doc.number:02x}a1.{h % 9999:04x}@mx.google.com>"
    msg["From"] = f'"{province} PDO" <{box}@gmail.com>'
    msg["To"] = '"NEOC Honiara" <neoc@ndmo.gov.sb>'
    msg["CC"] = f"ps.{box[:-3]}province@gmail.com"
    msg["Subject"] = f"SITREP #{doc.number} - Saeklon - {province} Provins - {when:%d/%m/%Y}"
    msg["Importance"] = "normal"
    msg["X-Priority"] = "3"
    msg.set_content("\n".join(plain), cte="quoted-printable")
    msg.add_alternative(f"{head}<body lang=EN-AU link=blue vlink=\"#954F72\" style='word-wrap:break-word'><div "
                        f"class=WordSection1>{''.join(html)}</div></body></html>", subtype="html",
                        cte="quoted-printable")  # fmt: skip
    return bytes(msg)


# ---------------------------------------------------------------- a Malian ASACO from MDaemon's WorldClient

ASACOS = (
    ("Bankoni", "Komini I", "Dr Moussa Traoré", "bankoni", "76 45 12 30"),
    ("Sébénikoro", "Komini IV", "Dr Aminata Coulibaly", "sebenikoro", "66 72 08 41"),
    ("Pélengana", "Pelengana Komini", "Dr Boubacar Diarra", "pelengana", "76 21 55 09"),
    ("Kayes N'di", "Kayi Komini", "Dr Fatoumata Keïta", "kayesndi", "79 30 64 18"),
)


def eml_worldclient_funteni_asaco_ml(doc: Doc) -> bytes:
    """The centre's heatwave report as WorldClient sends it, HTML with its plain text."""
    when = report_day(doc)
    centre, commune, director, box, phone = ASACOS[FUNTENI.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{BM_MONTHS[when.month - 1]} tile {when.day} san {when.year}"
    head = ["Meri bonyalen,", "", "I ni wula.", "",
            f"Nin ye funteni kunnafoni sɛbɛn nimɔrɔ {doc.number} ye, ASACO {centre} ka CSCom fɛ, {day}, wula fɛ "
            "lɛrɛ 17 waati la.", ""]  # fmt: skip
    tail = ["An bɛ barika da aw ye.", "", director, "Directeur Technique du Centre (DTC)", f"CSCom {centre}",
            f"Tél. : +223 {phone}"]  # fmt: skip
    plain = list(head)
    html = [f"<p>{escape(line) or '&nbsp;'}</p>" for line in head]
    for s in doc.sections:
        plain.append(s.heading)
        html.append(f"<p><strong>{escape(s.heading)}</strong></p>")
        for it in s.items:
            risk, lead, rest = parts(it, "ml")
            plain.append(f"- {it.text}")
            html.append(f"<p>- {escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}</p>" if lead
                        else f"<p>- {escape(it.text)}</p>")  # fmt: skip
        plain.append("")
        html.append("<p>&nbsp;</p>")
    plain += tail
    html += [f"<p>{escape(line) or '&nbsp;'}</p>" for line in tail]
    sender = f"dtc.{box}@fenascom.ml"
    stamp = f"{when:%a, %d %b %Y} 17:{h % 50 + 10:02d}:{h % 60:02d} +0000"
    msg = EmailMessage()
    msg["X-MDaemon-Deliver-To"] = f"meri.{box}@fenascom.ml"
    msg["X-Return-Path"] = sender
    msg["X-Envelope-From"] = sender
    msg["X-Spam-Processed"] = f"mail.fenascom.ml, {stamp} (not processed: message from trusted or authenticated source)"
    msg["X-Authenticated-Sender"] = sender
    msg["Date"] = stamp
    msg["From"] = f'"DTC CSCom {centre}" <{sender}>'
    msg["To"] = f'"Meri - {commune}" <meri.{box}@fenascom.ml>'
    msg["Cc"] = f"csref.{box}@fenascom.ml"
    msg["Subject"] = f"Funteni kunnafoni sɛbɛn {doc.number} - ASACO {centre}"
    msg["Message-ID"] = f"<{h:08X}.{doc.number:04d}.WC@fenascom.ml>"
    msg["X-Mailer"] = "WorldClient 23.5.2"
    msg.set_content("\n".join(plain) + "\n", cte="8bit")
    msg.add_alternative('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                        '<body style="font-family: Arial; font-size: 10pt;">' + "".join(html) + "</body></html>",
                        subtype="html", cte="8bit")  # fmt: skip
    return bytes(msg)
