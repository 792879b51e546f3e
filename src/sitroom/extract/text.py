"""Plain text and Markdown: decode whatever encoding the file is in, then one LINE block per line."""

from __future__ import annotations

import re
import unicodedata

from charset_normalizer import CharsetMatch, from_bytes

from sitroom.errors import CorruptDocument
from sitroom.extract.base import ExtractContext
from sitroom.extract.chat import strip_chat
from sitroom.extract.chatcsv import chat_lines
from sitroom.extract.chatexport import strip_chat_export
from sitroom.extract.dokuwiki import dokuwiki_to_markdown, is_dokuwiki
from sitroom.extract.orgmode import is_orgmode, org_to_markdown
from sitroom.extract.rstsyntax import is_rst, read_rst
from sitroom.extract.tabregister import read_tab_registers
from sitroom.extract.tabsections import read_tab_sections
from sitroom.extract.tabsheet import read_tab_sheet, sheet_delimiter
from sitroom.extract.textile import is_textile, textile_to_markdown
from sitroom.extract.texttable import read_text_tables
from sitroom.model import Block, BlockKind, Document

TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".rst", ".textile", ".csv", ".tsv", "")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
# "*Staffing*" alone on a line: a mail client's plain text for a bold line, the stars its markup; "**Staffing**" as a
# chat's Markdown types it. A line with a figure ("*Published 20 April 2020*") is a dateline or a figure set off, not
# a section's name.
_STARRED = re.compile(r"^(?P<stars>\*{1,2})(?P<label>[^*\s\d](?:[^*\d]{0,78}[^*\s.,;:\d])?)(?P=stars)$")
STARRED_WORDS = 10
# A label a plain-text message marks as a heading: ">> RISKS", "» Staffing", "==> NEXT STEPS", or set between
# rules: "=== RISKS ===", "*** STAFFING ***" (dashes around words are a mail program's "Original Message").
_MARKED_HEADING = re.compile(
    r"^(?:>{2,}|»|=+>)\s*(?P<a>[^\W\d_][^.!?]{0,60}?)\s*$|^(?P<rule>={2,}|\*{3,})\s*(?P<b>[^\W\d_][^.!?]{0,60}?)\s*(?P=rule)$"
)
MARKED_WORDS = 8
# A pager or SMS message split into parts marks each part: "[1/3]", "(2/3)", "--- 3/3 ---". The mark
# may fall inside a sentence, which reads on across it.
_PART_MARK = re.compile(r"^[\[(<-]*\s*(?:part\s+)?\d{1,2}\s*/\s*\d{1,2}\s*[\])>-]*$", re.I)
# A line of only "=" or only "-" under a line about as long underlines it: a heading, level 1 for "=" and
# level 2 for "-" (as Markdown's setext headings are written). It is markup, never text.
_UNDERLINE = re.compile(r"^(=|-)\1{2,}$")
# What may follow a signature's delimiter ("-- "): a few lines of a few words each.
SIGNATURE_LINES = 6
SIGNATURE_WORDS = 8
# A line with column gaps is a table's header row, whose rule underneath is no heading mark.
_COLUMN_GAP = re.compile(r"\S\s{3,}\S")
# A rule drawn across the page: a long run of "=", "-", "_", "*", "~" or "#", or a box's edge "+------+".
# It parts what is above from what is below, as a blank line does, and is never text.
# A chat's report draws one with box-drawing strokes ("━━━━━━━━━━").
_RULE = re.compile(
    r"^(?:([=\-_*~#\u2500\u2501\u2550\u2504-\u2509\u254c\u254d\u2014\u25ac])\1{9,}|\+[-=]{3,}(?:\+[-=]{3,})*\+)$"
)
# The side of a box drawn round lines of text: "| MARRICK LRF |", "* SITREP 4 *", "# … #".
_BOX_SIDE = re.compile(r"^[|║│*#]\s+|\s+[|║│*#]$")
# A box at the top is the masthead when it closes within this many lines.
BOX_LINES = 12
# Control characters other than tab/newline/CR/form feed mean the bytes are not text.
# Signatures of container formats that must never be read as text, whatever their name.
_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"\x89PNG", b"\xff\xd8\xff", b"GIF8")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SINGLE_BYTE = ["cp1252", "latin_1", "utf_8", "cp1250", "mac_roman"]
# Windows-1252 is by far the most common single-byte encoding of the reports read here; within its
# neighbours a short text often decodes without any tell-tale mess ("£1.2m" is "Ł1.2m" in cp1250).
_CP1252_NEIGHBOURS = {"cp1250", "latin_1", "iso8859_1", "iso8859_2", "iso8859_15", "mac_roman", "cp1257"}
_CHAOS_MARGIN = 0.01


def decode_text(data: bytes, source: str) -> str:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 (BOM) or the best guess of charset-normalizer."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        # UTF-16 without a BOM: every other byte of ASCII text is zero.
        even, odd = data[0:4096:2].count(0), data[1:4096:2].count(0)
        if odd > len(data[:4096]) // 4 and even == 0:
            return data.decode("utf-16-le", errors="replace")
        if even > len(data[:4096]) // 4 and odd == 0:
            return data.decode("utf-16-be", errors="replace")
        raise CorruptDocument(source, "binary data, not text")
    matches = from_bytes(data, cp_isolation=_SINGLE_BYTE)
    best = matches.best()
    if best is not None and (western := _prefer_cp1252(data, best, list(matches))) is not None:
        return western
    if best is None:
        best = from_bytes(data).best()
    if best is None:
        raise CorruptDocument(source, "binary data, not text (no text encoding fits)")
    return str(best)


def _prefer_cp1252(data: bytes, best: CharsetMatch, matches: list[CharsetMatch]) -> str | None:
    """The text as cp1252 when charset-normalizer chose a neighbouring code page but cp1252 reads it as well.

    As well means: no more mess by charset-normalizer's measure, and no more misplaced characters where
    the two readings differ (a currency sign before a letter, a letter run into a number: ``£odzi`` and
    ``Ł1.2m`` are each one) — so "£1.2m" stays money and Polish "Łodzi" stays Polish.
    """
    if best.encoding not in _CP1252_NEIGHBOURS:
        return None
    western = next((m for m in matches if "cp1252" in m.could_be_from_charset), None)
    if western is None or western.chaos > best.chaos + _CHAOS_MARGIN:
        return None
    try:
        ours, theirs = data.decode("cp1252"), str(best)
    except UnicodeDecodeError:
        return None
    if len(ours) != len(theirs):  # not two single-byte readings of the same bytes
        return None
    differ = [i for i, (a, b) in enumerate(zip(ours, theirs, strict=True)) if a != b]
    if sum(_misplaced(ours, i) for i in differ) <= sum(_misplaced(theirs, i) for i in differ):
        return ours
    return None


def _misplaced(text: str, i: int) -> bool:
    """Whether ``text[i]`` sits where such a character does not: a currency sign before a letter, a letter
    run into a number, punctuation or a symbol inside a word."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    category = unicodedata.category(text[i])
    if category == "Sc":
        return after.isalpha()
    if category[0] == "L":
        return before.isdigit() or after.isdigit()
    if category[0] in "PS":
        return before.isalpha() and after.isalpha()
    return False


def check_is_text(text: str, source: str) -> None:
    """Refuse bytes that decoded but are mostly control characters (a binary file named .txt)."""
    sample = text[:20000]
    if not sample:
        return
    bad = len(_CONTROL.findall(sample)) + sample.count("\ufffd")
    if bad > max(8, len(sample) // 50):
        raise CorruptDocument(source, "binary data, not text")


def signature_start(lines: list[str]) -> int:
    """The index of a closing signature's delimiter ("-- " alone on its line, as mail and news programs set
    it off), or ``len(lines)``. Only a few short lines (a name, a team, a number) may follow it."""
    for n in range(len(lines) - 1, max(-1, len(lines) - SIGNATURE_LINES - 8), -1):
        if lines[n] == "-- ":  # with its space: a bare "--" may part the text, as a rule does
            after = [line for line in lines[n + 1 :] if line.strip()]
            short = all(len(line.split()) <= SIGNATURE_WORDS for line in after)
            return n if after and len(after) <= SIGNATURE_LINES and short else len(lines)
    return len(lines)


def underline_level(line: str, above: str) -> int | None:
    """The heading level an underline gives the line above it (1 for "===", 2 for "---"), or None.

    The underline is about as long as the line it marks (from half to one and a half times, give or take
    two characters); a line of dashes under a table's column headings is a rule, not an underline.
    """
    m = _UNDERLINE.match(line)
    if not m or not above.strip() or _COLUMN_GAP.search(above):
        return None
    if not 0.5 * len(above) - 2 <= len(line) <= 1.5 * len(above) + 2:
        return None
    return 1 if m.group(1) == "=" else 2


def is_rule(line: str) -> bool:
    """A line that only draws a rule across the page ("=====…", "+-----+")."""
    return _RULE.match(line.strip()) is not None


def top_box(lines: list[str]) -> tuple[int, int] | None:
    """The first and last line (indices) of a box drawn round the opening lines, rules included, or None.

    The writer's system draws its masthead so: a rule, the organisation, the report's name and its period,
    a rule ("=====" lines, or "+----+" with "|" sides). The box holds a few lines of text and closes soon.
    """
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or not is_rule(lines[first]):
        return None
    for i in range(first + 1, min(len(lines), first + BOX_LINES + 2)):
        if is_rule(lines[i]):
            inside = [line for line in lines[first + 1 : i] if line.strip()]
            return (first, i) if inside else None
    return None


def box_text(line: str) -> str:
    """A line inside a box without the box's sides."""
    return _BOX_SIDE.sub("", line.strip()).strip()


def _as_markdown(markdown: str, source: str, ctx: ExtractContext, dropped: dict[str, int] | None = None) -> Document:
    """A text file written in another markup, rewritten as the CommonMark it stands for and read as Markdown; what
    the rewriting left out (``dropped``, by kind) is counted."""
    from sitroom.extract.markdown import MarkdownExtractor  # the Markdown reader reads text files' helpers

    doc = MarkdownExtractor().extract(markdown.encode("utf-8"), source, ctx)
    doc.format = "txt"
    doc.warnings += [f"{count} {what}(s) left out" for what, count in (dropped or {}).items()]
    return doc


def _textile(text: str, source: str, ctx: ExtractContext) -> Document:
    """A Textile page read as the Markdown it stands for (``textile``)."""
    markdown, dropped = textile_to_markdown(text.split("\n"))
    doc = _as_markdown(markdown, source, ctx)
    if dropped:
        doc.warnings.append(f"{dropped} wiki macro or picture line(s) left out")
    return doc


def _dokuwiki(text: str, source: str, ctx: ExtractContext) -> Document:
    """A DokuWiki page read as the Markdown it stands for (``dokuwiki``)."""
    from markdown_it import MarkdownIt

    from sitroom.extract.markdown import inline_text  # the Markdown reader reads text files' helpers

    page = dokuwiki_to_markdown(text.split("\n"))
    doc = _as_markdown(page.markdown, source, ctx, page.dropped)
    if page.masthead:
        # the box heading the page holds its particulars (date, author, next report), as a box drawn round a
        # text file's opening lines holds its masthead: no section's item
        md = MarkdownIt("commonmark")
        boxed = " ".join(inline_text(md.parseInline(line)[0]) for line in page.masthead)
        for n, block in enumerate(doc.blocks):
            if block.kind is BlockKind.HEADING and n:  # a section's (a heading opening the page is its name)
                break
            if not block.style.get("title") and " ".join(block.text.split()) in boxed:
                block.style |= {"title": True, "masthead": True}
    return doc


def _orgmode(text: str, source: str, ctx: ExtractContext) -> Document:
    """An Org file read as the Markdown it stands for (``orgmode``)."""
    org = org_to_markdown(text.split("\n"))
    return _as_markdown(org.markdown, source, ctx, org.dropped)


class TextExtractor:
    """Text and Markdown files."""

    name = "text"

    def score(self, head: bytes, filename: str) -> float:
        if head.startswith(_BINARY_MAGIC):
            return 0.0
        lower = filename.lower()
        suffix = lower[lower.rfind(".") :] if "." in lower else ""
        if suffix in TEXT_SUFFIXES:
            return 0.5
        # Anything else no other extractor claims is tried as text last; the decoder refuses binaries.
        return 0.05

    def extract(self, data: bytes, source: str, ctx: ExtractContext) -> Document:
        text = decode_text(data, source)
        check_is_text(text, source)
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
        markdown = source.lower().endswith((".md", ".markdown"))
        if not markdown and is_textile(text.split("\n")):
            return _textile(text, source, ctx)
        if not markdown and is_dokuwiki(text.split("\n")):
            return _dokuwiki(text, source, ctx)
        if not markdown and is_orgmode(text.split("\n")):
            return _orgmode(text, source, ctx)
        if not markdown and (chat := chat_lines(text)) is not None:
            text = "\n".join(chat)  # a chat's history saved as records: read as its export to text
        doc = Document(source=source, format="md" if markdown else "txt", text=text)
        if not markdown and (delimiter := sheet_delimiter(text, source)) and read_tab_sheet(text, doc, delimiter):
            return doc
        pos = 0
        blanks = parts = 0
        lines = text.split("\n")
        rst = read_rst(lines) if not markdown and is_rst(lines, source) else None
        box = None if markdown or rst else top_box(lines)
        signature = signature_start(lines)
        for n, raw in enumerate(lines):
            start = pos
            pos += len(raw) + 1
            stripped = raw.strip()
            if box and n in box:  # the box's top and bottom rules
                continue
            if n >= signature:
                continue
            if rst and (n in rst.skip or n in rst.masthead or n in rst.headings or n == rst.title):
                if n in rst.skip or not stripped:
                    blanks += 1
                    continue
                s = start + len(raw) - len(raw.lstrip())
                body = rst.masthead.get(n) or rst.line(n, stripped)
                heading = n in rst.headings
                style = {"indent": 0, "gap_before": blanks} | ({} if heading else {"title": True})
                style |= {"masthead": True} if n in rst.masthead else {}
                kind = BlockKind.HEADING if heading else BlockKind.PARAGRAPH
                doc.blocks.append(Block(body, kind, None, s, s + len(body), rst.headings.get(n, 1), None, style))
                blanks = 0
                continue
            if rst:
                raw = raw[: len(raw) - len(raw.lstrip())] + rst.line(n, stripped)
                stripped = raw.strip()
            if box and box[0] < n < box[1] and (inside := box_text(raw)):
                # the boxed masthead: who sends the report, its name and period, none a section or an item
                s = start + raw.index(inside)
                style = {"title": True, "masthead": True, "indent": 0, "gap_before": blanks}
                doc.blocks.append(Block(inside, BlockKind.PARAGRAPH, None, s, s + len(inside), 1, None, style))
                blanks = 0
                continue
            if not stripped or (not markdown and is_rule(stripped) and not self._underlines(doc, stripped, blanks)):
                blanks += 1
                continue
            if not markdown and _PART_MARK.match(stripped) and ("[" in stripped or "(" in stripped or "-" in stripped):
                parts += 1  # read through, as if the mark were not there
                continue
            prev = doc.blocks[-1] if doc.blocks and not blanks else None
            if prev is not None and (level := underline_level(stripped, prev.text)):
                prev.kind, prev.level = BlockKind.HEADING, level
                continue
            lead = len(raw) - len(raw.lstrip())
            s = start + lead
            kind, level, body = BlockKind.LINE, 1, stripped
            if markdown and (m := _MD_HEADING.match(stripped)):
                kind, level, body = BlockKind.HEADING, len(m.group(1)), m.group(2)
                s = start + raw.index(body) if body else s
            if not markdown and (m := _MARKED_HEADING.match(stripped)):
                label = m.group("a") or m.group("b")
                if len(label.split()) <= MARKED_WORDS:
                    kind, body, s = BlockKind.HEADING, label, start + raw.index(label)
            style = {"indent": lead, "gap_before": blanks, "length": len(raw.rstrip())}
            if kind is BlockKind.HEADING and not markdown:
                style["marked"] = True  # a name its marks set apart ("*** SITUATION ***", "=== Risks ===", ">> Risks")
            if raw.lstrip(" \t")[:1] == "\u3000":
                style["first_line_indent"] = True  # a Chinese or Japanese paragraph's opening ideographic space
            if rst and n in rst.strong:
                style["bold"] = True
            if not markdown and (m := _STARRED.match(stripped)) and len(m.group("label").split()) <= STARRED_WORDS:
                body, s, style["bold"] = m.group("label"), s + len(m.group("stars")), True
            doc.blocks.append(
                Block(
                    body,
                    kind,
                    None,
                    s,
                    s + len(body),
                    level,
                    None,
                    style,
                )
            )
            blanks = 0
        if not doc.blocks:
            from sitroom.errors import EmptyDocument

            raise EmptyDocument(source, "file holds no text")
        if parts:
            doc.warnings.append(f"{parts} message part mark(s) left out")
        if signature < len(lines):
            doc.warnings.append("1 signature left out")
        for what, count in (rst.dropped if rst else {}).items():
            doc.warnings.append(f"{count} {what}(s) left out")
        if not markdown:
            read_tab_registers(doc)
            read_tab_sections(doc)
            read_text_tables(doc)
        # a group chat exported to text: the report it carries; a chat channel saved as text: the messages,
        # without the app's lines around them
        if not strip_chat_export(doc):
            strip_chat(doc)
        return doc

    @staticmethod
    def _underlines(doc: Document, line: str, blanks: int) -> bool:
        """Whether a rule straight under the last line underlines it (a heading's mark, not a rule)."""
        return bool(doc.blocks and not blanks and underline_level(line, doc.blocks[-1].text))
