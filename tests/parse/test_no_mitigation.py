"""A mitigation that says there is none ("None", "N/A", "–", "No further mitigation", "Sin medidas
adicionales", "Aucune") is no mitigation: the risk's mitigation is null, in a risk table's mitigation
column and in a labelled "Mitigation: None". In Word and in HTML; a real mitigation is kept."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

NONE_SAID = ["None", "N/A", "–", "No further mitigation", "No additional measures required", "Sin medidas adicionales",
             "Ninguna", "Aucune", "Aucune mesure supplémentaire"]  # fmt: skip
REAL = "Agency staff booked for the weekend."
RISKS = [f"Risk {n}: pressure on service number {n} is rising." for n in range(len(NONE_SAID) + 1)]
ROWS = [(RISKS[0], "Amber", REAL), *((r, "Green", said) for r, said in zip(RISKS[1:], NONE_SAID, strict=True))]
HEAD = ("Risk", "Rating", "Mitigation")


def _docx_table() -> bytes:
    d = docx.Document()
    d.add_paragraph("Care services sitrep 2", style="Title")
    d.add_heading("Risks", 1)
    t = d.add_table(rows=0, cols=3)
    for row in (HEAD, *ROWS):
        for cell, text in zip(t.add_row().cells, row, strict=True):
            cell.text = text
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html_table() -> bytes:
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in ROWS)
    head = "<tr>" + "".join(f"<th>{c}</th>" for c in HEAD) + "</tr>"
    return (
        f"<html><body><h1>Care services sitrep 2</h1><h2>Risks</h2><table>{head}{rows}</table></body></html>".encode()
    )


def _docx_labelled() -> bytes:
    d = docx.Document()
    d.add_paragraph("Care services sitrep 2", style="Title")
    d.add_heading("Risks", 1)
    for risk, _, mitigation in ROWS:
        d.add_paragraph(f"{risk} Mitigation: {mitigation}", style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html_labelled() -> bytes:
    items = "".join(f"<li>{risk} Mitigation: {mitigation}</li>" for risk, _, mitigation in ROWS)
    return f"<html><body><h1>Care services sitrep 2</h1><h2>Risks</h2><ul>{items}</ul></body></html>".encode()


LAYOUTS = {
    "word table": (_docx_table, "r.docx"),
    "html table": (_html_table, "r.html"),
    "word labelled": (_docx_labelled, "r.docx"),
    "html labelled": (_html_labelled, "r.html"),
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_mitigation_saying_there_is_none_is_null(layout: str) -> None:
    make, name = LAYOUTS[layout]
    items = parse_bytes(make(), name)[0].items()
    assert [i.mitigation for i in items] == [REAL] + [None] * len(NONE_SAID)
    assert [i.text.startswith(r) for i, r in zip(items, RISKS, strict=True)] == [True] * len(RISKS)
