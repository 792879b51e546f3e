"""A table whose rows are the sections of a report: what a row's cells hold, read alike in Word and HTML.

A status table (Area | Status | Update | Risks | Actions) gives a row to each section: its first cell
names the section, a Status or RAG cell rates it, and the other cells hold its items. A reader takes:

- a lone dash, "n/a" or "none" for an empty cell, never an item;
- each entry of a list in a cell (list entries, or lines each opening with a number or a bullet) for an
  item of its own;
- in the risks row, the numbered risks of the Risks cell for the items and the numbered entries of the
  Actions (mitigation) cell beside them for their mitigations, risk n with mitigation n;
- a row with one cell spanning the table ("Resources") for a heading over the rows below it;
- in a form's table of questions beside their answers, each line of an answer that starts a point for an
  item of its own (one point a line, typed without a mark), and a question for the heading of its answer.

The Word and web readers turn their cells into ``Entry`` lists and leave the pairing and the judging
of labels to this module, so that both read one table the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sitroom.text.glyphs import BULLET_CHARS

# An empty cell as people fill one in: a dash, "n/a", "none", "nil", "not applicable".
_EMPTY = re.compile(r"^[\s\-‐‑‒–—―.]*$|^\s*(?:n/?a|none|nil|not\s+applicable)\s*\.?\s*$", re.I)
_NUMBERED = re.compile(r"^\s*\(?(\d{1,2})[.)]\s+(?=\S)")
_BULLETED = re.compile(rf"^\s*[{re.escape(BULLET_CHARS)}\uf0b7]\s+(?=\S)")
# A line broken off mid-sentence: after a comma, a hyphen, a dash or a word that joins what follows.
_BREAKS_OFF = re.compile(r"(?:[,(‐-]|\b(?:and|or|but|of|to|the|a|an|with|for|in|on|at|by|from))$", re.I)
# A row label is a name ("Service delivery", "Risks and issues"), not a sentence.
LABEL_CHARS = 80


@dataclass(frozen=True, slots=True)
class Entry:
    """One entry of a cell: a list entry, a numbered line, or the cell's whole text."""

    text: str
    number: int | None = None


def is_empty_cell(text: str) -> bool:
    """A cell holding nothing but a dash, "n/a", "none" or the like: empty, not an item."""
    return _EMPTY.match(text) is not None


def is_row_label(text: str) -> bool:
    """Short words that name a row rather than say something ("Finance", not "Spend is £4k.")."""
    text = text.strip()
    return (
        bool(text) and len(text) <= LABEL_CHARS and not text.endswith((".", ";", "!", "?")) and not is_empty_cell(text)
    )


def line_entries(lines: list[str]) -> list[Entry]:
    """The entries of a cell given as lines (paragraphs or ``<br>``-parted lines).

    Two or more lines each opening with a number ("1. …", "2) …") or a bullet are a list: each line an
    entry, its number kept for pairing. Otherwise the lines are one entry, the cell's text.
    """
    lines = [ln.strip() for ln in lines if ln.strip() and not is_empty_cell(ln)]
    if not lines:
        return []
    if len(lines) >= 2:
        numbered = [_NUMBERED.match(ln) for ln in lines]
        if all(numbered):
            return [Entry(ln[m.end() :].strip(), int(m.group(1))) for ln, m in zip(lines, numbered, strict=True) if m]
        bulleted = [_BULLETED.match(ln) for ln in lines]
        if all(bulleted):
            return [Entry(ln[m.end() :].strip()) for ln, m in zip(lines, bulleted, strict=True) if m]
    return [Entry(" ".join(lines))]


def answer_points(lines: list[str]) -> list[str]:
    """The points of an answer typed one a line (lines parted by ``<br>`` or line breaks): each line an
    item, its typed bullet or number left out; a line opening in lower case, or under a line that breaks
    off after a comma, a hyphen or a conjunction, carries on the line above."""
    points: list[str] = []
    for raw in lines:
        line = raw.strip()
        if not line or is_empty_cell(line):
            continue
        if m := (_NUMBERED.match(line) or _BULLETED.match(line)):
            line = line[m.end() :].strip()
        elif points and (line[0].islower() or _BREAKS_OFF.search(points[-1])):
            points[-1] = f"{points[-1]} {line}"
            continue
        points.append(line)
    return points


def is_question(text: str) -> bool:
    """A label that asks ("What is the position at the site?"): a form's question, heading its answer."""
    text = text.strip()
    return text.endswith("?") and len(text.split()) >= 2


def asks(labels: Iterable[str]) -> bool:
    """Some row label is a question: the table is a form's questions and answers, each question heading its
    answer however short (a label beside one sentence otherwise labels that item)."""
    return any(is_question(label) for label in labels)


def pair_risks(risks: list[Entry], mitigations: list[Entry]) -> list[tuple[str, str | None]]:
    """Each risk with its mitigation: by number when both cells number their entries, else by place when
    they hold as many; a lone risk takes the whole mitigation cell. An empty mitigation ("–") is none."""
    mits = [m for m in mitigations if m.text and not is_empty_cell(m.text)]
    if len(risks) == 1:
        return [(risks[0].text, " ".join(m.text for m in mits) or None)]
    by_number = {m.number: m.text for m in mits if m.number is not None}
    if all(r.number is not None for r in risks) and len(by_number) == len(mits) and mits:
        return [(r.text, by_number.get(r.number)) for r in risks]
    if len(mitigations) == len(risks):
        texts = [None if is_empty_cell(m.text) else m.text for m in mitigations]
        return [(r.text, t) for r, t in zip(risks, texts, strict=True)]
    return [(r.text, None) for r in risks]


def labels_head_rows(rows: list[tuple[str, int]]) -> bool:
    """The first cells of a register's rows name sections, not risks: each body row opens with a short
    label and some label stands over more than one entry (or over entries that are no risks).

    ``rows`` holds each body row's first-cell text and how many items the rest of the row gives.
    """
    if not rows or not all(is_row_label(label) for label, _ in rows):
        return False
    return any(n != 1 for _, n in rows)
