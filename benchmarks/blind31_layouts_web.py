"""Web writers of the ``blind31_layouts`` set.

A social security agency's daily update on a payments incident, posted by the operations directorate in its Viva
Engage community for frontline staff and saved from the browser (File › Save page as, "Web page, complete"): the
app's shell (the suite header with search, the left rail — Home, Communities, Storylines, Answers —), the community's
header with its name, member count and tabs, the post as Viva Engage prints it (the author's name and role, "Posted
in", the time, the "Announcement" badge, the post's title, the body of rich text in which the author made each
section a bold paragraph, the points ``<ul>`` lists, the current position as paragraphs, "<strong>Mitigation:
</strong>" inside a risk's point, the hashtag line), the reactions bar, "Seen by", two replies from staff with their
own reactions, the "Write a reply" box, and the community's right-hand sidebar ("About this community", admins,
pinned links). "£3,400", "£1.25 million", "(yesterday: 5)".

A city tram operator's network disruption update on its Liferay DXP website, saved from the browser: Liferay's head
(its ``Liferay.*`` scripts and ``clay`` styles), the "Skip to Content" link, the header with logo and navigation, the
breadcrumb, a two-column page layout (``portlet-column``): in the wide column the Web Content Display portlet
(``journal-content-article``) with the update's title, the "Last updated" line, each section an ``<h2>``, the
overview as paragraphs, the others as ``<ul>`` points, "<strong>Control measure:</strong>" inside a risk's point;
in the narrow column an Asset Publisher portlet of earlier updates and a "Travel help" portlet with phone numbers;
the cookie banner and the footer with "Powered By Liferay". "£3,400", "£1.25m", "(previously 5)".
"""

from __future__ import annotations

import zlib
from datetime import timedelta
from html import escape

from blind7_layouts_content import report_day
from blind31_layouts_content import parts, slug
from council_layouts_gold import Doc

# ---------------------------------------------------------------- Viva Engage post

DIRECTORS = {"Northern": ("Helen Ashworth", "Lancashire"), "Midlands": ("Raj Patel", "Wolverhampton"),
             "Wales": ("Sian Pritchard", "Swansea"), "Scotland": ("Alasdair Munro", "Glasgow")}  # fmt: skip
REPLIES = (("Kerry Dobson", "Work Coach", "Thanks Helen – is the Saturday overtime open to part-time staff too?"),
           ("Mo Hussain", "Telephony Team Leader", "Great work from the team on the phones yesterday 👏"))  # fmt: skip
PARAGRAPHS = ("Current position",)


def _engage_body(doc: Doc) -> list[str]:
    out = []
    for s in doc.sections:
        out.append(f"<p><strong>{escape(s.heading)}</strong></p>")
        if s.heading not in PARAGRAPHS:
            out.append("<ul>")
        for it in s.items:
            risk, lead, rest = parts(it, "benefits")
            inner = f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)
            out.append(f"<p>{inner}</p>" if s.heading in PARAGRAPHS else f"<li>{inner}</li>")
        if s.heading not in PARAGRAPHS:
            out.append("</ul>")
    return out


def html_viva_engage_benefits_gb(doc: Doc) -> bytes:
    """The daily incident update as the browser saves the Viva Engage community page."""
    region = next(k for k in DIRECTORS if k in doc.organisation)
    director, site = DIRECTORS[region]
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    community = f"{doc.organisation} – Frontline Updates"
    members = 900 + h % 4000
    post = f"Payments incident – update {doc.number} ({when.day} {when:%B})"
    replies = []
    for name, role, text in REPLIES[: 1 + doc.number % 2]:
        replies.append(
            f'<div class="reply" data-testid="reply"><div class="author"><span class="name">{name}</span> '
            f'<span class="role">{role}</span></div><div class="reply-body"><p>{escape(text)}</p></div>'
            f'<div class="reactions"><button>Like</button> · <button>Reply</button> · <span>{h % 9 + 1}h</span>'
            "</div></div>"
        )
    out = ["<!DOCTYPE html>", '<html lang="en-GB" dir="ltr"><head><meta charset="utf-8">',
           f"<title>{escape(community)} | Viva Engage</title>",
           '<link rel="stylesheet" href="./Viva Engage_files/engage.web.min.css">',
           '<script src="./Viva Engage_files/vendor.bundle.js"></script></head>',
           '<body><div id="root"><header class="suite-header" role="banner"><span class="app-name">Viva Engage'
           '</span><input type="search" placeholder="Search" aria-label="Search"><span class="me">Profile</span>'
           "</header>",
           '<nav class="left-rail" aria-label="Main"><ul><li>Home</li><li>Communities</li><li>Storylines</li>'
           "<li>Answers</li><li>Leadership corner</li></ul></nav>",
           '<main class="feed"><div class="community-header"><h1 class="community-name">'
           f'{escape(community)}</h1><span class="members">{members:,} members</span>'
           '<div role="tablist"><span role="tab">Conversations</span><span role="tab">About</span>'
           '<span role="tab">Files</span><span role="tab">Events</span></div></div>',
           '<article class="thread" data-testid="thread"><div class="post-header"><span class="author">'
           f'{director}</span> <span class="role">Operations Director, {site}</span><span class="meta">Posted in '
           f'{escape(community)} · {when.day} {when:%b} 17:{h % 50 + 10:02d}</span>'
           '<span class="badge">Announcement</span></div>',
           f'<h2 class="post-title">{escape(post)}</h2>', '<div class="post-body" dir="auto">',
           "<p>Hi everyone, here is today's update on the payments incident. Thank you for all you are doing for "
           "our customers.</p>", *_engage_body(doc),
           "<p>#PaymentsIncident #FrontlineUpdates</p></div>",
           f'<div class="reactions-bar"><button>Like</button><button>Comment</button><button>Share</button>'
           f'<span class="count">{40 + h % 300} reactions</span><span class="seen">Seen by {members // 2 + h % 200:,}'
           "</span></div>", '<section class="replies">', *replies,
           '<div class="composer"><span contenteditable="true" aria-label="Write a reply">Write a reply</span></div>',
           "</section></article></main>",
           '<aside class="community-sidebar"><h3>About this community</h3><p>Daily updates for frontline staff in '
           f"{escape(doc.organisation)}. Please ask questions in the replies.</p><h3>Admins</h3><p>{director}, "
           'Internal Communications</p><h3>Pinned</h3><ul class="pinned"><li><a href="#">Customer scripts for '
           'delayed payments</a></li><li><a href="#">Hardship payment guide</a></li></ul></aside>',
           "</div></body></html>"]  # fmt: skip
    return "\n".join(out).encode("utf-8")


# ---------------------------------------------------------------- Liferay DXP page

LINES = {"Southbay": "0300 123 4410", "Wyvern": "0300 123 5520", "Lowmoor": "0300 123 6630",
         "Tynemouth": "0300 123 7740"}  # fmt: skip
RUNNING = ("Overview",)


def html_liferay_tram_gb(doc: Doc) -> bytes:
    """The network disruption update as the browser saves the operator's Liferay page."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    phone = next(v for k, v in LINES.items() if doc.organisation.startswith(k))
    site = slug(doc.organisation)
    title = f"Network disruption update {doc.number}"
    inst = f"{h:x}"[:12]
    body = [f"<h1>{escape(title)}</h1>",
            f'<p class="lead">Last updated: {when:%A} {when.day} {when:%B %Y}, 16:00</p>']  # fmt: skip
    for s in doc.sections:
        body.append(f'<h2 id="{slug(s.heading)}">{escape(s.heading)}</h2>')
        running = s.heading in RUNNING
        body.append("" if running else "<ul>")
        for it in s.items:
            risk, lead, rest = parts(it, "tram")
            inner = f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)
            body.append(f"<p>{inner}</p>" if running else f"<li>{inner}</li>")
        body.append("" if running else "</ul>")
    earlier = "".join(
        f'<li class="list-group-item"><a href="/web/{site}/-/network-disruption-update-{n}">Network disruption '
        f'update {n}</a><span class="text-secondary">{(when - timedelta(days=doc.number - n)).day} '
        f"{(when - timedelta(days=doc.number - n)):%b}</span></li>"
        for n in range(doc.number - 1, max(0, doc.number - 4), -1)
    )
    out = ['<!DOCTYPE html>', '<html class="ltr" dir="ltr" lang="en-GB"><head>',
           f"<title>{escape(title)} - {escape(doc.organisation)}</title>",
           '<meta content="text/html; charset=UTF-8" http-equiv="content-type">',
           f'<link href="/o/{site}-theme/images/favicon.ico" rel="icon">',
           '<link class="lfr-css-file" href="/o/classic-theme/css/clay.css?browserId=chrome&amp;themeId=classic_WAR_'
           'classictheme&amp;languageId=en_GB" rel="stylesheet" type="text/css">',
           '<script>var Liferay=Liferay||{};Liferay.Browser={};Liferay.ThemeDisplay={getLanguageId:function(){return '
           '"en_GB";},isSignedIn:function(){return false;}};</script>', "</head>",
           '<body class="controls-visible yui3-skin-sam guest-site signed-out public-page site">',
           '<nav aria-label="Quick Links" class="quick-access-nav" id="quickAccessNav"><ul><li><a href="#main-content">'
           "Skip to Content</a></li></ul></nav>",
           '<div class="d-flex flex-column min-vh-100"><header id="banner" role="banner"><div id="heading">'
           f'<a class="logo" href="/web/{site}" title="Go to {escape(doc.organisation)}"><img alt="" '
           f'src="/image/layout_set_logo?img_id={h % 99999}"></a><span class="site-name">{escape(doc.organisation)}'
           "</span></div>",
           '<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul role="menubar">'
           '<li><a role="menuitem" href="#">Plan your journey</a></li><li><a role="menuitem" href="#">Tickets</a>'
           '</li><li class="selected"><a role="menuitem" href="#">Service updates</a></li><li><a role="menuitem" '
           'href="#">Help</a></li></ul></nav></header>',
           '<section id="content"><nav aria-label="Breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item">'
           '<a href="#">Home</a></li><li class="breadcrumb-item"><a href="#">Service updates</a></li>'
           f'<li class="breadcrumb-item active">{escape(title)}</li></ol></nav>',
           '<div class="columns-2" id="main-content" role="main"><div class="portlet-layout row">',
           '<div class="col-md-8 portlet-column portlet-column-first" id="column-1">',
           f'<section class="portlet" id="portlet_com_liferay_journal_content_web_portlet_JournalContentPortlet_'
           f'INSTANCE_{inst}"><div class="portlet-content"><div class="journal-content-article" '
           f'data-analytics-asset-id="{h % 900000 + 100000}" data-analytics-asset-title="{escape(title)}" '
           'data-analytics-asset-type="web-content">', *body, "</div></div></section></div>",
           '<div class="col-md-4 portlet-column portlet-column-last" id="column-2">',
           '<section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet">'
           '<h2 class="portlet-title-text">Earlier updates</h2><ul class="list-group">'
           f"{earlier}</ul></section>",
           '<section class="portlet" id="portlet_com_liferay_journal_content_web_portlet_JournalContentPortlet_help">'
           f'<h2 class="portlet-title-text">Travel help</h2><p>Customer services: {phone}</p><p>Lost property: '
           f"{phone[:-1]}9</p><p>Open 7am to 8pm every day</p></section></div></div></div></section>",
           '<div class="cookies-banner" role="dialog"><p>We use cookies to make this site work.</p><button>Accept all'
           "</button><button>Configuration</button></div>",
           f'<footer id="footer" role="contentinfo"><p>© {when.year} {escape(doc.organisation)} · <a href="#">'
           'Accessibility</a> · <a href="#">Privacy</a></p><p class="powered-by">Powered By <a href="http://www.'
           'liferay.com" rel="external">Liferay</a></p></footer></div>',
           '<script>Liferay.Portlet.register("com_liferay_journal_content_web_portlet_JournalContentPortlet");'
           "</script></body></html>"]  # fmt: skip
    return "\n".join(out).encode("utf-8")
