"""Form writer of the ``blind14_layouts`` set: a New Zealand civil defence emergency management group's
emergency coordination centre "Situation Report", typed into the group's CIMS sitrep form in Word on landscape
pages (the group and "IN-CONFIDENCE" in the page header, "SITUATION REPORT" and the form's name, a four-column
grid of grey label cells and their values — Event, Sitrep number, Date / time issued, Operational period,
Prepared by, Approved by, Response level, Next sitrep due —, then each section a box of its own: a teal label
cell over a cell of Word bullets, the lifelines' Utility | Status | Comment grid nested inside the lifelines box
under its bullets, the risks a Risk / Issue | Likelihood | Consequence | Mitigation | Owner table under its
label, the priorities numbered, the Controller's signature grid at the end, the sitrep and "Page 1 of 3" in
the footer; "1,250", "12%", "16 February").
"""

from __future__ import annotations

from blind7_layouts_content import report_day
from blind12_layouts_word import _shade
from blind14_layouts_word import _fields
from council_layouts_gold import Doc
from council_layouts_writers import _save

TEAL = "00707A"
GREY = "D9D9D9"
LIKELIHOOD = ("Possible", "Likely", "Likely", "Almost certain")
CONSEQUENCE = ("Moderate", "Moderate", "Major", "Severe")
OWNERS = (("slips", "Operations"), ("Fatigue", "Logistics"), ("water", "Welfare"))
LIFELINES = (("Power", "Amber", "Partial restoration; rural feeders still down"),
             ("Water", "Red", "Boil water notice in place on two supplies"),
             ("Roads", "Red", "State highway closures; local roads assessed daily"),
             ("Telecommunications", "Amber", "Cell sites on generator power"),
             ("Fuel", "Green", "Supply normal; priority access for responders"))  # fmt: skip
RAG = {"Red": "FF5050", "Amber": "FFC000", "Green": "92D050"}


def _label(cell, text: str, fill: str = TEAL, white: bool = True) -> None:
    from docx.shared import RGBColor

    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if white:
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    _shade(cell, fill)


def docx_sitrep_nz(doc: Doc) -> bytes:
    """The group's ECC situation report as the Intelligence function fills in the CIMS form."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    d = Document()
    when = report_day(doc)
    sec = d.sections[0]
    sec.orientation, sec.page_width, sec.page_height = WD_ORIENT.LANDSCAPE, Cm(29.7), Cm(21)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.8))
    width = sec.page_width - sec.left_margin - sec.right_margin
    head = sec.header.paragraphs[0]
    head.style = d.styles["Normal"]
    head.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    head.add_run(f"{doc.organisation.replace('CDEM', 'Civil Defence Emergency Management')}").bold = True
    head.add_run("\tIN-CONFIDENCE")
    sec.header.add_paragraph("Emergency Coordination Centre (ECC)")
    foot = sec.footer.paragraphs[0]
    foot.style = d.styles["Normal"]
    foot.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    _fields(foot, f"Sitrep {doc.number} – {doc.service}\tIN-CONFIDENCE  |  Page {{PAGE}} of {{NUMPAGES}}")
    title = d.add_paragraph()
    run = title.add_run("SITUATION REPORT")
    run.bold, run.font.size = True, Pt(18)
    title.add_run("     CIMS form: Situation Report (Sitrep)").font.size = Pt(9)
    grid = d.add_table(rows=4, cols=4)
    grid.style = "Table Grid"
    nxt = when.replace(day=when.day + 1) if when.day < 28 else when
    rows = (("Event", doc.service, "Sitrep number", str(doc.number)),
            ("Date / time issued", f"{when:%d/%m/%Y} 0900 hrs", "Operational period",
             f"0800 {when:%d/%m} – 0800 {nxt:%d/%m}"),
            ("Prepared by (Intelligence)", "Aroha Ngata, Intelligence Manager", "Approved by (Controller)",
             "Mike Tane, Group Controller"),
            ("Response level", "Level 3 – Regional (state of local emergency)", "Next sitrep due",
             f"{nxt:%d/%m/%Y} 0900 hrs"))  # fmt: skip
    for row, values in zip(grid.rows, rows, strict=True):
        for k, (cell, text) in enumerate(zip(row.cells, values, strict=True)):
            if k % 2 == 0:
                _label(cell, text, GREY, white=False)
            else:
                cell.text = text
    for s in doc.sections:
        d.add_paragraph().paragraph_format.space_after = Pt(0)
        if s.risks:
            _risk_table(d, s)
            continue
        box = d.add_table(rows=2, cols=1)
        box.style = "Table Grid"
        _label(box.rows[0].cells[0], s.heading)
        cell = box.rows[1].cells[0]
        for k, it in enumerate(s.items):
            para = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
            para.style = d.styles["List Number" if s.key == "next-steps" else "List Bullet"]
            para.add_run(it.text)
        if s.key == "impacts":
            cell.add_paragraph()
            inner = cell.add_table(rows=1, cols=3)
            inner.style = "Table Grid"
            for c, text in zip(inner.rows[0].cells, ("Utility", "Status", "Comment"), strict=True):
                _label(c, text, GREY, white=False)
            for name, status, note in LIFELINES:
                cells = inner.add_row().cells
                cells[0].text, cells[1].text, cells[2].text = name, status, note
                _shade(cells[1], RAG[status])
            cell.add_paragraph()
    d.add_paragraph()
    sign = d.add_table(rows=1, cols=4)
    sign.style = "Table Grid"
    for k, (cell, text) in enumerate(zip(sign.rows[0].cells, ("Controller's signature", "", "Date / time",
                                                               f"{when:%d/%m/%Y} 0845 hrs"), strict=True)):  # fmt: skip
        if k % 2 == 0:
            _label(cell, text, GREY, white=False)
        else:
            cell.text = text
    return _save(d)


def _risk_table(d, s) -> None:
    from docx.shared import Cm

    t = d.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    t.autofit = False
    top = t.rows[0].cells[0].merge(t.rows[0].cells[4])
    _label(top, s.heading)
    for cell, text in zip(t.rows[1].cells, ("Risk / Issue", "Likelihood", "Consequence", "Mitigation", "Owner"),
                          strict=True):  # fmt: skip
        _label(cell, text, GREY, white=False)
    for it in s.items:
        owner = next((who for word, who in OWNERS if word in it.body), "Controller")
        values = (it.body, LIKELIHOOD[it.level], CONSEQUENCE[it.level], it.mitigation or "–", owner)
        for cell, text in zip(t.add_row().cells, values, strict=True):
            cell.text = text
    for column, width in zip(t.columns, (8.5, 3, 3, 8.5, 3), strict=True):
        column.width = Cm(width)
    for row in t.rows[1:]:
        for cell, width in zip(row.cells, (8.5, 3, 3, 8.5, 3), strict=True):
            cell.width = Cm(width)
