"""Web writers of the ``blind30_layouts`` set.

A space weather operations centre's geomagnetic storm bulletin, written by the duty forecaster in AsciiDoc in the
centre's bulletin repository and published as the HTML that Asciidoctor makes with its default stylesheet (``:toc:
left``, ``:sectnums:``, ``:icons: font`` off): the ``<meta name="generator" content="Asciidoctor 2.0.23">`` head and
the embedded default stylesheet, ``div#header`` with the ``<h1>`` title and ``div.details`` (author, e-mail,
revision number, date and remark), the table of contents ``div#toc.toc2`` with every section's numbered link, the
preamble — an IMPORTANT admonition (handling) and a ``dlist`` of the storm's level, the next bulletin and the duty
forecaster —, each section a ``div.sect1`` with its ``<h2 id="_…">`` numbered by Asciidoctor ("2. Solar and
geomagnetic activity"), the points in ``div.ulist`` (each ``<li><p>``), the forecast in ``div.paragraph`` paragraphs,
"<strong>Mitigation:</strong>" inside a risk's point, a ``tableblock`` of the day's indices under its "Table 1."
caption and an ``imageblock`` with its "Figure 1." title, and ``div#footer`` with the version and "Last updated".

A Canadian First Nation's wildfire evacuation update on its Wix website, saved from the browser: Wix's head (the
generator meta, scripts and the site's font CSS), the "top of page" and "bottom of page" anchors, the header (the
Nation's logo and name and the menu), then the page as Wix's editor leaves it, each block a ``wixui-rich-text`` element
(``data-testid="richTextElement"``): the page title in ``<h2 class="font_2">``, the posted line, the greeting in Cree or
Dene and the sentence from Chief and Council, each section in its own text box — its heading an ``<h5 class="font_5">``
in a bold span, the points ``<ul class="font_8">`` with a ``<p>`` in every ``<li>``, the recovery and re-entry section
as paragraphs, "What we are doing:" bold inside a risk's point, an empty paragraph holding a zero-width space under it
—, a fire map image, the "Register with the Red Cross" and "Evacuee hotline" buttons, the footer with the Nation's
address and "Proudly created with Wix.com". "$3,400", "$1.25 million", "May 31", "(last update: 5)".
"""

from __future__ import annotations

import re
import zlib
from html import escape

from blind7_layouts_content import report_day
from blind30_layouts_content import parts, slug
from council_layouts_gold import Doc

# ---------------------------------------------------------------- Asciidoctor HTML

FORECASTERS = {"Albion": "Rachel Simms", "North Atlantic": "Conor Haughey", "Caledonian": "Fiona Baird",
               "Pennine": "Imran Chaudhry"}  # fmt: skip
CSS = ("/*! Asciidoctor default stylesheet | MIT License | https://asciidoctor.org */\n"
       "html{font-family:sans-serif}body{margin:0}#header,#content,#footnotes,#footer{width:100%;margin:0 auto;"
       "max-width:62.5em}#toc.toc2{position:fixed;width:15em;left:0;top:0;border-right:1px solid #e7e7e9;"
       "height:100%;overflow:auto}h1,h2,h3{font-family:\"Open Sans\",\"DejaVu Sans\",sans-serif;color:#ba3925}"
       ".admonitionblock td.icon .title{font-weight:bold;text-transform:uppercase}")  # fmt: skip


def _kp(doc: Doc, h: int) -> int:
    """The day's highest Kp, as an item says it, for the indices table."""
    said = [re.search(r"reached (\d)", it.text) for s in doc.sections for it in s.items if "Kp index" in it.text]
    return int(said[0].group(1)) if said and said[0] else 5 + h % 4


def html_asciidoctor_spacewx_gb(doc: Doc) -> bytes:
    """The storm bulletin as Asciidoctor renders the forecaster's AsciiDoc."""
    when = report_day(doc)
    duty = next(v for k, v in FORECASTERS.items() if doc.organisation.startswith(k))
    title = f"Geomagnetic storm bulletin {doc.number}"
    email = f"duty.forecaster@{slug(doc.organisation.split()[0])}-swoc.example.gov.uk"
    names = [s.heading.split(". ", 1)[-1] for s in doc.sections]  # the number is Asciidoctor's :sectnums:
    ids = ["_" + "_".join(slug(name).split("-")) for name in names]
    toc = "".join(f'<li><a href="#{i}">{escape(s.heading)}</a></li>' for i, s in zip(ids, doc.sections, strict=True))
    h = zlib.crc32(doc.title.encode())
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="UTF-8">',
           '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
           '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
           '<meta name="generator" content="Asciidoctor 2.0.23">', f'<meta name="author" content="{duty}">',
           f"<title>{escape(title)}</title>",
           '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Open+Sans:300,300italic,400,'
           '400italic,600,600italic%7CNoto+Serif:400,400italic,700,700italic%7CDroid+Sans+Mono:400,700">',
           f"<style>\n{CSS}\n</style>", "</head>", '<body class="article toc2 toc-left">', '<div id="header">',
           f"<h1>{escape(title)}</h1>", '<div class="details">',
           f'<span id="author" class="author">{duty}</span><br>',
           f'<span id="email" class="email"><a href="mailto:{email}">{email}</a></span><br>',
           f'<span id="revnumber">version {doc.number},</span>', f'<span id="revdate">{when:%Y-%m-%d}</span>',
           f'<br><span id="revremark">Issued 06:00 UTC by the {escape(doc.organisation)}</span>', "</div>",
           '<div id="toc" class="toc2">', '<div id="toctitle">Table of Contents</div>',
           f'<ul class="sectlevel1">{toc}</ul>', "</div>", "</div>", '<div id="content">', '<div id="preamble">',
           '<div class="sectionbody">', '<div class="admonitionblock important">', "<table>", "<tr>",
           '<td class="icon">', '<div class="title">Important</div>', "</td>", '<td class="content">',
           "OFFICIAL. For government departments and infrastructure operators; not for onward release.", "</td>",
           "</tr>", "</table>", "</div>", '<div class="dlist">', "<dl>",
           '<dt class="hdlist1">Storm level</dt>', "<dd>", "<p>G4 (severe)</p>", "</dd>",
           '<dt class="hdlist1">Next bulletin</dt>', "<dd>", "<p>06:00 UTC tomorrow</p>", "</dd>",
           '<dt class="hdlist1">Duty forecaster</dt>', "<dd>", f"<p>{duty}</p>", "</dd>", "</dl>", "</div>",
           "</div>", "</div>"]  # fmt: skip
    for anchor, s in zip(ids, doc.sections, strict=True):
        out += ['<div class="sect1">', f'<h2 id="{anchor}">{escape(s.heading)}</h2>', '<div class="sectionbody">']
        if s.key == "situation":
            out += ['<table class="tableblock frame-all grid-all stretch">',
                    "<caption class=\"title\">Table 1. Observed indices, last 24 hours</caption>",
                    '<colgroup><col style="width: 50%;"><col style="width: 50%;"></colgroup>', "<thead><tr>",
                    '<th class="tableblock halign-left valign-top">Index</th>',
                    '<th class="tableblock halign-left valign-top">Maximum</th>', "</tr></thead>", "<tbody>",
                    *[f'<tr><td class="tableblock halign-left valign-top"><p class="tableblock">{a}</p></td><td '
                      f'class="tableblock halign-left valign-top"><p class="tableblock">{b}</p></td></tr>'
                      for a, b in (("Kp", _kp(doc, h)), ("Dst (nT)", -120 - h % 200), ("Bz (nT)", -10 - h % 30))],
                    "</tbody>", "</table>"]  # fmt: skip
        if s.key == "forecast":  # written as paragraphs
            out += [f'<div class="paragraph">\n<p>{escape(it.text)}</p>\n</div>' for it in s.items]
        else:
            out += ['<div class="ulist">', "<ul>"]
            for it in s.items:
                risk, lead, rest = parts(it, "space")
                inner = f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)
                out += ["<li>", f"<p>{inner}</p>", "</li>"]
            out += ["</ul>", "</div>"]
        if s.key == "forecast":
            out += ['<div class="imageblock">', '<div class="content">',
                    f'<img src="images/kp-forecast-{when:%Y%m%d}.png" alt="Kp forecast for the next three days" '
                    'width="640">', "</div>", '<div class="title">Figure 1. Kp forecast, next 72 hours</div>',
                    "</div>"]  # fmt: skip
        out += ["</div>", "</div>"]
    out += ["</div>", '<div id="footer">', '<div id="footer-text">', f"Version {doc.number}<br>",
            f"Last updated {when:%Y-%m-%d} 06:{h % 50 + 5:02d}:{h % 60:02d} +0100", "</div>", "</div>", "</body>",
            "</html>"]  # fmt: skip
    return "\n".join(out).encode("utf-8")


# ---------------------------------------------------------------- Wix page of a First Nation

NATIONS = {"Kinosao": ("Tânisi", "PO Box 120, Kinosao Lake, MB R0B 0X0", "(204) 555-0100"),
           "Spruce River": ("Tânisi", "General Delivery, Spruce River, SK S0J 2K0", "(306) 555-0161"),
           "Wapiti Hills": ("Edlánet'é", "PO Box 9, Wapiti Hills, AB T0H 3N0", "(780) 555-0123"),
           "Eagle Narrows": ("Boozhoo", "PO Box 40, Eagle Narrows, ON P0V 1X0", "(807) 555-0187")}  # fmt: skip
PARAGRAPHS = ("Recovery and re-entry",)
MENU = ("Home", "Chief & Council", "Departments", "Wildfire Updates", "Members", "Contact")
RICH = 'class="wixui-rich-text__text"'
ZWSP = "\u200b"


def _box(comp: str, inner: list[str]) -> str:
    return (
        f'<div id="comp-{comp}" class="HcOXKn SxM0TO QxJLC3 comp-{comp} wixui-rich-text" '
        f'data-testid="richTextElement">{"".join(inner)}</div>'
    )


def _p(text: str, font: int = 8) -> str:
    return f'<p class="font_{font} wixui-rich-text__text"><span {RICH}>{text}</span></p>'


def html_wix_first_nation_ca(doc: Doc) -> bytes:
    """The evacuation update as the Nation's Wix page is saved from the browser."""
    when = report_day(doc)
    greeting, address, phone = next(v for k, v in NATIONS.items() if doc.organisation.startswith(k))
    h = zlib.crc32(doc.title.encode())
    site = f"https://{slug(doc.organisation).replace('-', '')}.wixsite.com/home"
    comp = lambda k: f"l{(h + 7919 * k) % 36**6:x}"  # noqa: E731
    title = f"Wildfire Evacuation Update #{doc.number}"
    boxes = [_box(comp(0), [f'<h2 class="font_2 wixui-rich-text__text"><span {RICH}>{escape(title)}</span></h2>',
                            _p(f"Posted {when:%B} {when.day}, {when.year} at 6:00 p.m.", 9)]),
             _box(comp(1), [_p(f"{greeting} relatives,"),
                            _p("Here is the latest update from Chief and Council and our Emergency Operations "
                               "Centre.")])]  # fmt: skip
    for k, s in enumerate(doc.sections, start=2):
        inner = [
            f'<h5 class="font_5 wixui-rich-text__text"><span style="font-weight:bold;" {RICH}>'
            f"{escape(s.heading)}</span></h5>"
        ]
        paragraphs = s.heading in PARAGRAPHS
        items = []
        for it in s.items:
            risk, lead, rest = parts(it, "nation")
            text = (f"{escape(risk)} <span style=\"font-weight:bold;\" {RICH}>{escape(lead)}</span> {escape(rest)}"
                    if lead else escape(it.text))  # fmt: skip
            items.append(_p(text) if paragraphs else f"<li {RICH}>{_p(text)}</li>")
        inner += items if paragraphs else [f'<ul class="font_8 wixui-rich-text__text">{"".join(items)}</ul>']
        inner.append(_p(ZWSP))
        boxes.append(_box(comp(k), inner))
        if s.key == "situation":
            boxes.append(
                f'<div id="comp-{comp(50 + k)}" class="j7pOnl"><wow-image><img src="https://static.'
                f'wixstatic.com/media/{h:x}_fire_map~mv2.jpg" alt="Fire perimeter map, {when:%B} '
                f'{when.day}" style="width:600px;height:400px;object-fit:cover"></wow-image></div>'
            )
    buttons = ['<a data-testid="linkElement" href="https://www.redcross.ca/" class="uDW_Qe wixui-button" '
               'aria-label="Register with the Red Cross"><span class="l7_2fn wixui-button__label">Register with '
               "the Red Cross</span></a>",
               '<a data-testid="linkElement" href="tel:18005550142" class="uDW_Qe wixui-button" aria-label="Evacuee '
               'hotline 1-800-555-0142"><span class="l7_2fn wixui-button__label">Evacuee hotline 1-800-555-0142'
               "</span></a>"]  # fmt: skip
    menu = "".join(f'<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="{site}/'
                   f'{slug(m)}"><p class="StylableHorizontalMenu3372578893__label">{escape(m)}</p></a></li>'
                   for m in MENU)  # fmt: skip
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           '<meta name="generator" content="Wix.com Website Builder"/>',
           f"<title>{escape(title)} | {escape(doc.organisation)}</title>",
           f'<link rel="canonical" href="{site}/wildfire-updates"/>',
           '<script type="application/json" id="wix-viewer-model">{"site":{"isResponsive":false,"siteRevision":'
           f'{30 + doc.number}}},"language":{{"userLanguage":"en"}}}}</script>',
           "<script>window.fedops = {};window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model')"
           ".textContent);</script>",
           '<style>.font_2{font:normal normal bold 34px/1.4em raleway,sans-serif;color:#2F2E2E}.font_5{font:normal '
           "normal bold 22px/1.4em raleway,sans-serif}.font_8{font:normal normal normal 16px/1.6em "
           "avenir-lt-w01_35-light1475496,sans-serif}</style></head>",
           '<body><div id="SITE_CONTAINER"><div id="main_MF">',
           '<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" role="region" tabindex="-1" aria-label="top of page">'
           '<span class="mHZSwn">top of page</span></div>', '<div id="site-root"><div id="masterPage">',
           '<header id="SITE_HEADER" class="xU8fqS" tabindex="-1"><div class="header-inner">',
           f'<div id="comp-logo"><wow-image><img alt="{escape(doc.organisation)} logo" src="https://static.'
           f'wixstatic.com/media/{h % 99999:x}_logo~mv2.png"></wow-image></div>',
           _box("title01", [_p(escape(doc.organisation), 0)]),
           f'<nav id="comp-menu" aria-label="Site"><ul class="StylableHorizontalMenu3372578893__menu">{menu}</ul>'
           "</nav></div></header>",
           '<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div class="JsJXaX"><section '
           f'id="comp-{comp(99)}" class="wixui-section"><div data-testid="columns">', *boxes, *buttons,
           "</div></section></div></div></main>",
           '<footer id="SITE_FOOTER" class="wixui-footer"><div class="footer-inner">',
           _box("foot01", [_p(escape(doc.organisation), 9), _p(escape(address), 9), _p(f"Band office: {phone}", 9),
                           _p(f"© {when.year} by {escape(doc.organisation)}. Proudly created with Wix.com", 9)]),
           "</div></footer>", "</div></div>",
           '<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" role="region" tabindex="-1" aria-label="bottom of '
           'page"><span class="mHZSwn">bottom of page</span></div>', "</div></div></body></html>"]  # fmt: skip
    return "\n".join(out).encode("utf-8")
