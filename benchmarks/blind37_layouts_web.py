"""Web writers of the ``blind37_layouts`` set.

A Gujarat district collectorate's cyclone situation report, in Gujarati, posted on X as a thread by the collector's
office account and kept by the State Emergency Operation Centre as the page Thread Reader App makes of it ("unroll"),
saved from the browser: the site's navigation bar (the brand, the search box "Enter URL or ID to Unroll", "Log in"),
the author card (avatar, display name, handle, the date, "10 tweets", "3 min read", "Read on X"), then the tweets one
after the other, each its own ``<div class="content-tweet">`` with the line breaks typed as ``<br>`` — the first the
report's title, its time and the hashtags (links) and "🧵👇", the next ones the sitrep packed into posts of at most 280
characters: each section a line "🔶 " and its heading, its points each a line "• " (the summary too), "પગલાં:" inside a
risk's point, a post's number "(3/8)" at its end; a section runs on into the next post without its heading repeated
and no point is cut —, the IMD track map's image after the second post, the control room's numbers in the last post,
then "• • •", "Missing some Tweet in this thread?", "Keep Current with …", the "Save as PDF" box, "More from @…"
with the first lines of two earlier threads, and the footer. Gujarati digits, "રૂ. ૩.૪૦ લાખ", "૧,૨૫,૦૦૦", "૧૬ જૂન",
"(અગાઉ: ૫)".

A Philippine city or municipal disaster risk reduction and management office's situational report on an eruption of
Kanlaon Volcano, as ReliefWeb posts it and a reader saves the page: ReliefWeb's header (logo, "Updates", "Countries",
"Disasters", "Organizations", "Topics", "Jobs", "Training", "Sign in", the search), the country tag, the title, the
meta list (format, source, posted, originally published, origin), "Attachments" with the PDF's link and preview, the
body as ReliefWeb's editors paste it — each section an ``<h3>``, the points ``<ul>`` lists (the highlights too),
"<strong>Actions taken:</strong>" inside a risk's point —, the report details (primary country, source, format,
themes, disaster type, language, disaster), "Related Content" with three other reports' titles and meta, and the
footer. "PHP 340,000.00", "PHP 1.25 million", "June 16", "(from 5 in the previous report)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind37_layouts_content import GU_DIGITS, GU_MONTHS, parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- Thread Reader App, Gujarati

HANDLES = {"કચ્છ": ("CollectorKutch", "Collector & DM Kutch", "Kutch"), "દેવભૂમિ દ્વારકા": ("collectordbd",
           "Collector Devbhumi Dwarka", "Dwarka"), "જામનગર": ("CollectorJamngr", "Collector Jamnagar", "Jamnagar"),
           "પોરબંદર": ("collectorpbr", "Collector & DM Porbandar", "Porbandar")}  # fmt: skip
CONTROL = {"કચ્છ": "૦૨૮૩૨-૨૫૦૯૨૩", "દેવભૂમિ દ્વારકા": "૦૨૮૩૩-૨૩૨૧૨૫", "જામનગર": "૦૨૮૮-૨૫૫૩૪૦૪", "પોરબંદર": "૦૨૮૬-૨૨૨૦૮૦૦"}


def _weight(text: str) -> int:
    """The length X counts: a character in the ranges X weighs as one counts 1, any other (an emoji) 2."""
    return sum(1 if ord(c) <= 4351 or 8192 <= ord(c) <= 8247 else 2 for c in text)


def _posts(lines: list[tuple[str, bool]], limit: int = 262) -> list[list[str]]:
    """The sitrep's lines packed into posts; a heading (``True``) never ends a post, no line is cut."""
    posts: list[list[str]] = [[]]
    for k, (line, heading) in enumerate(lines):
        cur = posts[-1]
        need = _weight(line) + 1 + (_weight(lines[k + 1][0]) + 1 if heading and k + 1 < len(lines) else 0)
        if cur and _weight("\n".join(cur)) + need > limit:
            posts.append([])
            cur = posts[-1]
        if heading and cur:
            cur.append("")
        cur.append(line)
    return posts


def _tags(text: str) -> str:
    out = []
    for w in escape(text).split(" "):
        out.append(f'<a href="/hashtag/{w[1:]}?src=hashtag_click" target="_blank">{w}</a>' if w.startswith("#") else w)
    return " ".join(out)


def html_threadreader_gu(doc: Doc) -> bytes:
    """The collectorate's cyclone sitrep as an X thread unrolled by Thread Reader App and saved from the browser."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    district = doc.organisation.split(", ", 1)[1]
    handle, name, tag = HANDLES[district]
    lines: list[tuple[str, bool]] = []
    for s in doc.sections:
        lines.append((f"🔶 {s.heading}", True))
        for it in s.items:
            risk, lead, rest = parts(it, "gu")
            lines.append((f"• {risk} {lead} {rest}" if lead else f"• {it.text}", False))
    body = _posts(lines)
    total = len(body) + 2
    date_gu = f"{when:%d-%m-%Y}".translate(GU_DIGITS)
    first = (f"🌀 'અરુણ' વાવાઝોડા અંગે પરિસ્થિતિ અહેવાલ – {str(doc.number).translate(GU_DIGITS)}\n(તા. {date_gu}, "
             f"સવારે ૮:૦૦ કલાકે)\n\n#CycloneArun #{tag} "
             "#GujaratFightsCyclone\n🧵👇 (1/" + f"{total})")  # fmt: skip
    last = (f"વધુ માહિતી તથા મદદ માટે જિલ્લા કંટ્રોલ રૂમ: {CONTROL[district]}\nટોલ ફ્રી: ૧૦૭૭\n@InfoGujarat @SEOCGujarat "
            f"({total}/{total})")  # fmt: skip
    tweets = [first, *("\n".join(p) + f"\n({k + 2}/{total})" for k, p in enumerate(body)), last]
    tid = 1801000000000000000 + h % 10**15
    divs = []
    for k, t in enumerate(tweets):
        html_t = "<br />".join(_tags(x) for x in t.split("\n"))
        divs.append(f'<div class="content-tweet allow-preview" data-screenname="{handle}" data-tweet="{tid + k * 7919}"'
                    f' id="tweet_{k + 1}">{html_t}</div>')  # fmt: skip
        if k == 1:
            divs.append('<div class="entity-image"><img class="img-responsive" src="https://pbs.twimg.com/media/'
                        f'GQ{h % 99999:05d}xWAAE.jpg" alt="Image"></div>')  # fmt: skip
    day = f"{when.day} {GU_MONTHS[when.month - 1]}".translate(GU_DIGITS)
    minutes = max(2, sum(len(t) for t in tweets) // 700)
    html = ('<!DOCTYPE html><html lang="gu"><head><meta charset="utf-8"><title>Thread by @'
            f'{handle} on Thread Reader App – Thread Reader App</title><meta name="description" content="'
            f'{escape(first.splitlines()[0])}"><link rel="stylesheet" href="/css/app.css"></head><body>'
            '<nav class="navbar navbar-expand-lg"><a class="navbar-brand" href="/">Thread Reader</a><form '
            'class="form-inline" action="/search"><input class="form-control" type="search" name="q" placeholder='
            '"Enter URL or ID to Unroll"><button class="btn">Unroll</button></form><ul class="navbar-nav"><li><a '
            'href="/help">Help</a></li><li><a href="/premium">Premium</a></li><li><a href="/login">Log in</a></li>'
            '</ul></nav><div class="container"><div class="thread-info"><div class="author"><img class="avatar" src="'
            f'https://pbs.twimg.com/profile_images/{h % 10**9}/logo_normal.jpg" alt=""><a href="https://x.com/{handle}">'
            f'<span class="fullname">{escape(name)}</span> <span class="username">@{handle}</span></a></div><div '
            f'class="thread-meta"><span class="date">{day}</span> • <span>{total} tweets</span> • <span>{minutes} min '
            f'read</span></div><a class="btn btn-read" href="https://x.com/{handle}/status/{tid}">Read on X</a></div>'
            f'<div class="t-main" id="tweet_container">{"".join(divs)}</div><div class="text-center dots">• • •</div>'
            '<div class="refresh">Missing some Tweet in this thread? You can try to <a href="#">force a refresh</a>'
            f'</div><div class="card follow"><h3>Keep Current with {escape(name)}</h3><p>Stay in touch and get '
            f'notified when new unrolls are available from this author!</p><a class="btn" href="/follow/{handle}">'
            'Follow</a></div><div class="card pdf"><h3>This Thread may be Removed Anytime!</h3><p>X may remove this '
            'content at anytime! Save it as PDF for later use!</p><button class="btn">Save as PDF</button></div><div '
            f'class="card more"><h3>More from @{handle}</h3><a href="/thread/{tid - 86400}.html">🌀 \'અરુણ\' વાવાઝોડા '
            f'અંગે પરિસ્થિતિ અહેવાલ…</a><a href="/thread/{tid - 99999}.html">જિલ્લામાં આગામી ત્રણ દિવસ ભારે વરસાદની '
            'આગાહી…</a></div></div><footer class="footer"><p>Did Thread Reader help you today?</p><p>Support us! We '
            'are indie developers!</p><p>This site is made by just two indie developers on a laptop doing marketing, '
            'support and development!</p><a href="/premium">Become Premium</a><p>© 2026 Thread Reader App</p>'
            "</footer></body></html>")  # fmt: skip
    return html.encode("utf-8")


# ---------------------------------------------------------------- ReliefWeb report page, Philippine LGU

RELATED = ("DSWD DROMIC Report #{a} on the Kanlaon Volcano Eruption as of {d} June 2026, 6AM",
           "Philippines: Kanlaon Volcano Eruption - Flash Update No. {b} (as of {d} June 2026)",
           "NDRRMC Situational Report No. {c} for the Eruption of Kanlaon Volcano (2026)")  # fmt: skip


def html_reliefweb_ph(doc: Doc) -> bytes:
    """The LGU's situational report as ReliefWeb's report page, saved from the browser."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    org = doc.organisation
    day = f"{when.day} {when:%b %Y}"
    body: list[str] = []
    for s in doc.sections:
        body.append(f"<h3>{escape(s.heading)}</h3>")
        lis = []
        for it in s.items:
            risk, lead, rest = parts(it, "ph")
            lis.append(f"<li>{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}</li>" if lead else
                       f"<li>{escape(it.text)}</li>")  # fmt: skip
        body.append(f"<ul>{''.join(lis)}</ul>")
    title = (
        f"Philippines: Kanlaon Volcano Eruption – {org} Situational Report No. {doc.number} ({when:%B} "
        f"{when.day}, 2026)"
    )
    meta = (f'<dl class="rw-entity-meta"><dt>Format</dt><dd>Situation Report</dd><dt>Source</dt><dd><a href="/'
            'organization/govt-philippines">Govt. Philippines</a></dd><dt>Posted</dt><dd><time>'
            f"{day}</time></dd><dt>Originally published</dt><dd><time>{day}</time></dd><dt>Origin</dt><dd><a href="
            f'"https://www.facebook.com/{"".join(org.split()[:2])}">View original</a></dd></dl>')  # fmt: skip
    related = "".join(f'<article class="rw-river-article"><header><p class="rw-entity-country-slug">Philippines</p>'
                      f'<h3 class="rw-river-article__title"><a href="/report/philippines/x{h % 9000 + j}">'
                      f"{escape(t.format(a=8 + doc.number, b=doc.number + 1, c=4 + doc.number, d=when.day))}</a></h3>"
                      '</header><footer><dl class="rw-entity-meta"><dt>Format</dt><dd>Situation Report</dd><dt>Source'
                      f"</dt><dd>Govt. Philippines</dd><dt>Posted</dt><dd>{day}</dd></dl></footer></article>"
                      for j, t in enumerate(RELATED))  # fmt: skip
    size = f"{300 + h % 900}.{h % 100:02d} KB"
    html = ('<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>'
            f"{escape(title)} - Philippines | ReliefWeb</title></head><body><a class=\"visually-hidden\" href=\"#main"
            '-content">Skip to main content</a><header class="rw-header"><a class="rw-logo" href="/">ReliefWeb'
            '</a><p class="rw-tagline">Informing humanitarians worldwide 24/7 — a service provided by UN OCHA</p>'
            '<nav class="rw-main-menu"><ul><li><a href="/updates">Updates</a></li><li><a href="/countries">Countries'
            '</a></li><li><a href="/disasters">Disasters</a></li><li><a href="/organizations">Organizations</a></li>'
            '<li><a href="/topics">Topics</a></li><li><a href="/jobs">Jobs</a></li><li><a href="/training">Training'
            '</a></li></ul></nav><div class="rw-user-menu"><a href="/user/login">Sign in</a></div><form class="rw-'
            'search"><input type="search" placeholder="Search ReliefWeb"><button>Search</button></form></header>'
            '<main id="main-content"><article class="rw-article rw-report"><header class="rw-article__header"><p '
            f'class="rw-entity-country-slug"><a href="/country/phl">Philippines</a></p><h1 class="rw-article__title">'
            f'{escape(title)}</h1></header>{meta}<section class="rw-attachment"><h2>Attachments</h2><ul><li><a href='
            f'"/attachments/{h:08x}/SitRep-{doc.number}.pdf">Download Report<span> (PDF | {size})</span></a></li></ul>'
            f'<img src="/sites/default/files/styles/attachment-large/public/resources-pdf-previews/{h % 10**6}.png" '
            f'alt="Preview of SitRep-{doc.number}.pdf"></section><div class="rw-article__content">{"".join(body)}'
            '</div><section class="rw-report-details"><h2 class="visually-hidden">Report details</h2><dl><dt>Primary '
            "country</dt><dd>Philippines</dd><dt>Source</dt><dd>Govt. Philippines</dd><dt>Format</dt><dd>Situation "
            "Report</dd><dt>Themes</dt><dd>Agriculture</dd><dd>Health</dd><dd>Shelter and Non-Food Items</dd><dt>"
            "Disaster type</dt><dd>Volcano</dd><dt>Language</dt><dd>English</dd><dt>Disaster</dt><dd>Philippines: "
            "Kanlaon Volcano Eruption - Jun 2026</dd></dl></section><div class=\"rw-share\"><span>Share</span><a>"
            'Facebook</a><a>X</a><a>LinkedIn</a><a>Email</a></div></article><section class="rw-related-content"><h2>'
            f"Related Content</h2>{related}</section></main><footer class=\"rw-footer\"><p>ReliefWeb's Terms & "
            'Conditions.</p><nav><a href="/about">About</a><a href="/help">Help</a><a href="/contact">Contact</a><a '
            'href="/terms-conditions">Terms</a><a href="/privacy">Privacy</a></nav><p>© 2026 all rights reserved. '
            "ReliefWeb is a service provided by the United Nations Office for the Coordination of Humanitarian "
            "Affairs (OCHA).</p></footer></body></html>")  # fmt: skip
    return html.encode("utf-8")
