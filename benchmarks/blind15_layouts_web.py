"""Web writers of the ``blind15_layouts`` set: a Canadian province's wildfire service's situation update page
(the government header and menu, breadcrumbs, the ``<h1>``, "Last updated: July 22, 2024 at 10:15 a.m. PDT", a
"Report a wildfire" call-out, then each section a ``<details>`` accordion whose ``<summary>`` is the heading, the
first one open, "•" points in ``<ul>``, "What's being done:" in bold inside a risk's point, an Evacuation orders
and alerts table under the evacuations, "Was this page helpful?" and the footer; "1,250", "12%", "July 22") and
a Latin American national civil protection agency's "Informe de situación" on its WordPress site (header, menu,
breadcrumbs "Inicio › Sala de prensa › Informes de situación", the ``<h1>``, "Publicado el 17 de septiembre de
2024 | 06:00 horas", share links, then an Elementor accordion of ``<div>`` tab titles "1. SITUACIÓN GENERAL"
over hidden tab contents of ``<p>`` paragraphs, "Acciones:" in bold inside a risk's paragraph, an Afectación por
departamento table with a Total row, the emergency number, tags and the footer; "1.250", "12 %", "$3.400",
"18 de septiembre").
"""

from __future__ import annotations

from html import escape

from blind5_layouts_content import figure
from blind7_layouts_content import report_day
from blind13_layouts_content import MESES_ES
from blind14_layouts_pdf import _count, _split
from council_layouts_gold import Doc

CA_LEAD = "What's being done:"
ES_LEAD = "Acciones:"
AREAS = (("Tatla Lake", "Evacuation Order", 0.6), ("Kleena Kleene", "Evacuation Order", 0.4),
         ("Alexis Creek", "Evacuation Alert", 0.0))  # fmt: skip
DEPTOS = (("Escuintla", 0.34), ("Zacapa", 0.26), ("Izabal", 0.22), ("Chiquimula", 0.18))


def _strong(text: str, lead: str) -> str:
    return escape(text, quote=False).replace(f" {lead} ", f" <strong>{lead}</strong> ")


def html_wildfire_ca(doc: Doc) -> bytes:
    """The fire centre's situation update page as its information officer updates it each morning."""
    when = report_day(doc)
    title = f"Wildfire Situation Update – {doc.organisation}"
    parts = [
        '<header class="gov-header"><a href="/"><img src="/logo.svg" alt="Province home"></a><nav><ul>'
        '<li><a href="/wildfire">Wildfire service</a></li><li><a href="/wildfire/map">Wildfire map</a></li>'
        '<li><a href="/bans">Fire bans and restrictions</a></li><li><a href="/evac">Evacuations</a></li></ul></nav>'
        "</header>",
        '<nav aria-label="breadcrumb"><ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/wildfire">'
        f'Wildfire Service</a></li><li aria-current="page">{escape(doc.organisation)}</li></ol></nav>',
        f'<main><h1>{escape(title)}</h1><p class="updated">Last updated: {when:%B} {when.day}, {when.year} at 10:15 '
        "a.m. PDT</p>",
        '<div class="callout callout-warning"><p><strong>Report a wildfire:</strong> call 1 800 663-5555 toll-free '
        "or *5555 on a cell phone.</p></div>",
    ]
    for n, s in enumerate(doc.sections):
        items = "".join(f"<li>{_strong(it.text, CA_LEAD)}</li>" for it in s.items)
        extra = ""
        if s.key == "assistance":
            props = _split(_count(doc, ("evacuation order",), 120), [(a, f) for a, _, f in AREAS])
            rows = "".join(f"<tr><td>{a}</td><td>{kind}</td><td>{p or '–'}</td><td>Cariboo Regional District</td></tr>"
                           for (a, kind, _), p in zip(AREAS, props, strict=True))  # fmt: skip
            extra = (
                '<table class="table"><caption>Evacuation orders and alerts</caption><thead><tr><th>Area</th>'
                f"<th>Status</th><th>Properties</th><th>Issued by</th></tr></thead><tbody>{rows}</tbody></table>"
            )
        parts.append(f'<details class="accordion"{" open" if n == 0 else ""}><summary>{escape(s.heading)}</summary>'
                     f'<div class="accordion-body"><ul>{items}</ul>{extra}</div></details>')  # fmt: skip
    parts += [
        '<section class="feedback"><h2>Was this page helpful?</h2><button>Yes</button> <button>No</button></section>',
        "</main>",
        '<footer><p>The Province acknowledges the territories of First Nations around B.C.</p><ul><li><a href="#">'
        'Disclaimer</a></li><li><a href="#">Privacy</a></li><li><a href="#">Accessibility</a></li><li><a href="#">'
        'Copyright</a></li><li><a href="#">Contact us</a></li></ul></footer>',
    ]
    html = (f'<!DOCTYPE html><html lang="en-CA"><head><meta charset="utf-8"><title>{escape(title)} – Province of '
            'British Columbia</title><style>details summary{font-weight:bold;font-size:1.2em}</style></head><body>'
            + "\n".join(parts) + "</body></html>")  # fmt: skip
    return html.encode()


def _es_num(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def html_informe_latam(doc: Doc) -> bytes:
    """The agency's situation report as its press office posts it on the agency's WordPress site."""
    when = report_day(doc)
    fecha = f"{when.day} de {MESES_ES[when.month - 1]} de {when.year}"
    title = f"Informe de situación No. {doc.number} – {doc.service}"
    parts = [
        f'<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">'
        f'{escape(doc.organisation)}</a></p></div><nav id="site-navigation" class="main-navigation"><ul id="menu-'
        'principal"><li><a href="/">Inicio</a></li><li><a href="/institucion">Institución</a></li><li><a href="/'
        'prensa">Sala de prensa</a></li><li><a href="/alertas">Alertas</a></li><li><a href="/contacto">Contacto</a>'
        "</li></ul></nav></header>",
        '<div class="breadcrumbs"><a href="/">Inicio</a> › <a href="/prensa">Sala de prensa</a> › <a href="/prensa/'
        'informes">Informes de situación</a></div>',
        f'<main id="main"><article class="post type-post"><h1 class="entry-title">{escape(title)}</h1>',
        f'<div class="entry-meta"><span class="posted-on">Publicado el {fecha} | 06:00 horas</span> <span class="'
        'byline">por Comunicación Social</span></div><div class="share">Compartir: <a href="#">Facebook</a> <a '
        'href="#">X</a> <a href="#">WhatsApp</a></div>',
        '<div class="entry-content"><div class="elementor-widget-accordion"><div class="elementor-accordion" '
        'role="tablist">',
    ]
    for n, s in enumerate(doc.sections, start=1):
        paras = "".join(f"<p>{_strong(it.text, ES_LEAD)}</p>" for it in s.items)
        if s.key == "impacts" and n == 2:
            found = figure(doc, ("personas afectadas",), r"\d{1,3}(?:\.\d{3})*")[0]
            total = int(found.replace(".", "")) if found[0].isdigit() else 4000
            split = _split(total, DEPTOS)
            rows = "".join(
                f"<tr><td>{d}</td><td>{_es_num(p)}</td></tr>" for (d, _), p in zip(DEPTOS, split, strict=True)
            )
            paras += ('<table><caption>Afectación por departamento</caption><tr><th>Departamento</th><th>Personas '
                      f"afectadas</th></tr>{rows}<tr><td><b>Total</b></td><td><b>{_es_num(total)}</b></td></tr>"
                      "</table>")  # fmt: skip
        parts.append(f'<div class="elementor-accordion-item"><div id="elementor-tab-title-{n}" class="elementor-tab-'
                     f'title" data-tab="{n}" role="tab" aria-expanded="false"><span class="elementor-accordion-icon">'
                     f'<i class="fas fa-plus"></i></span><a class="elementor-accordion-title" href="">'
                     f'{escape(s.heading)}</a></div><div id="elementor-tab-content-{n}" class="elementor-tab-content '
                     f'elementor-clearfix" data-tab="{n}" role="tabpanel" hidden>{paras}</div></div>')  # fmt: skip
    parts += [
        "</div></div><p><em>En caso de emergencia llame al 119, las 24 horas.</em></p></div>",
        '<footer class="entry-footer"><span class="tags-links">Etiquetas: <a href="#">lluvias</a>, <a href="#">'
        "informe de situación</a></span></footer></article></main>",
        f'<footer id="colophon" class="site-footer"><p>© {when.year} {escape(doc.organisation)}. Todos los derechos '
        "reservados.</p></footer>",
    ]
    html = (f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{escape(title)} – '
            f"{escape(doc.organisation)}</title></head><body>" + "\n".join(parts) + "</body></html>")  # fmt: skip
    return html.encode()
