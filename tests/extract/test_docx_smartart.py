"""A Word file with SmartArt: Word keeps what a graphic's boxes say in the diagram's data part, not in the paragraph
the graphic stands in. A SmartArt list or process sets the writer's points in boxes, each box a point of the section
it stands in, in the graphic's order (a box's sub-points after it); an organisation chart's boxes (who reports to
whom) are no points: left out and counted. Drawn as a vertical bullet list with a box's sub-points, as a basic
process, and as an organisation chart beside a list."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

import docx
import pytest
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml

from sitroom.read import parse_bytes

DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DATA = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/diagramData"
LAYOUTS = {
    "list": ("urn:microsoft.com/office/officeart/2005/8/layout/vList2", "list"),
    "process": ("urn:microsoft.com/office/officeart/2005/8/layout/process1", "process"),
    "org chart": ("urn:microsoft.com/office/officeart/2005/8/layout/orgChart1", "hierarchy"),
}


def _model(layout: str, boxes: list[tuple[str, list[str]]]) -> bytes:
    """A diagram's data: the document point, a node per box (its sub-points nodes under it), joined by parOf."""
    lo, cat = LAYOUTS[layout]
    pts = [f'<dgm:pt modelId="doc" type="doc"><dgm:prSet loTypeId="{lo}" loCatId="{cat}"/><dgm:t><a:bodyPr/>'
           "<a:p><a:endParaRPr/></a:p></dgm:t></dgm:pt>"]  # fmt: skip
    cxns = []

    def node(key: str, text: str, parent: str, order: int) -> None:
        pts.append(f'<dgm:pt modelId="{key}"><dgm:t><a:bodyPr/><a:p><a:r><a:t>{escape(text)}</a:t></a:r></a:p></dgm:t>'
                   "</dgm:pt>")  # fmt: skip
        cxns.append(f'<dgm:cxn modelId="c{key}" srcId="{parent}" destId="{key}" srcOrd="{order}" destOrd="0"/>')

    # the boxes in the data model in another order than shown: the connections give the order
    for n, (text, subs) in reversed(list(enumerate(boxes))):
        node(f"b{n}", text, "doc", n)
        for m, sub in enumerate(subs):
            node(f"b{n}s{m}", sub, f"b{n}", m)
    return (f'<dgm:dataModel xmlns:dgm="{DGM}" xmlns:a="{A}"><dgm:ptLst>{"".join(pts)}</dgm:ptLst>'
            f'<dgm:cxnLst>{"".join(cxns)}</dgm:cxnLst></dgm:dataModel>').encode()  # fmt: skip


def _with_graphic(d: docx.Document, n: int, layout: str, boxes: list[tuple[str, list[str]]]) -> None:
    part = Part(PackURI(f"/word/diagrams/data{n}.xml"),
                "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml", _model(layout, boxes),
                d.part.package)  # fmt: skip
    rid = d.part.relate_to(part, DATA)
    run = d.add_paragraph().add_run()
    run._r.append(parse_xml(
        '<w:drawing xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        f'xmlns:a="{A}"><wp:inline><wp:extent cx="5760720" cy="1594360"/><wp:docPr id="{n}" name="Diagram {n}"/>'
        f'<a:graphic><a:graphicData uri="{DGM}"><dgm:relIds xmlns:dgm="{DGM}" xmlns:r="{R}" r:dm="{rid}"/>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing>"
    ))  # fmt: skip


SUMMARY = [
    ("Our crews have been pumping without a break since 12 September.", []),
    ("Call-outs since the flood began: 361.", ["Of them 40 were to the hospital.", "12 were rescues."]),
]
STEPS = [("Inspect the dyke at the mill.", []), ("Return the pumps on 20 September.", [])]


def _report(layout: str) -> bytes:
    d = docx.Document()
    d.add_heading("Flood report no. 2", 0)
    d.add_heading("Summary", 1)
    _with_graphic(d, 1, "list", SUMMARY)
    d.add_heading("Situation", 1)
    d.add_paragraph("593 buildings are without power.", style="List Bullet")
    if layout == "org chart":
        d.add_paragraph("Command of the operation:")
        _with_graphic(d, 2, "org chart", [("Chief of the unit", ["Section A leader", "Section B leader"])])
    d.add_heading("Next steps", 1)
    _with_graphic(d, 3, "process" if layout == "process" else "list", STEPS)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _flat(boxes: list[tuple[str, list[str]]]) -> list[str]:
    return [t for text, subs in boxes for t in (text, *subs)]


@pytest.mark.parametrize("layout", ["list", "process", "org chart"])
def test_a_smartart_lists_boxes_are_points(layout: str) -> None:
    report = parse_bytes(_report(layout), "report.docx")[0]
    got = {s.heading: [i.text for i in s.items] for s in report.sections}
    assert got["Summary"] == _flat(SUMMARY)
    assert got["Next steps"] == _flat(STEPS)
    situation = ["593 buildings are without power."] + (["Command of the operation:"] if layout == "org chart" else [])
    assert got["Situation"] == situation
    assert any("diagram" in w for w in report.warnings) == (layout == "org chart")
