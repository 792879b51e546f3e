"""Whether a line runs on in the entry before it: a wrapped line, a dash inside the text, a page break."""

from __future__ import annotations

import re

from sitroom.extract.pdf.structs import Entry, Frag
from sitroom.extract.pdf.text import CAPTION, FINAL_PUNCT
from sitroom.model import BlockKind
from sitroom.text.glyphs import BULLET_DASHES
from sitroom.text.mailfields import FROM_LABELS, is_memo_field
from sitroom.text.spacing import has_unspaced
from sitroom.text.turns import is_chat_line, is_record

# a field: a label of a few words, its colon, a value of a few words ("Duty officer: Jo Patel")
_FIELD_START = re.compile(r"^[^\W\d_][\w'’.-]*(?:\s+[\w'’.-]+){0,3}\s?:\s")
_SENDER = re.compile(rf"^(?:{FROM_LABELS})\s*:", re.I)
_FIELD_LINE = re.compile(r"^[^\W\d_][\w'’.-]*(?:\s+[\w'’.-]+){0,3}\s?:\s+\S+(?:\s+\S+){0,5}$")


def continues(cur: Entry, f: Frag, prev: Frag | None, big_gap: bool, right: float) -> bool:
    """Whether line ``f`` wraps on from the entry ``cur`` (no gap, no new sentence at a short line)."""
    # "ACTION: …" in minutes is a record of its own, "<alice> …" in a chat log a turn of its own
    if prev is None or big_gap or is_record(f.text) or is_chat_line(f.text):
        return False
    # under a memo's header field, however long it ran, the next field ("CC: …" under "TO: …") is one of its own
    # (a printed mail's sender line, "From: … Sent: …", keeps the fields under it: its header is read as one)
    first_text = cur.lines[0].text
    if is_memo_field(f.text) and is_memo_field(first_text) and not _SENDER.match(first_text):
        return False
    first = cur.lines[0]
    # a line is short when it stops well before the text's right edge, or when the next line's first word
    # would have fitted on it: then the writer ended the line, it was not wrapped
    short = prev.x1 < right - max(0.12 * (right - prev.x0), 20) or room_for_next_word(prev, f, right)
    # a sentence may open with a figure ("621 meals served …"), and in Chinese or Japanese with any letter
    opens = f.text[:1].isupper() or f.text[:1].isdigit() or has_unspaced(f.text[:1])
    ends = prev.text.endswith((".", ":", "!", "?", ";", "。", "：", "！", "？", "；"))
    # ... and so did one whose sentence ended where the type's size changes ("Treatment: …" set smaller under a
    # risk, the next risk in the risks' size): a wrapped line keeps its size
    resized = abs(prev.size - f.size) >= 0.6 and prev.bold == f.bold
    new_sentence = (short or resized) and opens and ends
    # Chinese and Japanese break a line at any letter: a line of theirs that stops short of the edge, or of the
    # line under it, was ended by its writer
    unspaced = has_unspaced(prev.text.rstrip()[-1:]) and has_unspaced(f.text.lstrip()[:1])
    if unspaced and (short or f.x1 > prev.x1 + 1.5 * f.size):
        return False
    # a bold label under a line the writer ended opens a field of its own ("Contacts : …" under "Prochain
    # point de situation : mardi à 11 h 00"); so does one under a field that opened with a bold label and went on
    # in regular type, however long (a memo's "Aan Raad van Bestuur" under "Onderwerp Overbezetting …")
    labelled = short and f.lead is not None and f.lead.rstrip().endswith(":")
    # (without colons: a label with its colon goes by the rule above)
    fields = (
        f.lead is not None
        and first.lead is not None
        and not f.lead.rstrip().endswith(":")
        and first.lead.strip() != first.text.strip()
    )
    new_sentence = new_sentence or (opens and (labelled or fields))
    # a short field the writer ended ("Técnico de guardia: Ing. Marta Lasheras") stands on its own line over a
    # sentence (a run of fields, "From: …" over "Sent: …", is read as one, as a mail's header block)
    field = _FIELD_LINE.match(prev.text.strip()) is not None and _FIELD_START.match(f.text.strip()) is None
    new_sentence = new_sentence or (short and opens and field and " " in f.text.strip())
    if cur.kind == BlockKind.ITEM:
        if _new_cjk_paragraph(first, prev, f):
            return False
        # continuation lines sit under the item's text, not left of it (in the column the item was carried
        # on into, under its last line)
        anchor = first if first.x0 - 4 <= prev.x0 < first.x0 + 60 else prev
        under = f.x0 >= anchor.x0 - 4 and f.x0 < anchor.x0 + 60
        if not under and len(cur.lines) >= 1 and _runs_back(first, prev, f, right):
            return True
        # under a drawn glyph only a new glyph, a dedent or a gap ends the entry ("… low. Mitigation:" + next line);
        # a mark typed in the line ("- Tiếp tục …") stands where its wrapped lines would: a sentence opening there,
        # under a line ended short, opens a paragraph of its own ("Ủy ban nhân dân tỉnh … trân trọng báo cáo./.")
        typed = first.bullet is not None and first.hang == 0 and abs(f.x0 - first.x0) < 2
        return under and ((first.bullet is not None and not typed) or not new_sentence)
    if new_sentence or (opens and _whole_line_fitted(prev, f, right)):
        return False
    return abs(f.x0 - prev.x0) < 60 or f.x0 >= first.x0 - 4


def _whole_line_fitted(prev: Frag, f: Frag, right: float) -> bool:
    """``f``, all of it, would have fitted at the end of ``prev``, in the same print and at the same edge, and ``prev``
    ends on a number: the writer ended it ("Briefing 1" over "2 July 2026" over "Surf Life Saving NSW"), no wrap
    did."""
    if abs(prev.x0 - f.x0) >= 4 or abs(prev.size - f.size) >= 0.6 or prev.bold != f.bold or has_unspaced(f.text):
        return False
    # a line stopping at a word ("… response to the", "1 Summary") may have been cut short by something beside it;
    # one stopping at a number ("Briefing 3", "2 July 2026") was ended there
    if not prev.text.split()[-1].isdigit():
        return False
    per_char = (f.x1 - f.x0) / max(len(f.text), 1)
    return prev.x1 + per_char + (f.x1 - f.x0) < right - 2


def _new_cjk_paragraph(first: Frag, prev: Frag, f: Frag) -> bool:
    """Chinese and Japanese paragraphs open two characters in and run on at the margin: a line set in as far as the
    point's number, after a line ending its sentence, opens a paragraph of its own ("特此报告。" under the last
    point), where a Latin list's line there would run on."""
    return (
        first.bullet is not None
        and abs(f.x0 - first.x0) < 2
        and prev.text.rstrip().endswith(("。", "！", "？"))
        and has_unspaced(f.text)
    )


# a typed mark and its space ("- ", "• ") are about this many ems wide
_MARK_EMS = 1.2


def _runs_back(first: Frag, prev: Frag, f: Frag, right: float) -> bool:
    """A point whose mark stands at a paragraph's first-line indent runs on at the paragraph's edge, left of
    its text ("– Облыстың бірнеше ауданында … су тасқынына" / "әкелді."), as official letters in Russian,
    Kazakh or French are set, or as a text box wraps a typed "- " point back to its edge: the line before ran to
    the right edge unended, and ``f`` opens no point."""
    # (a line of Chinese or Japanese, set a character at a time, may stop a character short of the edge)
    if f.bullet or abs(prev.size - f.size) >= 0.6 or prev.bold != f.bold:
        return False
    # the line before ran to the edge, or stopped where the next line's first word would not have fitted
    if prev.x1 < right - max(15, 1.5 * f.size) and room_for_next_word(prev, f, right):
        return False
    if not first.x0 - 6 * f.size <= f.x0 < first.x0 - 4:
        return False
    # a line set flush with the right edge (justified) was wrapped, wherever its sentence ended; so was a line
    # standing right under the point's typed mark, as a text box wraps its typed points ("- … monitored." over
    # "Mitigation in place: …"): a new paragraph would stand at the indent's width off the text, not a mark's
    flush = prev.x1 >= right - 1.5
    under_mark = first.bullet is not None and first.x0 - f.x0 <= _MARK_EMS * f.size
    return flush or under_mark or not SENTENCE_END.search(prev.text.rstrip()) or f.text[:1].islower()


# A line ending its sentence: a stop, perhaps closed by a bracket or a quotation mark ("… done.)", "… over.”").
SENTENCE_END = re.compile(r"[.!?…][)\]\"”’»']*$")
# ... a statement's end, not a question's
STATEMENT_END = re.compile(r"[.!…][)\]\"”’»']*$")


def indented_start(cur: Entry, prev: Frag, f: Frag, right: float) -> bool:
    """``f`` opens a new paragraph by its first-line indent alone: ``prev``, a line of a running paragraph at
    its left edge, runs to the text's right edge and ends its sentence, and ``f``, in the same print, opens a
    sentence set in from that edge by half an em to four (LaTeX indents every paragraph but the first after a
    heading by 1.5 em and puts no space between paragraphs; many Word styles indent the first line 0.5 in).
    A wrapped line goes on at the paragraph's edge; a line set in under a full one is a new paragraph's."""
    if cur.kind != BlockKind.PARAGRAPH or f.bullet or prev is not cur.lines[-1] or f.lead:
        return False
    if abs(prev.size - f.size) >= 0.6 or prev.bold != f.bold or prev.x1 < right - 15:
        return False
    # ``prev`` stands at the paragraph's left edge, not in from it (a hanging line, a first line)
    if prev.x0 > min(g.x0 for g in cur.lines) + 2 or not SENTENCE_END.search(prev.text.rstrip()):
        return False
    opens = f.text[:1].isupper() or f.text[:1].isdigit() or f.text[:1] in "\"'‘“«("
    return opens and 0.5 * f.size <= f.x0 - prev.x0 <= 4 * f.size


def room_for_next_word(prev: Frag, f: Frag, right: float) -> bool:
    """Whether the first word of ``f`` (and a space) would have fitted at the end of ``prev``."""
    word = f.text.split(maxsplit=1)[0] if f.text.strip() else ""
    if not word or abs(prev.size - f.size) >= 0.6 or len(f.text) < 2:
        return False
    per_char = (f.x1 - f.x0) / len(f.text)
    return prev.x1 + per_char * (len(word) + 1) < right - 2


def ended_short(prev: Frag, f: Frag, right: float | None) -> bool:
    """``prev`` ends a sentence well short of its column's right edge (``right``), where ``f``'s first word and room to
    spare would have fitted, and ``f`` opens a new one under it: the writer ended the line, as a notes app or a mail
    sets a sentence to a line, so ``f`` opens a paragraph of its own."""
    if right is None or abs(prev.x0 - f.x0) >= 4 or abs(prev.size - f.size) >= 0.6 or prev.bold != f.bold:
        return False
    if not prev.text.rstrip().endswith((".", "!", "?")) or not (f.text[:1].isupper() or f.text[:1].isdigit()):
        return False
    word = f.text.split(maxsplit=1)[0]
    per_char = (f.x1 - f.x0) / max(len(f.text), 1)
    return prev.x1 + per_char * (len(word) + 1) + f.size < right


def join_across_pages(last: Entry, page_entries: list[Entry]) -> None:
    """A page that opens mid-sentence continues the item or paragraph the previous page ended with."""
    first = page_entries[0]
    head = first.lines[0]
    # an item's text column continuing at the same x is the item itself, whatever the case
    same_column = last.kind == BlockKind.ITEM and abs(head.x0 - last.lines[0].x0) < 4
    if (
        first.kind == BlockKind.PARAGRAPH
        and last.kind in (BlockKind.ITEM, BlockKind.PARAGRAPH)
        and not last.title
        and (head.text[:1].islower() or same_column)
        and not CAPTION.match(head.text)
    ):
        last.lines.extend(first.lines)
        del page_entries[0]


def dash_runs_on(cur: Entry, prev: Frag, f: Frag, after: list[Frag]) -> bool:
    """A dash opening a line at the text's own indent, after a line that broke off mid-phrase ("… two
    from the north, one from" / "- the city's unit."), is a dash in the sentence, not a new list mark: a
    mark stands left of the text it opens or further in, and a line a sub-list hangs from ends its phrase
    (or with a colon), or has two dashes or more hanging from it."""
    if not f.bullet or f.bullet not in BULLET_DASHES or cur.kind not in (BlockKind.ITEM, BlockKind.PARAGRAPH):
        return False
    if prev.text.rstrip().endswith((*FINAL_PUNCT, ":")) or abs(prev.size - f.size) > 0.3:
        return False
    # the mark is taken off the line, its text starting a dash and a space further in
    if not prev.x0 - 4 <= f.x0 <= prev.x0 + f.size:
        return False
    # the line before ran to the edge of the entry's own text: it was wrapped, not ended
    if prev.x1 < max(g.x1 for g in cur.lines) - 15:
        return False
    # the entry opened by the same dash at the same place is the list's previous entry: this is the next
    if cur.bullet == f.bullet and abs(cur.lines[0].x0 - f.x0) < 4:
        return False
    # another dash at its indent, after the lines it wraps onto, makes a list of them
    for g in after:
        if not g.bullet and g.x0 >= prev.x0 - 4:
            continue
        return not (g.bullet == f.bullet and abs(g.x0 - f.x0) < 4)
    return True


def carried_over(prev: Frag, f: Frag, right: float) -> bool:
    """``f`` opens the next column (up the page, right of ``prev``) and goes on with the sentence ``prev``
    left unended at the foot of its column: ``prev`` ran to its column's edge, or ``f``'s first word would
    not have fitted on it, without a stop, and ``f`` is set in the same print with no mark of its own.
    A paragraph or a point carried from the foot of one column to the head of the next is one."""
    if f.bullet or f.top <= prev.top or f.x0 <= prev.x1:
        return False
    if abs(prev.size - f.size) >= 0.6 or prev.bold != f.bold or prev.text.rstrip().endswith((".", "!", "?")):
        return False
    full = prev.x1 > right - 15 or not room_for_next_word(prev, f, right)
    return full and not CAPTION.match(f.text)


def under_hanging_indent(cur: Entry, f: Frag, prev: Frag) -> bool:
    """``f`` stands right under the last line of the point ``cur``, in its print, at its text's indent, which a
    hanging indent sets right of the bullet: a line the point runs on to, however it opens, for a heading or a
    paragraph of its own would start back at the margin."""
    first = cur.lines[0]
    return (
        cur.kind == BlockKind.ITEM
        and prev is cur.lines[-1]
        and not f.bullet
        and first.hang > 0.3 * first.size
        and abs(f.x0 - first.x0) < 2
        and abs(prev.size - f.size) < 0.5
    )


def heading_goes_on(cur: Entry, f: Frag) -> bool:
    """``f`` opens in lower case right under the heading ``cur`` ends with, in its print and at its edge, the
    heading's last line ending no sentence: its words go on there."""
    last = cur.lines[-1]
    return (
        f.text[:1].islower()
        and not f.bullet
        and f.bold == last.bold
        and abs(f.size - last.size) < 0.3
        and abs(f.x0 - cur.lines[0].x0) < 4
        and not last.text.rstrip().endswith((*FINAL_PUNCT, ":"))
    )


def heading_runs_on(cur: Entry, f: Frag) -> bool:
    """``f``, right under the styled line ``cur`` was taken for a heading, goes on with its sentence in the same
    print and ends it ("Dai 31 di otubar la Comunitât e à il centri operatîf" over "viert di dì e di gnot."): a lead
    set in bold, a paragraph, no heading over its last words. A question over its answer ("… since it opened?")
    heads it."""
    return heading_goes_on(cur, f) and STATEMENT_END.search(f.text.rstrip()) is not None
