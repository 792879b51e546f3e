"""reStructuredText read as a reader of the rendered page reads it, line by line for the text extractor.

- Section titles are underlined (and may be overlined) with any one punctuation character; the level of a
  style (its character, with or without an overline) is the order in which the styles first appear, as
  docutils numbers them. The adornment lines are markup, never text. A title alone at the top is the
  document's title, not a section's.
- A field list straight under the document's title (":Date: …", ":Author: …") is its bibliographic
  fields (docutils' docinfo): the masthead, printed as "Date: …" lines, never items.
- Directives (``.. name:: arguments`` with an indented body): an admonition (``.. note::``,
  ``.. warning::`` …) is a box of text the reader sees, so its body is kept as text where it stands in a
  section; one set above the first section, under the title, is a notice about the whole page (a
  number to call, where else it is posted), the masthead's, as a web page's banner is. Every other
  directive renders something that is not the report's prose (a table of contents, an image, code,
  raw markup, section numbering) and is left out with its body.
- Comments (``..`` and what is indented under it), hyperlink targets (``.. _name: url``) and substitution
  definitions (``.. |name| replace:: text``) are not rendered; a substitution's text replaces its
  references.
- A field in a section (":Owner: Estates") reads "Owner: Estates"; a line all in strong emphasis is bold.
- Inline markup gives its text: ``*emphasis*``, ``**strong**``, ````literal````, ```text <url>`_``,
  ``reference_`` and ``:role:`text```.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

# ".. note::", ".. contents:: On this page", ".. |logo| image:: logo.png"
_DIRECTIVE = re.compile(
    r"^\.\.[ \t]+(?:\|(?P<sub>[^|]+)\|[ \t]+)?(?P<name>[\w:+.-]+?)::(?:[ \t]+(?P<args>.*?))?[ \t]*$"
)
_TARGET = re.compile(r"^\.\.[ \t]+_[^:]+:")
_EXPLICIT = re.compile(r"^\.\.(?:[ \t]|$)")
_FIELD = re.compile(r"^:(?P<name>[^:\s][^:]*?):(?:[ \t]+(?P<body>.*?))?[ \t]*$")
_STRONG_LINE = re.compile(r"^\*\*[^*\s][^*]*\*\*$")
_ADORNMENT = re.compile(r"^([!-/:-@\[-`{-~])\1{2,}[ \t]*$")
# The directives that draw a box of prose the reader reads: docutils' admonitions and Sphinx's.
ADMONITIONS = frozenset(
    "attention caution danger error hint important note tip warning admonition seealso versionadded "
    "versionchanged deprecated".split()
)
_INLINE = (
    (re.compile(r"`([^`<]+?)\s*<[^>]+>`__?"), r"\1"),  # `text <url>`_
    (re.compile(r":[\w:+.-]+:`([^`]+)`"), r"\1"),  # :role:`text`
    (re.compile(r"``([^`]+)``"), r"\1"),
    (re.compile(r"`([^`]+)`__?"), r"\1"),
    (re.compile(r"(?<![\w*])\*\*(?=\S)([^*]+?)(?<=\S)\*\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<=\w)__?(?=[\s.,;:!?)]|$)"), ""),  # a named reference: Python_
)


@dataclass
class RstReading:
    """What the markup of each line is: left out, a heading (with its level), a masthead line, or text."""

    skip: set[int] = field(default_factory=set)
    title: int | None = None
    headings: dict[int, int] = field(default_factory=dict)
    masthead: dict[int, str] = field(default_factory=dict)
    text: dict[int, str] = field(default_factory=dict)
    strong: set[int] = field(default_factory=set)
    substitutions: dict[str, str] = field(default_factory=dict)
    dropped: Counter[str] = field(default_factory=Counter)

    def line(self, n: int, stripped: str) -> str:
        """Line ``n`` as rendered: a field ("Owner: Estates" for ":Owner: Estates"), or an admonition's first
        line written beside its name, each with its inline markup read."""
        text = self.text.get(n, stripped)
        if m := _FIELD.match(text):
            text = f"{m.group('name')}: {m.group('body') or ''}".strip()
        return self.inline(text)

    def inline(self, text: str) -> str:
        """The line as rendered: inline markup gives its text, substitution references their text."""
        for name, value in self.substitutions.items():
            text = text.replace(f"|{name}|", value)
        for pattern, repl in _INLINE:
            text = pattern.sub(repl, text)
        return text


def is_rst(lines: list[str], source: str) -> bool:
    """A file named .rst, or a text whose lines hold explicit reST markup: a directive or a hyperlink target
    (``.. name::``, ``.. _name:``), which no other plain text writes."""
    if source.lower().endswith(".rst"):
        return True
    return any(_DIRECTIVE.match(line) or _TARGET.match(line) for line in lines)


def _indented_under(lines: list[str], i: int) -> int:
    """The index after the block indented under line ``i`` (blank lines inside it included)."""
    end = j = i + 1
    while j < len(lines):
        if lines[j].strip():
            if not lines[j][:1].isspace():
                break
            end = j + 1
        j += 1
    return end


def _adorned(lines: list[str], i: int) -> tuple[str, int] | None:
    """The style and the line count of a section title starting at ``i`` (overline, title, underline or
    title, underline), or None. The underline is at least as long as the title, as reST asks."""
    line = lines[i].rstrip()
    nxt = lines[i + 1].rstrip() if i + 1 < len(lines) else ""
    if _ADORNMENT.match(line) and i + 2 < len(lines):
        title, under = lines[i + 1].strip(), lines[i + 2].rstrip()
        if title and under == line and len(line) >= len(title):
            return "o" + line[0], 3
        return None
    underlined = line.strip() and not line[:1].isspace() and _ADORNMENT.match(nxt) and len(nxt) >= len(line)
    if underlined and not _ADORNMENT.match(line) and (i == 0 or not lines[i - 1].strip()):
        return "u" + nxt[0], 2
    return None


def read_rst(lines: list[str]) -> RstReading:
    """The reading of every line of a reStructuredText text (see the module's rules)."""
    r = RstReading()
    styles: list[str] = []
    title_end = first_section = None
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        if (adorned := _adorned(lines, i)) is not None:
            style, count = adorned
            if style not in styles:
                styles.append(style)
            text_line = i + 1 if count == 3 else i
            r.headings[text_line] = styles.index(style) + 1
            r.skip.update(n for n in range(i, i + count) if n != text_line)
            if title_end is None and not any(ln.strip() for ln in lines[:i]):
                # a title alone at the top is the document's title (docutils' doctitle), not a section's
                title_end, r.title = i + count, text_line
                del r.headings[text_line]
            elif first_section is None:
                first_section = i
            i += count
            continue
        if title_end is not None and first_section is None and (m := _FIELD.match(line)):
            # the docinfo: the first field list under the title, its fields' bodies continuing indented
            end = _indented_under(lines, i)
            body = " ".join(part.strip() for part in [m.group("body") or "", *lines[i + 1 : end]] if part.strip())
            r.masthead[i] = f"{m.group('name')}: {body}".strip()
            r.skip.update(range(i + 1, end))
            i = end
            continue
        if _EXPLICIT.match(line):
            end = _indented_under(lines, i)
            m = _DIRECTIVE.match(line)
            name = m.group("name").lower() if m else ""
            if m and m.group("sub"):
                if name == "replace" and m.group("args"):
                    r.substitutions[m.group("sub")] = m.group("args")
                r.dropped["substitution definition"] += 1
            elif m and name in ADMONITIONS:
                above_sections = title_end is not None and first_section is None
                if m.group("args") and name != "admonition":  # ".. note:: Text": the body's first line
                    (r.masthead if above_sections else r.text)[i] = m.group("args")
                else:
                    r.skip.add(i)  # alone, or the title of a general admonition: the box's name
                for n in range(i + 1, end):
                    if above_sections and lines[n].strip():
                        r.masthead[n] = lines[n].strip()
                    elif lines[n].strip().startswith(":") and _FIELD.match(lines[n].strip()):
                        r.skip.add(n)  # the directive's options
                i = end
                continue
            else:
                r.dropped[f"{name} directive" if m else "comment" if not _TARGET.match(line) else "link target"] += 1
            r.skip.update(range(i, end))
            i = end
            continue
        if _STRONG_LINE.match(line.strip()):
            r.strong.add(i)
        i += 1
    # the title's style numbers no section: the sections under it start at level 1
    top = min(r.headings.values(), default=1)
    r.headings = {n: level - top + 1 for n, level in r.headings.items()}
    return r
