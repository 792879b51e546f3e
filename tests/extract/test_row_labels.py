"""A table's first-column cell beside one sentence labels that item ("Costs | Spend is £40,000 to date. |
Amber", the label often repeated down the column): no sub-heading, the item is the sentence. A row
label over several paragraphs or bullets (an office's name over its news) still heads them. Each in a
Word table and an HTML table."""

from __future__ import annotations

import io
from html import escape

import docx
import pytest

from sitroom.model import Report
from sitroom.read import parse_bytes

ROWS = [
    ("Schools", "All schools are open for the children of key workers.", "Green"),
    ("Costs", "Spend on agency staff is £40,000 to date.", "Amber"),
    ("Costs", "A claim for the extra cost was lodged on 3 April.", "Green"),
    ("General", "Nothing further to report this week.", "Green"),
]
OFFICES = [
    (
        "North office",
        ["Two family hubs reopened on Monday after the deep clean.", "Visits to families continue by video."],
    ),
    (
        "South office",
        [
            "Staff absence stands at 8% and is falling.",
            "The duty rota is covered until the end of the month.",
            "One hub remains closed while repairs are made.",
        ],
    ),
]


def _docx() -> bytes:
    d = docx.Document()
    d.add_paragraph("Education Position Statement 3", style="Title")
    d.add_heading("Summary", level=1)
    table = d.add_table(rows=1, cols=3)
    for cell, name in zip(table.rows[0].cells, ("Issue", "Update", "RAG"), strict=True):
        cell.paragraphs[0].add_run(name).bold = True
    for row in ROWS:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    d.add_heading("Activity by office", level=1)
    offices = d.add_table(rows=0, cols=2)
    for office, items in OFFICES:
        label, body = offices.add_row().cells
        label.text = office
        body.text = items[0]
        for text in items[1:]:
            body.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html() -> bytes:
    rag = "".join(f"<tr><td>{a}</td><td>{escape(b)}</td><td>{c}</td></tr>" for a, b, c in ROWS)
    offices = "".join(
        f"<tr><td>{o}</td><td>{''.join(f'<p>{escape(t)}</p>' for t in items)}</td></tr>" for o, items in OFFICES
    )
    return (
        "<html><body><h1>Education Position Statement 3</h1><h2>Summary</h2>"
        f"<table><tr><th>Issue</th><th>Update</th><th>RAG</th></tr>{rag}</table>"
        f"<h2>Activity by office</h2><table>{offices}</table></body></html>"
    ).encode()


def _outline(report: Report) -> list[tuple[str | None, list[str]]]:
    return [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items]


@pytest.mark.parametrize(("name", "make"), [("r.docx", _docx), ("r.html", _html)])
def test_a_label_beside_one_sentence_labels_the_item_and_a_label_over_several_heads_them(name, make) -> None:
    report = parse_bytes(make(), name)[0]
    assert _outline(report) == [
        ("Summary", [update for _, update, _ in ROWS]),
        ("Activity by office", []),
        *OFFICES,
    ]
    assert [s.level for s in report.sections if s.heading in {o for o, _ in OFFICES}] == [2, 2]
