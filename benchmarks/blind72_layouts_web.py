"""Web writers of the ``blind72_layouts`` set: a Quebec city's extreme heat update published as a news item of its
ProcessWire site, in French, and a Hidaka town's earthquake report published as a page of its Joruri CMS site, in
Japanese.

A city of Quebec round Montreal (its mayor and council and its civil security service, which work with the regional
public health department, the integrated health and social services centre, the CISSS, and the regional office of
the ministry of public security) in extreme heat: the "mise à jour" published as a news item of the city's site
built on ProcessWire and saved — "Passer au contenu", the alert bar, the logo, the "311" line, the menu, the search,
the breadcrumb ("Accueil", "Nouvelles"), "Publié le …", the title, the lead, each section an ``<h2>`` with a list
(the summary as paragraphs), "Mesures prises :" in bold, "Partager", the sidebar "Dans la même section", the footer
with the city hall and the 311, and the consent banner for "témoins" that Quebec's law asks for. "2 201 $",
"2,31 M$", "1 250", "12 %", "16 juillet", "(mise à jour précédente : 5)".

A town of Hokkaido's Hidaka coast (its mayor and its disaster headquarters, the 災害対策本部, which report to the
prefecture's Hidaka office and work with the meteorological agency, the power company and the self-defence forces)
after an earthquake: the "被害状況等について" published as a page of the town's site built on Joruri CMS and saved —
"本文へスキップ", the text size and colour buttons, "やさしい日本語" and "Foreign language", the logo, the search, the
global menu, the breadcrumb ("トップページ", "防災・安全", "災害情報"), "更新日：", the title, the opening
sentence, each section an ``<h2>`` with its full-width number ("１　概要"), the points typed after "・" in
paragraphs (the summary without), "【対応】" before each measure; "このページに関するお問い合わせ", the survey
"このページの情報は役に立ちましたか？", the footer with the town hall's address and hours. "226,100円",
"2億3,750万円", "1,250", "9月16日", "（前回報告：5）".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind72_layouts_banks_east import JISHIN
from blind72_layouts_banks_west import CHALEUR
from blind72_layouts_content import QC_MONTHS, parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- a Quebec city on ProcessWire

VILLES = (
    ("Longueuil", "longueuil.quebec", "4250, chemin de la Savane, Longueuil (Québec) J3Y 9G4", "Montérégie"),
    ("Terrebonne", "terrebonne.ca", "775, rue Saint-Jean-Baptiste, Terrebonne (Québec) J6W 1B5", "Lanaudière"),
    ("Repentigny", "repentigny.ca", "435, boulevard Iberville, Repentigny (Québec) J6A 2B6", "Lanaudière"),
    ("Saint-Jérôme", "vsj.ca", "10, rue Saint-Joseph, Saint-Jérôme (Québec) J7Z 7G7", "Laurentides"),
)
MENU_QC = ("Services aux citoyens", "Loisirs et culture", "Environnement", "Ma ville", "Affaires", "Nous joindre")


def html_processwire_chaleur_ville_qc(doc: Doc) -> bytes:
    """The city's extreme heat update as a news item of its ProcessWire site, saved."""
    when = report_day(doc)
    name, host, address, region = VILLES[CHALEUR.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day} {QC_MONTHS[when.month - 1]} {when.year}"
    title = f"Chaleur extrême : mise à jour n° {doc.number}"
    slug = f"chaleur-extreme-mise-a-jour-{doc.number}"
    menu = "".join(f'<li><a href="/{m.lower().replace(" ", "-")}/">{m}</a></li>' for m in MENU_QC)
    body = []
    for s in doc.sections:
        body.append(f"<h2>{escape(s.heading)}</h2>")
        if s.key == "highlights":
            body += [f"<p>{escape(it.text)}</p>" for it in s.items]
            continue
        entries = []
        for it in s.items:
            risk, lead, rest = parts(it, "qc")
            text = f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)
            entries.append(f"<li>{text}</li>")
        body.append(f"<ul>{''.join(entries)}</ul>")
    content = "\n".join(body)
    html = f"""<!DOCTYPE html>
<html lang="fr-CA">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} | Ville de {escape(name)}</title>
<link rel="stylesheet" href="/site/templates/styles/main.css?v={h % 9000 + 1000}">
<link rel="canonical" href="https://www.{host}/nouvelles/{slug}/">
</head>
<body class="template-nouvelle">
<a class="skip" href="#contenu">Passer au contenu</a>
<div class="alert-bar" role="alert"><strong>Avertissement de chaleur</strong> – Les haltes climatisées sont \
ouvertes. <a href="/chaleur/">Consultez la liste</a></div>
<header class="header"><a class="logo" href="/"><img src="/site/templates/images/logo.svg" alt="Ville de \
{escape(name)}"></a><p class="phone">Une question? Composez le <a href="tel:311">311</a></p>
<nav class="main-nav" aria-label="Menu principal"><ul>{menu}</ul></nav>
<form class="search" action="/recherche/" role="search"><label for="q" class="sr-only">Rechercher</label>\
<input id="q" name="q" type="search" placeholder="Que cherchez-vous?"><button>Rechercher</button></form></header>
<nav class="breadcrumbs" aria-label="Fil d'Ariane"><ol><li><a href="/">Accueil</a></li><li><a href="/nouvelles/">\
Nouvelles</a></li><li aria-current="page">{escape(title)}</li></ol></nav>
<div class="layout">
<main id="contenu" class="content">
<article class="nouvelle">
<p class="date">Publié le {day}</p>
<h1>{escape(title)}</h1>
<p class="chapeau">Voici le point sur la situation à {escape(name)} en date du {day}, 15 h.</p>
{content}
<div class="share">Partager : <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Courriel</a></div>
</article>
</main>
<aside class="sidebar"><h3>Dans la même section</h3><ul><li><a href="/chaleur/">Chaleur extrême : conseils</a></li>\
<li><a href="/haltes-climatisees/">Haltes climatisées</a></li><li><a href="/nouvelles/">Toutes les nouvelles</a>\
</li></ul></aside>
</div>
<footer class="footer"><div><strong>Hôtel de ville</strong><br>{escape(address)}<br>Service aux citoyens : 311</div>\
<ul><li><a href="/accessibilite/">Accessibilité</a></li><li><a href="/confidentialite/">\
Politique de confidentialité</a></li><li><a href="/plan-du-site/">Plan du site</a></li></ul><p>© {when.year} Ville \
de {escape(name)} – {region}</p></footer>
<div class="consent" role="dialog" aria-label="Témoins"><p>Nous utilisons des témoins (cookies) pour améliorer votre \
expérience et mesurer l'achalandage du site. Vous pouvez accepter ou refuser les témoins non essentiels.</p>\
<button>Tout accepter</button><button>Tout refuser</button><a href="/confidentialite/">Personnaliser</a></div>
</body>
</html>
"""
    return html.encode()


# ---------------------------------------------------------------- a Hidaka town on Joruri CMS

MACHI = (
    ("浦河町", "town.urakawa.hokkaido.jp", "〒057-8511 北海道浦河郡浦河町築地1丁目3番1号", "0146-22-2311"),
    ("様似町", "town.samani.lg.jp", "〒058-8501 北海道様似郡様似町大通1丁目21番地", "0146-36-2111"),
    ("えりも町", "town.erimo.lg.jp", "〒058-0292 北海道幌泉郡えりも町字本町206番地", "01466-2-2221"),
    ("新ひだか町", "shinhidaka-hokkaido.jp", "〒056-8650 北海道日高郡新ひだか町静内御幸町3丁目2番50号", "0146-43-2111"),
)
MENU_JP = ("くらし・手続き", "健康・福祉", "子育て・教育", "産業・しごと", "観光・イベント", "町政情報")


def html_joruri_jishin_town_hokkaido(doc: Doc) -> bytes:
    """The town's earthquake report as a page of its Joruri CMS site, saved."""
    when = report_day(doc)
    name, host, address, phone = MACHI[JISHIN.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    title = f"地震による被害状況等について（第{doc.number}報）"
    menu = "".join(f'<li><a href="/category/{k + 1}/">{m}</a></li>' for k, m in enumerate(MENU_JP))
    body = []
    for s in doc.sections:
        body.append(f"<h2>{escape(s.heading)}</h2>")
        for it in s.items:
            if s.key == "highlights":
                body.append(f"<p>{escape(it.text)}</p>")
                continue
            risk, lead, rest = parts(it, "jp")
            text = f"{escape(risk)}<strong>{escape(lead)}</strong>{escape(rest)}" if lead else escape(it.text)
            body.append(f"<p>・{text}</p>")
    content = "\n".join(body)
    html = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="generator" content="Joruri CMS 2020">
<link rel="canonical" href="https://www.{host}/docs/{when:%Y%m%d}{doc.number:02d}/">
<title>{escape(title)} | {name}</title>
<link rel="stylesheet" href="/_themes/{h % 9 + 1}/css/common.css">
</head>
<body id="page-docs-{h % 90000 + 10000}" class="dir-docs">
<div id="accessibilityTool"><a href="#main" class="skip">本文へスキップ</a>
<ul class="fontSize"><li>文字サイズ</li><li><a href="#">標準</a></li><li><a href="#">拡大</a></li></ul>
<ul class="themeColor"><li>背景色</li><li><a href="#">白</a></li><li><a href="#">黒</a></li><li><a href="#">青</a></li>\
</ul>
<ul class="lang"><li><a href="/easy/">やさしい日本語</a></li><li><a href="/foreign/">Foreign language</a></li></ul>
</div>
<header id="header"><div class="logo"><a href="/"><img src="/_files/logo.png" alt="{name}"></a></div>
<form id="search" action="/search/"><input type="text" name="q" title="サイト内検索"><input type="submit" \
value="検索"></form></header>
<nav id="globalNavi"><ul>{menu}</ul></nav>
<div id="breadCrumbs"><a href="/">トップページ</a> &gt; <a href="/category/bosai/">防災・安全</a> &gt; \
<a href="/category/bosai/saigai/">災害情報</a> &gt; {escape(title)}</div>
<div id="main">
<div class="contentDocsDoc">
<h1>{escape(title)}</h1>
<p class="update">更新日：{when.year}年{when.month}月{when.day}日</p>
<div class="body">
<p>{when.month}月{when.day}日17時現在の町内の状況をお知らせします。</p>
{content}
</div>
<div class="inquiry"><h2>このページに関するお問い合わせ</h2><p>総務課 防災グループ<br>{address}<br>電話：{phone}</p>\
</div>
<div class="enquete"><h2>このページの情報は役に立ちましたか？</h2><form><label><input type="radio" name="q1">\
役に立った</label><label><input type="radio" name="q1">どちらともいえない</label><label><input type="radio" \
name="q1">役に立たなかった</label><input type="submit" value="送信"></form></div>
</div>
</div>
<footer id="footer"><p class="name">{name}役場</p><p>{address}　電話：{phone}（代表）</p><p>開庁時間：\
月曜日から金曜日 8時45分から17時30分（祝日・年末年始を除く）</p><ul><li><a href="/sitepolicy/">サイトポリシー</a>\
</li><li><a href="/privacy/">個人情報の取り扱い</a></li><li><a href="/sitemap/">サイトマップ</a></li></ul>\
<p class="copyright">Copyright © {name} All Rights Reserved.</p></footer>
</body>
</html>
"""
    return html.encode()
