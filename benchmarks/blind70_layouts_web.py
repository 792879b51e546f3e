"""Web writers of the ``blind70_layouts`` set: an East Belgian municipality's wildfire report published as a news
article of its Contao site, in German, and a Northern Territory regional council's heatwave update published on its
GovCMS site.

A municipality of the German-speaking Community of Belgium (its council and mayor, which work with the provincial
governor of Liège, the emergency zone and the Walloon forestry service) in a wildfire on the High Fens: its
"Lagebericht" published as a news article of the municipality's site built with Contao and saved — the ``generator``
"Contao Open Source CMS", ``<!-- indexer::stop -->`` round the header, the language switch "DE | FR", the menu and the
breadcrumbs ("Sie sind hier:"), the article's date and category, the ``ce_headline`` title, a ``ce_text`` of the
opening sentence, each section an ``<h2>`` with its paragraphs or list, "Ergriffene Maßnahmen:" in bold, the crisis
hotline, the footer and the cookie bar. "3.978 €", "1,46 Mio. €", "1.250", "12 %", "16. April",
"(letzter Bericht: 5)".

A regional council of the Northern Territory (the shire that runs the remote communities' council services and works
with the Territory's regional emergency committee, Power and Water and the clinics) in a heatwave that strains the
communities' power: its "Community update" published on the council's GovCMS (Drupal) site and saved — the
``generator`` "Drupal 10 (https://www.drupal.org)", the skip link, the Acknowledgement of Country, the header and
menu, the breadcrumb, the page title, "Last updated", an alert box of the opening sentence, each section an ``<h2>``
with its paragraphs or list, "What we are doing:" in bold, the contacts, the sidebar, the footer and the cookie
notice. "$6,460", "$2.38 million", "1,250", "16 January", "(previous update: 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import MONTHS, report_day
from blind70_layouts_banks_inland import HEAT, WALDBRAND
from blind70_layouts_content import DE_MONTHS, parts
from council_layouts_gold import Doc


def _body(doc: Doc, lang: str, li: str = "<li>", ul: str = "<ul>") -> str:
    """Each section an ``<h2>``, the summary as paragraphs, the other points a list with the lead in bold."""
    out = []
    for s in doc.sections:
        out.append(f"<h2>{escape(s.heading)}</h2>")
        if s.key == "highlights":
            out += [f"<p>{escape(it.text)}</p>" for it in s.items]
            continue
        entries = []
        for it in s.items:
            risk, lead, rest = parts(it, lang)
            text = f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)
            entries.append(f"{li}{text}</li>")
        out.append(f"{ul}{''.join(entries)}</ul>")
    return "\n".join(out)


# ---------------------------------------------------------------- an East Belgian municipality on Contao

GEMEINDEN = (("Eupen", "Stadt", "www.eupen.be", "087 59 58 00"), ("Raeren", "Gemeinde", "www.raeren.be",
             "087 85 91 00"), ("Bütgenbach", "Gemeinde", "www.butgenbach.be", "080 64 00 18"),
             ("Büllingen", "Gemeinde", "www.buellingen.be", "080 64 00 30"))  # fmt: skip
MENU = ("Bürgerservice", "Leben & Wohnen", "Politik & Verwaltung", "Freizeit & Tourismus", "Aktuelles")


def html_contao_waldbrand_gemeinde_be(doc: Doc) -> bytes:
    """The municipality's wildfire report as a news article of its Contao site, saved."""
    when = report_day(doc)
    name, kind, host, phone = GEMEINDEN[WALDBRAND.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day:02d}.{when.month:02d}.{when.year}"
    title = f"Waldbrand im Hohen Venn – Lagebericht Nr. {doc.number}"
    menu = "".join(f'<li class="{"active trail " if m == "Aktuelles" else ""}sibling"><a href="{m.lower()[:8]}.html"'
                   f' title="{m}">{m}</a></li>' for m in MENU)  # fmt: skip
    html = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>{escape(title)} - {kind} {escape(name)}</title>
<base href="https://{host}/">
<meta name="robots" content="index,follow">
<meta name="description" content="Lagebericht der {kind} {escape(name)} zum Waldbrand im Hohen Venn">
<meta name="generator" content="Contao Open Source CMS">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<link rel="stylesheet" href="assets/css/layout.min.css,responsive.min.css,cookiebar_default.css-{h % 65536:04x}.css">
<script src="assets/jquery/js/jquery.min.js?v=3.7.1"></script>
</head>
<body id="top" class="news-detail">
<div id="wrapper">
<header id="header"><div class="inside">
<!-- indexer::stop -->
<a href="#skipNavigation1" class="invisible">Navigation überspringen</a>
<div class="logo"><a href="./"><img src="files/layout/logo-{name.lower()}.svg" alt="{kind} {escape(name)}" \
width="220" height="64"></a></div>
<nav class="mod_changelanguage block"><ul class="level_1"><li class="lang-de active"><strong>DE</strong></li>\
<li class="lang-fr"><a href="fr/actualites.html" hreflang="fr">FR</a></li></ul></nav>
<nav class="mod_navigation block" itemscope itemtype="http://schema.org/SiteNavigationElement"><ul class="level_1">\
{menu}</ul></nav>
<span id="skipNavigation1" class="invisible"></span>
<!-- indexer::continue -->
</div></header>
<div id="container"><main id="main"><div class="inside">
<!-- indexer::stop -->
<nav class="mod_breadcrumb block" aria-label="Breadcrumb"><span>Sie sind hier:</span><ul><li class="first">\
<a href="./">Startseite</a></li><li><a href="aktuelles.html">Aktuelles</a></li><li class="active last">\
{escape(title)}</li></ul></nav>
<!-- indexer::continue -->
<div class="mod_article first last block" id="article-{h % 900 + 100}">
<div class="mod_newsreader block">
<div class="layout_full block">
<p class="info"><time datetime="{when:%Y-%m-%d}T17:30:00+02:00">{day} 17:30</time> | Bevölkerungsschutz</p>
<h1 class="ce_headline">{escape(title)}</h1>
<div class="ce_text block"><p>Die {kind} {escape(name)} informiert über die Lage am {when.day}. \
{DE_MONTHS[when.month - 1]} {when.year} um 17 Uhr.</p></div>
<div class="ce_text block">
{_body(doc, "be")}
</div>
<div class="ce_text block"><p><strong>Krisentelefon der Gemeinde:</strong> {phone} (täglich 8–20 Uhr). \
Notruf Feuerwehr: 112.</p></div>
</div>
<!-- indexer::stop -->
<p class="back"><a href="aktuelles.html" title="Zurück">Zurück</a></p>
<!-- indexer::continue -->
</div></div>
</div></main></div>
<footer id="footer"><div class="inside">
<!-- indexer::stop -->
<p>{kind} {escape(name)} · Tel. {phone} · info@{host.removeprefix("www.")}</p>
<p><a href="impressum.html">Impressum</a> | <a href="datenschutz.html">Datenschutz</a> | \
<a href="barrierefreiheit.html">Barrierefreiheit</a></p>
<!-- indexer::continue -->
</div></footer>
</div>
<div class="contao-cookiebar cc-bottom" role="complementary" aria-describedby="cookiebar-desc"><div \
class="cc-inner"><div id="cookiebar-desc" class="cc-head"><p>Diese Website verwendet Cookies, um Ihnen ein optimales \
Nutzungserlebnis zu bieten.</p></div><div class="cc-footer"><button class="cc-btn save">Auswahl speichern</button>\
<button class="cc-btn success">Alle akzeptieren</button></div></div></div>
<script src="assets/contao-cookiebar/js/cookiebar.min.js?v=1.14.3"></script>
</body>
</html>
"""
    return html.encode()


# ---------------------------------------------------------------- a Northern Territory regional council on GovCMS

COUNCILS = (("vdrc.nt.gov.au", "Katherine", "Wurli Wurlinjang country", "(08) 8972 0777"),
            ("ropergulf.nt.gov.au", "Katherine", "Dagoman and Jawoyn country", "(08) 8972 9000"),
            ("westdaly.nt.gov.au", "Wadeye", "Kardu Diminin country", "(08) 8978 2000"),
            ("centraldesert.nt.gov.au", "Alice Springs", "Arrernte country", "(08) 8958 9500"))  # fmt: skip
NAV = ("Home", "Council", "Communities", "Services", "News and updates", "Contact us")


def html_govcms_heat_council_nt(doc: Doc) -> bytes:
    """The regional council's heatwave community update as a page of its GovCMS site, saved."""
    when = report_day(doc)
    host, office, country, phone = COUNCILS[HEAT.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day} {MONTHS[when.month - 1]} {when.year}"
    title = f"Heatwave community update {doc.number}"
    nav = "".join(f'<li class="nav__item"><a href="/{n.lower().replace(" ", "-")}" class="nav__link">{n}</a></li>'
                  for n in NAV)  # fmt: skip
    html = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="canonical" href="https://www.{host}/news-and-updates/heatwave-community-update-{doc.number}" />
<title>{escape(title)} | {escape(doc.organisation)}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_{h:08x}.css" />
</head>
<body class="path-node page-node-type-news">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="acknowledgement"><p>{escape(doc.organisation)} acknowledges the Traditional Owners of the lands on which \
we live and work, and pays respect to Elders past and present.</p></div>
<header class="site-header" role="banner"><div class="container"><a href="/" rel="home" class="site-logo"><img \
src="/themes/custom/council/logo.svg" alt="{escape(doc.organisation)} logo" /></a>
<nav role="navigation" aria-label="Main navigation" class="main-nav"><ul class="nav">{nav}</ul></nav>
<form class="search-block" action="/search" method="get"><label for="edit-keys">Search</label><input type="search" \
id="edit-keys" name="keys" /></form></div></header>
<div class="container"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 \
id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Home</a></li><li><a \
href="/news-and-updates">News and updates</a></li><li>{escape(title)}</li></ol></nav>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content"><div id="block-council-page-title"><h1 class="page-title"><span \
class="field field--name-title">{escape(title)}</span></h1></div>
<article class="node node--type-news node--view-mode-full"><div class="node__meta">Published {day} · Last updated \
{day} 4:{h % 50 + 10:02d} pm</div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden \
field__item"><div class="callout callout--warning"><p>This update covers our communities as at 3 pm today. Stay out \
of the sun, drink plenty of water and check on elders and neighbours.</p></div>
{_body(doc, "nt")}
<h3>Contacts</h3>
<p>Council office, {office}: {phone}<br />Power and Water faults: 1800 245 090<br />Emergency: 000</p>
</div></article></div>
<aside class="layout-sidebar" role="complementary"><div class="block"><h2>Related links</h2><ul><li><a \
href="https://securent.nt.gov.au">SecureNT</a></li><li><a href="http://www.bom.gov.au/nt/warnings/">BOM warnings</a>\
</li></ul></div></aside></main></div>
<footer class="site-footer" role="contentinfo"><div class="container"><p>We acknowledge the {country} and all \
Traditional Owners across our region.</p><ul class="menu"><li><a href="/privacy">Privacy</a></li><li><a \
href="/accessibility">Accessibility</a></li><li><a href="/disclaimer">Disclaimer</a></li></ul><p>&copy; \
{when.year} {escape(doc.organisation)}</p></div></footer>
</div>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner"><div class="eu-cookie-compliance-banner"><div \
class="popup-content info"><div id="popup-text"><p>We use cookies on this site to improve your experience.</p></div>\
<div id="popup-buttons"><button type="button" class="agree-button">OK, I agree</button><button type="button" \
class="decline-button">No, thanks</button></div></div></div></div>
</body>
</html>
"""
    return html.encode()
