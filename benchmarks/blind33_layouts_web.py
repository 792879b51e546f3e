"""Web writer of the ``blind33_layouts`` set.

A German county's veterinary office's weekly situation report on African swine fever in wild boar, in German,
published as a page of the county's TYPO3 website and saved from the browser (File › Save page as, "Web page,
complete"): TYPO3's head (the generator meta "TYPO3 CMS", the "This website is powered by TYPO3" comment, the
fluid_styled_content styles), the county's header with its logo, search and the main navigation, the breadcrumb,
then the page's content elements in ``<main>``, each a ``<div id="c…" class="frame frame-default frame-type-…">``: a
header element with the page's ``<h1>`` and its date line, a "Text & Media" element with a map image, its
``<figcaption>`` and the lead text, a table element of the restriction zones (zone, area, pig holdings — figures
that are not items, ``<table class="contenttable">`` with its ``<caption>``), each section a text element whose
``<header>`` holds an ``<h2>``, the summary as ``<p class="bodytext">``, the other points ``<ul>`` lists,
"<strong>Maßnahmen:</strong>" inside a risk's point; the sidebar's contact box (the veterinary office's address,
phone, "Kontakt" as an ``<h3>``) and the footer (the county's address, "Impressum", "Datenschutz", "Barrierefreiheit",
"Leichte Sprache", "Seite drucken"). "3.400 €", "1,25 Mio. €", "1.250", "12 %", "16. Januar", "(Vorbericht: 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import MONATE, report_day
from blind33_layouts_content import parts, slug
from council_layouts_gold import Doc

NAV = ("Bürgerservice", "Verwaltung", "Aktuelles", "Wirtschaft", "Tourismus", "Kreistag")
ZONES = (("Kerngebiet", 40, 0), ("Sperrzone II", 380, 9), ("Sperrzone I", 720, 31))


def _frame(uid: int, kind: str, inner: str) -> str:
    return (f'<div id="c{uid}" class="frame frame-default frame-type-{kind} frame-layout-0">'
            f'<a id="c{uid + 1}"></a>{inner}</div>')  # fmt: skip


def html_typo3_swine_fever_de(doc: Doc) -> bytes:
    """The weekly situation report as the browser saves the county's TYPO3 page."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    county = doc.organisation.removeprefix("Landkreis ")
    host = f"www.landkreis-{slug(county)}.example"
    uid = 2400 + h % 4000
    day = f"{when.day}. {MONATE[when.month - 1]} {when.year}"
    frames = [_frame(uid, "header", f'<header><h1 class="">Afrikanische Schweinepest: Lagebericht Nr. {doc.number}'
                     f'</h1><p class="date">Stand: {day}</p></header>')]  # fmt: skip
    frames.append(
        _frame(
            uid + 2,
            "textmedia",
            (
                '<div class="ce-textpic ce-right ce-intext"><div class="ce-gallery" data-ce-columns="1" '
                'data-ce-images="1"><div class="ce-row"><div class="ce-column"><figure class="image">'
                '<img class="image-embed-item" '
                f'src="fileadmin/_processed_/asp_karte_{doc.number}.jpg" width="400" height="300" loading="lazy" '
                'alt="Karte der Sperrzonen"><figcaption class="image-caption">Karte der Restriktionszonen (Quelle: '
                'Veterinäramt)</figcaption></figure></div></div></div><div class="ce-bodytext"><p class="bodytext">Das '
                "Veterinär- und Lebensmittelüberwachungsamt informiert wöchentlich über die Lage. Allgemeinverfügungen "
                'finden Sie unter <a href="/bekanntmachungen">Amtliche Bekanntmachungen</a>.</p></div></div>'
            ),
        )
    )
    rows = "".join(f"<tr><td>{z}</td><td>{a + h % 50} km²</td><td>{b + h % 7}</td></tr>" for z, a, b in ZONES)
    frames.append(
        _frame(
            uid + 4,
            "table",
            (
                '<table class="contenttable"><caption>Restriktionszonen im Überblick</caption><thead><tr>'
                '<th scope="col">Zone</th><th scope="col">Fläche</th><th scope="col">Schweinehaltende Betriebe</th>'
                "</tr></thead>"
                f"<tbody>{rows}</tbody></table>"
            ),
        )
    )
    for k, s in enumerate(doc.sections):
        texts = []
        for it in s.items:
            risk, lead, rest = parts(it, "de")
            texts.append(f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text))
        body = ("".join(f'<p class="bodytext">{t}</p>' for t in texts) if s.key == "highlights"
                else "<ul>" + "".join(f"<li>{t}</li>" for t in texts) + "</ul>")  # fmt: skip
        frames.append(_frame(uid + 10 + 2 * k, "text", f'<header><h2 class="">{escape(s.heading)}</h2></header>{body}'))
    nav = "".join(f'<li class="nav-item{" active" if x == "Aktuelles" else ""}"><a class="nav-link" '
                  f'href="/{slug(x)}">{x}</a></li>' for x in NAV)  # fmt: skip
    phone = f"0{3300 + h % 600} {h % 900 + 100}-{h % 80 + 20}"
    out = ["<!DOCTYPE html>", '<html lang="de-DE"><head>', '<meta charset="utf-8">',
           "<!-- \n\tThis website is powered by TYPO3 - inspiring people to share!\n\tTYPO3 is a free open source "
           "Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.\n\tTYPO3 is "
           "copyright 1998-2026 of Kasper Skaarhoj. Extensions are copyright of their respective owners."
           "\n\tInformation and contribution at https://typo3.org/\n-->",
           f"<title>ASP: Lagebericht Nr. {doc.number}: {escape(doc.organisation)}</title>",
           '<meta name="generator" content="TYPO3 CMS">', '<meta name="viewport" content="width=device-width, '
           'initial-scale=1">', '<link rel="stylesheet" href="./asp_files/merged-3f1c0e9a.css" media="all">',
           '<script src="./asp_files/merged-b2d4a771.js"></script>', "</head>",
           '<body id="p812" class="page-812 pagelevel-3 language-0 backendlayout-subpage layout-default">',
           '<a class="visually-hidden-focusable" href="#page-content">Zum Hauptinhalt springen</a>',
           f'<header class="site-header"><a class="brand" href="/"><img src="./asp_files/logo.svg" '
           f'alt="{escape(doc.organisation)}"></a><form class="search" action="/suche"><label for="q">Suche'
           '</label><input id="q" name="q" type="search"><button type="submit">Suchen</button></form>'
           f'<nav class="main-nav" aria-label="Hauptnavigation"><ul class="navbar-nav">{nav}</ul></nav></header>',
           '<nav class="breadcrumb-section" aria-label="Brotkrumennavigation"><ol class="breadcrumb">'
           '<li class="breadcrumb-item"><a href="/">Startseite</a></li><li class="breadcrumb-item"><a '
           'href="/aktuelles">Aktuelles</a></li><li class="breadcrumb-item"><a href="/aktuelles/asp">Afrikanische '
           f'Schweinepest</a></li><li class="breadcrumb-item active">Lagebericht Nr. {doc.number}</li></ol></nav>',
           '<div class="container"><div class="row"><main id="page-content" class="col-md-8 maincontent-wrap">',
           "<!--TYPO3SEARCH_begin-->", *frames, "<!--TYPO3SEARCH_end-->", "</main>",
           '<aside class="col-md-4 subcontent-wrap">', _frame(uid + 90, "text", (
               '<header><h3 class="">Kontakt</h3></header><p class="bodytext"><strong>Veterinär- und '
               f"Lebensmittelüberwachungsamt</strong><br>{escape(doc.organisation)}<br>Am Markt {h % 30 + 1}<br>"
               f'Telefon: {phone}<br><a href="mailto:veterinaeramt@{host.removeprefix("www.")}">E-Mail schreiben</a>'
               "</p>")), "</aside></div></div>",
           f'<footer class="site-footer"><p>{escape(doc.organisation)} · Am Markt {h % 30 + 1} · Telefon {phone}</p>'
           '<ul class="footer-nav"><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">'
           'Datenschutz</a></li><li><a href="/barrierefreiheit">Barrierefreiheit</a></li><li><a '
           'href="/leichte-sprache">Leichte Sprache</a></li><li><a href="javascript:window.print()">Seite drucken'
           "</a></li></ul></footer>", "</body></html>"]  # fmt: skip
    return "\n".join(out).encode("utf-8")
