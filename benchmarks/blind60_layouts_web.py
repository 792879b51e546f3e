"""Web writers of the ``blind60_layouts`` set: a Namibian regional council's flood update on its WordPress site built
with the Divi theme, and a Surinamese district commissariat's flood update on a government site built with Progress
Sitefinity.

A regional council of Namibia in the efundja, the floods that come down the oshanas from Angola: the "Flood Situation
Update" posted by the council's public relations office on its WordPress site, laid out with Divi's builder, saved
from the browser — Divi's top bar with telephone and e-mail, the logo and menu, the post's ``<h1>`` and "by … | date
| News", the key points in a Divi blurb (its icon a private-use glyph, its title an ``<h4>``), each other section an
``<h2>`` in a text module, lists, "Action taken:" in bold, the issuing office in italics, the sidebar's search and
recent posts, "Submit a Comment", Divi's footer credit and the cookie law bar. "N$29.9 million", "1,250",
"16 March", "(previous update: 5)".

A district commissariat of Suriname when the interior's rivers flood its villages: the "Update wateroverlast"
posted on the news pages of a government site built with Progress Sitefinity, saved from the browser — the
tracking-consent dialog, the header with the Republic's name and the menu, the breadcrumb, ``<main>`` holding the
news item (``sfnewsDetails``: ``<h1>``, date and author, a photo with its caption, an opening paragraph, each
section an ``<h2>``, the highlights as paragraphs, lists, "Genomen maatregelen:" in bold, the closing line in
italics, "Deel dit bericht" and "« Terug naar overzicht") beside a column of related news, the footer and
Sitefinity's scripts. "SRD 7.650.000", "1.250", "16 juni", "(vorige update: 5)".
"""

from __future__ import annotations

import zlib
from datetime import timedelta
from html import escape

from blind7_layouts_content import report_day
from blind60_layouts_banks_away import WATER
from blind60_layouts_banks_home import EFUNDJA
from blind60_layouts_content import MAANDEN, parts
from council_layouts_gold import Doc


def _mark(it, lang: str) -> str:
    risk, lead, rest = parts(it, lang)
    return f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)


# ---------------------------------------------------------------- a Namibian regional council's Divi post

COUNCILS = (("oshanarc.gov.na", "Oshakati", "+264 65 220 441"), ("ohangwenarc.gov.na", "Eenhana", "+264 65 290 200"),
            ("omusatirc.gov.na", "Outapi", "+264 65 251 000"),
            ("zambezirc.gov.na", "Katima Mulilo", "+264 66 261 700"))  # fmt: skip


def _module(k: int, inner: str) -> str:
    return (f'<div class="et_pb_module et_pb_text et_pb_text_{k} et_pb_text_align_left et_pb_bg_layout_light">'
            f'<div class="et_pb_text_inner">{inner}</div></div>')  # fmt: skip


def html_divi_efundja_regional_council_na(doc: Doc) -> bytes:
    """The council's flood update post as the browser saves it."""
    when = report_day(doc)
    host, seat, phone = COUNCILS[EFUNDJA.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    site = f"https://www.{host}"
    title = f"Flood Situation Update No. {doc.number}"
    modules = [_module(0, f"<p>The {escape(doc.organisation)} wishes to inform the public about the flood situation "
                          f"in the region as at {when.day} {when:%B %Y}.</p>")]  # fmt: skip
    for k, s in enumerate(doc.sections, 1):
        if s.key == "highlights":
            modules.append(
                f'<div class="et_pb_module et_pb_blurb et_pb_blurb_0 et_pb_text_align_left et_pb_blurb_position_left'
                f' et_pb_bg_layout_light"><div class="et_pb_blurb_content"><div class="et_pb_main_blurb_image">'
                f'<span class="et_pb_image_wrap"><span class="et-waypoint et_pb_animation_top et-pb-icon">&#xe06a;'
                f'</span></span></div><div class="et_pb_blurb_container"><h4 class="et_pb_module_header"><span>'
                f'{escape(s.heading)}</span></h4><div class="et_pb_blurb_description">'
                + "".join(f"<p>{escape(it.text)}</p>" for it in s.items)
                + "</div></div></div></div>"
            )
        else:
            modules.append(
                _module(
                    k,
                    f"<h2>{escape(s.heading)}</h2><ul>"
                    + "".join(f"<li>{_mark(it, 'na')}</li>" for it in s.items)
                    + "</ul>",
                )
            )
    modules.append(_module(99, "<p><em>Issued by the Office of the Chief Regional Officer, "
                               f"{escape(doc.organisation)}, {seat}</em></p>"))  # fmt: skip
    menu = "".join(
        f'<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="{site}/{u}/">{t}</a></li>'
        for u, t in (
            ("", "Home"),
            ("about-us", "About Us"),
            ("constituencies", "Constituencies"),
            ("news", "News"),
            ("vacancies", "Vacancies"),
            ("contact-us", "Contact Us"),
        )
    )
    recent = "".join(f'<li><a href="{site}/{when:%Y/%m}/{u}/">{t}</a></li>' for u, t in (
        (f"flood-situation-update-no-{max(doc.number - 1, 1)}", f"Flood Situation Update No. {max(doc.number - 1, 1)}"),
        ("regional-council-meeting", "Notice: Ordinary Regional Council Meeting"),
        ("tender-notice", "Invitation to Bid: Construction of Pit Latrines")))  # fmt: skip
    html = f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title} | {escape(doc.organisation)}</title>
<meta name="generator" content="WordPress 6.5.5"><meta content="Divi v.4.27.1" name="generator">
<link rel="stylesheet" id="divi-style-parent-css" href="{site}/wp-content/themes/Divi/style-static.min.css?ver=4.27.1">
<link rel="stylesheet" id="cookie-law-info-css" href="{site}/wp-content/plugins/cookie-law-info/legacy/public/css/\
cookie-law-info-public.css?ver=3.2.4"></head>
<body class="post-template-default single single-post postid-{h % 9000} single-format-standard \
et_pb_button_helper_class et_fixed_nav et_show_nav et_secondary_nav_enabled et_primary_nav_dropdown_animation_fade \
et_right_sidebar et_divi_theme et-db">
<div id="page-container"><div id="top-header"><div class="container clearfix"><div id="et-info">\
<span id="et-info-phone">{phone}</span><a href="mailto:info@{host}"><span id="et-info-email">info@{host}</span></a>\
</div></div></div>
<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container">
<div class="logo_container"><span class="logo_helper"></span><a href="{site}/"><img src="{site}/wp-content/uploads/\
{when.year - 2}/05/logo.png" alt="{escape(doc.organisation)}" id="logo" data-height-percentage="54"></a></div>
<div id="et-top-navigation"><nav id="top-menu-nav"><ul id="top-menu" class="nav">{menu}</ul></nav>
<div id="et_mobile_nav_menu"><div class="mobile_nav closed"><span class="select_page">Select Page</span>\
<span class="mobile_menu_bar mobile_menu_bar_toggle"></span></div></div></div></div></header>
<div id="et-main-area"><div id="main-content"><div class="container"><div id="content-area" class="clearfix">
<div id="left-area"><article id="post-{h % 9000}" class="et_pb_post post-{h % 9000} post type-post status-publish \
format-standard has-post-thumbnail hentry category-news"><div class="et_post_meta_wrapper">
<h1 class="entry-title">{title}</h1><p class="post-meta"> by <span class="author vcard"><a href="{site}/author/\
pro/" title="Posts by Public Relations Office" rel="author">Public Relations Office</a></span> | <span \
class="published">{when:%b} {when.day}, {when.year}</span> | <a href="{site}/category/news/" rel="category tag">\
News</a></p></div>
<div class="entry-content"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0 et_section_regular"><div class="et_pb_row et_pb_row_0">
<div class="et_pb_column et_pb_column_4_4 et_pb_column_0 et_pb_css_mix_blend_mode_passthrough et-last-child">
{"".join(modules)}
</div></div></div></div></div></div>
<div class="et_post_meta_wrapper"></div></article>
<section id="comment-wrap"><div id="comment-section" class="nocomments"></div><div id="respond" \
class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><span>Submit a Comment</span></h3>\
<form action="{site}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p \
class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are \
marked <span class="required">*</span></p><p class="comment-form-comment"><label for="comment">Comment \
<span class="required">*</span></label><textarea id="comment" name="comment"></textarea></p><p class="form-submit">\
<button name="submit" type="submit" id="submit" class="submit et_pb_button">Submit Comment</button></p></form></div>\
</section></div>
<div id="sidebar"><div id="search-2" class="et_pb_widget widget_search"><form role="search" method="get" \
id="searchform" class="searchform" action="{site}/"><label class="screen-reader-text" for="s">Search for:</label>\
<input type="text" name="s" id="s"><input type="submit" id="searchsubmit" value="Search"></form></div>
<div id="recent-posts-2" class="et_pb_widget widget_recent_entries"><h4 class="widgettitle">Recent Posts</h4>\
<ul>{recent}</ul></div></div></div></div></div>
<footer id="main-footer"><div id="footer-bottom"><div class="container clearfix"><ul class="et-social-icons">\
<li class="et-social-icon et-social-facebook"><a href="https://www.facebook.com/" class="icon"><span>Facebook</span>\
</a></li></ul><div id="footer-info">Designed by <a href="https://www.elegantthemes.com" title="Premium WordPress \
Themes">Elegant Themes</a> | Powered by <a href="https://www.wordpress.org">WordPress</a></div></div></div></footer>
</div></div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>This website uses cookies to improve your experience. \
We'll assume you're ok with this, but you can opt-out if you wish. <a role="button" class="cli_settings_button">\
Cookie settings</a><a role="button" data-cli_action="accept" id="cookie_action_close_header" class="medium \
cli-plugin-button cli-plugin-main-button cookie_action_close_header cli_action_button">ACCEPT</a></span></div>
<script src="{site}/wp-content/themes/Divi/js/scripts.min.js?ver=4.27.1" id="divi-custom-script-js"></script>
</body></html>"""
    return html.encode()


# ---------------------------------------------------------------- a Surinamese district commissariat on Sitefinity

DISTRICTS = (("Brokopondo", "Brokopondo Centrum", "brokopondo"), ("Sipaliwini", "Boven-Suriname", "sipaliwini"),
             ("Marowijne", "Albina", "marowijne"), ("Para", "Onverwacht", "para"))  # fmt: skip
SF = "/Frontend-Assembly/Telerik.Sitefinity.Frontend"


def html_sitefinity_wateroverlast_sr(doc: Doc) -> bytes:
    """The district commissariat's flood update as the browser saves the news item."""
    when = report_day(doc)
    district, place, slug = DISTRICTS[WATER.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day} {MAANDEN[when.month - 1]} {when.year}"
    title = f"Update wateroverlast nr. {doc.number} – {district}"
    body = [f"<p><strong>{place} – </strong>Het {escape(doc.organisation)} geeft een overzicht van de situatie in "
            "de door het hoge water getroffen dorpen en van de hulp die wordt verleend.</p>"]  # fmt: skip
    for s in doc.sections:
        body.append(f"<h2>{escape(s.heading)}</h2>")
        if s.key == "highlights":
            body += [f"<p>{escape(it.text)}</p>" for it in s.items]
        else:
            body.append("<ul>" + "".join(f"<li>{_mark(it, 'sr')}</li>" for it in s.items) + "</ul>")
    body.append(f"<p><em>{escape(doc.organisation)}, in samenwerking met het Nationaal Coördinatiecentrum voor "
                "Rampenbeheersing (NCCR)</em></p>")  # fmt: skip
    menu = "".join(f'<li class="nav-item"><a class="nav-link" href="/{u}">{t}</a></li>' for u, t in (
        ("", "Home"), ("ministerie", "Ministerie"), ("districten", "Districten"), ("nieuws", "Nieuws"),
        ("diensten", "Diensten"), ("contact", "Contact")))  # fmt: skip
    related = "".join(f'<li><a href="/nieuws/{u}">{t}</a><span class="sfnewsDate">{(when - timedelta(k)).day} '
                      f"{MAANDEN[(when - timedelta(k)).month - 1]}</span></li>" for k, (u, t) in enumerate((
                          ("minister-bezoekt-getroffen-gebieden", "Minister bezoekt getroffen gebieden"),
                          ("inzameling-hulpgoederen", "Inzameling hulpgoederen voor het binnenland"),
                          ("districtsraad-vergadert", "Districtsraad vergadert over herstelplan")), 1))  # fmt: skip
    html = f"""<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} - Ministerie van Regionale Ontwikkeling en Sport</title>
<meta name="Generator" content="Sitefinity 14.4.8145.0 DX">
<link href="/ResourcePackages/Bootstrap5/assets/dist/css/main.min.css?package=Bootstrap5&amp;v={h % 10**6}" \
rel="stylesheet" type="text/css">
<script src="/ScriptResource.axd?d={h:x}{doc.number}Zq&amp;t=ffffffff93d1c106" type="text/javascript"></script>
</head><body>
<div id="tracking-consent-dialog" class="sf-tracking-consent" role="dialog" aria-live="polite"><p>Deze website \
gebruikt cookies om het gebruik van de site te analyseren en de dienstverlening te verbeteren. <a href="/privacy">\
Meer informatie</a></p><button type="button" id="tracking-consent-dialog-accept">Accepteren</button>\
<button type="button" id="tracking-consent-dialog-reject">Weigeren</button></div>
<header class="sf-header"><div class="container"><div class="row" data-sf-element="Row"><div class="col-md-5" \
data-sf-element="Column 1"><a href="/" class="navbar-brand"><img src="/images/default-source/logo/wapen.png" \
alt="Republiek Suriname"><span>Republiek Suriname<br><b>Ministerie van Regionale Ontwikkeling en Sport</b></span>\
</a></div><div class="col-md-7" data-sf-element="Column 2"><nav class="navbar navbar-expand-lg"><ul \
class="navbar-nav">{menu}</ul></nav><form class="sf-search" action="/zoeken"><input type="search" \
placeholder="Zoeken"><button type="submit">Zoeken</button></form></div></div></div></header>
<nav class="sfbreadcrumbWrp" aria-label="breadcrumb"><div class="container"><ol class="breadcrumb">\
<li class="breadcrumb-item"><a href="/">Home</a></li><li class="breadcrumb-item"><a href="/districten/{slug}">\
{district}</a></li><li class="breadcrumb-item"><a href="/nieuws">Nieuws</a></li><li class="breadcrumb-item active" \
aria-current="page">{escape(title)}</li></ol></div></nav>
<main id="main"><div class="container"><div class="row" data-sf-element="Row"><div class="col-lg-8" \
data-sf-element="Column 1"><div class="sfnewsDetails sfdetails">
<h1 class="sfnewsTitle sftitle">{escape(title)}</h1>
<div class="sfnewsAuthorAndDate sfmetainfo">{day} | {escape(doc.organisation)}</div>
<figure class="sfnewsImage"><img src="/images/default-source/nieuws/wateroverlast-{slug}-{h % 97}.jpg" \
alt="Wateroverlast {district}"><figcaption>Hulpgoederen worden per korjaal naar de getroffen dorpen gebracht.\
</figcaption></figure>
<div class="sfnewsContent sfcontent">{"".join(body)}</div>
<div class="sf-share">Deel dit bericht: <a href="https://www.facebook.com/sharer/sharer.php?u=/nieuws/\
update-wateroverlast-{doc.number}">Facebook</a> <a href="https://wa.me/?text=/nieuws/update-wateroverlast-\
{doc.number}">WhatsApp</a></div>
<a class="sfnewsBack" href="/nieuws">« Terug naar overzicht</a></div></div>
<div class="col-lg-4" data-sf-element="Column 2"><aside class="sf-related"><h2>Gerelateerd nieuws</h2>\
<ul class="sfnewsList">{related}</ul></aside></div></div></div></main>
<footer class="sf-footer"><div class="container"><p>Ministerie van Regionale Ontwikkeling en Sport · Van \
Roseveltkade 2, Paramaribo · Tel. +597 471 574</p><p>© {when.year} Ministerie van Regionale Ontwikkeling en Sport | \
<a href="/disclaimer">Disclaimer</a> | <a href="/privacy">Privacy</a></p></div></footer>
<script src="{SF}/Mvc/Scripts/TrackingConsent/tracking-consent-dialog.min.js?package=Bootstrap5" \
type="text/javascript"></script></body></html>"""
    return html.encode()
