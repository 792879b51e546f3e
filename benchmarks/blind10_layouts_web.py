"""Web and Markdown writers of the ``blind10_layouts`` set: a veterinary outbreak team's situation report as
Pandoc writes it in Markdown (a YAML metadata block of title, author and date, a covering paragraph, ``#``
headings with typed numbers "1 Summary" and ``{#sec-…}`` identifiers, "-   " points hard-wrapped at 72
columns with their lines indented under the text, a pipe table of the zones in force with its ": …" caption
and a footnote, the risks as a Risk | Level | Mitigation | Owner pipe table, the footnote at the end) and an
Australian city council's EOC wiki page as the browser saves it (MediaWiki's page: "Jump to navigation",
personal tools, page tabs, the title, "From EOC Wiki", an infobox of incident details, the numbered "Contents"
box, ``<h2>`` and ``<h3>`` headings each with its "[edit]" link, a wikitable of service status lozenges under
the summary, each risk a list entry whose mitigation is an indented "Mitigation:" line of a ``<dl>`` inside
it, the categories, "Retrieved from …", the sidebar of navigation and tools, and the footer).
"""

from __future__ import annotations

import re
from html import escape

from blind7_layouts_content import report_day
from council_layouts_gold import RAG, Doc

# ---------------------------------------------------------------- Pandoc Markdown

ZONES = ("Protection zone, IP{n} Haddon", "Surveillance zone, IP{n} Haddon", "Protection zone, IP{m} Weston Fen")


def _slug(heading: str) -> str:
    return "sec-" + re.sub(r"[^a-z]+", "-", heading.lower().lstrip("0123456789. ")).strip("-")


def _hard_wrap(text: str, first: str = "-   ", indent: str = "    ", width: int = 72) -> list[str]:
    lines, line = [], first
    for word in text.split():
        if len(line) + 1 + len(word) > width and line.strip() not in ("", first.strip()):
            lines.append(line)
            line = indent + word
        else:
            line += ("" if line in (first, indent) else " ") + word
    return [*lines, line]


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def markdown_pandoc(doc: Doc) -> bytes:
    """The report as ``pandoc -t markdown`` writes it from the team's Word copy."""
    when = report_day(doc)
    author = doc.organisation.replace("–", "--")  # pandoc's smart punctuation writes an en dash back as "--"
    out = ["---", f"author: {author}", f"date: {when.day} {when:%B %Y}",
           f'title: "{doc.service}: situation report {doc.number}"', "---", ""]  # fmt: skip
    out += _hard_wrap("Prepared by the outbreak team for the Animal Disease Policy Group. Figures are at 07:00 on "
                      "the day of the report. OFFICIAL.", first="", indent="")  # fmt: skip
    out.append("")
    for s in doc.sections:
        out += [f"{'#' * s.level} {s.heading} {{#{_slug(s.heading)}}}", ""]
        if s.risks:
            out += ["| Risk | Level | Mitigation | Owner |", "|:-----------------|:------|:-----------------|:------|"]
            for n, it in enumerate(s.items):
                owner = ("Outbreak lead", "Veterinary lead", "Operations manager")[n % 3]
                out.append(f"| {_cell(it.body)} | {RAG[it.level]} | {_cell(it.mitigation or '')} | {owner} |")
            out += ["", ": Risk register", ""]
            continue
        for it in s.items:
            out += _hard_wrap(it.text)
        out.append("")
        if s.key == "situation":
            k = doc.number
            out += ["| Zone | Premises | Birds | Restrictions |", "|:----------------------|-------:|-------:|:-----|"]
            for n, zone in enumerate(ZONES):
                name = zone.format(n=1 + k % 5, m=2 + k % 7)
                out.append(f"| {name} | {6 + (k * 7 + n * 11) % 60} | {(k * 3 + n + 1) * 4_100:,} | In force |")
            out += ["", ": Zones in force[^1]", ""]
    out += ["[^1]: From the outbreak management system at 07:00; premises with poultry only.", ""]
    return "\n".join(out).encode("utf-8")


# ---------------------------------------------------------------- MediaWiki page saved from the browser

SERVICES = (("Libraries (cooling centres)", "OPEN"), ("Outdoor pools", "OPEN"), ("Waste collection", "EARLY START"),
            ("Parks maintenance", "REDUCED"), ("Community buses", "DISRUPTED"))  # fmt: skip
LOZENGE = {"OPEN": "#14866d", "EARLY START": "#36c", "REDUCED": "#ac6600", "DISRUPTED": "#d33"}


def _anchor(heading: str) -> str:
    return heading.replace(" ", "_")


def _headline(s, n: int, title: str) -> str:
    tag = "h3" if s.level == 2 else "h2"
    return (f'<{tag}><span class="mw-headline" id="{escape(_anchor(s.heading))}">{escape(s.heading)}</span>'
            '<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>'
            f'<a href="/index.php?title={title}&amp;action=edit&amp;section={n}" title="Edit section: '
            f'{escape(s.heading)}">edit</a><span class="mw-editsection-bracket">]</span></span></{tag}>')  # fmt: skip


def _toc(doc: Doc) -> str:
    entries, top, sub = [], 0, 0
    for s in doc.sections:
        if s.level == 1:
            top, sub = top + 1, 0
            number = str(top)
        else:
            sub += 1
            number = f"{top}.{sub}"
        entries.append(
            f'<li class="toclevel-{s.level}"><a href="#{escape(_anchor(s.heading))}"><span '
            f'class="tocnumber">{number}</span> <span class="toctext">{escape(s.heading)}</span></a></li>'
        )
    return ('<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" '
            'role="button" id="toctogglecheckbox" class="toctogglecheckbox" style="display:none" /><div '
            'class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2></div><ul>'
            + "".join(entries) + "</ul></div>")  # fmt: skip


def _status_table() -> str:
    rows = "".join(f'<tr><td>{escape(name)}</td><td><span style="background:{LOZENGE[state]};color:#fff;'
                   f'padding:0 4px;border-radius:2px;font-size:85%">{state}</span></td></tr>'
                   for name, state in SERVICES)  # fmt: skip
    return f'<table class="wikitable"><tbody><tr><th>Service</th><th>Status</th></tr>{rows}</tbody></table>'


def html_mediawiki(doc: Doc) -> bytes:
    """The EOC wiki's page for today's sitrep, saved by the browser as "Web page, HTML only"."""
    when = report_day(doc)
    page = f"{doc.service} sitrep {doc.number}"
    title = _anchor(page)
    body = []
    for n, s in enumerate(doc.sections, start=1):
        body.append(_headline(s, n, title))
        if not s.items:
            continue
        entries = []
        for it in s.items:
            if it.mitigation and ". Mitigation: " in it.text:
                risk_text, mit = it.text.split(". Mitigation: ", 1)
                entries.append(f"<li>{escape(risk_text)}.\n<dl><dd><b>Mitigation:</b> {escape(mit)}</dd></dl></li>")
            else:
                entries.append(f"<li>{escape(it.text)}</li>")
        body.append("<ul>" + "\n".join(entries) + "</ul>")
        if s.key == "highlights":
            body.append(_status_table())
    infobox = (f'<table class="infobox" style="float:right;width:22em"><tbody><tr><th colspan="2">{doc.service}'
               f'</th></tr><tr><th>Council</th><td>{escape(doc.organisation)}</td></tr><tr><th>EOC level</th>'
               f"<td>Level 2</td></tr><tr><th>Sitrep</th><td>No. {doc.number}</td></tr><tr><th>As at</th><td>"
               f"{when:%d/%m/%Y} 07:00</td></tr><tr><th>Next sitrep</th><td>{when:%d/%m/%Y} 16:00</td></tr>"
               "</tbody></table>")  # fmt: skip
    first = next((n for n, part in enumerate(body) if part.startswith("<h")), 0)
    body.insert(first, _toc(doc))
    portlets = "".join(
        f'<nav id="p-{key}" class="vector-menu portal" aria-labelledby="p-{key}-label"><h3 id="p-{key}-label">'
        f'{label}</h3><div class="vector-menu-content"><ul>{"".join(f"<li><a>{x}</a></li>" for x in links)}</ul>'
        "</div></nav>"
        for key, label, links in (
            ("navigation", "Navigation", ("Main page", "Current incidents", "Contacts", "Recent changes", "Help")),
            ("tb", "Tools", ("What links here", "Related changes", "Special pages", "Printable version",
                             "Permanent link", "Page information")),
        )
    )  # fmt: skip
    permanent = f"https://eoc.example.gov.au/index.php?title={title}&amp;oldid={4100 + doc.number}"
    html = f"""<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"/>
<title>{escape(page)} - EOC Wiki</title><meta name="generator" content="MediaWiki 1.39.5"/>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles.legacy&amp;only=styles&amp;skin=vector"/>
</head><body class="mediawiki ltr sitedir-ltr ns-0 ns-subject page-{title} skin-vector action-view">
<div class="mw-page-container"><a id="top"></a>
<div id="content" class="mw-body" role="main"><div id="siteNotice"></div>
<div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">{escape(page)}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From EOC Wiki</div>
<div id="contentSub"></div><div id="mw-content-subtitle"></div>
<a class="mw-jump-link" href="#mw-head">Jump to navigation</a> <a class="mw-jump-link" href="#searchInput">Jump to
search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
{infobox}
<p><i>This page is the {escape(doc.organisation)} EOC's situation report. Do not edit it after it has been issued;
add updates to the next sitrep.</i></p>
{chr(10).join(body)}
</div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="{permanent}">{permanent}</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/index.php/Special:Categories" title="Special:Categories">Categories</a>: <ul><li><a>Situation reports</a></li>
<li><a>{escape(doc.service)} {when:%Y}</a></li></ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2>
<div id="mw-head"><nav id="p-personal" class="vector-menu" aria-labelledby="p-personal-label"><h3
id="p-personal-label">Personal tools</h3><ul><li>Not logged in</li><li><a>Talk</a></li><li><a>Contributions</a></li>
<li><a>Log in</a></li></ul></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu vector-menu-tabs"><h3>Namespaces</h3><ul>
<li class="selected"><a>Page</a></li><li><a>Discussion</a></li></ul></nav></div>
<div id="right-navigation"><nav id="p-views" class="vector-menu vector-menu-tabs"><h3>Views</h3><ul>
<li class="selected"><a>Read</a></li><li><a>Edit</a></li><li><a>View history</a></li></ul></nav>
<div id="p-search" role="search"><h3><label for="searchInput">Search</label></h3><form><input type="search"
name="search" placeholder="Search EOC Wiki" id="searchInput"/></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/index.php/Main_Page"
title="Visit the main page"></a></div>{portlets}</div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This
page was last edited on {when.day} {when:%B %Y}, at 07:{12 + doc.number % 40:02d}.</li></ul>
<ul id="footer-places"><li><a>Privacy policy</a></li><li><a>About EOC Wiki</a></li><li><a>Disclaimers</a></li></ul>
<ul id="footer-icons"><li><a href="https://www.mediawiki.org/"><img
src="/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31"
loading="lazy"/></a></li></ul></footer></div>
</body></html>"""
    return html.encode("utf-8")
