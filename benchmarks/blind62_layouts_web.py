"""Web writers of the ``blind62_layouts`` set: a Botswana water utility's media release on its Umbraco site, and a
Costa Rican municipal emergency committee's situation report pasted from Word into the canton's DNN site.

A management centre of Botswana's Water Utilities Corporation when the main pipeline bursts: the "Water Supply
Situation Update" posted as a media release on the corporation's site, built on Umbraco with its block grid, saved
from the browser — the cookie notice, the top bar with the toll-free number, the logo from ``/media/…?width=…``,
menu and search, the breadcrumb, the article's "MEDIA RELEASE" label, title and date, then the block grid's rich
text: the opening paragraph ("… wishes to update its valued customers …"), each section an ``<h2>``, the summary as
paragraphs, the other points lists, "What we are doing:" in bold, the closing regret, "Issued by:" and the office;
the share links, "Related releases" and the footer with the head office and the copyright. "P578,000",
"P2.13 million", "1,250", "16 February", "(previous update: 5)".

A municipal emergency committee (CME) of a Costa Rican canton in a spell of heavy rain (temporal): the "Informe de
situación" the committee types in Word and pastes into the HTML module of the municipality's DNN Platform site,
saved from the browser — DNN's comment banner, ``__VIEWSTATE``, the Xcillion skin's "Iniciar sesión", logo, menu and
search, the module title in an ``<h2>``, then Word's pasted markup: ``MsoNormal`` paragraphs with ``<o:p>``, each
section's name a bold paragraph, the summary as paragraphs, the other points ``MsoListParagraphCxSp…`` paragraphs
whose bullet is Word's "·" in the Symbol font followed by non-breaking spaces, "Acciones realizadas:" in bold, the
source line in italics; the footer's "Copyright … por …", "Condiciones de Uso | Declaración de Privacidad" and the
cookie consent banner. "₡221 millones", "1.250", "16 de setiembre", "(informe anterior: 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind62_layouts_banks_west import PIPELINE, TEMPORAL
from blind62_layouts_content import MESES, parts
from council_layouts_gold import Doc


def _mark(it, lang: str, tag: str = "strong") -> str:
    risk, lead, rest = parts(it, lang)
    return f"{escape(risk)} <{tag}>{escape(lead)}</{tag}> {escape(rest)}" if lead else escape(it.text)


# ---------------------------------------------------------------- a Botswana water utility's Umbraco page

CENTRES = (
    ("Gaborone", "Gaborone, Mogoditshane, Tlokweng and surrounding villages"),
    ("Francistown", "Francistown, Tati Siding and surrounding villages"),
    ("Mahalapye", "Mahalapye, Shoshong and surrounding villages"),
    ("Maun", "Maun, Shorobe and surrounding villages"),
)


def _block(h: int, alias: str, inner: str) -> str:
    """One item of Umbraco's block grid as its default partial renders it."""
    key = f"{h:08x}-{h % 65536:04x}-4{h % 4096:03x}-a{h % 4095:03x}-{h:08x}{h % 65536:04x}"
    return (f'<div class="umb-block-grid__layout-item" data-content-element-type-alias="{alias}" '
            f'data-content-element-type-key="{key}" data-element-udi="umb://element/{h:08x}{h % 99991:05x}" '
            'data-col-span="12" data-row-span="1" style="--umb-block-grid--item-column-span: 12; '
            f'--umb-block-grid--item-row-span: 1;">{inner}</div>')  # fmt: skip


def html_umbraco_wuc_water_bw(doc: Doc) -> bytes:
    """The management centre's water supply update as the corporation's media release page, saved."""
    when = report_day(doc)
    centre, area = CENTRES[PIPELINE.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    title = f"Water Supply Situation Update No. {doc.number} – {centre} Management Centre"
    rte = [f"<p>Water Utilities Corporation (WUC) wishes to update its valued customers in {escape(area)} on the "
           f"water supply situation as at 16:00 hours on {when.day} {when:%B %Y}.</p>"]  # fmt: skip
    for s in doc.sections:
        rte.append(f"<h2>{escape(s.heading)}</h2>")
        if s.key == "highlights":
            rte += [f"<p>{escape(it.text)}</p>" for it in s.items]
        else:
            rte.append("<ul>" + "".join(f"<li>{_mark(it, 'bw')}</li>" for it in s.items) + "</ul>")
    rte += ["<p>The Corporation regrets any inconvenience caused and appreciates the patience and cooperation of its "
            "customers.</p>", "<p><strong>Issued by:</strong><br>Corporate Communications and Public Relations<br>"
            "Water Utilities Corporation</p>"]  # fmt: skip
    slug = f"water-supply-situation-update-no-{doc.number}-{centre.lower()}"
    menu = "".join(f'<li{" class=active" if u == "media-centre" else ""}><a href="/{u}/">{t}</a></li>' for u, t in (
        ("about-us", "About Us"), ("customer-services", "Customer Services"), ("water-services", "Water Services"),
        ("media-centre", "Media Centre"), ("tenders", "Tenders"), ("careers", "Careers")))  # fmt: skip
    v = f"1da{h % 10**6:06x}"
    html = f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} | Water Utilities Corporation</title>
<meta name="description" content="Media release: {escape(title)}">
<link rel="canonical" href="https://www.wuc.bw/media-centre/media-releases/{slug}/">
<link rel="stylesheet" href="/css/site.min.css?v={h % 10**9}">
<link rel="icon" href="/media/q1fbx2ta/favicon.png?width=32&amp;height=32&amp;v={v}">
</head><body class="page-newsArticle">
<div id="cookie-notice" class="cookie-notice" role="dialog" aria-live="polite"><p>This website uses cookies to
improve your experience. By continuing to browse the site you agree to our use of cookies.
<a href="/privacy-policy/">Find out more</a></p><button type="button" class="btn btn-accept">Accept</button>
<button type="button" class="btn btn-decline">Decline</button></div>
<header class="site-header"><div class="top-bar container"><ul><li>Toll free: 0800 555 555</li>
<li><a href="/customer-services/pay-your-bill/">Pay your bill</a></li><li><a href="/contact-us/">Contact us</a></li>
</ul></div><div class="container header-main"><a class="logo" href="/"><img src="/media/lq3bp1dv/wuc-logo.png\
?width=220&amp;height=80&amp;v={v}" alt="Water Utilities Corporation"></a>
<nav class="main-nav" aria-label="Main"><ul>{menu}</ul></nav>
<form class="site-search" action="/search/" method="get"><input type="search" name="q" placeholder="Search" \
aria-label="Search"><button type="submit">Search</button></form></div></header>
<main id="main"><div class="container">
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/media-centre/">Media \
Centre</a></li><li><a href="/media-centre/media-releases/">Media Releases</a></li><li aria-current="page">\
{escape(title)}</li></ol></nav>
<article class="news-article"><header class="news-article__header"><p class="label">MEDIA RELEASE</p>
<h1>{escape(title)}</h1><p class="meta"><time datetime="{when:%Y-%m-%d}">{when.day} {when:%B %Y}</time> · \
{centre} Management Centre</p></header>
<div class="umb-block-grid" data-grid-columns="12" style="--umb-block-grid--grid-columns: 12;">
<div class="umb-block-grid__layout-container">
{_block(h, "richTextBlock", '<div class="rte">' + "".join(rte) + "</div>")}
</div></div>
<div class="share"><span>Share:</span> <a href="https://www.facebook.com/sharer/sharer.php?u=https://www.wuc.bw/\
media-centre/media-releases/{slug}/">Facebook</a> <a href="https://twitter.com/intent/tweet">X</a> \
<a href="https://wa.me/?text={slug}">WhatsApp</a></div></article>
<aside class="related"><h2>Related releases</h2><ul>
<li><a href="/media-centre/media-releases/planned-maintenance-{centre.lower()}/">Planned maintenance on the \
{centre} network</a></li><li><a href="/media-centre/media-releases/water-conservation-tips/">Water conservation \
tips for households</a></li></ul></aside>
</div></main>
<footer class="site-footer"><div class="container"><div class="cols">
<div><h3>Head Office</h3><p>Plot 17530, Luthuli Road<br>Private Bag 00276, Gaborone, Botswana</p></div>
<div><h3>Quick links</h3><ul><li><a href="/tenders/">Tenders</a></li><li><a href="/careers/">Careers</a></li>
<li><a href="/privacy-policy/">Privacy policy</a></li></ul></div>
<div><h3>Follow us</h3><ul><li><a href="https://www.facebook.com/">Facebook</a></li>
<li><a href="https://x.com/">X</a></li><li><a href="https://www.linkedin.com/">LinkedIn</a></li></ul></div></div>
<p class="copyright">© {when.year} Water Utilities Corporation. All rights reserved.</p></div></footer>
<script src="/scripts/site.min.js?v={h % 10**9}"></script>
</body></html>"""
    return html.encode()


# ---------------------------------------------------------------- a Costa Rican CME's report on a DNN site

CANTONS = (
    ("Pérez Zeledón", "www.mpz.go.cr", "2771-0390", "Licda. Ana Lucía Mora Céspedes"),
    ("Upala", "www.muniupala.go.cr", "2470-0157", "Ing. Carlos Alberto Solís Rojas"),
    ("Sarapiquí", "www.sarapiqui.go.cr", "2766-6350", "Lic. Jorge Arturo Vargas Quesada"),
    ("Turrialba", "www.muniturrialba.go.cr", "2556-0231", "Licda. María Fernanda Brenes Jiménez"),
)
_SPAN = '<span lang="ES-CR" style="font-family:&quot;Arial&quot;,sans-serif">'
_BULLET = ('<!--[if !supportLists]--><span lang="ES-CR" style="font-family:Symbol;mso-fareast-font-family:Symbol;'
           'mso-bidi-font-family:Symbol"><span style="mso-list:Ignore">·<span style="font:7.0pt &quot;Times New '
           'Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->')  # fmt: skip


def _word_list(items) -> list[str]:
    """Points as Word pastes a bulleted list: one paragraph each, its class by its place in the list."""
    out = []
    for k, it in enumerate(items):
        last = k == len(items) - 1
        place = "" if len(items) == 1 else "CxSpFirst" if k == 0 else "CxSpLast" if last else "CxSpMiddle"
        risk, lead, rest = parts(it, "cr")
        text = (f"{_SPAN}{escape(risk)} </span><b>{_SPAN}{escape(lead)}</span></b>{_SPAN} {escape(rest)}"
                if lead else f"{_SPAN}{escape(it.text)}")  # fmt: skip
        out.append(f'<p class="MsoListParagraph{place}" style="margin-left:36.0pt;mso-add-space:auto;'
                   f'text-indent:-18.0pt;mso-list:l0 level1 lfo1">{_BULLET}{text}<o:p></o:p></span></p>')  # fmt: skip
    return out


def html_dnn_cme_temporal_cr(doc: Doc) -> bytes:
    """The committee's situation report as the canton's DNN page, saved from the browser."""
    when = report_day(doc)
    canton, host, phone, coordinator = CANTONS[TEMPORAL.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    mid = 1200 + h % 700
    day = f"{when.day} de {MESES[when.month - 1]} de {when.year}"
    title = f"Informe de situación N.° {doc.number} – Comité Municipal de Emergencias"
    body = [f'<p class="MsoNormal" align="right" style="text-align:right">{_SPAN}{escape(canton)}, {day}.<o:p></o:p>'
            "</span></p>",
            f'<p class="MsoNormal" style="text-align:justify">{_SPAN}El Comité Municipal de Emergencias (CME) de '
            f"{escape(canton)} informa a la población sobre la situación del cantón con corte a las 18:00 horas del "
            f"{day}.<o:p></o:p></span></p>"]  # fmt: skip
    for s in doc.sections:
        body.append(f'<p class="MsoNormal" style="margin-top:12.0pt"><b>{_SPAN}{escape(s.heading)}<o:p></o:p></span>'
                    "</b></p>")  # fmt: skip
        if s.key == "highlights":
            body += [f'<p class="MsoNormal" style="text-align:justify">{_SPAN}{escape(it.text)}<o:p></o:p></span></p>'
                     for it in s.items]  # fmt: skip
        else:
            body += _word_list(s.items)
    body.append(f'<p class="MsoNormal" style="margin-top:12.0pt"><i>{_SPAN}Fuente: Comité Municipal de Emergencias '
                f"de {escape(canton)}. Coordinación: {escape(coordinator)}. Teléfono {phone}.<o:p></o:p></span></i>"
                "</p>")  # fmt: skip
    menu = "".join(f'<li class="{"dropdown active" if t == "Noticias" else ""}"><a href="https://{host}/{u}">{t}</a>'
                   "</li>" for u, t in (("", "Inicio"), ("Municipalidad", "Municipalidad"), ("Noticias", "Noticias"),
                                        ("Tramites", "Trámites"), ("Transparencia", "Transparencia"),
                                        ("Contacto", "Contacto")))  # fmt: skip
    html = f"""<!DOCTYPE html>
<html lang="es-CR">
<head id="Head">
<!--*********************************************-->
<!-- DNN Platform - http://www.dnnsoftware.com   -->
<!-- Copyright (c) 2002-2020, by DNN Corporation -->
<!--*********************************************-->
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>{escape(title)} &gt; Noticias - Municipalidad de {escape(canton)}</title>
<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv={h % 300}" type="text/css" \
rel="stylesheet"/><link href="/Portals/_default/skins/xcillion/skin.css?cdv={h % 300}" type="text/css" \
rel="stylesheet"/><link href="/Portals/0/portal.css?cdv={h % 300}" type="text/css" rel="stylesheet"/>
<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv={h % 300}" type="text/javascript"></script>
</head>
<body id="Body">
<form method="post" action="/Noticias/ArticleId/{mid}/informe-de-situacion-n-{doc.number}" id="Form" \
enctype="multipart/form-data">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUJ{h:X}Dw8WAh4E\
{h % 10**7}ZGQ=" /></div>
<div id="siteWrapper">
<div id="userControls" class="container"><div class="row"><div class="login pull-right"><a id="dnn_dnnLOGIN_loginLink" \
title="Iniciar sesión" class="LoginLink" rel="nofollow" href="/Iniciar-sesion?returnurl=%2fNoticias">Iniciar \
sesión</a></div></div></div>
<div id="siteHeadouter"><div id="siteHeadinner" class="container"><div class="navbar"><span class="brand">\
<a id="dnn_dnnLOGO_hypLogo" title="Municipalidad de {escape(canton)}" href="https://{host}/"><img \
id="dnn_dnnLOGO_imgLogo" src="/Portals/0/Logo%20Municipalidad.png?ver=2025-0{h % 9 + 1}-1{h % 9}-0843" \
alt="Municipalidad de {escape(canton)}" /></a></span>
<div id="mainMenu"><ul class="nav navbar-nav topLevel">{menu}</ul></div>
<div class="search hidden-xs"><span id="dnn_dnnSearch_ClassicSearch"><input name="dnn$dnnSearch$txtSearch" \
type="text" maxlength="255" size="20" id="dnn_dnnSearch_txtSearch" class="NormalTextBox" aria-label="Buscar" \
placeholder="Buscar..." /><a id="dnn_dnnSearch_cmdSearch" class="SearchButton" href="javascript:__doPostBack(\
'dnn$dnnSearch$cmdSearch','')">Buscar</a></span></div></div></div></div>
<div id="siteContent" class="container"><div id="dnn_ContentPane" class="contentPane">
<div class="DnnModule DnnModule-DNN_HTML DnnModule-{mid}"><a name="{mid}"></a>
<div class="DNNContainer_Title_h2 SpacingBottom"><h2><span id="dnn_ctr{mid}_dnnTITLE_titleLabel" class="TitleH2">\
{escape(title)}</span></h2>
<div id="dnn_ctr{mid}_ContentPane"><!-- Start_Module_{mid} --><div id="dnn_ctr{mid}_ModuleContent" \
class="DNNModuleContent ModDNNHTMLC">
<div id="dnn_ctr{mid}_HtmlModule_lblContent" class="Normal">
{chr(10).join(body)}
</div>
</div><!-- End_Module_{mid} --></div>
<div class="clear"></div></div></div></div></div>
<footer><div class="container"><div class="copyright"><span id="dnn_dnnCopyright_lblCopyright" \
class="SkinObject">Copyright {when.year} por Municipalidad de {escape(canton)}</span></div>
<div class="terms"><a id="dnn_dnnTerms_hypTerms" class="SkinObject" rel="nofollow" href="https://{host}/Terms">\
Condiciones de Uso</a> | <a id="dnn_dnnPrivacy_hypPrivacy" class="SkinObject" rel="nofollow" \
href="https://{host}/Privacy">Declaración de Privacidad</a></div></div></footer>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`}}" />
<script src="/Resources/Shared/components/CookieConsent/cookieconsent.min.js?cdv={h % 300}"></script>
</form>
<div role="dialog" aria-live="polite" aria-label="cookieconsent" aria-describedby="cookieconsent:desc" \
class="cc-window cc-banner cc-type-info cc-theme-block cc-bottom"><span id="cookieconsent:desc" class="cc-message">\
Este sitio web utiliza cookies para garantizar que obtenga la mejor experiencia en nuestro sitio web. <a \
aria-label="learn more about cookies" role="button" tabindex="0" class="cc-link" href="https://{host}/Privacy" \
target="_blank">Más información</a></span><div class="cc-compliance"><a aria-label="dismiss cookie message" \
role="button" tabindex="0" class="cc-btn cc-dismiss">¡Entendido!</a></div></div>
</body></html>"""
    return html.encode()
