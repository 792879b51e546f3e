"""A bulletin laid out in floating text boxes, the first page's boxes anchored in one paragraph before a page
break: the first page is the report's own, not a cover page, and every box on it is read. A cover page whose
title is set in a text box still names the report. Each with text boxes written as DrawingML (with the VML
fallback Word writes beside it) and as VML alone.
"""

from __future__ import annotations

import docx
import pytest
from docx_xml import raw, run, save

from sitroom.read import parse_bytes

PAGE_ONE = {
    "Summary": ["The storm damaged homes across the municipality.", "Families affected: 1,873."],
    "Situation": ["Rivers are falling but many roads are still closed."],
    "Weather": ["More rain is expected until Thursday."],
}
PAGE_TWO = {"Next steps": ["Damage assessment with the roads department."]}


def _shape(lines: list[str], vml: bool) -> str:
    body = "".join(f"<w:p>{run(t, bold=n == 0)}</w:p>" for n, t in enumerate(lines))
    box = f"<w:txbxContent>{body}</w:txbxContent>"
    if vml:
        return f"<w:r><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></w:r>"
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic>'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
        f"</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r>"
    )


def _anchor(boxes: dict[str, list[str]], vml: bool, page_break: bool) -> str:
    shapes = "".join(_shape([heading, *points], vml) for heading, points in boxes.items())
    brk = '<w:r><w:br w:type="page"/></w:r>' if page_break else ""
    return f"<w:p>{shapes}{brk}</w:p>"


@pytest.mark.parametrize("vml", [False, True], ids=["drawing", "vml"])
def test_a_first_page_of_boxes_is_read_not_taken_for_a_cover(vml: bool) -> None:
    d = docx.Document()
    for line in ("MUNICIPALITY OF NGQUSHWA", "Disaster Management Centre", "DISASTER SITUATION REPORT 1"):
        d.add_paragraph(line)
    raw(d, _anchor(PAGE_ONE, vml, page_break=True))
    raw(d, _anchor(PAGE_TWO, vml, page_break=False))
    report = parse_bytes(save(d), "bulletin.docx")[0]
    got = {s.heading: [i.text for i in s.items] for s in report.sections if s.heading}
    assert got == {**PAGE_ONE, **PAGE_TWO}


@pytest.mark.parametrize("vml", [False, True], ids=["drawing", "vml"])
def test_a_covers_title_in_a_text_box_names_the_report(vml: bool) -> None:
    d = docx.Document()
    d.add_paragraph("Borough Council")
    big = '<w:r><w:rPr><w:sz w:val="48"/></w:rPr><w:t>Flood Situation Report No. 3</w:t></w:r>'
    box = f"<w:txbxContent><w:p>{big}</w:p><w:p>{run('14 March 2025')}</w:p></w:txbxContent>"
    shape = (
        f"<w:r><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></w:r>"
        if vml
        else '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic>'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
        "</mc:Choice></mc:AlternateContent></w:r>"
    )
    raw(d, f'<w:p>{shape}<w:r><w:br w:type="page"/></w:r></w:p>')
    d.add_heading("Summary", level=1)
    d.add_paragraph("Homes flooded: 41.", style="List Bullet")
    report = parse_bytes(save(d), "report.docx")[0]
    assert report.title == "Flood Situation Report No. 3"
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == [("Summary", ["Homes flooded: 41."])]
