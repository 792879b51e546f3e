"""Web writers of the ``blind71_layouts`` set: a Ticino commune's forest fire update published as a news item of its
i-web site, in Italian, and a Flemish municipality's cyber attack update published on its Icordis site, in Dutch.

A commune of Ticino (its municipio, which works with the cantonal forest service, the fire brigades, the civil
protection and the cantonal police) in a forest fire above its villages: the "aggiornamento" published as a news item
of the commune's site built on i-web, the CMS of many Swiss communes, and saved — the ``icms`` classes, the header
with the arms and the search ("Cerca"), the menu, the breadcrumb, "Pubblicato il …", the title, the lead paragraph,
each section an ``<h3>`` with its points typed in the editor as paragraphs after "– " (the summary without),
"Misure adottate:" in bold, the attachments ("Allegati"), the chancellery's contact box, "Condividi", the footer and
the cookie notice. "CHF 3'807", "CHF 1.40 mio.", "1'250", "12%", "16 agosto", "(rapporto precedente: 5)".

A municipality of Flanders (its college of mayor and aldermen and the shared social house, which work with the
federal cyber security centre, the police and the provincial governor) after a ransomware attack on its systems: the
"update" published on the municipality's site built on Icordis and saved — the "Snel naar" links, the logo, the menu,
"U bent hier:" and the breadcrumb, the date, the title, the introduction, each section an ``<h2>`` with paragraphs or a
list, "Wat we doen:" in bold, the infolijn box, the related news in the sidebar, the town hall's address and opening
hours in the footer and the cookie banner. "€ 3.978", "€ 1,46 miljoen", "1.250", "12 %", "16 februari",
"(vorige update: 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind71_layouts_banks_north import CYBER, INCENDIO
from blind71_layouts_content import IT_MONTHS, NL_MONTHS, parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- a Ticino commune on i-web

COMUNI = (
    ("Gambarogno", "gambarogno.ch", "Via Cantonale 141, 6573 Magadino", "091 786 84 00"),
    ("Onsernone", "onsernone.ch", "Casa comunale, 6662 Russo", "091 797 10 24"),
    ("Centovalli", "centovalli.ch", "Casa comunale, 6655 Intragna", "091 780 71 00"),
    ("Terre di Pedemonte", "terredipedemonte.ch", "Via Vecchia Stazione 6, 6652 Tegna", "091 796 22 20"),
)
MENU_IT = ("Comune", "Vivere", "Servizi", "Attualità", "Turismo", "Contatti")


def html_iweb_incendio_comune_ti(doc: Doc) -> bytes:
    """The commune's forest fire update as a news item of its i-web site, saved."""
    when = report_day(doc)
    name, host, address, phone = COMUNI[INCENDIO.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day} {IT_MONTHS[when.month - 1]} {when.year}"
    title = f"Incendio boschivo: aggiornamento n. {doc.number}"
    menu = "".join(f'<li class="icms-nav-item"><a href="/{m.lower()}">{m}</a></li>' for m in MENU_IT)
    body = []
    for s in doc.sections:
        body.append(f"<h3>{escape(s.heading)}</h3>")
        for it in s.items:
            if s.key == "highlights":
                body.append(f"<p>{escape(it.text)}</p>")
                continue
            risk, lead, rest = parts(it, "ti")
            text = f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)
            body.append(f"<p>– {text}</p>")
    content = "\n".join(body)
    html = f"""<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<title>{escape(title)} - Comune di {escape(name)}</title>
<meta name="generator" content="i-web, innovative web AG">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/dist/{host.split(".")[0]}/2024/css/main.{h % 65536:04x}.css">
</head>
<body class="icms-page icms-news-detail">
<a class="icms-skiplink" href="#icmsContent">Vai al contenuto</a>
<header id="icmsHeader"><div class="icms-container">
<a class="icms-logo" href="/"><img src="/dist/{host.split(".")[0]}/2024/images/stemma.svg" alt="Stemma del Comune \
di {escape(name)}"><span>Comune di {escape(name)}</span></a>
<form class="icms-search" action="/suche" method="get"><label for="q">Cerca</label><input id="q" name="q" \
type="search" placeholder="Cerca"><button type="submit">Cerca</button></form>
<nav class="icms-main-nav" aria-label="Navigazione principale"><ul>{menu}</ul></nav>
</div></header>
<main id="icmsContent" class="icms-container">
<nav class="icms-breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/attualita">\
Attualità</a></li><li><a href="/aktuellesinformationen">Notizie</a></li><li>{escape(title)}</li></ol></nav>
<article class="icms-news">
<p class="icms-news-date">Pubblicato il {when:%d.%m.%Y}</p>
<h1 class="icms-page-title">{escape(title)}</h1>
<div class="icms-lead"><p>Il Municipio informa la popolazione sulla situazione al {day}, ore 18.00.</p></div>
<div class="icms-wysiwyg">
{content}
</div>
<div class="icms-attachments"><h2>Allegati</h2><ul><li><a href="/_docn/{h % 900000 + 100000}/comunicato.pdf">\
Comunicato del Municipio (PDF, {h % 200 + 90} kB)</a></li></ul></div>
<div class="icms-contact-box"><h2>Contatto</h2><p>Cancelleria comunale<br>{escape(address)}<br>Tel. {phone}<br>\
<a href="mailto:cancelleria@{host}">cancelleria@{host}</a></p></div>
<div class="icms-share">Condividi: <a href="#">Facebook</a> <a href="#">E-mail</a> <a href="#">Stampa</a></div>
</article>
</main>
<footer id="icmsFooter"><div class="icms-container"><p>Comune di {escape(name)} · {escape(address)} · Tel. {phone}</p>
<ul><li><a href="/impressum">Colophon</a></li><li><a href="/datenschutz">Protezione dei dati</a></li></ul>
<p class="icms-poweredby">Realizzato con <a href="https://www.i-web.ch">i-web</a></p></div></footer>
<div class="icms-cookie-notice" role="dialog"><p>Questo sito utilizza cookie per migliorare la navigazione.</p>\
<button type="button">Accetta</button><button type="button">Solo necessari</button></div>
</body>
</html>
"""
    return html.encode()


# ---------------------------------------------------------------- a Flemish municipality on Icordis

GEMEENTEN = (
    ("Lebbeke", "lebbeke.be", "Marktplein 1, 9280 Lebbeke", "052 41 01 80"),
    ("Zele", "zele.be", "Markt 1, 9240 Zele", "052 45 95 00"),
    ("Wichelen", "wichelen.be", "Markt 1, 9260 Wichelen", "052 43 03 00"),
    ("Berlare", "berlare.be", "Dorp 1, 9290 Berlare", "052 43 23 00"),
)
MENU_NL = ("Wonen en leven", "Vrije tijd", "Welzijn", "Ondernemen", "Bestuur", "Nieuws")


def html_icordis_cyberaanval_gemeente_vl(doc: Doc) -> bytes:
    """The municipality's cyber attack update as a news page of its Icordis site, saved."""
    when = report_day(doc)
    name, host, address, phone = GEMEENTEN[CYBER.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day} {NL_MONTHS[when.month - 1]} {when.year}"
    title = f"Cyberaanval: update {doc.number}"
    menu = "".join(f'<li><a href="/{m.lower().replace(" ", "-")}">{m}</a></li>' for m in MENU_NL)
    body = []
    for s in doc.sections:
        body.append(f"<h2>{escape(s.heading)}</h2>")
        if s.key == "highlights":
            body += [f"<p>{escape(it.text)}</p>" for it in s.items]
            continue
        entries = []
        for it in s.items:
            risk, lead, rest = parts(it, "vl")
            text = f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)
            entries.append(f"<li>{text}</li>")
        body.append(f"<ul>{''.join(entries)}</ul>")
    content = "\n".join(body)
    html = f"""<!DOCTYPE html>
<html lang="nl-BE">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Icordis CMS">
<title>{escape(title)} | Gemeente {escape(name)}</title>
<link rel="stylesheet" href="/css/site.css?v={h % 9000 + 1000}">
</head>
<body class="page-news-detail">
<div class="quicklinks"><span>Snel naar:</span> <a href="/afspraak">Afspraak maken</a> <a href="/e-loket">e-loket</a> \
<a href="/vacatures">Vacatures</a> <a href="/contact">Contact</a></div>
<header class="site-header"><a href="/" class="logo"><img src="/images/logo-{name.lower()}.svg" alt="Gemeente \
{escape(name)}"></a>
<nav class="mainnav" aria-label="Hoofdmenu"><ul>{menu}</ul></nav>
<form class="search" action="/zoeken"><input type="search" name="q" placeholder="Waarmee kunnen we u helpen?">\
<button>Zoeken</button></form></header>
<div class="breadcrumb"><span>U bent hier:</span> <a href="/">Home</a> &gt; <a href="/nieuws">Nieuws</a> &gt; \
<span>{escape(title)}</span></div>
<div class="content-wrapper">
<main class="content">
<div class="newsdate">{day}</div>
<h1>{escape(title)}</h1>
<div class="intro"><p>Hieronder vindt u de stand van zaken op {day} om 16 uur.</p></div>
<div class="text">
{content}
</div>
<div class="infobox"><h3>Vragen?</h3><p>Bel de infolijn op {phone} (elke werkdag van 9 tot 17 uur). Geef nooit \
uw wachtwoord of bankgegevens door aan iemand die zegt van de gemeente te zijn.</p></div>
</main>
<aside class="sidebar"><h3>Ander nieuws</h3><ul><li><a href="/nieuws/afvalkalender">Nieuwe afvalkalender</a></li>\
<li><a href="/nieuws/wegenwerken">Wegenwerken in het centrum</a></li></ul></aside>
</div>
<footer class="site-footer"><div class="address"><strong>Gemeentehuis {escape(name)}</strong><br>{escape(address)}\
<br>{phone} · <a href="mailto:info@{host}">info@{host}</a></div><div class="hours"><strong>Openingsuren</strong><br>\
ma – vr: 9 – 12 uur<br>wo: ook 14 – 19 uur</div><ul class="legal"><li><a href="/privacy">Privacy</a></li><li>\
<a href="/cookies">Cookiebeleid</a></li><li><a href="/toegankelijkheid">Toegankelijkheid</a></li></ul></footer>
<div id="cookie-banner" class="cookie-banner"><p>Deze website gebruikt cookies om uw bezoek vlotter te laten \
verlopen.</p><button class="accept">Alles aanvaarden</button><button class="settings">Instellingen</button></div>
</body>
</html>
"""
    return html.encode()
