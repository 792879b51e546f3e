"""Mail writers of the ``blind58_layouts`` set: a Tanzanian water authority's newsletter sent with Zoho Campaigns,
and an Ecuadorian electricity business unit's bulletin sent with Mautic.

A Tanzanian urban water supply and sanitation authority rationing water in a drought: the "Taarifa ya Hali ya Huduma
ya Maji" to the customers registered on its portal, built in Zoho Campaigns' editor and received as HTML and plain
text — the hidden preheader, "Ikiwa barua pepe hii haionekani vizuri, itazame kwenye kivinjari", the logo and the
authority's name in a blue band, the title and date, "Ndugu Mteja," and a line, then one text block whose section
names are bold lines set larger in a ``<span>`` (the editor's "heading" without a heading element), the summary as
lines, the other points a list, "Hatua zinazochukuliwa:" in bold, "Tunaomba radhi kwa usumbufu unaojitokeza.", the
issuing unit, the customer centre's toll-free line, social icons, the footer with the address, why the mail came,
"Jiondoe" and "Badilisha mapendeleo", "Powered by Zoho Campaigns", the ``maillist-manage.com`` links and pixel, in
both parts. "TSh milioni 1,020", "1,250", "asilimia 62", "16 Oktoba", "(taarifa iliyopita: 5)".

An Ecuadorian electricity business unit in a season of programmed power cuts: the weekly "Boletín informativo" to
its registered customers, sent from the company's self-hosted Mautic with one of Mautic's themes, the builder's
``data-section`` and ``data-slot`` blocks — "¿No visualiza bien este correo? Véalo en su navegador.", the logo band,
the title and date, "Estimado cliente:" and a line, each section in a text slot under its ``<h3>``, the summary as
paragraphs, the other points a list, "Acciones tomadas:" in bold, the button "Consulte su horario de cortes",
"Atentamente," and the communication department, social links, the footer with the address, "Darse de baja" and
Mautic's ``/r/`` links and ``/email/….gif`` pixel, and the plain text Mautic writes from the HTML. "USD 442.000",
"USD 1,63 millones", "1.250", "16 de octubre", "(reporte anterior: 5)".
"""

from __future__ import annotations

import zlib
from datetime import timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from blind58_layouts_banks_away import CORTES, MAJI
from blind58_layouts_content import MESES, MIEZI, parts
from council_layouts_gold import Doc


def message(sender: str, to: str, subject: str, when, hour: int, offset: int, msgid: str, text: str,
            html: str | None, extra: dict) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Date"] = format_datetime((when + timedelta(hours=hour)).replace(tzinfo=timezone(timedelta(hours=offset))))
    msg["Message-ID"] = msgid
    for k, v in extra.items():
        msg[k] = v
    msg.set_content(text)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return bytes(msg)


def _mark(it, lang: str) -> str:
    risk, lead, rest = parts(it, lang)
    return f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)


# ---------------------------------------------------------------- a Tanzanian water authority's Zoho Campaigns mail

AUTHORITIES = (("DAWASA", "dawasa.go.tz", "S.L.P. 1573, Barabara ya Mabibo, Dar es Salaam", "0800 110 064"),
               ("AUWSA", "auwsa.go.tz", "S.L.P. 13600, Barabara ya Wachagga, Arusha", "0800 110 050"),
               ("MWAUWASA", "mwauwasa.go.tz", "S.L.P. 317, Barabara ya Makongoro, Mwanza", "0800 110 090"),
               ("DUWASA", "duwasa.go.tz", "S.L.P. 431, Barabara ya Dar es Salaam, Dodoma", "0800 110 077"))  # fmt: skip
BLUE = "#0a4f8f"
Z = "font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.6;color:#2b2b2b"


def eml_zoho_campaigns_maji_sw(doc: Doc) -> bytes:
    """The authority's water supply newsletter as Zoho Campaigns delivers it."""
    when = report_day(doc)
    short, domain, address, tollfree = AUTHORITIES[MAJI.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    zc = f"https://{short.lower()}-zc1.maillist-manage.com"
    od = f"3z{h:x}{doc.number}a9f{h % 7919:x}"
    stamp = f"{when.day} {MIEZI[when.month - 1]} {when.year}"
    title = f"Taarifa ya Hali ya Huduma ya Maji Na. {doc.number}"
    opening = f"{short} inapenda kukujulisha hali ya upatikanaji wa maji katika eneo lake la huduma kufuatia ukame."
    blocks, lines = [], []
    for s in doc.sections:
        blocks.append(f'<div style="margin:18px 0 6px"><span style="font-size:18px;color:{BLUE}"><b>'
                      f"{escape(s.heading)}</b></span></div>")  # fmt: skip
        lines += [s.heading, ""]
        if s.key == "highlights":
            blocks += [f"<div>{escape(it.text)}</div>" for it in s.items]
            lines += [it.text for it in s.items]
        else:
            blocks.append('<ul style="margin:4px 0 0;padding-left:22px">' + "".join(
                f"<li>{_mark(it, 'sw')}</li>" for it in s.items) + "</ul>")  # fmt: skip
            lines += [f"* {it.text}" for it in s.items]
        lines.append("")
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" \
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><head>\
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>{escape(title)}</title></head>
<body style="margin:0;padding:0;background:#eef2f6"><div style="display:none;max-height:0;overflow:hidden">\
{escape(opening)}</div>
<table class="zpcontent-wrapper" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#eef2f6">\
<tr><td align="center"><table width="600" cellpadding="0" cellspacing="0" border="0" class="zpcontent-table">
<tr><td class="zpelement-wrapper" style="padding:8px;text-align:center;font:11px Arial;color:#777">Ikiwa barua \
pepe hii haionekani vizuri, <a href="{zc}/ua/viewinbrowser?od={od}&amp;rd={h:x}" style="color:{BLUE}">itazame \
kwenye kivinjari</a></td></tr>
<tr><td class="zpelement-wrapper image" bgcolor="{BLUE}" style="padding:16px 24px"><img \
src="https://stratus.campaign-image.com/images/{h % 10**9}/{short.lower()}-nembo.png" width="64" alt="{short}" \
style="vertical-align:middle"> <span style="font:bold 17px Arial;color:#ffffff;padding-left:10px">\
{escape(doc.organisation)} ({short})</span></td></tr>
<tr><td class="zpelement-wrapper" bgcolor="#ffffff" style="padding:22px 24px 4px"><div class="zpheading" \
style="font:bold 22px Arial;color:#1b1b1b">{escape(title)}</div><div style="font:13px Arial;color:#888;\
margin-top:4px">{stamp}</div></td></tr>
<tr><td class="zpelement-wrapper zptext" bgcolor="#ffffff" style="padding:10px 24px 20px;{Z}"><div>Ndugu Mteja,\
</div><div><br></div><div>{escape(opening)}</div>{"".join(blocks)}<div><br></div><div>Tunaomba radhi kwa usumbufu \
unaojitokeza.</div><div><br></div><div>Imetolewa na:</div><div><b>Kitengo cha Mawasiliano na Uhusiano kwa Umma</b>\
</div><div>{escape(doc.organisation)}</div></td></tr>
<tr><td class="zpelement-wrapper" bgcolor="#dfeaf5" style="padding:14px 24px;{Z};font-size:13px">Huduma kwa \
Wateja: <b>{tollfree}</b> (bila malipo) | Barua pepe: huduma@{domain} | <a href="{zc}/click.zc?m=1&amp;mrd={h:x}\
&amp;od={od}&amp;linkDgs=1a{h % 997}&amp;repDgs=2b{h % 991}">www.{domain}</a></td></tr>
<tr><td class="zpelement-wrapper" style="padding:14px;text-align:center"><a href="{zc}/click.zc?m=1&amp;mrd=\
{h:x}&amp;od={od}&amp;linkDgs=3c{h % 983}"><img src="https://stratus.campaign-image.com/images/social/\
facebook.png" alt="Facebook" width="24"></a> <a href="{zc}/click.zc?m=1&amp;mrd={h:x}&amp;od={od}&amp;linkDgs=\
4d{h % 977}"><img src="https://stratus.campaign-image.com/images/social/instagram.png" alt="Instagram" \
width="24"></a> <a href="{zc}/click.zc?m=1&amp;mrd={h:x}&amp;od={od}&amp;linkDgs=5e{h % 971}"><img \
src="https://stratus.campaign-image.com/images/social/x.png" alt="X" width="24"></a></td></tr>
<tr><td class="zpelement-wrapper footer" style="padding:4px 24px 20px;text-align:center;font:11px/1.5 Arial;\
color:#777">{escape(doc.organisation)} · {escape(address)}<br>Umepokea barua pepe hii kwa sababu umejisajili \
kupokea taarifa kutoka {short}.<br><a href="{zc}/ua/optout?od={od}&amp;rd={h:x}" style="color:#777">Jiondoe</a> | \
<a href="{zc}/ua/upc?od={od}&amp;rd={h:x}" style="color:#777">Badilisha mapendeleo</a><br><br><a \
href="https://www.zoho.com/campaigns/?src=footer"><img src="https://stratus.campaign-image.com/images/\
powered-by-zc.png" alt="Powered by Zoho Campaigns" width="140"></a></td></tr>
</table></td></tr></table><img src="{zc}/ua/TrackingOpen?od={od}&amp;rd={h:x}" width="1" height="1" alt=""></body>\
</html>"""
    text = [f"Ikiwa barua pepe hii haionekani vizuri, itazame kwenye kivinjari: {zc}/ua/viewinbrowser?od={od}", "",
            f"{doc.organisation} ({short})", "", title, stamp, "", "Ndugu Mteja,", "", opening, "", *lines,
            "Tunaomba radhi kwa usumbufu unaojitokeza.", "", "Imetolewa na:",
            "Kitengo cha Mawasiliano na Uhusiano kwa Umma", doc.organisation, "",
            f"Huduma kwa Wateja: {tollfree} (bila malipo) | Barua pepe: huduma@{domain}", "",
            f"{doc.organisation} · {address}",
            f"Umepokea barua pepe hii kwa sababu umejisajili kupokea taarifa kutoka {short}.",
            f"Jiondoe: {zc}/ua/optout?od={od}", "", "Powered by Zoho Campaigns"]  # fmt: skip
    return message(f"{short} <taarifa@{domain}>", "mteja@example.co.tz", f"{title} – {stamp}", when, 10, 3,
                   f"<{h:x}.{doc.number}.{od}@zc1.maillist-manage.com>", "\n".join(text) + "\n", html,
                   {"X-Mailer": "Zoho Campaigns", "X-ZCMP-Campaign": od,
                    "List-Unsubscribe": f"<{zc}/ua/optout?od={od}&rd={h:x}>"})  # fmt: skip


# ---------------------------------------------------------------- an Ecuadorian business unit's Mautic bulletin

UNITS = (("Guayaquil", "Av. Domingo Comín y calle 11, Guayaquil", "@CNEL_Guayaquil"),
         ("Manabí", "Av. Manabí y calle Chile, Portoviejo", "@CNEL_Manabi"),
         ("El Oro", "Av. Bolívar Madero Vargas y Guayas, Machala", "@CNEL_ElOro"),
         ("Santa Elena", "Av. Carlos Espinoza Larrea, Santa Elena", "@CNEL_StaElena"))  # fmt: skip
ORANGE = "#f28c00"
M = "font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.55;color:#333333"


def _slot(inner: str) -> str:
    return f'<div data-slot-container="1"><div data-slot="text" style="{M}">{inner}</div></div>'


def eml_mautic_boletin_cortes_ec(doc: Doc) -> bytes:
    """The business unit's power cut bulletin as the company's Mautic sends it."""
    when = report_day(doc)
    unit, address, handle = UNITS[CORTES.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    base = "https://comunicacion.cnel.gob.ec"
    idhash = f"{h:08x}{doc.number:02d}{h % 65521:04x}"
    stamp = f"{unit.split()[-1]}, {when.day} de {MESES[when.month - 1]} de {when.year}"
    title = f"Boletín informativo n.º {doc.number}: cortes programados de energía"
    opening = "Le informamos sobre la situación del servicio eléctrico y los cortes programados en su sector."
    sections, lines = [], []
    for s in doc.sections:
        if s.key == "highlights":
            inner = "".join(f"<p>{escape(it.text)}</p>" for it in s.items)
            lines += [s.heading, "", *(it.text for it in s.items), ""]
        else:
            inner = "<ul>" + "".join(f"<li>{_mark(it, 'es')}</li>" for it in s.items) + "</ul>"
            lines += [s.heading, "", *(f"- {it.text}" for it in s.items), ""]
        head = f'<h3 style="color:{ORANGE};margin:14px 0 6px">{escape(s.heading)}</h3>'
        sections.append(f'<tr><td style="padding:4px 30px">{_slot(head + inner)}</td></tr>')

    def r(n: int) -> str:
        return f"{base}/r/{h % 9 + n:x}{idhash[:10]}?ct=YTo1OntzOjY6InNvdXJjZSI7YToyOntpOjA7czo1OiJlbWFpbCI7aToxO2k6{n}"

    logo = _slot(
        f'<img src="{base}/media/images/logo-cnel.png" alt="CNEL EP" width="120"> '
        f'<span style="color:#fff;font-weight:bold">Unidad de Negocio {unit}</span>'
    )
    top = _slot(
        f'<h1 style="font-size:23px;margin:0">{escape(title)}</h1><p style="color:#888;font-size:13px">'
        f"{stamp}</p><p>Estimado cliente:</p><p>{opening}</p>"
    )
    close = _slot(f"<p>Atentamente,</p><p><strong>Gerencia de Comunicación</strong><br>{escape(doc.organisation)}</p>")
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta \
name="viewport" content="width=device-width, initial-scale=1.0"><title>{escape(title)}</title></head>
<body style="margin:0;background:#f4f4f4"><div data-section-wrapper="1"><center><table data-section="1" \
width="600" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td style="padding:10px;{M};\
font-size:11px;text-align:center"><a href="{base}/email/view/{idhash}" style="color:#777">¿No visualiza bien este \
correo? Véalo en su navegador.</a></td></tr></table></center></div>
<div data-section-wrapper="1"><center><table data-section="1" width="600" cellpadding="0" cellspacing="0" \
style="background:{ORANGE}"><tr><td style="padding:18px 30px">{logo}</td></tr></table></center></div>
<div data-section-wrapper="1"><center><table data-section="1" width="600" cellpadding="0" cellspacing="0" \
style="background:#ffffff"><tr><td style="padding:24px 30px 6px">{top}</td></tr>{"".join(sections)}<tr><td \
style="padding:16px 30px" align="center"><div data-slot="button"><a href="{r(1)}" \
style="background:{ORANGE};color:#fff;padding:11px 22px;border-radius:4px;text-decoration:none;{M}">Consulte su \
horario de cortes</a></div></td></tr><tr><td style="padding:6px 30px 24px">{close}</td></tr></table></center></div>
<div data-section-wrapper="1"><center><table data-section="1" width="600" cellpadding="0" cellspacing="0"><tr><td \
style="padding:14px;text-align:center;{M};font-size:12px"><div data-slot="socialfollow"><a href="{r(2)}">Facebook\
</a> · <a href="{r(3)}">X {handle}</a> · <a href="{r(4)}">Instagram</a></div><p style="color:#888">CNEL EP · \
{escape(address)} · Línea 1800 263 563</p><p style="color:#888">Usted recibe este correo porque está registrado \
como cliente de CNEL EP.<br><a href="{base}/email/unsubscribe/{idhash}" style="color:#888">Darse de baja</a> para no \
recibir más correos de nuestra parte.</p></td></tr></table></center></div>
<img height="1" width="1" src="{base}/email/{idhash}.gif" alt="" /></body></html>"""
    text = [f"¿No visualiza bien este correo? Véalo en su navegador. | {base}/email/view/{idhash}", "",
            f"CNEL EP Unidad de Negocio {unit}", "", title, "", stamp, "", "Estimado cliente:", "", opening, "",
            *lines, f"Consulte su horario de cortes | {r(1)}", "", "Atentamente,", "", "Gerencia de Comunicación",
            doc.organisation, "", f"Facebook | {r(2)} · X {handle} | {r(3)} · Instagram | {r(4)}", "",
            f"CNEL EP · {address} · Línea 1800 263 563", "",
            "Usted recibe este correo porque está registrado como cliente de CNEL EP.",
            f"Darse de baja | {base}/email/unsubscribe/{idhash}",
            "para no recibir más correos de nuestra parte."]  # fmt: skip
    return message(f"CNEL EP {unit} <boletines@cnel.gob.ec>", "cliente@example.ec", title, when, 16, -5,
                   f"<{idhash}@comunicacion.cnel.gob.ec>", "\n".join(text) + "\n", html,
                   {"X-Mailer": "Mautic 5.2.1", "X-EMAIL-ID": str(40 + doc.number),
                    "List-Unsubscribe": f"<{base}/email/unsubscribe/{idhash}>"})  # fmt: skip
