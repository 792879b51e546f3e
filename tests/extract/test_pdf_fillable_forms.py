"""Fillable PDF forms sent back filled in but not flattened (reportlab's AcroForm fields).

The answers are the values of the form's fields, not page text: a reader of the filled form sees them in
the boxes, under or beside the printed labels. The labels of the long (multi-line) fields head their
answers, each line of a value that starts a point is an item; the short one-line fields and the check box
(the centre, the report's number and date, who completed it) are the form's details, not items or headings.
"""

from __future__ import annotations

import io

import pytest

from sitroom.read import parse_bytes

SHORT = [("Rest centre", "Kelder Valley Leisure Centre"), ("Report number", "3"), ("Date", "13/09/2023"),
         ("Time", "08:00"), ("Completed by", "J. Adeyemi")]  # fmt: skip
SECTIONS = [
    ("Current position at the rest centre", [
        "105 households from Skelton House are registered.",
        "The centre is calm and a police community support officer is on site during the day.",
    ]),
    ("Welfare and support provided", [
        "Volunteers collected prescriptions for 25 residents.",
        "621 meals served in the last 24 hours.",
        "Housing officers have placed 25 households in temporary accommodation.",
    ]),
    ("Staff and volunteers on site", [
        "30 Red Cross volunteers on site across two shifts.",
        "12 council staff on the rota as rest centre managers and registrars.",
    ]),
    ("Plans for the next 12 hours", [
        "Decide whether the centre can close overnight from 18 September, once the building engineers have "
        "reported on both blocks and the residents have been briefed at the evening meeting in the main hall by "
        "the housing manager and the council's emergency planning officer.",
        "Arrange transport to school for the children tomorrow morning.",
    ]),
]  # fmt: skip
SIZE = 9


def _lines(items: list[str], width: float, marked: bool, wrap: bool) -> list[str]:
    """The value as typed: one line per point ("- " before each when ``marked``), wrapped by the writer
    at the box's width when ``wrap`` (else left for the viewer to wrap)."""
    from reportlab.lib.utils import simpleSplit

    texts = [("- " if marked else "") + t for t in items]
    return [w for t in texts for w in simpleSplit(t, "Helvetica", SIZE, width)] if wrap else texts


def _form(layout: str, filled: bool = True) -> bytes:
    """``above``: portrait, each short field under its label (two rows), a check box under its label,
    numbered section labels over the answer boxes, the values wrapped by the writer; ``beside``:
    landscape, each short field after its label on its line, a check box before its label, plain bold
    section labels, the long lines left for the viewer to wrap. ``filled`` False leaves every field empty."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    w, h = A4 if layout == "above" else landscape(A4)
    m = 48
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(w, h), invariant=1)
    form = c.acroForm
    box = {"borderColor": colors.HexColor("#7F7F7F"), "fillColor": colors.HexColor("#EEF3FA"), "fontSize": SIZE}
    c.setFont("Helvetica-Bold", 16)
    c.drawString(m, h - 50, "REST CENTRE SITUATION REPORT")
    c.setFont("Helvetica-Oblique", 8.5)
    c.drawString(m, h - 68, "Complete every 12 hours and e-mail it to the Emergency Centre. Use one line per point.")
    y = h - 92
    if layout == "above":
        places = [(0, 0, 300), (310, 0, 90), (410, 0, 90), (0, 1, 90), (100, 1, 300)]
        for n, ((label, value), (x, row, width)) in enumerate(zip(SHORT, places, strict=True)):
            top = y - row * 40
            c.setFont("Helvetica-Bold", 8)
            c.drawString(m + x, top, label)
            form.textfield(name=f"f{n}", value=value if filled else "", x=m + x, y=top - 20, width=width, height=16,
                           **box)  # fmt: skip
        c.drawString(m + 410, y - 40, "Open overnight")
        form.checkbox(name="open", x=m + 410, y=y - 60, size=14, checked=filled, buttonStyle="cross")
        y -= 92
    else:
        for n, (label, value) in enumerate(SHORT):
            x, top = m + (n % 3) * 250, y - (n // 3) * 26
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x, top, label + ":")
            form.textfield(name=f"f{n}", value=value if filled else "", x=x + 80, y=top - 5, width=150, height=16,
                           **box)  # fmt: skip
        form.checkbox(name="open", x=m + 500, y=y - 31, size=14, checked=filled, buttonStyle="check")
        c.setFont("Helvetica", 9)
        c.drawString(m + 520, y - 27, "Open overnight")
        y -= 70
    field_w = w - 2 * m
    for k, (heading, items) in enumerate(SECTIONS):
        lines = _lines(items, field_w - 6, marked=k % 2 == 0, wrap=layout == "above")
        height = (len(lines) + (2 if layout == "beside" else 0)) * 11.5 + 10
        if y - 16 - height < 40:
            c.showPage()
            y = h - 56
        c.setFont("Helvetica-Bold", 10)
        c.drawString(m, y, f"{k + 1}. {heading}" if layout == "above" else heading)
        y -= 6
        form.textfield(name=f"s{k}", value="\n".join(lines) if filled else "", x=m, y=y - height, width=field_w,
                       height=height, fieldFlags="multiline", **box)  # fmt: skip
        y -= height + 22
    c.save()
    return buf.getvalue()


def _heading(layout: str, k: int) -> str:
    return f"{k + 1}. {SECTIONS[k][0]}" if layout == "above" else SECTIONS[k][0]


LAYOUTS = ["above", "beside"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_form_that_was_never_flattened_shows_its_answers_in_its_fields(layout):
    report = parse_bytes(_form(layout), "rest-centre.pdf")[0]
    assert [s.heading for s in report.sections] == [_heading(layout, k) for k in range(len(SECTIONS))]
    for section, (_heading_text, items) in zip(report.sections, SECTIONS, strict=True):
        assert [it.text for it in section.items] == items


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_short_fields_and_check_box_are_the_forms_details(layout):
    report = parse_bytes(_form(layout), "rest-centre.pdf")[0]
    said = [s.heading or "" for s in report.sections] + [it.text for s in report.sections for it in s.items]
    for label, value in [*SHORT, ("Open overnight", "")]:
        assert not any(label in t for t in said)
        # (the report number, "3", is a figure of other lines too)
        assert len(value) < 4 or not any(value in t for t in said)
    # the instruction printed on the form is the form's, not an answer
    assert not any("Complete every 12 hours" in t for t in said)
    # the number and date are the report's own
    assert report.number == 3
    assert report.date is not None and report.date.isoformat() == "2023-09-13"
    assert any("form field" in w for w in report.warnings)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_empty_fields_add_nothing(layout):
    report = parse_bytes(_form(layout, filled=False), "rest-centre.pdf")[0]
    assert [s.heading for s in report.sections if s.heading] == [_heading(layout, k) for k in range(len(SECTIONS))]
    assert [it.text for s in report.sections for it in s.items if "Complete every" not in it.text] == []
    said = " ".join(s.heading or "" for s in report.sections)
    assert not any(label in said for label, _value in SHORT)


def _flattened(data: bytes) -> bytes:
    """The form flattened as a viewer prints it: the fields' appearances made page text, the fields gone."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    pdf = pdfium.PdfDocument(data)
    pdf.init_forms()
    for i in range(len(pdf)):
        page = pdf[i]
        pdfium_c.FPDFPage_Flatten(page.raw, pdfium_c.FLAT_PRINT)
        page.close()
    out = io.BytesIO()
    pdf.save(out)
    pdf.close()
    return out.getvalue()


def test_a_flattened_form_reads_its_answers_as_page_text():
    report = parse_bytes(_flattened(_form("above")), "rest-centre.pdf")[0]
    sections = {s.heading: [it.text for it in s.items] for s in report.sections}
    for k, (_heading_text, items) in enumerate(SECTIONS):
        assert sections[_heading("above", k)] == items


def test_a_value_the_page_also_prints_is_read_once():
    """A form whose filler printed the answers onto the page and left the fields over them."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(48, 760, "1. Current position at the rest centre")
    lines = [f"- {t}" for t in SECTIONS[0][1]]
    c.setFont("Helvetica", SIZE)
    for n, line in enumerate(lines):
        c.drawString(52, 744 - n * 11, line)
    c.acroForm.textfield(name="s0", value="\n".join(lines), x=48, y=715, width=500, height=40, fontSize=SIZE,
                         fieldFlags="multiline", fillColor=None, borderColor=None)  # fmt: skip
    c.save()
    report = parse_bytes(buf.getvalue(), "rest-centre.pdf")[0]
    assert [it.text for s in report.sections for it in s.items] == SECTIONS[0][1]


def test_a_field_that_leaves_its_size_to_the_viewer_is_read_in_the_body_size():
    from reportlab.pdfgen import canvas

    from sitroom.extract import extract_bytes

    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(48, 760, "1. Current position at the rest centre")
    c.setFont("Helvetica", 10)
    c.drawString(48, 100, "The rest centre is run by the council with the Red Cross and the voluntary sector.")
    c.acroForm.textfield(name="s0", value="\n".join(f"- {t}" for t in SECTIONS[0][1]), x=48, y=690, width=500,
                         height=60, fontSize=0, fieldFlags="multiline")  # fmt: skip
    c.save()
    doc = extract_bytes(buf.getvalue(), "rest-centre.pdf")
    items = [b for b in doc.blocks if b.kind.name == "ITEM"]
    assert [b.text for b in items] == SECTIONS[0][1]
    assert {b.style["size"] for b in items} == {10.0}


def test_a_question_over_a_field_heads_its_answer_even_over_two_lines():
    from reportlab.pdfgen import canvas

    questions = [
        ("What is the current position at the rest centre, and how many households have registered",
         "with the council since it opened?"),
        ("What support have you given to residents?",),
    ]  # fmt: skip
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setFont("Helvetica-Oblique", 8.5)
    c.drawString(48, 790, "Complete every 12 hours and e-mail it to the Emergency Centre. Use one line per point.")
    y = 760
    for k, (question, (_heading_text, items)) in enumerate(zip(questions, SECTIONS, strict=False)):
        c.setFont("Helvetica-Bold", 10)
        for line in question:
            c.drawString(48, y, line)
            y -= 12
        value = "\n".join(f"- {t}" if k else t for t in items)
        c.acroForm.textfield(name=f"s{k}", value=value, x=48, y=y - 50, width=500, height=56, fontSize=SIZE,
                             fieldFlags="multiline")  # fmt: skip
        y -= 80
    c.save()
    report = parse_bytes(buf.getvalue(), "rest-centre.pdf")[0]
    assert [s.heading for s in report.sections] == [" ".join(q) for q in questions]
    assert [[it.text for it in s.items] for s in report.sections] == [SECTIONS[0][1], SECTIONS[1][1]]


def test_a_report_typed_as_page_text_keeps_its_sentences_beside_a_comments_box():
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(48, 770, "Current position at the rest centre")
    c.setFont("Helvetica", 10)
    for n, text in enumerate(SECTIONS[0][1] + SECTIONS[1][1]):
        c.drawString(48, 750 - n * 14, f"• {text}")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(48, 660, "Comments")
    c.acroForm.textfield(name="c", value="Checked by the duty officer.", x=48, y=610, width=500, height=40,
                         fontSize=10, fieldFlags="multiline")  # fmt: skip
    c.save()
    report = parse_bytes(buf.getvalue(), "rest-centre.pdf")[0]
    assert [s.heading for s in report.sections] == ["Current position at the rest centre", "Comments"]
    assert [it.text for it in report.sections[0].items] == SECTIONS[0][1] + SECTIONS[1][1]
    assert [it.text for it in report.sections[1].items] == ["Checked by the duty officer."]
