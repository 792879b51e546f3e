"""Mail writers of the ``blind60_layouts`` set: a Mauritian municipal council's "kominike" in Kreol Morisien sent with
MailPoet, and a Zimbabwean district civil protection committee's drought sitrep typed in Horde's webmail.

A municipal council of Mauritius (Lameri) after torrential rain: its communication cell sends the "Kominike" to the
residents subscribed on the council's WordPress site with the MailPoet plugin, as HTML and the plain text MailPoet
makes of it — the hidden preheader, "Si ou pa trouv sa imel-la byen, get li dan ou navigater", the logo, the title
and date, "Bonzour tou rezidan," and a line, each section an ``<h2>`` in MailPoet's text block, the summary as
paragraphs, the other points a list, "Aksion pran:" in bold, "Mersi pou ou kooperasion.", the cell and the council,
the footer with the address, "Dezabone" and "Zer ou abonman", MailPoet's tracked links and the open pixel; in the
plain text the headings as lines, the points after "- " and every link in brackets after its words. "Rs 19.7
milyon", "1,250", "16 Avril", "(dernie kominike: 5)".

A district civil protection committee of Zimbabwe in a drought: the District Development Coordinator's weekly
"Drought Situation Report" typed in the ministry's Horde webmail and sent as plain text, flowed (``format=flowed;
DelSp=Yes``, every line past 76 characters broken with a space) — "Good morning Sir," and a line, the committee,
the report's number and "WEEK ENDING:" in capitals, each section's name in capitals after its number and a nought
("1.0 HIGHLIGHTS"), each point after its number ("1.1", "1.2"), "Mitigatory measures:" in the line, "Regards" and
the coordinator's name, posts and ministry. "US$1.59 million", "16 March", "(last week: 5)".
"""

from __future__ import annotations

import zlib
from datetime import timedelta, timezone
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from blind58_layouts_mail import message
from blind60_layouts_banks_away import LAPLI
from blind60_layouts_banks_home import DROUGHT
from blind60_layouts_content import MOI, parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- a Mauritian council's MailPoet kominike

LAMERI = (("Port-Louis", "mpl.mu", "Lotel de Vil, Rue Pope Hennessy, Port-Louis", "212 0831"),
          ("Beau-Bassin Rose-Hill", "bbrh.mu", "Lotel de Vil, Royal Road, Rose-Hill", "454 9500"),
          ("Quatre-Bornes", "mcqb.mu", "Lotel de Vil, Avenue Saint-Jean, Quatre-Bornes", "454 8054"),
          ("Vacoas-Phoenix", "mcvp.mu", "Lotel de Vil, Avenue John Kennedy, Vacoas", "696 2831"))  # fmt: skip
T = "font-family:Arial,'Helvetica Neue',Helvetica,sans-serif"


def _kreol(it) -> str:
    risk, lead, rest = parts(it, "mu")
    return f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)


def eml_mailpoet_kominike_lapli_mu(doc: Doc) -> bytes:
    """The council's kominike as MailPoet delivers it: HTML and the plain text made from it."""
    when = report_day(doc)
    town, host, address, phone = LAMERI[LAPLI.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    data = f"{h:x}{doc.number:03d}"
    link = lambda e, a: f"https://www.{host}/?mailpoet_router&endpoint={e}&action={a}&data=WzQ{data}Xy"  # noqa: E731
    title = f"Kominike N° {doc.number} – Lapli torransiel"
    stamp = f"{when.day} {MOI[when.month - 1]} {when.year}, {h % 3 + 3}er apremidi"
    opening = f"Lameri {town} pe donn zot enn lepwin lor lasitiasion dan nou lavil apre bann gro laverse."
    blocks, lines = [], [f"Si ou pa trouv sa imel-la byen, get li dan ou navigater [{link('view_in_browser', 'view')}]",
                         "", title, "", stamp, "", "Bonzour tou rezidan,", "", opening, ""]  # fmt: skip
    for s in doc.sections:
        blocks.append(f'<h2 style="margin:0 0 6px;color:#0b5394;font-size:20px;line-height:32px;{T}">'
                      f"<strong>{escape(s.heading)}</strong></h2>")  # fmt: skip
        lines += [s.heading, ""]
        if s.key == "highlights":
            blocks += [f'<p class="mailpoet_paragraph" style="margin:0 0 10px">{escape(it.text)}</p>' for it in s.items]
            lines += [x for it in s.items for x in (it.text, "")]
        else:
            blocks.append('<ul class="mailpoet_paragraph" style="padding-top:0;padding-bottom:0;margin-top:10px">'
                          + "".join(f'<li class="mailpoet_paragraph" style="margin-bottom:6px">{_kreol(it)}</li>'
                                    for it in s.items) + "</ul>")  # fmt: skip
            lines += [f"- {it.text}" for it in s.items] + [""]
    lines += [
        "Mersi pou ou kooperasion.",
        "",
        "Sellil Kominikasion",
        f"Lameri {town}",
        "",
        "",
        f"Lameri {town} · {address} · Tel: {phone}",
        f"Dezabone [{link('subscription', 'unsubscribe')}] | Zer ou abonman [{link('subscription', 'manage')}]",
    ]
    text = "\n".join(lines) + "\n"
    td = (f'class="mailpoet_text mailpoet_padded_vertical mailpoet_padded_side" valign="top" style="word-break:'
          f'break-word;word-wrap:break-word;{T};font-size:15px;line-height:24px;color:#333333"')  # fmt: skip
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" \
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html lang="mfe" style="margin:0;padding:0"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>{escape(title)}</title>
<style type="text/css">@media screen and (max-width:480px){{.mailpoet_button{{width:100%!important}}}}</style></head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" style="margin:0;padding:0;background-color:#eeeeee">
<table class="mailpoet_template" border="0" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:\
collapse"><tbody>
<tr><td class="mailpoet_preheader" style="display:none!important;visibility:hidden;mso-hide:all;font-size:1px;\
color:#ffffff;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden" height="1">{escape(opening)}</td></tr>
<tr><td align="center" class="mailpoet-wrapper" valign="top" style="background-color:#eeeeee">
<table class="mailpoet_content-wrapper" border="0" width="660" cellpadding="0" cellspacing="0" style="max-width:660px;\
background-color:#ffffff"><tbody>
<tr><td class="mailpoet_header_footer_padded mailpoet_header" style="line-height:19px;text-align:center;{T};\
font-size:12px;color:#222222"><a href="{link("view_in_browser", "view")}" style="color:#6cb7d4">Si ou pa trouv sa \
imel-la byen, get li dan ou navigater</a></td></tr>
<tr><td class="mailpoet_image mailpoet_padded_vertical mailpoet_padded_side" align="center" valign="top">\
<img src="https://www.{host}/wp-content/uploads/mailpoet/logo-lameri.png" width="160" alt="Lameri {town}" \
style="height:auto;max-width:100%;display:block"></td></tr>
<tr><td {td}><h1 style="text-align:left;padding:0;font-style:normal;font-weight:normal;margin:0 0 6px;color:#111111;\
{T};font-size:26px;line-height:41px"><strong>{escape(title)}</strong></h1>
<p class="mailpoet_paragraph" style="margin:0 0 14px;color:#888888;font-size:13px">{stamp}</p>
<p class="mailpoet_paragraph" style="margin:0 0 10px">Bonzour tou rezidan,</p>
<p class="mailpoet_paragraph" style="margin:0 0 18px">{escape(opening)}</p>
{"".join(blocks)}
<p class="mailpoet_paragraph" style="margin:18px 0 10px">Mersi pou ou kooperasion.</p>
<p class="mailpoet_paragraph" style="margin:0">Sellil Kominikasion<br>Lameri {town}</p></td></tr>
<tr><td class="mailpoet_divider" valign="top" style="padding:13px 20px"><table width="100%" border="0" \
cellpadding="0" cellspacing="0"><tr><td style="border-top:1px solid #aaaaaa"></td></tr></table></td></tr>
<tr><td class="mailpoet_header_footer_padded mailpoet_footer" style="line-height:19px;text-align:center;{T};\
font-size:12px;color:#222222">Lameri {town} · {escape(address)} · Tel: {phone}<br><a href="\
{link("subscription", "unsubscribe")}" style="color:#6cb7d4">Dezabone</a> | <a href="{link("subscription", "manage")}\
" style="color:#6cb7d4">Zer ou abonman</a></td></tr>
</tbody></table></td></tr></tbody></table>
<img alt="" class="" src="{link("track", "open")}" width="1" height="1"></body></html>"""
    return message(f"Lameri {town} <kominikasion@{host}>", "rezidan@example.mu", f"{title}: lasitiasion dan {town}",
                   when, 16, 4, f"<{data}.{h % 99991}@{host}>", text, html,
                   {"List-Unsubscribe": f"<{link('subscription', 'unsubscribe')}>",
                    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"})  # fmt: skip


# ---------------------------------------------------------------- a Zimbabwean DCPC's sitrep from Horde

DCPC = (("Mwenezi", "Masvingo", "T. Moyo", "ddc.mwenezi"), ("Chiredzi", "Masvingo", "R. Chauke", "ddc.chiredzi"),
        ("Binga", "Matabeleland North", "M. Mudenda", "ddc.binga"),
        ("Mudzi", "Mashonaland East", "F. Nyamhunga", "ddc.mudzi"))  # fmt: skip


def _flowed(line: str, width: int = 76) -> list[str]:
    """A line as format=flowed with DelSp=Yes sends it: broken after a space past ``width``, a space added at every
    break (the reader deletes it and joins the lines)."""
    out, cur = [], ""
    for word in line.split(" "):
        if cur and len(cur) + 1 + len(word) > width:
            out.append(cur + "  ")
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    return [*out, cur]


def eml_horde_drought_dcpc_zw(doc: Doc) -> bytes:
    """The committee's weekly drought sitrep as Horde sends it, plain text and flowed."""
    when = report_day(doc)
    district, province, name, user = DCPC[DROUGHT.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    week = f"{when.day} {when:%B %Y}"
    lines = ["Good morning Sir,", "",
             f"Please find below the {district} District drought situation report for the week ending {week} for "
             "your attention and further action.", "",
             f"{district.upper()} DISTRICT CIVIL PROTECTION COMMITTEE", f"DROUGHT SITUATION REPORT NO. {doc.number}",
             f"WEEK ENDING: {week.upper()}", ""]  # fmt: skip
    for n, s in enumerate(doc.sections, 1):
        lines.append(s.heading)
        lines += [f"{n}.{k} {it.text}" for k, it in enumerate(s.items, 1)]
        lines.append("")
    lines += [
        "Regards",
        "",
        name,
        f"District Development Coordinator - {district}",
        "Chairperson, District Civil Protection Committee",
        "Ministry of Local Government and Public Works",
    ]
    body = "\n".join(x for line in lines for x in _flowed(line)) + "\n"
    stamp = when.replace(hour=9, minute=h % 50 + 5, tzinfo=timezone(timedelta(hours=2)))
    head = [
        f"Date: {format_datetime(stamp)}",
        f"From: {name} <{user}@mlgpw.gov.zw>",
        f"To: pdc.{province.split()[0].lower()}@mlgpw.gov.zw",
        "Cc: dcp.operations@mlgpw.gov.zw, drought.desk@mlgpw.gov.zw",
        f"Subject: {district.upper()} DISTRICT DROUGHT SITREP NO. {doc.number} - WEEK ENDING {week.upper()}",
        f"Message-ID: <{when:%Y%m%d}09{h % 60:02d}{h % 59:02d}.Horde.{h:x}{doc.number}Qx7v@webmail.mlgpw.gov.zw>",
        "User-Agent: Horde Application Framework 5",
        "Content-Type: text/plain; charset=UTF-8; format=flowed; DelSp=Yes",
        "MIME-Version: 1.0",
        "Content-Disposition: inline",
        "Content-Transfer-Encoding: 8bit",
    ]
    return ("\r\n".join(head) + "\r\n\r\n" + body.replace("\n", "\r\n")).encode()
