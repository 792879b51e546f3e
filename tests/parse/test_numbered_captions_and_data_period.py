"""A numbered caption over or under a table ("*Table 1. Cases by age group*", "Table 2: …") is the table's, not a
point, in Markdown as in HTML and Word; and a date line whose parts say who publishes it and how far the data go
("Northshire Health Protection Team · Published 3 October 2022 · Data to the end of week 39") is the masthead's."""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest

from sitroom.read import parse_bytes

TITLE = "Weekly surveillance summary 1"
POINTS = ["Hospital admissions with flu: 52 this week.", "Flu positivity in GP samples is 22%."]
ROWS = [("0–4", "95"), ("5–14", "139"), ("15–44", "208")]
CAPTIONS = ["Table 1. Confirmed cases by age group, last 7 days", "Table 2: Cases by age group", "Figure 3 – Cases"]
DATELINE = "Northshire Health Protection Team · Published 3 October 2022 · Data to the end of week 39"


def _md(caption: str, under: bool, emphasis: str) -> bytes:
    table = "| Age group | Cases |\n|:--|--:|\n" + "".join(f"| {a} | {b} |\n" for a, b in ROWS)
    cap = f"{emphasis}{caption}{emphasis}\n"
    around = f"{table}\n{cap}" if under else f"{cap}\n{table}"
    points = "".join(f"* {p}\n" for p in POINTS)
    return f"# {TITLE}\n\n{DATELINE}\n\n## Cases\n\n{points}\n{around}\n## Next steps\n\n* Review.\n".encode()


def _html(caption: str, under: bool, emphasis: str) -> bytes:
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in ROWS)
    table = f"<table><tr><th>Age group</th><th>Cases</th></tr>{rows}</table>"
    cap = f"<p><em>{caption}</em></p>" if emphasis else f"<p>{caption}</p>"
    around = table + cap if under else cap + table
    points = "".join(f"<li>{p}</li>" for p in POINTS)
    return (
        f"<html><body><h1>{TITLE}</h1><p>{DATELINE}</p><h2>Cases</h2><ul>{points}</ul>{around}"
        "<h2>Next steps</h2><ul><li>Review.</li></ul></body></html>"
    ).encode()


def _docx(caption: str, under: bool, emphasis: str) -> bytes:
    d = docx.Document()
    d.add_paragraph(TITLE, style="Title")
    d.add_paragraph(DATELINE)
    d.add_heading("Cases", 1)
    for p in POINTS:
        d.add_paragraph(p, style="List Bullet")
    if not under:
        d.add_paragraph().add_run(caption).italic = bool(emphasis)
    table = d.add_table(rows=0, cols=2)
    for row in [("Age group", "Cases"), *ROWS]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = row
    if under:
        d.add_paragraph().add_run(caption).italic = bool(emphasis)
    d.add_heading("Next steps", 1)
    d.add_paragraph("Review.", style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


LAYOUTS = {"markdown": (_md, "r.md"), "html": (_html, "r.html"), "word": (_docx, "r.docx")}


@pytest.mark.parametrize("emphasis", ["", "*"])
@pytest.mark.parametrize("under", [False, True])
@pytest.mark.parametrize("caption", CAPTIONS)
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_numbered_caption_by_a_table_is_no_point(layout: str, caption: str, under: bool, emphasis: str) -> None:
    make, name = LAYOUTS[layout]
    report = parse_bytes(make(caption, under, emphasis), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == [
        ("Cases", POINTS),
        ("Next steps", ["Review."]),
    ]
    assert report.title == TITLE
    assert report.date == date(2022, 10, 3)
