"""Textile, the wiki markup of Redmine and Textpattern: a page downloaded as text reads as the page it shows.

"h2. Situation" is a heading, "* point" and "# point" list entries, "p(note). …" and "bq. …" paragraphs, "|_. a |"
a table's header cell, "!plan.png!" a picture, "{{toc}}" a macro the wiki expands, and "*bold*", "_emphasis_",
"@code@" and '"text":url' inline marks. The page is rewritten as the CommonMark it stands for and read as
Markdown, so that its headings, lists and tables are read as such and its markup is no part of the text; the
page's one "h1." heading over its sections is its title.

Jira's and Confluence's wiki markup is Textile's dialect: a "||Area||Dwellings||" header row, and macros in braces
around text ("{panel:title=…}", "{info}", "{color:#97a0af}", "{quote}"), which are markup; the title of a panel
opening the page, with no "h1." over it, is the page's title.
"""

from __future__ import annotations

import json
import re

_HEADING = re.compile(r"^h([1-6])(?:\([^)]*\))?\.\s+(.*)$")
_BLOCK = re.compile(r"^(?:p|bq|fn\d+)(?:\([^)]*\)|\{[^}]*\}|[<>=]+)*\.\s+(.*)$")
_MACRO = re.compile(r"^\s*\{\{.*\}\}\s*$")
_PICTURE = re.compile(r"^\s*!(?:[<>=]|\([^)]*\))*([^!\s(][^!(]*?)(?:\([^)]*\))?!(?::\S+)?\s*$")
_NUMBERED = re.compile(r"^(#+)\s+(.*)$")
_LINK = re.compile(r'"([^"]+)":(\S+?)(?=[\s,;)]|[.!?](?:\s|$)|$)')
_STRONG = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_EMPHASIS = re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")
_CODE = re.compile(r"(?<!\w)@(?=\S)([^@\n]+?)(?<=\S)@(?!\w)")
_CELL_HEAD = re.compile(r"\|_\.\s*")
# Jira's macros: "{panel:title=…|borderStyle=solid}", "{info}", "{color:#97a0af}", "{code:java}"
_BRACE_MACRO = re.compile(
    r"\{(?:panel|info|note|tip|warning|color|quote|code|noformat|expand|section|column|status)(?::[^{}]*)?\}", re.I
)
# the panel's title runs to its next parameter ("|borderStyle=…"): a title may hold " | " itself
_PANEL_TITLE = re.compile(r"^\s*\{panel:(?:[^{}]*?\|)?title=(.+?)(?=\|[\w-]+=|\})", re.I)
# Textile's mark: two headings or more written "h1." … "h6." at the start of their lines
_HEADINGS_NEEDED = 2


def is_textile(lines: list[str]) -> bool:
    """The text is a Textile page: two headings or more in Textile's "hN. " form."""
    return sum(1 for line in lines if _HEADING.match(line)) >= _HEADINGS_NEEDED


def textile_to_markdown(lines: list[str]) -> tuple[str, int]:
    """The CommonMark the Textile page stands for, and how many of its lines were macros or pictures (left
    out)."""
    out: list[str] = []
    dropped = 0
    in_pre = False
    title = _page_title(lines)
    if title is None and lines and (m := _PANEL_TITLE.match(lines[0])):
        out += ["---", "title: " + json.dumps(m.group(1).strip()), "---", "", "# " + m.group(1).strip(), ""]
    if title is not None:
        # the wiki's page title: its one first-rank heading over the page's sections, named as the title (the
        # heading stays in place, with the lines under it that date the page)
        out += ["---", "title: " + json.dumps(_plain(lines[title])), "---", ""]
    for line in lines:
        stripped = line.strip()
        if stripped.lower().startswith("<pre"):
            in_pre = not stripped.lower().endswith("</pre>")
            out.append("```")
            if not in_pre:
                out.append("```")
            continue
        if in_pre:
            if stripped.lower().startswith("</pre>"):
                in_pre = False
                out.append("```")
            else:
                out.append(line)
            continue
        if _MACRO.match(line):
            dropped += 1
            continue
        if _BRACE_MACRO.search(line):
            boxed = bool(_BRACE_MACRO.match(stripped))
            line = _BRACE_MACRO.sub("", line)
            stripped = line.strip()
            if not stripped:
                dropped += 1
                continue
            if boxed:
                out.append("")  # a line a macro opens ("{info}…", "{color:…}…") is a block of its own
        if m := _PICTURE.match(line):
            # the picture stays a picture, so that the line in italics under it reads as its caption
            dropped += 1
            out.append(f"![]({m.group(1)})")
            continue
        if m := _HEADING.match(line):
            out.append("#" * int(m.group(1)) + " " + _inline(m.group(2)))
            continue
        if m := _BLOCK.match(line):
            quote = line.startswith("bq")
            out.append(("> " if quote else "") + _inline(m.group(1)))
            continue
        if stripped.startswith("|"):
            out.extend(_row(stripped, out))
            continue
        if (m := _NUMBERED.match(line)) and not line.startswith("#{"):
            out.append("   " * (len(m.group(1)) - 1) + "1. " + _inline(m.group(2)))
            continue
        if re.match(r"^\*+\s", line):
            depth = len(line) - len(line.lstrip("*"))
            out.append("  " * (depth - 1) + "- " + _inline(line.lstrip("*").strip()))
            continue
        out.append(_inline(line))
    return "\n".join(out) + "\n", dropped


def _page_title(lines: list[str]) -> int | None:
    """The line of the page's title: its one "h1." heading, before the others, all of a lower rank."""
    ranks = [(n, int(m.group(1))) for n, line in enumerate(lines) if (m := _HEADING.match(line))]
    firsts = [n for n, rank in ranks if rank == 1]
    if len(ranks) > 1 and len(firsts) == 1 and ranks[0][0] == firsts[0]:
        return firsts[0]
    return None


def _plain(line: str) -> str:
    m = _HEADING.match(line)
    return _LINK.sub(r"\1", m.group(2) if m else line).strip()


def _row(line: str, out: list[str]) -> list[str]:
    """A table row in CommonMark, with the separator row a header row needs under it ("|_. a |", Jira's
    "||a||")."""
    header = "|_." in line or line.startswith("||")
    cells = [c.strip() for c in _CELL_HEAD.sub("|", line.replace("||", "|")).strip("|").split("|")]
    row = "| " + " | ".join(_inline(c) for c in cells) + " |"
    if header:
        return [row, "|" + "|".join(" --- " for _ in cells) + "|"]
    if not out or not out[-1].startswith("|"):
        # a table without a header row: CommonMark needs one, so an empty one stands over it
        return ["|" + "|".join("   " for _ in cells) + "|", "|" + "|".join(" --- " for _ in cells) + "|", row]
    return [row]


def _inline(text: str) -> str:
    text = _LINK.sub(r"[\1](\2)", text)
    text = _STRONG.sub(r"**\1**", text)
    text = _EMPHASIS.sub(r"*\1*", text)
    return _CODE.sub(r"`\1`", text)
