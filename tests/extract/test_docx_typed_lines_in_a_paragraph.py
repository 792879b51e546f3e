"""Points typed one a line inside one paragraph, the lines parted by line breaks (Shift+Enter, or a form's text
field, which holds no paragraphs of its own): each bulleted or numbered line is an item. Lines that are not all
bulleted or numbered (an address, a wrapped sentence) stay one paragraph.

Layouts (python-docx): a protected form's legacy text field (FORMTEXT) holding "•" lines, a plain paragraph of
numbered lines, and one of dashed lines.
"""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml import parse_xml

from sitroom.read import parse_bytes

POINTS = ["No one has died so far.", "Families affected: 142.", "Roads closed: 14."]
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _field_runs(paragraph, lines: list[str]) -> None:
    """The lines as the result of a legacy text form field, parted by line breaks."""
    p = paragraph._p
    p.append(
        parse_xml(
            f'<w:r {W}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text1"/>'
            "<w:enabled/><w:textInput/></w:ffData></w:fldChar></w:r>"
        )
    )
    p.append(parse_xml(f'<w:r {W}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'))
    p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>'))
    for n, line in enumerate(lines):
        if n:
            p.append(parse_xml(f"<w:r {W}><w:br/></w:r>"))
        p.append(parse_xml(f'<w:r {W}><w:t xml:space="preserve">{line}</w:t></w:r>'))
    p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))


def _docx(marks: list[str], field: bool) -> bytes:
    document = docx.Document()
    document.add_heading("Flood situation report 3", level=0)
    document.add_heading("Summary", level=1)
    lines = [f"{m} {p}" for m, p in zip(marks, POINTS, strict=True)]
    paragraph = document.add_paragraph()
    if field:
        _field_runs(paragraph, lines)
    else:
        run = paragraph.add_run(lines[0])
        for line in lines[1:]:
            run.add_break()
            run = paragraph.add_run(line)
    document.add_heading("Next steps", level=1)
    document.add_paragraph("The staff meets again at 10:00.")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("marks", "field"),
    [(["•"] * 3, True), (["1.", "2.", "3."], False), (["-"] * 3, False)],
    ids=["form-field-bullets", "numbered", "dashes"],
)
def test_each_typed_line_is_an_item(marks: list[str], field: bool) -> None:
    report = parse_bytes(_docx(marks, field), "form.docx")[0]
    summary = next(s for s in report.sections if s.heading == "Summary")
    assert [i.text for i in summary.items] == POINTS


def test_lines_not_all_marked_stay_one_paragraph() -> None:
    document = docx.Document()
    document.add_heading("Contacts", level=1)
    run = document.add_paragraph().add_run("Emergency centre, 1 High Street")
    run.add_break()
    document.paragraphs[-1].add_run("- open day and night")
    buf = io.BytesIO()
    document.save(buf)
    report = parse_bytes(buf.getvalue(), "contacts.docx")[0]
    texts = [i.text for s in report.sections for i in s.items]
    assert texts == ["Emergency centre, 1 High Street - open day and night"]
