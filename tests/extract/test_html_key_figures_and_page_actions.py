"""A situation report's page on an agency's site: a list of what the reader may do with the page ("Download report",
"Subscribe", "Share") under its title, and a box its class names for key figures, each card a figure over its label
("1,333" over "Suspected cholera cases"), however few. The actions are left out and counted; the cards are data to
look up, counted as a table, never points of the highlights."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

HIGHLIGHTS = ["Heavy rains since 30 October have caused flooding in riverine areas."]
PRESENCE = ["58 humanitarian partners are responding in the affected districts."]
SECTIONS = [("Highlights", HIGHLIGHTS), ("Humanitarian Presence", PRESENCE)]


def _page(cards: list[tuple[str, str]], box: str) -> bytes:
    figures = "".join(f'<div class="key-figure"><div class="figure">{n}</div><div class="label">{label}</div></div>'
                      for n, label in cards)  # fmt: skip
    actions = '<ul class="actions"><li><a href="/pdf">Download report</a></li><li><a href="/s">Subscribe</a></li>'
    actions += '<li><a href="#share">Share</a></li></ul>'
    return (
        "<html><body><main><h1>Mozambique: Floods – Situation Report No. 2</h1><p>Last updated: 16 Nov 2026</p>"
        f"{actions}<section><h2>Highlights</h2><ul><li>{HIGHLIGHTS[0]}</li></ul></section>"
        f'<{box} class="key-figures">{figures}</{box}><h2>Humanitarian Presence</h2><ul><li>{SECTIONS[1][1][0]}</li>'
        "</ul></main></body></html>"
    ).encode()


@pytest.mark.parametrize("box", ["section", "div"])
@pytest.mark.parametrize("cards", [[("1,333", "Suspected cholera cases")],
                                   [("186K", "People affected"), ("56K", "People displaced")]])  # fmt: skip
def test_key_figures_and_page_actions_are_no_points(cards: list[tuple[str, str]], box: str) -> None:
    report = parse_bytes(_page(cards, box), "sitrep.html")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
    assert report.sections[1].key == "workforce"
    assert any("page action links" in w for w in report.warnings)
    assert len(report.tables) == 1
