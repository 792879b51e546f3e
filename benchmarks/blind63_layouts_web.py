"""Web writers of the ``blind63_layouts`` set: a Paraguayan health region's dengue report posted on its departmental
government's Concrete CMS site, and a Cabo Verdean municipal civil protection service's rain report on its Jimdo
site.

A health region of Paraguay (Región Sanitaria) in a dengue epidemic: the weekly "Informe de situación del dengue"
published as news on the departmental government's site, built on Concrete CMS, saved from the browser — the
``generator`` meta, ``CCM_…`` variables, the ``ccm-page`` wrapper, logo and menu, the breadcrumb, the page-title
block with its date, then the content block: the opening paragraph, ``<h3>`` sections, the summary as paragraphs, the
other points lists, "Acciones de respuesta:" in bold, a table of notifications and confirmed cases by district under
the epidemiological situation, the source line in italics; the share block, "Noticias relacionadas" from the page
list block, and the footer with "Hecho con Concrete CMS" and "Iniciar sesión". "Gs. 49.000.000", "1.250",
"16 de febrero", "(semana anterior: 5)".

A municipal civil protection service of Cabo Verde (Serviço Municipal de Proteção Civil) in torrential rain: the
"Relatório de Situação" posted on the service's free Jimdo Creator site, saved from the browser — ``jimdoData``, the
template's header and navigation, then Jimdo's modules one after another (``cc-m-…``): the title a ``j-header``
module, the place and hour and the opening paragraph a ``j-text``, each section's name a ``j-header`` module with an
``<h2>``, its points a ``j-text`` holding paragraphs or a list, "Medidas tomadas:" in bold, a photograph with its
caption (``j-imageSubtitle``) after the damage, a rule and the line with the service's numbers; the footer's
"Imprimir | Mapa do site", "Iniciar sessão", the free plan's Jimdo banner and the cookie notice. "645.000$00",
"1.250", "16 de setembro", "(relatório anterior: 5)".
"""

from __future__ import annotations

import zlib
from datetime import timedelta
from html import escape

from blind7_layouts_content import report_day
from blind63_layouts_banks_isles import CHUVAS
from blind63_layouts_banks_mainland import DENGUE
from blind63_layouts_content import MESES, MESES_PT, parts
from council_layouts_gold import Doc


def _mark(it, lang: str, tag: str = "strong") -> str:
    risk, lead, rest = parts(it, lang)
    return f"{escape(risk)} <{tag}>{escape(lead)}</{tag}> {escape(rest)}" if lead else escape(it.text)


# ---------------------------------------------------------------- a Paraguayan health region on Concrete CMS


def _fecha(day) -> str:
    return f"{day.day} de {MESES[day.month - 1]} de {day.year}"


REGIONS = (
    ("Central", "central", "Areguá", ("Luque", "San Lorenzo", "Capiatá", "Lambaré"), "XI"),
    ("Alto Paraná", "altoparana", "Ciudad del Este", ("Ciudad del Este", "Hernandarias", "Minga Guazú",
                                                      "Presidente Franco"), "X"),
    ("Itapúa", "itapua", "Encarnación", ("Encarnación", "Cambyretá", "Hohenau", "Capitán Miranda"), "VII"),
    ("Amambay", "amambay", "Pedro Juan Caballero", ("Pedro Juan Caballero", "Capitán Bado", "Bella Vista Norte",
                                                    "Zanja Pytã"), "XIII"),
)  # fmt: skip


def html_concrete_dengue_py(doc: Doc) -> bytes:
    """The region's dengue report as news on the departmental government's Concrete CMS site, saved."""
    when = report_day(doc)
    dept, host, seat, districts, roman = REGIONS[DENGUE.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    cid = 300 + h % 900
    day = _fecha(when)
    week = when.isocalendar()[1]
    title = f"Informe de situación del dengue N.° {doc.number} – {roman} Región Sanitaria"
    slug = f"informe-de-situacion-del-dengue-n-{doc.number}"
    content = [f"<p>La {roman} Región Sanitaria – {escape(dept)} informa sobre la situación del dengue en el "
               f"departamento correspondiente a la semana epidemiológica {week}, con datos al {day}.</p>"]  # fmt: skip
    for s in doc.sections:
        content.append(f"<h3>{escape(s.heading)}</h3>")
        if s.key == "highlights":
            content += [f"<p>{escape(it.text)}</p>" for it in s.items]
            continue
        content.append("<ul>" + "".join(f"<li>{_mark(it, 'py')}</li>" for it in s.items) + "</ul>")
        if s.key == "situation":
            rows = "".join(f"<tr><td>{escape(d)}</td><td>{(h >> k) % 400 + 20}</td><td>{(h >> (k + 2)) % 90 + 3}</td>"
                           "</tr>" for k, d in enumerate(districts))  # fmt: skip
            content.append(f'<table class="table table-bordered table-sm"><caption>Notificaciones por distrito, SE '
                           f"{week}</caption><thead><tr><th>Distrito</th><th>Notificados</th><th>Confirmados</th></tr>"
                           f"</thead><tbody>{rows}</tbody></table>")  # fmt: skip
    content.append(f"<p><em>Fuente: Unidad de Epidemiología Regional, {roman} Región Sanitaria – {escape(dept)}."
                   "</em></p>")  # fmt: skip
    menu = "".join(f'<li class="nav-item{" active" if t == "Noticias" else ""}"><a href="https://www.{host}.gov.py/'
                   f'{u}" target="_self" class="nav-link">{t}</a></li>' for u, t in (
                       ("", "Inicio"), ("gobernacion", "Gobernación"), ("noticias", "Noticias"),
                       ("transparencia", "Transparencia"), ("contacto", "Contacto")))  # fmt: skip
    related = "".join(f'<div class="ccm-block-page-list-page-entry"><div class="ccm-block-page-list-title"><a href="'
                      f'/noticias/{u}">{t}</a></div><div class="ccm-block-page-list-date">{_fecha(when - d)}</div>'
                      "</div>" for u, t, d in (
                          ("minga-ambiental-contra-el-dengue", "Minga ambiental contra el dengue en los barrios",
                           timedelta(2)),
                          ("entrega-de-kits-escolares", "Entrega de kits escolares a instituciones educativas",
                           timedelta(5))))  # fmt: skip
    share = "".join(f'<li class="list-inline-item"><a href="{u}" aria-label="{t}"><i class="fab fa-{t.lower()}"></i>'
                    "</a></li>" for t, u in (("Facebook", f"https://www.facebook.com/sharer/sharer.php?u=https://www."
                                                          f"{host}.gov.py/noticias/{slug}"),
                                             ("Twitter", "https://twitter.com/intent/tweet"),
                                             ("Whatsapp", f"https://wa.me/?text={slug}")))  # fmt: skip
    html = f"""<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/application/files/cache/css/gobernacion/main.css?ts=\
{1767000000 + h % 10**6}">
<title>{escape(title)} :: Gobernación de {escape(dept)}</title>
<meta http-equiv="content-type" content="text/html; charset=UTF-8"/>
<meta name="description" content="{escape(title)}"/>
<meta name="generator" content="Concrete CMS"/>
<link rel="canonical" href="https://www.{host}.gov.py/noticias/{slug}">
<script type="text/javascript">
    var CCM_DISPATCHER_FILENAME = "/index.php";
    var CCM_CID = {cid};
    var CCM_EDIT_MODE = false;
    var CCM_ARRANGE_MODE = false;
    var CCM_IMAGE_PATH = "/concrete/images";
    var CCM_APPLICATION_URL = "https://www.{host}.gov.py";
    var CCM_REL = "";
    var CCM_ACTIVE_LOCALE = "es_PY";
    var CCM_USER_REGISTERED = false;
</script>
<link href="/concrete/css/features/navigation/frontend.css" rel="stylesheet" type="text/css" media="all">
<link href="/concrete/css/features/social/frontend.css" rel="stylesheet" type="text/css" media="all">
</head>
<body>
<div class="ccm-page ccm-page-id-{cid} page-type-blog-entry page-template-blog-entry">
<header><div class="container"><div class="row"><div class="col-sm-4 col-xs-6"><a href="https://www.{host}.gov.py/" \
class="navbar-brand"><img src="/application/files/{h % 9000 + 1000}/logo-gobernacion.png" alt="Gobernación de \
{escape(dept)}" width="220" height="64"></a></div>
<div class="col-sm-8"><nav class="ccm-responsive-navigation original"><ul class="nav">{menu}</ul></nav></div></div>\
</div>
</header>
<main><div class="container"><div class="row"><div class="col-lg-8">
<nav role="navigation" aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="https://\
www.{host}.gov.py/" target="_self">Inicio</a></li><li class="breadcrumb-item"><a href="https://www.{host}.gov.py/\
noticias" target="_self">Noticias</a></li><li class="breadcrumb-item active">{escape(title)}</li></ol></nav>
<div class="ccm-block-page-title-byline"><h1 class="page-title">{escape(title)}</h1>
<span class="page-date">{day}</span></div>
<div class="ccm-custom-style-container ccm-custom-style-main-{cid + 17}">
{chr(10).join(content)}
</div>
<div class="ccm-block-share-this-page"><ul class="list-inline">{share}</ul></div>
</div>
<div class="col-lg-4"><div class="ccm-block-page-list-wrapper"><div class="ccm-block-page-list-header"><h5>Noticias \
relacionadas</h5></div><div class="ccm-block-page-list-pages">{related}</div></div></div>
</div></div></main>
<footer id="footer-theme"><section><div class="container"><div class="row"><div class="col-sm-6"><p>Gobernación de \
{escape(dept)}<br>{escape(seat)}, Paraguay</p></div><div class="col-sm-6"><span class="powered-by">Hecho con <a \
href="https://www.concretecms.org" rel="nofollow">Concrete CMS</a>.</span> <span class="pull-right"><a \
href="https://www.{host}.gov.py/login">Iniciar sesión</a></span></div></div></div></section></footer>
</div>
<script type="text/javascript" src="/concrete/js/features/navigation/frontend.js"></script>
</body>
</html>"""
    return html.encode()


# ---------------------------------------------------------------- a Cabo Verdean SMPC on Jimdo

COUNCILS = (
    ("Praia", "praia", "Achada Grande Trás", "800 11 12"),
    ("São Vicente", "saovicente", "Ribeira de Julião", "800 11 31"),
    ("Santa Catarina", "santacatarina", "Achada Falcão", "800 11 45"),
    ("Ribeira Grande de Santiago", "ribeiragrande", "Cidade Velha", "800 11 57"),
)


def html_jimdo_smpc_chuvas_cv(doc: Doc) -> bytes:
    """The service's rain report as a page of its Jimdo site, saved: one module after another."""
    when = report_day(doc)
    council, host, bairro, green = COUNCILS[CHUVAS.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    ids = iter(range(10**9 + h % 10**8, 10**10, 17))
    day = f"{when.day} de {MESES_PT[when.month - 1]} de {when.year}"
    title = f"Relatório de Situação n.º {doc.number}"

    def module(kind: str, inner: str) -> str:
        return f'<div id="cc-m-{next(ids)}" class="j-module n j-{kind} ">{inner}</div>'

    mods = [module("header", f'<h1 class="" id="cc-m-header-{h % 10**9}">{title} – Chuvas</h1>'),
            module("text", f"<p><em>{escape(council)}, {day} – 18h00</em></p><p>O Serviço Municipal de Proteção "
                           "Civil informa a população sobre a situação no concelho na sequência das "
                           "chuvas.</p>")]  # fmt: skip
    for s in doc.sections:
        mods.append(module("header", f'<h2 class="" id="cc-m-header-{next(ids)}">{escape(s.heading)}</h2>'))
        if s.key == "highlights":
            mods.append(module("text", "".join(f"<p>{escape(it.text)}</p>" for it in s.items)))
        else:
            mods.append(module("text", "<ul>" + "".join(f"<li>{_mark(it, 'cv')}</li>" for it in s.items) + "</ul>"))
        if s.key == "impacts":
            image = f"https://image.jimcdn.com/app/cms/image/transf/dimension=640x10000:format=jpg/path/s{h:x}/image/"
            mods.append(module("imageSubtitle", f'<figure class="cc-imagewrapper cc-m-image-align-1"><img src="{image}'
                                                f'i{h % 10**6:x}/version/{1726000000 + doc.number}/image.jpg" alt="" '
                                                f'width="640" height="427"/><figcaption style="width: 640px">Estragos '
                                                f"provocados pela enxurrada em {escape(bairro)} (foto SMPC)"
                                                "</figcaption></figure>"))  # fmt: skip
    mods += [
        module("hr", "<hr/>"),
        module("text", f"<p>Linha verde da Proteção Civil: {green} · Bombeiros: 131 · Polícia Nacional: 132</p>"),
    ]
    nav = "".join(f'<li class="jmd-nav__list-item-0{" j-nav-current" if t == "Relatórios" else ""}"><a href="/{u}" '
                  f'data-link-title="{t}">{t}</a></li>' for u, t in (
                      ("", "Início"), ("relatorios/", "Relatórios"), ("conselhos/", "Conselhos à população"),
                      ("contactos/", "Contactos")))  # fmt: skip
    html = f"""<!DOCTYPE html>
<html lang="pt-PT">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8"/>
<title>{title} - Proteção Civil Municipal de {escape(council)}</title>
<meta name="description" content="{title} – Chuvas"/>
<meta name="robots" content="index, follow, archive"/>
<meta name="generator" content="Jimdo Creator"/>
<link rel="canonical" href="https://protecaocivil-{host}.jimdofree.com/relatorios/relatorio-n-{doc.number}/"/>
<link href="https://assets.jimstatic.com/web.css.{h:x}.css" rel="stylesheet" type="text/css"/>
<script>window.jimdoData = {{"isTestserver":false,"cmsLanguage":"pt_PT","isFreePackage":true,"mobile":false,\
"websiteId":"s{h % 10**8}a{doc.number}","pageId":{next(ids)},"packageId":1,"isTemplateResponsive":true,\
"cdnUrl":"https:\\/\\/assets.jimstatic.com\\/"}};</script>
</head>
<body class="body cc-page cc-content-parent" id="page-{h % 10**9}">
<div id="cc-inner" class="cc-content-parent"><div class="jtpl-main">
<header class="jtpl-header"><div class="jtpl-logo"><a href="/"><img src="https://image.jimcdn.com/app/cms/image/\
transf/dimension=200x10000:format=png/path/s{h:x}/image/logo.png" alt="Câmara Municipal de {escape(council)}"/></a>\
</div><div class="jtpl-title">Proteção Civil Municipal de {escape(council)}</div></header>
<nav class="jtpl-navigation"><div data-container="navigation"><div class="j-nav-variant-nested"><ul class=\
"cc-nav-level-0 j-nav-level-0">{nav}</ul></div></div></nav>
<div class="jtpl-content"><div id="content_area" data-container="content"><div id="content_start"></div>
{chr(10).join(mods)}
</div></div>
<div class="jtpl-footer"><div id="contentfooter" data-container="footer"><div class="leftrow"><a rel="nofollow" \
href="javascript:window.print();">Imprimir</a> | <a href="/sitemap/">Mapa do site</a></div><div class="rightrow">\
<span class="loggedout"><a rel="nofollow" id="login" href="/login">Iniciar sessão</a></span></div></div></div>
</div></div>
<div class="jimdo-free-footer-ad"><span>Esta página foi criada com o Jimdo! Registe-se gratuitamente em <a \
href="https://pt.jimdo.com" rel="nofollow">https://pt.jimdo.com</a></span></div>
<div id="cc-individual-cookie-settings" role="dialog"><p>Este site utiliza cookies para melhorar a sua experiência. \
<a href="/j/privacy">Política de privacidade</a></p><button class="cc-cookie-accept">Aceitar todos</button> \
<button class="cc-cookie-settings">Definições</button></div>
</body>
</html>"""
    return html.encode()
