"""A "Prepared by" line is a signature, but the lines after it are the signers' names only: a
"Label: value" field ends the block, so the fields and the first heading under a title are kept,
while a closing block of names stays out (and is counted)."""

from __future__ import annotations

import io

import docx
import pytest
from docx.shared import Pt

from sitroom.read import parse_bytes

FIELDS = [("Prepared by", "Chris Lowe, Business Support"), ("Date", "6 April 2020"), ("Return number", "3")]
ACTIVITY = "Face to face visits continue for children assessed as being at highest risk."


def _return(bold_headings: bool) -> bytes:
    d = docx.Document()
    d.add_heading("Children's Services weekly return 3", 0)
    for label, value in FIELDS:
        para = d.add_paragraph()
        para.add_run(f"{label}:").bold = True
        para.add_run(f" {value}")
    if bold_headings:
        run = d.add_paragraph().add_run("Service position")
        run.bold, run.font.size = True, Pt(13)
    else:
        d.add_heading("Service position", 1)
    d.add_paragraph(ACTIVITY)
    d.add_paragraph("Prepared by:\t\t\tReleasing officer:")
    for name in ("JO PATEL\t\tSAM GREEN", "CHRIS LOWE"):
        d.add_paragraph().add_run(name).bold = True
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("bold_headings", [True, False])
def test_fields_after_a_prepared_by_line_end_its_signature_block(bold_headings: bool) -> None:
    report = parse_bytes(_return(bold_headings), "return.docx")[0]
    headings = [s.heading for s in report.sections if s.heading]
    items = [i.text for s in report.sections for i in s.items]
    assert headings == ["Service position"]
    assert "Return number: 3" in items
    assert str(report.date) == "2020-04-06"  # the date line under the title dates the report
    assert ACTIVITY in items
    # the closing block of names is a signature: counted, never an item or a heading
    assert not any("PATEL" in t or "LOWE" in t for t in [*items, *headings])
    assert any("signature" in w for w in report.warnings)
