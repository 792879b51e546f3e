"""A Markdown page whose heading restates the title its front matter gives: that heading is the title, not a
section, and the lines under it date the page, as an HTML page's <h1> restating its <title> does. Layouts: an ATX
heading ("# …"), and a setext heading ("…" over "===").
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

TITLE = "Water supply in the east district"
BODY = "Status at 08:00.\n\n## Summary\n\n- Pipes repaired: 12.\n\n## Next steps\n\n- Tests on Monday.\n"


@pytest.mark.parametrize("heading", [f"# {TITLE}", f"{TITLE}\n{'=' * len(TITLE)}"], ids=["atx", "setext"])
def test_a_heading_restating_the_front_matters_title_is_the_title(heading: str) -> None:
    text = f'---\ntitle: "{TITLE}"\n---\n\n{heading}\n\n{BODY}'
    report = parse_bytes(text.encode(), "report.md")[0]
    assert report.title == TITLE
    assert [s.heading for s in report.sections if s.heading] == ["Summary", "Next steps"]
