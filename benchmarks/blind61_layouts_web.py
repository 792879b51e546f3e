"""Web writers of the ``blind61_layouts`` set: a Hong Kong transport operator's typhoon service update on its Sitecore
site, and a Bahamian Family Island administrator's hurricane situation report on the government's WebSphere portal.

A public transport operator of Hong Kong under a typhoon signal: the "Typhoon service update" posted in the news of
the operator's site, built on Sitecore with its Experience Accelerator, saved from the browser — the ``/-/media/``
assets and ``sc_lang`` links, the top bar with "繁 简 EN" and the text sizes, the logo, the menu and search, the
red typhoon banner, the breadcrumb, the title, "Issued at …", then the rich-text component: the summary as paragraphs,
each section an ``<h3>``, lists, "Our response:" in bold, the hotline line; "Related links" and the footer with
"Important Notices", "Privacy Policy" and the copyright. "HK$3.4 million", "1,250", "16 September",
"(previous update: 5)".

A Family Island administrator of the Bahamas after a hurricane: the administrator's "Situation Report" published by
the Department of Local Government as news on the government's portal, which runs on IBM WebSphere Portal, saved
from the browser — ``/wps/portal/…/!ut/p/z1/…`` addresses, ``ibmCfg``, the ``wptheme`` frame, the official site bar,
the arms and "Government of The Bahamas", the menu, the breadcrumb, the Web Content Viewer portlet with the title,
"Posted:" and "Source:", an opening paragraph, each section's name a bold and underlined paragraph, the summary as
paragraphs, the other points a list, "Action:" in bold, the closing line and "- 30 -", then the portal's footer.
"$1.63 million", "$442,000", "1,250", "September 16", "(previous report: 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind61_layouts_banks_home import HURRICANE, TYPHOON
from blind61_layouts_content import parts
from council_layouts_gold import Doc


def _mark(it, lang: str, tag: str = "strong") -> str:
    risk, lead, rest = parts(it, lang)
    return f"{escape(risk)} <{tag}>{escape(lead)}</{tag}> {escape(rest)}" if lead else escape(it.text)


# ---------------------------------------------------------------- a Hong Kong operator's Sitecore page

OPERATORS = (("www.mtr.com.hk", "mtr", "#ad2230", "2881 8888"), ("www.kmb.hk", "kmb", "#e60012", "2745 4466"),
             ("www.citybus.com.hk", "ctb", "#f7b500", "2873 0818"),
             ("www.sunferry.com.hk", "sunferry", "#004b8d", "2131 8181"))  # fmt: skip


def html_sitecore_typhoon_transport_hk(doc: Doc) -> bytes:
    """The operator's typhoon service update as the browser saves it."""
    when = report_day(doc)
    host, site, colour, hotline = OPERATORS[TYPHOON.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    org = escape(doc.organisation)
    body = []
    for s in doc.sections:
        body.append(f"<h3>{escape(s.heading)}</h3>")
        if s.key == "highlights":
            body += [f"<p>{escape(it.text)}</p>" for it in s.items]
        else:
            body.append("<ul>" + "".join(f"<li>{_mark(it, 'hk')}</li>" for it in s.items) + "</ul>")
    body.append(f"<p>For enquiries, please call our Customer Service Hotline on {hotline}.</p>")
    menu = "".join(f'<li class="level1"><a href="/en/{u}/">{t}</a></li>' for u, t in (
        ("travel-information", "Travel Information"), ("fares-and-tickets", "Fares &amp; Tickets"),
        ("service-updates", "Service Updates"), ("about-us", "About Us"), ("contact-us", "Contact Us")))  # fmt: skip
    media = f"/-/media/project/{site}/shared"
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Typhoon service update No. {doc.number} | {org}</title>
<link href="/-/media/base-themes/main-theme/styles/optimized-min.css?t={h % 10**8}" rel="stylesheet">
<link href="/-/media/themes/{site}/{site}-theme/styles/pre-optimized-min.css?t={h % 10**7}" rel="stylesheet">
<link rel="alternate" hreflang="zh-HK" href="https://{host}/ch/service-updates/typhoon-{doc.number}/?sc_lang=zh-HK">
</head><body class="default-device bodyclass"><div id="wrapper">
<header><div id="header" class="container"><div class="row">
<div class="component link-list col-12 top-bar"><div class="component-content"><ul>
<li><a href="?sc_lang=zh-HK">繁</a></li><li><a href="?sc_lang=zh-CN">简</a></li><li class="active">EN</li></ul>
<span class="text-size">Text size <a href="#">A</a> <a href="#">A</a> <a href="#">A</a></span></div></div>
<div class="component image logo col-4"><div class="component-content"><a href="/en/"><img src="{media}/logo.svg\
?h=60&amp;w=180&amp;hash={h:X}" alt="{org}"></a></div></div>
<nav class="component navigation navigation-main col-8"><div class="component-content"><ul>{menu}</ul></div></nav>
<div class="component search-box"><div class="component-content"><input type="text" class="search-box-input" \
placeholder="Search"></div></div></div></div></header>
<div class="component alert-banner" style="background:{colour};color:#fff"><div class="component-content">\
<p>Typhoon alert: please check the latest service information before you travel.</p></div></div>
<main><div id="content" class="container">
<div class="component breadcrumb navigation-title"><div class="component-content"><ol>
<li><a href="/en/">Home</a></li><li><a href="/en/service-updates/">Service Updates</a></li>
<li>Typhoon service update</li></ol></div></div>
<div class="component title"><div class="component-content"><h1 class="field-title">Typhoon service update \
No. {doc.number}</h1></div></div>
<div class="component date"><div class="component-content"><span class="field-date">Issued at \
{h % 8 + 10}:{h % 4 * 15:02d}, {when.day} {when:%B %Y}</span></div></div>
<div class="component rich-text"><div class="component-content">
{"".join(body)}
</div></div>
<div class="component link-list related"><div class="component-content"><h4>Related links</h4><ul>
<li><a href="https://www.hko.gov.hk/">Hong Kong Observatory</a></li>
<li><a href="https://www.td.gov.hk/">Transport Department – Special Traffic News</a></li>
<li><a href="/en/travel-information/typhoon-arrangements/">Service arrangements during typhoons and rainstorms</a>\
</li></ul></div></div>
</div></main>
<footer><div id="footer" class="container"><div class="component link-list"><div class="component-content"><ul>
<li><a href="/en/important-notices/">Important Notices</a></li><li><a href="/en/privacy-policy/">Privacy Policy</a>\
</li><li><a href="/en/accessibility/">Accessibility</a></li><li><a href="/en/sitemap/">Sitemap</a></li></ul></div>\
</div>
<div class="component plain-html"><div class="component-content"><p>Copyright © {when.year} {org}. All rights \
reserved.</p></div></div></div></footer></div>
<script src="/-/media/base-themes/main-theme/scripts/optimized-min.js?t={h % 10**8}"></script></body></html>"""
    return html.encode()


# ---------------------------------------------------------------- a Bahamian administrator's report on the portal

ISLANDS = (
    ("Central Abaco", "Marsh Harbour", "Mr. Terrance K. Pinder"),
    ("North Andros", "Nicholls Town", "Mrs. Shavonne A. Rolle"),
    ("Exuma", "George Town", "Mr. Kendrick L. Ferguson"),
    ("Inagua", "Matthew Town", "Mrs. Delores M. Ingraham"),
)


def html_websphere_hurricane_admin_bs(doc: Doc) -> bytes:
    """The administrator's situation report as the government portal's news page, saved from the browser."""
    when = report_day(doc)
    island, seat, admin = ISLANDS[HURRICANE.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    z = f"Z7_{h:08X}{h % 9973:04d}A0"
    ut = f"/wps/portal/public/gov/government/news/!ut/p/z1/{h:x}{doc.number:02x}dz/d5/L2dBISEvZ0FBIS9nQSEh/"
    title = f"Hurricane Situation Report No. {doc.number} – {island}"
    body = [
        f"<p>The Office of the Island Administrator for {escape(island)}, {escape(seat)}, issues the following "
        f"situation report as of 6:00 p.m. on {when:%B} {when.day}, {when.year}.</p>"
    ]
    for s in doc.sections:
        body.append(f"<p><strong><u>{escape(s.heading)}</u></strong></p>")
        if s.key == "highlights":
            body += [f"<p>{escape(it.text)}</p>" for it in s.items]
        else:
            body.append("<ul>" + "".join(f"<li>{_mark(it, 'bs')}</li>" for it in s.items) + "</ul>")
    body.append(f"<p>Residents are asked to continue to listen to ZNS radio for official updates. {escape(admin)}, "
                f"Island Administrator.</p><p style=\"text-align:center\">- 30 -</p>")  # fmt: skip
    menu = "".join(f'<li class="wpthemeNavListItem"><a href="/wps/portal/public/{u}/">{t}</a></li>' for u, t in (
        ("gov/government", "Government"), ("citizens", "Citizens"), ("residents", "Residents"),
        ("business", "Business"), ("visitors", "Visitors")))  # fmt: skip
    html = f"""<!DOCTYPE html>
<html lang="en" class="lotusui30dojo tundra"><head><meta charset="UTF-8">
<title>{escape(title)}</title>
<link rel="stylesheet" href="/wps/contenthandler/!ut/p/digest!{h % 10**6}/sp/mashup:ra:collection?soffset=0&amp;\
eoffset=2&amp;themeID=ZJ_CGAH47L00G5A60A2VBSA4J3063&amp;locale=en">
<script type="text/javascript">var ibmCfg = {{"portalConfig":{{"contentHandlerURI":"/wps/mycontenthandler/\
!ut/p/digest!{h % 10**6}/","isVirtualPortal":false,"locale":"en","portalURI":"/wps/portal/"}}}};</script>
</head><body class="lotusui30 lotusui30_body tundra locale_en">
<div class="wpthemeFrame"><header role="banner" class="wpthemeHeader">
<div class="gov-bar">An official website of the Government of The Bahamas</div>
<div class="wpthemeInner"><a href="/wps/portal/public/gov/government/home/" class="logo"><img \
src="/wps/wcm/connect/{h % 10**8:x}/coat-of-arms.png?MOD=AJPERES" alt="Coat of Arms">\
<span>Government of The Bahamas</span></a>
<form class="wpthemeSearch" action="/wps/portal/public/search/"><input type="text" name="query" \
aria-label="Search"><button>Search</button></form></div>
<nav class="wpthemeMainNav"><ul class="wpthemeNavList">{menu}</ul></nav></header>
<div class="wpthemeMainContent"><div class="wpthemeInner">
<div class="wpthemeBreadcrumb"><a href="/wps/portal/public/gov/government/home/">Home</a> &gt; \
<a href="{ut}">News</a> &gt; <span>{escape(title)}</span></div>
<div class="component-container wpthemeFull id-{z}">
<section class="ibmPortalControl wpthemeControl wpthemeHidden a11yRegion" id="{z}" aria-label="Web Content Viewer">
<div class="wpthemeControlBody wpthemeOverflowAuto wpthemeClear">
<!-- IBM WCM: NewsPresentation -->
<div class="newsDetail"><h1>{escape(title)}</h1>
<p class="newsDate">Posted: {when:%B} {when.day}, {when.year}</p>
<p class="newsSource">Source: Department of Local Government</p>
<div class="newsBody">{"".join(body)}</div>
<p class="newsBack"><a href="{ut}">&lt; Back to News</a></p></div>
</div></section></div></div></div>
<footer class="wpthemeFooter"><div class="wpthemeInner"><ul>
<li><a href="/wps/portal/public/gov/government/contacts/">Contact Us</a></li>
<li><a href="/wps/portal/public/gov/government/privacy/">Privacy Policy</a></li>
<li><a href="/wps/portal/public/gov/government/disclaimer/">Disclaimer</a></li></ul>
<p>Copyright © {when.year} The Government of The Bahamas. All Rights Reserved.</p></div></footer></div>
</body></html>"""
    return html.encode()
