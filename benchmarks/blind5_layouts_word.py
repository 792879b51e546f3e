"""Word writers of the partner layouts (``blind5_layouts``): a fire and rescue service's situation report (a
cover table of Incident / Report no. / Date and time / Author, numbered headings in Word heading styles,
paragraphs numbered "2.3" by typed numbers, "Control measures:" after each risk) and a school trust's
return to the local authority typed without styles (bold capitals headings, bullets typed as "•" or "-",
an attendance table).
"""

from __future__ import annotations

import random
import re
from datetime import datetime, timedelta

from council_layouts_gold import Doc
from council_layouts_writers import _docx, _save

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NUMBERED = re.compile(r"^(\d+(?:\.\d+)*)\.?\s")


def _shade(cell, fill: str) -> None:
    from docx.oxml import parse_xml

    cell._tc.get_or_add_tcPr().append(
        parse_xml(f"<w:shd xmlns:w='{W_NS}' w:val='clear' w:color='auto' w:fill='{fill}'/>")
    )


def restyle_fire(doc: Doc) -> None:
    """Headings numbered as a brigade writes them ("1. Situation", "4.1 Crewing") and a risk's mitigation led
    by "Control measures:" (the printed text and the gold change; the mitigation itself does not)."""
    top = sub = 0
    for s in doc.sections:
        if s.level == 1:
            top, sub = top + 1, 0
            s.heading = f"{top}. {s.heading}"
        else:
            sub += 1
            s.heading = f"{top}.{sub} {s.heading}"
        for it in s.items:
            if it.mitigation:
                it.text = it.text.replace("Mitigation: ", "Control measures: ").replace(
                    "Mitigation is ", "Control measures: "
                )


def word_fire_cover(doc: Doc) -> bytes:
    """The brigade's name and the title, a shaded two-column cover table (Incident, Report no., Date / time,
    Author, Next report), then the sections: "Heading 1" / "Heading 2" with their typed numbers, each item a
    Normal paragraph numbered "1.1", "4.1.2" by a typed number and a tab on a hanging indent; an
    "OFFICIAL – SENSITIVE" page header, a footer, and an "Authorised by" line at the end."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    d, _pt = _docx()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "OFFICIAL – SENSITIVE"
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    sec.footer.paragraphs[0].text = f"{doc.organisation} – Tactical Situation Report"
    org = d.add_paragraph().add_run(doc.organisation.upper())
    org.bold, org.font.size, org.font.color.rgb = True, Pt(12), RGBColor(0xC0, 0x1F, 0x2E)
    d.add_paragraph(doc.title, style="Title")
    when = datetime.strptime(doc.date, "%d %B %Y")
    cover = (
        ("Incident", "Widespread flooding – major incident declared by the local resilience forum"),
        ("Report no.", str(doc.number)),
        ("Date / time", f"{when:%d/%m/%Y} 07:00"),
        ("Author", "Group Manager S. Okafor, Tactical Commander"),
        ("Next report", f"{when + timedelta(days=1):%d/%m/%Y} 07:00"),
    )
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in cover:
        left, right = table.add_row().cells
        left.text, right.text = "", value
        left.paragraphs[0].add_run(label).bold = True
        _shade(left, "D9D9D9")
        left.width, right.width = Cm(4), Cm(12)
    d.add_paragraph()
    for s in doc.sections:
        d.add_heading(s.heading, level=s.level)
        number = _NUMBERED.match(s.heading)
        for k, it in enumerate(s.items, start=1):
            para = d.add_paragraph(f"{number.group(1) if number else ''}.{k}\t{it.text}".lstrip("."))
            fmt = para.paragraph_format
            fmt.left_indent, fmt.first_line_indent = Cm(1.5), Cm(-1.5)
            fmt.tab_stops.add_tab_stop(Cm(1.5))
    d.add_paragraph()
    d.add_paragraph("Authorised by: Area Manager R. Tate, Strategic Fire Adviser").runs[0].italic = True
    return _save(d)


# ---------------------------------------------------------------- school trust return


def _attendance(d, doc: Doc) -> None:
    """Phase | Schools | Open | Pupils attending | % of roll: a figures grid under the attendance section."""
    from docx.shared import Pt

    rng = random.Random(doc.title)
    rows = [("Primary", 9, 2700), ("Secondary", 3, 4100), ("Special", 1, 160), ("Alternative provision", 1, 60)]
    table = d.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for cell, name in zip(table.rows[0].cells, ("Phase", "Schools", "Open", "Pupils attending", "% of roll"),
                          strict=True):  # fmt: skip
        cell.text = ""
        cell.paragraphs[0].add_run(name).bold = True
    total = [0, 0, 0, 0]
    for phase, schools, roll in rows:
        open_ = rng.randint(max(1, schools - 2), schools)
        pupils = rng.randint(roll // 25, roll // 6)
        total = [total[0] + schools, total[1] + open_, total[2] + pupils, total[3] + roll]
        values = (phase, str(schools), str(open_), f"{pupils:,}", f"{100 * pupils / roll:.1f}%")
        for cell, v in zip(table.add_row().cells, values, strict=True):
            cell.text = v
    last = table.add_row().cells
    for cell, v in zip(last, ("Total", str(total[0]), str(total[1]), f"{total[2]:,}",
                              f"{100 * total[2] / total[3]:.1f}%"), strict=True):  # fmt: skip
        cell.text = ""
        cell.paragraphs[0].add_run(v).bold = True
    for row in table.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(9)


def word_school_typed(doc: Doc) -> bytes:
    """A return typed into a blank document, Normal style throughout: the title in bold 14 pt, an italic line
    of instructions left from the template, each heading a bold paragraph in typed capitals, items as
    paragraphs that begin with a typed "•" and a tab (a hanging indent) or with "- " (sections alternate, as
    pasted text does), an attendance table after the first section and a "Signed" line at the end."""
    from docx.shared import Cm, Pt

    d, _pt = _docx()
    run = d.add_paragraph().add_run(doc.title)
    run.bold, run.font.size = True, Pt(14)
    note = d.add_paragraph("Please complete and return to the Education Cell by 10:00 every Monday. "
                           "Nil returns are required.")  # fmt: skip
    note.runs[0].italic = True
    for n, s in enumerate(doc.sections):
        head = d.add_paragraph()
        head.paragraph_format.space_before = Pt(10)
        head.add_run(s.heading).bold = True
        for it in s.items:
            if n % 2 == 0:
                para = d.add_paragraph(f"•\t{it.text}")
                fmt = para.paragraph_format
                fmt.left_indent, fmt.first_line_indent = Cm(0.63), Cm(-0.63)
                fmt.tab_stops.add_tab_stop(Cm(0.63))
            else:
                d.add_paragraph(f"- {it.text}")
        if n == 0:
            d.add_paragraph()
            _attendance(d, doc)
            d.add_paragraph()
    d.add_paragraph()
    d.add_paragraph(f"Signed: Chief Executive Officer, {doc.organisation}        Date: {doc.date}")
    return _save(d)
