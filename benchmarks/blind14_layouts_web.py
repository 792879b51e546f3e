"""Web writer of the ``blind14_layouts`` set: a British gas distribution network's incident page on its website,
written like a press release and updated through the incident (the cookie banner, a "Smell gas?" emergency
strip, the header and menu, breadcrumbs, the ``<h1>``, "Published: … · Last updated: …", a "Latest update"
callout box, ``<h2>`` headings over paragraphs with no bullets, a table of welfare locations under the support
section, "How we're managing it:" in bold inside a risk's paragraph, an "Incident timeline" list of dated and
timed entries newest first, "ENDS", the "Notes to editors" with the company's boilerplate, the press office,
share links and the footer; "1,250", "(up from 77 yesterday)", "9 December").
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from blind7_layouts_content import report_day
from council_layouts_gold import Doc

GB_LEAD = "How we're managing it:"
WELFARE = (("Kelsey Bridge Community Centre", "Mill Lane, Kelsey Bridge", "8am – 8pm"),
           ("St Aidan's Church Hall", "Holme Lane", "10am – 6pm"),
           ("Mobile welfare van", "Mill Estate car park", "9am – 5pm"))  # fmt: skip


def html_incident_gb(doc: Doc) -> bytes:
    """The network's incident page as its digital team keeps it up to date, saved from the browser."""
    when = report_day(doc)
    org = doc.organisation
    log = [it.text.split(" – ")[0] for s in doc.sections if s.key == "situation" for it in s.items]
    day_month, clock = log[-1].split(", ") if log else (f"{when.day} {when:%B}", "07:30")
    title = f"{doc.service} in Kelsey Bridge"
    body = [
        '<div class="cookie-banner" role="region" aria-label="Cookies"><p>We use some essential cookies to make '
        "this website work. We'd like to set additional cookies to understand how you use the site.</p><button>"
        "Accept additional cookies</button> <button>Reject additional cookies</button></div>",
        '<div class="emergency-strip"><p><strong>Smell gas?</strong> Call the National Gas Emergency Service on '
        '<a href="tel:0800111999">0800 111 999</a> straight away.</p></div>',
        f'<header class="site-header"><a class="logo" href="/"><img src="/assets/logo.svg" alt="{escape(org)} home">'
        '</a><nav class="primary"><ul><li><a href="/smell-gas">Smell gas?</a></li><li><a href="/help">Help and '
        'advice</a></li><li><a href="/network">Our network</a></li><li><a href="/news">News</a></li><li><a '
        'href="/careers">Careers</a></li></ul></nav><form class="search" role="search"><label for="s">Search</label>'
        '<input id="s" type="search"></form></header>',
        '<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news">News'
        '</a></li><li><a href="/news/incidents">Incident updates</a></li><li aria-current="page">'
        f"{escape(title)}</li></ol></nav>",
        f'<main id="main"><article class="news-article"><h1>{escape(title)}</h1>',
        f'<p class="article-meta">Published: {clock}, {day_month} {when.year} · Last updated: 16:00, {when.day} '
        f"{when:%B %Y}</p>",
    ]
    for s in doc.sections:
        lead = f" {GB_LEAD} "
        paras = "".join(
            "<p>" + escape(it.text, quote=False).replace(lead, f" <strong>{GB_LEAD}</strong> ") + "</p>"
            for it in s.items
        )
        if s.key == "highlights":
            body.append(f'<aside class="callout callout--latest"><h2>{escape(s.heading)}</h2>{paras}</aside>')
        elif s.key == "situation":
            entries = []
            for it in s.items:
                stamp, text = it.text.split(" – ", 1)
                logged = datetime.strptime(f"{stamp} {when.year}", "%d %B, %H:%M %Y")
                entries.append(f'<li><time datetime="{logged:%Y-%m-%dT%H:%M}">{escape(stamp)}</time> – '
                               f"{escape(text, quote=False)}</li>")  # fmt: skip
            body.append(f'<h2>{escape(s.heading)}</h2><ol class="timeline">{"".join(entries)}</ol>')
        else:
            body.append(f"<h2>{escape(s.heading)}</h2>{paras}")
        if s.key == "assistance":
            rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in WELFARE)
            body.append('<table class="table"><caption>Where to find us</caption><thead><tr><th scope="col">Location'
                        '</th><th scope="col">Address</th><th scope="col">Open</th></tr></thead>'
                        f"<tbody>{rows}</tbody></table>")  # fmt: skip
    body += [
        "<p><strong>ENDS</strong></p>",
        '<div class="notes-to-editors"><h3>Notes to editors</h3><ol><li>'
        f"{escape(org)} looks after the network of pipes that delivers gas to 2.7 million homes and businesses in "
        "the north of England.</li><li>If you smell gas, or suspect carbon monoxide, call the National Gas "
        "Emergency Service on 0800 111 999.</li><li>Customers on our Priority Services Register get extra help "
        "during a supply interruption.</li></ol><p>Media enquiries: press office, 0113 000 4455 "
        "(24 hours).</p></div>",
        '<div class="share"><span>Share this page:</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">'
        'LinkedIn</a> <a href="#">Email</a></div></article></main>',
        '<footer class="site-footer"><ul><li><a href="#">Contact us</a></li><li><a href="#">Accessibility</a></li>'
        '<li><a href="#">Privacy notice</a></li><li><a href="#">Cookies</a></li></ul><p>© '
        f"{escape(org)} Ltd {when.year}. Registered in England and Wales No. 05026000. Registered office: 1 "
        "Gasholder Way, Leeds LS1 4AB.</p></footer>",
    ]
    html = (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{escape(title)} | '
            f"{escape(org)}</title></head><body>" + "\n".join(body) + "</body></html>")  # fmt: skip
    return html.encode()
