"""Web writers of the ``blind52_layouts`` set: a Danish municipality's situation picture in a blizzard kept as an
item of its crisis staff's Podio app, and an OCHA country office's flood situation report on OCHA's digital
situation report site; both saved from the browser.

A Danish municipality in North Jutland snowed in by a blizzard: the crisis staff keeps its "situationsbillede" as
items of an app ("Situationsbilleder") in the staff's Podio workspace — the work platform born in Copenhagen that
Danish volunteers, beredskaber and municipal teams took up — and the item is saved from the browser: Podio's top bar
(logo, "Arbejdsområder", search, the bell and the user), the workspace's name and its app tabs, the item's title,
then the app's fields, each a label in the left column beside its value — "Status" as a coloured category,
"Tidspunkt", "Ansvarlig" as a contact, then the text fields, one per part of the situation picture, rich text with
the summary as paragraphs and the other points a list, "Tiltag:" in bold —, the comments under the item with their
authors and times, "Tilføj en kommentar", and the sidebar: who made and last changed it, tags, followers and the
actions. "3.400 kr.", "1,25 mio. kr.", "1.250", "12 pct.", "16. januar", "(forrige situationsbillede: 5)".

An OCHA country office in a season of river floods: the weekly situation report as OCHA's digital situation report
site shows it — the OCHA bar with the site's menus, the country and "Situation Report", the title, "Last updated",
"Download report" and "Subscribe", the highlights box (the summary as a list), the key figures (numbers repeated from
the text with their labels), then each section an article under its ``<h2>`` — the points a list, the overview as
paragraphs, "Mitigation measures:" in bold —, one with a photograph and its credit, the contacts, and the footer.
"US$3,400", "US$1.25 million", "1,250", "16 November", "(previous report: 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind17_layouts_content import count
from blind52_layouts_banks_away import SNESTORM
from blind52_layouts_banks_home import FLOODS
from blind52_layouts_content import MAANEDER, parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- a Danish crisis staff's Podio item

STAFFS = (("Hjørring", ("Mette Holm", "Jens Kristian Søndergaard", "Pia Thomsen"), "Beredskabschef"),
          ("Frederikshavn", ("Lars Bak Nielsen", "Susanne Krogh", "Anders Vestergaard"), "Kommunaldirektør"),
          ("Brønderslev", ("Hanne Lykke", "Morten Dahl", "Trine Bundgaard"), "Direktør for Teknik og Miljø"),
          ("Jammerbugt", ("Birgitte Overgaard", "Rasmus Toft", "Karina Skov"), "Beredskabschef"))  # fmt: skip
REMARKS = ("Tak – sendt videre til politiets lokale beredskabsstab.",
           "Husk at opdatere tallene fra hjemmeplejen inden mødet.",
           "Pressemeddelelsen er lagt på kommunens hjemmeside kl. 15.",
           "Forsvaret bekræfter de to ekstra bæltekøretøjer til i morgen.")  # fmt: skip


def _dk_point(it) -> str:
    risk, lead, rest = parts(it, "dk")
    return f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)


def _field(label: str, value: str, kind: str) -> str:
    return (f'<li class="field {kind}"><div class="label-content"><div class="label"><span class="label-text">'
            f'{escape(label)}</span></div></div><div class="value"><div class="value-content">{value}</div></div>'
            "</li>")  # fmt: skip


def html_podio_situationsbillede_dk(doc: Doc) -> bytes:
    """The crisis staff's situation picture as an item of its Podio app, saved from the browser."""
    when = report_day(doc)
    k = SNESTORM.organisations.index(doc.organisation)
    town, people, post = STAFFS[k]
    h = zlib.crc32(doc.title.encode())
    hour = 8 + h % 9
    day = f"{when.day}. {MAANEDER[when.month - 1]} {when.year}"
    title = f"Situationsbillede nr. {doc.number} – {when.day}. {MAANEDER[when.month - 1]} kl. {hour}.00"
    item_id = 2_900_000_000 + h % 90_000_000
    fields = [
        _field("Status", '<span class="category-color" style="background:#e66">Aktiv hændelse</span>', "category"),
        _field("Tidspunkt", f"{when:%d-%m-%Y} {hour}:00", "date"),
        _field("Ansvarlig", f'<a class="contact" href="#">{escape(people[0])}</a> ({post})', "contact"),
    ]
    for s in doc.sections:
        if s.key == "highlights":
            value = "".join(f"<p>{escape(it.text)}</p>" for it in s.items)
        else:
            value = "<ul>" + "".join(f"<li>{_dk_point(it)}</li>" for it in s.items) + "</ul>"
        fields.append(_field(s.heading, value, "text"))
    comments = "".join(
        f'<li class="comment"><img class="avatar" src="https://d2cmuesa4snpwn.cloudfront.net/public/{h % 97 + n}.jpg" '
        f'alt=""><div class="comment-body"><a class="author" href="#">{escape(people[1 + n % 2])}</a>'
        f'<div class="comment-text"><p>{escape(REMARKS[(h + n) % 4])}</p></div><span class="time">'
        f"for {n + 1} timer siden</span></div></li>"
        for n in range(1 + h % 2)
    )
    html = f"""<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8">
<title>{escape(title)} - Situationsbilleder - Podio</title>
<link rel="stylesheet" href="https://static.podio.com/assets/podio-core-9f3a1c.css">
</head>
<body class="item-view">
<div id="topbar"><div class="topbar-inner">
<a class="podio-logo" href="https://podio.com/home"><span>Podio</span></a>
<div class="space-switcher"><button>Arbejdsområder ▾</button></div>
<form class="search"><input type="search" placeholder="Søg i Podio"></form>
<ul class="user-menu"><li><a href="#">Notifikationer <span class="badge">{h % 9 + 1}</span></a></li>
<li><a href="#">{escape(people[0])}</a></li></ul>
</div></div>
<div id="space-header"><h2 class="space-name">Krisestab {escape(town)} – Snestorm {when.year}</h2>
<ul class="app-tabs"><li><a href="#">Aktivitet</a></li><li class="active"><a href="#">Situationsbilleder</a></li>
<li><a href="#">Opgaver</a></li><li><a href="#">Logbog</a></li><li><a href="#">Kontakter</a></li></ul></div>
<div id="wrapper"><div class="item-main">
<div class="item-header"><span class="app-name">Situationsbilleder</span><h1 class="item-title">{escape(title)}</h1>
</div>
<ul class="fields">
{chr(10).join(fields)}
</ul>
<div class="item-comments"><h3>Kommentarer</h3><ul class="comments">{comments}</ul>
<form class="comment-form"><textarea placeholder="Tilføj en kommentar"></textarea><button>Tilføj</button></form>
</div></div>
<div class="item-sidebar">
<div class="created">Oprettet af <a href="#">{escape(people[0])}</a><br>{day} kl. {hour - 1}.{h % 50 + 10}</div>
<div class="updated">Sidst opdateret af <a href="#">{escape(people[1])}</a><br>{day} kl. {hour}.{h % 50 + 5}</div>
<div class="tags"><h4>Tags</h4><a href="#">snestorm</a> <a href="#">krisestab</a> <a href="#">{town.lower()}</a></div>
<div class="followers"><h4>Følgere ({3 + h % 6})</h4></div>
<ul class="actions"><li>Rediger</li><li>Kopiér</li><li>Udskriv</li><li>Del</li><li>Slet</li></ul>
<div class="item-id">Element-id: {item_id}</div>
</div></div>
<div id="footer"><a href="#">Hjælp</a> · <a href="#">Privatliv</a> · <a href="#">Vilkår</a></div>
</body></html>
"""
    return html.encode()


# ---------------------------------------------------------------- an OCHA office's digital situation report

OFFICES = (("Somalia", "Beledweyne", ("Head of Office", "Amina Warsame"), ("Public Information", "Daniel Ortega")),
           ("Ethiopia", "Dolo Ado", ("Head of Office", "Marta Bekele"), ("Reports Officer", "Yonas Tadesse")),
           ("South Sudan", "Bor", ("Head of Office", "Grace Achol"), ("Public Information", "Peter Lado")),
           ("Mozambique", "Quelimane", ("Head of Office", "Sofia Macuácua"),
            ("Reports Officer", "Tomás Nhantumbo")))  # fmt: skip


def _un_point(it) -> str:
    risk, lead, rest = parts(it, "un")
    return f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)


def _short(n: int) -> str:
    return f"{n / 1_000_000:.1f}M" if n >= 1_000_000 else f"{round(n / 1000)}K" if n >= 10_000 else f"{n:,}"


def html_ocha_digital_sitrep_un(doc: Doc) -> bytes:
    """The country office's flood situation report on OCHA's digital situation report site."""
    when = report_day(doc)
    k = FLOODS.organisations.index(doc.organisation)
    country, town, head, info = OFFICES[k]
    h = zlib.crc32(doc.title.encode())
    title = f"{country}: Floods – Situation Report No. {doc.number}"
    figures = [(_short(count(doc, ("been affected",), 0)), "People affected"),
               (_short(count(doc, ("displaced to",), 0)), "People displaced"),
               (_short(count(doc, ("cholera cases",), 0)), "Suspected cholera cases")]  # fmt: skip
    keys = "".join(f'<div class="key-figure"><div class="figure">{v}</div><div class="label">{lab}</div></div>'
                   for v, lab in figures if v != "0")  # fmt: skip
    body = []
    for s in doc.sections:
        if s.key == "highlights":
            body.append('<section class="highlights"><h2>' + escape(s.heading) + "</h2><ul>"
                        + "".join(f"<li>{escape(it.text)}</li>" for it in s.items) + "</ul></section>"
                        + f'<section class="key-figures">{keys}</section>')  # fmt: skip
            continue
        art = [
            f'<article class="sitrep-card" id="card-{zlib.crc32(s.heading.encode()) % 99999}">',
            f'<div class="card-meta">ARTICLE · {when.day} {when:%b %Y}</div>',
            f"<h2>{escape(s.heading)}</h2>",
        ]
        if s.key == "situation":
            art += [f"<p>{escape(it.text)}</p>" for it in s.items]
            photo = f"https://reports.unocha.org/sites/dms/{country}/{h:x}.jpg"
            art.append(f'<figure><img src="{photo}" alt=""><figcaption>Flooded homes near {town}. Photo: '
                       f"OCHA/{info[1]}</figcaption></figure>")  # fmt: skip
        else:
            art.append("<ul>" + "".join(f"<li>{_un_point(it)}</li>" for it in s.items) + "</ul>")
        art.append("</article>")
        body.append("\n".join(art))
    slug = country.lower().replace(" ", "-")
    html = f"""<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} | Digital Situation Reports</title>
<link rel="stylesheet" href="/themes/custom/common_design_subtheme/css/styles.css">
</head>
<body class="path-node page-node-type-sitrep">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<header class="cd-header"><div class="cd-global-header"><div class="cd-container">
<nav class="cd-global-header__nav"><a href="https://www.unocha.org">OCHA Services</a>
<a href="https://reliefweb.int">ReliefWeb</a> <a href="https://fts.unocha.org">Financial Tracking Service</a>
<a href="https://data.humdata.org">Humanitarian Data Exchange</a></nav>
<div class="cd-language-switcher">English</div></div></div>
<div class="cd-site-header"><div class="cd-container"><a class="cd-site-logo" href="/en"><img src="/logo-ocha.svg" \
alt="OCHA"> <span>Situation Reports</span></a>
<nav class="cd-nav"><ul><li><a href="/en/countries">Countries</a></li><li><a href="/en/regions">Regions</a></li>
<li><a href="/en/about">About</a></li></ul></nav>
<form class="cd-search" action="/en/search"><input type="search" placeholder="Search"></form></div></div>
</header>
<main id="main-content"><div class="cd-container">
<div class="sitrep-header"><div class="sitrep-country"><a href="/en/country/{slug}/">{country}</a> · \
Situation Report</div>
<h1 class="cd-page-title">{escape(title)}</h1>
<div class="sitrep-date">Last updated: {when.day} {when:%b %Y}</div>
<ul class="sitrep-actions"><li><a href="/en/country/{slug}/download/pdf">Download report</a></li>
<li><a href="/en/country/{slug}/subscribe">Subscribe</a></li><li><a href="#share">Share</a></li></ul></div>
{chr(10).join(body)}
<section class="sitrep-contacts"><h2>Contacts</h2>
<div class="contact"><strong>{escape(head[1])}</strong><br>{head[0]}, OCHA {country}<br>\
<a href="mailto:{head[1].split()[-1].lower()}@un.org">{head[1].split()[-1].lower()}@un.org</a></div>
<div class="contact"><strong>{escape(info[1])}</strong><br>{info[0]}, OCHA {country}<br>\
<a href="mailto:{info[1].split()[-1].lower()}@un.org">{info[1].split()[-1].lower()}@un.org</a></div>
</section>
<p class="sitrep-more">For more information, please visit <a href="https://www.unocha.org/{slug}">unocha.org/{slug}\
</a></p>
</div></main>
<footer class="cd-footer"><div class="cd-container">
<ul class="cd-footer__links"><li><a href="/en/about">About</a></li><li><a href="/en/privacy-policy">Privacy \
policy</a></li><li><a href="/en/copyright">Copyright notice</a></li><li><a href="/en/terms">Terms of use</a></li></ul>
<div class="cd-footer__mandate">Service provided by <a href="https://www.unocha.org">OCHA</a>. OCHA coordinates the \
global emergency response to save lives and protect people in humanitarian crises.</div>
<div class="cd-footer__copyright">© United Nations {when.year}</div></div></footer>
</body></html>
"""
    return html.encode()
