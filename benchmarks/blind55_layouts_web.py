"""Web writers of the ``blind55_layouts`` set: an Icelandic heating utility's news article on a hot-water outage as
its Next.js site renders it from Contentful, and an Alberta school division's wildfire update as a Smore newsletter;
each saved from the browser.

An Icelandic heating utility while a break in its main pipeline leaves the town without hot water in a frost: the
"Staða mála vegna heitavatnsleysis – uppfærsla 3" posted in the news of the utility's site, a Next.js application
whose pages are rendered from entries in the headless CMS Contentful, as the browser saves it: Next.js's ``<head>``
with its preloads and chunks, "Fara beint í efni", the header with the logo, the menu ("Heimili", "Fyrirtæki",
"Framkvæmdir", "Fréttir", "Um okkur"), "Leit", "English" and "Mínar síður", the site-wide alert band on the outage,
the breadcrumb, the date, the ``<h1>``, the intro, the picture from Contentful's image API through ``/_next/image``
with its caption, then the body as Contentful's rich-text renderer writes it — ``<h2>`` sections, the summary as
paragraphs, each list item's text in a ``<p>`` inside its ``<li>`` —, "Viðbrögð:" in bold, "Deila", "Fleiri
fréttir", the footer with the address, "Kennitala", the telephone and opening hours, and at the end the page's
``__NEXT_DATA__``: the same article as JSON, the rich-text document with its nodes and marks.
"340 millj. kr.", "1,25 ma.kr.", "1.250", "12%", "16. febrúar", "(síðasta uppfærsla: 5)".

An Alberta school division while a wildfire keeps its community evacuated: the superintendent's "Wildfire Update
#3" to families as a newsletter built in Smore (the newsletter tool many schools and districts send their updates
with) and opened from its link: Smore's bar with "Translate", "Share" and "Print", the newsletter's cover block with
the division's logo, title, date and a picture, a text block of welcome ("Dear families,"), one block per section
with the block's title over its rich text, the summary as paragraphs, the other points a list, "What we're doing:"
in bold, the superintendent's sign-off block, the contact block (address, telephone, e-mail, website), the
"Follow" block, the view counter and "Created with Smore". "$340,000", "$1.25 million", "1,250", "May 16",
"(last update: 5)".
"""

from __future__ import annotations

import json
import zlib
from html import escape

from blind7_layouts_content import report_day
from blind55_layouts_banks_away import HITAVEITA
from blind55_layouts_banks_home import WILDFIRE
from blind55_layouts_content import MANUDIR, US, parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- an Icelandic heating utility's Next.js article

VEITUR = (("hsveitur.is", "Brekkustíg 36, 260 Reykjanesbæ", "422 5200", "431208-0590", "Reykjanesbæ"),
          ("no.is", "Rangárvöllum, 603 Akureyri", "460 1300", "550978-0169", "Akureyri"),
          ("selfossveitur.is", "Austurvegi 67, 800 Selfossi", "480 1500", "420269-1299", "Selfossi"),
          ("ov.is", "Stakkanesi 1, 400 Ísafirði", "450 3211", "660277-0119", "Ísafirði"))  # fmt: skip


def _text(value: str, bold: bool = False) -> dict:
    return {"nodeType": "text", "value": value, "marks": [{"type": "bold"}] if bold else [], "data": {}}


def _para(nodes: list[dict]) -> dict:
    return {"nodeType": "paragraph", "data": {}, "content": nodes}


def _rich(doc: Doc) -> tuple[list[str], dict]:
    """The article's body as Contentful's renderer writes it, and the rich-text document it is rendered from."""
    html, nodes = [], []
    for s in doc.sections:
        html.append(f"<h2>{escape(s.heading)}</h2>")
        nodes.append({"nodeType": "heading-2", "data": {}, "content": [_text(s.heading)]})
        if s.key == "highlights":
            html += [f"<p>{escape(it.text)}</p>" for it in s.items]
            nodes += [_para([_text(it.text)]) for it in s.items]
            continue
        lis, items = [], []
        for it in s.items:
            risk, lead, rest = parts(it, "is")
            if lead:
                lis.append(f"<li><p>{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}</p></li>")
                run = [_text(f"{risk} "), _text(lead, bold=True), _text(f" {rest}")]
            else:
                lis.append(f"<li><p>{escape(it.text)}</p></li>")
                run = [_text(it.text)]
            items.append({"nodeType": "list-item", "data": {}, "content": [_para(run)]})
        html.append("<ul>" + "".join(lis) + "</ul>")
        nodes.append({"nodeType": "unordered-list", "data": {}, "content": items})
    return html, {"nodeType": "document", "data": {}, "content": nodes}


def html_nextjs_contentful_frett_hitaveita_is(doc: Doc) -> bytes:
    """The heating utility's news article on the outage as its Next.js site renders it, saved from the browser."""
    when = report_day(doc)
    domain, address, phone, kennitala, _ = VEITUR[HITAVEITA.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day}. {MANUDIR[when.month - 1]} {when.year}"
    title = f"Staða mála vegna heitavatnsleysis – uppfærsla {doc.number}"
    slug = f"stada-mala-vegna-heitavatnsleysis-uppfaersla-{doc.number}"
    intro = ("Hér eru nýjustu upplýsingar um heitavatnsleysið, viðgerðina á stofnlögninni og það sem íbúar á "
             "veitusvæðinu þurfa að vita. Upplýsingarnar eru uppfærðar daglega.")  # fmt: skip
    caption = f"Viðgerðarmenn að störfum við stofnlögnina. Mynd: {doc.organisation}"
    body, rich = _rich(doc)
    build = f"{h:08x}"[:8] + "kQ2v"
    image = f"https://images.ctfassets.net/{h % 9_000_000:07x}zq/{h:x}/viðgerð-{doc.number}.jpg"
    data = {
        "props": {"pageProps": {"article": {
            "sys": {"id": f"{h:x}Xa", "type": "Entry", "contentType": {"sys": {"id": "newsArticle"}},
                    "createdAt": f"{when:%Y-%m-%d}T15:{h % 50 + 10}:00.000Z", "locale": "is-IS"},
            "fields": {"title": title, "slug": slug, "date": f"{when:%Y-%m-%d}", "intro": intro,
                       "image": {"fields": {"title": caption, "file": {"url": image.removeprefix("https:"),
                                                                      "contentType": "image/jpeg"}}},
                       "body": rich, "tags": ["Heitavatnsleysi", "Tilkynningar"]}},
            "alert": {"text": "Heitavatnslaust er á hluta veitusvæðisins. Fylgist með uppfærslum hér á vefnum.",
                      "link": f"/frettir/{slug}"},
            "locale": "is"}, "__N_SSG": True},
        "page": "/frettir/[slug]", "query": {"slug": slug}, "buildId": build, "isFallback": False, "gsp": True,
        "locale": "is", "locales": ["is", "en"], "defaultLocale": "is", "scriptLoader": [],
    }  # fmt: skip
    blob = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    blob = blob.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    menu = "".join(f'<li class="Menu_item__Tq1sV"><a href="/{p.lower().replace("é", "e").replace("æ", "ae")}">{p}</a>'
                   "</li>" for p in ("Heimili", "Fyrirtæki", "Framkvæmdir", "Fréttir", "Um okkur"))  # fmt: skip
    others = ("Lokun vegna viðhalds í dreifikerfi", "Nýr vefur tekinn í notkun", "Ársskýrsla 2025 komin út")
    more = "".join(
        f'<li><a href="/frettir/{h % 97 + n}"><span class="NewsCard_date__k3Bd2">{day}</span>'
        f'<span class="NewsCard_title__Pq9sL">{t}</span></a></li>'
        for n, t in enumerate(others)
    )
    chunks = "".join(f'<script src="/_next/static/chunks/{name}-{(h >> (4 * n)) % 0xFFFFFF:06x}.js" defer="">'
                     "</script>" for n, name in enumerate(("framework", "main", "pages/_app")))  # fmt: skip
    html = f"""<!DOCTYPE html><html lang="is"><head><meta charSet="utf-8"/><meta name="viewport" \
content="width=device-width, initial-scale=1"/><title>{escape(title)} | {escape(doc.organisation)}</title>\
<meta name="description" content="{escape(intro)}"/><meta property="og:title" content="{escape(title)}"/>\
<meta property="og:image" content="{image}?w=1200&amp;h=630&amp;fit=fill"/><meta name="next-head-count" content="6"/>\
<link rel="preload" href="/_next/static/media/{h % 0xFFFFF:05x}-s.p.woff2" as="font" type="font/woff2" \
crossorigin="anonymous" data-next-font="size-adjust"/><link rel="preload" href="/_next/static/css/{build}.css" \
as="style"/><link rel="stylesheet" href="/_next/static/css/{build}.css" data-n-g=""/><noscript data-n-css="">\
</noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>{chunks}\
</head><body><div id="__next"><a class="SkipLink_skip__Xy2aT" href="#main">Fara beint í efni</a>
<header class="Header_header__r5XkP"><div class="Header_inner__hL0Qc"><a class="Header_logo__Bn7wE" href="/" \
aria-label="{escape(doc.organisation)} – forsíða"><svg width="148" height="36" viewBox="0 0 148 36" role="img">\
<title>{escape(doc.organisation)}</title><circle cx="18" cy="18" r="16" fill="#e2231a"/></svg></a>
<nav class="Menu_menu__W0a1x" aria-label="Aðalvalmynd"><ul class="Menu_list__Kz8dE">{menu}</ul></nav>
<div class="Header_tools__m2Vx9"><button type="button" class="Search_button__Gx3Lw" aria-label="Leit">Leit</button>\
<a href="/en" lang="en">English</a><a class="Button_button__ZQ1fA" href="https://minarsidur.{domain}">Mínar síður</a>\
</div></div></header>
<div class="Alert_alert__Vf2qP" role="status"><div class="Alert_inner__Q9rTs"><strong>Heitavatnslaust</strong> \
<span>Heitavatnslaust er á hluta veitusvæðisins. Fylgist með uppfærslum hér á vefnum.</span> <a href="/frettir/\
{slug}">Nánar</a></div></div>
<main id="main" class="Layout_main__Ye6wN"><nav class="Breadcrumbs_crumbs__a8KtL" aria-label="Brauðmolar"><ol>\
<li><a href="/">Forsíða</a></li><li><a href="/frettir">Fréttir</a></li></ol></nav>
<article class="NewsArticle_article__Dm4Hs"><p class="NewsArticle_date__p0Ozc"><time dateTime="{when:%Y-%m-%d}">\
{day}</time></p><h1 class="NewsArticle_title__uT3fV">{escape(title)}</h1><p class="NewsArticle_intro__Ru8Lb">\
{escape(intro)}</p>
<figure class="NewsArticle_figure__Jc2Qe"><img alt="{escape(caption)}" loading="lazy" width="1600" height="900" \
decoding="async" data-nimg="1" style="color:transparent" srcSet="/_next/image?url={image}&amp;w=1920&amp;q=75 1x" \
src="/_next/image?url={image}&amp;w=1920&amp;q=75"/><figcaption>{escape(caption)}</figcaption></figure>
<div class="RichText_richText__Hk2Zq">{"".join(body)}</div>
<div class="Share_share__v1QwE"><span>Deila:</span><a href="https://www.facebook.com/sharer/sharer.php?u=https://www.\
{domain}/frettir/{slug}" aria-label="Deila á Facebook">Facebook</a><a href="mailto:?subject={escape(title)}" \
aria-label="Senda í tölvupósti">Tölvupóstur</a></div></article>
<aside class="MoreNews_more__t6Lhc"><h2 class="MoreNews_title__d4PpS">Fleiri fréttir</h2><ul>{more}</ul>\
<a href="/frettir">Allar fréttir</a></aside></main>
<footer class="Footer_footer__Nn1Jx"><div class="Footer_inner__a2Qqx"><div><strong>{escape(doc.organisation)}</strong>\
<p>{address}</p><p>Kennitala: {kennitala}</p></div><div><p>Sími: {phone}</p><p>Netfang: <a href="mailto:\
{domain.split(".")[0]}@{domain}">{domain.split(".")[0]}@{domain}</a></p><p>Afgreiðsla opin virka daga kl. 8–16</p>\
</div><div><a href="https://www.facebook.com/{domain.split(".")[0]}">Facebook</a><a href="/personuvernd">\
Persónuvernd</a></div></div></footer></div>
<script id="__NEXT_DATA__" type="application/json">{blob}</script></body></html>"""
    return html.encode()


# ---------------------------------------------------------------- an Alberta school division's Smore newsletter

DIVISIONS = (("fmpsd", "Fort McMurray", "Sarah Chen", "231 Hardin Street, Fort McMurray, AB T9H 2G2", "780-799-7900",
              "fmpsd.ab.ca"),
             ("gppsd", "Grande Prairie", "Mark Olsen", "10127 120 Avenue, Grande Prairie, AB T8V 8H8",
              "780-532-4491", "gppsd.ab.ca"),
             ("pwpsd", "Peace Wapiti", "Laura Fehr", "8611A 108 Street, Grande Prairie, AB T8V 4C5", "780-532-8133",
              "pwpsd.ca"),
             ("fvsd", "Fort Vermilion", "Daniel Auger", "5213 River Road, Fort Vermilion, AB T0H 1N0",
              "780-927-3766", "fvsd.ab.ca"))  # fmt: skip


def _block(kind: str, inner: str, h: int, n: int) -> str:
    return (
        f'<div class="block block-{kind}" id="block-{(h >> (n % 20)) % 90_000_000 + 10_000_000}" '
        f'data-block-type="{kind}"><div class="block-inner">{inner}</div></div>'
    )


def _smore_text(s) -> str:
    if s.key == "highlights":
        return "".join(f"<p>{escape(it.text)}</p>" for it in s.items)
    out = []
    for it in s.items:
        risk, lead, rest = parts(it, "ab")
        out.append(f"<li>{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}</li>" if lead else
                   f"<li>{escape(it.text)}</li>")  # fmt: skip
    return "<ul>" + "".join(out) + "</ul>"


def html_smore_newsletter_wildfire_ab(doc: Doc) -> bytes:
    """The school division's wildfire update as its Smore newsletter, saved from the browser."""
    when = report_day(doc)
    slug, place, superintendent, address, phone, domain = DIVISIONS[WILDFIRE.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{US[when.month - 1]} {when.day}, {when.year}"
    title = f"Wildfire Update #{doc.number}"
    code = "".join("abcdefghjkmnpqrstuvwxyz"[(h >> (3 * n)) % 23] for n in range(5))
    blocks = [
        _block(
            "title",
            f'<div class="logo"><img src="https://cdn.smore.com/u/{h % 0xFFFF:04x}/{slug}-logo.png" '
            f'alt="{escape(doc.organisation)}"></div><h1 class="title">{title}</h1><h2 class="subtitle">'
            f'{escape(doc.organisation)}</h2><div class="date">{day}</div>',
            h,
            0,
        ),
        _block(
            "picture",
            f'<img src="https://cdn.smore.com/u/{h % 0xFFFF:04x}/wildfire-{doc.number}.jpg" alt="">'
            f'<div class="caption">Smoke over {place}, {US[when.month - 1]} {when.day}</div>',
            h,
            1,
        ),
        _block(
            "text",
            '<div class="text"><p>Dear families,</p><p>Here is the latest on the wildfire and what it '
            "means for our students and schools. Please read it and share it with anyone from our school "
            "community who may not be receiving our messages.</p></div>",
            h,
            2,
        ),
    ]
    for n, s in enumerate(doc.sections, 3):
        blocks.append(_block("text", f'<h2 class="block-title">{escape(s.heading)}</h2><div class="text">'
                                     f"{_smore_text(s)}</div>", h, n))  # fmt: skip
    blocks += [
        _block(
            "text",
            f'<div class="text"><p>Take care of yourselves and each other.</p><p>{superintendent}<br>'
            "Superintendent of Schools</p></div>",
            h,
            20,
        ),
        _block(
            "contact",
            f'<h2 class="block-title">{escape(doc.organisation)}</h2><div class="contact-item '
            f'address">{address}</div><div class="contact-item phone"><a href="tel:{phone}">{phone}'
            f'</a></div><div class="contact-item email"><a href="mailto:info@{domain}">info@{domain}'
            f'</a></div><div class="contact-item website"><a href="https://www.{domain}">'
            f"{domain}</a></div>",
            h,
            21,
        ),
        _block(
            "social",
            '<h2 class="block-title">Follow</h2><a class="social facebook" href="https://facebook.com/'
            f'{slug}">Facebook</a><a class="social instagram" href="https://instagram.com/{slug}">'
            "Instagram</a>",
            h,
            22,
        ),
    ]
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | Smore Newsletters</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="{title}">
<meta property="og:description" content="{escape(doc.organisation)}"><meta property="og:site_name" content="Smore">
<link rel="stylesheet" href="https://www.smore.com/static/flyer-viewer.{h % 0xFFFFFF:06x}.css"></head>
<body class="flyer-page theme-clean"><div id="flyer-bar" class="flyer-bar"><a class="smore-logo" \
href="https://www.smore.com">Smore</a><div class="bar-actions"><button class="translate-button">Translate</button>\
<button class="share-button">Share</button><button class="print-button">Print</button></div></div>
<div id="flyer" class="flyer" data-flyer-id="{code}"><div class="flyer-inner">
{chr(10).join(blocks)}
</div></div>
<div class="flyer-footer"><div class="views">{h % 2000 + 300} views</div><a class="created-with" \
href="https://www.smore.com/?ref=flyer">Created with Smore</a><a class="report" href="https://www.smore.com/report/\
{code}">Report abuse</a></div>
<script src="https://www.smore.com/static/flyer-viewer.{h % 0xFFFFFF:06x}.js"></script></body></html>"""
    return html.encode()
