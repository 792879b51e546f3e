"""Markdown extension syntax rewritten into CommonMark before the parse, as the static-site generators
(Python-Markdown/MkDocs, kramdown/Jekyll, Hugo, Pandoc, Docusaurus, GitHub) render it.

- Admonitions (``!!! type "Title"``, ``??? type "Title"`` with content indented under them,
  ``:::type Title`` … ``:::`` and ``::: {.type title="…"}`` fenced blocks, ``> [!NOTE] Title`` alerts):
  the title becomes a heading marker (see ``ADMONITION_TITLE``) and the content is dedented into an
  ordinary run of paragraphs and lists. Without a title the type word ("note") is a style, not text;
  a title that is a numbered label ("Risk 1") names one entry of a series, not a section, so it is
  dropped too and its content stays in the section around it.
- Table-of-contents markers (``[TOC]``, ``[[_TOC_]]``, ``${toc}``, kramdown's ``* TOC`` + ``{:toc}``
  list, a ``<!-- toc -->`` … ``<!-- tocstop -->`` generated list) are navigation, not content.
- Footnote definitions (``[^1]: …`` and their indented continuation lines) are notes, not items.
- An outliner's properties (``title:: …`` atop the page, ``id:: …``, ``collapsed:: true`` under a block) are
  the page's and the blocks' metadata: those atop the page name and date it, the others are left out.
- A wiki link (``[[Page]]``, ``[[Page|text]]``) is the text a reader sees; a line of nothing but such links
  ("Related: [[…]] · [[…]]") links the note to others and is left out.
- A task list's boxes (``- [ ]``, ``- [x]``) are list marks; a collapsible block's ``<summary>`` is its
  title, as an admonition's is; ``<details>`` tags are markup.
Fenced code blocks are copied untouched. What is left out is counted by kind.
"""

from __future__ import annotations

import re
from collections import Counter

from sitroom.extract.mdfences import COLON_OPEN, FENCE, QUOTED, colon_close
from sitroom.extract.mdnotices import drop_page_notices

# MDX's module lines and comments, which the page's build runs or drops: "import Tabs from '@theme/Tabs';", "export
# const meta = {…};", "{/* a comment */}"
_MDX_CODE = re.compile(
    r"^(?:(?:import|export)\s+(?:[\w*{}\s,]+\s+from\s+)?['\"][^'\"]+['\"];?|export\s+(?:const|let|default|function)\s.*"
    r"|\{/\*.*\*/\})\s*$"
)
# A paragraph opening with this private-use character is an admonition title: the walker makes it a heading.
ADMONITION_TITLE = "\ue000"
# ... and one opening with this one a point that folds its detail away under it: a collapsible block whose
# "<summary>" is a sentence ("Data corruption is increasing.") is a point, not a title.
FOLDED_POINT = "\ue001"

# the languages of diagrams a wiki draws from a fenced block's source
_DIAGRAM = re.compile(r"^(?:mermaid|plantuml|puml|graphviz|dot|flowchart|sequence|gantt)\b", re.I)
_TOC = re.compile(r"^ {0,3}(?:\[TOC\]|\[\[_?TOC_?\]\]|\$\{toc\})[ \t]*$", re.I)
_KRAMDOWN_TOC = re.compile(r"^ {0,3}\{:[ \t]*(?:toc|\.toc)[ \t]*\}[ \t]*$", re.I)
_TOC_START = re.compile(r"^ {0,3}<!--[ \t]*toc[ \t]*-->[ \t]*$", re.I)
_TOC_END = re.compile(r"^ {0,3}<!--[ \t]*(?:tocstop|/toc)[ \t]*-->[ \t]*$", re.I)
_TAGS_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+tags[ \t]*:", re.I)
_STRUCTURE = re.compile(r"^ {0,3}(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|\||:::|```)")
_AUTHOR_MARKS = re.compile(r"\[(?:name|time|color)=[^\]\n]*\]")
_FOOTNOTE_DEF = re.compile(r"^ {0,3}\[\^[^\]\s]+\]:")
_BANG = re.compile(r"^( {0,3})(?:!!!|\?\?\?\+?)(?:[ \t]+([\w-]+(?:[ \t]+[\w-]+)*))?(?:[ \t]+\"(.*)\")?[ \t]*$")
_ALERT = re.compile(r"^ {0,3}>[ \t]?\[!([\w-]+)\][+-]?[ \t]*(.*?)[ \t]*$")
# A collapsible block ("<details>" … "</details>"), as GitHub and GitLab render it: its "<summary>" is its title,
# or, when it is a sentence of this many words or more, a point.
_SENTENCE_WORDS = 4
_DETAILS = re.compile(r"^ {0,3}</?details(?:\s[^>]*)?>[ \t]*$", re.I)
_SUMMARY = re.compile(
    r"^ {0,3}(?:<details(?:\s[^>]*)?>[ \t]*)?<summary>(.*?)</summary>(?:[ \t]*</details>)?[ \t]*$", re.I
)
# An image's size after its address, as wikis write it ("![Antenna](/img/mast.jpg =500x)", "… =640x480)"): no
# CommonMark, which would print the whole image as text
_IMAGE_SIZE = re.compile(r"(!\[[^\]\n]*\]\([^)\s]+)[ \t]+=\d*x\d*[ \t]*\)")
# A task list's box ("- [ ] Book the rest centre", "1. [x] Call the school"): the list's mark, not the text.
_TASK_BOX = re.compile(r"^(\s*(?:[-*+]|\d{1,3}[.)])[ \t]+)\[[ xX]\][ \t]+(?=\S)")
# "Risk 1", "Issue 3a", "Action no. 2": a label numbering one entry of a series.
# A notes app's own syntax: a file embedded alone on its line ("![[epi-curve.png|600]]"), a comment kept out
# of the rendered note ("%% checked against the case system %%"), a line of tags ("#outbreak #week-05").
_EMBED = re.compile(r"^\s*!\[\[[^\]\n]+\]\]\s*$")
_COMMENT = re.compile(r"%%.*?%%", re.S)
_TAGS = re.compile(r"^\s*(?:#[^\s#]*[^\W\d_][^\s#]*\s*)+$")
_NUMBERED_LABEL = re.compile(r"^[A-Za-z][\w'’-]*(?: [A-Za-z][\w'’-]*)? (?:no\.? ?|#)?\d{1,3}[a-z]?[.:]?$", re.I)


# "title:: Heatwave sitrep", "  collapsed:: true", "- id:: 64f…": an outliner's property of a page or a block
_PROPERTY = re.compile(r"^[ \t]*(?:[-*][ \t]+)?([a-z][\w.-]*)::(?:[ \t]+(.*?))?[ \t]*$")


def page_properties(body: str) -> tuple[dict[str, str], str]:
    """The properties atop an outliner's page ("title:: …", "tags:: …") as metadata, and the body with their
    lines blanked; none when the page opens otherwise."""
    lines = body.split("\n")
    props: dict[str, str] = {}
    for n, line in enumerate(lines):
        if not (m := _PROPERTY.match(line)) or line.startswith((" ", "\t", "-", "*")):
            break
        props[m.group(1)] = (m.group(2) or "").strip()
        lines[n] = ""
    return props, "\n".join(lines)


# A forum's block tags on lines of their own (Discourse, phpBB): "[details="Figures"]", "[/details]", "[center]"
_FORUM_TAG = re.compile(
    r"^\s*\[/?(?:details|spoiler|center|right|left|wrap|size|color|grid|quote)(?:[=\s][^\]]*)?\]\s*$", re.I
)
_POLL = re.compile(r"^\s*\[poll\b[^\]]*\]", re.I)
_POLL_END = re.compile(r"\[/poll\]", re.I)


def rewrite(body: str) -> tuple[str, Counter[str]]:
    """The body with extension syntax rewritten into CommonMark, and what was left out, counted by kind."""
    dropped: Counter[str] = Counter()
    comments = len(_COMMENT.findall(body))
    if comments:
        # a comment's lines go, its line breaks stay: what stood around it keeps its place
        body = _COMMENT.sub(lambda m: "\n" * m.group().count("\n"), body)
        dropped["comment"] += comments
    lines = drop_page_notices(body.split("\n"), dropped)
    out = _rewrite(lines, dropped, _series_titles(lines))
    return "\n".join(out), dropped


def _indent(line: str) -> int:
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip(" "))


def _dedent(line: str, n: int) -> str:
    line = line.expandtabs(4)
    return line[min(n, _indent(line)) :]


# A wiki's link to another page, "[[Page]]" or "[[Page|shown text]]" (a heading "#…" or block "^…" after the
# page's name): the reader sees the page's name or the text shown
_WIKI_LINK = re.compile(r"(?<!!)\[\[([^\]|#^\n]+)(?:[#^][^\]|\n]*)?(?:\|([^\]\n]+))?\]\]")
# A line of nothing but such links, with a label before them: the note's links to other notes
_LINKS_LINE = re.compile(r"^\s*(?:[^\W\d_][\w'’ -]{0,30}:\s*)?\[\[[^\]\n]+\]\](?:\s*[·|•,]\s*\[\[[^\]\n]+\]\])+\s*$")


def _series_titles(lines: list[str]) -> frozenset[str]:
    """The titles two admonitions or more share ("Risk" over each risk): each names one entry of a series, as a
    numbered label does, not a section."""
    titles = Counter(
        ((m.group(3) if m.re is _BANG else m.group(2)) or "").strip().lower()
        for line in lines
        if (m := _ALERT.match(line) or _BANG.match(line))
    )
    return frozenset(t for t, n in titles.items() if t and n > 1)


def _title_lines(title: str | None, dropped: Counter[str], series: frozenset[str] = frozenset()) -> list[str]:
    """The lines an admonition opener becomes: a heading marker, or nothing for a bare type or a label."""
    title = (title or "").strip()
    if not title or _NUMBERED_LABEL.match(title) or title.lower() in series:
        dropped["admonition marker"] += 1
        return [""]
    return ["", ADMONITION_TITLE + title, ""]


def _rewrite(lines: list[str], dropped: Counter[str], series: frozenset[str] = frozenset()) -> list[str]:
    out: list[str] = []
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        if m := FENCE.match(line):
            # A fenced code block: copied as it is, up to its closing fence (or the end).
            mark = m.group(1)
            out.append(line)
            i += 1
            while i < n:
                out.append(lines[i])
                i += 1
                if lines[i - 1].strip().startswith(mark[0] * len(mark)) and not lines[i - 1].strip(mark[0] + " \t"):
                    break
            continue
        if _TOC.match(line):
            dropped["table of contents marker"] += 1
            i += 1
            continue
        if _MDX_CODE.match(line):
            dropped["MDX module line or comment"] += 1  # "import Tabs from '@theme/Tabs';", "{/* TODO … */}"
            i += 1
            continue
        if _POLL.match(line):
            # a forum's poll ("[poll …]" … "[/poll]"): its question and options ask the readers, they tell nothing
            while i < n and not _POLL_END.search(lines[i]):
                i += 1
            dropped["poll"] += 1
            i += 1
            continue
        if _FORUM_TAG.match(line):
            dropped["forum markup tag"] += 1  # "[details=…]", "[/details]": a block folded away, read in place
            i += 1
            continue
        if _TAGS_HEADING.match(line):
            dropped["tag list"] += 1  # a note's tags set as a heading ("###### tags: `flood` `sitrep`")
            i += 1
            continue
        if _AUTHOR_MARKS.search(line):
            # a collaborator's comment signed with the editor's marks ("[name=Ada] [time=Mon, Jun 16]"), on its
            # line or closing the quote or paragraph it is written in: the note's talk, not its report
            quoted = QUOTED.match(line) is not None
            while out and out[-1].strip() and (QUOTED.match(out[-1]) is not None) == quoted:
                if not quoted and _STRUCTURE.match(out[-1]):
                    break
                out.pop()
            dropped["editor's comment"] += 1
            i += 1
            continue
        if _KRAMDOWN_TOC.match(line):
            # kramdown replaces the one-entry list above "{:toc}" with the table of contents.
            while out and out[-1].strip():
                out.pop()
            dropped["table of contents marker"] += 1
            i += 1
            continue
        if _TOC_START.match(line):
            end = next((j for j in range(i + 1, n) if _TOC_END.match(lines[j])), None)
            if end is not None:
                dropped["table of contents marker"] += 1
                i = end + 1
                continue
        if _FOOTNOTE_DEF.match(line):
            i = _skip_indented(lines, i + 1)
            dropped["footnote"] += 1
            continue
        if (m := _BANG.match(line)) and (end := _bang_end(lines, i, m)) is not None:
            base = len(m.group(1)) + 4
            body = [_dedent(x, base) for x in lines[i + 1 : end]]
            out += _title_lines(m.group(3), dropped, series) + _rewrite(body, dropped, series) + [""]
            i = end
            continue
        if m := COLON_OPEN.match(line):
            end = colon_close(lines, i)
            if _DIAGRAM.match(m.group(2).strip()):
                dropped["diagram"] += 1  # a wiki's diagram (":::mermaid"): its source is no text of the report
            else:
                out += _title_lines(_colon_title(m.group(2)), dropped) + _rewrite(lines[i + 1 : end], dropped) + [""]
            i = end + 1
            continue
        if m := _ALERT.match(line):
            end = i + 1
            while end < n and QUOTED.match(lines[end]):
                end += 1
            body = [QUOTED.sub("", x, count=1) for x in lines[i + 1 : end]]
            out += _title_lines(m.group(2), dropped, series) + _rewrite(body, dropped, series) + [""]
            i = end
            continue
        if m := _SUMMARY.match(line):
            summary = re.sub(r"<[^>]+>", "", m.group(1)).strip()
            sentence = summary.endswith((".", "!", "?")) and len(summary.split()) >= _SENTENCE_WORDS
            out += ["", FOLDED_POINT + summary, ""] if sentence else _title_lines(summary, dropped)
            i += 1
            continue
        if _DETAILS.match(line):
            out.append("")
            i += 1
            continue
        if _PROPERTY.match(line):
            dropped["block property"] += 1
            i += 1
            continue
        if kind := "embedded file" if _EMBED.match(line) else "tag line" if _TAGS.match(line) else None:
            dropped[kind] += 1
            i += 1
            continue
        if _LINKS_LINE.match(line):
            dropped["link line"] += 1  # "Related: [[Storm 2025]] · [[Contacts]]": the note's links to others
            i += 1
            continue
        line = _IMAGE_SIZE.sub(r"\1)", _TASK_BOX.sub(r"\1", line))
        out.append(_WIKI_LINK.sub(lambda m: m.group(2) or m.group(1), line))
        i += 1
    return out


def _bang_end(lines: list[str], i: int, m: re.Match[str]) -> int | None:
    """The end of the content indented under a ``!!!``/``???`` opener; None when the line is prose
    ("??? what happened": several words, no quoted title and nothing indented under it)."""
    end = _skip_indented(lines, i + 1, len(m.group(1)) + 4)
    if end == i + 1 and m.group(3) is None and (m.group(2) is None or len(m.group(2).split()) > 1):
        return None
    return end


def _skip_indented(lines: list[str], i: int, indent: int = 4) -> int:
    """The index after the block of lines indented by ``indent`` (blank lines inside it included)."""
    end = i
    j = i
    while j < len(lines):
        if lines[j].strip():
            if _indent(lines[j]) < indent:
                break
            end = j + 1
        j += 1
    return end


def _colon_title(rest: str) -> str | None:
    """The title of a colon fence: ``note Title``, ``note[Title]``, ``{.note title="Title"}`` or none."""
    rest = rest.rstrip(":").strip()  # Pandoc lets a div's opening fence end in colons too
    if rest.startswith("{"):
        m = re.search(r"""\btitle=(?:"([^"]*)"|'([^']*)'|(\S+?))[ \t]*[}\s]""", rest)
        return (m.group(1) or m.group(2) or m.group(3)) if m else None
    m = re.match(r"[\w-]+(?:\[(.*)\]|[ \t]+(.*))?(?:[ \t]*\{.*\})?$", rest)
    if not m:
        return rest
    return m.group(1) or m.group(2)
