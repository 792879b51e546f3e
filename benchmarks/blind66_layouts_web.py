"""Web writers of the ``blind66_layouts`` set: a Guatemalan municipal disaster reduction coordinator's landslide report
posted on its Webnode site, and a Djiboutian regional drought committee's bulletin published as a blog post of the
regional council's Odoo website.

The Coordinadora Municipal para la Reducción de Desastres (COMRED) of a Guatemalan municipality, chaired by the mayor
and working with the municipal council and CONRED, in a rainy season of landslides: its "Informe de situación" posted
in the news of its site built with Webnode, saved from the browser — the ``generator`` "Webnode 2", Webnode's
``l-w``/``s-w``/``b-text`` blocks, the header with the COMRED's name and its menu, the post's title and date, the
cut-off line in bold, then the post's rich text: each section an ``<h2>`` after its Roman numeral ("I. Resumen del
evento"), the summary as paragraphs, the other points a list, "Acciones realizadas:" in bold; "Volver", the footer's
address and telephone, "Creado con Webnode" and the cookie bar. "Q 33,320.00", "Q 12.25 millones", "1,250",
"16 de junio", "(informe anterior: 5)".

A regional drought committee of Djibouti (set up by the regional council with the prefecture and the line services)
in a drought: its weekly "Point de situation" published as a blog post of the regional council's website made with
Odoo's Website app, saved — the ``generator`` "Odoo", ``/web/assets/…`` bundles, the ``o_header_standard`` navbar with
the council's logo and menu, the blog post's cover with its title and subtitle (the committee and the day), the post's
``o_wblog_read_text`` field holding one ``s_text_block`` snippet: each section an ``<h2>``, the summary as paragraphs,
the other points a list, "Mesures prises :" in bold; the author and date, "Partager", "Lire ensuite" and the footer
with the address, the copyright and "Généré par Odoo - Le #1 eCommerce Open Source". "765 000 FDJ",
"281,3 millions FDJ", "1 250", "12 %", "16 juin", "(rapport précédent : 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind66_layouts_banks_africa import SECHERESSE
from blind66_layouts_banks_oceans import DESLAVE
from blind66_layouts_content import ES_MESES, FR_MOIS, parts
from council_layouts_gold import Doc


def _body(doc: Doc, lang: str, tag: str) -> str:
    """The sections as the editor keeps them: a heading, the summary's paragraphs or a list of points."""
    out = []
    for s in doc.sections:
        out.append(f"<{tag}>{escape(s.heading)}</{tag}>")
        if s.key == "highlights":
            out += [f"<p>{escape(it.text)}</p>" for it in s.items]
            continue
        points = []
        for it in s.items:
            risk, lead, rest = parts(it, lang)
            points.append(f"<li>{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}</li>" if lead
                          else f"<li>{escape(it.text)}</li>")  # fmt: skip
        out.append("<ul>" + "".join(points) + "</ul>")
    return "\n".join(out)


# ---------------------------------------------------------------- a Guatemalan COMRED on Webnode

COMREDS = (
    ("Cobán", "Alta Verapaz", "1a. Calle 1-11 Zona 1, Cobán", "7951-0210", "comredcoban"),
    ("San Juan Sacatepéquez", "Guatemala", "Palacio Municipal, San Juan Sacatepéquez", "6630-6061", "comredsjs"),
    ("Santa Catarina Pinula", "Guatemala", "1a. Calle 5-50 Zona 1, Santa Catarina Pinula", "6685-3600",
     "comredscp"),
    ("Santa Cruz del Quiché", "Quiché", "0 Calle 0-10 Zona 1, Santa Cruz del Quiché", "7755-1135", "comredquiche"),
)  # fmt: skip


def html_webnode_informe_deslave_gt(doc: Doc) -> bytes:
    """The COMRED's landslide report as a news post of its Webnode site, saved."""
    when = report_day(doc)
    town, dept, address, phone, sub = COMREDS[DESLAVE.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    title = f"Informe de situación No. {doc.number} – Deslizamientos"
    day = f"{when.day} de {ES_MESES[when.month - 1]} de {when.year}"
    menu = "".join(f'<li role="none" class="menu-item{" wnd-active" if u == "noticias" else ""}"><a class="menu-link" '
                   f'href="/{u}/" role="menuitem"><span class="menu-item-text">{t}</span></a></li>'
                   for u, t in (("", "Inicio"), ("quienes-somos", "Quiénes somos"), ("noticias", "Noticias"),
                                ("alertas", "Alertas"), ("contacto", "Contacto")))  # fmt: skip
    cdn = "https://d1di2lzuh97fh2.cloudfront.net/files"
    html = f"""<!DOCTYPE html>
<html class="no-js" prefix="og: https://ogp.me/ns#" lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} :: COMRED {escape(town)}</title>
<meta name="generator" content="Webnode 2">
<meta name="apple-mobile-web-app-capable" content="no">
<meta property="og:url" content="https://{sub}.webnode.gt/l/informe-de-situacion-no-{doc.number}/">
<meta property="og:title" content="{escape(title)} :: COMRED {escape(town)}">
<meta property="og:type" content="article">
<link rel="canonical" href="https://{sub}.webnode.gt/l/informe-de-situacion-no-{doc.number}/">
<link rel="stylesheet" href="{cdn}/3k/3kk/3kkw2x/css/style.css?ph={h % 10**10:010d}">
<script src="{cdn}/1c/1ce/1ceh4r/js/wnd.js?ph={h % 10**9:09d}" defer></script>
</head>
<body class="l wt-blogpost ltr demo-off l-default l-d-border b-btn-sq b-btn-s-l b-btn-dn b-btn-bw-1 img-d-n \
img-t-u img-h-z line-solid b-e-ds lbox-d c-s-n wnd-fe">
<div class="wnd-page l-page cs-gray ac-blue t-t-fs-m t-t-fw-m t-t-sp-n t-t-d-n t-s-fs-s t-s-fw-m t-s-sp-n t-s-d-n \
t-p-fs-s t-p-fw-m t-p-sp-n t-h-fs-s t-h-fw-m t-h-sp-n t-bq-fs-s t-bq-fw-m t-bq-sp-n t-bq-d-l t-bt-fs-s t-bt-fw-m \
t-bt-sp-n t-bt-d-n t-form-fs-s t-form-fw-m t-form-sp-n t-i-fs-s t-i-fw-m t-i-sp-n">
<div class="l-w t cf t-26">
<div class="l-bg cf"><div class="s-bg-l"></div></div>
<header class="l-h cf"><div class="sw cf"><div class="sw-c cf"><section class="s s-hn s-hn-default wnd-mt-classic \
wnd-na-c logo-classic sc-w hm-hidden wnd-w-default wnd-hbs-on wnd-hbi-on"><div class="s-w"><div class="s-o">
<div class="h-w h-f wnd-fixed"><div class="n-l"><div class="s-c menu-nav"><div class="logo-block"><div class="b b-l \
logo logo-default logo-nb wnd-logo-with-text"><div class="b-l-c logo-content"><a class="b-l-link logo-link" \
href="/"><div class="b-l-br logo-br"></div><div class="b-l-text logo-text-wrapper"><div class="b-l-text-w \
logo-text"><span class="b-l-text-c logo-text-cell">COMRED {escape(town)}</span></div></div></a></div></div></div>
<div id="menu-slider"><div id="menu-block"><nav id="menu"><div class="menu-font menu-wrapper"><ul role="menubar" \
class="menu-items">{menu}</ul></div></nav></div></div></div></div></div></div></div></section></div></div></header>
<main class="l-m cf"><div class="sw cf"><div class="sw-c cf">
<section class="s s-hm s-hm-bdh s-bdh cf sc-w wnd-background-solid"><div class="s-w cf"><div class="s-o cf"><div \
class="s-c s-fs cf"><div class="ez cf wnd-no-cols"><div class="ez c cf"><div class="b b-tb b-s cf"><div \
class="b-tb-w"><h1 class="wnd-blog-title">{escape(title)}</h1></div></div><div class="b b-d b-s cf"><time \
class="wnd-blog-date" datetime="{when:%Y-%m-%d}T18:30:00-06:00">{when:%d.%m.%Y}</time></div></div></div></div>\
</div></div></section>
<section class="s s-basic cf sc-w wnd-background-solid"><div class="s-w cf"><div class="s-o cf"><div class="s-c \
s-fs cf"><div class="ez cf wnd-no-cols"><div class="ez c cf"><div class="b b-text cf"><div class="b-c b-text-c b-s \
b-s-t60 b-s-b60 b-cs cf">
<p><strong>Fecha y hora de corte: {day}, 18:00 horas. Municipio de {escape(town)}, {escape(dept)}.</strong></p>
{_body(doc, "gt", "h2")}
</div></div></div></div></div></div></div></section>
<section class="s s-basic cf sc-w"><div class="s-w cf"><div class="s-o cf"><div class="s-c s-fs cf"><div \
class="b b-s b-btn b-btn-1 cf"><a class="b-btn-c" href="/noticias/"><span class="b-btn-t">Volver</span></a></div>\
</div></div></div></section>
</div></div></main>
<footer class="l-f cf"><div class="sw cf"><div class="sw-c cf"><section class="s s-f s-f-basic s-f-simple \
sc-d"><div class="s-w"><div class="s-o"><div class="s-c s-f-l-w"><div class="s-f-l b-s b-s-t0 b-s-b0"><div \
class="s-f-l-c s-f-l-c-first"><div class="s-f-cr"><span class="it b link"><span class="it-c">COMRED \
{escape(town)} – {escape(address)} – Tel. {phone}</span></span></div></div><div class="s-f-l-c s-f-l-c-last">\
<div class="s-f-sf"><span class="sf b"><a href="https://www.webnode.es?utm_source=text&amp;utm_medium=footer&amp;\
utm_campaign=free1" rel="noopener nofollow" target="_blank">Creado con Webnode</a></span> <span class="sf-cbr \
link"><a href="#" rel="nofollow">Cookies</a></span></div></div></div></div></div></div></section></div></div>\
</footer>
</div>
<div id="wnd-cookie-bar" class="cookie-bar" role="dialog"><div class="cookie-bar-text">Este sitio web utiliza \
cookies para almacenar datos en su dispositivo.</div><button class="cookie-bar-btn">Aceptar todas</button> \
<button class="cookie-bar-btn cookie-bar-btn-sec">Configuración</button></div>
</div>
</body>
</html>"""
    return html.encode()


# ---------------------------------------------------------------- a Djiboutian regional committee on Odoo

REGIONS = (
    ("Tadjourah", "tadjourah", "Avenue du Sultan, Tadjourah", "21 42 40 12"),
    ("Obock", "obock", "Quartier administratif, Obock", "21 41 10 27"),
    ("Dikhil", "dikhil", "Place de l'Indépendance, Dikhil", "21 42 01 35"),
    ("Ali Sabieh", "ali-sabieh", "Boulevard de la République, Ali Sabieh", "21 42 60 18"),
)


def html_odoo_secheresse_region_dj(doc: Doc) -> bytes:
    """The regional committee's drought bulletin as a blog post of the council's Odoo website, saved."""
    when = report_day(doc)
    region, slug, address, phone = REGIONS[SECHERESSE.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    of = "d'" if region[0] in "AO" else "de "
    council = f"Conseil régional {of}{region}"
    title = f"Sécheresse : point de situation n° {doc.number}"
    day = f"{when.day} {FR_MOIS[when.month - 1]} {when.year}"
    post = f"/blog/actualites-2/secheresse-point-de-situation-n-{doc.number}-{40 + doc.number * 3 + h % 3}"
    prev = (f"Sécheresse : point de situation n° {doc.number - 1}" if doc.number > 1
            else "Lancement du comité régional sécheresse")  # fmt: skip
    menu = "".join(f'<li role="presentation" class="nav-item"><a role="menuitem" href="{u}" class="nav-link'
                   f'{" active" if t == "Actualités" else ""}"><span>{t}</span></a></li>'
                   for u, t in (("/", "Accueil"), ("/le-conseil", "Le Conseil"), ("/blog/actualites-2", "Actualités"),
                                ("/services", "Services"), ("/contactus", "Contact")))  # fmt: skip
    bundle = f"{h:08x}"[:7]
    html = f"""<!DOCTYPE html>
<html lang="fr-FR" data-website-id="1" data-main-object="blog.post({20 + doc.number},)">
<head>
<meta charset="utf-8"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="generator" content="Odoo"/>
<meta property="og:type" content="article"/>
<meta property="og:title" content="{escape(title)}"/>
<meta property="og:site_name" content="{escape(council)}"/>
<title>{escape(title)} | {escape(council)}</title>
<link type="image/x-icon" rel="shortcut icon" href="/web/image/website/1/favicon?unique={bundle}"/>
<link rel="canonical" href="https://www.cr-{slug}.dj{post}"/>
<link type="text/css" rel="stylesheet" href="/web/assets/1/{bundle}/web.assets_frontend.min.css"/>
<script id="web.layout.odooscript" type="text/javascript">var odoo = {{csrf_token: "{h:08x}{h % 99991:05d}o", \
debug: "", }};</script>
<script type="text/javascript" src="/web/assets/1/{bundle}/web.assets_frontend_lazy.min.js" defer></script>
</head>
<body class="o_wblog_body">
<div id="wrapwrap" class="   ">
<header id="top" data-anchor="true" data-name="Header" class="  o_header_standard">
<nav data-name="Navbar" aria-label="Main" class="navbar navbar-expand-lg navbar-light o_colored_level o_cc \
shadow-sm"><div id="o_main_nav" class="container">
<a data-name="Navbar Logo" href="/" class="navbar-brand logo me-4"><span role="img" aria-label="Logo of \
{escape(council)}" title="{escape(council)}"><img src="/web/image/website/1/logo/{escape(council)}?unique=\
{bundle}" class="img img-fluid" width="95" height="40" alt="{escape(council)}" loading="lazy"/></span></a>
<ul id="top_menu" role="menu" class="nav navbar-nav o_menu_loading flex-grow-1">{menu}</ul>
</div></nav>
</header>
<main>
<div id="wrap" class="js_blog website_blog">
<section id="o_wblog_post_top"><div id="title" class="blog_header"><div data-name="Blog Post Cover" \
class="o_record_cover_container d-flex flex-column h-100 o_colored_level o_cc o_cc3 o_record_has_cover \
o_half_screen_height o_wblog_post_page_cover"><div class="o_record_cover_component o_record_cover_image " \
style="background-image: url(/website_blog/static/src/img/cover_5.jpg);"></div><div class="o_record_cover_component \
o_record_cover_filter oe_black" style="opacity: 0.4;"></div><div class="container text-center position-relative \
h-100 d-flex flex-column flex-grow-1 justify-content-around"><div class="o_wblog_post_title"><div \
id="o_wblog_post_name" class="o_editable_no_shadow" placeholder="Titre de l'article" data-blog-id="2">\
{escape(title)}</div><div id="o_wblog_post_subtitle" class="o_editable_no_shadow" placeholder="Sous-titre">Comité \
régional sécheresse – situation au {day}</div></div><a id="o_wblog_post_content_jump" href="#o_wblog_post_main" \
class="css_editable_mode_hidden justify-content-center align-items-center rounded-circle mx-auto mb-5 \
text-decoration-none"><i class="fa fa-angle-down fa-3x text-white" aria-label="Aller au contenu" title="Aller au \
contenu"></i></a></div></div></div></section>
<section id="o_wblog_post_main" class="container pt-4 pb-5 "><div class="o_container_small"><div class="d-flex \
flex-column flex-lg-row"><div id="o_wblog_post_content" class=" o_container_small w-100 flex-shrink-0">
<div class="o_wblog_post_author d-flex align-items-center mb-3"><span class="small">{escape(council)}</span> \
<span class="text-muted small ms-2">{day}</span></div>
<div data-editor-message="ÉCRIVEZ ICI OU DÉPOSEZ DES BLOCS" class="o_wblog_post_content_field   \
o_wblog_read_text"><section class="s_text_block pt40 pb40 o_colored_level " data-snippet="s_text_block" \
data-name="Texte"><div class="s_allow_columns container">
{_body(doc, "dj", "h2")}
</div></section></div>
<div class="css_editable_mode_hidden text-muted"><div class="o_wblog_social_links d-flex flex-wrap mx-n1"><span \
class="me-2">Partager</span><a class="o_facebook bg-100 border mx-1 mb-2 rounded-circle" href="#" \
aria-label="Facebook"><i class="fa fa-facebook-square text-facebook"></i></a><a class="o_whatsapp bg-100 border \
mx-1 mb-2 rounded-circle" href="#" aria-label="WhatsApp"><i class="fa fa-whatsapp"></i></a></div></div>
</div></div></div></section>
<section id="o_wblog_post_footer"><div class="mt-5"><div id="o_wblog_next_container" class="d-flex flex-column">\
<div class="o_record_cover_container"><div class="container text-center"><div class="mt-2">Lire ensuite</div><div \
id="o_wblog_next_post_info" class="h2">{escape(prev)}</div></div></div></div></div></section>
</div>
</main>
<footer id="bottom" data-anchor="true" data-name="Footer" class="o_footer o_colored_level o_cc "><div \
id="footer" class="oe_structure oe_structure_solo"><section class="s_text_block pt40 pb16" \
data-snippet="s_text_block" data-name="Texte"><div class="container"><div class="row"><div class="col-lg-6 pt24 \
pb24"><h5 class="mb-3">{escape(council)}</h5><p>{escape(address)}<br/>République de Djibouti</p></div><div \
class="col-lg-6 pt24 pb24"><h5 class="mb-3">Contact</h5><p>Tél. : +253 {phone}<br/>contact@cr-{slug}.dj</p></div>\
</div></div></section></div>
<div class="o_footer_copyright o_colored_level o_cc" data-name="Copyright"><div class="container py-3"><div \
class="row"><div class="col-sm text-center text-sm-start text-muted"><span class="o_footer_copyright_name me-2">\
Copyright © {escape(council)}</span></div><div class="col-sm text-center text-sm-end o_not_editable"><div \
class="o_brand_promotion">Généré par <a target="_blank" class="badge text-bg-light" \
href="http://www.odoo.com?utm_source=db&amp;utm_medium=website"><img alt="Odoo" \
src="/web/static/img/odoo_logo_tiny.png" width="62" height="20" style="width: auto; height: 1em; vertical-align: \
baseline;" loading="lazy"/></a> - Le #1 <a target="_blank" href="http://www.odoo.com/app/ecommerce?utm_source=db\
&amp;utm_medium=website">eCommerce Open Source</a></div></div></div></div></div>
</footer>
</div>
</body>
</html>"""
    return html.encode()
