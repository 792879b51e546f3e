"""Blocks → units: the candidate headings and items of a document, before sections are built.

Extractors that know the layout give complete blocks (HEADING, ITEM, PARAGRAPH), which pass through.
Runs of LINE blocks (plain text, e-mail bodies) are grouped here: a bullet glyph or list number
starts an item; so does a blank line, or the line after a short one that ended a sentence; wrapped
lines are joined. When the glyphs were lost this recovers items from blank lines, line-final ';'
or '.', and the wrap width.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from sitroom.model import Block, BlockKind
from sitroom.parse.message import is_header_field, is_service_notice, is_trailer
from sitroom.parse.wrapwidth import SENTENCE_END as _SENTENCE_END
from sitroom.parse.wrapwidth import wrap_width
from sitroom.text.brackets import bracketed_heading
from sitroom.text.case import opens_with_capital
from sitroom.text.glyphs import is_lone_glyph, join_lines, letter_marks, split_bullet, strip_private_use
from sitroom.text.logbook import entry_stamp, entry_text_column, is_log
from sitroom.text.signoffs import is_place_and_date
from sitroom.text.spacing import unspaced
from sitroom.text.turns import turn_starts

# A line shorter than this share of the wrap width that ends a sentence was ended on purpose.
SHORT_LINE = 0.75
_FULL_STOP = re.compile(r"[。！？；：][」』”’）]*$")
_FULL_WIDTH_SHORT = 1.0  # a wrapped line of such text fills the width to the character
_FULL_WIDTH_NOTE = re.compile(r"^（[^（）]{1,60}）$")
_WORD = re.compile(r"[^\W\d_][^\W\d_'-]*")
# A heading under a bullet is a few words ("Risks and issues:", "Planned actions for next period:"), with no
# sentence punctuation nor a label's colon inside ("Lead: Jo Patel" is a detail).
HEAD_WORDS = 8
_INNER_PUNCTUATION = re.compile(r"[.;:!?、。，；：！？]")  # (the full-width marks of Chinese and Japanese too)
# "… and the rest": a paragraph opening with an ellipsis carries on the one before it.
_CARRIES_ON = re.compile(r"^(?:…|\.\.\.)\s")
_CAPITAL_MARK = re.compile(r"^[A-Z]\.$")
_CAPITAL_OPENING = re.compile(r"^\s*([A-Z])\.\s")
# A Roman numeral of two letters or more opening a paragraph ("II.", "IV."): the document numbers in Roman.
_ROMAN_OPENING = re.compile(r"^\s*(?:II|III|IV|VI|VII|VIII|IX|XI|XII)\.\s")


@dataclass(slots=True)
class Unit:
    """A candidate heading or item with its provenance."""

    text: str
    kind: BlockKind  # HEADING, ITEM or PARAGRAPH
    page: int | None
    start: int
    end: int
    level: int = 1
    bullet: str | None = None
    style: dict[str, Any] = field(default_factory=dict)


def known_words(blocks: Iterable[Block]) -> set[str]:
    """Lower-cased words of the document (hyphenated ones included), to judge line-break hyphens."""
    words: set[str] = set()
    for b in blocks:
        words.update(w.lower().strip("-'") for w in _WORD.findall(b.text))
    return words


# a line opening with a label of a word or three and its colon: a field of its own ("Return number: 3")
_FIELD_LINE = re.compile(r"^[^\W\d_][\w'’/&-]*(?: [\w'’/&-]+){0,2}:\s+\S")
# a run of spaces inside a typed line: the gap between two fields or cells ("INCIDENT #: F25-0491   TYPE: WLDLND")
_FIELD_GAP = re.compile(r"\S {3,}\S")


def _field_line(text: str) -> bool:
    """A label of a word or three, opening with a capital or a letter of a script without any, and its value."""
    return _FIELD_LINE.match(text) is not None and opens_with_capital(text)


def is_typed_row(text: str) -> bool:
    """A typed line whose parts a run of spaces keeps apart: a row of fields or cells, not a sentence or a name."""
    return _FIELD_GAP.search(text.strip()) is not None


def to_units(blocks: list[Block], is_heading_line: Callable[[Block, Block | None], bool]) -> list[Unit]:
    """Turn blocks into units; ``is_heading_line(line, next_line)`` decides which LINE blocks are headings."""
    words = known_words(blocks)
    width = wrap_width(blocks)
    turns = turn_starts(blocks) | _log_entries(blocks)
    marked = _letter_marked(blocks)
    lettered = _capital_letters(blocks)
    units: list[Unit] = []
    run: list[Block] = []
    tabled = False  # the run opens under a table's rows read as items, as under a blank line
    for b in blocks:
        if b.kind is BlockKind.LINE:
            run.append(b)
            continue
        if run:
            units.extend(_group_lines(run, width, words, is_heading_line, turns, marked, lettered, b, tabled))
            run = []
        tabled = bool(b.style.get("in_table"))
        if b.kind is BlockKind.PARAGRAPH:
            bullet, text = split_bullet(b.text, id(b) in marked)
            if _is_initial(bullet, lettered):
                bullet, text = None, b.text  # a name's initial ("R. Delgado, Incident Commander")
            kind = BlockKind.ITEM if bullet else b.kind
            bullet = bullet or b.bullet
        elif b.kind is BlockKind.ITEM and _is_initial(b.bullet, lettered):
            # an extractor took the initial for a typed list letter: the paragraph is the name's
            bullet, text, kind = None, f"{b.bullet} {b.text}", BlockKind.PARAGRAPH
        else:
            bullet, text, kind = b.bullet, b.text, b.kind
        text = strip_private_use(text).strip()
        if text:
            units.append(Unit(text, kind, b.page, b.start, b.end, b.level, bullet, b.style))
    if run:
        units.extend(_group_lines(run, width, words, is_heading_line, turns, marked, lettered, None, tabled))
    return _join_carried_on(units)


def _letter_marked(blocks: list[Block]) -> frozenset[int]:
    """The ids of LINE and PARAGRAPH blocks opening with an "o " the document uses as a list mark."""
    texts = [b for b in blocks if b.kind in (BlockKind.LINE, BlockKind.PARAGRAPH)]
    found = letter_marks([(b.text, (b.kind, b.style.get("indent"))) for b in texts])
    return frozenset(id(texts[i]) for i in found)


def _capital_letters(blocks: list[Block]) -> str:
    """The capitals a document letters a list with ("A.", "B.", "C." opening paragraphs, lines or typed
    list entries): the run from A on, and "I" too where the document numbers in Roman ("I.", "II.").
    A capital and a full stop opening a paragraph is a list letter when the document's letters run up to
    it from A; alone, out of that run ("R. Delgado"), it is a name's initial."""
    found: set[str] = set()
    roman = False
    for b in blocks:
        if b.kind in (BlockKind.PARAGRAPH, BlockKind.LINE):
            if m := _CAPITAL_OPENING.match(b.text):
                found.add(m.group(1))
            roman = roman or bool(_ROMAN_OPENING.match(b.text))
        elif b.kind is BlockKind.ITEM and b.bullet and _CAPITAL_MARK.match(b.bullet):
            found.add(b.bullet[0])
        elif b.kind in (BlockKind.ITEM, BlockKind.HEADING):
            roman = roman or bool(_ROMAN_OPENING.match(f"{b.bullet or ''} {b.text}".strip()))
    run = ""
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if letter not in found:
            break
        run += letter
    return run + ("IVX" if roman else "")


def _is_initial(bullet: str | None, lettered: str) -> bool:
    """A capital and a full stop taken for a list mark that is no letter of the document's lists: an initial."""
    return bool(bullet and _CAPITAL_MARK.match(bullet) and bullet[0] not in lettered)


def _log_entries(blocks: list[Block]) -> frozenset[int]:
    """The ids of LINE blocks that open a log entry with its time ("0712 – …"), when the document keeps a log."""
    lines = [b for b in blocks if b.kind is BlockKind.LINE]
    if not is_log(b.text for b in lines):
        return frozenset()
    return frozenset(id(b) for b in lines if entry_stamp(b.text))


def _join_carried_on(units: list[Unit]) -> list[Unit]:
    """A paragraph or item opening with an ellipsis ("… should we need more time?", the way minutes
    write a speaker's next sentence) is the rest of the one before it, not an item of its own; a paragraph
    after a list is not the rest of the list's last entry (the list ended: "… as well as a number of tweets")."""
    out: list[Unit] = []
    for u in units:
        prev = out[-1] if out else None
        if (
            prev is not None
            and u.kind is not BlockKind.HEADING
            and prev.kind is not BlockKind.HEADING
            and not (prev.kind is BlockKind.ITEM and u.kind is BlockKind.PARAGRAPH)
            # after a quotation, the writer's "… referencing an article" carries on the writer's words
            and (prev.style.get("indent") or 0) == (u.style.get("indent") or 0)
            and bool(prev.style.get("quoted")) == bool(u.style.get("quoted"))
            and _CARRIES_ON.match(u.text)
        ):
            prev.text = f"{prev.text} {u.text}"
            prev.end = max(prev.end, u.end)
            continue
        out.append(u)
    return out


def _group_lines(
    lines: list[Block],
    width: float,
    words: set[str],
    is_heading_line: Callable[[Block, Block | None], bool],
    turns: frozenset[int] = frozenset(),
    marked: frozenset[int] = frozenset(),
    lettered: str = "",
    after: Block | None = None,
    tabled: bool = False,
) -> list[Unit]:
    """Group a run of lines into units; a line in ``turns`` (a speaker's turn, a minuted action) opens one,
    as does every line opening with a bullet mark (``marked``: the ids of lines whose "o " is one), but not
    a capital and a full stop out of the document's list letters (``lettered``): that is a name's initial.
    ``after`` is the block after the run (a register's rows read as items), which the last line stands over;
    ``tabled``, that the run opens under such rows, which part it from them as a blank line would."""
    units: list[Unit] = []
    cur: list[Block] = []
    cur_bullet: str | None = None
    strip_first = False  # the first line of the current unit starts with its own glyph
    pending_glyph: str | None = None  # a glyph that sat alone on the line before

    def flush() -> None:
        nonlocal cur, cur_bullet
        if cur:
            first = split_bullet(cur[0].text, id(cur[0]) in marked)[1] if strip_first else cur[0].text
            texts = [strip_private_use(first)] + [strip_private_use(c.text) for c in cur[1:]]
            text = join_lines(texts, words).strip()
            if text:
                kind = BlockKind.ITEM if cur_bullet else BlockKind.PARAGRAPH
                style = dict(cur[0].style)
                if len(cur) == 1 and is_typed_row(cur[0].text):
                    style["typed_row"] = True  # fields or cells kept apart by runs of spaces
                units.append(Unit(text, kind, cur[0].page, cur[0].start, cur[-1].end, 1, cur_bullet, style))
        cur, cur_bullet = [], None

    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else after
        if is_lone_glyph(line.text):
            flush()
            pending_glyph = line.text.strip()
            continue
        glyph, _ = split_bullet(line.text, id(line) in marked)
        if _is_initial(glyph, lettered):
            glyph = None
        turn = id(line) in turns
        # an ideographic space opening the line is a Chinese or Japanese paragraph's first-line indent
        indented_start = bool(line.style.get("first_line_indent"))
        hanging = not glyph and not turn and not indented_start and _hangs(cur, line, marked, turns)
        # a name in lenticular brackets on its own line ("【风险隐患】") heads a section, whatever stands over it
        bracketed = bracketed_heading(line.text) is not None
        if (
            not glyph
            and not turn
            and (bracketed or (not hanging and not _continues(cur, line, width)))
            and (
                bracketed
                or is_heading_line(_under_table(line) if tabled and i == 0 else line, nxt)
                or _heads_after_bullet(cur, cur_bullet, line, nxt, marked, width)
            )
        ):
            flush()
            pending_glyph = None
            units.append(
                Unit(
                    line.text.strip(),
                    BlockKind.HEADING,
                    line.page,
                    line.start,
                    line.end,
                    1,
                    None,
                    dict(line.style),
                )
            )
            continue
        starts_new = (
            glyph is not None
            or pending_glyph is not None
            or not cur
            or turn
            or indented_start
            or (line.style.get("gap_before") or 0) > 0
            or (not hanging and (_ended_on_purpose(cur[-1], width) or _broken_by_hand(cur[-1], line, width)))
            or is_trailer(line.text)  # "ENDS", "NEXT BULLETIN 1800": the writer's close stands alone
            or is_service_notice(line.text)  # "You received this email because …": the mail service's own line
            # a note in full-width brackets on a line of its own ("（截至8月25日8时）") is none of the line above
            or _FULL_WIDTH_NOTE.match(line.text.strip()) is not None
            # a message header's field ("TO: …", "INFO: …", "SUBJ: …") is a line of its own, however long
            or (line.text[:1].isupper() and is_header_field(line.text))
            # ... as is a particular's field, a label of a word or three and its value ("Lead officer: Jo Patel"),
            # but for a point's own line under it ("  Treatment: …")
            or (not hanging and cur_bullet is None and _field_line(line.text.strip()))
            # ... as is the place and day it is issued at ("Calella, 26 de gener de 2026") under the title
            or (cur_bullet is None and is_place_and_date(line.text))
            # a typed row of fields or cells kept apart by runs of spaces, and the line after one
            or is_typed_row(line.text)
            or (bool(cur) and is_typed_row(cur[-1].text))
        )
        if starts_new:
            flush()
            cur, cur_bullet, strip_first = [line], glyph or pending_glyph, glyph is not None
            pending_glyph = None
        else:
            cur.append(line)
    flush()
    return units


def _under_table(line: Block) -> Block:
    """The line as it reads under a table's rows: set apart from them, as after a blank line."""
    return replace(line, style=line.style | {"gap_before": max(1, line.style.get("gap_before") or 0)})


def _hangs(cur: list[Block], line: Block, marked: frozenset[int], turns: frozenset[int]) -> bool:
    """The line is indented under the text of an entry that opened with a mark or a time ("- …", "0712 – …"),
    deeper than the mark and no deeper than the text: a hanging indent, the entry's wrapped text."""
    if not cur or (line.style.get("gap_before") or 0) > 0:
        return False
    first = cur[0]
    glyph, rest = split_bullet(first.text, id(first) in marked)
    if glyph:
        column: int | None = len(first.text) - len(rest)
    else:
        column = entry_text_column(first.text) if id(first) in turns else None
    if column is None:
        return False
    indent, lead = line.style.get("indent") or 0, first.style.get("indent") or 0
    return lead < indent <= lead + column + 1


def _heads_after_bullet(
    cur: list[Block], bullet: str | None, line: Block, nxt: Block | None, marked: frozenset[int], width: float
) -> bool:
    """A short line straight under a bullet, at the bullet's own indent, that ends in a colon ("Weather:",
    "Next steps:") or stands over more bullets with no punctuation at all: the heading of what follows,
    not the bullet's last line nor an item. A line indented under the bullet's text carries it on, and so
    does one whose first word would not have fitted on the bullet's line, unless that line ended a sentence."""
    if not cur or bullet is None or nxt is None or (line.style.get("gap_before") or 0) > 0:
        return False
    text = line.text.strip()
    if (line.style.get("indent") or 0) > (cur[0].style.get("indent") or 0) or len(text.split()) > HEAD_WORDS:
        return False
    above = cur[-1]
    if not _SENTENCE_END.search(above.text.rstrip()):
        length = above.style.get("length") or len(above.text)
        if width > 0 and length + 1 + len(text.split()[0]) > width:
            return False
    if not (text[0].isupper() or text[0].isdigit()) or not any(c.isalpha() for c in text):
        return False
    body = text[:-1].rstrip() if text.endswith(":") else text
    if not body or _INNER_PUNCTUATION.search(body):
        return False
    return text.endswith(":") or nxt.kind is BlockKind.ITEM or split_bullet(nxt.text, id(nxt) in marked)[0] is not None


def _ended_on_purpose(line: Block, width: float) -> bool:
    """A line that ends a sentence well short of the wrap width was broken by its writer, not by wrapping."""
    text = line.text.rstrip()
    if not _SENTENCE_END.search(text):
        return False
    length = line.style.get("length") or len(text)
    # Chinese and Japanese break a line after any character: a sentence's stop short of the full width ends it
    short = _FULL_WIDTH_SHORT if _FULL_STOP.search(text) else SHORT_LINE
    return width > 0 and length < short * width


def _broken_by_hand(above: Block, line: Block, width: float) -> bool:
    """The line's first word would have fitted well within the margin on the line above: wrapping did not
    break there, its writer did ("Status report" over "Week 7 – 12 March")."""
    words = line.text.split()
    if width <= 0 or not words:
        return False
    length = above.style.get("length") or len(above.text.rstrip())
    # in Chinese or Japanese, written without spaces, a line may break after any character, and after a figure
    # opening it ("7月1日からの…" could break after "7")
    first = next((n for n, c in enumerate(words[0]) if unspaced(c)), len(words[0])) or 1
    return length + 1 + first < SHORT_LINE * width


def _continues(cur: list[Block], line: Block, width: float) -> bool:
    """The line carries on the sentence above, which ran to the margin: "… as follows:" is no heading."""
    if not cur or (line.style.get("gap_before") or 0) > 0:
        return False
    prev = cur[-1]
    if _SENTENCE_END.search(prev.text.rstrip()):
        return False
    length = prev.style.get("length") or len(prev.text)
    return width > 0 and length >= 0.9 * width
