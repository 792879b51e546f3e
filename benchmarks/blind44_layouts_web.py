"""Web, Markdown and plain-text writers of the ``blind44_layouts`` set.

A Hawaiian homestead community association's weekly update after a Kona storm, in Hawaiian, as a post of its Weebly
blog saved from the browser: Weebly's header and menu (its strings in English), the blog post's ``h2.blog-title`` and
date "1/19/2026", the body as Weebly's editor keeps it — the greeting and each section's points inside ``<div
class="paragraph">`` blocks, the summary as lines broken by ``<br />`` in one such block, the other points in a
``<ul>`` inside the block, "Nā hana pale:" in ``<strong>`` inside a risk's point, each section a "Title" element
``<h2 class="wsite-content-title">`` —, a picture element with its caption under the damage, the closing block with
"Me ke aloha," and the association's name, the "0 Comments" link, the sidebar's "Archives", "Categories" and "RSS
Feed", and "Powered by Weebly". "$3,400", "$1.25 miliona", "1,250", "16 o Ianuali", "(hōʻike mua: 5)".

A French agglomeration community's heatwave situation page in its XWiki intranet, saved from Firefox: the Flamingo
skin's bar, the breadcrumb, the ``h1`` of the page, "Dernière modification par … le …", then the content: a warning
box "Diffusion restreinte …", the table of contents the ``{{toc/}}`` macro draws (every heading a link), each section
an ``h2`` with XWiki's generated id (``HSynthE8se``), the summary as paragraphs, the other points in ``<ul>``,
"Mesures :" in bold inside a risk's point, and the page's tabs "Commentaires", "Pièces jointes", "Historique",
"Informations" and the footer. "3 400 €", "1,25 M€", "1 250", "12 %", "16 juillet", "(point précédent : 5)".

A Tuscan Misericordia's flood update kept in the volunteers' Outline wiki and downloaded as Markdown: the document's
title as "# ", a ``:::info`` notice, each section an "## ", the summary as paragraphs, the other points after "* ",
"**Misure adottate:**" inside a risk's point, the empty paragraphs Outline keeps as lines of a lone backslash, a
mention of the coordinator as ``[@…](mention://…)``, a photo by Outline's attachment link and a checklist of the
day's tasks ("- [ ] …", the coordinator's, not the report's). "3.400 €", "1,25 milioni di €", "1.250", "16 novembre".

A Scottish island trust's storm update written in Google Docs and downloaded as plain text (File > Download > Plain
text): a byte order mark and CRLF, the title and subtitle as lines, "Prepared by … | …", each section's name a bare
line, the summary as paragraphs, the points after "* ", "What we're doing:" inside a risk's point, a reviewer's comment
marked "[a]" after the point it is on and printed at the end ("[a]… please check this figure"), and the contact line.
"£3,400", "£1.25m", "16 January", "(last update: 5)".
"""

from __future__ import annotations

import hashlib
import re
import zlib
from html import escape

from blind7_layouts_content import report_day
from blind44_layouts_banks_other import ALLUVIONE, CANICULE, ISLANDS
from blind44_layouts_content import IT_MONTHS, ascii_slug, parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- Weebly, Hawaiian homestead association

MENU = ("Home", "About", "Nā Hōʻike", "Kōkua", "Contact")


def html_weebly_blog_haw(doc: Doc) -> bytes:
    """The association's update as a Weebly blog post saved from the browser."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    ascii_slug(doc.organisation).replace("-", "")[:24]
    post = 8000000000000000 + h % 999999999
    title = f"Hōʻike Helu {doc.number} – Ka ʻino Kona"
    body = ['<div class="paragraph">Aloha mai kākou,<br /><br />Eia nā nūhou o kēia pule no ka ʻāina hoʻopulapula '
            "ma hope o ka ʻino Kona.</div>"]  # fmt: skip
    for s in doc.sections:
        body.append(f'<h2 class="wsite-content-title">{escape(s.heading)}</h2>')
        if s.key == "highlights":
            body.append(f'<div class="paragraph">{"<br />".join(escape(it.text) for it in s.items)}</div>')
        else:
            lis = []
            for it in s.items:
                risk, lead, rest = parts(it, "haw")
                inner = f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)
                lis.append(f"<li>{inner}</li>")
            body.append(f'<div class="paragraph"><ul>{"".join(lis)}</ul></div>')
        if s.key == "impacts":
            img = f"/uploads/{h % 9000 + 1000}/{when:%Y%m%d}-wai-kahe_orig.jpg"
            body.append(f'<div><div class="wsite-image wsite-image-border-none" style="padding-top:10px;padding-'
                        f'bottom:10px;margin-left:0;margin-right:0;text-align:center"><a><img src="{img}" '
                        'alt="Picture" '
                        'style="width:auto;max-width:100%"></a><div style="display:block;font-size:90%">Ka wai ma ke '
                        "alanui, ma mua o ka hoʻomaʻemaʻe ʻana</div></div></div>")  # fmt: skip
    body.append(f'<div class="paragraph">Me ke aloha,<br />{escape(doc.organisation)}</div>')
    nav = "".join(f'<li id="pg{h % 900 + i}"><a href="/{ascii_slug(m)}.html" class="wsite-menu-item">{m}</a></li>'
                  for i, m in enumerate(MENU))  # fmt: skip
    page = (f'<!DOCTYPE html>\n<html lang="en"><head><title>{escape(title)} - {escape(doc.organisation)}</title>'
            '<meta property="og:site_name" content="' + escape(doc.organisation) + '"><link rel="stylesheet" '
            'href="//cdn2.editmysite.com/css/sites.css?buildTime=1712345678" type="text/css"></head>\n'
            '<body class="no-header-page wsite-page-na-hoike wsite-theme-light"><div class="wrapper"><div '
            f'class="dusk-header"><div class="nav-wrap"><span class="wsite-logo"><a href="/"><span id="wsite-title">'
            f'{escape(doc.organisation)}</span></a></span><div class="nav desktop-nav"><ul class="wsite-menu-default">'
            f'{nav}</ul></div></div></div><div class="main-wrap"><div id="wsite-content" class="wsite-elements '
            f'wsite-not-footer"><div id="blogTable" class="blog-table"><div class="blog-body"><div '
            f'id="blog-post-{post}" class="blog-post"><div class="blog-header"><h2 class="blog-title">'
            f'<a class="blog-title-link blog-link" '
            f'href="/na-hoike/hoike-helu-{doc.number}">{escape(title)}</a></h2><p class="blog-date"><span '
            f'class="date-text">{when.month}/{when.day}/{when.year}</span></p></div><div class="blog-content">'
            f'{"".join(body)}</div><div class="blog-comments-bottom"><a class="blog-link" href="/na-hoike/hoike-helu-'
            f'{doc.number}#comments">0 Comments</a></div></div></div><div class="blog-sidebar">'
            '<div class="column-blog"><h2 class="wsite-content-title">Archives</h2>'
            '<div class="wsite-menu-wrap blog-archive-list"><a href="/na-'
            f'hoike/archives/{when:%m-%Y}">{when:%B %Y}</a></div><h2 class="wsite-content-title">Categories</h2><div '
            'class="blog-category-list"><a href="/na-hoike/category/all">All</a></div><div class="blog-feed-link"><a '
            'href="/1/feed">RSS Feed</a></div></div></div></div></div></div><div class="footer-wrap"><div class="'
            'wsite-footer"><a href="https://www.weebly.com/" class="link">Powered by Weebly</a></div></div></div>'
            "</body></html>\n")  # fmt: skip
    return page.encode()


# ---------------------------------------------------------------- XWiki saved from Firefox, French agglomeration

EDITORS = ("Claire Fabre", "Nicolas Roux", "Sophie Arnaud", "Julien Mercier")


def _xwiki_id(heading: str) -> str:
    return "H" + "".join(c if c.isascii() and c.isalnum() else f"{ord(c):X}" if ord(c) < 256 else "" for c in heading)


def html_xwiki_intranet_fr(doc: Doc) -> bytes:
    """The community's heatwave page in XWiki, saved from Firefox ("Page web, HTML uniquement")."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = CANICULE.organisations.index(doc.organisation)
    title = f"Point de situation n° {doc.number}"
    toc, content = [], []
    for s in doc.sections:
        hid = _xwiki_id(s.heading)
        toc.append(f'<li><span class="wikilink"><a href="#{hid}">{escape(s.heading)}</a></span></li>')
        content.append(f'<h2 id="{hid}" class="wikigeneratedid"><span>{escape(s.heading)}</span></h2>')
        if s.key == "highlights":
            content += [f"<p>{escape(it.text)}</p>" for it in s.items]
            continue
        lis = []
        for it in s.items:
            risk, lead, rest = parts(it, "fr")
            inner = f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)
            lis.append(f"<li>{inner}</li>")
        content.append(f"<ul>{''.join(lis)}</ul>")
    crumbs = ("Accueil", "Gestion de crise", f"Canicule {when.year}", title)
    bc = "".join(f'<li><a href="/xwiki/bin/view/{ascii_slug(c)}/">{escape(c)}</a></li>' for c in crumbs[:-1])
    stamp = f"{when:%Y/%m/%d} {17 + h % 3}:{h % 50 + 10}"
    page = ('<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" lang="fr" xml:lang="fr"><head><meta '
            f'charset="UTF-8"><title>{escape(title)} - Canicule {when.year} - XWiki</title><link rel="stylesheet" '
            'href="/xwiki/bin/skin/skins/flamingo/style.min.css"></head><body id="body" class="skin-flamingo '
            'wiki-xwiki viewbody hideleft"><div id="xwikimaincontainer"><header id="menuview">'
            '<nav class="navbar navbar-default '
            'actionmenu"><div class="navbar-header"><a class="navbar-brand" href="/xwiki/bin/view/Main/">'
            f'{escape(doc.organisation)} – Intranet</a></div><ul class="nav navbar-nav navbar-right"><li><a href="#">'
            f'Rechercher</a></li><li><a href="#">{EDITORS[(k + 1) % 4]}</a></li></ul></nav></header><div '
            f'id="mainContentArea"><div id="hierarchy"><ol class="breadcrumb breadcrumb-expandable">{bc}<li '
            f'class="active">{escape(title)}</li></ol></div><div id="document-title"><h1>{escape(title)}</h1>'
            f'</div><div class="xdocLastModification">Dernière modification par {EDITORS[k]} le {stamp}</div><hr><div '
            'id="xwikicontent"><div class="box warningmessage"><p>Diffusion restreinte : agents et élus de '
            "l'agglomération, préfecture et ARS.</p></div><div class=\"box\"><ul class=\"wikitoc\">"
            f'{"".join(toc)}</ul></div>{"".join(content)}</div><div id="docextrapanes"><div class="xwikitabbar"><ul>'
            '<li id="Commentstab"><a href="#">Commentaires <span class="itemCount">(0)</span></a></li><li '
            'id="Attachmentstab"><a href="#">Pièces jointes <span class="itemCount">(1)</span></a></li><li '
            'id="Historytab"><a href="#">Historique</a></li><li id="Informationtab"><a href="#">Informations</a></li>'
            '</ul></div></div></div><footer id="footerglobal"><div id="xwikilicence">Propulsé par XWiki 15.10.8'
            "</div></footer></div></body></html>\n")  # fmt: skip
    return page.encode()


# ---------------------------------------------------------------- Outline's Markdown export, Italian Misericordia

COORDINATORS = ("Giulia Benvenuti", "Marco Lenzi", "Sara Pacini", "Andrea Baldi")


def md_outline_export_it(doc: Doc) -> bytes:
    """The Misericordia's update as Outline downloads a document as Markdown."""
    when = report_day(doc)
    h = hashlib.sha1(doc.title.encode()).hexdigest()
    k = ALLUVIONE.organisations.index(doc.organisation)
    who = COORDINATORS[k]
    day = f"{when.day} {IT_MONTHS[when.month - 1]}"
    out = [f"# Aggiornamento n. {doc.number} – Alluvione – {doc.organisation}", "", ":::info",
           f"Documento per il COC e le Misericordie della zona. Aggiornato al {day} ore {16 + int(h[:2], 16) % 4}:00.",
           ":::", "", f"Referente: [@{who}](mention://{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}/user/"
           f"{h[32:40]})", "", "\\"]  # fmt: skip
    for s in doc.sections:
        out += [f"## {s.heading}", ""]
        for it in s.items:
            if s.key == "highlights":
                out += [it.text, ""]
                continue
            risk, lead, rest = parts(it, "it")
            out.append(f"* {risk} **{lead}** {rest}" if lead else f"* {it.text}")
        if s.key != "highlights":
            out.append("")
        if s.key == "impacts":
            out += [f"![Sede allagata](/api/attachments.redirect?id={h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-"
                    f"{h[20:32]} \"=640x480\")", ""]  # fmt: skip
        out += ["\\", ""]
    out += ["### Da fare oggi (coordinamento)", "", "- [ ] Aggiornare il foglio turni",
            "- [x] Inviare il report al COC", "- [ ] Controllare i mezzi fuoristrada", ""]  # fmt: skip
    return "\n".join(out).encode()


# ---------------------------------------------------------------- Google Docs as plain text, Scottish island trust

OFFICERS = ("Fiona MacLeod", "Alasdair MacNeill", "Catriona Morrison", "Ewan Galbraith")


def txt_gdocs_download_gb(doc: Doc) -> bytes:
    """The trust's update as Google Docs downloads a document as plain text, one comment included."""
    when = report_day(doc)
    k = ISLANDS.organisations.index(doc.organisation)
    lines = [f"Storm update {doc.number}", doc.organisation,
             f"Prepared by {OFFICERS[k]}, Development Officer | {when.day} {when:%B %Y}", ""]  # fmt: skip
    marked = False
    for s in doc.sections:
        lines.append(s.heading)
        for it in s.items:
            if s.key == "highlights":
                lines.append(it.text)
                continue
            risk, lead, rest = parts(it, "gb")
            line = f"* {risk} {lead} {rest}" if lead else f"* {it.text}"
            if not marked and re.search(r"\d", it.text) and s.key != "risks":
                line, marked = line + "[a]", True
            lines.append(line)
        lines.append("")
    lines.append(f"Contact: {OFFICERS[k]} – 07{zlib.crc32(doc.title.encode()) % 900000000 + 100000000}")
    if marked:
        lines += ["", f"[a]@{OFFICERS[(k + 1) % 4].split()[0].lower()}@{ascii_slug(doc.organisation)[:12]}.org.uk "
                  "please check this figure with the council before it goes out"]  # fmt: skip
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode()
