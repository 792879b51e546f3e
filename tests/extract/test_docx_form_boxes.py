"""A form typed in Word sets each section as a box: a shaded label cell across the table over a cell of
points, or over a risk register whose column labels come second. The label is the section's heading, the
points its items, each register row one risk with its mitigation; a status board nested in a box (each
row a short label, its rating and a short note) is data, not points.

The form's first line, the report's name in large bold with a note on the form in small print after it, is
its title.

Two layouts: a civil defence sitrep form (one-column boxes with a bold white label on teal, Word bullets,
a Utility | Status | Comment board inside the lifelines box, the risks under "Risk / Issue | Likelihood |
Consequence | Mitigation | Owner"); and a utility's incident form (labels in plain bold capitals on grey,
numbered paragraphs, a Risk | Impact | Control measures | Lead register).
"""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from sitroom.read import parse_bytes

SITUATION = ["1,873 households remain isolated by slips.", "River levels are falling after the overnight peak."]
LIFELINES = ["A boil water notice is in place for 1,342 properties.", "State Highway 2 is closed at Tutira."]
RISK = "Fatigue of staff after a week of 12-hour shifts."
MITIGATION = "Shift pattern changed to 8 hours from Monday."
BOARD = [
    ("Utility", "Status", "Comment"),
    ("Power", "Amber", "Partial restoration; rural feeders down"),
    ("Water", "Red", "Boil water notice on two supplies"),
    ("Roads", "Amber", "Closures assessed daily"),
]


def _label(cell, text: str, fill: str, white: bool) -> None:
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if white:
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _form(layout: str) -> bytes:
    civil = layout == "civil-defence"
    fill, white = ("008080", True) if civil else ("D9D9D9", False)
    names = ("Situation Summary", "Lifelines and Infrastructure", "Risks and Issues")
    if not civil:
        names = tuple(n.upper() for n in names)
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(9 if civil else 10)  # a form's small body type
    header = d.sections[0].header.paragraphs[0]
    header.add_run("Kaimai Coast Emergency Management Group" if civil else "Northfield Water").bold = True
    header.add_run("\tIN-CONFIDENCE")
    d.sections[0].header.add_paragraph("Emergency Coordination Centre (ECC)" if civil else "Incident Room")
    title = d.add_paragraph()
    run = title.add_run("SITUATION REPORT")
    run.bold, run.font.size = True, Pt(18)
    title.add_run(
        "     CIMS form: Situation Report (Sitrep)" if civil else "  Incident form IF-2: Situation Report"
    ).font.size = Pt(9)
    details = d.add_table(rows=2, cols=4)
    details.style = "Table Grid"
    fields = (("Event", "Ex-tropical cyclone Kaia", "Sitrep number", "3"),
              ("Date / time issued", "14/02/2024 0900 hrs", "Next sitrep due", "15/02/2024 0900 hrs"))  # fmt: skip
    for row, values in zip(details.rows, fields, strict=True):
        for k, (cell, text) in enumerate(zip(row.cells, values, strict=True)):
            if k % 2 == 0:
                _label(cell, text, "D9D9D9", False)
            else:
                cell.text = text
    for name, points in zip(names[:2], (SITUATION, LIFELINES), strict=True):
        d.add_paragraph()
        box = d.add_table(rows=2, cols=1)
        box.style = "Table Grid"
        _label(box.rows[0].cells[0], name, fill, white)
        cell = box.rows[1].cells[0]
        for k, text in enumerate(points):
            para = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
            para.style = d.styles["List Bullet" if civil else "List Number"]
            para.add_run(text)
        if name == names[1]:
            inner = cell.add_table(rows=0, cols=3)
            inner.style = "Table Grid"
            for row in BOARD:
                for c, text in zip(inner.add_row().cells, row, strict=True):
                    c.text = text
    d.add_paragraph()
    header = ("Risk / Issue", "Likelihood", "Consequence", "Mitigation", "Owner") if civil else (
        "Risk", "Impact", "Control measures", "Lead")  # fmt: skip
    register = d.add_table(rows=2, cols=len(header))
    register.style = "Table Grid"
    _label(register.rows[0].cells[0].merge(register.rows[0].cells[-1]), names[2], fill, white)
    for c, text in zip(register.rows[1].cells, header, strict=True):
        _label(c, text, "F2F2F2", False)
    row = (RISK, "Possible", "Moderate", MITIGATION, "Logistics") if civil else (RISK, "High", MITIGATION, "Ops")
    for c, text in zip(register.add_row().cells, row, strict=True):
        c.text = text
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("layout", ["civil-defence", "utility"])
def test_each_box_label_heads_its_points_and_the_register_under_it(layout: str) -> None:
    report = parse_bytes(_form(layout), f"{layout}-sitrep.docx")[0]
    # the report's name in large bold, a note on the form in small print after it: the title
    assert report.title is not None and report.title.startswith("SITUATION REPORT")
    got = [(s.heading.lower(), [i.text for i in s.items]) for s in report.sections]
    assert got == [
        ("situation summary", SITUATION),
        ("lifelines and infrastructure", LIFELINES),
        ("risks and issues", [RISK]),
    ]
    risks = report.sections[-1]
    assert risks.key == "risks" and risks.items[0].mitigation == MITIGATION
    assert report.sections[-2].key == "impacts"  # lifelines: what the event did to roads, power and water
    assert report.tables  # the status board is data
