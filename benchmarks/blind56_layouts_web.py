"""Web writer of the ``blind56_layouts`` set: the ports and airports of the Channel Islands and the Isle of Man
posting a storm travel update on a site built in Webflow.

An island's ports and airport operator in a winter storm: the "Storm travel update" on its website, a Webflow site
whose updates are a CMS collection, saved from the browser: Webflow's ``<html data-wf-page … data-wf-site …>``, the
head with its CSS on ``cdn.prod.website-files.com`` and the Open Graph tags, the navbar (``w-nav``) with the logo,
"Flights", "Sailings", "Parking", "Travel updates" and "Contact", a live flight-and-sailing strip, the breadcrumb,
the update's title, "Updated 16 November 2026, 14:30", the "Travel disruption" tag, then the body as a
``w-richtext`` block — each section's name an ``<h3>``, the summary as paragraphs, the other points a list with
"Our response:" in bold —, a call-out ("Always check with your airline or ferry operator before you travel."), the
"Latest updates" collection list, the footer with the addresses, social links and "Made in Webflow", and
``webflow.js`` at the end. "£340,000", "£1.25m", "1,250", "16 November", "(last update: 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind56_layouts_banks_home import GALE
from blind56_layouts_content import parts
from council_layouts_gold import Doc

PORTS = (("ports.je", "Jersey Airport and Harbours", "Maritime House, La Route du Port Elizabeth, St Helier, JE1 1HB",
          "#00467f"),
         ("ports.gg", "Guernsey Airport and St Peter Port Harbour", "Harbour Office, St Julian's Emplacement, "
          "St Peter Port, GY1 2LW", "#006272"),
         ("iomports.im", "Ronaldsway Airport and Douglas Harbour", "Sea Terminal, Douglas, Isle of Man, IM1 2RF",
          "#8a1538"),
         ("alderneyports.gg", "Alderney Airport and Braye Harbour", "Harbour Office, Braye, Alderney, GY9 3XX",
          "#355e3b"))  # fmt: skip


def html_webflow_storm_travel_update_ci(doc: Doc) -> bytes:
    """The operator's storm travel update as the Webflow page is saved from the browser."""
    when = report_day(doc)
    domain, sites, address, colour = PORTS[GALE.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    site, page = f"{h:024x}"[:24], f"{h * 7:024x}"[:24]
    slug = f"storm-travel-update-{doc.number}"
    title = f"Storm travel update {doc.number}"
    body = []
    for s in doc.sections:
        body.append(f"<h3>{escape(s.heading)}</h3>")
        if s.key == "highlights":
            body += [f"<p>{escape(it.text)}</p>" for it in s.items]
            continue
        lis = []
        for it in s.items:
            risk, lead, rest = parts(it, "je")
            lis.append(f"<li>{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}</li>" if lead
                       else f"<li>{escape(it.text)}</li>")  # fmt: skip
        body.append('<ul role="list">' + "".join(lis) + "</ul>")
    older = "".join(f'<div role="listitem" class="w-dyn-item"><a href="/travel-updates/storm-travel-update-{n}" '
                    f'class="update-card w-inline-block"><div class="update-date">{doc.date}</div>'
                    f'<div class="update-title">Storm travel update {n}</div></a></div>'
                    for n in range(doc.number - 1, max(0, doc.number - 4), -1))  # fmt: skip
    html = f"""<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: \
{when:%a %b %d %Y} 14:31:{h % 50 + 10} GMT+0000 (Coordinated Universal Time) --><html data-wf-domain="www.{domain}" \
data-wf-page="{page}" data-wf-site="{site}" data-wf-collection="{page[:12]}cms" data-wf-item-slug="{slug}" lang="en">\
<head><meta charset="utf-8"><title>{title} | {escape(doc.organisation)}</title><meta content="Latest travel \
information for flights and sailings during the storm." name="description"><meta content="{title}" \
property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" \
name="generator"><link href="https://cdn.prod.website-files.com/{site}/css/{domain.replace(".", "-")}.webflow.\
shared.{h % 99999:x}.min.css" rel="stylesheet" type="text/css"><link href="https://cdn.prod.website-files.com/{site}/\
favicon.png" rel="shortcut icon" type="image/x-icon"></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav">\
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand"><img \
src="https://cdn.prod.website-files.com/{site}/logo.svg" loading="lazy" alt="{escape(doc.organisation)}" \
class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu"><a href="/flights" class="nav-link \
w-nav-link">Flights</a><a href="/sailings" class="nav-link w-nav-link">Sailings</a><a href="/parking" \
class="nav-link w-nav-link">Parking</a><a href="/travel-updates" class="nav-link w-nav-link w--current">Travel \
updates</a><a href="/contact" class="nav-link w-nav-link">Contact</a></nav><div class="menu-button w-nav-button">\
<div class="w-icon-nav-menu"></div></div></div></div>
<div class="live-strip" style="background:{colour}"><div class="w-container"><a href="/flights" \
class="live-link">Live arrivals and departures</a> <a href="/sailings" class="live-link">Today's sailings</a></div>\
</div>
<section class="section-update"><div class="w-container"><div class="breadcrumb"><a href="/">Home</a> / <a \
href="/travel-updates">Travel updates</a> / <span>{title}</span></div>
<h1 class="heading-update">{title}</h1><div class="update-meta"><div class="update-date">Updated {doc.date}, \
14:30</div><div class="tag">Travel disruption</div></div>
<div class="rich-text-update w-richtext">{"".join(body)}</div>
<div class="callout" style="border-left:6px solid {colour}"><p>Always check with your airline or ferry operator \
before you travel.</p></div></div></section>
<section class="section-latest"><div class="w-container"><h2 class="heading-latest">Latest updates</h2>\
<div class="w-dyn-list"><div role="list" class="w-dyn-items">{older}</div></div></div></section>
<footer class="footer" style="background:#111"><div class="w-container"><div class="footer-grid w-layout-grid">\
<div><div class="footer-title">{escape(doc.organisation)}</div><div class="footer-text">{escape(sites)}<br>\
{escape(address)}</div></div><div><a href="https://www.facebook.com/" class="social w-inline-block">Facebook</a>\
<a href="https://x.com/" class="social w-inline-block">X</a><a href="https://www.linkedin.com/" class="social \
w-inline-block">LinkedIn</a></div></div><div class="footer-legal">© {when.year} {escape(doc.organisation)}. \
<a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a></div><a href="https://webflow.com?utm_campaign=brandjs"\
 class="w-webflow-badge">Made in Webflow</a></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site={site}" \
type="text/javascript" crossorigin="anonymous"></script><script src="https://cdn.prod.website-files.com/{site}/js/\
webflow.{h % 99999:x}.js" type="text/javascript"></script></body></html>"""
    return html.encode("utf-8")
