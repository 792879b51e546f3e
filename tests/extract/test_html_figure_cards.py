"""A row of cards, each a figure and its short label, restates the report's numbers at a glance: it is a
key-figures strip (counted as a table), not points under the first heading. A row of cards holding
sentences is read as text. Three layouts: a government portal's cards (``<strong>`` over ``<span>``), a
page builder's (two ``<p>`` per card) and a dashboard grid's, each card wrapped in a column of its own (``col``
around ``stat``); and a mailing's table of one row, each cell a figure in large print, a line break and its label,
two cards side by side."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

CARDS = [("96", "municípios afetados"), ("66.216", "pessoas desalojadas"), ("26.488", "pessoas resgatadas")]
SECTIONS = {
    "Balanço geral": ["O rio Taquari segue acima da cota de inundação.", "1.207 pessoas estão em abrigos."],
    "Doações": ["As doações podem ser entregues nos postos da Defesa Civil."],
}


def _card(layout: str, value: str, label: str) -> str:
    if layout == "portal":
        return f'<div class="br-card"><strong>{value}</strong><span>{label}</span></div>'
    if layout == "grid":
        stat = f'<div class="stat text-center"><div class="num">{value}</div><div class="small">{label}</div></div>'
        return f'<div class="col">{stat}</div>'
    return f'<div class="card"><p class="value">{value}</p><p class="label">{label}</p></div>'


def _page(layout: str, cards: list[tuple[str, str]]) -> bytes:
    strip = "".join(_card(layout, v, label) for v, label in cards)
    if layout == "mailing":
        tiles = "".join(f'<td><span style="font-size:30px">{v}</span><br>{label}</td>' for v, label in cards)
        strip = f'<table role="presentation"><tr>{tiles}</tr></table>'

    body = "".join(f"<h3>{h}</h3><ul>{''.join(f'<li>{t}</li>' for t in items)}</ul>" for h, items in SECTIONS.items())
    html = f"<html><body><main><h1>Boletim n.º 3</h1><div class='cards'>{strip}</div>{body}</main></body></html>"
    return html.encode()


@pytest.mark.parametrize(("layout", "count"), [("portal", 3), ("builder", 3), ("grid", 3), ("mailing", 2)])
def test_a_row_of_figure_cards_is_a_table_not_points(layout: str, count: int) -> None:
    report = parse_bytes(_page(layout, CARDS[:count]), "boletim.html")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections} == SECTIONS
    assert report.tables


def test_cards_of_sentences_are_read() -> None:
    cards = [("1", "Abrigos abertos em todas as cidades."), ("2", "Estradas liberadas."), ("3", "Água potável.")]
    report = parse_bytes(_page("portal", cards), "boletim.html")[0]
    assert "Abrigos abertos em todas as cidades." in " ".join(i.text for i in report.items())
