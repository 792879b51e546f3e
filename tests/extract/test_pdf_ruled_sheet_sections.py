"""A report kept in a ruled table and printed to PDF: a column of section names, each in a cell merged down the
rows of its points, beside a column of points. The drawn borders say which points a name heads, wherever the
name stands in its cell; a name too long for its cell that runs over the border is not joined to the point
beside it; row numbers and the header row are left out and counted; a cell of bullets gives a point to each.

Layouts (tables drawn by reportlab's platypus, with its own borders and merged cells): a sheet with row numbers
and a header row, a plain two-column table without either, a table of bulleted cells, and a table long enough to
break across pages, its header row repeated. A table whose merged cells hold sentences is no sheet of sections. A
cell of short sentences, each on its own line, gives a point to each. A third column the header names as the
measures taken ("Mitigation", "Mesures", "Medidas adoptadas") gives each
point beside it its mitigation, in the language of the header.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from sitroom.read import parse_bytes

SECTIONS = [
    ("Summary", ["River levels at the bridge reached the danger mark.", "Residents evacuated: 634."]),
    ("Situation", ["Villages flooded: 12."]),
    ("Weather forecast", ["Rain is expected to continue until 10 April."]),
    (
        "Impacts",
        ["The district road is closed.", "Houses flooded: 331.", "Homes without electricity: 467."],
    ),
    ("Public information and hotline", ["Calls to the hotline: 301."]),
    ("Next steps", ["The next meeting of the staff is on 8 April.", "Damage assessment starts on Monday."]),
]


RISKS = (
    "Risks",
    ["The bridge may be closed again if the river rises.", "Shelter staff are tired.", "Fuel for pumps runs low."],
)
MEASURES = {
    "The bridge may be closed again if the river rises.": "A diversion is signed.",
    "Fuel for pumps runs low.": "Two more tankers are ordered.",
}


def _pdf(
    numbered: bool = True,
    header: bool = True,
    bullets: bool = False,
    repeat: int = 1,
    widths: tuple = (150, 300),
    measures: str | None = None,
    paragraphs: bool = False,
) -> bytes:
    styles = getSampleStyleSheet()
    rows: list[list] = []
    spans = []
    sections = [*SECTIONS, RISKS] if measures else SECTIONS
    if header:
        rows.append((["No."] if numbered else []) + ["Section", "Information"] + ([measures] if measures else []))
    for _ in range(repeat):
        for n, (label, points) in enumerate(sections, start=1):
            start = len(rows)
            cells = [f"• {p}" for p in points] if bullets else points
            if bullets or paragraphs:
                rows.append(([str(n)] if numbered else []) + [label, "\n".join(cells)])
            else:
                for k, point in enumerate(cells):
                    number = ([str(n)] if k == 0 else [""]) if numbered else []
                    measure = [MEASURES.get(point, "")] if measures else []
                    rows.append([*number, label if k == 0 else "", point, *measure])
            if len(rows) - 1 > start:
                spans += [("SPAN", (c, start), (c, len(rows) - 1)) for c in range(2 if numbered else 1)]
    col_widths = ([28] if numbered else []) + list(widths) + ([150] if measures else [])
    label_col = 1 if numbered else 0
    style = [
        ("GRID", (0, 0), (-1, -1), 0.6, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (label_col, 0), (label_col, -1), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        *spans,
    ]
    if header:
        style += [("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("BACKGROUND", (0, 0), (-1, 0), "#dddddd")]
    buf = io.BytesIO()
    story = [
        Paragraph("Flood situation report No 4", styles["Title"]),
        Paragraph("District emergency staff, 7 April 2025", styles["Normal"]),
        Spacer(1, 12),
        Table(rows, colWidths=col_widths, style=TableStyle(style), repeatRows=1 if header else 0),
    ]
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)
    return buf.getvalue()


def _read(data: bytes) -> list[tuple[str | None, list[str]]]:
    report = parse_bytes(data, "sheet.pdf")[0]
    return [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items]


def _sections() -> list[tuple[str, list[str]]]:
    return [(label, points) for label, points in SECTIONS]


@pytest.mark.parametrize(
    ("numbered", "header"), [(True, True), (False, False), (True, False)], ids=["sheet", "plain", "numbers-only"]
)
def test_each_name_heads_the_points_of_its_merged_cell(numbered: bool, header: bool) -> None:
    got = _read(_pdf(numbered=numbered, header=header))
    assert [s for s in got if s[0] in dict(SECTIONS)] == _sections()
    assert all(heading in dict(SECTIONS) for heading, _ in got[1:] if heading), got


def test_a_name_run_over_its_border_is_not_joined_to_the_point_beside_it() -> None:
    # the column is a little narrower than "Public information and hotline": a sheet prints it over the border,
    # short of the point's text
    width = stringWidth("Public information and hotline", "Helvetica-Bold", 9) + 6 - 3
    got = _read(_pdf(widths=(width, 340)))
    assert ("Public information and hotline", ["Calls to the hotline: 301."]) in got


def test_row_numbers_and_header_are_counted_not_read() -> None:
    report = parse_bytes(_pdf(), "sheet.pdf")[0]
    texts = [i.text for s in report.sections for i in s.items]
    assert not any(t in ("1", "2", "No.", "Section", "Information") for t in texts)
    assert any("row number" in w for w in report.warnings) and any("table header" in w for w in report.warnings)


def test_a_cell_of_bullets_gives_a_point_to_each() -> None:
    got = _read(_pdf(numbered=False, header=False, bullets=True))
    assert [s for s in got if s[0] in dict(SECTIONS)] == _sections()


def test_a_sheet_broken_across_pages_keeps_every_point_under_its_name() -> None:
    got = _read(_pdf(repeat=4))
    named = [s for s in got if s[0] in dict(SECTIONS)]
    points = [p for _, ps in named for p in ps]
    assert len(points) == 4 * sum(len(p) for _, p in SECTIONS)
    assert all(set(ps) <= set(dict(SECTIONS)[h]) for h, ps in named)


def test_merged_cells_of_sentences_are_no_section_names() -> None:
    styles = getSampleStyleSheet()
    rows = [
        ["Flooding of the main road is likely this week.", "Diversion signs are in place."],
        ["", "The bus company has been told."],
        ["Power cuts may last until Friday.", "Generators are at both shelters."],
        ["", "The supplier reports hourly."],
        ["Volunteers are tired after five days.", "Shifts are cut to six hours."],
        ["", "Partners have sent more volunteers."],
    ]
    spans = [("SPAN", (0, r), (0, r + 1)) for r in (0, 2, 4)]
    buf = io.BytesIO()
    table = Table(rows, colWidths=(220, 220), style=TableStyle([("GRID", (0, 0), (-1, -1), 0.6, "black"), *spans]))
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(
        [Paragraph("Risks", styles["Heading2"]), table, Paragraph("End of report.", styles["Normal"])]
    )
    report = parse_bytes(buf.getvalue(), "risks.pdf")[0]
    headings = [s.heading for s in report.sections]
    assert not any(h and h.startswith(("Flooding", "Power", "Volunteers")) for h in headings), headings


@pytest.mark.parametrize(
    ("measures", "numbered"),
    [("Mitigation", True), ("Mesures", False), ("Medidas adoptadas", False)],
    ids=["mitigation-numbered", "mesures", "medidas"],
)
def test_a_measures_column_gives_each_point_its_mitigation(measures: str, numbered: bool) -> None:
    report = parse_bytes(_pdf(numbered=numbered, measures=measures, widths=(110, 230)), "sheet.pdf")[0]
    got = {i.text: i.mitigation for s in report.sections for i in s.items}
    for risk in RISKS[1]:
        assert got[risk] == MEASURES.get(risk), got
    assert [i.text for s in report.sections if s.heading == "Risks" for i in s.items] == RISKS[1]
    assert not any(t in MEASURES.values() for t in got), got
    assert [s for s in _read(_pdf(numbered=numbered, measures=measures)) if s[0] in dict(SECTIONS)] == _sections()


def test_a_cell_of_sentences_each_on_its_line_gives_a_point_to_each() -> None:
    # a Word table's cell of short paragraphs, no bullets: each ends its sentence well short of the cell's edge
    got = _read(_pdf(numbered=False, header=True, paragraphs=True, widths=(110, 340)))
    assert [s for s in got if s[0] in dict(SECTIONS)] == _sections()
