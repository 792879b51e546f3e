"""Web and Markdown writers of the ``blind42_layouts`` set.

A New Zealand rural support trust's weekly cyclone recovery update as a post of its Squarespace website, saved from
the browser ("Save page as", HTML only): Squarespace 7.1's page — the "This is Squarespace." comment, the header with
the logo, the navigation and the "Need help? Call us" button, then the blog item: the ``h1.entry-title``, the date,
author and category, and the post body as the text editor keeps it (``sqs-block html-block`` blocks inside
``sqs-layout`` rows, every paragraph ``<p class="" style="white-space:pre-wrap;">``, each section an ``h2``, the
summary as paragraphs, the other points in ``<ul data-rte-list="default">`` whose ``<li>`` each hold such a paragraph,
"Our response:" in ``<strong>`` inside a risk's point), the greeting paragraph, an image block with its caption under
the situation, a button block with the trust's free phone line and the closing paragraph; then the share buttons, the
"Previous" and "Next" links with the other posts' titles in ``h2``, and the footer's newsletter block ("Stay in touch",
the e-mail box, "Sign Up", "We respect your privacy.", "Thank you!") with the trust's address and charity number.
"$3,400", "$1.25 million", "16 February", "(last update: 5)".

A German Freifunk community's situation page on its emergency Wi-Fi in a flood area, kept in the community's Wiki.js
and taken from the Git repository Wiki.js synchronises its pages to (the ``.md`` file of the page): the HTML comment
Wiki.js writes at the top with the page's title, description, publication flag, dates, tags and editor; a blockquote
callout with Wiki.js's class line under it (``{.is-warning}``, "Diese Seite ist öffentlich …"); each section a ``#``
heading, as Wiki.js authors write them under the page's own title; the summary as paragraphs, the other points after
"- ", "**Maßnahme:**" inside a risk's point; under the sites a table of the access points (place, node, status,
clients at the peak) and the map's link, under the radio links a photo with Wiki.js's size suffix (``=500x``); at the
end a callout ``{.is-info}`` with the Matrix room and the telephone of the day's coordinator. "3.400 €",
"1,25 Mio. €", "1.250", "12 %", "16. Juli", "(letzter Stand: 5)".
"""

from __future__ import annotations

import hashlib
import zlib
from datetime import timedelta
from html import escape

from blind7_layouts_content import MONATE, report_day
from blind42_layouts_banks_en import RURAL
from blind42_layouts_banks_eu import NOTWLAN
from blind42_layouts_content import ascii_slug, parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- Squarespace, NZ rural support trust

AUTHORS = ("Kate Ngata", "Hemi Walker", "Sarah McKenzie", "Aroha Tipene")
MENU = ("About us", "How we help", "News", "Events", "Donate", "Contact")
ACTIVE = {"News": " header-nav-item--active"}
PLACES = ("Gisborne", "Hastings", "Masterton", "Whangārei")


def _yui(h: int, n: int) -> str:
    return f"yui_3_17_2_1_{1708000000000 + h % 90000000}_{n * 137 + h % 9000}"


def html_squarespace_nz(doc: Doc) -> bytes:
    """The trust's update as a Squarespace blog post, saved from the browser."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = RURAL.organisations.index(doc.organisation)
    domain = f"{ascii_slug(doc.organisation).replace('-', '')}.org.nz"
    title = f"Cyclone recovery update #{doc.number}"
    item = hashlib.md5(doc.title.encode()).hexdigest()[:24]
    blocks, n = [], [0]

    def p(inner: str) -> str:
        return f'<p class="" style="white-space:pre-wrap;">{inner}</p>'

    def block(inner: str, kind: str = "html", btype: int = 2) -> str:
        n[0] += 1
        role = "text" if btype == 2 else kind
        return (f'<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block {kind}-block '
                f'sqs-block-{kind}" data-block-type="{btype}" data-sqsp-block="{role}" id="block-{_yui(h, n[0])}">'
                f'<div class="sqs-block-content">{inner}</div></div></div></div>')  # fmt: skip

    text = [p("Kia ora koutou. Here is our update for the week on how farmers and growers in the region are "
              "getting on after the cyclone, and what we are doing to help.")]  # fmt: skip
    for s in doc.sections:
        text.append(f"<h2>{escape(s.heading)}</h2>")
        if s.key == "highlights":
            text += [p(escape(it.text)) for it in s.items]
            continue
        lis = []
        for it in s.items:
            risk, lead, rest = parts(it, "nz")
            inner = f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)
            lis.append(f"<li>{p(inner)}</li>")
        text.append(f'<ul data-rte-list="default">{"".join(lis)}</ul>')
        if s.key == "situation":  # the editor starts a new block after an image
            blocks.append(block(f'<div class="sqs-html-content" data-sqsp-text-block-content>{"".join(text)}</div>'))
            text = []
            img = (
                f"https://images.squarespace-cdn.com/content/v1/{item}/{1708000000 + h % 900000}/"
                f"IMG_{4100 + h % 800}.jpg"
            )
            cap = (f"Silt on the river flats near {PLACES[k]}, {(when - timedelta(days=3)).day} {when:%B}. Photo: "
                   f"{AUTHORS[k]}")  # fmt: skip
            blocks.append(block(f'<div class="image-block-outer-wrapper layout-caption-below design-layout-inline">'
                                f'<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper">'
                                f'<img data-src="{img}" data-image="{img}" alt="" src="{img}?format=750w"></div>'
                                f'<figcaption class="image-caption-wrapper"><div class="image-caption">{p(escape(cap))}'
                                "</div></figcaption></figure></div>", "image", 5))  # fmt: skip
    text.append(p("If you or someone you know is doing it tough, please get in touch. Our coordinators can come to "
                  "you, and the chat is free and confidential. Kia kaha."))  # fmt: skip
    blocks.append(block(f'<div class="sqs-html-content" data-sqsp-text-block-content>{"".join(text)}</div>'))
    blocks.append(block('<div class="sqs-block-button-container sqs-block-button-container--center" '
                        'data-animation-role="button" data-alignment="center" data-button-size="medium"><a '
                        'href="tel:0800787254" class='
                        '"sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element" '
                        'data-initialized="true">Call us free on 0800 RURAL HELP</a></div>', "button", 53))  # fmt: skip
    nav = "".join(f'<div class="header-nav-item header-nav-item--collection{ACTIVE.get(m, "")}"><a href="/'
                  f'{ascii_slug(m)}" data-animation-role="header-element">{m}</a></div>' for m in MENU)  # fmt: skip
    share = "".join(f'<a class="ss-social-button" data-service="{s.lower()}" href="#"><span class="ss-social-button-'
                    f'wrapper"><div class="ss-social-button-icon"></div>{s}</span></a>'
                    for s in ("Facebook", "Twitter", "LinkedIn", "Pinterest"))  # fmt: skip
    older = (f'<a href="/news/cyclone-recovery-update-{doc.number - 1}" class="item-pagination-link '
             'item-pagination-link--prev"><div class="item-pagination-prev-next">Previous</div><h2 '
             'class="item-pagination-title">Cyclone '
             f"recovery update #{doc.number - 1}</h2></a>" if doc.number > 1 else "")  # fmt: skip
    newer = ('<a href="/news/feed-and-grazing-available" class="item-pagination-link item-pagination-link--next"><div '
             'class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">Feed and grazing: what is '
             "available and how to ask for it</h2></a>")  # fmt: skip
    footer = (f'<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-'
              'section-theme="dark"><div class="content-wrapper"><div class="content"><div class="sqs-block newsletter-'
              f'block sqs-block-newsletter" data-block-type="51" id="block-{_yui(h, 99)}"><div '
              'class="sqs-block-content"'
              '><div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat"><div class="newsletter-form-'
              'header"><h2 class="newsletter-form-header-title">Stay in touch</h2><div class="newsletter-form-header-'
              'description"><p>Sign up for our news and events.</p></div></div><form class="newsletter-form" data-form-'
              'id="65c1a"><div class="newsletter-form-body"><div class="newsletter-form-field-wrapper form-item field '
              'email required"><label class="newsletter-form-field-label title" for="email">Email '
              'Address</label><input '
              'id="email" class="newsletter-form-field-element field-element" name="email" placeholder="Email Address" '
              'type="email"></div></div><div class="newsletter-form-button-wrapper submit-wrapper"><button class="'
              'newsletter-form-button sqs-system-button sqs-editable-button-layout" type="submit" value="Sign Up">'
              '<span class="newsletter-form-button-label">Sign Up</span></button></div><div class="newsletter-form-'
              'footnote"><p>We respect your privacy.</p></div></form><div class="newsletter-form-spinner '
              'sqs-spin light '
              'large"></div><div class="form-submission-text">Thank you!</div></div></div></div><div class="sqs-block '
              f'html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-'
              f'content">{p(escape(doc.organisation))}{p(f"PO Box {100 + h % 800}, {PLACES[k]}")}'
              f'{p(f"Registered charity CC{40000 + h % 9000}")}</div></div></div></div></div></section>'
              "</footer>")  # fmt: skip
    html = (f'<!doctype html>\n<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-NZ"><head><meta http-'
            f'equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, '
            f'initial-scale=1">\n<!-- This is Squarespace. --><!-- {ascii_slug(doc.organisation)} -->\n<base href="">'
            f'<meta charset="utf-8"><title>{title} &mdash; {escape(doc.organisation)}</title><link rel="canonical" '
            f'href="https://www.{domain}/news/cyclone-recovery-update-{doc.number}"><meta property="og:site_name" '
            f'content="{escape(doc.organisation)}"><meta property="og:title" content="{title} &mdash; '
            f'{escape(doc.organisation)}"><meta property="og:type" content="article"><script>Static.SQUARESPACE_CONTEXT'
            f' = {{"website":{{"id":"{item}","siteTitle":"{escape(doc.organisation)}"}}}};</script></head><body id="'
            f'item-{item}" class="header-overlay-alignment-center tweak-blog-item-width-medium '
            'tweak-blog-item-alignment'
            '-center view-item collection-type-blog-basic-grid collection-layout-default mobile-style-available '
            'sqs-seven-one"><div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" '
            'class="header theme-col--primary"><div class="header-inner container--fluid"><div class="header-display-'
            'desktop"><div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-logo">'
            f'<a href="/" data-animation-role="header-element"><img src="//images.squarespace-cdn.com/content/v1/{item}'
            f'/logo.png?format=1500w" alt="{escape(doc.organisation)}"></a></div></div><div class="header-nav"><div '
            f'class="header-nav-wrapper"><nav class="header-nav-list">{nav}</nav></div></div></div><div class="header-'
            'actions header-actions--right"><div class="header-actions-action header-actions-action--cta"><a class="btn'
            ' btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/contact">Need help? '
            'Call us</a>'
            '</div></div></div></div></header><main id="page" class="container" role="main"><article class="sections" '
            'id="sections"><section data-test="page-section" class="page-section layout-engine-section"><div class="'
            f'content-wrapper"><div class="content"><article class="hentry author-{ascii_slug(AUTHORS[k])} post-type-'
            f'text article-index-{doc.number}" id="article-{item}" data-item-id="{item}"><div '
            'class="blog-item-wrapper">'
            '<div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large '
            f'p-name" data-content-field="title">{title}</h1></div><div class="blog-item-meta-wrapper"><div '
            'class="blog-'
            f'meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="{when:%Y-%m-%d}">'
            f'{when:%b} {when.day}</time></div><div class="blog-meta-item blog-meta-item--author"><a '
            'href="/news?author='
            f'{item[:8]}" class="blog-author">{AUTHORS[k]}</a></div><div class="blog-meta-item blog-meta-item--'
            'categories"><a href="/news?category=Cyclone+recovery" class="blog-categories">Cyclone recovery</a></div>'
            '</div></div><div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-layout-'
            f'label="Post Body" data-type="item"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="'
            f'item-{item}">{"".join(blocks)}</div></div></div><div class="blog-item-inner-wrapper"><div class="blog-'
            f'share-actions"><div class="sqs-share-buttons">{share}</div></div><section class="item-pagination item-'
            f'pagination--prev-next" data-collection-type="blog-basic-grid">{older}{newer}</section></div></div>'
            f"</article></div></div></section></article></main>{footer}</div></body></html>")  # fmt: skip
    return html.encode()


# ---------------------------------------------------------------- Wiki.js page from Git, German Freifunk

COORDS = (("Jonas", "0151 2345 6780"), ("Miriam", "0160 9876 5412"), ("Fabian", "0176 5533 2109"),
          ("Lea", "0157 4410 8826"))  # fmt: skip
SITES = ("Grundschule", "Feuerwache", "Turnhalle", "Pfarrheim", "Bauhof", "Rathaus", "Sportplatz", "Kita St. Josef")
STATUS = ("online", "online", "online", "offline (Strom)", "online", "Akku")


def md_wikijs_de(doc: Doc) -> bytes:
    """The community's situation page as Wiki.js writes it to its Git repository."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = NOTWLAN.organisations.index(doc.organisation)
    slug = ascii_slug(doc.organisation).removeprefix("freifunk-")
    created = when - timedelta(days=1)
    out = ["<!--", f"title: Lagebericht {doc.number} – Notfall-WLAN Hochwasser",
           f"description: Stand {when.day}. {MONATE[when.month - 1]} {when.year}, 18 Uhr",
           "published: true", f"date: {when:%Y-%m-%d}T16:{h % 50 + 10}:{h % 49 + 10}.{h % 900 + 100}Z",
           "tags: hochwasser, notwlan, lagebericht", "editor: markdown",
           f"dateCreated: {created:%Y-%m-%d}T19:{h % 40 + 10}:{h % 47 + 11}.{h % 800 + 101}Z", "-->", "",
           "> **Hinweis:** Diese Seite ist öffentlich. Bitte keine Namen und Adressen von Betroffenen und keine "
           "Zugangsdaten eintragen!", "{.is-warning}", ""]  # fmt: skip
    for s in doc.sections:
        out += [f"# {s.heading}", ""]
        if s.key == "highlights":
            for it in s.items:
                out += [it.text, ""]
            continue
        for it in s.items:
            risk, lead, rest = parts(it, "de")
            out.append(f"- {risk} **{lead}** {rest}" if lead else f"- {it.text}")
        out.append("")
        if s.heading.startswith("Standorte"):
            out += ["| Standort | Knoten | Status | Clients (Spitze) |", "|---|---|---|---|"]
            for j in range(4 + h % 3):
                out.append(f"| {SITES[(k + j) % len(SITES)]} | ff-{slug[:3]}-{j + 1:02d} | {STATUS[(h >> j) % 6]} | "
                           f"{20 + (h >> j) % 180} |")  # fmt: skip
            out += ["", f"Karte mit allen Knoten: [map.ff-{slug}.de](https://map.ff-{slug}.de/#!/de/map)", ""]
        if s.heading.startswith("Richtfunk"):
            out += [f"![Richtfunkantenne auf dem Dach der {SITES[k]}](/notwlan/bilder/richtfunk-{ascii_slug(SITES[k])}"
                    f".jpg =500x)", ""]  # fmt: skip
    name, tel = COORDS[(k + doc.number) % 4]
    out += [f"> Fragen und Meldungen bitte in den Matrix-Raum [#notwlan:ff-{slug}.de](https://matrix.to/#/#notwlan:"
            f"ff-{slug}.de) oder an die Koordination des Tages: {name}, {tel}", "{.is-info}", ""]  # fmt: skip
    return "\n".join(out).encode()
