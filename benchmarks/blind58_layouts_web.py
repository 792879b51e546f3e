"""Web writers of the ``blind58_layouts`` set: an Andhra Pradesh district's dengue bulletin posted on its S3WaaS
site, and an Uzbek regional education department's cold-snap news on the gov.uz portal.

An Andhra Pradesh district medical and health office in a season of dengue and viral fevers: the District
Information and Public Relations Officer posts the DM&HO's bulletin as a "పత్రికా ప్రకటన" (press release) on the
district's website, one of the sites every Indian district runs on S3WaaS, the National Informatics Centre's
WordPress-based platform, here its Telugu version saved from the browser — the government bar with "ప్రధాన
విషయానికి వెళ్ళండి", "స్క్రీన్ రీడర్ యాక్సెస్", "A+ A A-", high contrast and "English", the emblem with the district's
name in Telugu and English and "ఆంధ్రప్రదేశ్ ప్రభుత్వం", the Digital India logo, the menu, the breadcrumb, the
title and "ప్రచురణ తేదీ", then the body as the officer pasted it into the editor: "పత్రికా ప్రకటన" and the office
centred in bold, place and date, an opening sentence, each section's name a bold paragraph after its number
("1. సారాంశం"), the summary as paragraphs, the other points a list, "తీసుకున్న చర్యలు:" in bold, the officer's
name and post and "జారీ చేసినవారు:"; the press release's PDF with its size, the footer menu, "Content Owned by
District Administration", NIC's line and "Last Updated". "రూ.3.40 కోట్లు", "1,250", "అక్టోబర్ 16",
"(గత నివేదికలో: 5)".

An Uzbek regional department of preschool and school education in a cold snap: the department's news on its page
of gov.uz, the one portal every state body of Uzbekistan publishes on, a Nuxt application rendered on the server,
saved from the browser — ``data-n-head``, ``__nuxt`` and ``__layout``, the header with the arms, "Oʻzbekiston
Respublikasi" and the department, "Maxsus imkoniyatlar", the languages and the trust line, the menu, the
breadcrumb, then the news: ``<h1>``, date and views, the picture, the editor's text as the press service writes its
Telegram posts — an opening line, each section's name a bold line after "📌", the summary as paragraphs, every
other point a paragraph after "✅" (a risk after "❗️"), "Koʻrilgan choralar:" in bold, "Axborot xizmati" and the
channel's link —, the tags, "Ulashish", the side list "Soʻnggi yangiliklar", the footer with "Ctrl+Enter", and
``window.__NUXT__`` with the same news as the store's JSON, its text escaped. "5,1 mlrd soʻm", "1 250", "12%",
"16-yanvar", "(oldingi xabarda: 5)".
"""

from __future__ import annotations

import json
import zlib
from html import escape

from blind7_layouts_content import report_day
from blind58_layouts_banks_away import JWARALU, SOVUQ
from blind58_layouts_content import parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- an Andhra Pradesh district's S3WaaS site

DISTRICTS = (("krishna.ap.gov.in", "కృష్ణా", "Krishna", "మచిలీపట్నం", "డా. ఎం. వెంకటేశ్వర రావు"),
             ("ntr.ap.gov.in", "ఎన్టీఆర్", "NTR", "విజయవాడ", "డా. ఎం. సుహాసిని"),
             ("guntur.ap.gov.in", "గుంటూరు", "Guntur", "గుంటూరు", "డా. కె. విజయలక్ష్మి"),
             ("eluru.ap.gov.in", "ఏలూరు", "Eluru", "ఏలూరు", "డా. టి. శర్మిష్ఠ"))  # fmt: skip
MENU_TE = ("హోమ్", "జిల్లా గురించి", "డైరెక్టరీ", "విభాగాలు", "పత్రాలు", "ప్రకటనలు", "పౌర సేవలు", "పర్యాటక రంగం",
           "మీడియా గ్యాలరీ")  # fmt: skip


def _point(it, lang: str) -> str:
    risk, lead, rest = parts(it, lang)
    return f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)


def html_s3waas_patrika_dengue_te(doc: Doc) -> bytes:
    """The district's dengue bulletin as its S3WaaS press release page is saved from the browser."""
    when = report_day(doc)
    domain, district, english, town, officer = DISTRICTS[JWARALU.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    s3 = f"https://cdnbbsr.s3waas.gov.in/s3{h:08x}{h * 31 % 10**12:012x}{h % 9973:04d}{h % 97:02d}"[:72]
    title = f"డెంగ్యూ, విష జ్వరాల పరిస్థితిపై బులెటిన్ నెం. {doc.number}"
    body = ['<p style="text-align: center;"><strong>పత్రికా ప్రకటన</strong></p>',
            f'<p style="text-align: center;"><strong>జిల్లా వైద్య ఆరోగ్య శాఖాధికారి వారి కార్యాలయం, {district} '
            "జిల్లా</strong></p>",
            f"<p>{town}, తేదీ: {when:%d.%m.%Y}</p>",
            f"<p>జిల్లాలో డెంగ్యూ, విష జ్వరాల నివారణకు చేపట్టిన చర్యలపై జిల్లా వైద్య ఆరోగ్య శాఖాధికారి {officer} "
            f"బులెటిన్ నెం. {doc.number} విడుదల చేశారు. వివరాలు ఇలా ఉన్నాయి.</p>"]  # fmt: skip
    for s in doc.sections:
        body.append(f"<p><strong>{escape(s.heading)}</strong></p>")
        if s.key == "highlights":
            body += [f"<p>{escape(it.text)}</p>" for it in s.items]
        else:
            body.append("<ul>" + "".join(f"<li>{_point(it, 'te')}</li>" for it in s.items) + "</ul>")
    body += [f"<p><strong>{officer}</strong><br>జిల్లా వైద్య ఆరోగ్య శాఖాధికారి, {district} జిల్లా</p>",
             f"<p>జారీ చేసినవారు: జిల్లా సమాచార పౌర సంబంధాల అధికారి, {town}</p>"]  # fmt: skip
    menu = "".join(f'<li class="menu-item menu-item-{900 + n}"><a href="https://{domain}/te/{"" if n == 0 else n}">'
                   f"{m}</a></li>" for n, m in enumerate(MENU_TE))  # fmt: skip
    pdf = f"{s3}/uploads/{when:%Y/%m}/{when:%Y%m%d}{h % 90 + 10}.pdf"
    html = f"""<!DOCTYPE html>
<html lang="te" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, \
initial-scale=1"><title>{title} | జిల్లా {district}, ఆంధ్రప్రదేశ్ ప్రభుత్వం | India</title>
<link rel='stylesheet' id='base-css-css' href='{s3}/themes/district-theme/css/base.css?ver=1.0' media='all' />
<link rel='stylesheet' id='sites-css-css' href='{s3}/themes/district-theme/css/sites.css?ver=1.0' media='all' />
<meta name="generator" content="WordPress 6.5.2" /></head>
<body class="press_release-template-default single single-press_release postid-{h % 90000 + 10000} lang-te">
<div id="topBar" class="wrapper govBar"><div class="container"><div class="push-left"><div class="govBranding">\
<ul><li><a href="https://goi.gov.in/" lang="en">భారత ప్రభుత్వం</a></li></ul></div></div><div class="push-right">\
<div id="accessibility"><ul id="accessibilityMenu"><li><a href="#SkipContent" class="skip-to-content" title="ప్రధాన \
విషయానికి వెళ్ళండి">ప్రధాన విషయానికి వెళ్ళండి</a></li><li class="searchbox"><form action="https://{domain}/te/" \
method="get"><label for="search_key" class="accessibility">శోధన</label><input type="text" name="s" \
id="search_key" placeholder="శోధన"></form></li><li><a href="https://{domain}/te/screen-reader-access/">స్క్రీన్ \
రీడర్ యాక్సెస్</a></li><li class="fontSize"><a href="javascript:void(0);" title="Increase font size">A<sup>+</sup>\
</a><a href="javascript:void(0);" title="Normal font">A</a><a href="javascript:void(0);" title="Decrease font \
size">A<sup>-</sup></a></li><li class="highContrast dark tog-con"><a href="javascript:void(0);" title="High \
Contrast">హై కాంట్రాస్ట్</a></li><li class="languageCont"><a href="https://{domain}/" lang="en">English</a></li>\
</ul></div></div></div></div>
<div class="wrapper header-wrapper"><div class="container header-container"><div class="logo"><a href="https://\
{domain}/te/" title="హోమ్ పేజీకి వెళ్ళండి" class="emblem" rel="home"><img class="site_logo" height="100" \
src="{s3}/themes/district-theme/images/emblem-dark.png" alt="భారత చిహ్నం"><div class="logo-text">\
<strong lang="te">జిల్లా {district}</strong><h1 class="h1-logo" lang="en">District {english}</h1><span>\
ఆంధ్రప్రదేశ్ ప్రభుత్వం</span></div></a></div><div class="header-right clearfix"><a href="https://www.digitalindia.\
gov.in/" target="_blank"><img src="{s3}/themes/district-theme/images/digital-india.png" alt="డిజిటల్ ఇండియా"></a>\
</div></div></div>
<div class="menuWrapper"><div class="container"><nav class="menu"><ul id="menu-header-te" class="nav \
clearfix">{menu}</ul></nav></div></div>
<section id="SkipContent" class="site-main"><div class="container"><div class="breadcrumb"><ul><li><a \
href="https://{domain}/te/">హోమ్</a></li><li><a href="https://{domain}/te/press-release/">పత్రికా ప్రకటన</a></li>\
<li class="current">{title}</li></ul></div>
<div class="row"><div class="col-md-12"><article class="press-release-single"><h1 class="heading">{title}</h1>
<div class="date">ప్రచురణ తేదీ : {when:%d/%m/%Y}</div>
<div class="entry-content">{"".join(body)}</div>
<div class="pressDoc"><a href="{pdf}" class="pdf-downloads" target="_blank" title="పత్రికా ప్రకటన (PDF \
{180 + h % 200} KB)">పత్రికా ప్రకటన (PDF {180 + h % 200} KB) <span class="icon-download"></span></a></div>
</article></div></div></div></section>
<footer id="footer" class="footer-wrapper"><div class="container"><ul id="menu-footer-te" class="footer-menu">\
<li><a href="https://{domain}/te/website-policies/">వెబ్‌సైట్ విధానాలు</a></li><li><a href="https://{domain}/te/\
help/">సహాయం</a></li><li><a href="https://{domain}/te/contact-us/">మమ్మల్ని సంప్రదించండి</a></li><li><a \
href="https://{domain}/te/feedback/">అభిప్రాయం</a></li></ul><div class="copyRights"><div class="copyRightsText">\
<p>Content Owned by District Administration</p><p>© {english}, Developed and hosted by <a href="http://www.nic.in/" \
target="_blank">National Informatics Centre</a>, <br>Ministry of Electronics &amp; Information Technology, \
Government of India</p><p>Last Updated: <strong>{when:%b %d, %Y}</strong></p></div><div class="copyRightsLogos">\
<a href="https://s3waas.gov.in/"><img src="{s3}/themes/district-theme/images/s3waas.png" alt="Secure, Scalable and \
Sugamya Website as a Service"></a><a href="http://www.nic.in/"><img src="{s3}/themes/district-theme/images/nicLogo\
.png" alt="National Informatics Centre"></a></div></div></div></footer>
<script src="{s3}/themes/district-theme/js/core.min.js?ver=1.0"></script></body></html>"""
    return html.encode("utf-8")


# ---------------------------------------------------------------- an Uzbek education department on gov.uz

DEPARTMENTS = (("toshkent-maktabtalim", "71 239-47-55", "@toshkent_talim"),
               ("samarqand-maktabtalim", "66 233-51-24", "@samarqand_talim"),
               ("fargona-maktabtalim", "73 244-12-80", "@fargona_talim"),
               ("qashqadaryo-maktabtalim", "75 221-30-46", "@qashqadaryo_talim"))  # fmt: skip
MENU_UZ = ("Boshqarma haqida", "Faoliyat", "Hujjatlar", "Matbuot xizmati", "Murojaatlar", "Ochiq maʼlumotlar", "Aloqa")


def _uz_body(doc: Doc, opening: str, handle: str) -> str:
    out = [f"<p>{escape(opening)}</p>"]
    for s in doc.sections:
        out.append(f"<p><strong>{escape(s.heading)}</strong></p>")
        for it in s.items:
            if s.key == "highlights":
                out.append(f"<p>{escape(it.text)}</p>")
                continue
            risk, lead, rest = parts(it, "uz")
            mark = "❗️" if s.risks else "✅"
            out.append(f"<p>{mark} {escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}</p>" if lead
                       else f"<p>{mark} {escape(it.text)}</p>")  # fmt: skip
    out += [
        "<p><em>Axborot xizmati</em></p>",
        f'<p>👉 Telegram kanalimizga obuna boʻling: <a href="https://t.me/{handle[1:]}">{handle}</a></p>',
    ]
    return "".join(out)


def html_govuz_nuxt_sovuq_talim_uz(doc: Doc) -> bytes:
    """The department's cold-snap news as its gov.uz page is saved from the browser."""
    when = report_day(doc)
    slug, phone, handle = DEPARTMENTS[SOVUQ.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    place = doc.organisation.split(" maktabgacha")[0]
    title = f"Sovuq havo sharoitida taʼlim muassasalari faoliyati toʻgʻrisida ({doc.number}-xabar)"
    opening = (f"{doc.organisation} kuchli sovuq sharoitida taʼlim muassasalari faoliyati boʻyicha navbatdagi "
               f"maʼlumotni eʼlon qiladi.")  # fmt: skip
    text = _uz_body(doc, opening, handle)
    nid, views = 80000 + h % 9000, 400 + h % 3000
    stamp = f"{when:%d.%m.%Y} / {9 + h % 8}:{h % 50 + 10:02d}"
    menu = "".join(f'<li class="menu__item"><a href="/oz/{slug}/{m.split()[0].lower()}" class="menu__link">{m}</a>'
                   "</li>" for m in MENU_UZ)  # fmt: skip
    older = "".join(f'<a href="/oz/{slug}/news/view/{nid - k}" class="news-aside__item" data-v-7c2e1b10><span '
                    f'class="news-aside__date">{when.day - k if when.day > k else when.day}.{when:%m.%Y}</span><span '
                    f'class="news-aside__title">{t}</span></a>'
                    for k, t in ((1, "Qishki taʼtil muddatlari haqida"),
                                 (2, "Oʻqituvchilar malakasini oshirish kurslari boshlandi"),
                                 (3, "Fan olimpiadasining hududiy bosqichi yakunlandi")))  # fmt: skip
    store = {"news": {"id": nid, "title": title, "anons": opening, "content": text, "views": views,
                      "published_at": f"{when:%Y-%m-%d} 10:00:00", "tags": ["sovuq", "taʼlim"]}}  # fmt: skip
    payload = json.dumps(store, ensure_ascii=False)
    payload = payload.replace("<", "\\u003C").replace(">", "\\u003E").replace("/", "\\u002F")
    html = f"""<!doctype html>
<html lang="uz" data-n-head-ssr data-n-head="%7B%22lang%22:%7B%22ssr%22:%22uz%22%7D%7D"><head><title \
data-n-head="ssr">{escape(title)} | {escape(doc.organisation)}</title><meta data-n-head="ssr" charset="utf-8"><meta \
data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1"><meta data-n-head="ssr" \
data-hid="og:title" property="og:title" content="{escape(title)}"><link rel="preload" href="/_nuxt/runtime.\
{h % 99999:05x}.js" as="script"><link rel="preload" href="/_nuxt/app.{h % 999983:06x}.js" as="script"><link \
rel="stylesheet" href="/_nuxt/css/app.{h % 65521:04x}.css"></head>
<body><div data-server-rendered="true" id="__nuxt"><div id="__layout"><div class="layout" data-v-2a8f4c3e>
<header class="header" data-v-5b1d0e7a><div class="header__top container" data-v-5b1d0e7a><a href="/oz/{slug}" \
class="header__logo nuxt-link-active" data-v-5b1d0e7a><img src="/_nuxt/img/gerb.4f1c2d.svg" alt="Gerb" \
data-v-5b1d0e7a><div class="header__name" data-v-5b1d0e7a><span data-v-5b1d0e7a>Oʻzbekiston Respublikasi</span>\
<p data-v-5b1d0e7a>{escape(doc.organisation)}</p></div></a><div class="header__actions" data-v-5b1d0e7a><button \
type="button" class="header__eye" data-v-5b1d0e7a>Maxsus imkoniyatlar</button><div class="header__lang" \
data-v-5b1d0e7a><a href="/oz/{slug}" class="active">Oʻz</a><a href="/uz/{slug}">Ўз</a><a href="/ru/{slug}">Рус</a>\
<a href="/en/{slug}">Eng</a></div><a href="tel:+998{phone.replace(" ", "").replace("-", "")}" \
class="header__phone" data-v-5b1d0e7a>Ishonch telefoni: ({phone.split()[0]}) {phone.split()[1]}</a></div></div>
<nav class="header__menu" data-v-5b1d0e7a><ul class="menu container">{menu}</ul></nav></header>
<main class="page" data-v-2a8f4c3e><div class="container page__inner"><ul class="breadcrumbs"><li><a \
href="/oz/{slug}">Bosh sahifa</a></li><li><a href="/oz/{slug}/news">Yangiliklar</a></li><li><span>\
{escape(title[:40])}...</span></li></ul>
<div class="page__content"><article class="news-show" data-v-7c2e1b10><h1 class="news-show__title" \
data-v-7c2e1b10>{escape(title)}</h1><div class="news-show__info" data-v-7c2e1b10><span class="news-show__date" \
data-v-7c2e1b10>{stamp}</span><span class="news-show__views" data-v-7c2e1b10>{views}</span></div><div \
class="news-show__image" data-v-7c2e1b10><img src="https://gov.uz/media/news/{when:%Y/%m}/{h:x}.jpg" \
alt="{escape(title)}" data-v-7c2e1b10></div><div class="news-show__text editor-content" data-v-7c2e1b10>{text}</div>
<div class="news-show__tags" data-v-7c2e1b10><a href="/oz/{slug}/news?tag=sovuq">#sovuq</a> <a \
href="/oz/{slug}/news?tag=talim">#taʼlim</a></div><div class="share" data-v-7c2e1b10><span>Ulashish:</span><a \
href="https://t.me/share/url?url=https://gov.uz/oz/{slug}/news/view/{nid}" class="share__tg">Telegram</a><a \
href="https://www.facebook.com/sharer.php?u=https://gov.uz/oz/{slug}/news/view/{nid}" class="share__fb">Facebook\
</a><a href="https://x.com/intent/tweet?url=https://gov.uz/oz/{slug}/news/view/{nid}" class="share__x">X</a></div>\
</article><aside class="news-aside" data-v-7c2e1b10><h3 class="news-aside__heading">Soʻnggi yangiliklar</h3>{older}\
</aside></div></div></main>
<footer class="footer" data-v-3e6a9d41><div class="container footer__inner"><p>© {when.year} {place} maktabgacha va \
maktab taʼlimi boshqarmasi. Barcha huquqlar himoyalangan.</p><p>Saytda xatolikni topsangiz, uni belgilab \
<b>Ctrl+Enter</b> tugmalarini bosing</p><p>Portal “Elektron hukumat” loyihalarini boshqarish markazi tomonidan \
ishlab chiqilgan</p></div></footer></div></div></div><script>window.__NUXT__=(function(a,b){{return {{layout:\
"default",data:[{payload}],fetch:{{}},error:a,serverRendered:b,routePath:"\\u002Foz\\u002F{slug}\\u002Fnews\\u002F\
view\\u002F{nid}",config:{{}}}}}}(null,true));</script><script src="/_nuxt/runtime.{h % 99999:05x}.js" defer>\
</script><script src="/_nuxt/app.{h % 999983:06x}.js" defer></script></body></html>"""
    return html.encode("utf-8")
