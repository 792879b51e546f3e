"""A page exported from a shared document app carries under its title who last updated it and whom it is shared with
("Updated by: @Hazel Tulloch · Shared with: RSPB Scotland, Shetland Amenity Trust", "Edited by: …", "Shared with:
…" on a line of its own): the masthead's byline and circulation, never a point. In Markdown, HTML and Word."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

TITLE = "HPAI update 2 – Sumburgh Head – 22 Jun 2026"
SECTIONS = [("Summary", ["847 dead seabirds have been counted since the outbreak began."]),
            ("Next steps", ["Carcass collection continues twice a week."])]  # fmt: skip
LINES = {
    "one line": ["Updated by: @Hazel Tulloch · Shared with: RSPB Scotland, Shetland Amenity Trust"],
    "two lines": ["Edited by: Callum Doig", "Shared with: NatureScot HPAI group, APHA Scotland"],
}


def _markdown(lines: list[str]) -> tuple[bytes, str]:
    body = "".join(f"## {h}\n\n" + "".join(f"- {p}\n" for p in ps) + "\n" for h, ps in SECTIONS)
    return (f"# {TITLE}\n\n" + "\n\n".join(lines) + f"\n\n{body}").encode(), "r.md"


def _html(lines: list[str]) -> tuple[bytes, str]:
    body = "".join(f"<h2>{h}</h2><ul>" + "".join(f"<li>{p}</li>" for p in ps) + "</ul>" for h, ps in SECTIONS)
    head = "".join(f"<p>{line}</p>" for line in lines)
    return f"<html><body><main><h1>{TITLE}</h1>{head}{body}</main></body></html>".encode(), "r.html"


def _word(lines: list[str]) -> tuple[bytes, str]:
    d = docx.Document()
    d.add_paragraph(TITLE, style="Title")
    for line in lines:
        d.add_paragraph(line)
    for heading, points in SECTIONS:
        d.add_heading(heading, 2)
        for p in points:
            d.add_paragraph(p, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue(), "r.docx"


@pytest.mark.parametrize("make", [_markdown, _html, _word])
@pytest.mark.parametrize("lines", list(LINES))
def test_who_updated_it_and_whom_it_is_shared_with_are_the_masthead(lines: str, make) -> None:
    report = parse_bytes(*make(LINES[lines]))[0]
    assert report.title == TITLE
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
