"""Web writers of the ``blind59_layouts`` set: an Armenian regional administration's snowstorm news on its
1C-Bitrix site, and an Australian forestry agency's bushfire update on its Squiz Matrix site.

An Armenian regional administration (marzpetaran) in a winter of snowstorms: the public relations department posts
the daily "Տեղեկատվություն" on the administration's website, built on 1C-Bitrix as many sites of the region are,
saved from the browser — the ``/bitrix/`` assets and ``BX.message``, the top bar with the emergency number and the
languages "ՀԱՅ ENG РУС", the arms and "Հայաստանի Հանրապետության … մարզպետարան", the menu, the ``bx-breadcrumb``,
then the ``news-detail``: ``<h1>``, the date and time, the picture, an opening paragraph, each section's name a
bold paragraph, the summary as paragraphs, the other points a list, "Ձեռնարկված միջոցներ՝" in bold, the department's
line; the views and "Կիսվել", "Այլ նորություններ", the footer with address, copyright and the developer's line.
"125 000 000 դրամ", "1 250", "16 հունվարի", "(նախորդ տեղեկատվությամբ՝ 5)".

An Australian state forestry agency in a bushfire season: the "Bushfire update" page on the agency's website, run on
Squiz Matrix as most Australian government sites are, saved from the browser — the generator tag and
``/__data/assets/`` paths, the skip link, the "In an emergency call Triple Zero (000)" banner, the logo and search,
the menu, the breadcrumb, ``<h1>`` and "Last updated", the highlights in a callout box, ``<h2>`` sections, lists,
"Controls:" in bold, "Related links", "Was this page helpful?", the Acknowledgement of Country, the footer links,
copyright and disclaimer. "$2.2 million", "1,250", "16 December", "(previous update: 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind59_layouts_banks_away import DZYUN
from blind59_layouts_banks_home import FOREST
from blind59_layouts_content import AMSIV, parts
from council_layouts_gold import Doc


def _mark(it, lang: str, tag: str = "strong") -> str:
    risk, lead, rest = parts(it, lang)
    return f"{escape(risk)} <{tag}>{escape(lead)}</{tag}> {escape(rest)}" if lead else escape(it.text)


# ---------------------------------------------------------------- an Armenian marzpetaran's 1C-Bitrix site

MARZER = (("Շիրակի", "shirak.mtad.am", "Գյումրի, Վարդանանց հրապարակ 1", "+374 312 3 22 01"),
          ("Լոռու", "lori.mtad.am", "Վանաձոր, Հայքի հրապարակ 1", "+374 322 2 21 02"),
          ("Սյունիքի", "syunik.mtad.am", "Կապան, Գ. Նժդեհի 20", "+374 285 2 21 03"),
          ("Գեղարքունիքի", "gegharkunik.mtad.am", "Գավառ, Գ. Լուսավորչի 7", "+374 264 2 21 04"))  # fmt: skip


def html_bitrix_marzpetaran_dzyun_hy(doc: Doc) -> bytes:
    """The administration's snowstorm news page as the browser saves it."""
    when = report_day(doc)
    name, host, address, phone = MARZER[DZYUN.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    title = f"Տեղեկատվություն ձյան տեղումների հետևանքների վերացման աշխատանքների մասին (№ {doc.number})"
    body = [f"<p>{escape(name)} մարզպետարանը տեղեկացնում է մարզում ստեղծված իրավիճակի մասին։</p>"]
    for s in doc.sections:
        body.append(f"<p><b>{escape(s.heading)}</b></p>")
        if s.key == "highlights":
            body += [f"<p>{escape(it.text)}</p>" for it in s.items]
        else:
            body.append("<ul>" + "".join(f"<li>{_mark(it, 'hy', 'b')}</li>" for it in s.items) + "</ul>")
    body.append("<p><i>Մարզպետարանի հասարակայնության հետ կապերի բաժին</i></p>")
    menu = "".join(f'<li class="bx-nav-1-lvl"><a href="/{u}/">{t}</a></li>' for u, t in (
        ("", "Գլխավոր"), ("marzpet", "Մարզպետ"), ("structure", "Կառուցվածք"), ("news", "Նորություններ"),
        ("docs", "Փաստաթղթեր"), ("communities", "Համայնքներ"), ("contacts", "Կապ")))  # fmt: skip
    others = "".join(f'<li><a href="/news/{h % 9000 + k}/">{t}</a><span>{when.day - k % 2} {AMSIV[when.month - 1]}'
                     "</span></li>" for k, t in enumerate((
                         "Մարզպետն ընդունել է քաղաքացիների", "Տեղի է ունեցել խորհրդակցություն",
                         "Մեկնարկել է ձմեռային դպրոցական արձակուրդը")))  # fmt: skip
    html = f"""<!DOCTYPE html>
<html lang="hy"><head><meta charset="UTF-8"><title>{escape(title)} | {name} մարզպետարան</title>
<link href="/bitrix/templates/marz_main/template_styles.css?{h % 10**9}" rel="stylesheet">
<script src="/bitrix/js/main/core/core.min.js?{h % 10**8}"></script>
<script>BX.message({{'LANGUAGE_ID':'hy','SITE_ID':'s1','SITE_TEMPLATE_PATH':'/bitrix/templates/marz_main'}});</script>
</head><body><div id="panel"></div>
<div class="top-line"><div class="container"><span>Թեժ գիծ՝ {phone}</span> <span>Փրկարար ծառայություն՝ 911</span>
<ul class="lang"><li class="active"><a href="/">ՀԱՅ</a></li><li><a href="/en/">ENG</a></li><li><a href="/ru/">РУС\
</a></li></ul></div></div>
<header class="header"><a href="/" class="logo"><img src="/bitrix/templates/marz_main/images/coat.png" alt=""></a>
<div class="logo-text"><span>Հայաստանի Հանրապետության</span><b>{name} մարզպետարան</b></div>
<form action="/search/" class="search"><input type="text" name="q" placeholder="Որոնում"></form></header>
<nav class="bx-top-nav"><ul>{menu}</ul></nav>
<main class="container"><div class="bx-breadcrumb"><div class="bx-breadcrumb-item"><a href="/">Գլխավոր</a></div>
<i>/</i><div class="bx-breadcrumb-item"><a href="/news/">Նորություններ</a></div></div>
<div class="news-detail"><h1>{escape(title)}</h1>
<span class="news-date-time">{when:%d.%m.%Y} 11:{h % 50 + 10}</span>
<img class="detail_picture" src="/upload/iblock/{h % 999:03x}/{h:x}.jpg" alt="{escape(title)}">
<div class="news-text">{"".join(body)}</div>
<div class="news-footer"><span>Դիտումներ՝ {h % 900 + 100}</span> <span class="share">Կիսվել՝
<a href="https://www.facebook.com/sharer/sharer.php?u=https://{host}/news/{h % 9000}/">Facebook</a></span></div>
</div>
<aside><h3>Այլ նորություններ</h3><ul>{others}</ul></aside></main>
<footer class="footer"><div>{address}, {name} մարզպետարան</div><div>Էլ. փոստ՝ info@{host}</div>
<div>© {when.year} {name} մարզպետարան։ Բոլոր իրավունքները պաշտպանված են։</div>
<div class="dev">Կայքը աշխատում է «1C-Bitrix» համակարգով</div></footer>
</body></html>"""
    return html.encode()


# ---------------------------------------------------------------- an Australian forestry agency's Squiz Matrix site

AGENCIES = (("fcnsw.net.au", "NSW Government", "Gadigal"), ("forestrytas.com.au", "Tasmanian Government",
                                                           "palawa"),
            ("vicforests.com.au", "Victorian Government", "Wurundjeri"),
            ("hqplantations.com.au", "Queensland Government", "Turrbal and Jagera"))  # fmt: skip


def html_squiz_forest_fire_au(doc: Doc) -> bytes:
    """The agency's bushfire update page as the browser saves it."""
    when = report_day(doc)
    host, gov, people = AGENCIES[FOREST.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day} {when:%B %Y}"
    body = []
    for s in doc.sections:
        body.append(f"<h2>{escape(s.heading)}</h2>")
        if s.key == "highlights":
            body.append('<div class="callout callout--info">' + "".join(
                f"<p>{escape(it.text)}</p>" for it in s.items) + "</div>")  # fmt: skip
        else:
            body.append("<ul>" + "".join(f"<li>{_mark(it, 'au')}</li>" for it in s.items) + "</ul>")
    menu = "".join(f'<li><a href="https://www.{host}/{u}">{t}</a></li>' for u, t in (
        ("visit", "Visit our forests"), ("closures", "Forest closures"), ("fire", "Fire management"),
        ("timber", "Timber"), ("about", "About us")))  # fmt: skip
    html = f"""<!DOCTYPE html>
<html lang="en-AU"><head><meta charset="utf-8"><meta name="generator" content="Squiz Matrix">
<title>Bushfire update {doc.number} - {escape(doc.organisation)}</title>
<link rel="stylesheet" href="https://www.{host}/__data/assets/css_file/0019/{h % 9000}/main.css">
<!-- Squiz Matrix: asset #{h % 900000} -->
</head><body><a class="skip-link" href="#content">Skip to main content</a>
<div class="emergency-banner">In an emergency call Triple Zero (000). For current fire information see the \
Fires Near Me app.</div>
<header class="site-header"><a href="https://www.{host}/"><img src="https://www.{host}/__data/assets/image/0004/\
{h % 9000}/logo.svg" alt="{escape(doc.organisation)} - {gov}"></a>
<form class="search" action="https://www.{host}/search"><label for="q">Search</label><input id="q" name="q">\
<button>Search</button></form></header>
<nav class="main-nav"><ul>{menu}</ul></nav>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="https://www.{host}/">Home</a></li>
<li><a href="https://www.{host}/fire">Fire management</a></li><li>Bushfire update</li></ol></nav>
<main id="content"><h1>Bushfire update – {day}</h1>
<p class="page-meta">Last updated: {day}, {h % 4 + 2}:{h % 50 + 10} pm</p>
{"".join(body)}
<aside class="related"><h3>Related links</h3><ul><li><a href="https://www.rfs.nsw.gov.au/">Fires Near Me</a></li>
<li><a href="https://www.{host}/closures">Forest closures map</a></li>
<li><a href="http://www.bom.gov.au/">Bureau of Meteorology warnings</a></li></ul></aside>
<div class="feedback"><p>Was this page helpful?</p><button>Yes</button> <button>No</button></div></main>
<footer class="site-footer"><p class="acknowledgement">We acknowledge the Traditional Custodians of the lands \
on which we work, including the {people} people, and pay our respects to Elders past and present.</p>
<ul><li><a href="https://www.{host}/accessibility">Accessibility</a></li><li><a href="https://www.{host}/privacy">\
Privacy</a></li><li><a href="https://www.{host}/disclaimer">Disclaimer</a></li><li><a href="https://www.{host}/\
contact">Contact us</a></li></ul>
<p>© {escape(doc.organisation)} {when.year}. The information on this page is provided as a guide only and may \
change without notice.</p></footer></body></html>"""
    return html.encode()
