"""The DOCX zip: safety checks before anything inflates, part lookup, and the big-table stub.

Only the few parts the extractor reads are inflated and parsed: the python-docx loader parses
every XML part of the package (settings, web settings, ...), which costs more than the whole
extraction on the sitreps this is tuned for.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterator
from datetime import date
from typing import Any

from lxml import etree

from sitroom.display import format_size
from sitroom.errors import CorruptDocument, UnsupportedFormat
from sitroom.extract.base import ExtractContext
from sitroom.extract.docx.ooxml import STUB_COLS, STUB_ROWS, P, T
from sitroom.extract.docx.patterns import is_prose

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAIN_PART = re.compile(r"^word/document\d*\.xml$")
# Office parts compress 10-40:1; deflate bombs reach 1000:1. Small parts are not worth checking.
_MAX_RATIO = 200
_RATIO_MIN_BYTES = 1_000_000
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True, remove_pis=True)


def check_package(data: bytes, source: str, ctx: ExtractContext) -> zipfile.ZipFile:
    """Open the zip, refusing anything that is not a sane DOCX before any part is inflated."""
    if data.startswith(OLE_MAGIC):
        raise UnsupportedFormat(
            source,
            "legacy Word .doc (OLE) file or a password-protected document: "
            "open it in Word or LibreOffice and save it as .docx",
        )
    if not data.startswith(ZIP_MAGIC):
        raise CorruptDocument(source, "not a DOCX file (not a zip archive)")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as e:
        raise CorruptDocument(source, f"damaged or truncated zip archive ({e})") from e
    if not any(_MAIN_PART.match(i.filename) for i in infos):
        raise CorruptDocument(source, "zip archive without word/document.xml: not a Word document")
    total = sum(i.file_size for i in infos)
    if total > ctx.max_unzipped_bytes:
        raise CorruptDocument(
            source,
            f"zip bomb suspected: parts inflate to {format_size(total)}, "
            f"over the {format_size(ctx.max_unzipped_bytes)} limit",
        )
    for i in infos:
        if i.flag_bits & 0x1:
            raise CorruptDocument(source, f"encrypted zip entry {i.filename}")
        if i.file_size > _RATIO_MIN_BYTES and i.file_size > _MAX_RATIO * max(i.compress_size, 1):
            raise CorruptDocument(
                source,
                f"zip bomb suspected: {i.filename} inflates {i.file_size // max(i.compress_size, 1)}:1",
            )
    return zf


# Time stamps before this year are an exporter's placeholder (the zip format's epoch is 1980).
_FIRST_YEAR = 1990


class Package:
    """The parts of a checked DOCX zip that the extractor reads: main document, styles, numbering.

    Parts are located through the package relationships (as Word and python-docx do) and parsed
    with a non-resolving, non-networking lxml parser, within the part size and element limits of ``ctx``.
    """

    def __init__(self, zf: zipfile.ZipFile, source: str, ctx: ExtractContext) -> None:
        self.zf = zf
        self.source = source
        self.ctx = ctx
        self.names = set(zf.namelist())
        main = self._target("_rels/.rels", "", "/officeDocument") or "word/document.xml"
        if main not in self.names:
            main = "word/document.xml"
        self.main = main
        folder = main.rsplit("/", 1)[0] + "/" if "/" in main else ""
        self._main_rels = f"{folder}_rels/{main.rsplit('/', 1)[-1]}.rels", folder
        self.styles_name = self._target(*self._main_rels, "/styles") or f"{folder}styles.xml"
        self.numbering_name = self._target(*self._main_rels, "/numbering") or f"{folder}numbering.xml"

    def read(self, name: str) -> bytes | None:
        """The bytes of a part, or None when the package does not have it.

        A part that would inflate past ``ctx.max_part_bytes`` is refused before it is inflated: zipfile
        never inflates more than the size the archive declares, so that size is a true bound.
        """
        if name not in self.names:
            return None
        size = self.zf.getinfo(name).file_size
        if size > self.ctx.max_part_bytes:
            raise CorruptDocument(
                self.source,
                f"{name} inflates to {format_size(size)}, over the {format_size(self.ctx.max_part_bytes)} "
                "limit for one part: a document this large is not a sitrep (zip bomb suspected)",
            )
        try:
            return self.zf.read(name)
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError) as e:
            raise CorruptDocument(self.source, f"damaged zip entry {name} ({e})") from e

    def xml(self, name: str) -> Any | None:
        """A parsed part, or None when missing."""
        data = self.read(name)
        return None if data is None else parse_xml(data, self.source, name, self.ctx.max_xml_elements)

    def part_of(self, rid: str) -> str | None:
        """The part the main document's relationship ``rid`` names, inside the package."""
        return next((target for rel, target in self._relations(*self._main_rels) if rel.get("Id") == rid), None)

    def _target(self, rels_name: str, folder: str, type_suffix: str) -> str | None:
        return next(
            (target for rel, target in self._relations(rels_name, folder) if rel.get("Type", "").endswith(type_suffix)),
            None,
        )

    def _relations(self, rels_name: str, folder: str) -> Iterator[tuple[Any, str]]:
        """The internal relationships of a relationships part, each with the part it names inside the package."""
        try:
            root = self.xml(rels_name)
        except CorruptDocument:
            return
        for rel in root.iter(_REL) if root is not None else ():
            if rel.get("TargetMode") != "External":
                target = rel.get("Target", "")
                yield rel, target.lstrip("/") if target.startswith("/") else posixpath.normpath(folder + target)

    def page_header(self, limit: int = 200) -> str | None:
        """The text of the page headers (paragraph by paragraph, repeated ones once), if short: many report
        templates print the report's name and date there and nowhere else."""
        lines: dict[str, None] = {}
        for name in sorted(n for n in self.names if re.fullmatch(r"word/header\d*\.xml", n)):
            try:
                root = self.xml(name)
            except CorruptDocument:
                continue
            for p in root.iter(P) if root is not None else ():
                text = " ".join("".join(t.text or "" for t in p.iter(T)).split())
                if text and not text.isdigit():
                    lines.setdefault(text)
        joined = " ".join(lines)
        return joined if joined and len(joined) <= limit else None

    def core_title(self) -> str | None:
        """dc:title of the core properties, if set."""
        try:
            root = self.xml("docProps/core.xml")
        except CorruptDocument:
            return None
        if root is None:
            return None
        el = root.find("{http://purl.org/dc/elements/1.1/}title")
        return (el.text or "").strip() or None if el is not None else None

    def saved_date(self) -> date | None:
        """When the file was last saved: the core properties' modified or created date, else the newest
        time stamp of its zip entries (exporters that write no properties still stamp the entries; the
        DOS epoch of 1980 that some write means none). A reference for dates printed without a year,
        never the report's date."""
        try:
            root = self.xml("docProps/core.xml")
        except CorruptDocument:
            root = None
        if root is not None:
            for name in ("modified", "created"):
                el = root.find(f"{{http://purl.org/dc/terms/}}{name}")
                if el is not None and el.text:
                    try:
                        found = date.fromisoformat(el.text.strip()[:10])
                    except ValueError:
                        continue
                    if found.year >= _FIRST_YEAR:
                        return found
        stamps = []
        for info in self.zf.infolist():
            try:
                stamps.append(date(*info.date_time[:3]))
            except ValueError:  # a damaged stamp (month 0) says nothing
                continue
        return max((d for d in stamps if d.year >= _FIRST_YEAR), default=None)


def parse_xml(data: bytes, source: str, name: str, max_elements: int) -> Any:
    """Parse one XML part; damaged XML, or more than ``max_elements`` elements, is a corrupt document.

    The elements are counted on the bytes (start and empty tags), so an oversized tree is never built.
    """
    elements = data.count(b"<") - data.count(b"</")
    if elements > max_elements:
        raise CorruptDocument(
            source,
            f"{name} holds about {elements:,} XML elements, over the limit of {max_elements:,}: "
            "a document this large is not a sitrep (zip bomb suspected)",
        )
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as e:
        raise CorruptDocument(source, f"damaged XML in {name} ({e})") from e


# A table whose XML is this big is checked on the raw bytes before the tree is built: a numbers
# grid is replaced by a stub, which saves most of the parsing time on the DROMIC reports.
_BIG_TABLE = 256 * 1024
_TBL = b"w:tbl"
_TR_TAG = re.compile(rb"<w:tr[ >]")
_P_BYTES = re.compile(rb"<w:p[ >].*?</w:p>", re.S)
_T_BYTES = re.compile(rb"<w:t(?:\s[^>]*)?>([^<]*)</w:t>")


def stub_big_data_tables(xml: bytes) -> bytes:
    """Replace each large top-level numbers table by ``<w:tbl sitroom-rows=.. sitroom-cols=../>``.

    Only tables whose sampled paragraphs hold no sentence are replaced; anything else is left
    for the normal (tree) classification.
    """
    if len(xml) < _BIG_TABLE:
        return xml
    out: list[bytes] = []
    pos = depth = start = 0
    for closing, tag_start, tag_end in _table_tags(xml):
        if not closing:
            if depth == 0:
                start = tag_start
            depth += 1
            continue
        depth -= 1
        if depth < 0:
            return xml  # unbalanced: leave it to the parser to complain
        if depth or tag_end - start < _BIG_TABLE:
            continue
        span = xml[start:tag_end]
        if _sample_has_prose(span):
            continue
        rows = len(_TR_TAG.findall(span))
        grid_end = span.find(b"</w:tblGrid>")
        cols = span.count(b"<w:gridCol", 0, grid_end) if grid_end > 0 else 0
        out.append(xml[pos:start])
        out.append(f'<w:tbl {STUB_ROWS}="{rows}" {STUB_COLS}="{cols}"/>'.encode())
        pos = tag_end
    if not out:
        return xml
    out.append(xml[pos:])
    return b"".join(out)


def _table_tags(xml: bytes) -> Iterator[tuple[bool, int, int]]:
    """Each ``<w:tbl>`` and ``</w:tbl>`` tag in order: (closing, start, end). Looked for by the name, which
    a byte search finds several times faster in megabytes of XML than a pattern that stops at every tag."""
    at = xml.find(_TBL)
    while at >= 0:
        if xml[at + 5 : at + 6] in (b" ", b">"):  # not <w:tblPr>, <w:tblGrid>, …
            if xml[at - 1 : at] == b"<":
                yield False, at - 1, at + 6
            elif xml[at - 2 : at] == b"</":
                yield True, at - 2, at + 6
        at = xml.find(_TBL, at + 5)


def _sample_has_prose(span: bytes) -> bool:
    chunk = 120_000
    mid = len(span) // 2
    for piece in (span[:chunk], span[mid : mid + chunk], span[-chunk:]):
        for m in _P_BYTES.finditer(piece):
            text = b"".join(_T_BYTES.findall(m.group(0))).decode("utf-8", "replace")
            if is_prose(text):
                return True
    return False
