"""Web writers of the ``blind50_layouts`` set: a Japanese city's page on bear sightings in town on its SHIRASAGI site,
and an American state department of agriculture's H5N1 update on a page built with the U.S. Web Design System.

A Japanese city's report on bears coming into town ("クマの出没状況について（第3報）"), posted as a page of the city's
website, run on the open-source municipal CMS SHIRASAGI, and saved from the browser: the accessibility tool bar
("本文へ移動", "文字サイズ 標準 拡大", "背景色", "読み上げ", "ふりがな", "Foreign Language"), the site's name and
search box, the global menu, the breadcrumbs, the page's title as the ``<h1>``, the page's dates and number, the
line on when the report stands ("令和8年10月16日15時00分現在") and who issues it, each section an ``<h2>`` numbered
"１　概要" as the city types them (a full-width digit and space), each point a paragraph typed after "・" (the summary's
paragraphs without), "対応：" after a risk's sentence, a link to the sightings map in PDF with its size, the box
"このページに関するお問い合わせ" with the section's address and telephone, the survey "このページの情報は役に立ちました
か？", the side menu of related pages and the footer with the city hall's address, opening hours and copyright.
"51万円", "1億8,750万円", "1,250件", "10月16日", "（前回：5）".

An American state department of agriculture's weekly update on H5N1 avian influenza in dairy cattle, published on
the department's site, built with the U.S. Web Design System (USWDS), and saved from the browser: the banner "An
official website of the State of …" with its "Here's how you know" button, the header with the department's name and
menu, the breadcrumb, the update's title as the ``<h1>``, "Last updated", the lead paragraph, then the report as one
bordered USWDS accordion — each section's name a ``<button class="usa-accordion__button">`` in an ``<h2>``, its
``aria-expanded`` "true" for the first and "false" for the others, whose content ``<div>`` is ``hidden`` until it is
opened: the summary's paragraphs, the other points a list, "Response:" in bold in a risk's point —, an info alert
on how to report sick animals, "Return to top", the footer's menu and contact, and the identifier with its
required links. "$3,400", "$1.25 million", "1,250", "July 16", "(previous update: 5)".
"""

from __future__ import annotations

import re
import zlib
from html import escape

from blind7_layouts_content import report_day
from blind50_layouts_banks_away import KUMA
from blind50_layouts_banks_home import DAIRY
from blind50_layouts_content import parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- a Japanese city's page, SHIRASAGI

CITIES = (("akita", "秋田市", "防災安全対策課", "〒010-8560 秋田市山王一丁目1番1号", "018-888-5432"),
          ("morioka", "盛岡市", "環境企画課", "〒020-8530 盛岡市内丸12番2号", "019-626-7521"),
          ("kitakami", "北上市", "農業振興課", "〒024-8501 北上市芳町1番1号", "0197-72-8243"),
          ("kazuno", "鹿角市", "農林課", "〒018-5292 鹿角市花輪字荒田4番地1", "0186-30-0262"))  # fmt: skip


def _ja_point(it) -> str:
    risk, lead, rest = parts(it, "ja")
    return f"・{escape(risk)}{escape(lead)}{escape(rest)}" if lead else f"・{escape(it.text)}"


def html_shirasagi_kuma_ja(doc: Doc) -> bytes:
    """The city's report on bear sightings as a page of its SHIRASAGI site, saved from the browser."""
    when = report_day(doc)
    k = KUMA.organisations.index(doc.organisation)
    host, city, section, address, phone = CITIES[k]
    h = zlib.crc32(doc.title.encode())
    reiwa = when.year - 2018
    title = f"クマの出没状況について（第{doc.number}報）"
    body = []
    for s in doc.sections:
        body.append(f"<h2>{escape(s.heading)}</h2>")
        if s.key == "highlights":
            body += [f"<p>{escape(it.text)}</p>" for it in s.items]
        else:
            body += [f"<p>{_ja_point(it)}</p>" for it in s.items]
    page = f"{h % 90000 + 10000:07d}"
    html = f"""<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="ja">
<head>
<meta charset="UTF-8" />
<title>{title}｜{city}</title>
<meta name="viewport" content="width=device-width,initial-scale=1.0,user-scalable=yes" />
<link rel="stylesheet" media="screen" href="/assets/cms/public.css" />
<link rel="stylesheet" media="screen" href="/css/style.css" />
<script src="/assets/cms/public.js"></script>
<script>SS.config = {{"site_url":"/","kana_url":"/kana/","translate_url":"/translate/"}};</script>
<meta name="description" content="{city}内のクマの出没状況と市の対応についてお知らせします。" />
</head>
<body id="body--docs-bousai-kuma-{doc.number}" class="body--docs body--docs-bousai">
<div id="page">
<div id="tool">
<div class="inner">
<div class="skip"><a href="#main">本文へ移動</a></div>
<ul class="tools">
<li class="ss-font-size">文字サイズ <span><a href="#" class="medium">標準</a><a href="#" class="large">拡大</a>\
</span></li>
<li class="ss-theme-color">背景色 <span><a href="#" class="white">白</a><a href="#" class="blue">青</a>\
<a href="#" class="black">黒</a></span></li>
<li id="ss-voice"><a href="#" class="voice">読み上げ</a></li>
<li class="ss-kana"><a href="/kana/docs/bousai/kuma/{doc.number}.html">ふりがな</a></li>
<li class="foreign"><a href="/foreign/">Foreign Language</a></li>
</ul>
</div>
</div>
<header id="head">
<div class="inner">
<div class="site-name"><a href="/"><img src="/img/logo.png" alt="{city}" /></a></div>
<form class="search" action="/search.html" method="get"><label for="query">サイト内検索</label>\
<input type="text" id="query" name="q" /><input type="submit" value="検索" /></form>
</div>
</header>
<nav id="navi">
<ul>
<li><a href="/kurashi/">くらし・手続き</a></li><li><a href="/kosodate/">子育て・教育</a></li>
<li><a href="/kenko/">健康・福祉</a></li><li><a href="/bousai/">防災・安全</a></li>
<li><a href="/sangyo/">産業・しごと</a></li><li><a href="/shisei/">市政情報</a></li>
</ul>
</nav>
<div id="breadcrumbs" class="breadcrumbs">
<span class="page"><a href="/">ホーム</a> &gt; <a href="/bousai/">防災・安全</a> &gt; <a href="/bousai/kuma/">クマ\
に関する情報</a> &gt; <span>{title}</span></span>
</div>
<div id="wrap">
<div id="main" class="main">
<header><h1 id="page-header">{title}</h1></header>
<div class="ss-page-date">
<span class="date">作成日：令和{reiwa}年{when.month}月{when.day}日</span>
<span class="page-number">ページ番号：{page}</span>
</div>
<article id="cms-tab-{h % 900 + 100}-0-view" class="body">
<p style="text-align:right">令和{reiwa}年{when.month}月{when.day}日{14 + h % 3}時00分現在<br />{city}クマ対策本部</p>
{chr(10).join(body)}
<p>クマの出没地点は、次の地図でご確認ください。</p>
<p><a href="/fs/{h % 9}/{h % 7}/kuma_map_{doc.number}.pdf" class="icon-pdf">\
クマ出没マップ（PDF：{1 + h % 3}.{h % 10}MB）\
</a></p>
</article>
<div class="ss-part contact">
<h2>このページに関するお問い合わせ</h2>
<p class="group">{city} {section}</p>
<p class="address">{address}</p>
<p class="tel">電話：{phone}</p>
<p class="email"><a href="/inquiry/{h % 90 + 10}/">メールでのお問い合わせはこちら</a></p>
</div>
<div class="ss-part survey">
<h2>このページの情報は役に立ちましたか？</h2>
<form action="/inquiry/feedback/" method="post">
<label><input type="radio" name="q1" value="1" />役に立った</label>
<label><input type="radio" name="q1" value="2" />どちらともいえない</label>
<label><input type="radio" name="q1" value="3" />役に立たなかった</label>
<input type="submit" value="送信" />
</form>
</div>
</div>
<aside id="side" class="side">
<div class="ss-part category-nodes">
<h2>クマに関する情報</h2>
<ul>
<li><a href="/bousai/kuma/map.html">クマ出没マップ</a></li>
<li><a href="/bousai/kuma/taisaku.html">クマに遭わないために</a></li>
<li><a href="/bousai/kuma/hojo.html">果樹の伐採費用の補助</a></li>
</ul>
</div>
</aside>
</div>
<footer id="foot">
<div class="inner">
<p class="name">{city}役所</p>
<p class="address">{address}　電話：{phone}（代表）</p>
<p class="hours">開庁時間：月曜日から金曜日 午前8時30分から午後5時15分（祝日・年末年始を除く）</p>
<ul class="links"><li><a href="/sitemap/">サイトマップ</a></li><li><a href="/about/">このサイトについて</a></li>\
<li><a href="/privacy/">個人情報の取り扱い</a></li><li><a href="/access/">アクセス</a></li></ul>
<p class="copyright"><small>Copyright © {host.title()} City. All rights reserved.</small></p>
</div>
</footer>
</div>
</body>
</html>
"""
    return html.encode()


# ---------------------------------------------------------------- a state department's page, USWDS accordion

STATES = (("Colorado", "ag.colorado.gov", "CDA", "303-869-9130"), ("Idaho", "agri.idaho.gov", "ISDA", "208-332-8540"),
          ("Michigan", "michigan.gov/mdard", "MDARD", "800-292-3939"),
          ("California", "cdfa.ca.gov", "CDFA", "916-900-5002"))  # fmt: skip


def _us_point(it) -> str:
    risk, lead, rest = parts(it, "us")
    return f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def html_uswds_accordion_h5n1_us(doc: Doc) -> bytes:
    """The department's weekly H5N1 update on its USWDS site, the report one accordion, saved from the browser."""
    when = report_day(doc)
    k = DAIRY.organisations.index(doc.organisation)
    state, host, short, phone = STATES[k]
    title = f"H5N1 in Dairy Cattle: Situation Update {doc.number}"
    items = []
    for n, s in enumerate(doc.sections):
        ident = f"a-{_slug(s.heading)}"
        if s.key == "highlights":
            content = "".join(f"<p>{escape(it.text)}</p>" for it in s.items)
        else:
            content = "<ul>" + "".join(f"<li>{_us_point(it)}</li>" for it in s.items) + "</ul>"
        shown = n == 0
        items.append(f"""<h2 class="usa-accordion__heading">
<button type="button" class="usa-accordion__button" aria-expanded="{"true" if shown else "false"}" \
aria-controls="{ident}">{escape(s.heading)}</button>
</h2>
<div id="{ident}" class="usa-accordion__content usa-prose"{"" if shown else " hidden"}>
{content}
</div>""")
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} | {escape(doc.organisation)}</title>
<link rel="stylesheet" href="https://{host}/themes/custom/uswds/dist/css/styles.css">
<script src="https://{host}/themes/custom/uswds/dist/js/uswds-init.min.js"></script>
</head>
<body>
<a class="usa-skipnav" href="#main-content">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of the State of {state}">
<div class="usa-accordion">
<header class="usa-banner__header">
<div class="usa-banner__inner">
<div class="grid-col-auto"><img aria-hidden="true" class="usa-banner__header-flag" src="/img/{state.lower()}-flag.svg" \
alt=""></div>
<div class="grid-col-fill tablet:grid-col-auto" aria-hidden="true">
<p class="usa-banner__header-text">An official website of the State of {state}</p>
<p class="usa-banner__header-action">Here’s how you know</p>
</div>
<button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false" \
aria-controls="gov-banner-default"><span class="usa-banner__button-text">Here’s how you know</span></button>
</div>
</header>
<div class="usa-banner__content usa-accordion__content" id="gov-banner-default" hidden>
<div class="grid-row grid-gap-lg">
<div class="usa-banner__guidance tablet:grid-col-6"><div class="usa-media-block__body"><p><strong>Official websites \
use .gov</strong><br>A <strong>.gov</strong> website belongs to an official government organization in the United \
States.</p></div></div>
<div class="usa-banner__guidance tablet:grid-col-6"><div class="usa-media-block__body"><p><strong>Secure .gov \
websites use HTTPS</strong><br>A <strong>lock</strong> or <strong>https://</strong> means you’ve safely connected to \
the .gov website. Share sensitive information only on official, secure websites.</p></div></div>
</div>
</div>
</div>
</section>
<header class="usa-header usa-header--basic">
<div class="usa-nav-container">
<div class="usa-navbar">
<div class="usa-logo"><em class="usa-logo__text"><a href="/" title="{escape(doc.organisation)}">\
{escape(doc.organisation)}</a></em></div>
<button type="button" class="usa-menu-btn">Menu</button>
</div>
<nav aria-label="Primary navigation" class="usa-nav">
<ul class="usa-nav__primary usa-accordion">
<li class="usa-nav__primary-item"><a href="/animals" class="usa-nav-link"><span>Animal Health</span></a></li>
<li class="usa-nav__primary-item"><a href="/plants" class="usa-nav-link"><span>Plants</span></a></li>
<li class="usa-nav__primary-item"><a href="/food-safety" class="usa-nav-link"><span>Food Safety</span></a></li>
<li class="usa-nav__primary-item"><a href="/about" class="usa-nav-link"><span>About {short}</span></a></li>
</ul>
<section aria-label="Search component"><form class="usa-search usa-search--small" role="search">
<label class="usa-sr-only" for="search-field">Search</label><input class="usa-input" id="search-field" type="search" \
name="search"><button class="usa-button" type="submit"><span class="usa-sr-only">Search</span></button></form>
</section>
</nav>
</div>
</header>
<main id="main-content" class="grid-container">
<nav class="usa-breadcrumb" aria-label="Breadcrumbs"><ol class="usa-breadcrumb__list">
<li class="usa-breadcrumb__list-item"><a href="/" class="usa-breadcrumb__link"><span>Home</span></a></li>
<li class="usa-breadcrumb__list-item"><a href="/animals" class="usa-breadcrumb__link"><span>Animal Health</span>\
</a></li>
<li class="usa-breadcrumb__list-item"><a href="/animals/hpai" class="usa-breadcrumb__link"><span>HPAI in Livestock\
</span></a></li>
<li class="usa-breadcrumb__list-item usa-current" aria-current="page"><span>Situation Update {doc.number}</span></li>
</ol></nav>
<h1>{escape(title)}</h1>
<p class="text-base-dark font-sans-2xs">Last updated: {when:%B} {when.day}, {when.year}</p>
<p class="usa-intro">This page is updated every week while H5N1 avian influenza is found in {state} dairy herds. \
Select a heading to show or hide its section.</p>
<div class="usa-accordion usa-accordion--bordered usa-accordion--multiselectable" data-allow-multiple>
{chr(10).join(items)}
</div>
<div class="usa-alert usa-alert--info usa-alert--slim margin-y-4"><div class="usa-alert__body">\
<p class="usa-alert__text">
Report sick cattle or poultry to the State Veterinarian’s office at {phone}.</p></div></div>
</main>
<footer class="usa-footer usa-footer--slim">
<div class="grid-container usa-footer__return-to-top"><a href="#">Return to top</a></div>
<div class="usa-footer__primary-section"><div class="usa-footer__primary-container grid-row">
<nav class="usa-footer__nav" aria-label="Footer navigation"><ul class="grid-row grid-gap">
<li class="usa-footer__primary-content"><a class="usa-footer__primary-link" href="/news">News</a></li>
<li class="usa-footer__primary-content"><a class="usa-footer__primary-link" href="/licenses">Licenses</a></li>
<li class="usa-footer__primary-content"><a class="usa-footer__primary-link" href="/contact">Contact Us</a></li>
</ul></nav>
<address class="usa-footer__address"><div class="usa-footer__contact-info"><a href="tel:{phone}">{phone}</a></div>\
</address>
</div></div>
</footer>
<div class="usa-identifier">
<section class="usa-identifier__section usa-identifier__section--masthead" aria-label="Agency identifier">
<div class="usa-identifier__identity"><p class="usa-identifier__identity-domain">{host}</p>
<p class="usa-identifier__identity-disclaimer">An official website of the <a href="/">{escape(doc.organisation)}</a>\
</p></div></section>
<nav class="usa-identifier__section usa-identifier__section--required-links" aria-label="Important links">
<ul class="usa-identifier__required-links-list">
<li class="usa-identifier__required-links-item"><a href="/about" class="usa-identifier__required-link">\
About {short}</a></li>
<li class="usa-identifier__required-links-item"><a href="/accessibility" class="usa-identifier__required-link">\
Accessibility statement</a></li>
<li class="usa-identifier__required-links-item"><a href="/open-records" class="usa-identifier__required-link">Open \
records requests</a></li>
<li class="usa-identifier__required-links-item"><a href="/privacy" class="usa-identifier__required-link">Privacy \
policy</a></li>
</ul></nav>
<section class="usa-identifier__section usa-identifier__section--usagov" aria-label="U.S. government information \
and services"><div class="usa-identifier__usagov-description">Looking for U.S. government information and services?\
</div> <a href="https://www.usa.gov/" class="usa-link">Visit USA.gov</a></section>
</div>
<script src="https://{host}/themes/custom/uswds/dist/js/uswds.min.js"></script>
</body>
</html>
"""
    return html.encode()
