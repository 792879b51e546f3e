"""Word 2007+ (.docx): paragraphs and table cells in document order, with the hints Word gives.

python-docx opens the package (parts, relationships, styles, numbering); the body is then walked
with lxml directly, because python-docx's table and cell API is very slow on large merged-cell
tables and the sitreps this reads carry tables of a thousand rows and more.

What becomes what:
- Word heading styles (Heading 1..9, outline levels) → HEADING; Title/Subtitle → title block.
- Paragraphs formatted as headings without a heading style (short, no final punctuation, and all
  bold, ALL CAPS or larger than the body text) → HEADING, level from the size.
- List paragraphs (numbering directly or through the style, list styles) and paragraphs opening
  with a literal bullet or list number → ITEM, the glyph or rendered list label in ``bullet``.
- Data tables (mostly numbers) are kept out of the blocks and listed in ``Document.tables``; text
  tables are read cell by cell: header rows and date cells are skipped, a short row-label cell
  becomes a sub-heading, bullet paragraphs in cells become items.
- Headers, footers, footnotes, images, table captions and fine-print notes under tables are left out.
"""

from __future__ import annotations

import contextlib
import io
import posixpath
import re
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from sitroom.errors import CorruptDocument, EmptyDocument, UnsupportedFormat
from sitroom.extract.base import ExtractContext
from sitroom.model import BlockKind, Document, DocumentBuilder, TableInfo

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_P, _TBL, _TR, _TC, _R, _T = (_W + x for x in ("p", "tbl", "tr", "tc", "r", "t"))
_SDT, _SDT_CONTENT = _W + "sdt", _W + "sdtContent"
_VAL = _W + "val"

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DOCX_SUFFIXES = (".docx", ".docm", ".dotx", ".dotm")
_MAIN_PART = re.compile(r"^word/document\d*\.xml$")
# Office parts compress 10-40:1; deflate bombs reach 1000:1. Small parts are not worth checking.
_MAX_RATIO = 200
_RATIO_MIN_BYTES = 1_000_000

# Containers whose paragraphs belong to the paragraph they sit in and are read on their own.
_SKIP_IN_RUN = {_W + x for x in ("delText", "instrText", "footnoteReference", "endnoteReference")}
_TRANSPARENT = {_W + x for x in ("hyperlink", "ins", "smartTag", "customXml", "fldSimple", "dir", "bdo")}
_DROPPED = {_W + x for x in ("del", "moveFrom", "pPr", "rPr")}

_SYMBOL_BULLETS = {"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "➢", "\uf076": "❖", "\uf0fc": "✓", "\uf0a8": "□"}
_GLYPH = re.compile(
    r"^\s*(?P<g>[•·▪▫◦●○■□➢➤►▶✓✔❖\-–—*\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8]"
    r"|\(?(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)]|\d{1,2}(?:\.\d{1,2})+\.?)\s+(?=\S)"
)
_FINAL_PUNCT = ".,;!?"
_CAPTION = re.compile(r"^(table|figure|fig\.|chart|graph|map|photo)\s*[\dIVX]+[.:]?\s", re.I)
_NOTE = re.compile(r"^\W*(n\s*ote|source|sources|notes?)\b\s*:?|^\*", re.I)
_SIGNATURE = re.compile(r"^(prepared|noted|approved|reviewed|submitted|certified)\s+by\b|^releasing officer", re.I)
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_ONLY = re.compile(
    rf"^(\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}})(\s*[,-]?\s*\d{{1,2}}(:\d{{2}})?\s*[ap]\.?m\.?)?$",
    re.I,
)
_NUMERIC = re.compile(r"^[\s\d,.\-–—%₱$€£()/:+*xX#]*$")
_TITLE_WORDS = re.compile(r"\b(report|sitrep|update|bulletin|briefing)\b|#\s*\d|\bno\.\s*\d", re.I)
_AS_OF = re.compile(rf"^(as of|as at|period|reporting period|date|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})", re.I)
_HEADING_STYLE = re.compile(r"^heading\s*(\d)$", re.I)
_WS = re.compile(r"[ \t\r\n\u00a0\u2007\u202f]+")


# ----------------------------------------------------------------------------------------------
# Package: zip checks before anything inflates it
# ----------------------------------------------------------------------------------------------


def check_package(data: bytes, source: str, ctx: ExtractContext) -> zipfile.ZipFile:
    """Open the zip, refusing anything that is not a sane DOCX before any part is inflated."""
    if data.startswith(_OLE_MAGIC):
        raise UnsupportedFormat(
            source,
            "legacy Word .doc (OLE) file or a password-protected document: "
            "open it in Word or LibreOffice and save it as .docx",
        )
    if not data.startswith(_ZIP_MAGIC):
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
            f"zip bomb suspected: parts inflate to {total / 1e6:.0f} MB, "
            f"over the {ctx.max_unzipped_bytes / 1e6:.0f} MB limit",
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


_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


class Package:
    """The parts of a checked DOCX zip that the extractor reads: main document, styles, numbering.

    Parts are located through the package relationships (as Word and python-docx do) and parsed
    with a non-resolving, non-networking lxml parser. Only these few parts are inflated: the
    python-docx loader parses every XML part of the package (settings, web settings, ...), which
    costs more than the whole extraction on the sitreps this is tuned for.
    """

    def __init__(self, zf: zipfile.ZipFile, source: str) -> None:
        self.zf = zf
        self.source = source
        self.names = set(zf.namelist())
        main = self._target("_rels/.rels", "", "/officeDocument") or "word/document.xml"
        if main not in self.names:
            main = "word/document.xml"
        self.main = main
        folder = main.rsplit("/", 1)[0] + "/" if "/" in main else ""
        rels = f"{folder}_rels/{main.rsplit('/', 1)[-1]}.rels"
        self.styles_name = self._target(rels, folder, "/styles") or f"{folder}styles.xml"
        self.numbering_name = self._target(rels, folder, "/numbering") or f"{folder}numbering.xml"

    def read(self, name: str) -> bytes | None:
        """The bytes of a part, or None when the package does not have it."""
        if name not in self.names:
            return None
        try:
            return self.zf.read(name)
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError) as e:
            raise CorruptDocument(self.source, f"damaged zip entry {name} ({e})") from e

    def xml(self, name: str) -> Any | None:
        """A parsed part, or None when missing."""
        data = self.read(name)
        return None if data is None else parse_xml(data, self.source, name)

    def _target(self, rels_name: str, folder: str, type_suffix: str) -> str | None:
        try:
            root = self.xml(rels_name)
        except CorruptDocument:
            return None
        if root is None:
            return None
        for rel in root.iter(_REL):
            if rel.get("Type", "").endswith(type_suffix) and rel.get("TargetMode") != "External":
                target = rel.get("Target", "")
                return target.lstrip("/") if target.startswith("/") else posixpath.normpath(folder + target)
        return None

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


_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True, remove_pis=True)


def parse_xml(data: bytes, source: str, name: str) -> Any:
    """Parse one XML part; damaged XML is a corrupt document."""
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as e:
        raise CorruptDocument(source, f"damaged XML in {name} ({e})") from e


# A table whose XML is this big is checked on the raw bytes before the tree is built: a numbers
# grid is replaced by a stub, which saves most of the parsing time on the DROMIC reports.
_BIG_TABLE = 256 * 1024
_TBL_TAG = re.compile(rb"<(/?)w:tbl[ >]")
_P_BYTES = re.compile(rb"<w:p[ >].*?</w:p>", re.S)
_T_BYTES = re.compile(rb"<w:t(?:\s[^>]*)?>([^<]*)</w:t>")
_STUB_ROWS, _STUB_COLS = "sitroom-rows", "sitroom-cols"


def stub_big_data_tables(xml: bytes) -> bytes:
    """Replace each large top-level numbers table by ``<w:tbl sitroom-rows=.. sitroom-cols=../>``.

    Only tables whose sampled paragraphs hold no sentence are replaced; anything else is left
    for the normal (tree) classification.
    """
    if len(xml) < _BIG_TABLE:
        return xml
    out: list[bytes] = []
    pos = depth = start = 0
    for m in _TBL_TAG.finditer(xml):
        if not m.group(1):
            if depth == 0:
                start = m.start()
            depth += 1
            continue
        depth -= 1
        if depth < 0:
            return xml  # unbalanced: leave it to the parser to complain
        if depth or m.end() - start < _BIG_TABLE:
            continue
        span = xml[start : m.end()]
        if _sample_has_prose(span):
            continue
        rows = len(re.findall(rb"<w:tr[ >]", span))
        grid_end = span.find(b"</w:tblGrid>")
        cols = span.count(b"<w:gridCol", 0, grid_end) if grid_end > 0 else 0
        out.append(xml[pos:start])
        out.append(f'<w:tbl {_STUB_ROWS}="{rows}" {_STUB_COLS}="{cols}"/>'.encode())
        pos = m.end()
    if not out:
        return xml
    out.append(xml[pos:])
    return b"".join(out)


def _sample_has_prose(span: bytes) -> bool:
    chunk = 120_000
    mid = len(span) // 2
    for piece in (span[:chunk], span[mid : mid + chunk], span[-chunk:]):
        for m in _P_BYTES.finditer(piece):
            text = b"".join(_T_BYTES.findall(m.group(0))).decode("utf-8", "replace")
            if _is_prose(text):
                return True
    return False


# ----------------------------------------------------------------------------------------------
# Styles and numbering
# ----------------------------------------------------------------------------------------------


def _on(el: Any) -> bool:
    """A Word toggle property (<w:b/>, <w:b w:val="0"/>)."""
    return el.get(_VAL, "true").lower() not in ("0", "false", "off", "none")


@dataclass(slots=True)
class RunProps:
    """The run properties that matter here; None = not set at this layer."""

    bold: bool | None = None
    size: float | None = None  # points
    caps: bool | None = None
    hidden: bool | None = None

    @classmethod
    def of(cls, rpr: Any) -> RunProps:
        out = cls()
        if rpr is None:
            return out
        for child in rpr:
            tag = child.tag
            if tag == _W + "b":
                out.bold = _on(child)
            elif tag == _W + "sz":
                with contextlib.suppress(TypeError, ValueError):
                    out.size = int(child.get(_VAL)) / 2
            elif tag == _W + "caps":
                out.caps = _on(child)
            elif tag == _W + "vanish":
                out.hidden = _on(child)
        return out

    def under(self, base: RunProps) -> RunProps:
        """These properties, falling back to ``base`` where unset."""
        return RunProps(
            self.bold if self.bold is not None else base.bold,
            self.size if self.size is not None else base.size,
            self.caps if self.caps is not None else base.caps,
            self.hidden if self.hidden is not None else base.hidden,
        )


@dataclass(slots=True)
class StyleInfo:
    name: str = ""
    run: RunProps = field(default_factory=RunProps)
    num_id: str | None = None
    ilvl: int | None = None
    outline: int | None = None  # 0-based outline level


class Styles:
    """Paragraph and character styles with their basedOn chains already resolved."""

    def __init__(self, root: Any | None) -> None:
        self.default_run = RunProps(bold=False, size=11.0, caps=False, hidden=False)
        self.default_para = "Normal"
        raw: dict[str, tuple[str, str | None, Any, Any]] = {}
        if root is not None:
            rpr_default = root.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")
            self.default_run = RunProps.of(rpr_default).under(self.default_run)
            for st in root.iter(_W + "style"):
                sid = st.get(_W + "styleId")
                if not sid:
                    continue
                name_el, based_el = st.find(_W + "name"), st.find(_W + "basedOn")
                name = name_el.get(_VAL, sid) if name_el is not None else sid
                raw[sid] = (
                    name,
                    based_el.get(_VAL) if based_el is not None else None,
                    st.find(_W + "pPr"),
                    st.find(_W + "rPr"),
                )
                if st.get(_W + "type") == "paragraph" and _on_default(st):
                    self.default_para = sid
        self._raw = raw
        self._cache: dict[str, StyleInfo] = {}

    def get(self, sid: str | None) -> StyleInfo:
        """The resolved style: the default paragraph style for None, a bare name for an unknown id."""
        if sid and sid not in self._raw:
            # styles.xml missing or incomplete: the id ("Heading1", "ListBullet") still says a lot
            return StyleInfo(name=sid, run=self.default_run)
        sid = sid or self.default_para
        if sid not in self._raw:
            return StyleInfo(run=self.default_run)
        if sid not in self._cache:
            self._cache[sid] = StyleInfo(run=self.default_run)  # guards basedOn loops
            self._cache[sid] = self._resolve(sid)
        return self._cache[sid]

    def _resolve(self, sid: str) -> StyleInfo:
        name, based, ppr, rpr = self._raw[sid]
        base = self.get(based) if based and based in self._raw and based != sid else StyleInfo(run=self.default_run)
        info = StyleInfo(name, RunProps.of(rpr).under(base.run), base.num_id, base.ilvl, base.outline)
        if ppr is not None:
            num = ppr.find(_W + "numPr")
            if num is not None:
                nid, lvl = num.find(_W + "numId"), num.find(_W + "ilvl")
                if nid is not None:
                    info.num_id = nid.get(_VAL)
                if lvl is not None:
                    info.ilvl = _int(lvl.get(_VAL))
            outline = ppr.find(_W + "outlineLvl")
            if outline is not None:
                info.outline = _int(outline.get(_VAL))
        return info

    def char_run(self, sid: str | None) -> RunProps | None:
        """A character style's own run properties (None when unknown)."""
        if not sid or sid not in self._raw:
            return None
        return self.get(sid).run


def _on_default(st: Any) -> bool:
    return st.get(_W + "default") in ("1", "true", "on")


def _int(s: str | None, default: int = 0) -> int:
    try:
        return int(s) if s is not None else default
    except ValueError:
        return default


_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def _roman(n: int) -> str:
    out = []
    for v, s in _ROMAN:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def _letters(n: int) -> str:
    # Word repeats the letter past z: aa, bb, ...
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""


def _format_number(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


class Numbering:
    """Word list definitions and running counters, to render each list paragraph's label."""

    def __init__(self, root: Any | None) -> None:
        self._abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        self._nums: dict[str, tuple[str, dict[int, int]]] = {}
        self._counters: dict[str, list[int]] = {}
        if root is None:
            return
        for ab in root.iter(_W + "abstractNum"):
            self._abstract[ab.get(_W + "abstractNumId", "")] = self._levels(ab)
        for num in root.iter(_W + "num"):
            ab_el = num.find(_W + "abstractNumId")
            if ab_el is None:
                continue
            starts: dict[int, int] = {}
            for ov in num.iter(_W + "lvlOverride"):
                so = ov.find(_W + "startOverride")
                if so is not None:
                    starts[_int(ov.get(_W + "ilvl"))] = _int(so.get(_VAL), 1)
            self._nums[num.get(_W + "numId", "")] = (ab_el.get(_VAL, ""), starts)

    @staticmethod
    def _levels(ab: Any) -> dict[int, tuple[str, str, int]]:
        levels = {}
        for lvl in ab.iter(_W + "lvl"):
            fmt, text, start = lvl.find(_W + "numFmt"), lvl.find(_W + "lvlText"), lvl.find(_W + "start")
            levels[_int(lvl.get(_W + "ilvl"))] = (
                fmt.get(_VAL, "decimal") if fmt is not None else "decimal",
                text.get(_VAL, "") if text is not None else "",
                _int(start.get(_VAL), 1) if start is not None else 1,
            )
        return levels

    def level(self, num_id: str, ilvl: int) -> tuple[str, str, int] | None:
        """(numFmt, lvlText, start) of a list level, or None when the list is unknown."""
        num = self._nums.get(num_id)
        if num is None:
            return None
        return self._abstract.get(num[0], {}).get(ilvl)

    def label(self, num_id: str, ilvl: int) -> str:
        """Advance the counter of this list level and render its label ("•", "1.", "a)", "I.")."""
        lvl = self.level(num_id, ilvl)
        if lvl is None:
            return ""
        fmt, text, _start = lvl
        if fmt == "bullet":
            return "".join(_SYMBOL_BULLETS.get(c, c) for c in text).strip() or "•"
        if fmt == "none":
            return ""
        counters = self._counters.setdefault(num_id, [0] * 9)
        ilvl = max(0, min(ilvl, 8))
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else self._start(num_id, ilvl)
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0

        def render(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            k_lvl = self.level(num_id, k)
            value = counters[k] or (k_lvl[2] if k_lvl else 1)
            return _format_number(value, k_lvl[0] if k_lvl else "decimal")

        return re.sub(r"%([1-9])", render, text).strip()

    def _start(self, num_id: str, ilvl: int) -> int:
        num = self._nums.get(num_id)
        if num and ilvl in num[1]:
            return num[1][ilvl]
        lvl = self.level(num_id, ilvl)
        return lvl[2] if lvl else 1


# ----------------------------------------------------------------------------------------------
# Paragraphs
# ----------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Para:
    """One Word paragraph, read: its text and the formatting facts the classifier needs."""

    text: str
    style: StyleInfo
    bold: bool  # every visible character bold
    size: float | None  # the size of most characters
    caps: bool  # every letter upper case (typed or by the caps property)
    num_id: str | None
    ilvl: int
    centered: bool
    boxes: list[Any]  # text-box contents, read as blocks of their own after the paragraph

    @property
    def words(self) -> int:
        return len(self.text.split())


def read_para(p: Any, styles: Styles) -> Para:
    """Text and formatting of a paragraph element, without descending into drawings or deletions."""
    ppr = p.find(_W + "pPr")
    sid = num_id = ilvl = None
    centered = False
    para_rpr = None
    if ppr is not None:
        ps = ppr.find(_W + "pStyle")
        sid = ps.get(_VAL) if ps is not None else None
        num = ppr.find(_W + "numPr")
        if num is not None:
            nid, lvl = num.find(_W + "numId"), num.find(_W + "ilvl")
            num_id = nid.get(_VAL) if nid is not None else None
            ilvl = _int(lvl.get(_VAL)) if lvl is not None else None
        jc = ppr.find(_W + "jc")
        centered = jc is not None and jc.get(_VAL) == "center"
        para_rpr = ppr.find(_W + "rPr")
    style = styles.get(sid)
    if num_id is None:
        num_id = style.num_id
    if ilvl is None:
        ilvl = style.ilvl or 0
    if num_id == "0":
        num_id = None

    parts: list[str] = []
    bold_chars = chars = 0
    caps_ok = True
    sizes: Counter[float] = Counter()
    boxes: list[Any] = []

    def run(r: Any) -> None:
        nonlocal bold_chars, chars, caps_ok
        rpr = r.find(_W + "rPr")
        props = RunProps.of(rpr)
        if rpr is not None:
            rs = rpr.find(_W + "rStyle")
            char = styles.char_run(rs.get(_VAL) if rs is not None else None)
            if char is not None:
                props = props.under(RunProps(char.bold, char.size, char.caps, char.hidden))
        props = props.under(style.run)
        if props.hidden:
            return
        buf: list[str] = []
        for child in r:
            tag = child.tag
            if tag == _T:
                buf.append(child.text or "")
            elif tag in (_W + "tab", _W + "ptab"):
                buf.append("\t")
            elif tag in (_W + "br", _W + "cr"):
                if child.get(_W + "type") != "page":
                    buf.append("\n")
            elif tag == _W + "noBreakHyphen":
                buf.append("-")
            elif tag in (_W + "drawing", _W + "pict", _MC + "AlternateContent", _W + "object"):
                boxes.extend(_text_boxes(child))
        text = "".join(buf)
        if not text:
            return
        if props.caps:
            text = text.upper()
        parts.append(text)
        visible = len(text) - text.count(" ") - text.count("\t") - text.count("\n")
        if visible:
            chars += visible
            if props.bold:
                bold_chars += visible
            sizes[props.size or 0.0] += visible
            if any(c.islower() for c in text):
                caps_ok = False

    def walk(el: Any) -> None:
        for child in el:
            tag = child.tag
            if tag == _R:
                run(child)
            elif tag in _TRANSPARENT:
                walk(child)
            elif tag == _SDT:
                content = child.find(_SDT_CONTENT)
                if content is not None:
                    walk(content)
            elif tag == _MC + "AlternateContent":
                boxes.extend(_text_boxes(child))

    walk(p)
    text = _WS.sub(" ", "".join(parts)).strip()
    size = sizes.most_common(1)[0][0] if sizes else style.run.size
    if para_rpr is not None and not text:
        size = RunProps.of(para_rpr).size or size
    return Para(
        text=text,
        style=style,
        bold=chars > 0 and bold_chars == chars,
        size=size or None,
        caps=caps_ok and any(c.isalpha() for c in text),
        num_id=num_id,
        ilvl=ilvl,
        centered=centered,
        boxes=boxes,
    )


def _text_boxes(el: Any) -> list[Any]:
    """The text-box contents inside a drawing, taking one branch of each mc:AlternateContent."""
    out = []
    for box in el.iter(_W + "txbxContent"):
        if any(a.tag == _MC + "Fallback" for a in box.iterancestors()):
            continue
        out.append(box)
    return out


# ----------------------------------------------------------------------------------------------
# Tables
# ----------------------------------------------------------------------------------------------


def _rows(tbl: Any) -> list[Any]:
    """Rows of a table, including rows wrapped in content controls."""
    rows = []
    for child in tbl:
        if child.tag == _TR:
            rows.append(child)
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                rows.extend(c for c in content if c.tag == _TR)
    return rows


def _cells(tr: Any) -> list[Any]:
    cells = []
    for child in tr:
        if child.tag == _TC:
            cells.append(child)
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                cells.extend(c for c in content if c.tag == _TC)
    return cells


def _cell_paras_text(tc: Any) -> list[str]:
    """Texts of a cell's own paragraphs (nested tables excluded), cheaply: no formatting."""
    out = []
    for p in tc:
        if p.tag == _P:
            t = "".join(p.itertext(_T)).strip()
            if t:
                out.append(t)
    return out


def _is_prose(text: str) -> bool:
    words = text.split()
    if len(words) < 6:
        return False
    alpha = sum(1 for w in words if any(c.isalpha() for c in w))
    return alpha >= 0.5 * len(words)


def is_data_table(tbl: Any) -> bool:
    """A numbers grid (to leave out of the items) rather than a table that holds sentences."""
    nonempty = numeric = prose = 0
    for tr in _rows(tbl):
        for tc in _cells(tr):
            texts = _cell_paras_text(tc)
            if not texts:
                continue
            nonempty += 1
            joined = " ".join(texts)
            if _NUMERIC.match(joined):
                numeric += 1
            prose += sum(1 for t in texts if _is_prose(t))
    if prose == 0:
        return True
    return numeric >= 0.5 * nonempty and prose < 0.1 * nonempty


def _grid_cols(tbl: Any, rows: list[Any]) -> int:
    grid = tbl.find(_W + "tblGrid")
    if grid is not None:
        n = len(grid.findall(_W + "gridCol"))
        if n:
            return n
    best = 0
    for tr in rows[:50]:
        n = 0
        for tc in _cells(tr):
            span = tc.find(f"{_W}tcPr/{_W}gridSpan")
            n += _int(span.get(_VAL), 1) if span is not None else 1
        best = max(best, n)
    return best


def _is_vmerge_continuation(tc: Any) -> bool:
    vm = tc.find(f"{_W}tcPr/{_W}vMerge")
    return vm is not None and vm.get(_VAL, "continue") == "continue"


# ----------------------------------------------------------------------------------------------
# The walk
# ----------------------------------------------------------------------------------------------


class _Walker:
    """Walks the body in document order and feeds the builder."""

    def __init__(
        self,
        builder: DocumentBuilder,
        styles: Styles,
        numbering: Numbering,
        body_size: float,
        heading_sizes: list[float],
    ) -> None:
        self.b = builder
        self.styles = styles
        self.numbering = numbering
        self.body_size = body_size
        self.heading_sizes = heading_sizes  # distinct sizes above the body's, largest first
        self.caption: str | None = None
        self.title_open = True  # still inside the masthead at the top of the document
        self.after_table = False  # the last thing seen was a data table (fine print below: notes)
        self.in_notes = False
        self.signature = 0  # paragraphs left to skip in a signature block
        self.tables: list[TableInfo] = []
        self.title_parts: list[str] = []

    # -- containers --------------------------------------------------------------------------

    def container(self, el: Any, cell: dict[str, Any] | None = None) -> None:
        for child in el:
            tag = child.tag
            if tag == _P:
                self.paragraph(child, cell)
            elif tag == _TBL:
                self.table(child, cell)
            elif tag == _SDT:
                if self._is_toc(child):
                    continue
                content = child.find(_SDT_CONTENT)
                if content is not None:
                    self.container(content, cell)
            elif tag in (_W + "customXml", _W + "ins"):
                self.container(child, cell)

    @staticmethod
    def _is_toc(sdt: Any) -> bool:
        gallery = sdt.find(f"{_W}sdtPr/{_W}docPartObj/{_W}docPartGallery")
        return gallery is not None and "contents" in (gallery.get(_VAL) or "").lower()

    # -- paragraphs --------------------------------------------------------------------------

    def paragraph(self, p: Any, cell: dict[str, Any] | None) -> None:
        para = read_para(p, self.styles)
        self.emit(para, cell)
        for box in para.boxes:
            self.container(box, cell)

    def emit(self, para: Para, cell: dict[str, Any] | None) -> None:
        """Classify one paragraph and add it (or not) to the document."""
        text = para.text
        if not text or not any(c.isalnum() for c in text):
            return
        style_name = para.style.name.lower()
        if style_name.startswith("toc") or style_name in ("header", "footer"):
            return
        if style_name == "caption" or (_CAPTION.match(text) and len(text) < 200):
            self.caption = text
            return
        small = para.size is not None and para.size < self.body_size - 1.5
        if cell is None:
            if small and (_NOTE.match(text) or self.after_table or self.in_notes):
                self.in_notes = True  # table notes and source lines: fine print, not items
                return
            self.in_notes = False
            if _SIGNATURE.match(text):
                self.signature = 4
                return
            if self.signature:
                if not (para.size and para.size > self.body_size + 0.5):
                    self.signature -= 1
                    return
                self.signature = 0
        self.after_table = False

        style = {"size": para.size, "bold": para.bold}
        if cell and cell.get("date"):
            style["date"] = cell["date"]
        if cell is not None:
            style["in_table"] = True

        # The masthead: Title/Subtitle styles, or a big bold report name and its "as of" line.
        if self.title_open and cell is None:
            if self._is_title(para):
                self.title_parts.append(text)
                self.b.add(text, BlockKind.PARAGRAPH, title=True, **style)
                return
            self.title_open = False

        m = _HEADING_STYLE.match(style_name)
        outline = para.style.outline
        if m or (outline is not None and outline < 9):
            level = int(m.group(1)) if m else outline + 1  # type: ignore[operator]
            label = self._label(para)
            self._heading(f"{label} {text}" if label else text, level, style)
            return

        list_like = para.num_id is not None and self.numbering.level(para.num_id, para.ilvl) is not None
        if list_like:
            fmt = self.numbering.level(para.num_id, para.ilvl)[0]  # type: ignore[index]
            label = self.numbering.label(para.num_id, para.ilvl)  # type: ignore[arg-type]
            if fmt != "bullet" and self._looks_like_heading(para, strong=True):
                self._heading(f"{label} {text}" if label else text, self._visual_level(para, cell), style)
                return
            if fmt != "none":
                self.b.add(text, BlockKind.ITEM, level=para.ilvl + 1, bullet=label or None, **style)
                return
        if cell is not None and _DATE_ONLY.match(text):
            return  # a date cell or a stray date line in a cell: metadata, not an item
        glyph = _GLYPH.match(text)
        if glyph:
            rest = text[glyph.end() :]
            mark = glyph.group("g")
            if not (self._looks_like_heading(para, strong=True) and mark[0].isalnum()):
                self.b.add(rest, BlockKind.ITEM, level=para.ilvl + 1, bullet=_SYMBOL_BULLETS.get(mark, mark), **style)
                return
        if self._looks_like_heading(para):
            self._heading(text, self._visual_level(para, cell), style)
            return
        if style_name.startswith("list"):
            self.b.add(text, BlockKind.ITEM, level=para.ilvl + 1, **style)
            return
        if cell is not None and not any(c.isalpha() for c in text):
            return  # a lone figure in a text table cell
        self.b.add(text, BlockKind.PARAGRAPH, **style)

    def _label(self, para: Para) -> str:
        if para.num_id is None or self.numbering.level(para.num_id, para.ilvl) is None:
            return ""
        label = self.numbering.label(para.num_id, para.ilvl)
        return "" if self.numbering.level(para.num_id, para.ilvl)[0] == "bullet" else label  # type: ignore[index]

    def _is_title(self, para: Para) -> bool:
        name = para.style.name.lower()
        if name in ("title", "subtitle"):
            return True
        if _HEADING_STYLE.match(name):
            return False
        if not self.title_parts:
            # A masthead names the report; a first bold line without such words is a heading.
            return self._looks_like_heading(para) and (bool(_TITLE_WORDS.search(para.text)) or para.centered)
        # Lines under the title: its date line ("as of 06 June 2020, 6AM") or a subtitle.
        return len(para.text) < 100 and (bool(_AS_OF.match(para.text)) or (para.centered and para.words < 12))

    def _looks_like_heading(self, para: Para, strong: bool = False) -> bool:
        """Short, no final punctuation, and set apart by weight, capitals or size."""
        text = para.text
        if para.words > 15 or len(text) > 120 or text[-1] in _FINAL_PUNCT:
            return False
        if _DATE_ONLY.match(text) or _NOTE.match(text) or not any(c.isalpha() for c in text):
            return False
        larger = para.size is not None and para.size >= self.body_size + 1.5
        if strong:
            return para.bold and para.words <= 12
        return larger or para.bold or (para.caps and para.words <= 10 and len(text) > 2)

    def _visual_level(self, para: Para, cell: dict[str, Any] | None) -> int:
        if cell is not None:
            return 2  # a row label or a sub-heading in a cell: the sub-heading level of the GOLD format
        if para.size is not None and para.size >= self.body_size + 1.5 and self.heading_sizes:
            # the largest heading size is level 1, the next one level 2
            return 1 if para.size >= self.heading_sizes[0] - 0.25 else 2
        return 2 if self.heading_sizes else 1

    def _heading(self, text: str, level: int, style: dict[str, Any]) -> None:
        self.title_open = False
        self.b.add(text, BlockKind.HEADING, level=level, **style)

    # -- tables ------------------------------------------------------------------------------

    def table(self, tbl: Any, cell: dict[str, Any] | None) -> None:
        self.title_open = False
        if tbl.get(_STUB_ROWS) is not None:
            self._data_table(_int(tbl.get(_STUB_ROWS)), _int(tbl.get(_STUB_COLS)))
            return
        rows = _rows(tbl)
        if not rows:
            return
        if is_data_table(tbl):
            self._data_table(len(rows), _grid_cols(tbl, rows))
            return
        self.caption = None
        first = True
        for tr in rows:
            cells = [tc for tc in _cells(tr) if not _is_vmerge_continuation(tc)]
            texts = [_cell_paras_text(tc) for tc in cells]
            if first and self._is_header_row(tr, cells, texts):
                first = False
                continue
            first = False
            filled = [i for i, t in enumerate(texts) if t]
            ctx: dict[str, Any] = {"date": cell.get("date") if cell else None}
            for i, tc in enumerate(cells):
                t = texts[i]
                joined = " ".join(t)
                is_label = (
                    len(filled) >= 2 and i == filled[0] and len(t) == 1 and not _is_prose(joined) and len(joined) <= 80
                )
                if is_label and _DATE_ONLY.match(joined):
                    ctx["date"] = joined
                    continue
                if is_label and tc.find(f".//{_TBL}") is None:
                    para = read_para(
                        next(p for p in tc if p.tag == _P and "".join(p.itertext(_T)).strip()), self.styles
                    )
                    if any(c.isalpha() for c in para.text):
                        self._heading(
                            para.text,
                            self._visual_level(para, ctx),
                            {"bold": para.bold, "size": para.size, "in_table": True},
                        )
                        continue
                self.container(tc, ctx)

    def _data_table(self, rows: int, cols: int) -> None:
        self.tables.append(TableInfo(None, rows, cols, self.caption))
        self.caption = None
        self.after_table = True

    def _is_header_row(self, tr: Any, cells: list[Any], texts: list[list[str]]) -> bool:
        """A first row of short column labels (bold, or marked to repeat on each page)."""
        if not any(texts):
            return True
        if any(_is_prose(" ".join(t)) or len(t) > 2 for t in texts):
            return False
        if any(_DATE_ONLY.match(" ".join(t)) for t in texts if t):
            return False
        if tr.find(f"{_W}trPr/{_W}tblHeader") is not None:
            return True
        for tc in cells:
            for p in tc:
                if p.tag == _P and "".join(p.itertext(_T)).strip() and not read_para(p, self.styles).bold:
                    return False
        return True


def _body_size(body: Any, styles: Styles) -> tuple[float, list[float]]:
    """The body text size (most common size of running-text paragraphs outside tables) and the
    distinct larger sizes used by short paragraphs (candidate heading sizes), largest first."""
    prose: Counter[float] = Counter()
    short: set[float] = set()
    for p in body:
        if p.tag != _P:
            continue
        para = read_para(p, styles)
        if not para.text or para.size is None:
            continue
        if _is_prose(para.text) and len(para.text) > 60:
            prose[para.size] += len(para.text)
        elif para.words <= 15:
            short.add(para.size)
    body_size = prose.most_common(1)[0][0] if prose else (styles.get(None).run.size or 11.0)
    return body_size, sorted((s for s in short if s >= body_size + 1.5), reverse=True)


class DocxExtractor:
    """Word 2007+ documents."""

    name = "docx"

    def score(self, head: bytes, filename: str) -> float:
        """Zip files that hold a Word document; a .doc/.docx name alone only to explain a refusal."""
        lower = filename.lower()
        if head.startswith(_ZIP_MAGIC):
            if b"word/" in head:
                return 0.9
            if lower.endswith(_DOCX_SUFFIXES):
                return 0.8
            return 0.0
        if head.startswith(_OLE_MAGIC):
            # Outlook .msg files are OLE too and belong to the e-mail extractor.
            return 0.3 if lower.endswith((".doc", ".dot")) else 0.0
        return 0.2 if lower.endswith(_DOCX_SUFFIXES) else 0.0

    def extract(self, data: bytes, source: str, ctx: ExtractContext) -> Document:
        """Read a .docx into blocks (see the module docstring for what becomes what)."""
        pkg = Package(check_package(data, source, ctx), source)
        main = pkg.read(pkg.main)
        if main is None:
            raise CorruptDocument(source, "zip archive without word/document.xml: not a Word document")
        root = parse_xml(stub_big_data_tables(main), source, pkg.main)
        body = root.find(_W + "body")
        if body is None:
            raise EmptyDocument(source, "the document has no body")
        styles = Styles(pkg.xml(pkg.styles_name))
        numbering = Numbering(pkg.xml(pkg.numbering_name))
        body_size, heading_sizes = _body_size(body, styles)

        builder = DocumentBuilder(source, "docx")
        walker = _Walker(builder, styles, numbering, body_size, heading_sizes)
        walker.container(body)
        doc = builder.build()
        doc.tables = walker.tables
        doc.pages = None
        doc.title = " ".join(walker.title_parts) or pkg.core_title()
        doc.meta["body_size"] = body_size
        if not doc.blocks:
            if doc.tables:
                raise EmptyDocument(source, "the document holds only data tables, no text")
            raise EmptyDocument(source, "the document holds no text")
        return doc
