"""Web writers of the ``blind51_layouts`` set: a Polish voivodeship office's communiqué on the Oder fish kill on a
page of its Public Information Bulletin, and a Singapore agency's update on an oil spill on a page of its Isomer site.

A Polish voivodeship office's communiqué on the mass die-off of fish in the Oder ("Komunikat nr 5 Wojewody … w sprawie
sytuacji na rzece Odrze"), published in the office's Biuletyn Informacji Publicznej — the statutory public
information bulletin every Polish public body keeps — and saved from the browser: no ``<main>``, old XHTML in
``<div>``s; the "Przejdź do treści" link, the accessibility tools ("A A+ A++", "Kontrast", "Wersja tekstowa"), the BIP
logo linking to the national BIP portal, the office's name, the search box, the "Menu podmiotowe" and "Menu
przedmiotowe" as lists, "Jesteś tutaj:" and its breadcrumbs, the communiqué's title as an ``<h2>``, the line "Stan na
dzień … godz. …", then the text as pasted from Word into the editor: each section's name a justified paragraph in
bold typed after its Roman number ("I. Najważniejsze informacje"), the summary as paragraphs, the other points a list,
"Działania zaradcze:" in bold, the centre's signature line, the attachment with its size, the "Metryczka" — the
register each BIP entry must carry: who made and published it and when, the visits and "Rejestr zmian" —, "Drukuj",
"Powrót" and the footer with "Redakcja BIP", "Instrukcja korzystania z BIP" and "Deklaracja dostępności". "3 400 zł",
"1,25 mln zł", "1 250", "12%", "16 sierpnia", "(poprzednio: 5)".

A Singapore government agency's daily update on the oil spill at Pasir Panjang, posted as a press release on the
agency's site built with Isomer, the Singapore government's site builder, and saved from the browser: the masthead
"A Singapore Government Agency Website" with "How to identify", the navigation bar with the agency's logo, menus and
search, the page title band with its breadcrumb in small capitals, then the release as Isomer renders its Markdown —
the date, each section's name an ``<h3>``, the summary as paragraphs, the points a list, "Measures taken:" in bold —,
the closing "ISSUED BY …" in capitals and its date, the media contact, and the footer's links, "Report
Vulnerability", "© 2026 Government of Singapore" and "Last Updated". "$3,400", "$1.25 million", "1,250", "16 June",
"(previous update: 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind11_layouts_content import MIESIACE
from blind51_layouts_banks_away import ODRA
from blind51_layouts_banks_home import OILSPILL
from blind51_layouts_content import parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- a voivodeship office's BIP page

OFFICES = (("duw.pl", "Dolnośląskiego", "Wrocław", "pl. Powstańców Warszawy 1, 50-153 Wrocław", "Anna Nowicka"),
           ("opole.uw.gov.pl", "Opolskiego", "Opole", "ul. Piastowska 14, 45-082 Opole", "Tomasz Kubiak"),
           ("lubuskie.uw.gov.pl", "Lubuskiego", "Gorzów Wielkopolski",
            "ul. Jagiellończyka 8, 66-400 Gorzów Wielkopolski", "Marta Zielińska"),
           ("szczecin.uw.gov.pl", "Zachodniopomorskiego", "Szczecin", "Wały Chrobrego 4, 70-502 Szczecin",
            "Piotr Wróbel"))  # fmt: skip


def _pl_point(it) -> str:
    risk, lead, rest = parts(it, "pl")
    return f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)


def html_bip_komunikat_odra_pl(doc: Doc) -> bytes:
    """The voivode's communiqué on the Oder as a page of the office's Public Information Bulletin."""
    when = report_day(doc)
    k = ODRA.organisations.index(doc.organisation)
    _host, voivode, _city, address, editor = OFFICES[k]
    h = zlib.crc32(doc.title.encode())
    title = f"Komunikat nr {doc.number} Wojewody {voivode} w sprawie sytuacji na rzece Odrze"
    day = f"{when.day} {MIESIACE[when.month - 1]} {when.year} r."
    body = []
    for s in doc.sections:
        body.append(f'<p style="text-align: justify;"><strong>{escape(s.heading)}</strong></p>')
        if s.key == "highlights":
            body += [f'<p style="text-align: justify;">{escape(it.text)}</p>' for it in s.items]
        else:
            body.append('<ul style="text-align: justify;">' + "".join(f"<li>{_pl_point(it)}</li>" for it in s.items)
                        + "</ul>")  # fmt: skip
    entry = 20000 + h % 60000
    menu = ("Urząd", "Wojewoda", "Statut i regulamin", "Struktura organizacyjna", "Zarządzanie kryzysowe",
            "Ogłoszenia i komunikaty", "Zamówienia publiczne", "Praca w urzędzie", "Petycje")  # fmt: skip
    subject = ("Akty prawne", "Rejestry i ewidencje", "Budżet i finanse", "Kontrole", "Dostęp do informacji publicznej")
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" \
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="pl" lang="pl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{escape(title)} - Biuletyn Informacji Publicznej - {escape(doc.organisation)}</title>
<link rel="stylesheet" type="text/css" href="/css/bip.css" />
<link rel="stylesheet" type="text/css" href="/css/druk.css" media="print" />
<script type="text/javascript" src="/js/jquery.min.js"></script>
</head>
<body>
<div id="skip"><a href="#tresc">Przejdź do treści</a> | <a href="#menu">Przejdź do menu</a></div>
<div id="strona">
<div id="naglowek">
<div class="bip-logo"><a href="https://www.gov.pl/web/bip" title="Biuletyn Informacji Publicznej">\
<img src="/img/bip_logo.png" alt="Biuletyn Informacji Publicznej" /></a></div>
<div class="nazwa"><img src="/img/herb.png" alt="Herb" /> <span>{escape(doc.organisation)}</span><br />\
<small>Biuletyn Informacji Publicznej</small></div>
<div class="narzedzia">Rozmiar czcionki: <a href="#">A</a> <a href="#">A+</a> <a href="#">A++</a> | \
<a href="#">Kontrast</a> | <a href="/wersja-tekstowa/">Wersja tekstowa</a></div>
<form class="szukaj" action="/szukaj" method="get"><label for="q">Szukaj w BIP</label> <input type="text" id="q" \
name="q" /> <input type="submit" value="Szukaj" /></form>
</div>
<div id="kolumny">
<div id="menu">
<h2>Menu podmiotowe</h2>
<ul>{"".join(f'<li><a href="/{n}">{x}</a></li>' for n, x in enumerate(menu))}</ul>
<h2>Menu przedmiotowe</h2>
<ul>{"".join(f'<li><a href="/p{n}">{x}</a></li>' for n, x in enumerate(subject))}</ul>
</div>
<div id="tresc">
<div class="sciezka">Jesteś tutaj: <a href="/">Strona główna</a> » <a href="/4">Zarządzanie kryzysowe</a> » \
<a href="/4/komunikaty">Komunikaty</a> » {escape(title)}</div>
<h2 class="tytul">{escape(title)}</h2>
<div class="artykul">
<p style="text-align: right;"><em>Stan na dzień {day}, godz. {10 + h % 8}:00</em></p>
{chr(10).join(body)}
<p style="text-align: right;">Wojewódzkie Centrum Zarządzania Kryzysowego<br />{escape(doc.organisation)}</p>
</div>
<div class="zalaczniki">
<h3>Załączniki</h3>
<ul><li><a href="/download/{entry}/komunikat-{doc.number}.pdf">Komunikat nr {doc.number} (PDF, {180 + h % 300} KB)\
</a></li></ul>
</div>
<div class="metryczka">
<h3>Metryczka</h3>
<table>
<tr><th>Podmiot udostępniający informację:</th><td>{escape(doc.organisation)}</td></tr>
<tr><th>Wytworzył:</th><td>Wojewódzkie Centrum Zarządzania Kryzysowego</td></tr>
<tr><th>Data wytworzenia:</th><td>{when:%Y-%m-%d}</td></tr>
<tr><th>Opublikował:</th><td>{editor}</td></tr>
<tr><th>Data publikacji:</th><td>{when:%Y-%m-%d} {11 + h % 8}:{h % 60:02d}</td></tr>
<tr><th>Liczba odwiedzin:</th><td>{100 + h % 4000}</td></tr>
</table>
<p><a href="/rejestr/{entry}">Rejestr zmian</a></p>
</div>
<div class="opcje"><a href="javascript:window.print()">Drukuj</a> | <a href="/pdf/{entry}">Pobierz PDF</a> | \
<a href="javascript:history.back()">Powrót</a></div>
</div>
</div>
<div id="stopka">
<ul><li><a href="/redakcja">Redakcja BIP</a></li><li><a href="/instrukcja">Instrukcja korzystania z BIP</a></li>
<li><a href="/deklaracja-dostepnosci">Deklaracja dostępności</a></li><li><a href="/rodo">Ochrona danych osobowych\
</a></li></ul>
<p>{escape(doc.organisation)}, {escape(address)}</p>
<p>Liczba odwiedzin serwisu: {1_000_000 + h % 8_000_000}</p>
</div>
</div>
</body>
</html>
"""
    return html.encode()


# ---------------------------------------------------------------- a Singapore agency's page, Isomer

AGENCIES = (("mpa.gov.sg", "MPA", "Maritime and Port Authority of Singapore", "media@mpa.gov.sg",
             ("About MPA", "Port &amp; Shipping", "Regulations", "Media Centre")),
            ("nea.gov.sg", "NEA", "National Environment Agency", "nea_media@nea.gov.sg",
             ("Our Services", "Corporate Functions", "Media", "Contact Us")),
            ("nparks.gov.sg", "NParks", "National Parks Board", "nparks_media@nparks.gov.sg",
             ("Gardens, Parks &amp; Nature", "Biodiversity", "Media Resources", "About Us")),
            ("sentosa.gov.sg", "SDC", "Sentosa Development Corporation", "sdc_media@sentosa.gov.sg",
             ("About SDC", "Island Plans", "Newsroom", "Careers")))  # fmt: skip


def _sg_point(it) -> str:
    risk, lead, rest = parts(it, "sg")
    return f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)


def html_isomer_oil_spill_sg(doc: Doc) -> bytes:
    """The agency's daily oil spill update as a press release on its Isomer site, saved from the browser."""
    when = report_day(doc)
    k = OILSPILL.organisations.index(doc.organisation)
    _host, short, name, media, menu = AGENCIES[k]
    title = f"Update {doc.number} on the Oil Spill at Pasir Panjang Terminal"
    day = f"{when.day} {when:%B %Y}"
    body = [f"<p><em>{day}</em></p>"]
    for s in doc.sections:
        body.append(f'<h3 id="{s.heading.lower().replace(" ", "-")}">{escape(s.heading)}</h3>')
        if s.key == "highlights":
            body += [f"<p>{escape(it.text)}</p>" for it in s.items]
        else:
            body.append("<ul>\n" + "\n".join(f"  <li>{_sg_point(it)}</li>" for it in s.items) + "\n</ul>")
    nav = "".join(f'<a class="navbar-item is-uppercase" href="/{n}/">{x}</a>' for n, x in enumerate(menu))
    html = f"""<!DOCTYPE html>
<html lang="en-SG">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<meta name="generator" content="Jekyll v4.3.2">
<link rel="stylesheet" href="/assets/css/styles.css">
<link rel="stylesheet" href="https://assets.isomer.gov.sg/sgds/sgds.css">
</head>
<body>
<div id="sgds-masthead" class="sgds-masthead">
<div class="sgds-container is-fluid"><div class="row is-multiline is-vcentered masthead-layout-container">
<div class="col is-9-desktop is-12-touch has-text-centered-touch"><div class="masthead-divider" tabindex="0">\
<span class="sgds-icon sgds-icon-sg-crest is-size-5"></span><span class="is-text">A Singapore Government Agency \
Website</span><span class="sgds-masthead-identify-link">How to identify <i class="sgds-icon sgds-icon-chevron-down">\
</i></span></div></div></div></div>
<div class="masthead-content" hidden><p>Official website links end with .gov.sg</p><p>Secure websites use HTTPS</p>\
</div>
</div>
<nav class="navbar is-transparent">
<div class="bp-container">
<div class="navbar-brand"><a class="navbar-item" href="/"><img src="/images/isomer-logo.svg" alt="{name}" \
id="logo"></a></div>
<div class="navbar-menu"><div class="navbar-start">{nav}</div>
<div class="navbar-end"><div class="navbar-item"><a class="sgds-icon sgds-icon-search search-button" \
href="/search/">Search</a></div></div></div>
</div>
</nav>
<section class="bp-section is-small bp-section-pagetitle">
<div class="bp-container"><div class="row"><div class="col">
<nav class="bp-breadcrumb" aria-label="breadcrumbs"><ul>
<li><a href="/"><small>HOME</small></a></li><li><a href="/media/"><small>MEDIA</small></a></li>
<li><a href="/media/press-releases/"><small>PRESS RELEASES</small></a></li>
</ul></nav>
</div></div>
<div class="row"><div class="col"><h1 class="has-text-white"><b>{escape(title)}</b></h1></div></div>
</div>
</section>
<section class="bp-section">
<div class="bp-container content padding--top--lg padding--bottom--xl">
<div class="row"><div class="col is-8 is-offset-2 print-content">
{chr(10).join(body)}
<p><strong>ISSUED BY THE {name.upper()}</strong><br>{day}</p>
<p>For media queries, please contact {short} Corporate Communications at <a href="mailto:{media}">{media}</a>.</p>
</div></div>
</div>
</section>
<footer id="footer" class="bp-footer top-section">
<div class="bp-container">
<div class="row"><div class="col header padding--top--lg padding--bottom--lg"><h5 class="sub-header has-text-white">\
<b>{name}</b></h5></div></div>
<div class="row is-desktop"><ul class="footer-links">
<li><a href="/contact-us/">Contact Us</a></li><li><a href="https://www.reach.gov.sg/">Feedback</a></li>
<li><a href="https://www.reach.gov.sg/">REACH</a></li></ul></div>
<div class="row"><ul class="footer-bottom">
<li><a href="https://tech.gov.sg/report_vulnerability" target="_blank">Report Vulnerability</a></li>
<li><a href="/privacy/">Privacy Statement</a></li><li><a href="/terms-of-use/">Terms of Use</a></li></ul></div>
<div class="row"><p class="is-hidden-touch">© {when.year} Government of Singapore, Last Updated {when.day:02d} \
{when:%b %Y}</p></div>
</div>
</footer>
<script src="https://assets.isomer.gov.sg/sgds/js/sgds.js"></script>
</body>
</html>
"""
    return html.encode()
