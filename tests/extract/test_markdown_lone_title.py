"""A Markdown page that opens with its one top-level heading over lower ones is titled by it, whatever its words
("Rapport dal stab da crisa nr. 2", a name in a language sitroom has no word for); a page with two top-level
headings, or text before its first, keeps them as sections."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

BODY = "\n\n## Resumaziun\n\n- Ina lavina da bova ha tratg tras il vitg.\n\n## Custs\n\n- 420 000 francs.\n"


@pytest.mark.parametrize("name", ["Rapport dal stab da crisa nr. 2", "Hollow Creek hub", "Relatóriu No. 2"])
def test_the_lone_top_heading_titles_the_page(name: str) -> None:
    report = parse_bytes(f"# {name}{BODY}".encode(), "r.md")[0]
    assert report.title == name
    assert [s.heading for s in report.sections] == ["Resumaziun", "Custs"]


@pytest.mark.parametrize(
    "text", [f"# Hollow Creek hub{BODY}\n# Annex\n\n- Contacts.\n", f"Posted by the hub.\n\n# Hollow Creek hub{BODY}"]
)
def test_other_top_headings_stay_sections(text: str) -> None:
    report = parse_bytes(text.encode(), "r.md")[0]
    assert "Hollow Creek hub" in [s.heading for s in report.sections]
