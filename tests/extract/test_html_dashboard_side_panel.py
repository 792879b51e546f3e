"""A dashboard saved from the browser (ArcGIS Dashboards, an operations portal): its narrative stands in a side panel
("<aside>", role "complementary") beside widgets that hold only titles, figures and a list of places. There the side
panel is the page's text and is read; on an article page a side panel of links and short notes stays the page's
chrome."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("Resumo", ["828 pessoas estão desalojadas ou desabrigadas.", "As chuvas provocaram deslizamentos em 10 bairros."]),
    ("Riscos", ["Falta de vagas nos abrigos se as chuvas continuarem.", "Novos deslizamentos nas encostas do morro."]),
    (
        "Ocorrências",
        ["Foram registradas 310 ocorrências desde o início das chuvas.", "As equipes fizeram 378 vistorias."],
    ),
    ("Próximos passos", ["Solicitar o reconhecimento federal da situação de emergência."]),
]
WIDGETS = (
    '<div class="indicators">'
    + "".join(
        f'<div class="element"><div class="element-title">{t}</div><svg><text>{v}</text></svg></div>'
        for t, v in [("Ocorrências registradas", "310"), ("Desalojados", "828"), ("Abrigos ativos", "8")]
    )
    + '</div><div class="element list-element"><div class="element-title">Abrigos</div>'
    + "".join(
        f'<div class="list-item"><p><strong>{n}</strong></p><p>{a} · Ocupação: {o} de {o}</p></div>'
        for n, a, o in [
            ("E.M. Padre Anchieta", "Av. Getúlio Vargas, 894", 104),
            ("Igreja Matriz de São José", "Estrada do Contorno, 902", 92),
            ("CIEP Darcy Ribeiro", "Estrada do Contorno, 848", 178),
        ]
    )
    + "</div>"
)


def _narrative() -> str:
    out = '<p style="text-align:center"><strong>BOLETIM Nº 1</strong></p>'
    for heading, points in SECTIONS:
        out += f'<p><strong><span style="font-size:16px">{heading}</span></strong></p>'
        out += "<ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>"
    return out


def _page(panel: str, left: bool) -> bytes:
    side = {
        "aside": f"<aside class='side-panel'>{_narrative()}</aside>",
        "role": f"<div class='side-panel' role='complementary'><div class='rich-text'>{_narrative()}</div></div>",
    }[panel]
    body = side + WIDGETS if left else WIDGETS + side
    head = "<header role='banner'><div>Monitoramento de Chuvas 2026</div><a href='/'>Portal</a></header>"
    return f"<html><head><title>Monitoramento de Chuvas</title></head><body>{head}{body}</body></html>".encode()


@pytest.mark.parametrize("left", [True, False])
@pytest.mark.parametrize("panel", ["aside", "role"])
def test_the_dashboards_side_panel_is_its_text(panel: str, left: bool) -> None:
    report = parse_bytes(_page(panel, left), "painel.html")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS


def test_an_articles_side_panel_stays_chrome() -> None:
    article = "".join(
        f"<h2>{h}</h2><ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>" for h, points in SECTIONS
    )
    aside = (
        "<aside><h3>Links úteis</h3><ul><li><a href='/a'>Defesa Civil estadual e seus contatos</a></li>"
        "<li>Telefone de emergência da Defesa Civil: 199, todos os dias</li></ul></aside>"
    )
    page = f"<html><body><main><h1>Boletim 1</h1>{article}</main>{aside}</body></html>".encode()
    report = parse_bytes(page, "boletim.html")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
