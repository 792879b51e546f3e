"""Mastheads and closes in Galician and Hungarian.

A Galician council's report sets its particulars in a small table under the title (the incident, the level, who
prepares it, when the next report is due) and names its table "Táboa 1.": the particulars and the caption are
no items. A Hungarian directorate dates its report year first ("3. számú – 2025. február 26., 06:00 órai
állapot") and closes with the place and date ("Budapest, 2025. február 26."), the signer and the list of whom it
goes to under "Kapják:": the report is dated, and none of that close is an item.

Two layouts each: a Word document and a web page.
"""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest

from sitroom.read import parse_bytes

GALICIAN = {
    "title": "Informe de situación n.º 1",
    "fields": [
        ("Incidencia", "Contaminación microbiolóxica da rede"),
        ("Nivel do PEMU", "Nivel 1 – Emerxencia local"),
        ("Elabora", "CECOPAL – Protección Civil"),
        ("Próximo informe", "martes, 14 de xaneiro de 2025, 13:00 h"),
    ],
    "sections": {"1. Resumo": ["Mantense a prohibición de consumo en 10 parroquias."]},
    "caption": "Táboa 1. Resultados das últimas análises",
    "close": [],
}
HUNGARIAN = {
    "title": "HELYZETJELENTÉS",
    "fields": [],
    "under": "3. számú – 2025. február 26., 06:00 órai állapot",
    "sections": {"I. Összefoglaló": ["A vármegyében 28 településen folyik árvízvédekezés."]},
    "caption": None,
    "close": ["Budapest, 2025. február 26.", "Dr. Szabó Gábor igazgató", "Kapják:", "Vízügyi Igazgatóság", "Irattár"],
}


def _word(report: dict) -> bytes:
    d = docx.Document()
    d.add_heading(report["title"], 0)
    if report.get("under"):
        d.add_paragraph(report["under"])
    if report["fields"]:
        table = d.add_table(rows=0, cols=2)
        for label, value in report["fields"]:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
    for heading, points in report["sections"].items():
        d.add_heading(heading, 1)
        for p in points:
            d.add_paragraph(p, style="List Bullet")
    if report["caption"]:
        d.add_paragraph(report["caption"])
        grid = d.add_table(rows=2, cols=2)
        for r, row in enumerate([("Depósito", "Cloro libre"), ("Vilanova", "0,5")]):
            grid.rows[r].cells[0].text, grid.rows[r].cells[1].text = row
    for line in report["close"]:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html(report: dict) -> bytes:
    body = f"<h1>{report['title']}</h1>" + (f"<p>{report['under']}</p>" if report.get("under") else "")
    if report["fields"]:
        body += "<table>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in report["fields"]) + "</table>"
    for heading, points in report["sections"].items():
        body += f"<h2>{heading}</h2><ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>"
    if report["caption"]:
        body += f"<p>{report['caption']}</p><table><tr><th>Depósito</th><th>Cloro libre</th></tr>"
        body += "<tr><td>Vilanova</td><td>0,5</td></tr></table>"
    body += "".join(f"<p>{line}</p>" for line in report["close"])
    return f"<html><body>{body}</body></html>".encode()


@pytest.mark.parametrize(("make", "name"), [(_word, "informe.docx"), (_html, "informe.html")])
@pytest.mark.parametrize(
    ("report", "dated"), [(GALICIAN, None), (HUNGARIAN, date(2025, 2, 26))], ids=["galician", "hungarian"]
)
def test_particulars_captions_and_closes_in_galician_and_hungarian_are_no_items(make, name, report, dated) -> None:
    parsed = parse_bytes(make(report), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in parsed.sections] == list(report["sections"].items())
    if dated is not None:
        assert parsed.date == dated
