"""A forum post's Markdown (Discourse, phpBB): block tags on lines of their own ("[details="Figures"]", "[/details]",
"[center]", "[spoiler]") are markup, their content read in place; a poll ("[poll …]" … "[/poll]") asks the readers
and tells nothing: its question and options are no section and no points. Each left out is counted. In three
layouts: a folded figures table, a folded list of points, and centred text with the poll at the end."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("Summary", ["Emergency food parcels given out this week rose to 3,168."]),
    ("Risks and issues", ["The risk of volunteer burnout at the busiest centres is increasing."]),
]
POLL = "[poll name=boxing type=regular results=always]\n# Will your centre open on Boxing Day?\n* Yes\n* No\n[/poll]\n"


def _post(layout: str) -> bytes:
    body = "".join(f"### {h}\n\n" + "".join(f"* {p}\n" for p in pts) + "\n" for h, pts in SECTIONS)
    if layout == "folded table":
        table = "| | This week |\n|---|---:|\n| Parcels | 3,168 |\n"
        top = f'[details="Network figures this week"]\n\n{table}\n[/details]\n\n'
        return f"{top}{body}{POLL}".encode()
    if layout == "folded points":
        (h1, p1), (h2, p2) = SECTIONS
        folded = f'### {h2}\n\n[details="Open to read"]\n\n* {p2[0]}\n\n[/details]\n\n'
        return f"### {h1}\n\n* {p1[0]}\n\n{folded}{POLL}".encode()
    return f"[center]\n\n{body}[/center]\n\n{POLL}".encode()


@pytest.mark.parametrize("layout", ["folded table", "folded points", "centred"])
def test_forum_tags_are_markup_and_a_poll_no_section(layout: str) -> None:
    report = parse_bytes(_post(layout), "post.md")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items] == SECTIONS
    assert not any("Boxing Day" in (s.heading or "") for s in report.sections)
    assert any("poll" in w for w in report.warnings)
