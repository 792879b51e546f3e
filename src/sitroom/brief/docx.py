"""The brief as a Word document: real heading styles, bulleted items, a figures table, grey citations.

A4 unless asked for US Letter. The figures table's columns are sized to their content: a column is
never narrower than its longest word, so no word breaks mid-word, and the rest of the width goes
to the columns with the most text.
"""

from __future__ import annotations

import dataclasses
import io
import re

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Mm, Pt, RGBColor

from sitroom.brief.model import Brief
from sitroom.brief.outline import Bullet, Cite, Heading, Note, Picture, SourceList, Table, outline

CITATION_GREY = RGBColor(0x6B, 0x6B, 0x6B)
CITATION_SIZE = Pt(8.5)
CHART_WIDTH = Inches(6.0)  # within the text width of an A4 or Letter page with the margins below
PAPER = {"a4": (Mm(210), Mm(297)), "letter": (Inches(8.5), Inches(11))}
MARGIN = Mm(20)
TABLE_SIZE = Pt(9)
# Width of one character of the table's 9 pt text, on average and at most (for the longest word).
CHAR_WIDTH, WIDE_CHAR = Pt(4.6), Pt(6.2)
CELL_PADDING = Pt(11)


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


def _cites(cites: list[Cite], labels: bool = True) -> str:
    if not labels:  # a table row names its series in its own column
        return " ".join(f"[{c.number}]" for c in cites)
    return "; ".join(f"{c.label} [{c.number}]" for c in cites)


def _grey(run) -> None:
    run.font.size = CITATION_SIZE
    run.font.color.rgb = CITATION_GREY


def _bullet(doc: DocxDocument, block: Bullet) -> None:
    p = doc.add_paragraph(style="List Bullet")
    if block.tag:
        p.add_run(f"{block.tag}: ").bold = True
    p.add_run(block.text)
    _grey(p.add_run(" — " + _cites(block.cites)))
    for extra in block.extras:
        p.add_run(f" ({extra.label}: ").italic = True
        p.add_run(extra.text).italic = True
        if extra.cites:
            _grey(p.add_run(" — " + _cites(extra.cites)))
        p.add_run(")").italic = True


def column_widths(columns: list[list[str]], total: int) -> list[int]:
    """Widths (EMU) summing to ``total``: each at least its longest word, the rest shared by text length."""
    floor = [max(len(w) for text in col for w in (text.split() or [""])) * WIDE_CHAR + CELL_PADDING for col in columns]
    if sum(floor) >= total:
        return [int(total * f / sum(floor)) for f in floor]
    # The space beyond each column's floor goes where its text would wrap most.
    want = [
        max(0, max(len(t) for t in col) * CHAR_WIDTH + CELL_PADDING - f) for col, f in zip(columns, floor, strict=True)
    ]
    spare = total - sum(floor)
    if sum(want) <= spare:
        extra = [w + (spare - sum(want)) * w / (sum(want) or 1) for w in want]
    else:
        extra = [spare * w / sum(want) for w in want]
    return [int(f + e) for f, e in zip(floor, extra, strict=True)]


def _table(doc: DocxDocument, block: Table, width: int) -> None:
    header = [*block.header, "Source"]
    body = [[*row, _cites(cites, labels=False)] for row, cites in zip(block.rows, block.cites, strict=True)]
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    table.autofit = False
    widths = column_widths([list(col) for col in zip(header, *body, strict=True)], width)
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        run.font.size = TABLE_SIZE
    for row in body:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = ""
            cell.paragraphs[0].add_run(text).font.size = TABLE_SIZE
    for n, w in enumerate(widths):
        table.columns[n].width = w
        for cell in table.columns[n].cells:
            cell.width = w
    # Repeat the header row on every page a long table spans.
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    mark = OxmlElement("w:tblHeader")
    mark.set(qn("w:val"), "true")
    tr_pr.append(mark)


def _hyperlink(paragraph, url: str) -> None:
    """An external link run (python-docx has no API for one)."""
    r_id = paragraph.part.relate_to(
        url, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", is_external=True
    )
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    props.append(style)
    run.append(props)
    text = OxmlElement("w:t")
    text.text = url
    run.append(text)
    link.append(run)
    paragraph._p.append(link)


def _sources(doc: DocxDocument, block: SourceList, base_url: str) -> None:
    for ref in block.references:
        p = doc.add_paragraph()
        p.add_run(f"[{ref.number}] {ref.text}").font.size = CITATION_SIZE
        if base_url:
            p.add_run(" ")
            _hyperlink(p, f"{base_url}/reports/{ref.report_id}")


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


def render_docx(brief: Brief, base_url: str = "", paper: str = "a4") -> bytes:
    """The brief as DOCX bytes on ``paper`` (a4, letter); ``base_url`` links the list of sources to the web app."""
    doc = Document()
    doc.core_properties.title = brief.title
    section = doc.sections[0]
    section.page_width, section.page_height = PAPER[paper]
    section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = MARGIN
    text_width = section.page_width - 2 * MARGIN
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
            _table(doc, block, text_width)
        elif isinstance(block, Picture):
            _picture(doc, block)
        elif isinstance(block, SourceList):
            _sources(doc, block, base_url.rstrip("/"))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
