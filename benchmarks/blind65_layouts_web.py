"""Web writers of the ``blind65_layouts`` set: a San Marino Giunta di Castello's earthquake update published on an
OpenCms site with the Mercury template, and a Belizean town council's power-cut update posted on the blog of its
GoDaddy Website Builder site.

A Giunta di Castello (the elected council of one of San Marino's nine castles) in an earthquake swarm felt on Mount
Titano: its "Aggiornamento" published as a blog article of the castles' site built on OpenCms with Alkacon's Mercury
template, saved from the browser — the theme's CSS and scripts under ``/export/system/modules/alkacon.mercury…``, the
header with the castle's arms, name and the menu, the breadcrumb, the article's ``detail-visual`` with its title,
date and author, the teaser paragraph, then the article's paragraphs as Mercury prints them, one ``piece`` each: its
name an ``<h2 class="piece-heading">`` in the piece's ``heading``, its text in the piece's ``text`` (the summary as
paragraphs, the other points a list, "Misure adottate:" in bold); the share bar, "Numeri utili" in the aside, and the
footer with the address, the links and "Powered by OpenCms". "€ 3.978", "€ 1,46 milioni", "1.250", "16 novembre"
("1° dicembre"), "(aggiornamento precedente: 5)".

A town council of Belize in a spell of power cuts: its "Power Outage Update" posted on the blog of the council's site
made with GoDaddy's Website Builder, saved from the browser — the ``generator`` "Starfield Technologies; Go Daddy
Website Builder 8.0.0000", the atomic ``x-el c1-…`` classes and ``data-ux``/``data-aid`` attributes of its React
widgets, the header with the council's name and its navigation, the blog post's title and date and its body as the
blog editor keeps it: each section's name typed as a bold paragraph of its own, the summary as paragraphs, the other
points a list, "What the Council is doing:" in bold; "Back to the blog", the footer "Copyright © 2026 … - All Rights
Reserved.", "Powered by GoDaddy" and GoDaddy's cookie banner. "BZ$8,636", "BZ$3.17 million", "1,250", "June 16",
"(previous update: 5)".
"""

from __future__ import annotations

import zlib
from datetime import timedelta
from html import escape

from blind7_layouts_content import report_day
from blind65_layouts_banks_inland import SISMA
from blind65_layouts_banks_seaboard import OUTAGE
from blind65_layouts_content import IT_MESI, parts
from council_layouts_gold import Doc


def _mark(it, lang: str) -> str:
    risk, lead, rest = parts(it, lang)
    return f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)


# ---------------------------------------------------------------- a Giunta di Castello on OpenCms (Mercury)

CASTELLI = (
    ("Serravalle", "serravalle", "Via XXVIII Luglio 212, 47899 Serravalle", "0549 900 431"),
    ("Borgo Maggiore", "borgo-maggiore", "Piazza Grande 14, 47893 Borgo Maggiore", "0549 902 310"),
    ("Domagnano", "domagnano", "Piazza Filippo da Sterpeto 2, 47895 Domagnano", "0549 906 015"),
    ("Faetano", "faetano", "Via Corrado Forlani 1, 47896 Faetano", "0549 996 120"),
)
PIECE = "piece full paragraph lay-0 phh pnv"
THEME = "/export/system/modules/alkacon.mercury.theme"


def html_opencms_sisma_castello_sm(doc: Doc) -> bytes:
    """The Giunta's earthquake update as a blog article of the castles' OpenCms site, saved."""
    when = report_day(doc)
    castello, slug, address, phone = CASTELLI[SISMA.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    title = f"Sequenza sismica: aggiornamento n. {doc.number}"
    page = f"sequenza-sismica-aggiornamento-{doc.number}"
    teaser = (f"La Giunta di Castello di {castello} informa la cittadinanza sulla situazione nel territorio del "
              f"Castello alle ore 18.00 del {when.day} {IT_MESI[when.month - 1]} {when.year}.")  # fmt: skip
    pieces = [f'<div class="{PIECE}"><div class="body default"><div class="text"><p>{escape(teaser)}</p></div></div>'
              "</div>"]  # fmt: skip
    for s in doc.sections:
        if s.key == "highlights":
            text = "".join(f"<p>{escape(it.text)}</p>" for it in s.items)
        else:
            text = "<ul>" + "".join(f"<li>{_mark(it, 'sm')}</li>" for it in s.items) + "</ul>"
        pieces.append(f'<div class="{PIECE}"><div class="heading"><h2 class="piece-heading" tabindex="0">'
                      f'{escape(s.heading)}</h2></div><div class="body default"><div class="text">{text}</div></div>'
                      "</div>")  # fmt: skip
    on = ' class="active"'
    menu = "".join(f'<li{on if u == "notizie" else ""}><a href="/{slug}/{u}/">{t}</a></li>'
                   for u, t in (("il-castello", "Il Castello"), ("giunta", "La Giunta"), ("servizi", "Servizi"),
                                ("notizie", "Notizie"), ("contatti", "Contatti")))  # fmt: skip
    prev_page = f"sequenza-sismica-aggiornamento-{doc.number - 1}" if doc.number > 1 else "scossa-di-terremoto"
    prev_title = f"Sequenza sismica: aggiornamento n. {doc.number - 1}" if doc.number > 1 else "Scossa avvertita"
    gallery = f"/export/sites/castelli/.galleries/stemmi/stemma-{slug}.png_{h % 10**9:09d}.png"
    html = f"""<!DOCTYPE html>
<html lang="it" class="noscript">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0, viewport-fit=cover">
<title>{escape(title)} | Castello di {escape(castello)}</title>
<meta name="description" content="{escape(teaser)}">
<meta property="og:title" content="{escape(title)}">
<meta property="og:type" content="article">
<link rel="canonical" href="https://www.castelli.sm/{slug}/notizie/{page}.html">
<link href="{THEME}/css/theme-standard.min.css?ver={h % 10**6}" rel="stylesheet">
<link href="/export/sites/castelli/_css/castelli.css?ver=2026" rel="stylesheet">
<script src="{THEME}/js/mercury.js?ver={h % 10**6}" defer></script>
</head>
<body>
<div id="mercury-page">
<header class="area-header fh header-notfixed lp-l ls-2 pad-sm bc-left title-middle nav-disp-default nav-right">
<div class="container"><div class="h-group"><div class="h-logo p-xs-12 p-lg-4"><a href="/{slug}/" class="imglink">\
<img src="{gallery}" width="120" height="140" alt="Stemma del Castello di {escape(castello)}"></a></div>
<div class="h-title"><span class="h-title-text">Castello di {escape(castello)}</span>
<span class="h-subtitle">Giunta \
di Castello – Repubblica di San Marino</span></div>
<div class="h-nav"><nav class="nav-main-container"><ul class="nav-main-items cap-css has-sidelogo">{menu}</ul></nav>\
</div></div></div>
<div class="h-bc"><div class="container"><ul class="nav-breadcrumbs"><li><a href="/{slug}/">Castello di \
{escape(castello)}</a></li><li><a href="/{slug}/notizie/">Notizie</a></li><li><span>{escape(title)}</span></li></ul>\
</div></div>
</header>
<main class="area-content area-one-row"><div class="container area-wide"><div class="row">
<div class="col-lg-8">
<div class="element type-blog detail-page layout-0">
<div class="detail-visual piece full phh pnv"><div class="heading"><h1 class="piece-heading" tabindex="0">\
{escape(title)}</h1></div><div class="visual-info"><div class="info date"><span class="sr-only">Data:</span>\
<div>{when:%d/%m/%Y}</div></div><div class="info person"><span class="sr-only">Autore:</span><div>Giunta di \
Castello di {escape(castello)}</div></div></div></div>
<div class="detail-content">
{chr(10).join(pieces)}
</div>
<div class="element type-shariff"><div class="shariff" data-services="[&quot;facebook&quot;,&quot;whatsapp&quot;,\
&quot;mail&quot;]" data-lang="it"></div></div>
</div>
</div>
<aside class="col-lg-4"><div class="element type-section piece full lay-0 phh pnv"><div class="heading"><h3 \
class="piece-heading">Numeri utili</h3></div><div class="body default"><div class="text"><p>Protezione Civile: \
0549 888 888<br>Vigili del Fuoco: 115<br>Emergenza sanitaria: 118<br>Giunta di Castello: {phone}</p></div></div>\
</div><div class="element type-list-static"><h3>Notizie recenti</h3><ul><li><a href="/{slug}/notizie/\
{prev_page}.html">{prev_title}</a></li><li><a href="/{slug}/notizie/assemblea-pubblica.html">Assemblea \
pubblica della Giunta</a></li></ul></div>\
</aside>
</div></div></main>
<footer class="area-foot"><div class="container"><div class="row"><div class="col-md-6"><p>Giunta di Castello di \
{escape(castello)}<br>{escape(address)} (RSM)<br>Tel. {phone}</p></div><div class="col-md-6"><ul class="links">\
<li><a href="/privacy.html">Privacy</a></li><li><a href="/cookie.html">Cookie</a></li><li><a \
href="/accessibilita.html">Accessibilità</a></li></ul><p class="powered">Powered by OpenCms</p></div></div></div>\
</footer>
</div>
</body>
</html>"""
    return html.encode()


# ---------------------------------------------------------------- a Belizean town council on GoDaddy's builder

COUNCILS = (
    ("Orange Walk Town Council", "orangewalktowncouncil.org", "Main Street, Orange Walk Town"),
    ("Corozal Town Council", "corozaltowncouncil.bz", "1st Avenue, Corozal Town"),
    ("San Ignacio and Santa Elena Town Council", "sistc.org", "Burns Avenue, San Ignacio"),
    ("Dangriga Town Council", "dangrigatowncouncil.org", "St. Vincent Street, Dangriga"),
)


def _x(tag: str, h: int, n: int) -> str:
    """The atomic classes GoDaddy's builder gives an element ("x-el x-el-p c1-1 c1-2 …")."""
    return f"x-el x-el-{tag} " + " ".join(f"c1-{(h >> k) % 36 + 1:x}" for k in range(n))


def html_godaddy_outage_council_bz(doc: Doc) -> bytes:
    """The council's power-cut update as a post of its GoDaddy site's blog, saved."""
    when = report_day(doc)
    council, host, address = COUNCILS[OUTAGE.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    title = f"Power Outage Update No. {doc.number}"
    p = f'class="{_x("p", h, 9)}" data-ux="Text"'
    body = []
    for s in doc.sections:
        body.append(f"<p {p}><strong>{escape(s.heading)}</strong></p>")
        if s.key == "highlights":
            body += [f"<p {p}>{escape(it.text)}</p>" for it in s.items]
        else:
            body.append(f'<ul class="{_x("ul", h >> 2, 6)}" data-ux="List">'
                        + "".join(f"<li {p}>{_mark(it, 'bz')}</li>" for it in s.items) + "</ul>")  # fmt: skip
    nav = "".join(f'<a data-ux="NavLink" data-page="{k:08x}-{h % 65536:04x}" class="{_x("a", h >> k, 7)}" '
                  f'href="/{u}">{t}</a>' for k, (u, t) in enumerate((("", "Home"), ("about-us", "About Us"),
                                                                      ("services", "Services"), ("blog", "Blog"),
                                                                      ("contact-us", "Contact Us"))))  # fmt: skip
    posted = f"{when:%B} {when.day}, {when.year}"
    stamp = when + timedelta(hours=19, minutes=h % 50)  # posted in the early afternoon, Belize being UTC-6
    html = f"""<!DOCTYPE html><html lang="en-US"><head><meta charSet="utf-8"/><meta http-equiv="X-UA-Compatible" \
content="IE=edge"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{escape(title)}</title>\
<meta name="author" content="{escape(council)}"/><meta name="generator" content="Starfield Technologies; Go Daddy \
Website Builder 8.0.0000"/><link rel="manifest" href="/manifest.webmanifest"/><link rel="apple-touch-icon" \
sizes="57x57" href="//img1.wsimg.com/isteam/ip/{h:08x}-{h % 65536:04x}/logo.png/:/rs=w:57,h:57,m"/>\
<meta property="og:url" content="https://{host}/f/power-outage-update-no-{doc.number}"/><meta property="og:site_name" \
content="{escape(council)}"/><meta property="og:title" content="{escape(title)}"/><meta property="og:type" \
content="website"/><script type="text/javascript" src="//img1.wsimg.com/poly/v3/polyfill.min.js?unknown=polyfill&\
flags=gated&features=default%2Cfetch"></script><script type="text/javascript" src="//img1.wsimg.com/blobby/go/gpub/\
{h:08x}/script.js" crossorigin></script><style data-glamor="cxs-default-sheet">.x{{-ms-text-size-adjust:100%;\
-webkit-text-size-adjust:100%;-webkit-tap-highlight-color:rgba(0,0,0,0)}}.x *,.x :after,.x :before{{box-sizing:\
inherit}}</style></head>
<body class="x x-fonts-montserrat"><div id="layout-{h:08x}-{doc.number:04x}" class="layout layout-layout \
layout-layout-layout-17 locale-en-US lang-en"><div data-ux="Page" id="page-{h % 99991}" class="{_x("div", h, 4)}">
<div data-ux="Block" class="{_x("div", h >> 1, 3)}"><div id="{h:08x}-hdr" class="widget widget-header \
widget-header-header-9"><div data-ux="Header" role="main" data-aid="HEADER_WIDGET" class="{_x("div", h, 5)}">\
<div data-ux="Container" class="{_x("div", h >> 3, 6)}"><h3 role="heading" aria-level="3" data-ux="LogoHeading" \
id="logo-container-{h % 9999}" data-aid="HEADER_LOGO_TEXT_RENDERED" data-typography="LogoAlpha" \
class="{_x("h3", h >> 4, 8)}">{escape(council)}</h3><nav data-ux="Nav" data-aid="HEADER_NAV_RENDERED" \
class="{_x("nav", h, 4)}">{nav}</nav></div></div></div></div>
<div data-ux="Block" class="{_x("div", h >> 5, 3)}"><div id="{h:08x}-blog" class="widget widget-blog \
widget-blog-blog-2"><div data-ux="WidgetBanner" class="{_x("div", h >> 6, 5)}"><div data-ux="Container" \
class="{_x("div", h >> 7, 6)}"><a data-ux="Link" data-aid="BLOG_BACK_LINK" href="/blog" class="{_x("a", h, 5)}">\
Back to the blog</a><h1 role="heading" aria-level="1" data-ux="BlogPostTitle" data-aid="BLOG_POST_TITLE" \
data-typography="HeadingAlpha" class="{_x("h1", h >> 8, 9)}">{escape(title)}</h1><p data-ux="Details" \
data-aid="BLOG_POST_DATE" class="{_x("p", h >> 9, 6)}">{posted}</p><div data-ux="BlogContent" \
data-aid="BLOG_POST_CONTENT" class="{_x("div", h >> 10, 7)}">{"".join(body)}</div></div></div></div></div>
<div data-ux="Block" class="{_x("div", h >> 11, 3)}"><div id="{h:08x}-ftr" class="widget widget-footer \
widget-footer-footer-3"><div data-ux="Footer" role="contentinfo" data-aid="FOOTER_SECTION_RENDERED" \
class="{_x("div", h, 5)}"><div data-ux="Container" class="{_x("div", h >> 12, 6)}"><p data-ux="FooterText" \
data-aid="FOOTER_ADDRESS_RENDERED" class="{_x("p", h >> 13, 6)}">{escape(address)}, Belize</p><p \
data-ux="FooterText" data-aid="FOOTER_COPYRIGHT_RENDERED" class="{_x("p", h >> 14, 6)}"><span>Copyright © \
{when.year} {escape(council)} - All Rights Reserved.</span></p><p data-ux="FooterText" \
data-aid="FOOTER_POWERED_BY_AIRO_RENDERED" class="{_x("p", h >> 15, 6)}"><span>Powered by <a rel="nofollow \
noopener" target="_blank" href="https://www.godaddy.com/websites/website-builder?cvosite=gpub&utm_source=\
gdwebbuilder">GoDaddy</a></span></p></div></div></div></div>
<div data-ux="Container" id="cookie-banner" class="{_x("div", h >> 16, 6)}"><p data-ux="Text" \
class="{_x("p", h, 4)}"><strong>This website uses cookies.</strong></p><p data-ux="Text" class="{_x("p", h, 4)}">We \
use cookies to analyze website traffic and optimize your website experience. By accepting our use of cookies, your \
data will be aggregated with all other user data.</p><a data-ux="Button" data-aid="CONSENT_ACCEPT" href="#" \
class="{_x("a", h >> 17, 6)}">Accept</a></div>
</div></div>
<script type="text/javascript">window._blog = {{ postId: "{h:08x}", published: "{stamp:%Y-%m-%dT%H:%M:%S}.000Z" }};\
</script></body></html>"""
    return html.encode()
