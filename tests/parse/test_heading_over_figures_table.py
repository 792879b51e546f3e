"""A heading set in the section style over nothing but a table of figures ("Key measures", "Cifras clave") titles
the table: the table takes it as its caption and no empty section of that name is read. In Word, HTML and Markdown.
A heading over a table of names (a meeting's "Attendees") stays a section, and so does a heading whose figures are
followed by its points."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

TITLE = "Damp and mould position statement 3"
FIGURES = [("Open cases", "412"), ("Inspections this week", "96"), ("Households moved", "7"), ("Repairs done", "58")]
NAMES = [("Chair", "Amira Shah"), ("Housing", "Tom Reed"), ("Repairs", "Lena Holt"), ("Comms", "Sam Ode")]
SECTIONS = [("Headlines", ["Open cases rose to 412 this week.", "Two households moved out."]), ("Risks", ["Short of"
            " contractors for the high-rise blocks."])]  # fmt: skip
UNDER = "Open cases are at their highest since the records began in 2019."


def _docx(table_heading: str, rows: list[tuple[str, str]], points_under: bool) -> bytes:
    d = docx.Document()
    d.add_paragraph(TITLE, style="Title")
    d.add_heading(table_heading, 1)
    t = d.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Measure", "This week"
    for a, b in rows:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = a, b
    if points_under:
        d.add_paragraph(UNDER, style="List Bullet")
    for heading, points in SECTIONS:
        d.add_heading(heading, 1)
        for p in points:
            d.add_paragraph(p, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html(table_heading: str, rows: list[tuple[str, str]], points_under: bool) -> bytes:
    table = "<table><tr><th>Measure</th><th>This week</th></tr>"
    table += "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</table>"
    under = f"<ul><li>{UNDER}</li></ul>" if points_under else ""
    body = "".join(f"<h2>{h}</h2><ul>" + "".join(f"<li>{t}</li>" for t in it) + "</ul>" for h, it in SECTIONS)
    return (
        f"<html><body><main><h1>{TITLE}</h1><h2>{table_heading}</h2>{table}{under}{body}</main></body></html>".encode()
    )


def _markdown(table_heading: str, rows: list[tuple[str, str]], points_under: bool) -> bytes:
    table = "| Measure | This week |\n|---|---|\n" + "".join(f"| {a} | {b} |\n" for a, b in rows)
    under = f"\n- {UNDER}\n" if points_under else ""
    body = "".join(f"\n## {h}\n\n" + "".join(f"- {t}\n" for t in items) for h, items in SECTIONS)
    return f"---\ntitle: {TITLE}\n---\n\n## {table_heading}\n\n{table}{under}{body}".encode()


LAYOUTS = {"word": (_docx, "r.docx"), "html": (_html, "r.html"), "markdown": (_markdown, "r.md")}


@pytest.mark.parametrize("heading", ["Key measures", "Cifras clave"])
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_heading_over_figures_alone_titles_them(layout: str, heading: str) -> None:
    make, name = LAYOUTS[layout]
    report = parse_bytes(make(heading, FIGURES, False), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
    assert heading in [t.caption for t in report.tables]


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_heading_over_names_or_over_figures_and_text_stays(layout: str) -> None:
    make, name = LAYOUTS[layout]
    report = parse_bytes(make("Attendees", NAMES, False), name)[0]
    assert [s.heading for s in report.sections][:1] == ["Attendees"]
    report = parse_bytes(make("Key measures", FIGURES, True), name)[0]
    assert [s.heading for s in report.sections][:1] == ["Key measures"]
