"""Web writers of the ``blind16_layouts`` set: a national park authority's moorland fire update written in Google
Docs and downloaded as a web page (File › Download › Web page: one ``<style>`` of generated classes ``.c0`` …, the
running header in a ``<div>`` at the top and the footer in one at the end, the logo as an ``<img>`` in a sized
``<span>``, the title and subtitle as ``<p class="title">`` and ``<p class="subtitle">``, section headings typed
as bold green 14 pt text — a ``<p>`` whose ``<span>`` has a bold class, no ``<h*>`` —, the points ``<li>``s of
``lst-kix_…`` lists, empty paragraphs for spacing, "Action we're taking:" in a bold span inside a risk's point, a
closures table, a reviewer's comment anchored in a point as ``<sup><a href="#cmnt1">[a]</a></sup>`` with its text
at the end of the page, the duty ranger's sign-off; "1,250", "12%", "(yesterday: 5)", "18 April") and a Brazilian
state civil defence's "boletim" on floods as a news page of the state's gov.br portal (skip links "Ir para o
conteúdo 1", the gov.br header with "Entrar com gov.br", the menu, breadcrumbs, a news headline ``<h1>``, the
description, "Publicado em 07/05/2024 09h00 Atualizado em …", share links, four balance cards of the figures,
``<h3>`` headings over ``<ul>`` points, "Ações adotadas:" in bold inside a risk's point, tags, "Leia também",
the footer with the emergency numbers, the cookie bar and the VLibras widget; "1.250", "R$ 3.400", "R$ 1,25
milhão", "1º de maio", "(no boletim anterior: 5)").
"""

from __future__ import annotations

from datetime import timedelta
from html import escape

from blind7_layouts_content import report_day
from blind13_layouts_content import MESES_PT
from blind16_layouts_content import LEADS, count, group
from council_layouts_gold import Doc

GDOCS_STYLE = (
    "@import url(https://themes.googleusercontent.com/fonts/css?kit=fpjTOVmNbO4Lz34iLyptLUXza5VhXqVC6o75Eld_V98);"
    'ul.lst-kix_k3m9x2a7b1c4-0{list-style-type:none}.lst-kix_k3m9x2a7b1c4-0>li:before{content:"\\0025cf   "}'
    "ul.lst-kix_k3m9x2a7b1c4-0{margin:0;padding:0}ol{margin:0;padding:0}table td,table th{padding:0}"
    ".c0{margin-left:36pt;padding-top:0pt;padding-left:0pt;padding-bottom:4pt;line-height:1.15;text-align:left}"
    ".c1{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;"
    'font-family:"Arial";font-style:normal}'
    ".c2{padding-top:12pt;padding-bottom:4pt;line-height:1.15;text-align:left}"
    '.c3{color:#38761d;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:14pt;font-family:"Arial"}'
    ".c4{padding-top:0pt;padding-bottom:0pt;line-height:1.15;text-align:left}"
    '.c5{font-weight:700;font-family:"Arial"}.c6{color:#666666;font-size:9pt;font-family:"Arial"}'
    ".c7{border-right-style:solid;padding:5pt;border-bottom-color:#000000;border-top-width:1pt;"
    "border-right-width:1pt;border-left-color:#000000;border-left-width:1pt;border-top-style:solid;"
    "border-left-style:solid;border-bottom-width:1pt;width:150pt;border-top-color:#000000;border-bottom-style:solid}"
    ".c8{margin-left:auto;border-spacing:0;border-collapse:collapse;margin-right:auto}"
    ".c9{background-color:#ffffff;max-width:468pt;padding:72pt 72pt 72pt 72pt}"
    '.c11{color:#000000;font-weight:400;font-size:26pt;font-family:"Arial"}'
    '.c12{color:#666666;font-weight:400;font-size:15pt;font-family:"Arial"}'
    '.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial";line-height:1.15}'
    '.subtitle{padding-top:0pt;color:#666666;font-size:15pt;padding-bottom:16pt;font-family:"Arial";'
    "line-height:1.15}"
)
CLOSURES = (("Harrow Edge car park", "Closed", "–"), ("Greave Clough bridleway", "Closed", "Diversion via Hey Moss"),
            ("Stanage Lane", "Open", "Fire service vehicles only beyond the gate"))  # fmt: skip


def _gspan(text: str, cls: str = "c1") -> str:
    return f'<span class="{cls}">{escape(text)}</span>'


def _gpoint(text: str) -> str:
    lead = LEADS["npa"]
    if f" {lead} " in text:
        before, after = text.split(f" {lead} ", 1)
        return _gspan(before + " ") + _gspan(lead, "c5 c1") + _gspan(" " + after)
    return _gspan(text)


def html_gdocs_park(doc: Doc) -> bytes:
    """The park's fire update as the duty ranger writes it in Google Docs and downloads it as a web page."""
    when = report_day(doc)
    short = doc.organisation.replace(" National Park Authority", "")
    site = short.lower().replace(" ", "") + ".example.org"
    empty = '<p class="c4"><span class="c1"></span></p>'
    parts = [
        f'<div><p class="c4" style="text-align:right">{_gspan(f"{doc.organisation} – Moorland Fire Update", "c6")}'
        "</p></div>",
        '<p class="c4"><span style="overflow: hidden; display: inline-block; margin: 0.00px 0.00px; border: 0.00px '
        "solid #000000; transform: rotate(0.00rad) translateZ(0px); -webkit-transform: rotate(0.00rad) "
        'translateZ(0px); width: 180.00px; height: 56.00px;"><img alt="" src="images/image1.png" style="width: '
        '180.00px; height: 56.00px; margin-left: 0.00px; margin-top: 0.00px;" title=""></span></p>',
        f'<p class="c4 title" id="h.4d34og8">{_gspan("Moorland Fire Update", "c11")}</p>',
        f'<p class="c4 subtitle" id="h.2s8eyo1">{_gspan(f"Update {doc.number} – Harrow Edge fire – {when:%A} ", "c12")}'
        f"{_gspan(f'{when.day} {when:%B %Y}, 16:00', 'c12')}</p>",
    ]
    commented = False
    for s in doc.sections:
        parts += [empty, f'<p class="c2">{_gspan(s.heading, "c3")}</p>']
        lis = []
        for it in s.items:
            li = _gpoint(it.text)
            if not commented and "hectares" in it.text:
                li += '<sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup>'
                commented = True
            lis.append(f'<li class="c0 li-bullet-0">{li}</li>')
        parts.append(f'<ul class="c8 lst-kix_k3m9x2a7b1c4-0 start">{"".join(lis)}</ul>')
        if s.key == "impacts":
            rows = "".join('<tr class="c10">' + "".join(f'<td class="c7" colspan="1" rowspan="1"><p class="c4">'
                                                        f"{_gspan(c)}</p></td>" for c in r) + "</tr>"
                           for r in (("Route or site", "Status", "Notes"), *CLOSURES))  # fmt: skip
            parts += [empty, f'<table class="c8">{rows}</table>']
    nxt = when + timedelta(days=1)
    parts += [
        empty,
        f'<p class="c4">{_gspan(f"Issued by the Duty Ranger, {doc.organisation}. Next update: {nxt:%A} {nxt.day} ")}'
        f"{_gspan(f'{nxt:%B} at 16:00.')}</p>",
        f'<p class="c4">{_gspan(f"Media enquiries: press@{site} | Ranger service: 01629 000 000")}</p>',
        '<div><p class="c4"><a href="#cmnt_ref1" id="cmnt1">[a]</a>'
        + _gspan("Can we check the hectares with the fire service before this goes out?")
        + "</p></div>",
        f'<div><p class="c4" style="text-align:center">{_gspan(f"{short} National Park Authority – www.{site}", "c6")}'
        "</p></div>",
    ]
    html = (
        '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">'
        f'{GDOCS_STYLE}</style></head><body class="c9 doc-content">' + "".join(parts) + "</body></html>"
    )
    return html.encode()


# ---------------------------------------------------------------- Brazilian state civil defence boletim


def _pt_day(when) -> str:
    return f"{'1º' if when.day == 1 else when.day} de {MESES_PT[when.month - 1]}"


def html_boletim_br(doc: Doc) -> bytes:
    """The civil defence's morning boletim as the state's press office posts it on the gov.br portal."""
    when = report_day(doc)
    state = doc.organisation.replace("Defesa Civil ", "")  # "do Rio Grande do Sul"
    stamp = f"{when:%d/%m/%Y}"
    title = f"Defesa Civil atualiza balanço das chuvas – boletim das 9h de {_pt_day(when)}"
    cards = ((count(doc, ("municípios foram afetados",), 96), "municípios afetados"),
             (count(doc, ("desalojadas",), 12400), "pessoas desalojadas"),
             (count(doc, ("resgatadas",), 3100), "pessoas resgatadas"),
             (count(doc, ("sem energia",), 41000), "clientes sem energia"))  # fmt: skip
    lead = LEADS["br"]
    parts = [
        '<div id="skip-links"><a href="#conteudo" accesskey="1">Ir para o conteúdo <span>1</span></a> <a href="#menu"'
        ' accesskey="2">Ir para o menu <span>2</span></a> <a href="#busca" accesskey="3">Ir para a busca <span>3'
        '</span></a> <a href="#rodape" accesskey="4">Ir para o rodapé <span>4</span></a></div>',
        '<header class="br-header"><div class="header-top"><div class="header-logo"><img src="/++theme++gov/logo.svg"'
        f' alt="gov.br"><span class="br-divider vertical"></span><div class="header-sign">Governo do Estado {state}'
        '</div></div><div class="header-actions"><div class="header-links"><a href="/acessibilidade">Acessibilidade'
        '</a> <a href="#" class="contraste">Alto contraste</a> <a href="/mapa-do-site">Mapa do site</a></div>'
        '<button class="br-sign-in">Entrar com gov.br</button></div></div><div class="header-bottom"><div '
        f'class="header-title">{escape(doc.organisation)}</div><div class="header-subtitle">Casa Militar</div><div '
        'class="header-search" id="busca"><input type="search" placeholder="O que você procura?"></div></div></header>',
        '<nav class="br-menu" id="menu"><ul><li><a href="/">Página inicial</a></li><li><a href="/alertas">Alertas'
        '</a></li><li><a href="/boletins">Boletins</a></li><li><a href="/como-ajudar">Como ajudar</a></li><li><a '
        'href="/prevencao">Prevenção</a></li><li><a href="/contato">Contato</a></li></ul></nav>',
        '<main id="conteudo"><div class="br-breadcrumb"><ul class="crumb-list"><li class="crumb home"><a href="/">'
        'Página inicial</a></li><li class="crumb"><a href="/noticias">Notícias</a></li><li class="crumb"><span>'
        f"Boletim n.º {doc.number}</span></li></ul></div>",
        f'<h1 class="documentFirstHeading">{escape(title)}</h1>',
        f'<div class="documentDescription">Boletim n.º {doc.number} sobre as chuvas intensas no estado</div>',
        f'<div class="documentByLine"><span class="documentPublished">Publicado em {stamp} 09h00</span> <span '
        f'class="documentModified">Atualizado em {stamp} 11h{(17 * doc.number) % 60:02d}</span></div>',
        '<div class="social-links">Compartilhe: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp'
        '</a> <a href="#">Copiar link</a></div>',
        '<div id="parent-fieldname-text" class="rich-text"><div class="cards-balanco">'
        + "".join(f'<div class="br-card">\n<strong>{group(n, ".")}</strong>\n<span>{label}</span>\n</div>'
                  for n, label in cards) + "</div>",
    ]  # fmt: skip
    for s in doc.sections:
        lis = "".join("<li>" + escape(it.text, quote=False).replace(f" {lead} ", f" <strong>{lead}</strong> ")
                      + "</li>" for it in s.items)  # fmt: skip
        parts.append(f"<h3>{escape(s.heading)}</h3><ul>{lis}</ul>")
    parts += [
        "</div>",
        '<div class="tags"><span>Tags:</span> <a href="#">chuvas</a> <a href="#">Defesa Civil</a> <a href="#">'
        "boletim</a></div>",
        '<section class="leia-tambem"><h2>Leia também</h2><ul><li><a href="#">Saiba como doar para as famílias '
        'atingidas</a></li><li><a href="#">Mapa de abrigos atualizado</a></li><li><a href="#">Cadastro para '
        "alertas por SMS</a></li></ul></section></main>",
        f'<footer class="br-footer" id="rodape"><div class="logo">{escape(doc.organisation)}</div><p>Telefones de '
        'emergência: Defesa Civil 199 | Bombeiros 193 | SAMU 192</p><div class="social-network">Redes sociais: '
        "Instagram · Facebook · YouTube</div><p>Todo o conteúdo deste site está publicado sob a licença Creative "
        "Commons Atribuição-SemDerivações 3.0 Não Adaptada.</p></footer>",
        '<div class="br-cookiebar"><p>Utilizamos cookies essenciais e tecnologias semelhantes de acordo com a nossa '
        "Política de Privacidade (LGPD).</p><button>Aceitar</button></div>",
        '<div vw class="enabled"><div vw-access-button class="active"></div><div vw-plugin-wrapper><div '
        'class="vw-plugin-top-wrapper"></div></div></div>',
    ]
    html = (
        f'<!DOCTYPE html><html lang="pt-br"><head><meta charset="utf-8"><title>{escape(title)} — '
        f"{escape(doc.organisation)}</title></head><body>" + "\n".join(parts) + "</body></html>"
    )
    return html.encode()
