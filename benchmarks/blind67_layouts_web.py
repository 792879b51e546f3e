"""Web writers of the ``blind67_layouts`` set: a Bahraini municipality's emergency team's report on a high tide
published in the news of the ministry's Adobe Experience Manager site, and a Qatari planned district's community
update after heavy rain published on its Optimizely site; both pages saved from the browser.

The emergency team of a Bahraini municipality (the Capital Secretariat or the Muharraq, Northern or Southern
municipality, whose elected municipal council follows the residents' reports in its constituencies) when a high tide
and rain flood the low coast: its daily report published in Arabic in the news of the Ministry of Municipalities
Affairs and Agriculture's site built with Adobe Experience Manager — AEM's Core Components (``cmp-title``,
``cmp-text``, ``cmp-breadcrumb``, the ``data-cmp-data-layer`` JSON, ``/etc.clientlibs/…`` and ``/content/dam/…``),
the page right to left: the kingdom's and the ministry's header and menu, the breadcrumbs, the title, the date and the
municipality, then the author's components one after the other, each section a Title component (``<h2>``) and a Text
component under it (the summary as paragraphs, the other points a list, "الإجراءات:" in bold), an Image component of
the pumps at work after the damage; the hotline line, "مشاركة" and the ministry's footer. "1,632.000 د.ب", "1,250",
"12 يناير", "(في التقرير السابق: 5)".

The community management of a planned district of Doha, Lusail or Al Rayyan (the developer's estate team that runs the
district's roads, car parks and public realm and works with the municipality) after a night of heavy rain: its
"Community update" published in English on the district's site built with Optimizely CMS (``/globalassets/…``,
``/contentassets/…``, an ``EPiServerForms`` newsletter form, the find tracking script) — header and menu,
breadcrumbs, the hero with the title, "Published" and the hour, an introduction in a lead paragraph, each section an
``<h2>``, the summary as paragraphs, the other points a list, "What we are doing:" in bold; an aside of useful
numbers, "Was this page helpful?", the newsletter form and the footer. "QAR 15,640", "QAR 5.75 million", "1,250",
"16 November", "(previous update: 5)".
"""

from __future__ import annotations

import json
import zlib
from html import escape

from blind7_layouts_content import report_day
from blind67_layouts_banks_arabia import MADD, RAIN
from blind67_layouts_content import AR_MONTHS, parts
from council_layouts_gold import Doc


def _points(s, lang: str) -> str:
    if s.key == "highlights":
        return "".join(f"<p>{escape(it.text)}</p>" for it in s.items)
    lis = []
    for it in s.items:
        risk, lead, rest = parts(it, lang)
        lis.append(f"<li>{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}</li>" if lead
                   else f"<li>{escape(it.text)}</li>")  # fmt: skip
    return "<ul>" + "".join(lis) + "</ul>"


# ---------------------------------------------------------------- a Bahraini municipality on AEM

MUNICIPALITIES = (
    ("capital", "أمانة العاصمة", "المنامة", "1722"),
    ("muharraq", "بلدية المحرق", "المحرق", "1732"),
    ("northern", "البلدية الشمالية", "جدحفص", "1755"),
    ("southern", "البلدية الجنوبية", "مدينة عيسى", "1775"),
)


def _layer(kind: str, cid: str, **extra: str) -> str:
    data = {cid: {"@type": f"mun/components/{kind}", "repo:modifyDate": "2026-01-12T15:04:11Z", **extra}}
    return escape(json.dumps(data, ensure_ascii=False), quote=True)


def html_aem_madd_bahri_bh(doc: Doc) -> bytes:
    """The municipality's tide report as a news page of the ministry's AEM site, saved."""
    when = report_day(doc)
    slug, name, town, phone = MUNICIPALITIES[MADD.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    phone = f"{phone} {h % 9000 + 1000}"
    day = f"{when.day} {AR_MONTHS[when.month - 1]} {when.year}"
    title = f"{name}: التقرير رقم {doc.number} بشأن المد البحري وتجمعات مياه الأمطار"
    path = f"/content/mun/ar/news/{when.year}/{when:%m}/{slug}-tide-report-{doc.number}"
    menu = "".join(f'<li class="cmp-navigation__item cmp-navigation__item--level-0"><a '
                   f'class="cmp-navigation__item-link" href="/content/mun/ar/{u}.html">{t}</a></li>'
                   for u, t in (("home", "الرئيسية"), ("about", "عن الوزارة"), ("municipalities", "البلديات"),
                                ("eservices", "الخدمات الإلكترونية"), ("media", "المركز الإعلامي"),
                                ("contact", "تواصل معنا")))  # fmt: skip
    parts_html = []
    for k, s in enumerate(doc.sections):
        tid, xid = f"title-{h % 9999:04x}{k:02d}", f"text-{h % 8887:04x}{k:02d}"
        parts_html.append(
            f'<div class="title"><div data-cmp-data-layer="{_layer("title", tid)}" id="{tid}" '
            f'class="cmp-title"><h2 class="cmp-title__text">{escape(s.heading)}</h2></div></div>'
        )
        parts_html.append(
            f'<div class="text"><div data-cmp-data-layer="{_layer("text", xid)}" id="{xid}" '
            f'class="cmp-text">{_points(s, "bh")}</div></div>'
        )
        if s.key == "impacts":
            parts_html.append(f'<div class="image"><div class="cmp-image" itemscope itemtype="http://schema.org/'
                              f'ImageObject"><img src="{path.replace("/content/mun", "/content/dam/mun")}/pumps.jpg.'
                              f'transform/w-800/image.jpg" loading="lazy" class="cmp-image__image" '
                              f'itemprop="contentUrl" alt="صهاريج الشفط"/><span class="cmp-image__title" '
                              f'itemprop="caption">صهاريج الشفط '
                              f"تعمل في {escape(town)}</span></div></div>")  # fmt: skip
    lib = f"{h:08x}"
    html = f"""<!DOCTYPE HTML>
<html lang="ar" dir="rtl">
<head>
<meta charset="UTF-8"/>
<title>{escape(title)} | وزارة شؤون البلديات والزراعة</title>
<meta name="template" content="news-article"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta property="og:title" content="{escape(title)}"/>
<link rel="canonical" href="https://www.mun.gov.bh{path}.html"/>
<link rel="stylesheet" href="/etc.clientlibs/mun/clientlibs/clientlib-base.lc-{lib}-lc.min.css" type="text/css">
<link rel="stylesheet" href="/etc.clientlibs/mun/clientlibs/clientlib-rtl.lc-{lib[::-1]}-lc.min.css" type="text/css">
<script src="/etc.clientlibs/core/wcm/components/commons/datalayer/v1/clientlibs/core.wcm.components.commons.datalayer\
.v1.lc-{lib[:6]}-lc.min.js"></script>
</head>
<body class="page basicpage" id="page-{lib}" data-cmp-link-accessibility-enabled data-cmp-data-layer-enabled>
<div class="root container responsivegrid"><div id="container-{lib[:6]}" class="cmp-container">
<div class="experiencefragment"><div class="cmp-experiencefragment cmp-experiencefragment--header"><header \
class="site-header"><div class="site-header__brand"><img src="/content/dam/mun/logo/bahrain-emblem.svg" alt="شعار \
مملكة البحرين"/><span>مملكة البحرين</span><span>وزارة شؤون البلديات والزراعة</span></div><nav class="cmp-navigation" \
role="navigation" aria-label="القائمة الرئيسية"><ul class="cmp-navigation__group">{menu}</ul></nav><a \
class="site-header__lang" href="{path.replace("/ar/", "/en/")}.html" lang="en">English</a></header></div></div>
<main class="container responsivegrid"><div class="cmp-container">
<div class="breadcrumb"><nav class="cmp-breadcrumb" aria-label="مسار التنقل"><ol class="cmp-breadcrumb__list"><li \
class="cmp-breadcrumb__item"><a class="cmp-breadcrumb__item-link" href="/content/mun/ar/home.html"><span>الرئيسية\
</span></a></li><li class="cmp-breadcrumb__item"><a class="cmp-breadcrumb__item-link" \
href="/content/mun/ar/media.html"><span>المركز الإعلامي</span></a></li><li class="cmp-breadcrumb__item \
cmp-breadcrumb__item--active"><span>الأخبار\
</span></li></ol></nav></div>
<div class="title"><div class="cmp-title"><h1 class="cmp-title__text">{escape(title)}</h1></div></div>
<div class="text news-meta"><div class="cmp-text"><p><span class="news-date">{day}</span> | <span \
class="news-source">{escape(name)} – فريق الطوارئ</span></p></div></div>
{chr(10).join(parts_html)}
<div class="text"><div class="cmp-text"><p>لتلقي البلاغات على مدار الساعة يرجى الاتصال بالخط الساخن في {escape(name)}: \
{phone}</p></div></div>
<div class="share"><div class="cmp-share"><span>مشاركة</span><a href="https://x.com/intent/tweet?url=https://www.mun.gov.bh\
{path}.html" aria-label="X">X</a><a href="https://wa.me/?text=https://www.mun.gov.bh{path}.html" \
aria-label="WhatsApp">WhatsApp</a></div></div>
</div></main>
<div class="experiencefragment"><div class="cmp-experiencefragment cmp-experiencefragment--footer"><footer \
class="site-footer"><ul><li><a href="/content/mun/ar/privacy.html">سياسة الخصوصية</a></li><li><a \
href="/content/mun/ar/terms.html">شروط الاستخدام</a></li><li><a href="/content/mun/ar/sitemap.html">خريطة الموقع</a>\
</li></ul><p>© {when.year} وزارة شؤون البلديات والزراعة – مملكة البحرين. جميع الحقوق محفوظة.</p></footer></div></div>
</div></div>
<script src="/etc.clientlibs/mun/clientlibs/clientlib-site.lc-{lib[2:]}-lc.min.js"></script>
</body>
</html>"""
    return html.encode()


# ---------------------------------------------------------------- a Qatari district on Optimizely

DISTRICTS = (
    ("The Pearl Island", "thepearlisland.qa", "4495 2200", "Doha Municipality"),
    ("Lusail City", "lusailcommunity.qa", "4000 7700", "Al Daayen Municipality"),
    ("Msheireb Downtown Doha", "msheirebdowntown.qa", "4006 6600", "Doha Municipality"),
    ("Education City", "educationcityliving.qa", "4454 0000", "Al Rayyan Municipality"),
)


def html_optimizely_rain_update_qa(doc: Doc) -> bytes:
    """The district's community update after heavy rain as a page of its Optimizely site, saved."""
    when = report_day(doc)
    district, domain, helpdesk, municipality = DISTRICTS[RAIN.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    title = f"Heavy rain: community update {doc.number}"
    url = f"/community-updates/{when.year}/heavy-rain-community-update-{doc.number}/"
    guid = f"{h:08x}{h % 65536:04x}4{doc.number:03x}a{h % 4096:03x}{h % 10**12:012x}"
    body = "\n".join(f"<h2>{escape(s.heading)}</h2>\n{_points(s, 'qa')}" for s in doc.sections)
    menu = "".join(
        f'<li class="main-nav__item"><a href="/{u}/">{t}</a></li>'
        for u, t in (
            ("living-here", "Living here"),
            ("community-updates", "Community updates"),
            ("services", "Services"),
            ("events", "Events"),
            ("contact-us", "Contact us"),
        )
    )
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{escape(title)} | {escape(district)}</title>
<meta name="description" content="The latest on the rain response across {escape(district)}." />
<meta property="og:image" content="https://www.{domain}/globalassets/community-updates/rain-hero.jpg" />
<link rel="canonical" href="https://www.{domain}{url}" />
<link rel="stylesheet" href="/static/dist/css/main.{h % 10**8:08d}.css" />
<script src="/util/find/epi-util/find.js"></script>
<script>if(typeof FindApi === 'function'){{var api = new FindApi();api.setApplicationUrl('/');\
api.setServiceApiBaseUrl('/find_v2/');api.processEventFromCurrentUri();api.bindWindowEvents();\
api.bindAClickEvent();api.sendBufferedEvents();}}</script>
</head>
<body class="page page--article">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><div class="container"><a class="site-header__logo" href="/"><img \
src="/globalassets/brand/logo.svg" alt="{escape(district)}" /></a><nav class="main-nav" aria-label="Main"><ul>\
{menu}</ul></nav><a class="site-header__lang" href="/ar{url}" lang="ar">العربية</a></div></header>
<main id="main"><div class="container">
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/community-updates/">\
Community updates</a></li><li aria-current="page">{escape(title)}</li></ol></nav>
<div class="hero hero--article" style="background-image:url('/globalassets/community-updates/rain-hero.jpg')"><div \
class="hero__content"><span class="hero__tag">Community update</span><h1>{escape(title)}</h1><p class="hero__meta">\
Published {when.day} {when:%B %Y}, 6:00 pm</p></div></div>
<div class="row"><article class="col-md-8 article">
<p class="article__lead">This update from the {escape(district)} community management team covers the rain \
response in the district since our last update. We are working with {escape(municipality)} and Ashghal.</p>
<div class="article__body">
{body}
</div>
<div class="feedback"><p>Was this page helpful?</p><button>Yes</button><button>No</button></div>
</article>
<aside class="col-md-4 sidebar"><div class="contact-block"><h3>Useful numbers</h3><ul><li>Community helpdesk \
(24 hours): {helpdesk}</li><li>Emergency: 999</li><li>Municipality hotline: 184</li><li>Electricity and water \
emergencies (Kahramaa): 991</li></ul></div><div class="related"><h3>Related documents</h3><a \
href="/contentassets/{guid}/rain-safety-advice.pdf">Rain safety advice (PDF, 310 KB)</a></div></aside>
</div></div></main>
<footer class="site-footer"><div class="container">
<form method="post" novalidate="novalidate" action="/EPiServer.Forms/DataSubmit/Submit" enctype="multipart/form-data" \
class="EPiServerForms ValidationSuccess" id="{guid[:8]}-{guid[8:12]}-{guid[12:16]}-{guid[16:20]}-{guid[20:32]}">\
<h2 class="Form__Title">Stay informed</h2><div class="Form__MainBody"><label for="email">Email address</label>\
<input name="email" id="email" type="email" class="FormTextbox__Input" /><button type="submit" \
class="Form__Element FormExcludeDataRebind FormSubmitButton">Subscribe</button></div></form>
<p>© {when.year} {escape(district)}. All rights reserved. · <a href="/privacy/">Privacy</a> · <a \
href="/terms/">Terms of use</a></p></div></footer>
<script src="/EPiServer.Forms/DataAnnotations.js"></script>
<script src="/static/dist/js/main.{h % 10**8:08d}.js" defer></script>
</body>
</html>"""
    return html.encode()
