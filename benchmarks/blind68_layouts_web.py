"""Web writers of the ``blind68_layouts`` set: a Cook Islands island disaster committee's drought report posted in
Cook Islands Māori on its Island Government's Silverstripe site, and a Dominican community disaster management
committee's storm update on its site built with Mobirise.

The island disaster risk management committee of an outer island of the Cook Islands (the Pa Enua; the committee is
chaired by the mayor and works with the Island Government and Emergency Management Cook Islands) in a drought: its
weekly report posted in Cook Islands Māori as a page under "Panui" of the Island Government's site, made with
Silverstripe CMS and its "simple" theme, saved from the browser — the ``generator`` "Silverstripe CMS", the header
with the government's name and its Māori name, the primary menu, the sidebar of the section's pages, the page's title,
then the page's content: "Kia orana kotou katoa." and the sentence with the report's number, island and day, each
section an ``<h2>``, the summary as paragraphs, the other points a list, "Te angaanga i raveia:" in bold; "Meitaki
maata." and the chairman; the breadcrumbs and "Powered by Silverstripe" in the footer. "$184,023", "$2.63 mirioni",
"1,250", "16 Aukute", "(ripoti i mua: 5)".

A community disaster management committee of Dominica (a village's committee, working with its village council and
the Office of Disaster Management) after a tropical storm: its daily "Situation Update" posted on the committee's
site, made with the Mobirise builder and published from it — the ``generator`` "Mobirise v5.9.18", Bootstrap 5 and
Mobirise's ``mbr-`` classes, the navbar, the header block with title and subtitle, then a heading block and a text
block for each section: the heading in bold, the summary one paragraph of lines broken by ``<br><br>`` as Mobirise's
editor writes them, the other points a list, "Response:" in bold; the footer with the partners and the copyright, and
Mobirise's badge. "EC$11,560", "EC$4.25 million", "1,250", "16 September", "(previous update: 5)".
"""

from __future__ import annotations

import zlib
from functools import partial
from html import escape as _escape

from blind7_layouts_content import MONTHS, report_day
from blind68_layouts_banks_america import STORM
from blind68_layouts_banks_oceania import MAROKE
from blind68_layouts_content import CK_MONTHS, parts
from council_layouts_gold import Doc

escape = partial(_escape, quote=False)


def _points(items, lang: str) -> str:
    points = []
    for it in items:
        risk, lead, rest = parts(it, lang)
        points.append(f"<li>{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}</li>" if lead
                      else f"<li>{escape(it.text)}</li>")  # fmt: skip
    return "\n".join(points)


# ---------------------------------------------------------------- a Cook Islands committee on Silverstripe

ISLANDS = (
    ("Aitutaki", "Araura", "Teariki Tangata"),
    ("Atiu", "Enuamanu", "Vaine Mokoroa"),
    ("Mangaia", "Auau Enua", "Ngametua Ruatoe"),
    ("Mauke", "Akatokamanava", "Tuaine Tangimetua"),
)


def html_silverstripe_ripoti_maroke_ck(doc: Doc) -> bytes:
    """The committee's drought report as a page of the Island Government's Silverstripe site, saved."""
    when = report_day(doc)
    island, old_name, chair = ISLANDS[MAROKE.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    title = f"Ripoti Maroke No. {doc.number}"
    day = f"{when.day} {CK_MONTHS[when.month - 1]} {when.year}"
    host = f"https://www.{island.lower()}.gov.ck/"
    slug = f"ripoti-maroke-no-{doc.number}"
    body = []
    for s in doc.sections:
        body.append(f"<h2>{escape(s.heading)}</h2>")
        if s.key == "highlights":
            body += [f"<p>{escape(it.text)}</p>" for it in s.items]
        else:
            body.append(f"<ul>\n{_points(s.items, 'ck')}\n</ul>")
    sidebar = "\n".join(
        f'<li class="{"current" if k == doc.number else "link"}"><a href="{host}panui/ripoti-maroke-no-{k}/" '
        f'title="Ripoti Maroke No. {k}"><span class="arrow">&rarr;</span><span class="text">Ripoti Maroke No. '
        f"{k}</span></a></li>"
        for k in range(doc.number, 0, -1)
    )
    version = f"?m={1700000000 + h % 9000000}"
    html = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<base href="{host}"><!--[if lte IE 6]></base><![endif]-->
<title>{title} &raquo; {island} Island Government</title>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="generator" content="Silverstripe CMS 5.2" />
<link rel="shortcut icon" href="{host}favicon.ico" />
<link rel="stylesheet" type="text/css" href="/_resources/themes/simple/css/reset.css{version}" />
<link rel="stylesheet" type="text/css" href="/_resources/themes/simple/css/typography.css{version}" />
<link rel="stylesheet" type="text/css" href="/_resources/themes/simple/css/form.css{version}" />
<link rel="stylesheet" type="text/css" href="/_resources/themes/simple/css/layout.css{version}" />
</head>
<body class="Page" dir="ltr">
<header class="header" role="banner">
<div class="inner">
<div class="unit size4of4 lastUnit">
<a href="{host}" class="brand" rel="home">
<h1>{island} Island Government</h1>
<p>Te Kavamani Enua o {old_name}</p>
</a>
<a href="#" class="search-dropdown-icon">L</a>
<div class="search-bar"><form id="SearchForm_SearchForm" action="/home/SearchForm" method="GET"><fieldset>\
<input type="text" name="Search" class="text" placeholder="Search" /><input type="submit" name="action_results" \
value="Go" class="action" /></fieldset></form></div>
<a href="#" class="nav-open-button">+</a>
<nav class="primary">
<span class="nav-open-button">&sup2;</span>
<ul>
<li class="link"><a href="{host}" title="Home">Home</a></li>
<li class="link"><a href="{host}about-us/" title="About us">About us</a></li>
<li class="section"><a href="{host}panui/" title="Panui">Panui</a></li>
<li class="link"><a href="{host}contact-us/" title="Contact us">Contact us</a></li>
</ul>
</nav>
</div>
</div>
</header>
<div class="main" role="main">
<div class="inner typography line">
<aside class="sidebar unit size1of4">
<nav class="secondary">
<h3>Panui</h3>
<ul>
{sidebar}
</ul>
</nav>
</aside>
<div class="content-container unit size3of4 lastUnit">
<article>
<h1>{title}</h1>
<div class="content"><p>Kia orana kotou katoa.</p>
<p>Teia te ripoti numero {doc.number} a te Island Disaster Risk Management Committee no te maroke i runga ia \
{island}, no te {day}.</p>
{chr(10).join(body)}
<p>Meitaki maata.</p>
<p>{escape(chair)}<br>Tiamana, {island} Island Disaster Risk Management Committee</p></div>
</article>
</div>
</div>
</div>
<footer class="footer" role="contentinfo">
<div class="inner">
<div class="unit size4of4 lastUnit">
<div class="left">
<a href="{host}">Home</a> <span class="arrow">&rarr;</span> <a href="{host}panui/">Panui</a> \
<span class="arrow">&rarr;</span> <a href="{host}panui/{slug}/">{title}</a>
</div>
<small class="right"><a href="https://www.silverstripe.org">Powered by Silverstripe</a></small>
</div>
</div>
</footer>
<script type="text/javascript" src="/_resources/themes/simple/javascript/script.js{version}"></script>
</body>
</html>"""
    return html.encode()


# ---------------------------------------------------------------- a Dominican CDMC on Mobirise

COMMITTEES = (
    ("Grand Bay", "Grand Bay Village Council", "Marcella Joseph"),
    ("Kalinago Territory", "Kalinago Council", "Jerome Sanford"),
    ("Portsmouth", "Portsmouth Town Council", "Gloria Peltier"),
    ("Pointe Michel", "Pointe Michel Village Council", "Kelvin Lestrade"),
)


def _block(kind: str, cid: str, n: int, inner: str) -> str:
    return (f'<section data-bs-version="5.1" class="{kind} cid-{cid}{n:02d}" id="{kind}-{n}">\n<div class="container">'
            f'<div class="row justify-content-center"><div class="col-md-12 col-lg-10">\n{inner}\n</div></div></div>\n'
            "</section>")  # fmt: skip


def html_mobirise_update_storm_dm(doc: Doc) -> bytes:
    """The committee's storm update as a page of its Mobirise site, as published."""
    when = report_day(doc)
    place, council, chair = COMMITTEES[STORM.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    cid = f"u{h % 36**6:06x}"[:8]
    short = "Kalinago Territory DMC" if place.startswith("Kalinago") else f"{place} CDMC"
    title = f"Situation Update No. {doc.number}"
    day = f"{when.day} {MONTHS[when.month - 1]} {when.year}"
    blocks = [_block("header1", cid, 1, f'<h1 class="mbr-section-title mbr-fonts-style mb-3 display-1"><strong>'
                     f'{title}</strong></h1>\n<p class="mbr-text mbr-fonts-style display-7">Tropical storm – '
                     f"{day}, 6:00 p.m.</p>")]  # fmt: skip
    for k, s in enumerate(doc.sections):
        blocks.append(_block("content4", cid, 2 * k + 2, f'<h3 class="mbr-section-title mbr-fonts-style mb-2 '
                             f'display-5"><strong>{escape(s.heading)}</strong></h3>'))  # fmt: skip
        if s.key == "highlights":
            inner = ('<p class="mbr-text mbr-fonts-style display-7">'
                     + "<br><br>".join(escape(it.text) for it in s.items) + "</p>")  # fmt: skip
        else:
            inner = f'<ul class="list mbr-fonts-style display-7">\n{_points(s.items, "dm")}\n</ul>'
        blocks.append(_block("content5", cid, 2 * k + 3, f'<div class="mbr-section-text">{inner}</div>'))
    menu = "".join(f'<li class="nav-item"><a class="nav-link link text-black display-4" href="{u}">{t}</a></li>'
                   for u, t in (("index.html", "Home"), ("updates.html", "Updates"), ("shelters.html", "Shelters"),
                                ("contact.html", "Contact")))  # fmt: skip
    html = f"""<!DOCTYPE html>
<html>
<head>
<!-- Site made with Mobirise Website Builder v5.9.18, https://mobirise.com -->
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="generator" content="Mobirise v5.9.18, mobirise.com">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<link rel="shortcut icon" href="assets/images/cdmc-logo-128x128.png" type="image/x-icon">
<meta name="description" content="{escape(short)} - {title}">
<title>{title}</title>
<link rel="stylesheet" href="assets/web/assets/mobirise-icons2/mobirise2.css">
<link rel="stylesheet" href="assets/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="assets/bootstrap/css/bootstrap-grid.min.css">
<link rel="stylesheet" href="assets/bootstrap/css/bootstrap-reboot.min.css">
<link rel="stylesheet" href="assets/dropdown/css/style.css">
<link rel="stylesheet" href="assets/theme/css/style.css">
<link rel="preload" href="https://fonts.googleapis.com/css?family=Inter+Tight:100,200,300,400,500,600,700,800,900\
&display=swap" as="style" onload="this.onload=null;this.rel='stylesheet'">
<link rel="preload" as="style" href="assets/mobirise/css/mbr-additional.css?v={h % 999999:06d}"><link \
rel="stylesheet" href="assets/mobirise/css/mbr-additional.css?v={h % 999999:06d}" type="text/css">
</head>
<body>
<section data-bs-version="5.1" class="menu menu1 cid-{cid}00" once="menu" id="menu1-0">
<nav class="navbar navbar-dropdown navbar-fixed-top navbar-expand-lg">
<div class="container-fluid">
<div class="navbar-brand">
<span class="navbar-logo"><a href="index.html"><img src="assets/images/cdmc-logo-128x128.png" alt="" \
style="height: 3rem;"></a></span>
<span class="navbar-caption-wrap"><a class="navbar-caption text-black display-7" href="index.html">\
{escape(short)}</a></span>
</div>
<button class="navbar-toggler" type="button" data-toggle="collapse" data-bs-toggle="collapse" \
data-target="#navbarSupportedContent" data-bs-target="#navbarSupportedContent" aria-controls="navbarNavAltMarkup" \
aria-expanded="false" aria-label="Toggle navigation"><div class="hamburger"><span></span><span></span><span></span>\
<span></span></div></button>
<div class="collapse navbar-collapse" id="navbarSupportedContent">
<ul class="navbar-nav nav-dropdown nav-right" data-app-modern-menu="true">{menu}</ul>
</div>
</div>
</nav>
</section>
{chr(10).join(blocks)}
<section data-bs-version="5.1" class="footer7 cid-{cid}99" once="footers" id="footer7-99">
<div class="container"><div class="media-container-row align-center mbr-white"><div class="col-12">
<p class="mbr-text mb-0 mbr-fonts-style display-7">{escape(short)} – Chair: {escape(chair)} – in partnership with \
the {escape(council)} and the Office of Disaster Management</p>
<p class="mbr-text mb-0 mbr-fonts-style display-7">© Copyright {when.year} {escape(short)} - All Rights Reserved</p>
</div></div></div>
</section>
<section class="display-7" style="padding: 0;align-items: center;justify-content: center;flex-wrap: wrap;    \
align-content: center;display: flex;position: relative;height: 4rem;"><a href="https://mobiri.se/{h % 9000000}" \
style="flex: 1 1;height: 4rem;position: absolute;width: 100%;z-index: 1;"><img alt="" style="height: 4rem;" \
src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="></a><p style="margin: 0;\
text-align: center;" class="display-7">&#8204;</p><a style="z-index:1" href="https://mobirise.com/builder/\
website-maker.html">Website Maker</a></section>
<script src="assets/bootstrap/js/bootstrap.bundle.min.js"></script>
<script src="assets/smoothscroll/smooth-scroll.js"></script>
<script src="assets/ytplayer/index.js"></script>
<script src="assets/dropdown/js/navbar-dropdown.js"></script>
<script src="assets/theme/js/script.js"></script>
<input name="animation" type="hidden">
</body>
</html>"""
    return html.encode()
