"""Web writers of the ``blind57_layouts`` set: a Sámi municipality's flood bulletin published in its Mynewsdesk
newsroom, and a Kimberley shire's flood update on its OpenCities website, each saved from the browser.

A Sámi municipality in Finnmark in a spring flood, ice still on the rivers: the crisis management's daily
"Dulvedieđáhus" published as a press release in the municipality's newsroom on Mynewsdesk, the Nordic press release
service, whose interface the newsroom keeps in Norwegian while the release is in Northern Sami: the newsroom's header
with the logo and name, the tabs "Nyheter", "Pressemeldinger", "Bilder", "Dokumenter" and "Følg", "Pressemelding ·
16. mai 2026 10:15 CEST", the title, the lead paragraph in bold (the day's opening sentence), the body from the
release editor — each section's name an ``<h2>``, the summary as paragraphs, the other points a list,
"Dahkkon doaibmabijut:" in bold —, "Emner" and "Regioner" tags, the contacts (the mayor, the emergency coordinator:
name, post, "Pressekontakt", telephone and e-mail), "Om …" with the municipality's boilerplate, "Relatert innhold"
with the earlier bulletins, and Mynewsdesk's footer. "3 400 000 kr", "12 500 000 kr", "1 250", "12 %",
"16. miessemánu", "(ovddit dieđáhusas: 5)".

A shire of the Kimberley in Western Australia in a wet-season flood: the daily "Flood update" on the shire's website,
an OpenCities (Granicus) site, saved from the browser: "Skip to main content", the emergency alert banner, the header
with the logo, search and quick links, the mega menu, the breadcrumb, the title, "Published: 16 January 2026", the
print and share tools, the intro paragraph ("This update provides the latest information … as at 2pm …"), each
section's name an ``<h2>``, the summary as paragraphs, the other points a list with "Our actions:" in bold, the
emergency numbers box, "Related information" in the side column, "Was this page helpful?", the footer with the
contact details, the Acknowledgement of Country, social links and "Powered by OpenCities". "$340,000",
"$1.25 million", "1,250", "16 January", "(last update: 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind57_layouts_banks_away import DULVI
from blind57_layouts_banks_home import KIMBERLEY
from blind57_layouts_content import MANUT, parts
from council_layouts_gold import Doc

NO_MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
             "desember")  # fmt: skip


def body(doc: Doc, lang: str, head: str = "h2") -> str:
    """Each section's name a heading, the summary as paragraphs, the other points a list, the lead in bold."""
    out = []
    for s in doc.sections:
        out.append(f"<{head}>{escape(s.heading)}</{head}>")
        if s.key == "highlights":
            out += [f"<p>{escape(it.text)}</p>" for it in s.items]
            continue
        lis = []
        for it in s.items:
            risk, lead, rest = parts(it, lang)
            lis.append(f"<li>{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}</li>" if lead
                       else f"<li>{escape(it.text)}</li>")  # fmt: skip
        out.append("<ul>" + "".join(lis) + "</ul>")
    return "\n".join(out)


# ---------------------------------------------------------------- a Sámi municipality's Mynewsdesk release

GIELDDAT = (("deanu-gielda", "Deanus", "Helga Pedersen", "Ánde Somby", "78 92 80 00", "tana.kommune.no",
             "Deanu gielda lea guovttegielat gielda Finnmárkkus Deanučázádaga guoras. Gielddas leat sullii 2 800 "
             "ássi."),
            ("karasjoga-gielda", "Kárášjogas", "Svein Atle Somby", "Inga Marja Guttorm", "78 46 73 00",
             "karasjok.kommune.no", "Kárášjoga gielda lea sámi gielda Sis-Finnmárkkus. Gielddas leat sullii "
                                    "2 600 ássi."),
            ("guovdageainnu-suohkan", "Guovdageainnus", "Berit Marie P. E. Eira", "Nils Mathis Sara", "78 48 80 00",
             "kautokeino.kommune.no", "Guovdageainnu suohkan lea Norgga stuorimus suohkan viidodaga ektui. "
                                      "Suohkanis leat sullii 2 900 ássi."),
            ("unjargga-gielda", "Unjárggas", "Hans Trygve Stenersen", "Máret Ánne Labba", "78 95 01 00",
             "nesseby.kommune.no", "Unjárgga gielda lea Várjjatvuona siskkimus oasis. Gielddas leat sullii 900 "
                                   "ássi."))  # fmt: skip


def html_mynewsdesk_giddadulvi_se(doc: Doc) -> bytes:
    """The municipality's flood bulletin as its Mynewsdesk release page is saved from the browser."""
    when = report_day(doc)
    slug, where, mayor, coordinator, phone, domain, about = GIELDDAT[DULVI.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    title = f"Dulvedieđáhus nr. {doc.number}: giđđadulvi {where}"
    stamp = f"{when.day}. {NO_MONTHS[when.month - 1]} {when.year} {9 + h % 3}:{h % 50 + 10:02d} CEST"
    lead = (f"Gieldda kriisajođiheapmi dieđiha dáin dieđuiguin dulvedili birra {where} "
            f"{when.day}. {MANUT[when.month - 1]} diibmu 08.")  # fmt: skip
    url = f"https://www.mynewsdesk.com/no/{slug}/pressreleases/dulvedieahus-nr-{doc.number}-{h % 9_000_000 + 10**6}"
    older = "".join(f'<li class="related-item"><a href="https://www.mynewsdesk.com/no/{slug}/pressreleases/dulvedieahus-'
                    f'nr-{n}">Dulvedieđáhus nr. {n}: giđđadulvi {where}</a><span class="type">Pressemelding</span>'
                    f"</li>" for n in range(doc.number - 1, 0, -1))  # fmt: skip
    contacts = "".join(
        f'<div class="contact-card"><img src="https://mnd-assets.mynewsdesk.com/image/upload/c_fill,h_120,w_120/'
        f'{slug}-{k}.jpg" alt=""><div class="contact-card__name">{escape(name)}</div><div class="contact-card__title">'
        f'{post}</div><div class="contact-card__label">Pressekontakt</div><div class="contact-card__phone">'
        f'<a href="tel:+47{phone.replace(" ", "")}">{phone}</a></div><div class="contact-card__email"><a href="mailto:'
        f'postmottak@{domain}">postmottak@{domain}</a></div></div>'
        for k, (name, post) in enumerate(((mayor, "Sátnejođiheaddji"), (coordinator, "Gearggusvuođakoordináhtor")))
    )  # fmt: skip
    html = f"""<!DOCTYPE html><html lang="no"><head><meta charset="utf-8"><title>{escape(title)} | \
{escape(doc.organisation)}</title><meta name="viewport" content="width=device-width, initial-scale=1">\
<meta property="og:site_name" content="Mynewsdesk"><meta property="og:title" content="{escape(title)}">\
<meta property="og:url" content="{url}"><link rel="canonical" href="{url}"><link rel="stylesheet" \
href="https://static.mynewsdesk.com/assets/newsroom-{h % 9999:04d}.css"></head>
<body class="newsroom newsroom--pressrelease">
<div class="cookie-consent" role="dialog">Vi bruker informasjonskapsler for å gi deg en bedre opplevelse. \
<button>Godta alle</button> <button>Innstillinger</button></div>
<header class="newsroom-header"><div class="newsroom-header__brand"><img src="https://mnd-assets.mynewsdesk.com/\
image/upload/{slug}-logo.png" alt="{escape(doc.organisation)}"><span class="newsroom-header__name">\
{escape(doc.organisation)}</span></div><nav class="newsroom-nav"><a href="/no/{slug}">Nyheter</a><a \
href="/no/{slug}/pressreleases" class="active">Pressemeldinger</a><a href="/no/{slug}/images">Bilder</a><a \
href="/no/{slug}/documents">Dokumenter</a><a href="/no/{slug}/subscribe" class="btn btn-follow">Følg</a></nav>\
</header>
<main class="newsroom-main"><article class="material material--pressrelease">
<div class="material__meta"><span class="material__type">Pressemelding</span> · <time datetime="\
{when:%Y-%m-%d}T{9 + h % 3:02d}:{h % 50 + 10:02d}:00+02:00">{stamp}</time></div>
<h1 class="material__title">{escape(title)}</h1>
<div class="material__summary"><p><strong>{escape(lead)}</strong></p></div>
<div class="material__body">{body(doc, "se")}</div>
<div class="material__tags"><h4>Emner</h4><ul><li><a href="/no/{slug}/subjects/beredskap">Beredskap</a></li><li>\
<a href="/no/{slug}/subjects/flom">Flom</a></li></ul><h4>Regioner</h4><ul><li><a href="/no/{slug}/regions/\
finnmark">Finnmark</a></li></ul></div>
<div class="material__share">Del <a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a> \
<a href="https://www.linkedin.com/shareArticle?url={url}">LinkedIn</a> <a href="mailto:?subject={escape(title)}">\
E-post</a></div>
</article>
<section class="contacts"><h2 class="section-title">Kontakter</h2>{contacts}</section>
<section class="about"><h2 class="section-title">Om {escape(doc.organisation)}</h2><p>{escape(about)}</p>\
<p><a href="https://www.{domain}">www.{domain}</a></p></section>
<section class="related"><h2 class="section-title">Relatert innhold</h2><ul>{older}</ul></section>
</main>
<footer class="mnd-footer"><div>Pressemeldinger og nyheter fra {escape(doc.organisation)} på Mynewsdesk</div>\
<div><a href="https://www.mynewsdesk.com/no">Mynewsdesk</a> · <a href="https://www.mynewsdesk.com/no/\
personvern">Personvern</a> · <a href="https://www.mynewsdesk.com/no/cookies">Informasjonskapsler</a></div></footer>
<script src="https://static.mynewsdesk.com/assets/newsroom-{h % 9999:04d}.js"></script></body></html>"""
    return html.encode("utf-8")


# ---------------------------------------------------------------- a Kimberley shire's OpenCities update

SHIRES = (("sdwk.wa.gov.au", "Derby", "30 Loch Street, Derby WA 6728", "(08) 9191 0999", "Nyikina"),
          ("hcshire.wa.gov.au", "Halls Creek", "Thomas Street, Halls Creek WA 6770", "(08) 9168 6007",
           "Jaru and Kija"),
          ("broome.wa.gov.au", "Broome", "27 Weld Street, Broome WA 6725", "(08) 9191 3456", "Yawuru"),
          ("swek.wa.gov.au", "Kununurra", "20 Coolibah Drive, Kununurra WA 6743", "(08) 9168 4100",
           "Miriwoong"))  # fmt: skip


def html_opencities_flood_update_wa(doc: Doc) -> bytes:
    """The shire's flood update as its OpenCities page is saved from the browser."""
    when = report_day(doc)
    domain, _town, address, phone, people = SHIRES[KIMBERLEY.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    title = f"Flood update {doc.number}"
    hour = 1 + h % 4
    intro = (f"This update provides the latest information on the flood emergency in the {doc.organisation} as at "
             f"{hour}pm on {doc.date}.")  # fmt: skip
    menu = "".join(f'<li class="mega-menu__item"><a href="/{k.lower().replace(" ", "-")}">{k}</a></li>'
                   for k in ("Council", "Community", "Services", "Building and planning", "Business",
                             "Visiting"))  # fmt: skip
    html = f"""<!DOCTYPE html><html lang="en-AU"><head><meta charset="utf-8"><title>{title} - \
{escape(doc.organisation)}</title><meta name="generator" content="OpenCities"><meta name="viewport" \
content="width=device-width, initial-scale=1"><link rel="stylesheet" \
href="/files/templates/00000000-0000-0000-0000-{h:012x}/css/site.css">\
<link rel="canonical" href="https://www.{domain}/news/article/{h % 900 + 100}/flood-update-{doc.number}"></head>
<body class="oc-news-detail"><a class="skip-link" href="#main-content">Skip to main content</a>
<div class="alert-banner alert-banner--emergency"><div class="container"><strong>Emergency:</strong> Flooding \
across the Shire. Check <a href="https://www.emergency.wa.gov.au">Emergency WA</a> for current warnings. \
<a href="/news/flood" class="alert-banner__more">More information</a></div></div>
<header class="site-header"><div class="container"><a href="/" class="site-logo"><img src="/files/assets/public/\
logo.svg" alt="{escape(doc.organisation)}"></a><ul class="quick-links"><li><a href="/pay">Pay</a></li><li>\
<a href="/report">Report it</a></li><li><a href="/apply">Apply</a></li><li><a href="/contact">Contact us</a></li>\
</ul><form class="site-search" action="/search"><input type="search" name="q" placeholder="Search this site">\
<button>Search</button></form></div><nav class="mega-menu" aria-label="Main"><ul>{menu}</ul></nav></header>
<div class="breadcrumb"><div class="container"><ol><li><a href="/">Home</a></li><li><a href="/news">News and \
media</a></li><li><span>{title}</span></li></ol></div></div>
<main id="main-content"><div class="container"><div class="main-column">
<h1 class="oc-page-title">{title}</h1><div class="news-article-date">Published: {doc.date}</div>
<div class="page-tools"><a href="javascript:window.print()" class="page-tools__print">Print</a> \
<a href="#share" class="page-tools__share">Share</a></div>
<div class="content-block"><p class="intro">{escape(intro)}</p>
{body(doc, "wa")}
<div class="content-box content-box--warning"><p>For emergency help in floods and storms call the SES on 132 500. \
In a life-threatening emergency call Triple Zero (000).</p></div></div>
<div class="feedback-form"><p>Was this page helpful?</p><button>Yes</button> <button>No</button></div></div>
<aside class="side-column"><div class="related-information"><h2>Related information</h2><ul><li><a \
href="https://www.emergency.wa.gov.au">Emergency WA</a></li><li><a href="https://travelmap.mainroads.wa.gov.au">\
Main Roads WA travel map</a></li><li><a href="http://www.bom.gov.au/wa/warnings/">Bureau of Meteorology \
warnings</a></li><li><a href="/news/flood">All flood updates</a></li></ul></div></aside></div></main>
<footer class="site-footer"><div class="container"><div class="footer-contact"><h3>{escape(doc.organisation)}</h3>\
<p>{escape(address)}<br>Phone: {phone}<br>Email: shire@{domain}</p></div><div class="footer-acknowledgement"><p>\
The {escape(doc.organisation)} acknowledges the {people} people as the Traditional Custodians of the land on which \
we live and work, and pays respect to Elders past and present.</p></div><div class="footer-social"><a \
href="https://www.facebook.com/">Facebook</a> <a href="https://www.instagram.com/">Instagram</a></div>\
<div class="footer-bottom"><span>© {when.year} {escape(doc.organisation)}</span> <a href="/privacy">Privacy</a> \
<a href="/accessibility">Accessibility</a> <a href="https://www.granicus.com/solution/govaccess/opencities/" \
class="powered-by">Powered by OpenCities</a></div></div></footer>
<script src="/files/templates/00000000-0000-0000-0000-{h:012x}/js/site.js"></script></body></html>"""
    return html.encode("utf-8")
