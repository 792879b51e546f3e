"""A bullet holding only a bold label, with bullets nested under it, is a heading over them: the nested
bullets are its items, a label nested under another label is a heading one level down. A bold first line
carrying the day, over an "As at …" line, is the title, and a "Next note …" line closing the document is
left out. Checked on a status note written in Markdown (``**`` and ``__`` labels, with and without a
colon), rendered to HTML by a Markdown library, and written as Word lists with python-docx."""

from __future__ import annotations

import io

import docx
import pytest
from markdown_it import MarkdownIt

from sitroom.model import Report
from sitroom.read import parse_bytes

TITLE = "Parks and leisure weekly note 7 (9 March 2026)"
AS_AT = "As at 10:00, 9 March 2026 · owner: parks team"
CLOSING = "Next note on Monday. Corrections to the parks team, please."
# (label, depth, items): labels no vocabulary knows, so that the rule cannot lean on the words
SECTIONS = [
    ("Where things stand", 1, ["All twelve parks are open with reduced toilet provision.", "Two halls are shut."]),
    ("Things that worry us", 1, ["Vandalism at the skate park has risen for three weeks running."]),
    ("People and money", 1, []),
    ("Our people", 2, ["Eleven rangers are off sick, four with long-term conditions."]),
    ("Our money", 2, ["Lost income from bookings stands at £23,000 this month."]),
    ("Coming up", 1, ["The spring planting programme starts on 16 March."]),
]


def _markdown(strong: str = "**", colon: str = "", bullet: str = "-") -> str:
    lines = [f"{strong}{TITLE}{strong}", "", f"_{AS_AT}_", ""]
    for label, depth, items in SECTIONS:
        indent = "  " * (depth - 1)
        lines.append(f"{indent}{bullet} {strong}{label}{colon}{strong}")
        lines += [f"{indent}  {bullet} {text}" for text in items]
    return "\n".join([*lines, "", f"_{CLOSING}_", ""])


def _md_stars() -> tuple[bytes, str]:
    return _markdown().encode(), "note.md"


def _md_underscores() -> tuple[bytes, str]:
    return _markdown("__", ":", "*").encode(), "note.md"


def _html() -> tuple[bytes, str]:
    body = MarkdownIt("commonmark").render(_markdown())
    return f"<!doctype html><html><head><title>Parks</title></head><body>{body}</body></html>".encode(), "note.html"


def _word() -> tuple[bytes, str]:
    d = docx.Document()
    d.add_paragraph().add_run(TITLE).bold = True
    d.add_paragraph().add_run(AS_AT).italic = True
    styles = ["List Bullet", "List Bullet 2", "List Bullet 3"]
    for label, depth, items in SECTIONS:
        d.add_paragraph(style=styles[depth - 1]).add_run(label).bold = True
        for text in items:
            d.add_paragraph(text, style=styles[depth])
    d.add_paragraph(CLOSING)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue(), "note.docx"


LAYOUTS = {"markdown-stars": _md_stars, "markdown-underscores": _md_underscores, "html": _html, "word": _word}


def _parse(layout: str) -> Report:
    data, name = LAYOUTS[layout]()
    return parse_bytes(data, name)[0]


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_bold_label_over_nested_bullets_is_their_heading(layout: str) -> None:
    report = _parse(layout)
    got = [(s.heading.rstrip(":") if s.heading else None, [i.text for i in s.items]) for s in report.sections]
    assert got == [(label, items) for label, _, items in SECTIONS]
    levels = [s.level for s in report.sections]
    # a label nested under another is one level down, whatever level the outer labels get
    assert [lv - levels[0] for lv in levels] == [depth - 1 for _, depth, _ in SECTIONS]


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_bold_dated_title_over_as_at_line_and_closing_line(layout: str) -> None:
    report = _parse(layout)
    assert report.title == TITLE
    assert report.date is not None and report.date.isoformat() == "2026-03-09"
    texts = [i.text for i in report.items()]
    assert not any(t.startswith(("As at", "Next note")) for t in texts)
    assert "1 end-of-report line(s) left out" in report.warnings


@pytest.mark.parametrize("name", ["note.md", "note.html"])
def test_bold_bullet_without_nested_bullets_stays_an_item(name: str) -> None:
    md = "\n".join(
        [
            "## Where things stand",
            "",
            "- **All parks are open.**",
            "- **Skate park closed**",
            "- Two halls are shut.",
            "",
            "## Coming up",
            "",
            "- **Planting starts on 16 March, subject to the weather and to staff being available**",
            "  - Volunteers have been asked to help with the first week.",
            "",
        ]
    )
    data = md if name.endswith(".md") else MarkdownIt("commonmark").render(md)
    report = parse_bytes(data.encode(), name)[0]
    assert [s.heading for s in report.sections] == ["Where things stand", "Coming up"]
    assert [i.text for i in report.sections[0].items] == [
        "All parks are open.",
        "Skate park closed",
        "Two halls are shut.",
    ]
    # too long to be a label: a stressed bullet with a note nested under it
    assert len(report.sections[1].items) == 2
