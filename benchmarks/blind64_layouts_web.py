"""Web writers of the ``blind64_layouts`` set: a French Polynesian commune's water situation published as an article
of its SPIP site, and an Andorran comú's snowfall bulletin posted as news on its Kentico site.

A commune of French Polynesia when heavy rain makes the water of its network unfit to drink: the crisis cell's daily
"point de situation" published as an article of the commune's SPIP site, saved from the browser — the ``generator``
meta "SPIP 4.2…", the dist templates' header with the commune's name and slogan, the menu, the "arbo" breadcrumb, the
"cartouche" with the date, the author and the title, the "chapo" (a greeting in Tahitian and the opening paragraph),
then the text as SPIP's typography renders it: each section's name an ``<h2 class="spip">``, the summary as
paragraphs, the other points ``<ul class="spip" role="list">``, "Actions engagées :" in bold, the apostrophe "’" and a
no-break space before each colon; the "ps" block with the telephone numbers, the attached map in "Documents joints",
"Dans la même rubrique", and the footer's "Plan du site | Se connecter | Contact | RSS 2.0". "476 000 F CFP",
"2,13 millions F CFP", "1 250", "12 %", "16 mars" ("1er mars"), "(point précédent : 5)".

A comú (parish council) of Andorra in a heavy snowfall: the comú's "Comunicat" on the snowfall posted as news on its
site built with Kentico, saved from the browser — ASP.NET's form with ``__CMSCsrfToken`` and ``__VIEWSTATE``,
``/CMSPages/GetResource.ashx`` styles and scripts, the language bar "CA | ES | FR", the logo from ``/getmedia/``,
Kentico's ``CMSListMenu`` menu and ``CMSBreadCrumbs``, the news item's title, date and teaser, then the rich text:
``<h2>`` sections, the summary as paragraphs, the other points lists, "Mesures adoptades:" in bold; "Comparteix",
the aside of useful numbers, the footer and the cookie bar. "3.978 €", "1,46 milions d'euros", "1.250",
"16 de febrer" / "3 d'abril", "(comunicat anterior: 5)".
"""

from __future__ import annotations

import zlib
from datetime import timedelta
from html import escape

from blind7_layouts_content import report_day
from blind17_layouts_content import ca_month
from blind63_layouts_content import MOIS
from blind64_layouts_banks_coast import EAU
from blind64_layouts_banks_landlocked import NEVADA
from blind64_layouts_content import parts
from council_layouts_gold import Doc


def _spip(text: str) -> str:
    """Text as SPIP's French typography prints it: escaped, a no-break space before each colon."""
    return escape(text, quote=False).replace(" :", "&nbsp;:")


def _mark(it, lang: str, typo=escape) -> str:
    risk, lead, rest = parts(it, lang)
    return f"{typo(risk)} <strong>{typo(lead)}</strong> {typo(rest)}" if lead else typo(it.text)


# ---------------------------------------------------------------- a French Polynesian commune on SPIP

COMMUNES = (
    ("Punaauia", "punaauia", "Te oire nō Punaauia", "40 41 43 00", ("Outumaoro", "Taapuna", "Punaruu")),
    ("Papara", "papara", "Te oire nō Papara", "40 57 46 46", ("Taharuu", "Tiamao", "Mataiea")),
    ("Taiarapu-Est", "taiarapu-est", "Te oire nō Taiarapu Hitia’a o te rā", "40 57 13 45",
     ("Afaahiti", "Faaone", "Pueu")),
    ("Moorea-Maiao", "moorea", "Te oire nō Moorea-Maiao", "40 55 04 55", ("Paopao", "Papetoai", "Haapiti")),
)  # fmt: skip


def _jour(day) -> str:
    return f"{'1er' if day.day == 1 else day.day} {MOIS[day.month - 1]} {day.year}"


def html_spip_eau_commune_pf(doc: Doc) -> bytes:
    """The commune's water situation as an article of its SPIP site, saved."""
    when = report_day(doc)
    commune, host, slogan, phone, quartiers = COMMUNES[EAU.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    art = 1400 + h % 300 + doc.number
    title = f"Eau non potable : point de situation n° {doc.number}"
    text = []
    for s in doc.sections:
        text.append(f'<h2 class="spip">{escape(s.heading)}</h2>')
        if s.key == "highlights":
            text += [f"<p>{_spip(it.text)}</p>" for it in s.items]
            continue
        text.append('<ul class="spip" role="list">' + "".join(f"<li>{_mark(it, 'pf', _spip)}</li>" for it in s.items)
                    + "</ul>")  # fmt: skip
    menu = "".join(f'<li class="menu-entree item{" on active" if t == "Actualités" else ""}"><a href="spip.php?'
                   f'rubrique{r}">{t}</a></li>' for r, t in ((1, "La mairie"), (4, "Vie quotidienne"),
                                                              (7, "Environnement"), (12, "Actualités"),
                                                              (15, "Contacts")))  # fmt: skip
    same = "".join(f'<li class="item"><a href="spip.php?article{art - k}">{escape(t)}</a></li>' for k, t in (
        (1, f"Eau non potable : point de situation n° {doc.number - 1}" if doc.number > 1 else "Avis de fortes pluies"),
        (3, "Fermeture des écoles de la commune"), (6, "Conseil municipal du mois de février")))  # fmt: skip
    q = ", ".join(quartiers)
    html = f"""<!DOCTYPE html>
<html dir="ltr" lang="fr" class="ltr fr no-js">
<head>
<script type='text/javascript'>/*<![CDATA[*/(function(H){{H.className=H.className.replace(/\\bno-js\\b/,'js')}})\
(document.documentElement);/*]]>*/</script>
<title>{escape(title)} - Commune de {commune}</title>
<meta name="description" content="La commune de {commune} informe ses administr&#233;s de la situation de l&#8217;eau \
distribu&#233;e par le r&#233;seau communal." />
<link rel="canonical" href="https://www.{host}.pf/spip.php?article{art}" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="alternate" type="application/rss+xml" title="Syndiquer tout le site" href="spip.php?page=backend" />
<link rel='stylesheet' href='local/cache-css/cssdyn-css_bootstrap_css-{h % 10**8:08x}.css?{1767000000 + h % 10**6}' \
type='text/css' />
<link rel='stylesheet' href='plugins-dist/mediabox/lib/lity/lity.css?1700000000' type='text/css' />
<meta name="generator" content="SPIP 4.2.13 [24256]" />
</head>
<body class="pas_surlignable page_article">
<div class="page">
<div class="header" id="header"><div class="container"><a rel="start home" href="https://www.{host}.pf/" \
title="Accueil" class="accueil"><img class='spip_logo' width='80' height='80' alt='' \
src='local/cache-vignettes/L80xH80/siteon0-{h % 900 + 100}.png?1700000000' /> <span class="nom_site_spip">Commune de \
{commune}</span></a><p class="slogan">{escape(slogan)}</p></div></div>
<div class="navbar" id="nav"><div class="container"><div class="menu-conteneur navbar-inner"><ul class="menu-liste \
menu-items" data-depth="0">{menu}</ul></div></div></div>
<div class="wrapper"><div class="container"><div class="row"><div class="content span8" id="content">
<p class="arbo"><a href="https://www.{host}.pf/">Accueil</a> &gt; <a href="spip.php?rubrique12">Actualités</a> &gt; \
<strong class="on">{escape(title)}</strong></p>
<div class="cartouche"><p class="publication"><time pubdate="pubdate" datetime="{when:%Y-%m-%d}T17:30:00Z">\
{_jour(when)}</time><span class="authors"><span class="sep">, </span>par <span class="vcard author"><a class="url fn \
spip_in" href="spip.php?auteur3">Cellule de crise communale</a></span></span></p>
<h1 class="surlignable">{_spip(title)}</h1></div>
<div class="main">
<div class="chapo surlignable"><p>Ia ora na,</p><p>La commune de {commune} informe ses administrés de l’évolution de \
la situation de l’eau distribuée par le réseau communal (quartiers de {escape(q)}), à 17h30 ce jour.</p></div>
<div class="texte surlignable clearfix">
{chr(10).join(text)}
</div>
<div class="ps surlignable"><p>Service de l’eau&nbsp;: {phone} – Standard de la mairie&nbsp;: 40 {h % 90 + 10} \
{h % 89 + 10} {h % 79 + 20}</p></div>
<div class="documents_joints"><h2 class="h2">Documents joints</h2><div class="spip_documents spip_lien_ok">\
<a href="IMG/pdf/carte_quartiers_eau_non_potable_{doc.number}.pdf" class="spip_doc_lien" type="application/pdf">\
Carte des quartiers concernés</a> <span class="spip_doc_infos">PDF - {h % 400 + 120}.{h % 10} kio</span></div></div>
</div>
</div>
<div class="aside secondary span4" id="aside"><div class="liste rubriques"><h2 class="h2">Dans la même rubrique</h2>\
<ul class="liste-items">{same}</ul></div></div>
</div></div></div>
<div class="footer" id="footer"><div class="container"><p class="colophon">{when.year} Commune de {commune}<br />\
<a rel="contents" href="spip.php?page=plan" class="first">Plan du site</a> | <a href="spip.php?page=login&amp;url=\
spip.php%3Farticle{art}" rel="nofollow" class='login_modal'>Se connecter</a> | <a rel="nofollow" href="spip.php?\
page=contact">Contact</a> | <a href="spip.php?page=backend" rel="alternate" title="Syndiquer tout le site" \
class="last">RSS&nbsp;2.0</a></p><small class="generator"><a href="https://www.spip.net/" rel="generator" \
title="Site réalisé avec SPIP" class="spip_out">SPIP</a></small></div></div>
</div>
</body>
</html>"""
    return html.encode()


# ---------------------------------------------------------------- an Andorran comú on Kentico

COMUS = (
    ("Canillo", "canillo", "+376 751 036", "comu-canillo"),
    ("Encamp", "encamp", "+376 731 000", "comu-encamp"),
    ("Ordino", "ordino", "+376 878 100", "comu-ordino"),
    ("la Massana", "lamassana", "+376 736 900", "comu-la-massana"),
)


def html_kentico_nevada_comu_ad(doc: Doc) -> bytes:
    """The comú's snowfall bulletin as news on its Kentico site, saved."""
    when = report_day(doc)
    parish, host, phone, theme = COMUS[NEVADA.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    of = "de la Massana" if parish == "la Massana" else ("d'" if parish[0] in "AEIO" else "de ") + parish
    title = f"Comunicat núm. {doc.number} – Nevada"
    slug = f"comunicat-num-{doc.number}-nevada"
    text = []
    for s in doc.sections:
        text.append(f"<h2>{escape(s.heading)}</h2>")
        if s.key == "highlights":
            text += [f"<p>{escape(it.text)}</p>" for it in s.items]
            continue
        text.append("<ul>" + "".join(f"<li>{_mark(it, 'ad')}</li>" for it in s.items) + "</ul>")
    menu = "".join(f'<li class="CMSListMenu{"HighlightedLI" if t == "Actualitat" else "LI"}"><a class="CMSListMenu'
                   f'{"LinkHighlighted" if t == "Actualitat" else "Link"}" href="/ca/{u}">{t}</a></li>' for u, t in (
                       ("el-comu", "El Comú"), ("tramits", "Tràmits"), ("serveis", "Serveis"),
                       ("actualitat", "Actualitat"), ("contacte", "Contacte")))  # fmt: skip
    yesterday = when - timedelta(days=1)
    teaser = (f"El Comú {of} informa de l'estat de la parròquia i de les actuacions dels serveis comunals a "
              f"{when.day} {ca_month(when.month)} a les 18.30 hores.")  # fmt: skip
    state = f"/wEPDwUKLTE{h:08X}{doc.number:02d}ZBgEeHl9fQ2hlY2tCb3hlcw{h % 10**6:06d}" + "A" * (h % 7)
    html = f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="ca-ES">
<head id="head"><title>
\t{escape(title)} - Comú {escape(of)}
</title><meta name="description" content="{escape(teaser)}" /><meta http-equiv="content-type" content="text/html; \
charset=UTF-8" /><meta http-equiv="pragma" content="no-cache" /><meta http-equiv="content-style-type" \
content="text/css" /><meta http-equiv="content-script-type" content="text/javascript" />
<link href="/CMSPages/GetResource.ashx?stylesheetname={theme}" type="text/css" rel="stylesheet"/>
<link href="/App_Themes/{theme}/favicon.ico" type="image/x-icon" rel="shortcut icon"/>
</head>
<body class="LTR Chrome CAES ContentBody">
<form method="post" action="/ca/actualitat/{slug}" id="form">
<div class="aspNetHidden">
<input type="hidden" name="__CMSCsrfToken" id="__CMSCsrfToken" value="{h:08x}{doc.number}Qm9{h % 10**7:07d}" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{state}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form'];
if (!theForm) {{ theForm = document.form; }}
//]]>
</script>
<script src="/CMSPages/GetResource.ashx?scriptfile=%7e%2fCMSScripts%2fjquery%2fjquery-core.js" \
type="text/javascript"></script>
<div id="ctxM"></div>
<header class="header"><div class="top-bar"><ul class="idiomes"><li class="active"><span>CA</span></li><li><a \
href="/es/actualidad/{slug}">ES</a></li><li><a href="/fr/actualite/{slug}">FR</a></li></ul></div>
<a href="/ca" class="logo"><img id="p_lt_ctl00_EditableImage_ucEditableImage_imgImage" \
src="/getmedia/{h:08x}-{h % 9000 + 1000:04d}-4c1e-9b2a-{h % 10**12:012d}/logo-{host}.aspx" \
alt="Comú {escape(of)}" /></a>
<nav class="menu"><ul id="menuElem" class="CMSListMenuUL">{menu}</ul></nav>
</header>
<div class="breadcrumbs"><a href="/ca" class="CMSBreadCrumbsLink">Inici</a> <span class="sep">&gt;</span> <a \
href="/ca/actualitat" class="CMSBreadCrumbsLink">Actualitat</a> <span class="sep">&gt;</span> <span \
class="CMSBreadCrumbsCurrentItem">{escape(title)}</span></div>
<main><div id="p_lt_ctl03_pageplaceholder_p_lt_ctl00_NewsDetail" class="news-detail">
<h1>{escape(title)}</h1>
<div class="news-date">{when:%d/%m/%Y} - 18.30 h</div>
<div class="news-summary"><p>{escape(teaser)}</p></div>
<div class="news-text">
{chr(10).join(text)}
</div>
<div class="news-share">Comparteix: <a href="https://www.facebook.com/sharer/sharer.php?u=https://www.{host}.ad/ca/\
actualitat/{slug}">Facebook</a> <a href="https://twitter.com/intent/tweet?url=https://www.{host}.ad/ca/actualitat/\
{slug}">X</a> <a href="https://wa.me/?text={slug}">WhatsApp</a></div>
<div class="news-prev"><a href="/ca/actualitat/avis-nevades-{yesterday:%Y%m%d}">« Notícia anterior</a></div>
</div>
<aside class="telefons"><h3>Telèfons d'interès</h3><ul><li>Emergències: 112</li><li>Bombers: 118</li><li>Policia: \
110</li><li>Comú {escape(of)}: {phone}</li><li>Estat de les carreteres: 848 884</li></ul></aside></main>
<footer class="footer"><p>© {when.year} Comú {escape(of)} · <a href="/ca/avis-legal">Avís legal</a> · <a \
href="/ca/politica-de-galetes">Política de galetes</a> · <a href="/ca/accessibilitat">Accessibilitat</a></p></footer>
<div id="cookie-bar" class="cookie-bar"><p>Aquest web utilitza galetes pròpies i de tercers per millorar la vostra \
experiència de navegació.</p><a href="#" class="cb-enable">Accepto</a> <a href="/ca/politica-de-galetes" \
class="cb-policy">Més informació</a></div>
<script type="text/javascript">
//<![CDATA[
WebForm_InitCallback();//]]>
</script>
</form>
</body>
</html>"""
    return html.encode()
