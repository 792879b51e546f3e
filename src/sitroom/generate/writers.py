"""Writers: one generated report → the bytes of a .txt, .docx or .pdf file, laid out as offices do."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from xml.sax.saxutils import escape

FORMATS = ("txt", "docx", "pdf")

# Tokens that must not open a wrapped line, or the reader would take the line for a new bullet,
# a list number or a heading: dashes, "3)" / "a.", and acronyms such as "PPE" or "NHS".
_GLUE = re.compile(r"^(?:[-–—•*+>]|\(?\d{1,2}[.)]|\(?[a-z][.)]|[A-Z][A-Z0-9’'-]+[,;:.)]?)$")


@dataclass(frozen=True, slots=True)
class Layout:
    """How a series lays its reports out, per format."""

    txt_bullet: str = "•"  # "•", "-", or "" for items separated by blank lines without a glyph
    wrap: int = 90  # characters per line in .txt
    docx_headings: str = "style"  # style (Word "Heading 1") or bold (a bold Normal paragraph)
    docx_items: str = "list"  # list ("List Bullet" style) or plain (Normal paragraphs)
    pdf_size: float = 10.5  # body text size in the PDF (headings and title scale with it)


@dataclass(frozen=True, slots=True)
class Page:
    """What is printed: the title line and each section's heading and item texts."""

    title: str
    sections: tuple[tuple[str, tuple[str, ...]], ...]


def wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap to ``width`` characters that never starts a line with a bullet-like token."""
    words: list[str] = []
    for tok in text.split():
        if words and _GLUE.match(tok):
            words[-1] += " " + tok
        else:
            words.append(tok)
    lines: list[str] = []
    cur = ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines


def write_txt(page: Page, layout: Layout) -> bytes:
    """Plain text: title, blank line, then each heading with its items (wrapped, hanging indent)."""
    out = [page.title, ""]
    glyph = layout.txt_bullet
    for heading, items in page.sections:
        out += [heading, ""]
        for text in items:
            if glyph:
                lines = wrap(text, layout.wrap - 2)
                out.append(f"{glyph} {lines[0]}")
                out += [f"  {line}" for line in lines[1:]]
            else:
                out += [*wrap(text, layout.wrap), ""]
        if glyph:
            out.append("")
    return ("\n".join(out).rstrip("\n") + "\n").encode("utf-8")


def write_docx(page: Page, layout: Layout) -> bytes:
    """Word: a Title (or big bold) title, Heading 1 (or bold) headings, "List Bullet" (or Normal) items."""
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.core_properties.title = page.title
    doc.core_properties.created = doc.core_properties.modified = _FIXED_TIME
    styled = layout.docx_headings == "style"
    if styled:
        doc.add_heading(page.title, level=0)
    else:
        run = doc.add_paragraph().add_run(page.title)
        run.bold = True
        run.font.size = Pt(14)
    for heading, items in page.sections:
        if styled:
            doc.add_heading(heading, level=1)
        else:
            doc.add_paragraph().add_run(heading).bold = True
        for text in items:
            doc.add_paragraph(text, style="List Bullet" if layout.docx_items == "list" else None)
    buf = io.BytesIO()
    doc.save(buf)
    return _fixed_zip_times(buf.getvalue())


_FIXED_TIME = datetime(2020, 1, 1)


def _fixed_zip_times(data: bytes) -> bytes:
    """Rewrite a zip with fixed member times, so the same report gives the same bytes (idempotent ingest)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info))
    return out.getvalue()


def write_pdf(page: Page, layout: Layout) -> bytes:
    """PDF (reportlab): bold title and headings, bulleted item lists, a running "Page N" footer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate

    buf = io.BytesIO()
    margin = 2.2 * cm
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        title=page.title,
        author="sitroom generate",
        invariant=1,  # no timestamps or random ids: the same report gives the same bytes
    )
    size = layout.pdf_size
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=size * 0.8)
    head = ParagraphStyle(
        "head", fontName="Helvetica-Bold", fontSize=size + 1, leading=size + 4.5, spaceBefore=size, spaceAfter=size / 2
    )
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=size, leading=size * 1.35, spaceAfter=size * 0.4)
    story: list = [Paragraph(escape(page.title), title)]
    for heading, items in page.sections:
        story.append(Paragraph(escape(heading), head))
        story.append(
            ListFlowable(
                [ListItem(Paragraph(escape(t), body), leftIndent=14) for t in items],
                bulletType="bullet",
                start="•",
                leftIndent=14,
                bulletFontSize=size - 1.5,
            )
        )

    def footer(canvas, _doc) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(A4[0] - margin, 1.2 * cm, f"Page {canvas.getPageNumber()}")
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


WRITERS: dict[str, Callable[[Page, Layout], bytes]] = {"txt": write_txt, "docx": write_docx, "pdf": write_pdf}
