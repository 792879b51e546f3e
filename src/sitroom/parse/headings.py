"""Heading detection: which lines and paragraphs are headings, with or without a template."""

from __future__ import annotations

import re
from itertools import pairwise
from statistics import median

from sitroom.model import Block, BlockKind
from sitroom.parse.foldwords import NUMBERING
from sitroom.parse.message import is_header_field
from sitroom.parse.metadata import looks_like_title
from sitroom.parse.units import Unit, is_typed_row
from sitroom.parse.vocabulary import classify_heading
from sitroom.templates import Template, TemplateSection
from sitroom.text.brackets import bracketed_heading
from sitroom.text.case import ends_with_letter, opens_with_capital
from sitroom.text.glyphs import split_bullet, without_pictographs
from sitroom.text.logbook import entry_stamp, is_day_line
from sitroom.text.reportnames import names_numbered_report
from sitroom.text.turns import is_topic

MAX_HEADING_CHARS = 90
MAX_HEADING_WORDS = 12
_LETTERS = re.compile(r"[^\W\d_]")
_ENDS_LIKE_SENTENCE = re.compile(r"[.;,!?]['\"”’)\]]*$")
# Pictographs, variation selectors and joiners closing a line: decoration after its punctuation.
_TRAILING_SYMBOLS = re.compile("[\\s\ufe0f\u200d\u2600-\u27bf\U0001f300-\U0001faff]+$")
_INNER_PUNCTUATION = re.compile(r"[.;:!?]")
_LEADING_CAPS = re.compile(r"^(?:[IVX]+\.\s+)?[A-Z][A-Z0-9&'’/-]+(?:\s+[A-Z0-9&'’/-]+)+\b")
# A pictograph opening a line ("📌 Key points", "🌡️ Conditions"): how a post or a chat marks its sections' names
_PICTOGRAPH_LEAD = re.compile("^[\u2600-\u27bf\U0001f300-\U0001faff][\ufe0f\u200d]?\\s*\\S")
# such names in a text, at least, for a paragraph so marked to be one
MIN_MARKED_NAMES = 3


def _marked_name(text: str) -> bool:
    """A pictograph, then a few words with no stop: a section's name as a post marks it."""
    text = text.strip()
    return _PICTOGRAPH_LEAD.match(text) is not None and _short_label(without_pictographs(text) or "x.")


def caps_ratio(text: str) -> float:
    letters = _LETTERS.findall(text)
    if not letters:
        return 0.0
    return sum(1 for c in letters if c.isupper()) / len(letters)


def looks_like_heading_text(text: str) -> bool:
    """Shape alone: short, no sentence punctuation at the end, starts with a capital or a number."""
    t = text.strip()
    if not t or len(t) > MAX_HEADING_CHARS or len(t.split()) > MAX_HEADING_WORDS:
        return False
    # an emoji after the full stop ("… the project. 👌") does not make a sentence a heading
    if _ENDS_LIKE_SENTENCE.search(_TRAILING_SYMBOLS.sub("", t)):
        return False
    t = without_pictographs(t) or t  # "📌 INCAMAKE": the pin decorates the heading
    t = bracketed_heading(t) or t  # "【要点】": the brackets mark the heading
    return opens_with_capital(t) or t[0].isdigit()


def template_section(template: Template, text: str) -> tuple[TemplateSection | None, float]:
    """The template section a heading stands for, unless the heading plainly means something else.

    "Impact" is close to a template's "Financial impact" in letters, but it lacks the word that gives
    that section its meaning: a heading whose own words name another meaning outright is not that
    section. Exact names and aliases always match.
    """
    sec, score = template.match(text)
    if sec is None or sec.key is None or score >= 100:
        return sec, score
    key, confidence = classify_heading(text)
    if key is not None and confidence >= 1.0 and key.value != sec.key:
        return None, score
    return sec, score


def _gap(block: Block) -> bool:
    return (block.style.get("gap_before") or 0) > 0


def _short_label(text: str) -> bool:
    """A few words opening with a capital, no punctuation in them: a label, not a sentence's start."""
    text = text.strip()
    return (
        0 < len(text.split()) <= 6
        and opens_with_capital(text)
        and ends_with_letter(text)
        and not _INNER_PUNCTUATION.search(text)
    )


def _sentence_line(text: str) -> bool:
    """A line of running text: no list entry, closed by a sentence's full stop."""
    text = text.strip()
    return split_bullet(text)[0] is None and text[-1:] in ".!?" and len(text.split()) >= 3


def _names(text: str) -> bool:
    """A short label, or one closed by a colon ("Summary", "Summary:", "الملخص:"): what a line naming a section
    may be."""
    return _short_label(text.removesuffix(":"))


def _announces(text: str) -> bool:
    """A label closed by a colon, with no other sentence punctuation in it ("Jobs for the week:")."""
    return text.endswith(":") and not _INNER_PUNCTUATION.search(text[:-1])


class HeadingDetector:
    """Decides headings from template matches and layout or style cues.

    ``template`` may be None: then only style and shape count.
    """

    def __init__(self, template: Template | None, blocks: list[Block]) -> None:
        self.template = template
        sizes = [b.style["size"] for b in blocks if b.style.get("size")]
        self._first = blocks[0] if blocks else None
        self.body_size = median(sizes) if sizes else None
        # short lines after a blank line, each over a list: the headings of a text that sets them apart so alone
        # short paragraphs opened by a pictograph, three or more: the names of a post's or a chat's sections
        self._marked_names = sum(1 for b in blocks if b.kind is BlockKind.PARAGRAPH and _marked_name(b.text)) >= (
            MIN_MARKED_NAMES
        )
        lines = [b for b in blocks if b.kind is BlockKind.LINE]
        # three names or more framed by marks ("*** SITUATION ***"): the text names its sections so, and a line in
        # capitals not so framed (the sender's name over the letter) is none of them
        self._framed = sum(1 for b in blocks if b.style.get("marked")) >= MIN_MARKED_NAMES
        self._label_heads = (
            sum(
                1
                for a, b in pairwise(lines)
                if _gap(a) and not _gap(b) and _names(a.text) and split_bullet(b.text)[0] is not None
            )
            >= 2
        )
        # short lines after a blank line, each over the sentences of a paragraph, three or more: the headings of a
        # text whose sections hold sentences, not lists ("Summary" over "The district was hit …")
        self._sentence_heads = (
            sum(1 for a, b in pairwise(lines) if _gap(a) and not _gap(b) and _names(a.text) and _sentence_line(b.text))
            >= MIN_MARKED_NAMES
        )

    def template_match(self, text: str) -> str | None:
        """The template section key this heading text stands for, if any."""
        if not self.template:
            return None
        sec, _ = template_section(self.template, text)
        return sec.key if sec else None

    def is_heading_line(self, line: Block, nxt: Block | None) -> bool:
        """For a raw LINE block: caps or larger/bold text, or a template heading on a line of its own."""
        text = line.text.strip()
        if not looks_like_heading_text(text):
            return False
        if line is self._first and names_numbered_report(text):
            return False  # the first line naming the report with its number, in capitals or not, is its title
        if self._template_line(text) or is_topic(text) or bracketed_heading(text):
            return True
        if is_day_line(text) and nxt is not None and entry_stamp(nxt.text):
            return True  # "Monday 15 January 2024" over "0712 – …": the day of the log entries under it
        if self._styled_style(line.style):
            return True
        if is_typed_row(text):
            return False  # parts kept apart by a run of spaces: a row of fields or cells, not a name
        letters = len(_LETTERS.findall(text))
        if letters >= 4 and caps_ratio(text) >= 0.85:
            if self._framed:
                return False  # the text marks its names, and this line in capitals bears no marks
            if not is_header_field(text):
                return True  # ... but "DTG: 220700Z JAN 24" is a message's header field in capitals, not a heading
        # "FINANCIAL IMPACT (increase in costs)": a run of capitalised words opening the line
        # ... but not "LEAD OFFICER: Jo Patel": a label in capitals before a colon and its text is run in
        # (``sitroom.parse.runin`` judges it)
        if (m := _LEADING_CAPS.match(text)) and letters >= 8 and not text[m.end() :].lstrip().startswith(":"):
            return True
        # A short Title Case line standing alone between blank lines, or one that names a section's
        # meaning outright ("Risk register", "Next steps").
        after_gap = _gap(line)
        before_gap = nxt is None or _gap(nxt)
        # The start of the text sets the first line apart as a blank line would, but a first line
        # naming the report ("Situation Report No. 4") is its title, not a section.
        first = line is self._first and not looks_like_title(text)
        words = text.split()
        if len(words) > 6:
            return False
        if (after_gap or first) and nxt is not None and split_bullet(nxt.text)[0] is not None:
            # A short line after a blank line, over a list, that names a section's meaning ("Comms", "HR")
            # or announces the list with a colon ("Things keeping us awake:"): the list's heading, even
            # when no blank line parts them ...
            # ... or stands over a list set in from it, with no punctuation of a sentence ("Tenancy and welfare"
            # over "  *   Officers are supporting 102 households"): a label the list falls under
            indented = (nxt.style.get("indent") or 0) > (line.style.get("indent") or 0)
            label = indented and opens_with_capital(text) and text[-1] not in ".,;!?"
            # ... or stands alone between blank lines over the list, in a language that writes headings in
            # sentence case ("Conséquences pour la population")
            alone = after_gap and before_gap and opens_with_capital(text) and text[-1] not in ".,;:!?"
            # ... or, after a blank line, opens the list with no punctuation in it at all ("Today's
            # collections" over "· 21 of our 42 rounds went out"): what a mail's plain text keeps of a
            # bold heading
            bare = after_gap and opens_with_capital(text) and ends_with_letter(text)
            bare = bare and not _INNER_PUNCTUATION.search(NUMBERING.sub("", text, count=1))  # ("ΣΤ. Στήριξη …")
            # ... or opens the text shaped as the text's later headings over their lists: nothing stands above it
            opening = first and self._label_heads and _short_label(text)
            return label or alone or bare or opening or _announces(text) or classify_heading(text)[1] >= 1.0
        if first and before_gap:
            return classify_heading(text)[1] >= 1.0
        if (self._label_heads or self._sentence_heads) and after_gap and nxt is not None and _names(text):
            # shaped as the text's headings over its lists, over a paragraph instead
            return _sentence_line(nxt.text)
        if not (after_gap and before_gap):
            return False
        return all(w[0].isupper() or len(w) <= 3 for w in words) or classify_heading(text)[1] >= 1.0

    def is_heading_unit(self, unit: Unit) -> bool:
        """A unit the sections open with: a heading by kind, or a paragraph styled or named like one."""
        return unit.kind is BlockKind.HEADING or (
            unit.kind is BlockKind.PARAGRAPH and self.is_heading_paragraph(unit.text, unit.style)
        )

    def is_heading_paragraph(self, unit_text: str, style: dict) -> bool:
        """For a complete PARAGRAPH: promoted when it matches the template or is styled like a heading."""
        if not looks_like_heading_text(unit_text):
            return False
        if self._template_line(unit_text) or is_topic(unit_text) or bracketed_heading(unit_text):
            return True
        if self._marked_names and _marked_name(unit_text):
            return True
        return self._styled_style(style) and (style.get("bold") or caps_ratio(unit_text) > 0.6 or self._larger(style))

    def _template_line(self, text: str) -> bool:
        if not self.template or len(text) > 120:
            return False
        # A template section with no set meaning (key null) still names a heading.
        return template_section(self.template, text)[0] is not None

    def _styled_style(self, style: dict) -> bool:
        return bool(style.get("bold")) or self._larger(style)

    def _larger(self, style: dict) -> bool:
        size = style.get("size")
        return bool(size and self.body_size and size >= 1.15 * self.body_size)
