"""A Word update laid out as a one-column table, each section a row of its bold label over a row of its
points: the first label heads its points like every other label, and is no label over the column. A
"Distribution: …" line under the table says whom the update went to: it is left out, not an item.

Two layouts: labels in bold over "List Bullet" points, and labels in bold capitals over plain paragraphs.
"""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.model import Report
from sitroom.read import parse_bytes, parse_text

SECTIONS = [
    ("Incident summary", ["A boil water notice is in place for 37,875 properties.", "Sampling continues daily."]),
    ("Customers affected", ["1,365 customers on the priority services register contacted."]),
    ("Alternative supplies", ["Bottled water stations open at 12 sites."]),
]
DISTRIBUTION = "Distribution: LRF partners, Drinking Water Inspectorate, local authority environmental health"


def _word(capitals: bool) -> bytes:
    d = docx.Document()
    d.add_paragraph().add_run("Kelbeck Water").bold = True
    d.add_paragraph().add_run("INCIDENT UPDATE").bold = True
    table = d.add_table(rows=0, cols=1)
    for label, points in SECTIONS:
        cell = table.add_row().cells[0]
        cell.paragraphs[0].add_run(label.upper() if capitals else label).bold = True
        cell = table.add_row().cells[0]
        for n, point in enumerate(points):
            para = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
            para.add_run(point)
            if not capitals:
                para.style = d.styles["List Bullet"]
    d.add_paragraph("")
    d.add_paragraph(DISTRIBUTION)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _check(report: Report, capitals: bool) -> None:
    assert [s.heading for s in report.sections] == [h.upper() if capitals else h for h, _ in SECTIONS]
    assert [[i.text for i in s.items] for s in report.sections] == [p for _, p in SECTIONS]
    assert [s.key for s in report.sections][1:] == ["impacts", "assistance"]


@pytest.mark.parametrize("capitals", [False, True])
def test_a_one_column_table_of_labels_over_points_reads_every_label_as_a_heading(capitals: bool) -> None:
    _check(parse_bytes(_word(capitals), "incident-update-2.docx")[0], capitals)


def test_a_distribution_line_closing_a_plain_text_update_is_left_out() -> None:
    text = "INCIDENT UPDATE 2\n\nCUSTOMERS AFFECTED\n\n- 1,365 customers contacted.\n\n" + DISTRIBUTION + "\n"
    report = parse_text(text, "update.txt")
    assert [i.text for s in report.sections for i in s.items] == ["1,365 customers contacted."]
