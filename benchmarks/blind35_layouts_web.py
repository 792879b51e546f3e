"""Web writer of the ``blind35_layouts`` set.

A Brazilian municipal civil defence's daily bulletin on landslides after heavy rain, kept on its ArcGIS Dashboards
"Monitoramento de Chuvas" and saved from the browser with "Web page, complete" (the DOM as the app built it): the
app's ``<noscript>`` line, the dashboard's header (the coat of arms, "Monitoramento de Chuvas 2026", the civil defence
and the header links "Portal da Prefeitura" and "Emergência: 199"); the side panel's rich text element holding the
bulletin as its editor keeps it — "BOLETIM Nº 3" and "Atualizado em 21/01/2026 às 08h00" centred over a rule, each
section a bold coloured line in a larger size (``<p><strong><span style="font-size:16px">``, not a heading element),
the summary as paragraphs, the other points ``<ul>`` lists, "<strong>Medidas:</strong>" inside a risk's point —;
then the body: four indicator elements (each a title and its value and bottom text as SVG ``<text>`` — figures that
are not items), the map element (the map a canvas, the zoom buttons "Aproximar"/"Afastar", the Esri attribution and
"Powered by Esri"), the legend element "Legenda" (the layers "Ocorrências" and "Áreas de risco (SGB/CPRM)" with
their classes), a serial chart "Chuva acumulada em 72 h (mm)" whose axis and category labels are SVG text, and the
list element "Abrigos ativos" (each shelter its name, address and occupancy, "5 itens" at its foot). "R$ 3.400",
"R$ 1,25 milhão", "1.250", "12%", "16 de fevereiro", "(boletim anterior: 5)".
"""

from __future__ import annotations

import re
import zlib
from datetime import timedelta
from html import escape

from blind7_layouts_content import report_day
from blind17_layouts_content import count, group
from blind35_layouts_content import parts, slug
from council_layouts_gold import Doc

SHELTERS = ("E.M. Padre Anchieta", "Igreja Matriz de São José", "E.E. Professora Dulce Ramos", "Ginásio Poliesportivo",
            "CIEP Darcy Ribeiro", "Salão Paroquial N. S. Aparecida")  # fmt: skip
STREETS = ("Rua das Flores", "Praça da Matriz", "Av. Getúlio Vargas", "Rua Sete de Setembro", "Estrada do Contorno",
           "Rua Tiradentes")  # fmt: skip
GAUGES = ("Centro", "Alto da Serra", "Vale do Sol", "Cascatinha", "Morro do Cruzeiro")
CSS = """
body { margin: 0; font-family: "Avenir Next", "Helvetica Neue", Arial, sans-serif; background: #f4f4f4; }
.dashboard-header { display: flex; align-items: center; height: 56px; background: #0b3d6e; color: #fff; }
.header-title { font-size: 20px; } .header-subtitle { font-size: 13px; opacity: .8; margin-left: 12px; }
.dashboard-body { display: flex; } .side-panel { width: 360px; overflow-y: auto; background: #fff; }
.element { background: #fff; margin: 4px; } .element-title { font-size: 13px; padding: 6px 10px; }
.indicator-element svg text.indicator-center-text { font-size: 48px; font-weight: 600; }
.esri-attribution { font-size: 10px; } .list-item { border-bottom: 1px solid #ddd; padding: 6px 10px; }
"""


def _indicator(title: str, value: str, bottom: str, colour: str) -> str:
    return (f'<div class="element indicator-element"><div class="element-title"><span>{escape(title)}</span></div>'
            '<div class="indicator-widget"><svg class="indicator-svg" viewBox="0 0 260 120" preserveAspectRatio='
            f'"xMidYMid meet"><g><text class="indicator-center-text" x="130" y="62" text-anchor="middle" fill="'
            f'{colour}">{escape(value)}</text><text class="indicator-bottom-text" x="130" y="104" text-anchor='
            f'"middle" fill="#6e6e6e">{escape(bottom)}</text></g></svg></div></div>')  # fmt: skip


def _rain(doc: Doc, default: int) -> int:
    """The millimetres of the rainfall item (its first number is the 72 hours)."""
    for s in doc.sections:
        for it in s.items:
            if m := re.search(r"(\d+) milímetros", it.text):
                return int(m.group(1))
    return default


def html_arcgis_dashboard_br(doc: Doc) -> bytes:
    """The civil defence's bulletin as the browser saves the ArcGIS Dashboards page."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    town = doc.organisation.removeprefix("Defesa Civil de ")
    host = f"{slug(town).replace('-', '')}.maps.arcgis.example"
    text = ['<p style="text-align:center"><span style="font-size:20px"><strong>BOLETIM Nº '
            f'{doc.number}</strong></span></p>', '<p style="text-align:center">Atualizado em '
            f'{when:%d/%m/%Y} às 08h00</p>', "<hr>"]  # fmt: skip
    for s in doc.sections:
        text.append(f'<p><span style="color:#1c5d99"><strong><span style="font-size:16px">{escape(s.heading)}</span>'
                    "</strong></span></p>")  # fmt: skip
        points = []
        for it in s.items:
            risk, lead, rest = parts(it, "pt")
            points.append(f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text))
        if s.key == "highlights":
            text += [f"<p>{p}</p>" for p in points]
        else:
            text.append("<ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>")
    since = when - timedelta(days=3)
    indicators = "".join((
        _indicator("Ocorrências registradas", group(count(doc, ("ocorrências",), 40 + h % 600), "."),
                   f"desde {since:%d/%m}", "#c0392b"),
        _indicator("Desalojados e desabrigados", group(count(doc, ("desalojadas",), 60 + h % 2000), "."),
                   "pessoas", "#d35400"),
        _indicator("Abrigos ativos", str(count(doc, ("abrigos estão abertos",), 2 + h % 12)), "em funcionamento",
                   "#2471a3"),
        _indicator("Chuva em 72 h", f"{_rain(doc, 90 + h % 300)} mm", "pluviômetro Centro",
                   "#1e8449"),
    ))  # fmt: skip
    legend = "".join(
        f'<div class="esri-legend__service"><p class="esri-legend__service-label">{layer}</p><table class="'
        'esri-legend__layer-table">' + "".join(
            f'<tr class="esri-legend__layer-row"><td class="esri-legend__layer-cell--symbols"><svg width="14" '
            f'height="14"><circle cx="7" cy="7" r="5" fill="{colour}"/></svg></td><td class="'
            f'esri-legend__layer-cell--info">{label}</td></tr>' for label, colour in classes) + "</table></div>"
        for layer, classes in (
            ("Ocorrências", (("Deslizamento", "#8e44ad"), ("Alagamento", "#2e86c1"), ("Queda de árvore", "#27ae60"),
                             ("Desabamento", "#c0392b"))),
            ("Áreas de risco (SGB/CPRM)", (("Risco muito alto", "#922b21"), ("Risco alto", "#e67e22"))),
        ))  # fmt: skip
    rain = [(g, 40 + (h >> k) % 260) for k, g in enumerate(GAUGES)]
    chart = "".join(
        f'<rect x="{60 + k * 70}" y="{200 - v * 0.6:.0f}" width="40" height="{v * 0.6:.0f}" fill="#2e86c1"/>'
        f'<text x="{80 + k * 70}" y="218" text-anchor="middle">{g}</text>'
        for k, (g, v) in enumerate(rain)
    )
    ticks = "".join(f'<text x="50" y="{204 - t * 0.6:.0f}" text-anchor="end">{t}</text>' for t in (0, 100, 200, 300))
    occupied = count(doc, ("acolhidas",), 40 + h % 400)
    items = []
    for k in range(5):
        cap = 80 + (h >> k) % 160
        items.append(f'<div class="list-item"><div class="list-item-text"><p><strong>{SHELTERS[(h + k) % 6]}</strong>'
                     f"</p><p>{STREETS[(h + 2 * k) % 6]}, {10 + (h >> k) % 900} · Ocupação: "
                     f"{min(cap, occupied // 5 + k)} de {cap}</p></div></div>")  # fmt: skip
    out = ['<!DOCTYPE html>', '<html lang="pt-br" dir="ltr" class="calcite-mode-light"><head>',
           '<meta charset="utf-8">',
           f'<base href="https://{host}/apps/dashboards/">',
           f"<title>Monitoramento de Chuvas 2026 – {escape(doc.organisation)}</title>",
           '<link rel="stylesheet" href="./Monitoramento_files/main.css">', f"<style>{CSS}</style>",
           '<script src="./Monitoramento_files/runtime.js"></script>', "</head>",
           "<body><noscript>To use ArcGIS Dashboards, please enable JavaScript.</noscript>",
           '<div id="ember-root" class="dashboard-root"><div class="dashboard-layout">',
           '<header class="dashboard-header" role="banner"><div class="header-logo"><img alt="Brasão do município" '
           'src="./Monitoramento_files/brasao.png"></div><div class="header-title">Monitoramento de Chuvas 2026</div>'
           f'<div class="header-subtitle">{escape(doc.organisation)}</div><div class="header-links"><a href="https://'
           f'www.{slug(town).replace("-", "")}.rj.gov.example">Portal da Prefeitura</a> <a href="tel:199">Emergência: '
           "199</a></div></header>", '<div class="dashboard-body">',
           '<div class="side-panel" role="complementary"><div class="element rich-text-element"><div class="'
           f'rich-text-content">{"".join(text)}</div></div></div>',
           f'<div class="dashboard-content"><div class="stack indicators">{indicators}</div>',
           '<div class="element map-element"><div class="esri-view"><div class="esri-view-root"><div class="'
           'esri-view-surface" role="application" aria-label="Mapa"><canvas width="1080" height="620"></canvas></div>'
           '<div class="esri-ui"><div class="esri-ui-top-left"><div class="esri-zoom esri-widget"><div class="'
           'esri-widget--button" role="button" title="Aproximar"><span class="esri-icon-plus"></span></div><div '
           'class="esri-widget--button" role="button" title="Afastar"><span class="esri-icon-minus"></span></div>'
           '</div></div><div class="esri-ui-manual-container"><div class="esri-attribution esri-widget"><div class="'
           'esri-attribution__sources">Esri Community Maps Contributors, IBGE, © OpenStreetMap, Microsoft, Esri, '
           'TomTom, Garmin, Foursquare, METI/NASA, USGS</div><div class="esri-attribution__powered-by">Powered by '
           '<a href="https://www.esri.com/">Esri</a></div></div></div></div></div></div></div>',
           f'<div class="element legend-element"><div class="element-title">Legenda</div><div class="esri-legend">'
           f"{legend}</div></div>",
           '<div class="element serial-chart-element"><div class="element-title">Chuva acumulada em 72 h (mm)</div>'
           f'<svg width="420" height="230" class="amcharts-main-div">{ticks}{chart}</svg></div>',
           '<div class="element list-element"><div class="element-title">Abrigos ativos</div><div class="'
           f'list-element-content">{"".join(items)}</div><div class="list-footer">5 itens</div></div>',
           "</div></div></div></div></body></html>"]  # fmt: skip
    return "\n".join(out).encode("utf-8")
