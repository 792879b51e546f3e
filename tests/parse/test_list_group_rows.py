"""A list view grouped by a column (SharePoint, Smartsheet, a tracker) prints over each group a row naming the column,
the group's value and its count ("⌄ Section : Sampling results (2)", "Category: Risks (3)"). The group is the
section, named by its value. In HTML, Markdown and Word, where the row is set as a heading."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

GROUPS = [
    ("Sampling results", ["Two samples from the Hillside reservoir failed for coliforms.", "Retests are due today."]),
    ("Risks", ["Bottled water stocks may run short at the Eastgate station."]),
]
ROW = {"section": "⌄ Section : {name} ({n})", "category": "Category: {name} ({n})"}


def _html(row: str) -> bytes:
    body = "".join(
        f"<h3>{row.format(name=name, n=len(items))}</h3><ul>" + "".join(f"<li>{t}</li>" for t in items) + "</ul>"
        for name, items in GROUPS
    )
    return f"<html><body><main><h1>Boil water sitrep log</h1>{body}</main></body></html>".encode()


def _markdown(row: str) -> bytes:
    body = "".join(
        f"\n## {row.format(name=name, n=len(items))}\n\n" + "".join(f"- {t}\n" for t in items) for name, items in GROUPS
    )
    return f"---\ntitle: Boil water sitrep log\n---\n{body}".encode()


def _docx(row: str) -> bytes:
    d = docx.Document()
    d.add_paragraph("Boil water sitrep log", style="Title")
    for name, items in GROUPS:
        d.add_heading(row.format(name=name, n=len(items)), 2)
        for t in items:
            d.add_paragraph(t, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("row", list(ROW))
@pytest.mark.parametrize("make,name", [(_html, "r.html"), (_markdown, "r.md"), (_docx, "r.docx")])
def test_a_list_views_group_row_names_its_section_by_its_value(make, name: str, row: str) -> None:
    report = parse_bytes(make(ROW[row]), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == GROUPS
    assert report.sections[-1].key == "risks"


def test_a_heading_with_a_count_but_no_field_keeps_its_words() -> None:
    md = "---\ntitle: Log\n---\n\n## Risks (3)\n\n- Stocks may run short.\n"
    assert parse_bytes(md.encode(), "r.md")[0].sections[0].heading == "Risks (3)"
