"""Web writers of the ``blind17_layouts`` set: a district council's staff page on a cyber attack in its intranet
built with Google Sites, saved from the browser (skip links, the site's logo and name, its navigation, the
search button, a cover-image banner whose ``<h1>`` is the page's name, each text box nested in Sites' tiles of
generated classes, ``<h2 class="zfr3Q JYVBee CDt4Ke">`` headings, ``<ul class="n8H08c">`` lists whose entries each
hold a ``<p>``, one section typed as paragraphs, the first section beside an embedded "Service status" sheet in a
two-column row, a "Report a suspicious email" button, "Safeguards:" in a bold span inside a risk's entry, the IT
service desk's contact band, the cookie notice and the "Report abuse" / "Page details" / "Google Sites" footer;
"1,250", "12%", "£3,400", "(was 5 at the last update)") and a Catalan town council's weekly drought report on
its website (the "Ves al contingut" link, the council's header with "CA | ES | EN", the menu, breadcrumbs, the
``<h1>`` with the report's number, "Data de publicació: …", an amber "Fase d'emergència 1" badge, the lead
paragraph, ``<h2>`` headings over ``<ul>`` points, a reservoirs table under the first section, "Actuacions en
curs:" in ``<strong>`` inside a risk's point, the PDF download, share links, "Aquesta informació t'ha estat
útil?", the footer with the council's address and the cookie banner; "1.250", "12 %", "338.000 €", "18 de
desembre").
"""

from __future__ import annotations

from datetime import timedelta
from html import escape

from blind7_layouts_content import report_day
from blind17_layouts_content import DIES, LEADS, ca_month, count, split_mitigation
from council_layouts_gold import Doc, Item

TILE = ("hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd purZT-AhqUyc-II5mzb ZcASvf-AhqUyc-II5mzb pSzOP-AhqUyc-qWD73c "
        "Ktthjf-AhqUyc-qWD73c JNdkSc SQVYQc")  # fmt: skip
HALF = "hJDwNd-AhqUyc-OwsYgb Ft7HRd-AhqUyc-OwsYgb purZT-AhqUyc-II5mzb ZcASvf-AhqUyc-II5mzb pSzOP-AhqUyc-OwsYgb JNdkSc"
SITES_STYLE = (
    ".zfr3Q{margin:0;font-family:Lato,sans-serif}.CDt4Ke{line-height:1.38}.duRjpb{font-size:34pt;color:#ffffff}"
    ".JYVBee{font-size:19pt;font-weight:700;color:#1f3864;padding-top:16pt}.C9DxTc{font-weight:400}"
    ".n8H08c{margin:0;padding-left:22pt}.TYR86d{list-style-type:disc}.zm7sMb{position:absolute;left:-999px}"
    ".IFuOkc{height:180px;background-color:#1f3864}.FKF6mc{background:#c00000;color:#fff;border-radius:4px;"
    "padding:10px 24px;text-decoration:none}.dZA9kd{font-size:12px;color:#555}"
)


def _tile(inner: str, width: str = TILE) -> str:
    return (f'<div class="{width}"><div class="JNdkSc-SmKAyb LkDMRd"><div class="" jscontroller="sGwD4d" '
            'jsaction="zXBUYb:zTPCnb;zQF9Uc:Qxe3nd;" jsname="F57UId"><div class="oKdM2c ZZyype Kzv0Me"><div '
            'class="hJDwNd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb"><div class="jXK9ad-SmKAyb">'
            f'<div class="tyJCtd mGzaTb Depvyb baZpAe">{inner}</div></div></div></div></div></div></div>')  # fmt: skip


def _section(tiles: str, sid: str, style: str = "") -> str:
    return (f'<section id="h.{sid}" class="yaqOZd lQAHbd nyKByd O13XJf KEFykf" style="{style}"><div class="mYVXT">'
            f'<div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1">{tiles}</div></div></section>')  # fmt: skip


def _p(inner: str, cls: str = "zfr3Q CDt4Ke") -> str:
    return f'<p dir="ltr" class="{cls}"><span class="C9DxTc ">{inner}</span></p>'


def _sites_text(item: Item) -> str:
    risk, lead, mitigation = split_mitigation(item, LEADS["council"])
    if not lead:
        return f'<span class="C9DxTc ">{escape(item.text, quote=False)}</span>'
    return (f'<span class="C9DxTc ">{escape(risk, quote=False)} </span><span class="C9DxTc " style="font-weight: '
            f'700;">{escape(lead)}</span><span class="C9DxTc "> {escape(mitigation, quote=False)}</span>')  # fmt: skip


def _sites_list(items: list[Item]) -> str:
    lis = "".join('<li dir="ltr" class="zfr3Q TYR86d eD0Rn" style="list-style-type: disc; margin-left: 0pt;">'
                  f'<p dir="ltr" class="zfr3Q CDt4Ke">{_sites_text(it)}</p></li>' for it in items)  # fmt: skip
    return f'<ul class="n8H08c UVNKR">{lis}</ul>'


def _sites_heading(text: str, sid: str) -> str:
    return f'<h2 id="h.{sid}" dir="ltr" class="zfr3Q JYVBee CDt4Ke "><span class="C9DxTc ">{escape(text)}</span></h2>'


# ---------------------------------------------------------------- district council cyber incident (Google Sites)


def html_gsites_cyber(doc: Doc) -> bytes:
    """The council's staff page on the cyber incident as its IT and communications teams keep it in Google Sites."""
    when = report_day(doc)
    org = doc.organisation
    slug = org.lower().replace(" ", "-")
    site = f"https://sites.google.com/{slug.split('-')[0]}.example.gov.uk/staff-hub"
    here = "Cyber incident updates"
    nav = "".join(f'<li class="VsJjtf" jsname="ibnC6b"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oNsfjf"><div '
                  f'class="I35ICb"><a class="aJHbb dk90Ob hDrhEe HlqNPb{" lhZOrc" if n == here else ""}" href="'
                  f'{site}/{n.lower().replace(" ", "-")}">{n}</a></div></div></li>'
                  for n in ("Home", here, "HR and payroll", "IT help", "Policies", "Contacts"))  # fmt: skip
    parts = [
        '<a class="zm7sMb" href="#h.main">Skip to main content</a><a class="zm7sMb" href="#h.nav">Skip to navigation'
        "</a>",
        f'<div class="BbxBP HP6J1d K5Zlne" jsname="WA9qLc"><div class="Q7szNb"><div class="q0Ucdf"><a class="GAuSPc" '
        f'href="{site}/home"><img src="https://lh4.googleusercontent.com/logo=w16383" class="lzy1Td" alt="{escape(org)}'
        ' logo"><span class="Zjyyzc">Staff Hub</span></a></div></div><nav id="h.nav" class="plFg0c"><ul class="jYxBte '
        f'Fpy8Db" role="navigation">{nav}</ul></nav><div class="RBEWZc"><div class="DQgOxf" role="button" '
        'aria-label="Open search bar" tabindex="0"><svg class="vu8Pwe" viewBox="0 0 24 24"></svg></div></div></div>',
        '<div role="main" tabindex="-1" class="UtePc RCETm" dir="ltr" id="h.main">',
        '<section id="h.banner" class="yaqOZd cJgDec tpmmCb"><div class="IFuOkc"></div><div class="mYVXT"><div '
        'class="LS81yb VICjCf j5pSsc db35Fc">' + _tile('<h1 id="h.title" dir="ltr" class="zfr3Q duRjpb CDt4Ke " '
        'style="text-align: center;"><span class="C9DxTc aw5Odc ">Cyber incident updates</span></h1>') + "</div></div>"
        "</section>",
        _section(_tile(_p(f"<em>Last updated: {when:%A} {when.day} {when:%B %Y}, 16:00</em>")
                       + _p("This page is for council staff. Please do not share it outside the council.")), "intro"),
    ]  # fmt: skip
    first, *rest = doc.sections
    embed = ('<div class="w536ob" data-embed-type="sheets"><iframe jsname="L5Fo6c" class="YMEQtf" sandbox="allow-'
             'scripts allow-popups allow-forms allow-same-origin" frameborder="0" title="Service status" src="https://'
             'docs.google.com/spreadsheets/d/e/2PACX-1vT9x/pubhtml?widget=true&amp;headers=false" allowfullscreen>'
             "</iframe></div>")  # fmt: skip
    parts.append(_section(_tile(_sites_heading(first.heading, "s0") + _sites_list(first.items), HALF)
                          + _tile(embed, HALF), "row0"))  # fmt: skip
    parts.append(_section(_tile('<div class="U26fgb"><a class="FKF6mc TpQm9d" href="mailto:phishing@'
                                f'{slug.split("-")[0]}.example.gov.uk" role="button"><span class="NsaAfc">Report a '
                                "suspicious email</span></a></div>"), "button"))  # fmt: skip
    for k, s in enumerate(rest, start=1):
        if s.key == "finance":
            body = "".join(f'<p dir="ltr" class="zfr3Q CDt4Ke">{_sites_text(it)}</p>' for it in s.items)
        else:
            body = _sites_list(s.items)
        parts.append(_section(_tile(_sites_heading(s.heading, f"s{k}") + body), f"row{k}"))
    parts += [
        _section(_tile(_p("<strong>IT Service Desk:</strong> 01632 960 400 (8am to 6pm) · <strong>Managers' incident "
                          "line:</strong> ext. 5050 · <strong>Next update:</strong> "
                          f"{(when + timedelta(days=2)):%A} by 16:00")), "contact", "background-color:#f2f2f2"),
        "</div>",
        '<div class="dZA9kd ynRLnc" role="contentinfo"><div class="LqzjUe"><span>Report abuse</span> · <span>Page '
        f"details</span> · <span>Page updated {when.day} {when:%b %Y}</span> · <span>Google Sites</span></div></div>",
        '<div class="Xpil1b xgQ6eb" role="alert">This site uses cookies from Google to deliver its services and to '
        'analyse traffic. <a href="https://policies.google.com/technologies/cookies">Learn more</a> <span '
        'role="button">Got it</span></div>',
    ]  # fmt: skip
    html = (f'<!DOCTYPE html><html lang="en-GB" itemscope itemtype="http://schema.org/WebPage"><head><meta '
            'charset="utf-8"><meta property="og:title" content="Staff Hub - Cyber incident updates"><title>Staff '
            f'Hub - Cyber incident updates</title><style nonce="q7Xb2">{SITES_STYLE}</style></head><body dir="ltr" '
            'id="yDmH0d" itemscope itemtype="http://schema.org/WebPage"><div class="Xpil1b" id="WDxLfe">'
            + "".join(parts) + "</div></body></html>")  # fmt: skip
    return html.encode()


# ---------------------------------------------------------------- Catalan town council drought report


def _ca_day(when) -> str:
    return f"{DIES[when.weekday()]}, {when.day} {ca_month(when.month)} de {when.year}"


RESERVOIRS = (("Sau", 165.3), ("Susqueda", 233.0), ("el Pasteral", 1.0))


def html_sequera_ajuntament(doc: Doc) -> bytes:
    """The town council's weekly drought report as its press office publishes it on the council's website."""
    when = report_day(doc)
    town = doc.organisation.replace("Ajuntament de ", "")
    domain = town.lower() + ".example.cat"
    lead = LEADS["ca"]
    share = count(doc, ("reserves dels embassaments",), 18)
    rows = "".join(f"<tr><td>{name}</td><td>{f'{cap * share / 100:.1f}'.replace('.', ',')}</td><td>"
                   f"{f'{cap:.1f}'.replace('.', ',')}</td><td>{share} %</td></tr>"
                   for name, cap in RESERVOIRS)  # fmt: skip
    table = (f'<table class="taula"><caption>Estat dels embassaments a {when.day} {ca_month(when.month)} (font: '
             "Agència Catalana de l'Aigua)</caption><thead><tr><th>Embassament</th><th>Volum (hm³)</th><th>Capacitat "
             f"(hm³)</th><th>Percentatge</th></tr></thead><tbody>{rows}</tbody></table>")  # fmt: skip
    parts = [
        '<a class="skip" href="#contingut">Ves al contingut</a>',
        '<header class="capcalera"><div class="logo"><a href="/"><img src="/img/escut.svg" alt="'
        f'{escape(doc.organisation)}"> {escape(doc.organisation)}</a></div><ul class="idiomes"><li class="actiu">CA'
        '</li><li><a href="/es">ES</a></li><li><a href="/en">EN</a></li></ul><form class="cercador"><input '
        'type="search" placeholder="Cerca al web"><button>Cerca</button></form></header>',
        '<nav class="menu"><ul><li><a href="/ajuntament">L\'Ajuntament</a></li><li><a href="/tramits">Tràmits</a></li>'
        f'<li><a href="/viure">Viure a {escape(town)}</a></li><li><a href="/actualitat">Actualitat</a></li><li><a '
        'href="/sequera">Sequera</a></li><li><a href="/contacte">Contacte</a></li></ul></nav>',
        '<main id="contingut"><nav class="molla" aria-label="Molla de pa"><ol><li><a href="/">Inici</a></li><li><a '
        f'href="/sequera">Sequera</a></li><li>Informe núm. {doc.number}</li></ol></nav>',
        f"<h1>Informe setmanal de la sequera núm. {doc.number}</h1>",
        f'<p class="data">Data de publicació: {when:%d/%m/%Y} · Actualitzat: {when:%d/%m/%Y} '
        f"13:{(7 * doc.number) % 60:02d}</p>",
        '<div class="etiqueta fase-emergencia">Fase d\'emergència 1</div>',
        f'<p class="entradeta">L\'Ajuntament de {escape(town)} publica cada setmana l\'estat de les reserves '
        f"d'aigua i les mesures vigents al municipi. Informe de {_ca_day(when)}.</p>",
        '<div class="cos">',
    ]  # fmt: skip
    for s in doc.sections:
        lis = []
        for it in s.items:
            risk, found, mitigation = split_mitigation(it, lead)
            text = (f"{escape(risk, quote=False)} <strong>{escape(found)}</strong> {escape(mitigation, quote=False)}"
                    if found else escape(it.text, quote=False))  # fmt: skip
            lis.append(f"<li>{text}</li>")
        parts.append(f"<h2>{escape(s.heading)}</h2><ul>{''.join(lis)}</ul>")
        if s.key == "situation" and s is doc.sections[0]:
            parts.append(table)
    parts += [
        "</div>",
        f'<p class="descarrega"><a href="/documents/sequera/informe-{doc.number}.pdf">Descarrega l\'informe en PDF '
        f"({180 + 11 * doc.number} KB)</a></p>",
        '<div class="comparteix">Comparteix: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> '
        '<a href="#">Correu</a></div>',
        '<div class="valoracio"><p>Aquesta informació t\'ha estat útil?</p><button>Sí</button><button>No</button>'
        "</div></main>",
        f'<footer class="peu"><p>{escape(doc.organisation)} · Plaça de la Vila, 1 · Telèfon 010 · info@{domain}</p>'
        '<ul><li><a href="/avis-legal">Avís legal</a></li><li><a href="/privacitat">Privacitat</a></li><li><a '
        'href="/accessibilitat">Accessibilitat</a></li><li><a href="/galetes">Galetes</a></li></ul></footer>',
        '<div class="avis-galetes" role="dialog"><p>Aquest lloc web utilitza galetes pròpies i de tercers per millorar '
        "la navegació i obtenir estadístiques d'ús.</p><button>Accepta</button><button>Rebutja</button><button>"
        "Configura</button></div>",
    ]  # fmt: skip
    html = (
        f'<!DOCTYPE html><html lang="ca"><head><meta charset="utf-8"><title>Informe setmanal de la sequera núm. '
        f"{doc.number} | {escape(doc.organisation)}</title></head><body>" + "\n".join(parts) + "</body></html>"
    )
    return html.encode()
