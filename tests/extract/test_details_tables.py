"""A details table under the title ("Sitrep no. | 4", "Issued | …"; labels over one row of values; each cell
a "Label: value" field, in two languages) is the report's particulars: the report's number and date are read
from it, its other fields left out and counted, and none becomes an item or a heading. In Word, on a web page
and in an e-mail's HTML body. The same table after the first heading is not taken for one, and a table under
the title that states neither a date nor a number is read as before."""

from __future__ import annotations

import io
from datetime import date
from email.message import EmailMessage

import docx
import pytest

from sitroom.read import parse_bytes

TITLE = "Highways situation report"
SECTIONS = [
    ("Current situation", ["Three roads remain closed after the landslip.", "Gritting runs continue each night."]),
    ("Staffing", ["Two crews are on standby over the weekend."]),
]
GRIDS = {
    "label | value": [
        ["Sitrep no.", "4"],
        ["Issued", "14/05/2021 10:00"],
        ["Prepared by", "Network Management"],
        ["Next sitrep", "15/05/2021 10:00"],
    ],
    "two pairs a row": [["Report number", "4", "Issued", "14 May 2021"], ["Duty officer", "J. Khan", "Status", "Open"]],
    "labels over values": [
        ["Fecha de corte", "Hora", "Nivel de alerta", "Informe N°"],
        ["14/05/2021", "08:00 h", "Amarilla", "4"],
    ],
    "fields in two languages": [
        ["Operational period: 14 May 2021, 07:00 to 19:00", "Période opérationnelle : 14 mai 2021, 7 h à 19 h"],
        ["Activation level: 2 – Partial", "Niveau d'activation : 2 – Partielle"],
    ],
}


def _docx(grid: list[list[str]], where: str = "under title") -> bytes:
    d = docx.Document()
    d.add_paragraph(TITLE, style="Title")

    def table() -> None:
        t = d.add_table(rows=0, cols=len(grid[0]))
        t.style = "Table Grid"
        for row in grid:
            for cell, text in zip(t.add_row().cells, row, strict=True):
                cell.text = text

    if where == "under title":
        table()
    for n, (h, items) in enumerate(SECTIONS):
        d.add_heading(h, 1)
        for t in items:
            d.add_paragraph(t, style="List Bullet")
        if n == 0 and where == "in a section":
            table()
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _table_html(grid: list[list[str]]) -> str:
    return (
        "<table border='1'>"
        + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in grid)
        + "</table>"
    )


def _sections_html(table: str = "") -> str:
    out = []
    for n, (h, items) in enumerate(SECTIONS):
        out.append(f"<h2>{h}</h2><ul>" + "".join(f"<li>{t}</li>" for t in items) + "</ul>")
        if n == 0:
            out.append(table)
    return "".join(out)


def _html(grid: list[list[str]], where: str = "under title") -> bytes:
    table = _table_html(grid)
    top, inner = (table, "") if where == "under title" else ("", table)
    return f"<html><body><main><h1>{TITLE}</h1>{top}{_sections_html(inner)}</main></body></html>".encode()


def _mail(grid: list[list[str]], where: str = "under title") -> bytes:
    """Outlook's way: a greeting and a covering line, the report's name in bold, then the table."""
    table = _table_html(grid)
    top, inner = (table, "") if where == "under title" else ("", table)
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "highways@example.org", "cell@example.org", TITLE
    msg["Date"] = "Sat, 15 May 2021 07:00:00 +0100"
    msg.set_content(
        "<html><body><p class=MsoNormal>Dear all,</p><p class=MsoNormal>Please find today's report below.</p>"
        f"<p class=MsoNormal><b>{TITLE}</b></p>{top}{_sections_html(inner)}"
        "<p class=MsoNormal>Kind regards,</p><p class=MsoNormal>Duty Officer</p></body></html>",
        subtype="html",
    )
    return bytes(msg)


LAYOUTS = {"word": (_docx, "r.docx"), "web page": (_html, "r.html"), "e-mail": (_mail, "r.eml")}


def _sections(report) -> list[tuple[str | None, list[str]]]:
    return [(s.heading, [i.text for i in s.items]) for s in report.sections]


@pytest.mark.parametrize("grid", list(GRIDS))
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_details_table_gives_the_number_and_date_and_is_left_out(layout: str, grid: str) -> None:
    make, name = LAYOUTS[layout]
    report = parse_bytes(make(GRIDS[grid]), name)[0]
    assert _sections(report) == SECTIONS
    assert report.title == TITLE
    assert report.date == date(2021, 5, 14)
    if grid != "fields in two languages":
        assert report.number == 4
    fields = sum(len(row) for row in GRIDS[grid]) // (1 if grid == "fields in two languages" else 2)
    assert f"{fields} details table field(s) left out" in report.warnings


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_the_same_table_inside_a_section_is_no_details_table(layout: str) -> None:
    make, name = LAYOUTS[layout]
    grid = [["Closure no.", "7"], ["Closed", "14/05/2021 10:00"], ["Diversion", "Signed via Mill Lane"]]
    report = parse_bytes(make(grid, "in a section"), name)[0]
    assert [s.heading for s in report.sections][:1] == [SECTIONS[0][0]]
    assert report.number != 7
    assert not any("details table" in w for w in report.warnings)


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_table_under_the_title_without_a_date_or_number_is_no_details_table(layout: str) -> None:
    make, name = LAYOUTS[layout]
    grid = [["Roads closed", "Three"], ["Crews on standby", "Two"]]
    report = parse_bytes(make(grid), name)[0]
    assert not any("details table" in w for w in report.warnings)
