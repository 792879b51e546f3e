"""Web and Markdown writers of the ``blind9_layouts`` set: a festival's event control day report exported from
Notion as Markdown (the page's properties as "Key: Value" lines under its title, an ``<aside>`` callout,
``##`` headings, bullets, each risk a toggle whose mitigation is the toggle's indented child, a divider, a
to-do list, a link to a sub-page with Notion's id in its file name); a university's campus operations post in
a Slack channel saved as Markdown (channel line, name and time, an "@channel" opening line, emoji-led bold
heading lines over "•" points, reactions, then the thread's replies); and an environment agency area's monthly
water situation report as a government HTML publication (cookie banner, skip link, crown header, breadcrumbs,
the document type and title, "Published …", a contents list of the numbered sections, ``<h2>`` headings
"1. Summary" whose numbers are a ``<span>``, paragraphs, "Print this page", "Is this page useful?", related
content and the footer with the licence).
"""

from __future__ import annotations

import zlib
from datetime import timedelta
from html import escape

from blind7_layouts_content import report_day
from council_layouts_gold import Doc

# ---------------------------------------------------------------- Notion

NOTION_BULLETS = ("Headlines",)
NOTION_PARAGRAPHS = ("Site and crowd",)


def _notion_id(text: str) -> str:
    return f"{zlib.crc32(text.encode()):08x}{zlib.crc32(text[::-1].encode()):08x}" * 2


def markdown_notion(doc: Doc) -> bytes:
    """The day's page as Notion's "Export > Markdown & CSV" writes it."""
    when = report_day(doc)
    day = doc.number
    lines = [f"# Day {day} – Event Control report", "", f"Date: {when:%B} {when.day}, {when.year}",
             "Owner: Event Control", "Status: Live", "Tags: Daily report, Operations",
             f"Event: {doc.organisation}", "", "<aside>",
             "📻 Radio channel 3 is for medical only. Report all incidents to Event Control on channel 1.", "",
             "</aside>", ""]  # fmt: skip
    for s in doc.sections:
        if s.key == "actions":
            lines += ["---", ""]
        lines += [f"{'#' * (s.level + 1)} {s.heading}", ""]
        if s.heading in NOTION_PARAGRAPHS:
            for it in s.items:
                lines += [it.text, ""]
        elif s.risks:
            for it in s.items:
                if it.mitigation:
                    body, mit = it.text.split(" Mitigation: ", 1)
                    lines += [f"- {body}", "", f"    Mitigation: {mit}", ""]
                else:
                    lines += [f"- {it.text}", ""]
        elif s.key == "actions":
            for it in s.items:
                done = (zlib.crc32(it.thread.encode()) + doc.number) % 3 == 0
                lines.append(f"- [{'x' if done else ' '}] {it.text}")
            lines.append("")
        else:
            lines += [f"- {it.text}" for it in s.items] + [""]
    log = f"Incident log {_notion_id(doc.organisation)}"
    radio = f"Day {day} radio log {_notion_id(str(day))}"
    lines += [f"[Incident log]({log.replace(' ', '%20')}.md)", "",
              f"[Day {day} radio log]({radio.replace(' ', '%20')}.md)", ""]  # fmt: skip
    return "\n".join(lines).encode("utf-8")


# ---------------------------------------------------------------- Slack

REPLIES = (
    ("Tom Reid", "Thanks – sports centre team are aware and have put signs up."),
    ("Aisha Khan", "Catering can open the Hilltop café at 08:30 if that helps the far halls."),
    ("Marek Nowak", "Estates: the plumbers are on site from 15:30 for the frost checks 👍"),
)


def markdown_slack(doc: Doc) -> bytes:
    """The channel's post and its thread as a Slack export tool writes them to Markdown."""
    when = report_day(doc)
    k = zlib.crc32(doc.organisation.encode())
    slug = "".join(ch if ch.isalnum() else "-" for ch in doc.organisation.lower())
    lines = [f"# #snow-response · {doc.organisation}", "", f"## {when:%A} {doc.date}", "",
             f"**Priya Nair** 08:0{doc.number % 10}", "",
             f"@channel Morning all 👋 here's the 08:00 campus update for {when:%A} ({doc.number} of this cold "
             "snap). Shout in the thread with anything I've missed.", ""]  # fmt: skip
    for s in doc.sections:
        lines.append(f"**{s.heading}**")
        for it in s.items:
            text = it.text.replace(" Mitigation: ", " _Mitigation:_ ")
            lines.append(f"• {text}")
        lines.append("")
    thread = f"https://{slug}.slack.com/archives/C04SNOW/p17054{k % 100000:05d}"
    lines += [f"👍 {8 + k % 9}  🙏 {2 + k % 5}  ❄️ {1 + doc.number}", "", f"[{len(REPLIES)} replies]({thread})", ""]
    for n, (name, text) in enumerate(REPLIES):
        lines += [f"> **{name}** 08:{12 + 7 * n}", f"> {text}", ""]
    return "\n".join(lines).encode("utf-8")


# ---------------------------------------------------------------- government HTML publication

LEAD = "Our response:"
PARAGRAPH_LISTS = ("1. Summary",)


def html_govuk(doc: Doc) -> bytes:
    """The publication page as the government site serves it."""
    when = report_day(doc)
    area = doc.organisation.split("–")[-1].strip()
    month = f"{when - timedelta(days=when.day):%B %Y}"  # published early in a month, on the month before
    title = f"Water situation: {month} summary for the {area}"
    contents = "".join(f'<li class="gem-c-contents-list__list-item"><a class="govuk-link" href="#s{n}">'
                       f"{escape(s.heading)}</a></li>" for n, s in enumerate(doc.sections))  # fmt: skip
    body = []
    for n, s in enumerate(doc.sections):
        num, _, words = s.heading.partition(" ")
        body.append(f'<h2 id="s{n}"><span class="number">{escape(num)} </span>{escape(words)}</h2>')
        if s.heading in PARAGRAPH_LISTS:
            body.append("<ul>" + "".join(f"<li>{escape(it.text)}</li>" for it in s.items) + "</ul>")
            continue
        for it in s.items:
            text = escape(it.text, quote=False).replace(f" {LEAD} ", f" <strong>{LEAD}</strong> ")
            body.append(f"<p>{text}</p>")
    html = f"""<!DOCTYPE html>
<html lang="en" class="govuk-template"><head><meta charset="utf-8">
<title>{escape(title)} - GOV.UK</title><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/static/application.css"></head>
<body class="govuk-template__body">
<div id="global-cookie-message" class="gem-c-cookie-banner" role="region" aria-label="Cookies on GOV.UK">
<h2 class="govuk-cookie-banner__heading">Cookies on GOV.UK</h2>
<p>We use some essential cookies to make this website work.</p>
<p>We'd like to set additional cookies to understand how you use GOV.UK, remember your settings and improve
government services.</p>
<button class="govuk-button">Accept additional cookies</button> <button class="govuk-button">Reject additional
cookies</button> <a class="govuk-link" href="/help/cookies">View cookies</a></div>
<a href="#content" class="govuk-skip-link">Skip to main content</a>
<header class="gem-c-layout-super-navigation-header"><a class="govuk-header__link" href="/">GOV.UK</a>
<nav aria-label="Top level"><a href="/browse">Menu</a> <a href="/search">Search GOV.UK</a></nav></header>
<div class="govuk-width-container">
<div class="gem-c-breadcrumbs"><ol><li><a href="/">Home</a></li><li><a href="/environment">Environment</a></li>
<li><a href="/environment/drought">Drought</a></li></ol></div>
<main id="content" role="main" lang="en">
<header class="gem-c-inverse-header"><p class="publication-header__document-type">Official Statistics</p>
<h1 class="gem-c-title__text">{escape(title)}</h1>
<p class="publication-header__last-changed">Published {when.day} {when:%B %Y}</p></header>
<div class="govuk-grid-row"><div class="govuk-grid-column-one-quarter-from-desktop">
<nav class="gem-c-contents-list" aria-label="Contents"><h2 class="gem-c-contents-list__title">Contents</h2>
<ol class="gem-c-contents-list__list">{contents}</ol></nav>
<a class="govuk-link gem-c-print-link__link" href="#">Print this page</a></div>
<div class="govuk-grid-column-three-quarters-from-desktop"><div class="govuk-govspeak">
{chr(10).join(body)}
</div>
<div class="gem-c-print-link"><a class="govuk-link" href="#">Print this page</a></div>
<p class="gem-c-back-to-top-link"><a class="govuk-link" href="#contents">Contents</a></p></div></div>
<div class="gem-c-feedback"><h2>Is this page useful?</h2><ul><li><button>Maybe</button></li>
<li><button>Yes this page is useful</button></li><li><button>No this page is not useful</button></li></ul>
<p><a href="#">Report a problem with this page</a></p></div>
</main>
<div class="gem-c-related-navigation"><h2>Related content</h2><ul>
<li><a href="/government/collections/water-situation-reports-for-england">Water situation reports for
England</a></li><li><a href="/guidance/drought-how-it-is-managed">Drought: how it is managed</a></li></ul>
<h2>Explore the topic</h2><ul><li><a href="/environment/drought">Drought</a></li></ul></div></div>
<footer class="govuk-footer"><h2 class="govuk-visually-hidden">Support links</h2><ul>
<li><a href="/help">Help</a></li><li><a href="/help/privacy-notice">Privacy</a></li><li><a href="/help/cookies">
Cookies</a></li><li><a href="/help/accessibility-statement">Accessibility statement</a></li>
<li><a href="/contact">Contact</a></li><li><a href="/help/terms-conditions">Terms and conditions</a></li></ul>
<p>All content is available under the <a href="#">Open Government Licence v3.0</a>, except where otherwise
stated</p><a href="#">© Crown copyright</a></footer>
</body></html>
"""
    return html.encode("utf-8")
