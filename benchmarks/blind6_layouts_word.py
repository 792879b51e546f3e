"""Word writer of the ``blind6_layouts`` set: a university's cyber incident situation report filled into a
template built of content controls (``w:sdt``): the details as plain-text, date and drop-down controls in a
table, each section's text inside a rich-text control under its heading, each risk a control of its own
holding a "Risk:" and a "Mitigation:" paragraph, and a section nobody filled in still showing the
control's placeholder, "Click or tap here to enter text.".
"""

from __future__ import annotations

import random
from datetime import timedelta

from blind6_layouts_content import report_day
from council_layouts_gold import Doc
from council_layouts_writers import _docx, _save

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PLACEHOLDER = "Click or tap here to enter text."
STATUS = ("Green", "Amber", "Red")


def _w(tag: str, **attrs: str):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    el = OxmlElement(f"w:{tag}")
    for k, v in attrs.items():
        el.set(qn(f"w:{k}"), v)
    return el


def _sdt(alias: str, ids: list[int], *props) -> tuple[object, object]:
    """A content control (its sdtPr with an alias, a tag and an id, plus ``props``) and its empty sdtContent."""
    sdt, pr, content = _w("sdt"), _w("sdtPr"), _w("sdtContent")
    ids[0] += 1
    pr.append(_w("alias", val=alias))
    pr.append(_w("tag", val=alias.lower().replace(" ", "-")))
    pr.append(_w("id", val=str(-1_200_000_000 + 7919 * ids[0])))
    for p in props:
        pr.append(p)
    sdt.append(pr)
    sdt.append(content)
    return sdt, content


def _wrap(paragraphs: list, alias: str, ids: list[int], *props) -> object:
    """Move ``paragraphs`` (already in the body, consecutive) into a block-level content control."""
    sdt, content = _sdt(alias, ids, *props)
    paragraphs[0]._p.addprevious(sdt)
    for p in paragraphs:
        content.append(p._p)
    return content


def _inline(cell, alias: str, value: str, ids: list[int], *props) -> None:
    """A cell whose value is typed into an inline content control."""
    sdt, content = _sdt(alias, ids, *props)
    run = _w("r")
    text = _w("t")
    text.text = value
    run.append(text)
    content.append(run)
    cell.paragraphs[0]._p.append(sdt)


def _date(value: str) -> object:
    el = _w("date", fullDate=value)
    el.append(_w("dateFormat", val="dd/MM/yyyy HH:mm"))
    el.append(_w("lid", val="en-GB"))
    el.append(_w("storeMappedDataAs", val="dateTime"))
    el.append(_w("calendar", val="gregorian"))
    return el


def _dropdown(choices: tuple[str, ...]) -> object:
    el = _w("dropDownList")
    for choice in choices:
        el.append(_w("listItem", displayText=choice, value=choice))
    return el


def word_content_controls(doc: Doc) -> bytes:
    """The template's header (organisation | "OFFICIAL – SENSITIVE") and title, a details table of controls
    (Report number, Date and time, Prepared by, Overall status, Next report), then each section: its "Heading 1"
    and the text in a rich-text control — bullets ("List Bullet") for most, plain paragraphs for the summary,
    for the risks one control per risk with a bold "Risk:" and a bold "Mitigation:" paragraph — and a section
    left empty showing the grey placeholder of its control."""
    from docx.shared import Pt, RGBColor

    d, _pt = _docx()
    ids = [0]
    rng = random.Random(doc.title)
    when = report_day(doc).replace(hour=17)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = f"{doc.organisation} – OFFICIAL – SENSITIVE"
    d.add_paragraph(doc.title, style="Title")
    after = when + timedelta(days=1)
    details = (
        ("Report number", str(doc.number), ()),
        ("Date and time", f"{when:%d/%m/%Y %H:%M}", (_date(f"{when:%Y-%m-%dT%H:%M:00Z}"),)),
        ("Prepared by", "Incident Manager, Digital Services", ()),
        ("Overall status", STATUS[min(2, rng.randint(0, 3))], (_dropdown(STATUS),)),
        ("Next report", f"{after:%d/%m/%Y %H:%M}", (_date(f"{after:%Y-%m-%dT%H:%M:00Z}"),)),
    )
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value, props in details:
        left, right = table.add_row().cells
        left.paragraphs[0].add_run(label).bold = True
        _inline(right, label, value, ids, *props)
    d.add_paragraph()
    for s in doc.sections:
        d.add_heading(s.heading, level=s.level)
        if not s.items:
            para = d.add_paragraph()
            run = para.add_run(PLACEHOLDER)
            run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
            holder = _w("placeholder")
            holder.append(_w("docPart", val="DefaultPlaceholder_-1854013440"))
            _wrap([para], s.heading, ids, holder, _w("showingPlcHdr"))
            continue
        if s.risks:
            outer = []
            for it in s.items:
                inner = []
                para = d.add_paragraph()
                para.add_run("Risk: ").bold = True
                para.add_run(it.body if it.mitigation else it.text.removeprefix("Risk: "))
                inner.append(para)
                if it.mitigation:
                    para = d.add_paragraph()
                    para.add_run("Mitigation: ").bold = True
                    para.add_run(it.mitigation)
                    inner.append(para)
                para.paragraph_format.space_after = Pt(8)
                outer.append(_wrap(inner, "Risk entry", ids))
            first = outer[0].getparent()
            block, content = _sdt(s.heading, ids)
            first.addprevious(block)
            for control in outer:
                content.append(control.getparent())
            continue
        style = None if s.key == "highlights" else "List Bullet"
        _wrap([d.add_paragraph(it.text, style=style) for it in s.items], s.heading, ids)
    return _save(d)
