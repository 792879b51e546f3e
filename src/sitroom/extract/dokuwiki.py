"""DokuWiki, the wiki markup of DokuWiki sites: a page saved as text (its raw export) reads as the page it shows.

"====== Title ======" … "== Minor ==" are headlines (six "=" the first rank, two the fifth), "  * point" and
"  - point" list entries (two spaces a depth), "^ head ^" and "| cell |" table rows, "> " quotes, "----" a rule,
"<code>" / "<file>" blocks and lines set in by two spaces preformatted text, and "**bold**", "//italic//",
"__underline__", "''monospace''", "[[page|text]]" and "\\\\ " (a forced line break) inline marks. The page is
rewritten as the CommonMark it stands for and read as Markdown (as Textile pages are, ``textile``), so that its
headings, lists and tables are read as such and its markup is no part of the text: pictures ("{{plan.png|…}}"),
macros ("~~NOTOC~~", "{{tag>…}}") and footnotes ("((source: …))", a note on the point, not the point) are left
out and counted; the tags of "<WRAP …>" boxes and "<note>" notes are markup, their content is read; "<nowiki>"
and "%%…%%" text is read as written. The page's first headline, when it is the one of its rank over deeper ones,
is its title, and a box right under it holds the page's particulars (its date, who wrote it), no section's items.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import NamedTuple

_HEADLINE = re.compile(r"^[ \t]*(={2,})[ \t]*([^=\s].*?)[ \t]*={2,}[ \t]*$")
_LIST = re.compile(r"^((?: {2}|\t)+) *([*-])[ \t]*(.*)$")
_PREFORMATTED = re.compile(r"^(?: {2}|\t)")
_QUOTE = re.compile(r"^(>+)[ \t]?(.*)$")
_RULE = re.compile(r"^[ \t]*-{4,}[ \t]*$")
_TABLE = re.compile(r"^[ \t]*[\^|].*[\^|][ \t]*$")
_CODE_OPEN = re.compile(r"^[ \t]*<(code|file)\b[^>]*>", re.I)
_NOWIKI_OPEN = re.compile(r"^[ \t]*<nowiki>[ \t]*$", re.I)
_NOWIKI_CLOSE = re.compile(r"^[ \t]*</nowiki>[ \t]*$", re.I)
# The Wrap plugin's boxes and spans and the Note plugin's notes: the tags are markup, what they hold is text.
_BOX_TAG = re.compile(r"</?(?:wrap|note)\b[^>]*>", re.I)
_BOX_EDGE = re.compile(r"^[ \t]*</?(?:WRAP|note)\b")  # "<WRAP>" a box, "<wrap>" a span in a line
_BOX_OPEN = re.compile(r"^[ \t]*<(WRAP|note)\b[^>]*>[ \t]*$")
_BOX_LINES = 12  # a box of the page's particulars closes within this many lines
_MACRO = re.compile(r"~~[A-Z][A-Z0-9_]*(?::[^~\n]*)?~~")
# What only DokuWiki writes: besides its headlines, one of these says a text file is a DokuWiki page. Plain text
# sets a heading between runs of "=" too ("=== RISKS ==="), and indents its bullets by two spaces.
_DOKUWIKI_SIGN = re.compile(
    r"(?-i:~~[A-Z][A-Z0-9_]*(?::[^~\n]*)?~~)|\[\[[^\]\n]+\]\]|\{\{[^}\n]+\}\}|\(\([^)\n]+\)\)|\\\\(?:[ \t]|$)"
    r"|^[ \t]*</?(?:wrap|note|code|file|nowiki)\b|^\^.*[\^|][ \t]*$|(?<![:\w])//[^/\s][^/\n]*(?<=\S)//(?!\w)"
    r"|''[^'\s][^'\n]*''",
    re.I | re.M,
)
_HEADLINES_NEEDED = 2
# Inline marks, the first found in a run of text taken first; a pair's content is converted in turn.
_INLINE = re.compile(
    r"<nowiki>(?P<nowiki>.*?)</nowiki>|%%(?P<percent>.*?)%%"
    r"|''(?P<mono>.+?)''|<code\b[^>]*>(?P<code>.*?)</code>|<file\b[^>]*>(?P<file>.*?)</file>"
    r"|[ \t]*\(\((?P<footnote>(?:[^()]|\([^()]*\))*)\)\)"
    r"|\{\{(?P<media>[^{}]*)\}\}"
    r"|\[\[(?P<target>[^\]|]*)(?:\|(?P<label>(?:[^\]{]|\{\{[^}]*\}\}|\](?!\]))*))?\]\]"
    r"|(?P<url>\b(?:https?|ftp)://[^\s\[\]|<>]+)"
    r"|(?P<macro>(?-i:~~[A-Z][A-Z0-9_]*(?::[^~]*)?~~))"
    r"|(?P<br>\\\\(?=\s|$))"
    r"|\*\*(?P<bold>.+?)\*\*|(?<!:)//(?P<italic>.+?)(?<!:)//|__(?P<under>.+?)__"
    r"|<(?P<tag>del|sup|sub)>(?P<tagged>.*?)</(?P=tag)>",
    re.I,
)
_PICTURE = re.compile(r"\.(?:png|jpe?g|gif|svg|webp|bmp|tiff?|ico)$", re.I)
# Characters Markdown would read as markup where DokuWiki shows them as they are.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~%{}&])")
# What opens a Markdown block at the head of a line but is text at the head of a DokuWiki one.
_MD_BLOCK_START = re.compile(r"^(?:#{1,6}(?=\s|$)|[-+*=:](?=\s|$|[-=:])|>|\d{1,9}(?=[.)](?:\s|$)))")


def is_dokuwiki(lines: list[str]) -> bool:
    """The text is a DokuWiki page: two headlines or more ("===== Situation ====="), and either headlines of two
    ranks or some other markup only DokuWiki writes ("[[page]]", "{{picture}}", "~~NOTOC~~", "^ head ^", …)."""
    ranks = [_rank(m) for line in lines if (m := _HEADLINE.match(line))]
    if len(ranks) < _HEADLINES_NEEDED:
        return False
    return len(set(ranks)) > 1 or _DOKUWIKI_SIGN.search("\n".join(lines)) is not None


class WikiPage(NamedTuple):
    """A DokuWiki page rewritten as CommonMark."""

    markdown: str
    # what was left out, by kind ("picture", "wiki macro", "footnote")
    dropped: Counter[str]
    # the Markdown lines of the box that opens the page, over its first section: the page's particulars
    masthead: list[str]


def dokuwiki_to_markdown(lines: list[str]) -> WikiPage:
    """The CommonMark the DokuWiki page stands for, what of it was left out, and the lines of its opening box."""
    title = _page_title(lines)
    m = _HEADLINE.match(lines[title]) if title is not None else None
    # under the title, the sections of the next rank are the report's first: the title a first-rank heading (the
    # reader takes it for the title), the others risen as many ranks as it
    page = _Page(opening_box(lines), _rank(m) if m else 0)
    if m:  # named as the title; the headline stays in place, with the lines under it that date the page
        page.out += ["---", "title: " + json.dumps(_plain(m.group(2))), "---", ""]
    page.read(lines)
    return WikiPage("\n".join(page.out) + "\n", page.dropped, page.masthead)


def opening_box(lines: list[str]) -> tuple[int, int] | None:
    """The lines (indices) of the tags that open and close a box ("<WRAP info>" … "</WRAP>", "<note>" …
    "</note>") right under the page's title, at the head of the page (nothing but macros above the title), a
    few lines of text in it (no list, table or headline) and a section under it. A wiki sets a page's particulars
    — its date, who wrote it, when the next one comes — in such a box, as a text file draws a box round its
    masthead."""
    title = _page_title(lines)
    top = next((n for n, line in enumerate(lines) if line.strip() and not _MACRO.fullmatch(line.strip())), None)
    if title is None or top != title:
        return None
    first = next((n for n in range(title + 1, len(lines)) if lines[n].strip()), None)
    if first is None or not (m := _BOX_OPEN.match(lines[first])):
        return None
    close = re.compile(rf"^[ \t]*</{m.group(1)}>[ \t]*$")
    for n in range(first + 1, min(len(lines), first + _BOX_LINES + 2)):
        if close.match(lines[n]):
            inside = [line for line in lines[first + 1 : n] if line.strip()]
            structured = any(_HEADLINE.match(x) or _LIST.match(x) or _TABLE.match(x) for x in inside)
            below = any(_HEADLINE.match(line) for line in lines[n + 1 :])
            return (first, n) if inside and below and not structured else None
    return None


def _rank(m: re.Match[str]) -> int:
    """A headline's level: six "=" are the first, two the fifth."""
    return max(1, 7 - len(m.group(1)))


def _page_title(lines: list[str]) -> int | None:
    """The line of the page's title: its first headline, of a rank no other shares, the others all deeper (a
    page's name set as "====== … ======", or "===== … =====" over "==== … ====" sections)."""
    ranks = [(n, _rank(m)) for n, line in enumerate(lines) if (m := _HEADLINE.match(line))]
    if len(ranks) > 1 and all(rank > ranks[0][1] for _, rank in ranks[1:]):
        return ranks[0][0]
    return None


class _Page:
    """The page's lines rewritten one by one; DokuWiki's blocks end at the line, Markdown's at a blank line."""

    def __init__(self, box: tuple[int, int] | None, rise: int) -> None:
        self.box, self.rise = box, rise
        self.masthead: list[str] = []
        self.out: list[str] = []
        self.dropped: Counter[str] = Counter()
        self.kind = ""  # the kind of block the last line written belongs to
        self.lists: list[tuple[int, int]] = []  # the open list entries: DokuWiki depth, Markdown content indent

    def block(self, kind: str) -> None:
        """Start a line of this kind, a blank line before it when it opens a new block."""
        new = kind != self.kind or kind not in ("list", "table", "text", "quote")
        if new and self.out and self.out[-1] != "":
            self.out.append("")
        if kind != "list":
            self.lists.clear()
        self.kind = kind

    def read(self, lines: list[str]) -> None:
        """The lines in CommonMark, those of the opening box noted as the page's particulars."""
        n = 0
        while n < len(lines):
            if self.box and n == self.box[0]:
                (first, last), self.box = self.box, None
                self.kind, start = "", len(self.out)
                self.read(lines[first + 1 : last])
                self.masthead = [line for line in self.out[start:] if line.strip()]
                self.kind, n = "", last + 1
                continue
            line = _MACRO.sub(lambda m: self._drop("wiki macro"), lines[n])
            if _MACRO.search(lines[n]) and not line.strip():
                n += 1
                continue  # a macro's line ("~~NOTOC~~") is no paragraph break either
            if _BOX_TAG.search(line):
                if _BOX_EDGE.match(line):
                    self.kind = ""  # a box's edge ends the paragraph above it
                line = _BOX_TAG.sub("", line)
                if not line.strip():
                    n += 1
                    continue
            if m := _CODE_OPEN.match(line):
                n = self._code(lines, n, m)
            elif _NOWIKI_OPEN.match(line):
                n = self._nowiki(lines, n)
            elif (
                _PREFORMATTED.match(line)
                and line.strip()
                and not any(r.match(line) for r in (_HEADLINE, _RULE, _TABLE, _LIST))
            ):
                n = self._preformatted(lines, n)
            else:
                self._line(line)
                n += 1

    def _line(self, line: str) -> None:
        """One line: a headline, a rule, a table's row, a list entry, a quote's line or a paragraph's."""
        if not line.strip():
            self.kind = ""
        elif m := _HEADLINE.match(line):
            self.block("heading")
            self.out.append("#" * max(1, _rank(m) - self.rise) + " " + _escape(_plain(m.group(2))))
        elif _RULE.match(line):
            self.block("rule")
            self.out += ["---", ""]
        elif _TABLE.match(line):
            self._row(line.strip())
        elif m := _LIST.match(line):
            self._entry(len(m.group(1).replace("\t", "  ")) // 2, m.group(2), m.group(3))
        elif m := _QUOTE.match(line):
            depth = len(m.group(1))
            self.block("quote")
            if self.out and self.out[-1].startswith(">"):
                self.out.append(">")  # each quoted line a line of its own, as the wiki shows it
            self.out.append("> " * depth + self._inline(m.group(2), "> " * depth))
        else:
            self.block("text")
            self.out.append(self._inline(line.strip(), ""))

    def _drop(self, what: str) -> str:
        self.dropped[what] += 1
        return ""

    def _entry(self, depth: int, mark: str, text: str) -> None:
        """A list entry, nested under the open entries of lower depth (Markdown indents it to their text)."""
        self.block("list")
        while self.lists and self.lists[-1][0] >= depth:
            self.lists.pop()
        indent = self.lists[-1][1] if self.lists else 0
        marker = "- " if mark == "*" else "1. "
        self.lists.append((depth, indent + len(marker)))
        self.out.append(" " * indent + marker + self._inline(text.strip(), " " * (indent + len(marker))))

    def _row(self, line: str) -> None:
        """A table row in CommonMark, with the separator row a header row needs under it."""
        starting = self.kind != "table"
        self.block("table")
        cells = _cells(line)
        row = "| " + " | ".join(self._cell(text) for _, text in cells) + " |"
        rule = "|" + "|".join(" --- " for _ in cells) + "|"
        if starting and all(sep == "^" for sep, _ in cells):
            self.out += [row, rule]
        elif starting:
            # a table without a header row: CommonMark needs one, so an empty one stands over it
            self.out += ["|" + "|".join("   " for _ in cells) + "|", rule, row]
        else:
            self.out.append(row)

    def _cell(self, text: str) -> str:
        text = text.strip()
        return "" if text == ":::" else self._inline(text, None)  # ":::" joins the cell to the one above

    def _code(self, lines: list[str], n: int, m: re.Match[str]) -> int:
        """A "<code>" or "<file>" block, as a fenced code block: the reader leaves it out and counts it."""
        close = re.compile(rf"</{m.group(1)}>", re.I)
        body, k = [lines[n][m.end() :]], n
        while not (c := close.search(body[-1])) and k + 1 < len(lines):
            k += 1
            body.append(lines[k])
        body[-1] = body[-1][: c.start()] if c else body[-1]
        self._fence([line for line in body if line.strip()] or [""])
        return k + 1

    def _preformatted(self, lines: list[str], n: int) -> int:
        """Lines set in by two spaces or a tab (not list entries): preformatted text, a code block."""
        k = n + 1
        while k < len(lines) and _PREFORMATTED.match(lines[k]) and not _LIST.match(lines[k]) and lines[k].strip():
            k += 1
        self._fence(lines[n:k])
        return k

    def _fence(self, body: list[str]) -> None:
        self.block("code")
        fence = "`" * max(3, _longest_ticks("\n".join(body)) + 1)
        self.out += [fence, *body, fence, ""]
        self.kind = ""

    def _nowiki(self, lines: list[str], n: int) -> int:
        """A "<nowiki>" block: its lines are text as written, no markup."""
        k = n + 1
        while k < len(lines) and not _NOWIKI_CLOSE.match(lines[k]):
            if lines[k].strip():
                self.block("text")
                self.out.append(_line_start(_escape(lines[k].strip())))
            else:
                self.kind = ""
            k += 1
        return k + 1

    def _inline(self, text: str, indent: str | None, start: bool = True) -> str:
        """A run of DokuWiki text in CommonMark. A forced line break starts a line of its own set in by
        ``indent`` (None: no line break, in a table's cell or a headline, where it is a space)."""
        out: list[str] = []
        pos = 0
        for m in _INLINE.finditer(text):
            out.append(_escape(text[pos : m.start()]))
            pos = m.end()
            out.append(self._mark(m, indent))
        out.append(_escape(text[pos:]))
        result = "".join(out)
        if not start:
            return result
        if indent is None:
            return _line_start(result)
        # a forced line break: a Markdown hard break, and the text after it a line of its own (at the end of the
        # line, the next line of the paragraph is)
        parts = [_line_start(part.strip()) for part in result.split("\n")]
        broken = len(parts) > 1 and not parts[-1]
        if broken:
            parts.pop()
        joined = ("  \n" + indent).join(parts)
        return joined + "  " if broken else joined

    def _mark(self, m: re.Match[str], indent: str | None) -> str:
        """One inline mark in CommonMark."""
        g = m.groupdict()
        if g["nowiki"] is not None or g["percent"] is not None:
            return _escape(g["nowiki"] or g["percent"] or "")
        if g["mono"] is not None or g["code"] is not None or g["file"] is not None:
            return _code_span(g["mono"] or g["code"] or g["file"] or "")
        if g["footnote"] is not None:
            return self._drop("footnote")
        if g["media"] is not None:
            return self._media(g["media"])
        if g["target"] is not None:
            label = g["label"]
            if label is not None and label.strip().startswith("{{"):
                return self._inline(label.strip(), None, start=False)  # a picture that links: a picture
            return _escape(label.strip() if label and label.strip() else _page_name(g["target"]))
        if g["url"] is not None:
            return _escape(g["url"])
        if g["macro"] is not None:
            return self._drop("wiki macro")
        if g["br"] is not None:
            return "\n" if indent is not None else " "
        if (inner := g["tagged"] if g["tagged"] is not None else g["under"]) is not None:
            return self._inline(inner, indent, start=False)  # underlined, struck out, raised, lowered: the text
        inner, mark = (g["bold"], "**") if g["bold"] is not None else (g["italic"], "*")
        text = self._inline(inner.strip(), indent, start=False)
        if not text.strip():
            return text
        # spaces stay outside the marks, or CommonMark does not take them for emphasis
        lead, trail = inner[: len(inner) - len(inner.lstrip())], inner[len(inner.rstrip()) :]
        return f"{lead}{mark}{text}{mark}{trail}"

    def _media(self, media: str) -> str:
        """A "{{…}}" link to a file of the wiki: a picture (left out, kept as one for the caption under it), a
        plugin's syntax ("{{tag>…}}", a macro), or another file (its title, a link's text)."""
        target, _, label = media.partition("|")
        name = target.strip().split("?")[0]
        if ">" in name and not _PICTURE.search(name):
            return self._drop("wiki macro")
        if _PICTURE.search(name) or "?" in target:
            self._drop("picture")
            return "![](picture)"
        return _escape(label.strip() or _page_name(name))


def _cells(line: str) -> list[tuple[str, str]]:
    """A table row's cells, each with the separator before it ("^" a header cell, "|" a data cell); the "|" of
    a link or a picture ("[[page|text]]") divides no cells."""
    cells = re.findall(r"([\^|])((?:\[\[.*?\]\]|\{\{.*?\}\}|[^\^|])*)", line)
    return cells[:-1] or cells  # the last separator closes the row


def _page_name(target: str) -> str:
    """What the wiki shows for a link without its text: the address of a web page, the name of a wiki page
    ("ops:flood:report_3" → "report_3"), of an interwiki one ("wp>Dzud" → "Dzud"), of a section ("#risks")."""
    target = target.strip()
    if re.match(r"^[a-z][a-z0-9+.-]*://|^mailto:|^www\.", target, re.I) or "@" in target:
        return target
    page, _, section = target.partition("#")
    name = page.split(">")[-1].split(":")[-1]
    return name or section


def _plain(text: str) -> str:
    """A headline's text as the wiki shows it: its links' text, without inline marks."""
    text = re.sub(r"\[\[([^\]|]*)\|([^\]]*)\]\]", r"\2", text)
    text = re.sub(r"\[\[([^\]]*)\]\]", lambda m: _page_name(m.group(1)), text)
    text = re.sub(r"\*\*|(?<!:)//|__|''", "", _MACRO.sub("", text))
    return " ".join(text.split())


def _escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def _line_start(text: str) -> str:
    """A line of text whose opening Markdown would take for a block's mark ("# ", "- ", "1. ", "> ") escaped."""
    if not (m := _MD_BLOCK_START.match(text)):
        return text
    # a number's point ("1\\. "), any other mark's first character
    return text[: m.end()] + "\\" + text[m.end() :] if m.group(0)[:1].isdigit() else "\\" + text


def _longest_ticks(text: str) -> int:
    return max((len(run) for run in re.findall(r"`+", text)), default=0)


def _code_span(text: str) -> str:
    ticks, pad = "`" * (_longest_ticks(text) + 1), " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}" if text.strip() else ""
