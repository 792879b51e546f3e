"""Mail writers of the ``blind51_layouts`` set: a Finnish city's press release on a storm's aftermath sent through
the release service STT Info, and an Irish county council's Crisis Management Team update to the elected members
posted to a Microsoft 365 group from the new Outlook.

A Finnish city after a storm cut the power to much of it, its readiness organisation's daily situation release
("Myrskytilanne – tiedote 3") distributed through STT Info, the Finnish news agency's release service, as a
subscriber receives it — HTML and the plain text beside it: "Lue tiedote verkossa", the city's logo, "TIEDOTE" with
the day and time ("24.11.2026 12:05:00 EET") and the city's name, the title as the ``<h1>``, the lead in bold
("ingressi"), then the body as typed in the service's editor — each section's name an ``<h2>``, the summary as
paragraphs, the other points a list, "Toimenpiteet:" in bold —, "Yhteyshenkilöt" with the contacts, the photo with
its credit, "Tietoja julkaisijasta" on the city, "Tilaa tiedotteet" and the service's line on why the reader gets the
release and how to stop. "3 400 euroa", "1,25 miljoonaa euroa", "1 250", "12 %", "24.11.", "(edellinen tiedote: 5)".

An Irish county council after Storm Éowyn: the Crisis Management Team's daily update for the elected members, typed
in the new Outlook (Aptos, its ``elementToProof`` blocks and ``role="presentation"`` list items) and posted to the
team's Microsoft 365 group, whose members receive it with the group's footer — "Dear Members," and a line on which
update this is, each section's name a line in bold, the summary as lines, the other points a list, "Mitigation:" in
bold, "Regards," and the signature in Irish and English ("Comhairle Contae na Gaillimhe | Galway County Council"),
the council's disclaimer in both languages ("Séanadh" / "Disclaimer") and the group's footer ("You're receiving this
message because you're a member of the … group", "View group files", "Leave group"). "€3,400", "€1.25m", "1,250",
"16 January", "(previous update: 5)".
"""

from __future__ import annotations

import unicodedata
import zlib
from datetime import UTC, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from blind51_layouts_banks_away import MYRSKY
from blind51_layouts_banks_home import EOWYN
from blind51_layouts_content import parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- a Finnish city's release, STT Info

CITIES = (("kuopio", "Kuopio", "Valmiuspäällikkö Anu Räsänen", "044 718 2201", "#00529C",
           "Kuopio on Pohjois-Savon maakuntakeskus ja noin 126 000 asukkaan kasvava kaupunki."),
          ("joensuu", "Joensuu", "Turvallisuuspäällikkö Jari Kettunen", "050 310 4477", "#E4002B",
           "Joensuu on Pohjois-Karjalan maakuntakeskus, jossa asuu noin 78 000 ihmistä."),
          ("mikkeli", "Mikkeli", "Valmiuspäällikkö Sari Pesonen", "044 794 2090", "#00843D",
           "Mikkeli on Etelä-Savon maakuntakeskus ja noin 51 000 asukkaan kaupunki."),
          ("savonlinna", "Savonlinna", "Kaupunginjohtaja Mikko Ylönen", "044 417 4000", "#6A1F7A",
           "Savonlinna on noin 31 000 asukkaan järvikaupunki Saimaan rannalla."))  # fmt: skip


def _fi_point(it) -> str:
    risk, lead, rest = parts(it, "fi")
    return f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)


def eml_sttinfo_tiedote_myrsky_fi(doc: Doc) -> bytes:
    """The city's storm release as STT Info sends it to a subscriber."""
    when = report_day(doc)
    k = MYRSKY.organisations.index(doc.organisation)
    slug, town, contact, phone, colour, about = CITIES[k]
    h = zlib.crc32(doc.title.encode())
    hour, minute = 10 + h % 6, h % 60
    stamp = f"{when.day}.{when.month}.{when.year} {hour}:{minute:02d}:00 EET"
    title = f"Myrskytilanne {when.day}.{when.month}. – tiedote {doc.number}"
    lead = f"{town}n kaupungin valmiusorganisaatio kertoo myrskyn jälkitilanteesta ja kaupungin toimista."
    url = f"https://www.sttinfo.fi/tiedote/{70_000_000 + h % 9_000_000}?publisherId={69_000_000 + k * 1117}"
    blocks, text = [], [f"TIEDOTE {stamp} | {doc.organisation}", "", title, "", lead, ""]
    for s in doc.sections:
        blocks.append(f'<h2 style="font-size:18px;margin:22px 0 8px 0;color:#1a1a1a">{escape(s.heading)}</h2>')
        text += [s.heading, ""]
        if s.key == "highlights":
            blocks += [f'<p style="margin:0 0 12px 0">{escape(it.text)}</p>' for it in s.items]
            text += [x for it in s.items for x in (it.text, "")]
        else:
            blocks.append(
                '<ul style="margin:0 0 12px 0;padding-left:22px">'
                + "".join(f'<li style="margin:0 0 6px 0">{_fi_point(it)}</li>' for it in s.items)
                + "</ul>"
            )
            text += [f"- {it.text}" for it in s.items] + [""]  # fmt: skip
    html = f"""<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{escape(title)}</title></head>
<body style="margin:0;background:#f4f4f4;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;\
color:#333333">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:10px 32px;font-size:12px;text-align:right"><a href="{url}" style="color:#666666">Lue tiedote \
verkossa</a></td></tr>
<tr><td style="padding:20px 32px;border-bottom:3px solid {colour}"><img src="https://mb.cision.com/Public/\
{69_000_000 + k * 1117}/logo/{slug}.png" alt="{escape(doc.organisation)}" height="48"></td></tr>
<tr><td style="padding:24px 32px 0 32px">
<p style="margin:0;font-size:12px;color:#666666;text-transform:uppercase;letter-spacing:1px">Tiedote \
&nbsp;{stamp} &nbsp;|&nbsp; {escape(doc.organisation)}</p>
<h1 style="font-size:26px;line-height:1.25;margin:10px 0 14px 0;color:#1a1a1a">{escape(title)}</h1>
<p style="margin:0 0 14px 0"><strong>{escape(lead)}</strong></p>
{chr(10).join(blocks)}
</td></tr>
<tr><td style="padding:8px 32px 0 32px"><img src="https://mb.cision.com/Public/{69_000_000 + k * 1117}/\
{h:x}/myrsky.jpg" alt="" width="576" style="display:block">
<p style="margin:4px 0 0 0;font-size:12px;color:#666666">Kaatuneita puita sähkölinjalla. Kuva: {town}n kaupunki</p>\
</td></tr>
<tr><td style="padding:20px 32px 0 32px"><h3 style="font-size:15px;margin:0 0 6px 0">Yhteyshenkilöt</h3>
<p style="margin:0">{escape(contact)}<br>puh. {phone}<br>etunimi.sukunimi@{slug}.fi</p></td></tr>
<tr><td style="padding:20px 32px 0 32px"><h3 style="font-size:15px;margin:0 0 6px 0">Tietoja julkaisijasta</h3>
<p style="margin:0"><strong>{escape(doc.organisation)}</strong></p><p style="margin:0 0 6px 0">{escape(about)}</p>
<p style="margin:0"><a href="https://www.{slug}.fi">{slug}.fi</a></p></td></tr>
<tr><td style="padding:20px 32px 24px 32px"><a href="https://www.sttinfo.fi/uutishuone/{slug}" \
style="display:inline-block;padding:8px 16px;background:{colour};color:#ffffff;text-decoration:none">Tilaa tiedotteet \
sähköpostiisi</a></td></tr>
</table>
<table role="presentation" width="640" cellpadding="0" cellspacing="0"><tr><td style="padding:16px 32px;\
font-size:11px;color:#888888">Tämän tiedotteen lähetti {escape(doc.organisation)} STT Infon kautta. Saat tämän \
viestin, koska olet tilannut julkaisijan tiedotteet. <a href="https://www.sttinfo.fi/unsubscribe?r={h:x}" \
style="color:#888888">Peru tilaus</a></td></tr></table>
</td></tr></table>
</body></html>"""
    text += ["Yhteyshenkilöt", contact, f"puh. {phone}", "", "Tietoja julkaisijasta", doc.organisation, about, "",
             f"Tämän tiedotteen lähetti {doc.organisation} STT Infon kautta."]  # fmt: skip
    msg = EmailMessage()
    msg["From"] = f"{doc.organisation} via STT Info <noreply@sttinfo.fi>"
    msg["To"] = f"uutiset{h % 900 + 100}@toimitus.fi"
    msg["Subject"] = title
    msg["Date"] = format_datetime(
        (when + timedelta(hours=hour, minutes=minute)).replace(tzinfo=timezone(timedelta(hours=2)))
    )
    msg["Message-ID"] = f"<{h:x}.{doc.number}@sttinfo.fi>"
    msg["List-Unsubscribe"] = f"<https://www.sttinfo.fi/unsubscribe?r={h:x}>"
    msg.set_content("\n".join(text) + "\n")
    msg.add_alternative(html, subtype="html")
    return bytes(msg)


# ---------------------------------------------------------------- an Irish council's group mail, Microsoft 365

COUNCILS = (("galwaycoco.ie", "Comhairle Contae na Gaillimhe", "Áras an Chontae, Cnoc na Radharc, Gaillimh, "
             "H91 H6KX", "Eilís Ní Fhlatharta", "091 509 000"),
            ("mayococo.ie", "Comhairle Contae Mhaigh Eo", "Áras an Chontae, Caisleán an Bharraigh, Co. Mhaigh Eo, "
             "F23 WF90", "Declan Gallagher", "094 902 4444"),
            ("roscommoncoco.ie", "Comhairle Contae Ros Comáin", "Áras an Chontae, Ros Comáin, F42 VR98",
             "Siobhán Kenny", "090 663 7100"),
            ("leitrimcoco.ie", "Comhairle Chontae Liatroma", "Áras an Chontae, Cora Droma Rúisc, Co. Liatroma, "
             "N41 PF67", "Pádraig McGovern", "071 962 0005"))  # fmt: skip
AOS = "font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; \
color: rgb(0, 0, 0);"


def _div(inner: str) -> str:
    return f'<div class="elementToProof" style="{AOS}">{inner}</div>'


def _ie_point(it) -> str:
    risk, lead, rest = parts(it, "ie")
    return f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)


def eml_m365_group_storm_ie(doc: Doc) -> bytes:
    """The Crisis Management Team's update to the members, as the Microsoft 365 group delivers it."""
    when = report_day(doc)
    k = EOWYN.organisations.index(doc.organisation)
    domain, irish, address, sender, phone = COUNCILS[k]
    h = zlib.crc32(doc.title.encode())
    hour = 15 + h % 4
    subject = f"Storm Éowyn – CMT Update No. {doc.number} – {when:%d/%m/%Y}"
    body = [_div("Dear Members,"), _div("<br>"),
            _div(f"Please see below update no. {doc.number} from the Crisis Management Team on the council's response "
                 f"to Storm Éowyn, as at {hour}:00 today."), _div("<br>")]  # fmt: skip
    text = ["Dear Members,", "", f"Please see below update no. {doc.number} from the Crisis Management Team on the "
            f"council's response to Storm Éowyn, as at {hour}:00 today.", ""]  # fmt: skip
    for s in doc.sections:
        body.append(_div(f"<b>{escape(s.heading)}</b>"))
        text.append(s.heading)
        if s.key == "highlights":
            body += [_div(escape(it.text)) for it in s.items]
            text += [it.text for it in s.items]
        else:
            body.append(
                '<ul data-editing-info="{&quot;applyListStyleFromLevel&quot;:false}" style="margin-top: 0px; '
                'margin-bottom: 0px;">'
                + "".join(
                    f'<li style="{AOS}"><div role="presentation" class="elementToProof">{_ie_point(it)}</div></li>'
                    for it in s.items
                )
                + "</ul>"
            )
            text += [f"  *   {it.text}" for it in s.items]  # fmt: skip
        body.append(_div("<br>"))
        text.append("")
    sig = (
        f"{sender}<br>Senior Executive Officer, Emergency Management<br>{irish} | {doc.organisation}<br>"
        f"{address}<br>T: {phone} | E: emergencymanagement@{domain}"
    )
    disclaimer = (
        f'<p style="font-size:8pt;color:#666666"><b>Séanadh:</b> Tá an ríomhphost seo agus aon chomhad a '
        f"sheoltar leis faoi rún agus is don seolaí amháin é. Má fuair tú é trí earráid, cuir in iúl don "
        f"seoltóir é.<br><b>Disclaimer:</b> This e-mail and any files transmitted with it are confidential "
        f"and intended solely for the addressee. If you have received it in error, please notify the "
        f"sender. {escape(doc.organisation)} accepts no liability for any damage caused by this e-mail.</p>"
    )
    footer = (f'<table style="width:100%;border-top:1px solid #e1e1e1;margin-top:18px"><tr><td style="padding:12px 0;'
              f'font-family:Segoe UI,Helvetica,sans-serif;font-size:12px;color:#666666">You\'re receiving this message '
              f"because you're a member of the Crisis Management Team group from {escape(doc.organisation)}. If you "
              f"don't want to receive any messages or events from this group, stop following it in your inbox.<br><br>"
              f'<a href="https://outlook.office.com/groups/{domain}/cmt/files">View group files</a> &nbsp;|&nbsp; '
              f'<a href="https://outlook.office.com/groups/{domain}/cmt/leave">Leave group</a> &nbsp;|&nbsp; '
              f'<a href="https://go.microsoft.com/fwlink/?LinkId=2099525">Learn more about Microsoft 365 Groups</a>'
              f"</td></tr></table>")  # fmt: skip
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" '
            'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr">'
            + "".join(body) + _div("Regards,") + _div("<br>")
            + f'<div id="Signature"><div style="{AOS} font-size: 10pt;">{sig}</div></div>{disclaimer}{footer}'
            + "</body></html>")  # fmt: skip
    text += ["Regards,", "", sig.replace("<br>", "\n"), "", "Séanadh / Disclaimer: This e-mail and any files "
             "transmitted with it are confidential and intended solely for the addressee.", "",
             "You're receiving this message because you're a member of the Crisis Management Team group from "
             f"{doc.organisation}."]  # fmt: skip
    msg = EmailMessage()
    local = unicodedata.normalize("NFKD", f"{sender.split()[0]}.{sender.split()[-1]}").encode("ascii", "ignore")
    msg["From"] = f"{sender} <{local.decode().lower()}@{domain}>"
    msg["Sender"] = f"Crisis Management Team <cmt@{domain}>"
    msg["To"] = f"Crisis Management Team <cmt@{domain}>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime((when + timedelta(hours=hour, minutes=h % 50)).replace(tzinfo=UTC))
    msg["Message-ID"] = f"<DB9PR02MB{h % 10_000_000:07d}{doc.number}@DB9PR02MB.eurprd02.prod.outlook.com>"
    msg["X-MS-Exchange-Organization-AuthAs"] = "Internal"
    msg["X-MS-Has-Attach"] = ""
    msg["Content-Language"] = "en-IE"
    msg.set_content("\n".join(text) + "\n")
    msg.add_alternative(html, subtype="html")
    return bytes(msg)
