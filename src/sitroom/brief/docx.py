"""The brief as a Word document: real heading styles, bulleted items, a figures table, grey citations."""

from __future__ import annotations

import dataclasses
import io
import re

from docx import Document
from docx.document import Document as DocxDocument
from docx.shared import Inches, Pt, RGBColor

from sitroom.brief.model import Brief
from sitroom.brief.outline import Bullet, Heading, Note, Picture, Table, outline

CITATION_GREY = RGBColor(0x6B, 0x6B, 0x6B)
CITATION_SIZE = Pt(8.5)
CHART_WIDTH = Inches(6.0)  # the text width of an A4 or Letter page with Word's default margins


# Word's XML cannot hold C0 control characters other than tab, newline and carriage return; report
# text may carry some (a stray form feed in a text file), so they are dropped, as the XLSX export does.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_safe(value):
    """``value`` (a block, its sources, lists of them) with every string made valid XML text."""
    if isinstance(value, str):
        return _XML_ILLEGAL.sub("", value)
    if isinstance(value, list | tuple):
        return type(value)(_xml_safe(v) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: _xml_safe(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init}
        return dataclasses.replace(value, **fields)
    return value


def _bullet(doc: DocxDocument, block: Bullet) -> None:
    p = doc.add_paragraph(style="List Bullet")
    if block.tag:
        p.add_run(f"{block.tag}: ").bold = True
    p.add_run(block.text)
    for label, text in block.extras:
        p.add_run(f" ({label}: ").italic = True
        p.add_run(text).italic = True
        p.add_run(")").italic = True
    cite = p.add_run(" — " + "; ".join(s.citation for s in block.sources))
    cite.font.size = CITATION_SIZE
    cite.font.color.rgb = CITATION_GREY


def _table(doc: DocxDocument, block: Table) -> None:
    header = [*block.header, "Source"]
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for row, source in zip(block.rows, block.sources, strict=True):
        cells = table.add_row().cells
        for cell, text in zip(cells, [*row, source.citation], strict=True):
            cell.text = text
    # Repeat the header row on every page a long table spans.
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    mark = OxmlElement("w:tblHeader")
    mark.set(qn("w:val"), "true")
    tr_pr.append(mark)


def _picture(doc: DocxDocument, block: Picture) -> None:
    try:
        png = block.chart.png
    except ImportError:  # no rasteriser installed: the caption below still says the trend in words
        png = None
    if png is not None:
        shape = doc.add_picture(io.BytesIO(png), width=CHART_WIDTH)
        # Word's alt text ("descr") is what a screen reader says for the picture.
        shape._inline.docPr.set("descr", block.chart.alt)
        shape._inline.docPr.set("title", block.chart.title)
    caption = doc.add_paragraph(style="Caption")
    caption.add_run(block.chart.alt)


def render_docx(brief: Brief) -> bytes:
    """The brief as DOCX bytes."""
    doc = Document()
    doc.core_properties.title = brief.title
    for block in map(_xml_safe, outline(brief)):
        if isinstance(block, Heading):
            # Level 1 is the title: Word's Title style; parts and sub-parts are Heading 1 and 2.
            if block.level == 1:
                doc.add_heading(block.text, level=0)
            else:
                doc.add_heading(block.text, level=block.level - 1)
        elif isinstance(block, Note):
            doc.add_paragraph(block.text)
        elif isinstance(block, Bullet):
            _bullet(doc, block)
        elif isinstance(block, Table):
            _table(doc, block)
        elif isinstance(block, Picture):
            _picture(doc, block)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
