"""Incident status forms (reportlab platypus): a band over every page, a grid of identification boxes,
each section a numbered box whose label heads the text in it, a sign-off grid at the foot.

A reader of such a form takes the box labels for the headings ("6. Current Situation"), the first box
under the identification grid included, and skips the band, the identification boxes and the sign-off
(who prepared and approved it, when, the signature): the form's furniture, left out and counted.
"""

from __future__ import annotations

import io
from html import escape

import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("Current Situation", [
        "Heavy rain overnight flooded the lower town and the ring road is closed at the bridge.",
        "River levels peaked at 04:00 and are now falling slowly.",
    ]),
    ("Actions Taken This Period", [
        "Rest centre opened at the sports hall and 23 residents stayed overnight.",
        "Highways crews placed barriers on the four flooded routes.",
    ]),
    ("Resource Needs", ["Two more pumps are requested from the fire service."]),
    ("Planned Actions for Next Period", [
        "Building inspections of the flooded homes start tomorrow morning.",
        "Sandbag collection points stay open until the weekend.",
    ]),
]  # fmt: skip
BAND, ISSUER = "SITUATION STATUS FORM (SSF-2)", "Riverside District Emergency Centre"
TITLE = "Riverside Flooding Status Summary No. 4"
PREPARER, APPROVER = "M. Osei, Planning Officer", "K. Lindqvist, Incident Controller"


def _styles(size: float) -> dict:
    from reportlab.lib.styles import ParagraphStyle

    return {
        "name": ParagraphStyle("name", fontName="Helvetica-Bold", fontSize=size + 4, leading=size + 7, spaceAfter=6),
        "field": ParagraphStyle("field", fontName="Helvetica", fontSize=size - 0.5, leading=size + 1.5),
        "label": ParagraphStyle("label", fontName="Helvetica-Bold", fontSize=size - 1.5, leading=size + 0.5),
        "text": ParagraphStyle("text", fontName="Helvetica", fontSize=size, leading=size + 2.5, leftIndent=12,
                               bulletIndent=2),
    }  # fmt: skip


def _field(label: str, value: str, size: float):
    from reportlab.platypus import Paragraph

    return Paragraph(f"<font name='Helvetica-Bold' size='{size - 2.5}'>{escape(label)}</font><br/>{escape(value)}",
                     _styles(size)["field"])  # fmt: skip


def _form(layout: str, repeat: int, numbered_sign_off: bool = False) -> bytes:
    """``letter``: a boxed band with the issuer at its right, a 3 × 4 grid of numbered fields, the labels
    in grey bands; ``a4``: a band over a rule, a 2 × 3 grid of fields without numbers, larger print, the
    sign-off as label | name | label | date rows. ``repeat`` sets the sections over again, for length."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.units import inch
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    letter = layout == "letter"
    size = 9.5 if letter else 10.5
    st = _styles(size)
    w, h = LETTER if letter else A4
    m = 0.5 * inch if letter else 0.75 * inch
    width = w - 2 * m

    def band(c, d) -> None:
        c.saveState()
        c.setFont("Helvetica-Bold", size + 1.5)
        c.drawString(m + 6, h - m - 0.22 * inch, BAND)
        c.setFont("Helvetica", size - 1.5)
        if letter:
            c.rect(m, h - m - 0.32 * inch, width, 0.32 * inch)
            c.drawRightString(w - m - 6, h - m - 0.21 * inch, ISSUER)
        else:
            c.line(m, h - m - 0.3 * inch, w - m, h - m - 0.3 * inch)
        c.drawRightString(w - m, 0.4 * inch, f"Page {d.page}")
        c.restoreState()

    if letter:
        fields = [("1. Incident Name:", "Riverside flooding"), ("2. Incident Number:", "2021-RDE-0417"),
                  ("3. Report Version:", "[ ] Initial [X] Update"), ("4. Report Number:", "4"),
                  ("5. Operational Period:", "12 March 2021 0800 to 2000"),
                  ("6. Date/Time Submitted:", "12 March 2021 1930"),
                  ("7. Activation Level:", "Level 2"), ("8. Incident Type:", "Flood"),
                  ("9. Jurisdiction:", "Riverside District"), ("10. Prepared By:", PREPARER),
                  ("11. Approved By:", APPROVER), ("12. Agency:", "Riverside District Council")]  # fmt: skip
        ncols, first = 4, 13
    else:
        fields = [("Incident:", "Riverside flooding"), ("Report number:", "4"), ("Report date:", "12 March 2021"),
                  ("Operational period:", "0800 to 2000"), ("Activation level:", "Level 2"),
                  ("Submitted by:", "Planning cell")]  # fmt: skip
        ncols, first = 3, 1
    cells = [_field(lab, val, size) for lab, val in fields]
    grid = Table([cells[i : i + ncols] for i in range(0, len(cells), ncols)], colWidths=[width / ncols] * ncols)
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story: list = [Spacer(1, 0.3 * inch), Paragraph(escape(TITLE), st["name"]), grid, Spacer(1, 8)]
    n = first
    for _ in range(repeat):
        for heading, items in SECTIONS:
            rows = [[Paragraph(escape(f"{n}. {heading}"), st["label"])]]
            rows += [[Paragraph(escape(t), st["text"], bulletText="•")] for t in items]
            box = Table(rows, colWidths=[width], splitByRow=1)
            box.setStyle(TableStyle([
                ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
            ]))  # fmt: skip
            story += [box, Spacer(1, 6)]
            n += 1
    if numbered_sign_off:  # the sign-off as two more numbered boxes side by side, the last one long
        sent = "Riverside District Council Emergency Centre and County Emergency Operations Centre"
        sign = [[_field(f"{n}. Approved By (Name, Position, Signature):", APPROVER, size),
                 _field(f"{n + 1}. Primary Location, Organization, or Agency Sent To:", sent, size)]]  # fmt: skip
        table = Table(sign, colWidths=[width * 0.5, width * 0.5], style=[("VALIGN", (0, 0), (-1, -1), "TOP")])
    elif letter:
        sign = [[_field("Prepared by (name and position):", PREPARER, size), _field("Signature:", "", size),
                 _field("Date/Time:", "12 March 2021 1915", size)],
                [_field("Approved by (name and position):", APPROVER, size), _field("Signature:", "", size),
                 _field("Date/Time:", "12 March 2021 1925", size)]]  # fmt: skip
        table = Table(sign, colWidths=[width * 0.5, width * 0.25, width * 0.25])
    else:
        sign = [["Prepared by:", PREPARER, "Date:", "12 March 2021"],
                ["Approved by:", APPROVER, "Date:", "12 March 2021"]]  # fmt: skip
        table = Table(sign, colWidths=[width * 0.17, width * 0.43, width * 0.12, width * 0.28])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.8, colors.black)]))
    story.append(table)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=(w, h), leftMargin=m, rightMargin=m, topMargin=m + 0.4 * inch,
                      bottomMargin=0.7 * inch, title=TITLE, invariant=1).build(
        story, onFirstPage=band, onLaterPages=band)  # fmt: skip
    return buf.getvalue()


def _expected(layout: str, repeat: int) -> list[str]:
    first = 13 if layout == "letter" else 1
    labels = [h for _ in range(repeat) for h, _items in SECTIONS]
    return [f"{first + n}. {h}" for n, h in enumerate(labels)]


@pytest.mark.parametrize("layout", ["letter", "a4"])
@pytest.mark.parametrize("repeat", [1, 3], ids=["one page", "several pages"])
def test_each_box_label_heads_its_box_and_the_form_around_them_is_furniture(layout, repeat):
    report = parse_bytes(_form(layout, repeat), "status-summary.pdf")[0]
    assert [s.heading for s in report.sections] == _expected(layout, repeat)
    assert [it.text for it in report.sections[0].items] == SECTIONS[0][1]
    assert report.title == TITLE
    said = " ".join([s.heading or "" for s in report.sections] + [it.text for s in report.sections for it in s.items])
    # the band (on every page), the identification boxes and the sign-off are not the report's content
    for furniture in (BAND, ISSUER, "Incident", "Prepared", "Approved", "Signature", "Date", "Osei", "Lindqvist"):
        assert furniture not in said
    assert any("signature block" in w for w in report.warnings)


@pytest.mark.parametrize("layout", ["letter", "a4"])
def test_a_sign_off_in_numbered_boxes_is_furniture_too(layout):
    """The form numbers its sign-off's boxes as it numbers the others ("19. Approved By …"): the number
    does not make them sections, and the approver's initial stays with the name, which is left out."""
    report = parse_bytes(_form(layout, 1, numbered_sign_off=True), "status-summary.pdf")[0]
    assert [s.heading for s in report.sections] == _expected(layout, 1)
    said = " ".join([s.heading or "" for s in report.sections] + [it.text for s in report.sections for it in s.items])
    for furniture in ("Approved", "Sent To", "Lindqvist", "Operations Centre"):
        assert furniture not in said
    assert any("signature block" in w for w in report.warnings)


def _signed_note(layout: str) -> bytes:
    """A one-page note opening with a "Prepared by" line under its title, the report under it."""
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    st = _styles(10)
    story = [Paragraph("Riverside Flooding Note 2", st["name"])]
    if layout == "line":
        story.append(Paragraph("Prepared by: Planning cell", st["field"]))
    else:
        story.append(Paragraph("<b>Approved by</b> Incident Controller", st["field"]))
    for heading, items in SECTIONS[:2]:
        story.append(Paragraph(escape(heading), st["label"]))
        story += [Paragraph(escape(t), st["text"], bulletText="•") for t in items]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=LETTER if layout == "line" else A4, invariant=1).build(story)
    return buf.getvalue()


@pytest.mark.parametrize("layout", ["line", "bold"])
def test_a_prepared_by_line_over_the_report_is_no_sign_off(layout):
    report = parse_bytes(_signed_note(layout), "note.pdf")[0]
    assert [s.heading for s in report.sections if s.heading][-2:] == [h for h, _ in SECTIONS[:2]]
    assert [it.text for s in report.sections for it in s.items][-4:] == SECTIONS[0][1] + SECTIONS[1][1]
    assert not any("signature block" in w for w in report.warnings)


def _figures_box(layout: str) -> bytes:
    """Boxes of a form, the second a table of figures (label | count), the third's label right under it."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    size = 10 if layout == "a4" else 9
    st = _styles(size)
    width = (A4 if layout == "a4" else LETTER)[0] - 100
    counts = [("Rest centres open", "2"), ("People in rest centres", "23"), ("Properties flooded", "41"),
              ("Roads closed", "4")]  # fmt: skip

    def box(label: str, rows: list) -> Table:
        widths = [width] if len(rows[0]) == 1 else [width * 0.6, width * 0.4]
        t = Table([[Paragraph(escape(label), st["label"])], *rows], colWidths=widths, splitByRow=1)
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("SPAN", (0, 0), (-1, 0)),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9"))]))  # fmt: skip
        return t

    def bullets(items: list[str]) -> list:
        return [[Paragraph(escape(x), st["text"], bulletText="•")] for x in items]

    story = [Paragraph(escape(TITLE), st["name"]), box(f"1. {SECTIONS[0][0]}", bullets(SECTIONS[0][1])), Spacer(1, 6),
             box("2. Figures", [[Paragraph(a, st["field"]), Paragraph(b, st["field"])] for a, b in counts]),
             Spacer(1, 6), box(f"3. {SECTIONS[1][0]}", bullets(SECTIONS[1][1]))]  # fmt: skip
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4 if layout == "a4" else LETTER, invariant=1).build(story)
    return buf.getvalue()


@pytest.mark.parametrize("layout", ["a4", "letter"])
def test_the_label_of_the_box_under_a_table_of_figures_heads_that_box(layout):
    report = parse_bytes(_figures_box(layout), "status-summary.pdf")[0]
    sections = {s.heading: [it.text for it in s.items] for s in report.sections}
    assert sections[f"3. {SECTIONS[1][0]}"] == SECTIONS[1][1]
    assert sections[f"1. {SECTIONS[0][0]}"] == SECTIONS[0][1]
    assert not any("Rest centres open" in t for items in sections.values() for t in items)
