"""Word 2007+ (.docx): paragraphs and table cells in document order, with the hints Word gives.

The package is read with zipfile and lxml directly (``package``): python-docx's loader parses
every part and its table and cell API is very slow on large merged-cell tables, and the sitreps
this reads carry tables of a thousand rows and more.

What becomes what:
- Word heading styles (Heading 1..9, outline levels) → HEADING; Title/Subtitle → title block; a cover
  page of short lines before the first page break → title block, its largest line the title (``cover``).
- Paragraphs formatted as headings without a heading style (short, no final punctuation, and all
  bold, ALL CAPS or larger than the body text) → HEADING, level from the size (``headings``).
- List paragraphs (numbering directly or through the style, list styles) and paragraphs opening
  with a literal bullet or list number → ITEM, the glyph or rendered list label in ``bullet``
  (``numbering``).
- Data tables (mostly numbers) are kept out of the blocks and listed in ``Document.tables``; text
  tables are read cell by cell: header rows and date cells are skipped, a short row-label cell
  becomes a sub-heading, bullet paragraphs in cells become items (``tables``, ``walker``).
- Tracked changes are read as accepted: insertions and moved-to text are read, deletions and
  moved-from text are not, and a paragraph whose mark was deleted runs on into the next. Comments
  are not content.
- Content controls are read in place; one still showing its prompt ("Click or tap here to enter
  text.", the Placeholder Text style) is an empty field, left out and counted.
- Headers, footers, images, table captions and fine-print notes under tables are left out; footnote
  and endnote text is left out too (never spliced into the sentence that cites it), and counted.
"""

from __future__ import annotations

from sitroom.errors import CorruptDocument, EmptyDocument
from sitroom.extract.base import ExtractContext
from sitroom.extract.docx.altchunk import read_chunk
from sitroom.extract.docx.cover import drop_fax_cover, take_cover
from sitroom.extract.docx.headings import HeadingRules, measure_body, styled_headings
from sitroom.extract.docx.numbering import Numbering
from sitroom.extract.docx.ooxml import W
from sitroom.extract.docx.package import OLE_MAGIC, ZIP_MAGIC, Package, check_package, parse_xml, stub_big_data_tables
from sitroom.extract.docx.smartart import diagram_points
from sitroom.extract.docx.styles import Styles
from sitroom.extract.docx.walker import Walker
from sitroom.model import Document, DocumentBuilder

__all__ = ["DocxExtractor", "stub_big_data_tables"]

_DOCX_SUFFIXES = (".docx", ".docm", ".dotx", ".dotm")


class DocxExtractor:
    """Word 2007+ documents."""

    name = "docx"

    def score(self, head: bytes, filename: str) -> float:
        """Zip files that hold a Word document; a .doc/.docx name alone only to explain a refusal."""
        lower = filename.lower()
        if head.startswith(ZIP_MAGIC):
            if b"word/" in head:
                return 0.9
            if lower.endswith(_DOCX_SUFFIXES):
                return 0.8
            return 0.0
        if head.startswith(OLE_MAGIC):
            # Outlook .msg files are OLE too and belong to the e-mail extractor.
            return 0.3 if lower.endswith((".doc", ".dot")) else 0.0
        return 0.2 if lower.endswith(_DOCX_SUFFIXES) else 0.0

    def extract(self, data: bytes, source: str, ctx: ExtractContext) -> Document:
        """Read a .docx into blocks (see the package docstring for what becomes what)."""
        pkg = Package(check_package(data, source, ctx), source, ctx)
        main = pkg.read(pkg.main)
        if main is None:
            raise CorruptDocument(source, "zip archive without word/document.xml: not a Word document")
        root = parse_xml(stub_big_data_tables(main), source, pkg.main, ctx.max_xml_elements)
        body = root.find(W + "body")
        if body is None:
            raise EmptyDocument(source, "the document has no body")
        styles = Styles(pkg.xml(pkg.styles_name))
        numbering = Numbering(pkg.xml(pkg.numbering_name))
        body_size, heading_sizes = measure_body(body, styles)

        builder = DocumentBuilder(source, "docx")
        rules = HeadingRules(body_size, heading_sizes, styled_headings(body, styles))
        walker = Walker(builder, styles, numbering, rules)
        chunks: list[Document] = []

        def alt_chunk(rid: str) -> None:
            part = pkg.part_of(rid)
            data = pkg.read(part) if part else None
            chunk = read_chunk(data, source, ctx) if data else None
            if chunk is None:
                walker.dropped["unreadable imported chunk"] = walker.dropped.get("unreadable imported chunk", 0) + 1
                return
            chunks.append(chunk)
            for b in chunk.blocks:
                builder.add(b.text, b.kind, page=b.page, level=b.level, bullet=b.bullet, **b.style)

        def diagram(rid: str) -> list[str] | None:
            part = pkg.part_of(rid)
            model = pkg.xml(part) if part else None
            return diagram_points(model) if model is not None else []

        walker.alt_chunk, walker.diagram = alt_chunk, diagram
        if faxed := drop_fax_cover(body, styles):
            walker.dropped["fax cover sheet part"] = faxed
        walker.title_parts, cover_fields = take_cover(body, styles, builder)
        if walker.title_parts:
            walker.title_open = False  # the cover named the report: the next page opens with its text
        if cover_fields:
            walker.dropped["cover page field"] = cover_fields
        try:
            walker.container(body)
        finally:
            walker.alt_chunk = walker.diagram = None  # the readers refer to the walker: no cycle for the collector
        doc = builder.build()
        doc.tables = walker.tables + [t for c in chunks for t in c.tables]
        doc.pages = None
        titles = (c.title for c in chunks if c.title)
        doc.title = " ".join(walker.title_parts) or pkg.core_title() or next(titles, None) or pkg.page_header()
        doc.warnings.extend(w for c in chunks for w in c.warnings)
        if dated := [c.meta["date"] for c in chunks if "date" in c.meta]:
            doc.meta["date"] = dated[-1]
        doc.meta["body_size"] = body_size
        saved = pkg.saved_date()
        if saved is not None:
            doc.meta["saved"] = saved.isoformat()
        for note in ("footnote", "endnote"):
            # Notes are read apart from the body by a reader, not mid-sentence: left out, and counted.
            count = sum(1 for _ in body.iter(f"{W}{note}Reference"))
            if count:
                walker.dropped[note] = count
        doc.warnings.extend(f"{n} {what}(s) left out" for what, n in walker.dropped.items())
        if not doc.blocks:
            if doc.tables:
                raise EmptyDocument(source, "the document holds only data tables, no text")
            raise EmptyDocument(source, "the document holds no text")
        return doc
