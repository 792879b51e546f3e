"""Org, the outline markup of Emacs's Org mode: a file kept in Org and sent as text reads as the outline it is.

"* Headline" … "*** Headline" are headings (one star the first rank), their trailing tags (":risks:") and a TODO
keyword no part of the heading; "#+TITLE:", "#+DATE:" and "#+AUTHOR:" name, date and sign the file; other "#+"
settings, "# " comments (Emacs's "Local Variables" among them) and drawers (":PROPERTIES:" … ":END:") are the
editor's, left out and counted; "| cell |" rows are a table; "- ", "+ " and "1. " open list entries, a check box
("- [ ] ") no part of the entry; "*bold*", "/italic/", "=code=", "~verbatim~" and "[[link][label]]" are inline
marks. The file is rewritten as the CommonMark it stands for and read as Markdown (as DokuWiki and Textile pages
are), so that its outline, lists and tables are read as such.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import NamedTuple

_HEADLINE = re.compile(
    r"^(\*+)[ \t]+(?:(?:TODO|DONE|NEXT|WAITING|HOLD|CANCELL?ED)[ \t]+)?(?:\[#[A-Z]\][ \t]+)?(.*?)"
    r"(?:[ \t]+:[\w@#%:]+:)?[ \t]*$"
)
_KEYWORD = re.compile(r"^[ \t]*#\+(\w+):[ \t]*(.*)$")
_BLOCK = re.compile(r"^[ \t]*#\+(BEGIN|END)_(\w+)", re.I)
_COMMENT = re.compile(r"^[ \t]*#(?:[ \t]|$)")
_DRAWER = re.compile(r"^[ \t]*:([A-Za-z_]+):[ \t]*$")
_DRAWER_END = re.compile(r"^[ \t]*:END:[ \t]*$", re.I)
_TABLE = re.compile(r"^[ \t]*\|")
_TABLE_RULE = re.compile(r"^[ \t]*\|[-+|: \t]*$")
_LIST = re.compile(r"^([ \t]*)(?:[-+]|\d+[.)])[ \t]+(?:\[[ Xx-]\][ \t]+)?(.*)$")
# What only Org writes: besides its headlines, one of these says a text file is an Org file. Plain text sets its
# points with "* " too.
_ORG_SIGN = re.compile(r"^[ \t]*#\+\w+:|^[ \t]*:PROPERTIES:[ \t]*$|^\*+[ \t]+\S.*[ \t]:[\w@#%:]+:[ \t]*$", re.M)
_HEADLINES_NEEDED = 2
# a date in a timestamp: "[2026-03-02 Mon 18:00]", "<2026-03-02 Mon>"
_STAMP_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")
_INLINE = [
    (re.compile(r"\[\[([^\]]+)\]\[([^\]]+)\]\]"), r"[\2](\1)"),
    (re.compile(r"\[\[([^\]]+)\]\]"), r"<\1>"),
    (re.compile(r"(?<![\w*])\*(\S(?:[^*\n]*\S)?)\*(?![\w*])"), r"**\1**"),
    (re.compile(r"(?<![\w/:])/(\S(?:[^/\n]*\S)?)/(?![\w/])"), r"*\1*"),
    (re.compile(r"(?<![\w=~])[=~](\S(?:[^=~\n]*\S)?)[=~](?![\w=~])"), r"`\1`"),
    (re.compile(r"(?<![\w+])\+(\S(?:[^+\n]*\S)?)\+(?![\w+])"), r"~~\1~~"),
]


def is_orgmode(lines: list[str]) -> bool:
    """The text is an Org file: two headlines or more ("* Summary"), and a setting, a drawer or tagged headlines
    that only Org writes."""
    if sum(1 for line in lines if _HEADLINE.match(line) and line.startswith("*")) < _HEADLINES_NEEDED:
        return False
    return _ORG_SIGN.search("\n".join(lines)) is not None


class OrgFile(NamedTuple):
    """An Org file rewritten as CommonMark, with what was left out, by kind."""

    markdown: str
    dropped: Counter[str]


def org_to_markdown(lines: list[str]) -> OrgFile:
    """The CommonMark the Org file stands for, and what of it was left out."""
    meta: dict[str, str] = {}
    out: list[str] = []
    dropped: Counter[str] = Counter()
    drawer = False
    kind = ""  # the kind of block the last line written belongs to
    for line in lines:
        if drawer:
            drawer = not _DRAWER_END.match(line)
            dropped["Org drawer line"] += 1
            continue
        if (m := _KEYWORD.match(line)) and not _BLOCK.match(line):
            key = m.group(1).lower()
            if key in ("title", "author") and m.group(2).strip():
                meta[key] = m.group(2).strip()
            elif key == "date" and (d := _STAMP_DATE.search(m.group(2))):
                meta["date"] = d.group(1)
            else:
                dropped["Org setting"] += 1
            continue
        if _BLOCK.match(line):
            dropped["Org block mark"] += 1
            continue
        if _COMMENT.match(line):
            dropped["Org comment"] += 1
            continue
        if (m := _DRAWER.match(line)) and m.group(1).upper() != "END":
            drawer = True
            dropped["Org drawer line"] += 1
            continue
        if line.startswith("*") and (m := _HEADLINE.match(line)) and m.group(2):
            new, text = "heading", "#" * min(6, len(m.group(1))) + " " + _inline(m.group(2))
        elif _TABLE.match(line):
            new, text = "table", line.strip() if not _TABLE_RULE.match(line) else _rule(line)
        elif m := _LIST.match(line):
            new, text = "list", f"{m.group(1)}- {_inline(m.group(2))}"
        elif not line.strip():
            new, text = "", ""
        else:
            new, text = kind if kind in ("list", "text") else "text", _inline(line)
        if new != kind and out and out[-1] != "" and (new in ("heading", "table") or kind in ("heading", "table")):
            out.append("")
        out.append(text)
        kind = new
    head = ["---", *(f"{k}: {json.dumps(v)}" for k, v in meta.items() if k in ("title", "date")), "---", ""]
    if meta.get("author"):
        dropped["Org author line"] += 1
    return OrgFile("\n".join((head if meta else []) + out) + "\n", dropped)


def _rule(line: str) -> str:
    """An Org table's rule ("|---+---|") as a GFM header rule."""
    cells = line.strip().strip("|").split("+")
    return "|" + "|".join("---" for _ in cells) + "|"


def _inline(text: str) -> str:
    for pattern, repl in _INLINE:
        text = pattern.sub(repl, text)
    return text
