"""A report set in two languages side by side in a Word table is read once: the two columns' rows pair up
as translations (as many paragraphs, like lengths, the same figures and names), so one column is kept, the
one in the language of the rest of the document, else English; the other's cells are counted in warnings.

Two layouts: a Welsh council's storm report (Cymraeg | English, a shaded bold row per heading, each point a
typed "•" and a tab, the title and the availability note in both languages around it); and a French
prefecture's report with an English column on the left for visitors (English | Français, points in the
List Bullet style, the introduction in French). A two-column table that is no translation
(Issue | Update) is read whole.
"""

from __future__ import annotations

import io

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from sitroom.model import Report
from sitroom.read import parse_bytes

STORM = [
    (
        ("Y sefyllfa bresennol", "Current situation"),
        [
            ("Cofnodwyd hyrddiadau gwynt o hyd at 69 mya ar yr arfordir.", "Wind gusts of up to 69 mph hit the coast."),
            ("Mae ffordd yr A487 ar agor eto.", "The A487 coast road is open again."),
        ],
    ),
    (
        ("Effaith ar drigolion", "Impact on residents"),
        [
            ("Mae 6 o ysgolion ar gau heddiw.", "6 schools are closed today."),
            ("Mae 4,483 o gartrefi heb drydan yn Aberporth.", "4,483 homes in Aberporth are without power."),
        ],
    ),
]

FLOOD = [
    (
        ("Situation", "Situation"),
        [
            ("The Loire reached 4.2 m at Saumur overnight.", "La Loire a atteint 4,2 m à Saumur cette nuit."),
            ("120 people were evacuated from Montsoreau.", "120 personnes ont été évacuées de Montsoreau."),
        ],
    ),
    (
        ("Response", "Réponse"),
        [("Two shelters are open in Saumur.", "Deux centres d'accueil sont ouverts à Saumur.")],
    ),
]


def _parse(d: docx.document.Document) -> Report:
    buf = io.BytesIO()
    d.save(buf)
    return parse_bytes(buf.getvalue(), "generated.docx")[0]


def _shade(cell) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), "DDEBF7")
    cell._tc.get_or_add_tcPr().append(shd)


def _write(cell, text: str, bold: bool = False, style: str | None = None) -> None:
    p = cell.paragraphs[-1] if not cell.paragraphs[-1].text else cell.add_paragraph()
    if style:
        p.style = style
    p.add_run(text).bold = bold


def _table(d, head: tuple[str, str], sections, typed: bool) -> None:
    table = d.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, head, strict=True):
        _write(cell, text, bold=True)
    for headings, points in sections:
        for cell, text in zip(table.add_row().cells, headings, strict=True):
            _write(cell, text, bold=True)
            _shade(cell)
        for pair in points:
            for cell, text in zip(table.add_row().cells, pair, strict=True):
                _write(cell, "•\t" + text if typed else text, style=None if typed else "List Bullet")


def _storm() -> docx.document.Document:
    d = docx.Document()
    top = d.add_table(rows=1, cols=2)
    _write(top.rows[0].cells[0], "Cyngor Sir Dyffryn – Adroddiad Sefyllfa 2", bold=True)
    _write(top.rows[0].cells[1], "Dyffryn County Council – Situation Report 2", bold=True)
    d.add_paragraph()
    _table(d, ("Cymraeg", "English"), STORM, typed=True)
    d.add_paragraph("Mae'r ddogfen hon ar gael yn Gymraeg. This document is available in Welsh.")
    return d


def _flood() -> docx.document.Document:
    d = docx.Document()
    d.add_heading("Préfecture de Maine-et-Loire – Point de situation crue n° 3", level=0)
    d.add_paragraph(
        "Ce point de situation est établi par le centre opérationnel départemental à la demande du préfet. "
        "Il est diffusé aux maires des communes riveraines de la Loire et aux services de l'État, qui sont "
        "invités à le transmettre à leurs équipes et à signaler au centre toute difficulté sur le terrain."
    )
    _table(d, ("English", "Français"), FLOOD, typed=False)
    return d


def _got(report: Report) -> list[tuple[str | None, list[str]]]:
    return [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading and s.items]


def test_a_welsh_and_english_report_is_read_once_in_english_with_the_welsh_cells_counted() -> None:
    report = _parse(_storm())
    assert _got(report) == [(h[1], [p[1] for p in points]) for h, points in STORM]
    assert "7 translated cell(s) left out" in report.warnings


def test_a_report_with_an_english_column_beside_a_french_one_is_read_in_french_the_rest_of_its_language() -> None:
    report = _parse(_flood())
    assert _got(report) == [(h[1], [p[1] for p in points]) for h, points in FLOOD]


def test_a_two_column_table_that_is_no_translation_is_read_whole() -> None:
    d = docx.Document()
    d.add_heading("Issues", level=1)
    table = d.add_table(rows=0, cols=2)
    rows = [
        ("Sandbags at 3 depots run low.", "A delivery of 2,000 bags comes on Friday from the county store."),
        ("The A487 is closed at Aberporth.", "Highways crews clear the fallen trees by noon on 8 December."),
        ("Care homes on the coast road lost power.", "Generators reached the 4 homes on the coast road."),
    ]
    for left, right in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = left, right
    items = [i.text for s in _parse(d).sections for i in s.items]
    assert items == [t for row in rows for t in row]
