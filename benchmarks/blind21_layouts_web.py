"""Web writer of the ``blind21_layouts`` set: a Haitian communal civil protection committee's hurricane "Rapò
sitiyasyon" in Haitian Creole as a post on its WordPress site (the page as the theme serves it: the site header and
menu, the post's title ``h1.entry-title`` and meta line "Pibliye … pa …", the featured image in
``div.post-thumbnail`` with its ``figcaption``, then the Gutenberg blocks as saved — ``<!-- wp:paragraph -->``,
``<!-- wp:heading -->`` ``h2.wp-block-heading``, ``<!-- wp:list -->`` ``ul.wp-block-list`` with ``<!-- wp:list-item
-->`` entries, a ``wp:separator`` —, an opening sentence, the situation's points as paragraphs and the others as list
items, "Mezi:" in ``<strong>`` inside a risk's item, a closing italic line of who to call; after the content the
"Share this:" buttons, the tags, the author box, the previous / next post links, two readers' comments with their
"Reponn" links and the comment form, and a sidebar of search, recent posts, categories and archives widgets with
``h2.widget-title`` headings; "1 250", "12%", "3 400 000 goud", "10 septanm").
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind17_layouts_content import split_mitigation
from blind21_layouts_content import LEADS, MWA
from council_layouts_gold import Doc, Item

COMMENTS = (
    ("Jean-Robert Pierre", "Mèsi anpil pou enfòmasyon yo. Èske wout ki mennen Bèl Anse a louvri kounye a?"),
    ("Manoucheka D.", "Bondye beni tout ekip k ap travay sou teren an. Nou bezwen dlo nan katye Lavanneau."),
)


def _li(item: Item) -> str:
    risk, lead, mitigation = split_mitigation(item, LEADS["ht"])
    if not lead:
        return escape(item.text, quote=False)
    return f"{escape(risk, quote=False)} <strong>{escape(lead)}</strong> {escape(mitigation, quote=False)}"


def _slug(text: str) -> str:
    keep = "".join(ch if ch.isalnum() else "-" for ch in text.lower())
    return "-".join(part for part in keep.split("-") if part)


def html_wordpress_rapo_ht(doc: Doc) -> bytes:
    """The committee's report as a post of its WordPress site, saved from the browser."""
    when = report_day(doc)
    day = f"{when.day} {MWA[when.month - 1]} {when.year}"
    komin = doc.organisation.removeprefix("Komite Kominal Pwoteksyon Sivil ")
    site = f"https://kkps-{_slug(komin)}.ht"
    title = f"Rapò sitiyasyon #{doc.number} – Siklòn nan, {day}"
    pid = 400 + zlib.crc32(komin.encode()) % 300 + doc.number
    blocks = [
        "<!-- wp:paragraph -->",
        f"<p>Men rapò sitiyasyon #{doc.number} Komite Kominal Pwoteksyon Sivil {escape(komin)} an, jan "
        f"sitiyasyon an ye {day} a 8è nan maten.</p>",
        "<!-- /wp:paragraph -->",
    ]
    for s in doc.sections:
        blocks += ["<!-- wp:heading -->",
                   f'<h2 class="wp-block-heading" id="{_slug(s.heading)}">{escape(s.heading)}</h2>',
                   "<!-- /wp:heading -->"]  # fmt: skip
        if s.key == "situation":
            for it in s.items:
                blocks += ["<!-- wp:paragraph -->", f"<p>{_li(it)}</p>", "<!-- /wp:paragraph -->"]
            continue
        blocks += ["<!-- wp:list -->", '<ul class="wp-block-list">']
        for it in s.items:
            blocks += ["<!-- wp:list-item -->", f"<li>{_li(it)}</li>", "<!-- /wp:list-item -->"]
        blocks += ["</ul>", "<!-- /wp:list -->"]
    blocks += ["<!-- wp:separator -->", '<hr class="wp-block-separator has-alpha-channel-opacity"/>',
               "<!-- /wp:separator -->", "<!-- wp:paragraph -->",
               "<p><em>Pou nenpòt ijans, rele 114 (Pwoteksyon Sivil) oswa 116 (Anbilans).</em></p>",
               "<!-- /wp:paragraph -->"]  # fmt: skip
    share = "".join(
        f'<li class="share-{k}"><a rel="nofollow noopener noreferrer" class="share-{k} sd-button share-icon" '
        f'href="{site}/?p={pid}&amp;share={k}" target="_blank" title="Klike pou pataje sou {v}"><span>{v}</span>'
        "</a></li>"
        for k, v in (("facebook", "Facebook"), ("x", "X"), ("jetpack-whatsapp", "WhatsApp"), ("email", "Email"))
    )
    comments = "".join(
        f'<li id="comment-{pid * 10 + k}" class="comment even thread-even depth-1"><article class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{escape(who)}</b> '
        '<span class="says">di:</span></div><div class="comment-metadata"><a href="#"><time>'
        f'{day} a {9 + k}:{12 * k + 5:02d}</time></a></div></footer><div class="comment-content"><p>'
        f'{escape(what)}</p></div><div class="reply"><a class="comment-reply-link" href="#">Reponn</a></div>'
        "</article></li>"
        for k, (who, what) in enumerate(COMMENTS)
    )
    recent = "".join(f'<li><a href="{site}/rapo-sitiyasyon-{n}/">Rapò sitiyasyon #{n}</a></li>'
                     for n in range(doc.number - 1, max(0, doc.number - 4), -1))  # fmt: skip
    recent += '<li><a href="#">Plan kominal ijans lan mete ajou</a></li>'
    page = f"""<!DOCTYPE html>
<html lang="ht" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} – KKPS {escape(komin)}</title>
<meta name="generator" content="WordPress 6.6.2">
<link rel="stylesheet" id="wp-block-library-css" href="{site}/wp-includes/css/dist/block-library/style.min.css"
 media="all">
<link rel="stylesheet" id="twentytwentyone-style-css" href="{site}/wp-content/themes/twentytwentyone/style.css"
 media="all">
</head>
<body class="post-template-default single single-post postid-{pid} single-format-standard wp-embed-responsive">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Ale nan kontni an</a>
<header id="masthead" class="site-header has-title-and-tagline has-menu" role="banner">
<div class="site-branding"><p class="site-title"><a href="{site}/">KKPS {escape(komin)}</a></p>
<p class="site-description">Komite Kominal Pwoteksyon Sivil – Enfòmasyon pou popilasyon an</p></div>
<nav id="site-navigation" class="primary-navigation" aria-label="Meni prensipal"><ul id="primary-menu-list"
 class="menu-wrapper"><li class="menu-item"><a href="{site}/">Akèy</a></li><li class="menu-item"><a
 href="{site}/rapo/">Rapò</a></li><li class="menu-item"><a href="{site}/abri/">Abri yo</a></li><li
 class="menu-item"><a href="{site}/kontak/">Kontak</a></li></ul></nav>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard has-post-thumbnail
 hentry category-rapo-sitiyasyon tag-siklon entry">
<header class="entry-header alignwide">
<h1 class="entry-title">{escape(title)}</h1>
<figure class="post-thumbnail"><img width="1568" height="1045"
 src="{site}/wp-content/uploads/{when:%Y/%m}/inondasyon-{_slug(komin)}-{doc.number}-1568x1045.jpg"
 class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async">
<figcaption class="wp-caption-text">Dlo nan lari yo apre siklòn nan. Foto: KKPS {escape(komin)}</figcaption>
</figure>
</header>
<div class="entry-content">
{chr(10).join(blocks)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text
 sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>{share}</ul></div></div></div>
</div>
<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Pibliye
 <time class="entry-date published" datetime="{when:%Y-%m-%d}T09:15:00-04:00">{day}</time></span><span
 class="byline">pa <a href="{site}/author/kkps/" rel="author">KKPS {escape(komin)}</a></span></div>
<div class="post-taxonomies"><span class="cat-links">Kategori: <a href="#" rel="category tag">Rapò
 sitiyasyon</a></span><span class="tags-links">Etikèt: <a href="#" rel="tag">siklòn</a>, <a href="#"
 rel="tag">inondasyon</a></span></div></footer>
<div class="author-bio show-avatars"><img alt="" src="https://secure.gravatar.com/avatar/0?s=85&amp;d=mm"
 class="avatar avatar-85 photo" height="85" width="85"><div class="author-bio-content"><h2
 class="author-title">Pa KKPS {escape(komin)}</h2><p class="author-description">Sekretarya teknik Komite Kominal
 Pwoteksyon Sivil la pibliye rapò sitiyasyon yo chak jou pandan ijans lan.</p></div></div>
</article>
<nav class="navigation post-navigation" aria-label="Atik"><h2 class="screen-reader-text">Navigasyon atik</h2>
<div class="nav-links"><div class="nav-previous"><a href="#" rel="prev"><p class="meta-nav">Atik anvan</p><p
 class="post-title">Rapò sitiyasyon #{max(1, doc.number - 1)}</p></a></div></div></nav>
<div id="comments" class="comments-area default-max-width show-avatars">
<h2 class="comments-title">{len(COMMENTS)} kòmantè</h2>
<ol class="comment-list">{comments}</ol>
<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Kite yon kòmantè</h2>
<form action="{site}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p
 class="comment-notes">Nou p ap pibliye adrès imèl ou.</p><p class="comment-form-comment"><label
 for="comment">Kòmantè</label><textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input
 name="submit" type="submit" id="submit" class="submit" value="Voye kòmantè"></p></form></div>
</div>
</main></div>
<aside id="secondary" class="widget-area" role="complementary">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form"
 action="{site}/"><label for="s">Chèche…</label><input type="search" id="s" name="s"><input type="submit"
 class="search-submit" value="Chèche"></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Dènye atik yo</h2>
<nav aria-label="Dènye atik yo"><ul>{recent}</ul></nav></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Kategori</h2><nav><ul><li
 class="cat-item"><a href="#">Avètisman</a></li><li class="cat-item"><a href="#">Rapò sitiyasyon</a></li></ul>
</nav></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Achiv</h2><nav><ul><li><a
 href="#">{MWA[when.month - 1]} {when.year}</a></li><li><a href="#">out {when.year}</a></li></ul></nav></section>
</aside>
</div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info"><div
 class="site-name">KKPS {escape(komin)}</div><div class="powered-by">Fièman pwopilse pa <a
 href="https://wordpress.org/">WordPress</a>.</div></div></footer>
</div>
</body>
</html>
"""
    return page.encode()
