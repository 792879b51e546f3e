"""Web and Markdown writers of the ``blind28_layouts`` set.

A North West (South African) local municipality's water outage situation report in Setswana, posted by its
communications unit as an article on the municipality's Joomla website and saved from the browser: the template's
"Skip to main content", the logo and the municipality's name, the main menu ("Gae", "Ka ga Rona", "Ditirelo",
"Dikgang", "Ikgolaganye") as a list of links, the breadcrumbs, the article's title in ``h2`` with Joomla's article
information block ("Details", "Written by", "Category", "Published", "Hits") and the print and e-mail icons, then
the body as TinyMCE leaves it — a lead paragraph, each section an ``h3`` with a trailing ``&nbsp;``, ``<ul>`` points,
``<p>&nbsp;</p>`` spacers, "<strong>Kganelo:</strong>" inside a risk's point —, the "Prev" / "Next" pager, the
"Dikgang tsa Bosheng" (latest news) module listing other articles as links, and the copyright footer. "R3 400",
"R1.25 milione", "16 Phatwe", "(pego e e fetileng: 5)".

A university IT service's cyber incident situation report kept as a page of the service's Azure DevOps project wiki
and exported as its Markdown file: ``[[_TOC_]]`` on the first line (the wiki draws the table of contents there), a
quoted classification and incident line with an ``@<Name>`` mention, a service status table with ``:red_circle:``
and ``:white_check_mark:`` emoji, a ``::: mermaid`` timeline block, each section a ``#`` heading (the page's title is
its file name and not in the file), the points "* ", the next steps a task list ("- [ ] "), "**Containment:**" bold
inside a risk's point, a rule and the page's review line. "£3,400", "£1.25m", "(5 at the last update)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind28_layouts_content import DIKGWEDI, parts, slug
from council_layouts_gold import Doc

# ---------------------------------------------------------------- Joomla article in Setswana

MENU = ("Gae", "Ka ga Rona", "Ditirelo", "Dikgang", "Ikgolaganye")
LATEST = ("Kopano ya baagi ya kabinete ya mmasepala", "Tefo ya ditirelo: nako ya bofelo e okeditswe",
          "Mmasepala o thapa badiri ba nakwana", "Tsela ya R52 e tla tswalwa ka Labotlhano")  # fmt: skip


def html_joomla_article_tn(doc: Doc) -> bytes:
    """The water outage report as the municipality's Joomla site shows the article."""
    when = report_day(doc)
    day = f"{when.day} {DIKGWEDI[when.month - 1]} {when.year}"
    site = slug(doc.organisation.removesuffix(" Local Municipality")).replace("-", "")
    title = f"Pego ya maemo ya bo{doc.number}: go kgaoga ga metsi"
    hits = 120 + zlib.crc32(doc.title.encode()) % 900
    out = ['<!DOCTYPE html>', '<html lang="tn-za" dir="ltr"><head><meta charset="utf-8">',
           '<meta name="generator" content="Joomla! - Open Source Content Management">',
           f"<title>{escape(title)} - {escape(doc.organisation)}</title>",
           '<link href="/templates/protostar/css/template.css" rel="stylesheet"></head>',
           '<body class="site com_content view-article">',
           '<a class="element-invisible" href="#content">Skip to main content</a>',
           f'<header class="header"><a class="brand" href="/"><img src="/images/logo-{site}.png" alt="Logo">'
           f'<span class="site-title">{escape(doc.organisation)}</span></a></header>',
           '<nav class="navigation" role="navigation"><ul class="nav menu nav-pills mod-list">',
           *[f'<li class="item-{101 + k}"><a href="/{slug(m)}">{m}</a></li>' for k, m in enumerate(MENU)],
           "</ul></nav>", '<div class="row-fluid"><main id="content" role="main" class="span9">',
           '<ul itemscope class="breadcrumb"><li>You are here: &#160;</li><li><a href="/">Gae</a>'
           '<span class="divider">/</span></li><li><a href="/dikgang">Dikgang</a><span class="divider">/</span>'
           f'</li><li class="active"><span>{escape(title)}</span></li></ul>',
           '<div class="item-page" itemscope itemtype="https://schema.org/Article">',
           '<div class="btn-group pull-right"><a href="#" class="btn dropdown-toggle"><span class="icon-cog">'
           '</span><span class="caret"></span></a><ul class="dropdown-menu"><li class="print-icon"><a href="#">'
           'Print</a></li><li class="email-icon"><a href="#">Email</a></li></ul></div>',
           f'<div class="page-header"><h2 itemprop="headline">{escape(title)}</h2></div>',
           '<dl class="article-info muted"><dt class="article-info-term">Details</dt>',
           '<dd class="createdby">Written by Lefapha la Tlhaeletsano</dd>',
           '<dd class="category-name">Category: <a href="/dikgang">Dikgang</a></dd>',
           f'<dd class="published"><time datetime="{when:%Y-%m-%d}T09:00:00+02:00">Published: {when.day} '
           f'{when:%B %Y}</time></dd>', f'<dd class="hits">Hits: {hits}</dd></dl>',
           '<div itemprop="articleBody">',
           f"<p>Pego e, e e gatisitsweng ka {day}, e tlhalosa maemo a go kgaoga ga metsi mo mmasepaleng.</p>",
           "<p>&nbsp;</p>"]  # fmt: skip
    for s in doc.sections:
        out.append(f"<h3>{escape(s.heading)}&nbsp;</h3>")
        out.append("<ul>")
        for it in s.items:
            risk, lead, rest = parts(it, "tn")
            inner = f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)
            out.append(f"<li>{inner}</li>")
        out += ["</ul>", "<p>&nbsp;</p>"]
    out += ["</div>", '<ul class="pager pagenav"><li class="previous"><a href="#" rel="prev">'
            '<span class="icon-chevron-left"></span> Prev</a></li><li class="next"><a href="#" rel="next">Next '
            '<span class="icon-chevron-right"></span></a></li></ul>', "</div></main>",
            '<div id="aside" class="span3"><div class="well"><h3 class="page-header">Dikgang tsa Bosheng</h3>'
            '<ul class="latestnews mod-list">',
            *[f'<li itemscope><a href="/dikgang/{slug(t)}"><span itemprop="name">{escape(t)}</span></a></li>'
              for t in LATEST],
            "</ul></div></div></div>",
            f'<footer class="footer"><p class="pull-right"><a href="#top" id="back-top">Back to Top</a></p><p>'
            f"&copy; {when.year} {escape(doc.organisation)}. All Rights Reserved.</p><p>Joomla! is Free Software "
            "released under the GNU General Public License.</p></footer>", "</body></html>"]  # fmt: skip
    return "\n".join(out).encode("utf-8")


# ---------------------------------------------------------------- Azure DevOps wiki page

MANAGERS = ("Jane Whitaker", "Rhys Morgan", "Aisha Rahman", "Callum Fraser")
SERVICES = (("Email and Teams", ":white_check_mark: Up"), ("VLE (Moodle)", ":large_orange_diamond: Read-only"),
            ("Student records", ":red_circle: Down"), ("Research file store", ":red_circle: Down"),
            ("Wi-Fi (eduroam)", ":white_check_mark: Up"))  # fmt: skip


def md_azure_wiki_gb(doc: Doc) -> bytes:
    """The incident page as the Azure DevOps wiki stores it."""
    when = report_day(doc)
    manager = MANAGERS[zlib.crc32(doc.organisation.encode()) % len(MANAGERS)]
    out = ["[[_TOC_]]", "",
           f"> **Classification:** OFFICIAL – internal. Incident INC-{when:%Y}-0{40 + doc.number % 3} "
           f"(situation report {doc.number}, {when.day} {when:%B %Y} 17:00). Major incident manager: @<{manager}>",
           "", "| Service | Status | Last change |", "|:--|:--|:--|"]  # fmt: skip
    for k, (svc, status) in enumerate(SERVICES):
        out.append(f"| {svc} | {status} | {when:%d/%m} {9 + k}:00 |")
    out += ["", "::: mermaid", "gantt", "    title Incident timeline", "    dateFormat YYYY-MM-DD",
            f"    section Response\n    Isolation :done, a1, {when:%Y-%m-%d}, 1d",
            f"    Rebuild :active, a2, after a1, {2 + doc.number}d", ":::", ""]  # fmt: skip
    for s in doc.sections:
        out += [f"# {s.heading}", ""]
        task = s.key == "next-steps"
        for it in s.items:
            risk, lead, rest = parts(it, "uni")
            text = f"{risk} **{lead}** {rest}" if lead else it.text
            out.append(f"- [ ] {text}" if task else f"* {text}")
        out.append("")
    out += ["---", f"_Reviewed at the 17:00 incident call by @<{manager}>. Do not edit during the call._", ""]
    return "\n".join(out).encode("utf-8")
