"""Web and Markdown writers of the partner layouts (``blind5_layouts``): a volunteer network's deployment
report as an accessible web page (landmarks, a skip link, breadcrumbs, ``<section aria-labelledby>``, a
figures sidebar and a donation panel) and a health protection team's weekly surveillance summary in
Markdown (a byline, a table of rates, hard-wrapped bullets, a numbered risk list, task-list next steps).
"""

from __future__ import annotations

import random
import textwrap
from datetime import datetime
from html import escape

from blind5_layouts_content import figure
from council_layouts_gold import Doc, Item

# ---------------------------------------------------------------- volunteer network web page


def _slug(text: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in text.lower()).strip("-")


def _risk_li(it: Item) -> str:
    if not it.mitigation:
        return f"<li><p>{escape(it.text)}</p></li>"
    cut = it.text.rfind(it.mitigation)
    body, lead = it.text[:cut].rsplit("Mitigation", 1)
    return (f'<li><p>{escape(body.strip())}</p><p class="mitigation"><strong>Mitigation{escape(lead.rstrip())}'
            f"</strong> {escape(it.mitigation)}</p></li>")  # fmt: skip


def _section_html(s, depth: int) -> str:
    tag = f"h{depth}"
    ident = _slug(s.heading)
    if s.key in ("activity", "highlights"):  # the opening section is written as paragraphs, not a list
        body = "".join(f"<p>{escape(it.text)}</p>" for it in s.items)
    elif s.risks:
        body = f'<ul class="risk-list">{"".join(_risk_li(it) for it in s.items)}</ul>'
    else:
        body = "<ul>" + "".join(f"<li>{escape(it.text)}</li>" for it in s.items) + "</ul>" if s.items else ""
    return f'<section aria-labelledby="{ident}"><{tag} id="{ident}">{escape(s.heading)}</{tag}>{body}'


def html_volunteer_page(doc: Doc) -> bytes:
    """An accessible charity web page: a skip link, ``<header role="banner">`` with the site menu,
    breadcrumbs in ``<nav aria-label="Breadcrumb">``, ``<main>`` holding an ``<article>`` (the title in
    ``<h1>``, a "Published" line), an ``<aside role="complementary">`` of figures, each section a
    ``<section aria-labelledby>`` (nested for sub-headings; the first written as paragraphs, the risks
    with a bold "Mitigation:" paragraph), then a donation panel and a ``<footer role="contentinfo">``."""
    when = datetime.strptime(doc.date, "%d %B %Y")
    stats = [
        (figure(doc, ("volunteers deployed",))[0], "volunteers deployed this week"),
        (figure(doc, ("rest centres",))[0], "people supported at rest centres"),
        (figure(doc, ("welfare visits",))[0], "welfare visits"),
        (figure(doc, ("support line answered",))[0], "calls to our support line"),
    ]
    aside = "".join(f'<li><span class="stat">{escape(v)}</span> <span class="stat-label">{escape(label)}</span></li>'
                    for v, label in stats if v != "–")  # fmt: skip
    body, open_parent = [], False
    for s in doc.sections:
        if s.level == 1 and open_parent:
            body.append("</section>")
            open_parent = False
        body.append(_section_html(s, 2 if s.level == 1 else 3))
        if s.level == 1 and not s.items:  # a parent heading: its sub-sections nest inside it
            open_parent = True
        else:
            body.append("</section>")
    if open_parent:
        body.append("</section>")
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(doc.title)} | {escape(doc.organisation)}</title>
<link rel="stylesheet" href="/assets/site.css">
</head>
<body>
<a class="skip-link" href="#main-content">Skip to main content</a>
<header role="banner" class="site-header">
  <a class="logo" href="/"><img src="/assets/logo.svg" alt="Volunteer Emergency Network"></a>
  <nav aria-label="Main menu"><ul>
    <li><a href="/get-help">Get help</a></li><li><a href="/volunteer">Volunteer with us</a></li>
    <li><a href="/donate">Donate</a></li><li><a href="/news">News and stories</a></li>
  </ul></nav>
</header>
<nav aria-label="Breadcrumb" class="breadcrumbs"><ol>
  <li><a href="/">Home</a></li><li><a href="/our-work">Our work</a></li>
  <li><a href="/our-work/emergencies">Emergencies</a></li><li aria-current="page">Situation report {doc.number}</li>
</ol></nav>
<main id="main-content" role="main">
<article>
<header class="article-header">
<h1>{escape(doc.title)}</h1>
<p class="meta">{escape(doc.organisation)} · Published <time datetime="{when:%Y-%m-%d}">{escape(doc.date)}</time></p>
</header>
<aside role="complementary" aria-labelledby="in-numbers" class="stats-panel">
<h2 id="in-numbers">This deployment in numbers</h2>
<ul class="stats">{aside}</ul>
</aside>
{"".join(body)}
</article>
<aside class="cta" aria-label="Donate">
<h2>Help people affected by the floods</h2>
<p>Your donation funds our volunteers, hardship grants and the support line.</p>
<a class="button" href="/donate/floods">Donate to the appeal</a>
</aside>
</main>
<footer role="contentinfo" class="site-footer">
<ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li>
<li><a href="/contact">Contact us</a></li></ul>
<p>Volunteer Emergency Network is a registered charity in England and Wales (1234567) and Scotland (SC012345).</p>
<p>© {when.year} Volunteer Emergency Network</p>
</footer>
</body>
</html>
"""
    return page.encode("utf-8")


# ---------------------------------------------------------------- health protection Markdown


def _wrapped(marker: str, text: str) -> list[str]:
    """A list entry hard-wrapped at 78 columns, its continuation lines indented under the text."""
    return textwrap.wrap(text, 78, initial_indent=marker, subsequent_indent=" " * len(marker))


def _rates(doc: Doc) -> list[str]:
    """Table 1: cases and rates by age group, a figures grid."""
    rng = random.Random(doc.title)
    rows = ["| Age group | Cases | Rate per 100,000 | Change on last week |", "|:--|--:|--:|:-:|"]
    for band, pop in (("0–4", 31000), ("5–14", 64000), ("15–44", 210000), ("45–64", 150000), ("65+", 118000)):
        cases = rng.randint(pop // 2000, pop // 300)
        rows.append(f"| {band} | {cases:,} | {100000 * cases / pop:.1f} | {rng.choice(('▲', '▼', '–'))} |")
    return rows


def markdown_surveillance(doc: Doc) -> bytes:
    """A weekly surveillance summary in Markdown: the title in ``#``, a bold byline with the publication
    and data dates, a rule; ``##`` headings and ``###`` sub-headings; bullets with ``*`` hard-wrapped at 78
    columns; a "Table 1" caption over a table of rates after the first sub-section; the risks as a numbered
    list with an italic "Mitigation:" lead; next steps as task-list items (``- [ ]`` / ``- [x]``); a closing
    italic note on the data sources."""
    when = datetime.strptime(doc.date, "%d %B %Y")
    out = [f"# {doc.title}", "",
           f"**{doc.organisation}** · Published {doc.date} · Data to the end of week {when.isocalendar().week - 1}",
           "", "---", ""]  # fmt: skip
    table_done = False
    for s in doc.sections:
        out += ["#" * (s.level + 1) + " " + s.heading, ""]
        for n, it in enumerate(s.items, start=1):
            if s.risks and it.mitigation:
                cut = it.text.rfind(it.mitigation)
                body, lead = it.text[:cut].rsplit("Mitigation", 1)
                out += _wrapped(f"{n}. ", f"{body.strip()} *Mitigation{lead.rstrip()}* {it.mitigation}")
            elif s.risks:
                out += _wrapped(f"{n}. ", it.text)
            elif s.key == "next-steps":
                box = "x" if (n + doc.number) % 3 == 0 else " "
                out += _wrapped(f"- [{box}] ", it.text)
            else:
                out += _wrapped("* ", it.text)
        if s.items:
            out.append("")
        if s.level == 2 and s.items and not table_done:
            out += ["*Table 1. Confirmed COVID-19 cases by age group, last 7 days*", "", *_rates(doc), ""]
            table_done = True
    out += ["---", "", "_Sources: laboratory reports, GP sentinel surveillance and notifications of infectious "
            "diseases. Figures for the latest week are provisional._", ""]  # fmt: skip
    return "\n".join(out).encode("utf-8")
