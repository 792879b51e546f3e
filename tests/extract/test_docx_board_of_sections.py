"""A Word table laid out as a board of sections (a row of short labels, each label's points in the cell under it,
perhaps a second band of labels over their cells) is read column by column, band by band: each label a heading,
the cell under it its points. Before, the first band's labels were lost or every point fell under the last label
of its band. Layouts: two bands of three columns with bold labels, one band of four with shaded labels whose points
are bullets, and two bands whose second leaves a column empty; and a table of labelled rows is no board."""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from sitroom.read import parse_bytes

BOARD = [
    [
        ("Summary", ["The river peaked at 4.2 m on Tuesday night.", "312 homes have been flooded."]),
        ("Situation", ["Water levels are falling slowly."]),
        ("Forecast", ["More rain is expected on Friday.", "Winds will ease by Sunday."]),
    ],
    [
        ("Help to residents", ["The rest centre at the school is open."]),
        ("Costs", ["Spending so far is £44,000."]),
        ("Next steps", ["Recovery meeting on 2 April."]),
    ],
]


def _shade(cell) -> None:
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="D9E2F3"/>'))


def _board(bands: list[list[tuple[str, list[str]]]], bold: bool, bullets: bool, width: int) -> bytes:
    d = docx.Document()
    d.add_paragraph("Flood situation board no. 3").runs[0].bold = True
    table = d.add_table(rows=2 * len(bands), cols=width)
    table.style = "Table Grid"
    for b, band in enumerate(bands):
        for c, (label, points) in enumerate(band):
            head, body = table.cell(2 * b, c), table.cell(2 * b + 1, c)
            head.paragraphs[0].add_run(label).bold = bold
            if not bold:
                _shade(head)
            body.paragraphs[0].text = points[0]
            for point in points[1:]:
                body.add_paragraph(point)
            if bullets:
                for p in body.paragraphs:
                    p.style = "List Bullet"
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


LAYOUTS = {
    "two-bands-bold": (BOARD, True, False, 3),
    "one-band-shaded-bullets": ([BOARD[0] + BOARD[1][:1]], False, True, 4),
    "second-band-short": ([BOARD[0], BOARD[1][:2]], True, False, 3),
}


@pytest.mark.parametrize("layout", LAYOUTS, ids=list(LAYOUTS))
def test_a_board_of_sections_is_read_column_by_column(layout: str) -> None:
    bands, bold, bullets, width = LAYOUTS[layout]
    report = parse_bytes(_board(bands, bold, bullets, width), "board.docx")[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items]
    assert got == [section for band in bands for section in band]


def test_a_table_of_labelled_rows_is_no_board() -> None:
    d = docx.Document()
    d.add_paragraph("Flood situation report no. 3").runs[0].bold = True
    table = d.add_table(rows=3, cols=2)
    table.style = "Table Grid"
    for r, (label, text) in enumerate([("Area", "Update"), ("Roads", "The A39 is closed at Bridgwater."),
                                       ("Schools", "Four schools are closed today.")]):  # fmt: skip
        table.cell(r, 0).paragraphs[0].add_run(label).bold = True
        table.cell(r, 1).paragraphs[0].add_run(text).bold = r == 0
    out = io.BytesIO()
    d.save(out)
    report = parse_bytes(out.getvalue(), "rows.docx")[0]
    # each row's label names its sentence: no label of the header row heads a section
    assert [i.text for s in report.sections for i in s.items] == [
        "The A39 is closed at Bridgwater.",
        "Four schools are closed today.",
    ]
    assert not {"Area", "Update"} & {s.heading for s in report.sections}
