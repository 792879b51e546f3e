"""A wiki page saved from the browser sets a link to change each section beside its heading ("[edit]",
"[edit | edit source]", "[modifier | modifier le code]"): the site's control, not the heading's words."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

SECTIONS = {
    "Summary": ["Temperatures reached 44 °C at the airport on Sunday."],
    "Risks": ["Power outages may affect the cooling centres."],
    "Next steps": ["Review the heat plan with partners on Tuesday."],
}


def _page(link: str) -> bytes:
    body = "".join(
        f'<h2><span class="headline">{h}</span><span class="section-link">{link}</span></h2>'
        + "".join(f"<p>{i}</p>" for i in items)
        for h, items in SECTIONS.items()
    )
    return f"<html><body><main><h1>Heatwave situation report 3</h1>{body}</main></body></html>".encode()


@pytest.mark.parametrize(
    "link",
    [
        '[<a href="/index.php?title=Sitrep&amp;action=edit&amp;section=1">edit</a>]',
        "[<a href='#'>edit</a> | <a href='#'>edit source</a>]",
        "[<a href='#'>modifier</a> | <a href='#'>modifier le code</a>]",
    ],
)
def test_a_wiki_headings_edit_link_is_not_part_of_it(link: str) -> None:
    report = parse_bytes(_page(link), "sitrep.html")[0]
    assert [s.heading for s in report.sections if s.items] == list(SECTIONS)
    assert [i.text for i in report.items()] == [i for items in SECTIONS.values() for i in items]
