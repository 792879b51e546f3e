"""Web writer of the ``blind34_layouts`` set.

A small American city's water utility's daily update on a boil water advisory, posted in the city's CivicPlus
(CivicEngage) website's Alert Center and saved from the browser (File › Save page as, "Web page, complete"): the
site's head and scripts, the skip link, the banner with the city's seal, the search box and the mega menu
(Government, Departments, Residents, Business, How Do I…), the breadcrumb, the module's title "Alert Center" as the
page's ``<h1>``, the alert's category line, its title as an ``<h2 class="alertTitle">`` and "Posted on:" date, then
the alert's body as the Froala editor ("fr-view") keeps it — the lead paragraph, each section an ``<h3>``, the summary
as paragraphs, the other points ``<ul>`` lists, "<strong>Action taken:</strong>" inside a risk's point, a bordered
table of the day's sample results by pressure zone (figures that are not items) under the testing section —; the
"Tools" bar (RSS, Notify Me®, Print, Email), "Return to full list »", the sidebar's alert categories with their
``<h3>`` and the footer (contact, "Quick Links", "Government Websites by CivicPlus®"). "$3,400", "$1.25 million",
"June 16", "(previous update: 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind34_layouts_content import parts, slug
from council_layouts_gold import Doc

MENU = ("Government", "Departments", "Residents", "Business", "How Do I...")
CATEGORIES = ("Water Utility Alerts", "Road Closures", "Public Safety", "Parks & Recreation", "Trash & Recycling")
ZONES = ("North High Service", "Hillcrest", "Route 9 Corridor", "Downtown")


def html_civicplus_boil_water_us(doc: Doc) -> bytes:
    """The utility's update as the browser saves the CivicPlus Alert Center page."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    city = doc.organisation.removeprefix("City of ").split(" Utilities")[0].split(" Water")[0]
    city = city.removeprefix("Redbud County") or "Redbud County"
    host = f"www.{slug(city).replace('-', '')}.example"
    aid = 700 + h % 900
    posted = f"{when:%B} {when.day}, {when.year} {1 + h % 4}:{h % 50 + 10:02d} PM"
    body = [f'<p>The {escape(doc.organisation)} continues to respond to the water main break and the boil water '
            "advisory. This page is updated every afternoon.</p>"]  # fmt: skip
    for s in doc.sections:
        body.append(f"<h3>{escape(s.heading)}</h3>")
        texts = []
        for it in s.items:
            risk, lead, rest = parts(it, "boil")
            texts.append(f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text))
        if s.key == "highlights":
            body += [f"<p>{t}</p>" for t in texts]
        else:
            body.append("<ul>" + "".join(f"<li>{t}</li>" for t in texts) + "</ul>")
        if s.key == "surveillance":
            rows = "".join(f"<tr><td>{z}</td><td>{2 + (h >> k) % 9}</td><td>{'Negative' if (h >> k) % 7 else 'Pending'}"
                           "</td></tr>" for k, z in enumerate(ZONES))  # fmt: skip
            body.append(
                '<table class="fr-table-bordered" style="width: 100%;"><thead><tr><th>Pressure zone</th>'
                f"<th>Samples</th><th>Total coliform</th></tr></thead><tbody>{rows}</tbody></table>"
            )
    menu = "".join(f'<li class="topMenuItem"><a href="/{k + 10}/{slug(m)}">{escape(m)}</a></li>'
                   for k, m in enumerate(MENU))  # fmt: skip
    cats = "".join(
        f'<li><a href="/AlertCenter.aspx?CID={k + 1}">{escape(c)}</a></li>' for k, c in enumerate(CATEGORIES)
    )
    phone = f"({300 + h % 600}) 555-{h % 9000 + 1000:04d}"
    out = ["<!DOCTYPE html>", '<html lang="en"><head>', '<meta charset="utf-8">',
           f"<title>Alert Center • {escape(doc.organisation)} • CivicEngage</title>",
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           '<link rel="stylesheet" href="./AlertCenter_files/Layout.css">',
           '<script src="./AlertCenter_files/jquery-3.7.1.min.js"></script>',
           '<script src="./AlertCenter_files/CP_Common.js"></script>', "</head>",
           '<body class="wide AlertCenter"><a id="skipLink" href="#contentarea">Skip to Main Content</a>',
           '<div id="outer-wrap"><header id="bannerDiv" class="siteHeader"><a href="/"><img '
           f'src="./AlertCenter_files/seal.png" alt="{escape(doc.organisation)} Home"></a>'
           '<div id="searchBox" class="search"><label for="searchField" class="hidden">Search</label>'
           '<input id="searchField" type="text" placeholder="Search..."><a class="searchIcon" href="#">Search</a>'
           f'</div><nav id="mainNav"><ul class="topMenu">{menu}</ul></nav></header>',
           '<div id="breadCrumbs" class="breadCrumbContainer"><ol class="breadCrumbs"><li><a href="/">Home</a></li>'
           '<li>Alert Center</li></ol></div>',
           '<div id="contentarea" class="moduleContentNew"><h1 id="versionHeadLine" class="headline">Alert Center'
           "</h1>", '<div class="alertCategory"><span>Category: Water Utility Alerts</span></div>',
           '<div class="alertDetail">',
           f'<h2 class="alertTitle">Boil Water Advisory – Update #{doc.number}</h2>',
           f'<div class="date">Posted on: {posted}</div>', '<div class="fr-view">', *body, "</div>", "</div>",
           f'<div class="moduleTools"><a href="/RSSFeed.aspx?ModID=63&amp;CID=1">RSS</a> <a '
           f'href="/list.aspx">Notify Me®</a> <a href="javascript:window.print()">Print</a> <a '
           f'href="/AlertCenter.aspx?AID={aid}&amp;email=1">Email</a></div>',
           '<p><a href="/AlertCenter.aspx">Return to full list »</a></p>', "</div>",
           f'<aside id="sidebar"><div class="widget"><h3 class="widgetTitle">Alert Categories</h3><ul>{cats}</ul>'
           '</div></aside>',
           f'<footer id="footer"><div class="contact"><h4>Contact Us</h4><p>{escape(doc.organisation)}<br>'
           f"{100 + h % 800} Main Street<br>Phone: {phone}</p></div><div class=\"quickLinks\"><h4>Quick Links</h4>"
           '<ul><li><a href="/DocumentCenter">Document Center</a></li><li><a href="/Jobs.aspx">Jobs</a></li><li><a '
           f'href="/AgendaCenter">Agendas &amp; Minutes</a></li></ul></div><div class="poweredBy">'
           f'<a href="https://connect.civicplus.com/referral">Government Websites by CivicPlus®</a></div>'
           f'<a href="https://{host}/Admin">Login</a></footer></div>', "</body></html>"]  # fmt: skip
    return "\n".join(out).encode("utf-8")
