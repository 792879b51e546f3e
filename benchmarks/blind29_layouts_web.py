"""Web and Markdown writers of the ``blind29_layouts`` set.

A Nepali rural municipality's daily disaster situation report in a monsoon of floods and landslides, posted by its
disaster management section as a notice on the municipality's website — one of the Drupal 7 sites that the ministry
of federal affairs built alike for every local level — and saved from the browser: the top bar with today's Bikram
Sambat date and the language switch, the emblem, the municipality's name, "गाउँ कार्यपालिकाको कार्यालय" and its
district and province, the main menu, the breadcrumbs, the node's title in ``h1.page-header``, its fields (fiscal
year, published date) and its body as CKEditor leaves it — the office's letterhead lines centred, the date line,
each section a bold paragraph numbered "१." typed before its name, ``<ul>`` points, "<strong>न्यूनीकरणका
उपाय:</strong>" inside a risk's point, the chief administrative officer's signature line —, the attached PDF with its
icon and size, the sidebar blocks of the chief administrative officer and the information officer (names and mobile
numbers) and the latest notices (other reports among them), the footer with the office's address and counter.
Devanagari digits, "रु. ३,४००", "रु. १२.५ लाख", "साउन २९ गते", "(अघिल्लो प्रतिवेदनमा ५)".

A Caribbean island's national disaster office's volcanic eruption situation report posted on its Blogger blog and
saved from the browser: the blog's header and description, the date header, the post title in ``h3.post-title``,
the body as Blogger's compose editor writes it — ``<div>`` lines and ``<br />``, the office, the report number and
the "As at" line centred in bold, each section a bold underlined line in capitals, ``<ul>`` points in
``<span style="font-family: arial;">``, "<b>Mitigation measures:</b>" inside a risk's point, the "Issued by" line —,
the post footer ("Posted by … at 6:42 PM", the share buttons' labels, "Labels:"), "No comments:", "Post a Comment",
the pager, "Subscribe to: Post Comments (Atom)", the sidebar's profile and blog archive (the earlier reports' titles
among its links), "Powered by Blogger". "EC$3,400", "EC$1.25 million", "11th April", "(previous report: 5)".

An inland navigation authority's drought update as the content file of its Hugo website (``content/news/…md``):
TOML front matter between ``+++`` lines (title, date, draft, description, tags, an update number), an introduction
and the ``<!--more-->`` summary divider, a ``{{< figure >}}`` shortcode with its caption, each section a ``##``
heading (the page's title comes from the front matter), "- " points, a link to the stoppages page made with the
``{{< ref >}}`` shortcode, "**How we're managing it:**" inside a risk's point, a ``{{< button >}}`` shortcode at the
end. "£3,400", "£1.25m", "(last update: 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind29_layouts_banks_abroad import PALIKA
from blind29_layouts_content import bs_numeric, bs_today, ne_digits, parts, slug
from council_layouts_gold import Doc

# ---------------------------------------------------------------- Nepali municipality's Drupal site

PLACES = {"उत्तरगंगा": "सिन्धुपाल्चोक, बागमती प्रदेश", "सुनौलो डाँडा": "म्याग्दी, गण्डकी प्रदेश",
          "मेलम्चीखोला": "सिन्धुपाल्चोक, बागमती प्रदेश", "रातोमाटे": "पाँचथर, कोशी प्रदेश"}  # fmt: skip
OFFICERS = ("रामप्रसाद अधिकारी", "सीता कुमारी श्रेष्ठ", "हरि बहादुर थापा", "गीता पौडेल")
MENU = ("गृहपृष्ठ", "हाम्रो बारेमा", "ऐन, कानुन, निर्देशिका", "सूचना तथा समाचार", "प्रकाशन", "सम्पर्क")
NOTICES = ("आर्थिक वर्ष २०८२/०८३ को नीति तथा कार्यक्रम", "विपद् पीडितलाई राहत वितरण सम्बन्धी सूचना",
           "बोलपत्र आह्वानको सूचना", "कर्मचारी छनोट सम्बन्धी सूचना")  # fmt: skip


def html_drupal_palika_ne(doc: Doc) -> bytes:
    """The situation report as the municipality's Drupal site shows the notice."""
    when = report_day(doc).date()
    org = doc.organisation
    latin = PALIKA.latin[PALIKA.organisations.index(org)].replace("-", "")
    place = PLACES[org.removesuffix(" गाउँपालिका")]
    h = zlib.crc32(org.encode())
    cao, info = OFFICERS[h % 4], OFFICERS[(h + 1) % 4]
    title = f"विपद् सम्बन्धी दैनिक स्थिति प्रतिवेदन नं. {ne_digits(doc.number)}"
    earlier = [f"विपद् सम्बन्धी दैनिक स्थिति प्रतिवेदन नं. {ne_digits(n)}" for n in range(doc.number - 1, 0, -1)]
    node = 1200 + h % 800 + doc.number
    out = ['<!DOCTYPE html>', '<html lang="ne" dir="ltr"><head><meta charset="utf-8">',
           '<meta name="Generator" content="Drupal 7 (http://drupal.org)">',
           f"<title>{escape(title)} | {escape(org)}</title>",
           '<link rel="stylesheet" href="/sites/all/themes/mofaga/css/style.css"></head>',
           f'<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node-{node} '
           'node-type-notice">', '<div id="skip-link"><a href="#main-content" class="element-invisible">Skip to '
           "main content</a></div>", f'<div class="top-bar"><span class="date">आज: {bs_today(when)}</span>'
           '<ul class="language-switcher-locale-url"><li class="en"><a href="/en">English</a></li><li class="ne '
           'active"><a href="/ne" class="active">नेपाली</a></li></ul></div>',
           '<header class="navbar"><div class="container"><a class="logo navbar-btn" href="/"><img '
           'src="/sites/all/themes/mofaga/logo.png" alt="नेपाल सरकारको निशान छाप"></a>',
           f'<div class="site-name"><a href="/" class="name navbar-brand">{escape(org)}</a></div>',
           f'<div class="site-slogan">गाउँ कार्यपालिकाको कार्यालय<br>{place}, नेपाल</div></div></header>',
           '<nav class="main-menu"><ul class="menu nav navbar-nav">',
           *[f'<li class="leaf"><a href="/{k}">{escape(m)}</a></li>' for k, m in enumerate(MENU)], "</ul></nav>",
           '<div class="main-container container"><div class="row"><section class="col-sm-9">',
           '<ol class="breadcrumb"><li><a href="/">गृहपृष्ठ</a></li><li><a href="/notices">सूचना तथा समाचार</a>'
           f'</li><li class="active">{escape(title)}</li></ol>', '<a id="main-content"></a>',
           f'<h1 class="page-header">{escape(title)}</h1>',
           f'<div id="node-{node}" class="node node-notice clearfix">',
           '<div class="field field-name-field-fiscal-year field-type-taxonomy-term-reference field-label-inline">'
           '<div class="field-label">आर्थिक वर्ष:&nbsp;</div><div class="field-items"><div class="field-item '
           'even">२०८२/०८३</div></div></div>',
           '<div class="field field-name-field-date field-type-datetime field-label-inline"><div class="field-label">'
           f'प्रकाशित मिति:&nbsp;</div><div class="field-items"><div class="field-item even">{bs_numeric(when)}'
           "</div></div></div>",
           '<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div '
           'class="field-items"><div class="field-item even" property="content:encoded">',
           f'<p style="text-align:center"><strong>{escape(org)}</strong><br>गाउँ कार्यपालिकाको कार्यालय<br>'
           "विपद् व्यवस्थापन शाखा</p>",
           f"<p>मिति: {bs_today(when)}, बेलुका ५ बजे सम्मको विवरण</p>"]  # fmt: skip
    for s in doc.sections:
        out += [f"<p><strong>{escape(s.heading)}</strong></p>", "<ul>"]
        for it in s.items:
            risk, lead, rest = parts(it, "ne")
            inner = f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)
            out.append(f"<li>{inner}</li>")
        out.append("</ul>")
    size = ne_digits(f"{180 + h % 300}.{doc.number}")
    out += ['<p style="text-align:right">प्रमुख प्रशासकीय अधिकृत</p>', "</div></div></div>",
            '<div class="field field-name-field-files field-type-file field-label-above"><div class="field-label">'
            'फाइल:&nbsp;</div><div class="field-items"><div class="field-item even"><span class="file"><img '
            'class="file-icon" alt="PDF icon" title="application/pdf" src="/modules/file/icons/application-pdf.png">'
            f' <a href="/sites/{latin}mun.gov.np/files/pratibedan-{doc.number}.pdf" type="application/pdf">'
            f"pratibedan-{doc.number}.pdf</a></span> ({size} KB)</div></div></div>", "</div></section>",
            '<aside class="col-sm-3" role="complementary">',
            '<section class="block block-views"><h2 class="block-title">प्रमुख प्रशासकीय अधिकृत</h2>'
            f'<img src="/sites/{latin}mun.gov.np/files/cao.jpg" alt=""><p>{cao}</p><p>फोन: '
            f"{ne_digits(9851000000 + h % 99999)}</p></section>",
            '<section class="block block-views"><h2 class="block-title">सूचना अधिकारी</h2>'
            f'<img src="/sites/{latin}mun.gov.np/files/info.jpg" alt=""><p>{info}</p><p>फोन: '
            f"{ne_digits(9841000000 + h % 77777)}</p></section>",
            '<section class="block block-views"><h2 class="block-title">हालैका सूचनाहरु</h2><ul>',
            *[f'<li><a href="/notice/{k}">{escape(t)}</a></li>' for k, t in enumerate([*earlier[:3], *NOTICES])],
            "</ul></section></aside></div></div>",
            f'<footer class="footer container"><p>{escape(org)}, गाउँ कार्यपालिकाको कार्यालय, {place}</p>'
            f"<p>इमेल: info@{latin}mun.gov.np</p><p>© सर्वाधिकार सुरक्षित {escape(org)}</p>"
            f"<p>कुल आगन्तुक: {ne_digits(20000 + h % 50000)}</p></footer>", "</body></html>"]  # fmt: skip
    return "\n".join(out).encode("utf-8")


# ---------------------------------------------------------------- Caribbean disaster office's Blogger post

OFFICES = {"National Emergency Management Organisation of St Aubin": ("NEMO St Aubin", "nemostaubin"),
           "National Office of Disaster Services of Bellaire": ("NODS Bellaire", "nodsbellaire"),
           "Office of Disaster Management of Grande Anse": ("ODM Grande Anse", "odmgrandeanse"),
           "National Disaster Office of Morne Verte": ("NDO Morne Verte", "ndomorneverte")}  # fmt: skip


def _day_th(when) -> str:
    d = when.day
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def html_blogger_nemo_vc(doc: Doc) -> bytes:
    """The situation report as the office's Blogger blog shows the post."""
    when = report_day(doc)
    short, blog = OFFICES[doc.organisation]
    title = f"SITUATION REPORT No. {doc.number} – MOUNT BEAULIEU ERUPTION"
    post = 7_000_000_000 + zlib.crc32(doc.title.encode())
    arial = '<span style="font-family: arial;">'
    out = ["<!DOCTYPE html>", "<html class='v2' dir='ltr' lang='en'><head><meta charset='UTF-8'>",
           "<meta content='blogger' name='generator'>", f"<title>{escape(short)}: {escape(title)}</title></head>",
           "<body class='loading'><div class='content-outer'><header><div class='header-inner'>",
           f"<h1 class='title'><a href='https://{blog}.blogspot.com/'>{escape(short)}</a></h1>",
           "<p class='description'><span>Official updates on disasters and emergencies.</span></p></div></header>",
           "<div class='main-inner'><div class='column-center-inner'><div class='blog-posts hfeed'>",
           f"<h2 class='date-header'><span>{when:%A, %B} {when.day}, {when.year}</span></h2>",
           "<div class='post hentry uncustomized-post-template' itemprop='blogPost'>",
           f"<h3 class='post-title entry-title' itemprop='name'>{escape(title)}</h3>",
           f"<div class='post-body entry-content' id='post-body-{post}' itemprop='description articleBody'>",
           f'<div style="text-align: center;"><b>{escape(doc.organisation.upper())}</b></div>',
           f'<div style="text-align: center;"><b>SITUATION REPORT No. {doc.number}</b></div>',
           f'<div style="text-align: center;">As at 6:00 p.m., {when:%A} {_day_th(when)} {when:%B %Y}</div>',
           "<div><br /></div>"]  # fmt: skip
    for s in doc.sections:
        out += [f"<div><b><u>{escape(s.heading)}</u></b></div>", '<div><ul style="text-align: left;">']
        for it in s.items:
            risk, lead, rest = parts(it, "vc")
            inner = f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)
            out.append(f"<li>{arial}{inner}</span></li>")
        out += ["</ul></div>", "<div><br /></div>"]
    archive = [f"SITUATION REPORT No. {n} – MOUNT BEAULIEU ERUPTION" for n in range(doc.number, 0, -1)]
    out += [f"<div>{arial}Issued by the Public Information Unit, {escape(short)}</span></div>", "</div>",
            "<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='post-author "
            f"vcard'>Posted by <span class='fn'>{escape(short)}</span></span> <span class='post-timestamp'>at "
            f"<a class='timestamp-link' href='#'><abbr class='published'>6:{42 + doc.number % 10} PM</abbr></a>"
            "</span></div><div class='post-share-buttons goog-inline-block'><a class='goog-inline-block "
            "share-button sb-email' href='#'><span class='share-button-link-text'>Email This</span></a><a "
            "class='share-button sb-blog'><span class='share-button-link-text'>BlogThis!</span></a><a "
            "class='share-button sb-twitter'><span class='share-button-link-text'>Share to X</span></a><a "
            "class='share-button sb-facebook'><span class='share-button-link-text'>Share to Facebook</span></a>"
            "<a class='share-button sb-pinterest'><span class='share-button-link-text'>Share to Pinterest</span>"
            "</a></div><div class='post-footer-line post-footer-line-2'><span class='post-labels'>Labels: <a "
            "href='#' rel='tag'>Mount Beaulieu</a>, <a href='#' rel='tag'>Situation Report</a></span></div>"
            "</div></div>", "<div class='comments' id='comments'><h4>No comments:</h4><div id='comment-holder'>"
            "</div><p class='comment-footer'><a href='#'>Post a Comment</a></p></div>",
            "<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-"
            "link' href='#'>Newer Post</a></span><span id='blog-pager-older-link'><a class='blog-pager-older-link'"
            " href='#'>Older Post</a></span><a class='home-link' href='#'>Home</a></div>",
            "<div class='post-feeds'>Subscribe to: <a class='feed-link' href='#' type='application/atom+xml'>Post "
            "Comments (Atom)</a></div></div></div></div>",
            "<div class='sidebar'><div class='widget Profile'><h2>About Me</h2><dl class='profile-datablock'><dt "
            f"class='profile-data'><a class='profile-name-link' href='#'>{escape(short)}</a></dt></dl><a "
            "class='profile-link' href='#'>View my complete profile</a></div>",
            f"<div class='widget BlogArchive'><h2>Blog Archive</h2><ul class='hierarchy'><li class='archivedate "
            f"expanded'><a class='toggle'>▼&nbsp;</a><a class='post-count-link' href='#'>{when.year}</a> <span "
            f"class='post-count'>({doc.number + 11})</span><ul class='hierarchy'><li class='archivedate expanded'>"
            f"<a class='toggle'>▼&nbsp;</a><a class='post-count-link' href='#'>{when:%B}</a> <span "
            f"class='post-count'>({doc.number + 2})</span><ul class='posts'>",
            *[f"<li><a href='#'>{escape(t)}</a></li>" for t in archive],
            "<li><a href='#'>PRESS RELEASE: EVACUATION ORDER FOR THE RED ZONE</a></li>",
            "<li><a href='#'>VOLCANO ALERT LEVEL RAISED TO ORANGE</a></li></ul></li></ul></li></ul></div></div>",
            "<footer><div class='widget Attribution'>Simple theme. Powered by <a href='https://www.blogger.com'>"
            "Blogger</a>.</div></footer></div></body></html>"]  # fmt: skip
    return "\n".join(out).encode("utf-8")


# ---------------------------------------------------------------- navigation authority's Hugo content file

LOCATIONS = {"Fenland": "Denver sluice", "Severn": "the Tardebigge flight", "Pennine": "Standedge",
             "Weald": "Teston lock"}  # fmt: skip


def md_hugo_waterways_gb(doc: Doc) -> bytes:
    """The drought update as the authority's Hugo site keeps the page's source."""
    when = report_day(doc)
    place = next(v for k, v in LOCATIONS.items() if doc.organisation.startswith(k))
    out = ["+++", f'title = "Drought update {doc.number}: water resources and navigation"',
           f"date = {when:%Y-%m-%d}T16:00:00+01:00", "draft = false",
           f'description = "Reservoir levels, lock restrictions and what we are doing – update {doc.number}"',
           'tags = ["drought", "navigation", "stoppages"]', 'categories = ["News"]', "",
           "[params]", f"  update_no = {doc.number}", '  author = "Water Management Team"', "+++", "",
           f"This is our regular update on water resources and navigation during the drought at {place} and across "
           "our network. We publish a new one every three days while the restrictions last.", "", "<!--more-->", "",
           f'{{{{< figure src="/images/drought/{slug(place)}-{when:%Y%m%d}.jpg" alt="Low water levels" '
           f'caption="Low water at {place} this week" >}}}}', ""]  # fmt: skip
    for s in doc.sections:
        out += [f"## {s.heading}", ""]
        for it in s.items:
            risk, lead, rest = parts(it, "canal")
            text = f"{risk} **{lead}** {rest}" if lead else it.text
            text = text.replace("stoppages page", '[stoppages page]({{< ref "/notices/stoppages" >}})')
            out.append(f"- {text}")
        out.append("")
    out += ['{{< button href="/notices/stoppages" >}}Check all stoppages{{< /button >}}', ""]
    return "\n".join(out).encode("utf-8")
