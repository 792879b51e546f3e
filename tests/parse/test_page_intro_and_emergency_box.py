"""A council's update page opens with a line saying what the update gives ("This update provides the latest
information on the flood emergency in the Shire as at 2pm on 19 January 2026.") and closes its last section with a
box of the numbers to call ("For emergency help in floods and storms call the SES on 132 500. In a life-threatening
emergency call Triple Zero (000)."). Neither is a point: the first says what the page is, the second whom to call.
Checked with the intro set as the page's lead paragraph or a plain one, the box a warning panel or an aside, and
the report naming itself in other words ("This report gives …", "This bulletin sets out …")."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("Summary", ["Remote communities cut off by road: 23.", "Record rainfall has cut roads across the Shire."]),
    ("What happens next", ["The Great Northern Highway is expected to reopen by 21 January."]),
]
INTROS = [
    "This update provides the latest information on the flood emergency in the Shire as at 2pm on 19 January 2026.",
    "This report gives the latest position on the flood emergency as at 4pm on 19 January 2026.",
    "This bulletin sets out the latest information on what the Shire is doing about the floods.",
]
BOX = "For emergency help in floods and storms call the SES on 132 500. In a life-threatening emergency call "
BOX += "Triple Zero (000)."


def _page(intro: str, lead: bool, aside: bool) -> bytes:
    body = "".join(f"<h2>{h}</h2><ul>{''.join(f'<li>{p}</li>' for p in ps)}</ul>" for h, ps in SECTIONS)
    box = f"<aside class='note'><p>{BOX}</p></aside>" if aside else f"<div class='box box--warning'><p>{BOX}</p></div>"
    para = f"<p class='intro'>{intro}</p>" if lead else f"<p>{intro}</p>"
    html = (
        "<html><head><title>Flood update 2 | Shire of Broome</title></head><body><main>"
        f"<h1>Flood update 2</h1><p>Published: 19 January 2026</p><div class='content'>{para}{body}{box}</div>"
        "</main></body></html>"
    )
    return html.encode()


@pytest.mark.parametrize("aside", [False, True], ids=["panel", "aside"])
@pytest.mark.parametrize("lead", [True, False], ids=["lead", "plain"])
@pytest.mark.parametrize("intro", INTROS, ids=["provides", "gives", "sets out"])
def test_the_intro_and_the_numbers_to_call_are_no_points(intro: str, lead: bool, aside: bool) -> None:
    report = parse_bytes(_page(intro, lead, aside), "update.html")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items] == SECTIONS
