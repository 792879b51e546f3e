"""Block building: the lines of a page in reading order grouped into headings, items and paragraphs."""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import pairwise

from sitroom.extract.pdf.captions import chart_labels, in_heading_type
from sitroom.extract.pdf.furniture import over_box
from sitroom.extract.pdf.leads import part_of_point, run_in_lead
from sitroom.extract.pdf.level import beside
from sitroom.extract.pdf.linespacing import STOPS as _STOPS
from sitroom.extract.pdf.linespacing import ended_in_justified, justified_edge, paragraph_line_gap
from sitroom.extract.pdf.numbering import is_number, list_number, numbered_heading, scheme
from sitroom.extract.pdf.structs import Entry, Frag, PageData
from sitroom.extract.pdf.text import (
    CAPTION,
    FIGURE,
    FINAL_PUNCT,
    FOOTNOTE,
    NUMBER_MARK,
    SOURCE_LINE,
    WORD,
    ends_sentence,
    headingish,
    is_numeric_cell,
    sentence_like,
)
from sitroom.extract.pdf.title import dated_line
from sitroom.extract.pdf.wraps import (
    carried_over,
    continues,
    dash_runs_on,
    ended_short,
    heading_goes_on,
    heading_runs_on,
    indented_start,
    room_for_next_word,
    under_hanging_indent,
)
from sitroom.model import BlockKind
from sitroom.text.salutations import is_greeting

ONE_COLUMN = 0.4  # no line starts right of this share of the page's width


def group(page: PageData, lines: list[Frag], body: float) -> list[Entry]:
    """Lines of one page in reading order → headings, items, paragraphs; captions and footnotes dropped."""
    # right edge of the text that starts at about the same x: tells a short (final) line from a wrapped one
    edges: dict[int, float] = defaultdict(float)
    for f in lines:
        for k in (round(f.x0 / 8) - 1, round(f.x0 / 8), round(f.x0 / 8) + 1):
            edges[k] = max(edges[k], f.x1)
    # on a page of one column, the right margin (where its widest line ends, or as far from the page's edge as the
    # left margin is) tells a line its writer ended short, well before it
    one_column = bool(lines) and not any(f.x0 > ONE_COLUMN * page.width for f in page.frags)
    margin = max(max(f.x1 for f in lines), page.width - min(f.x0 for f in lines)) if one_column else None
    out: list[Entry] = []
    cur: Entry | None = None
    prev: Frag | None = None  # last line kept
    skip_last: Frag | None = None  # last line of a caption or footnote being skipped
    skip_row: list[Frag] = []  # the other cells of a header row being skipped
    in_figure = False  # after a figure caption, until running text comes back
    skip_reason = ""
    list_scheme: tuple[str, int] | None = None  # numbering scheme of the list being read
    head_number: str | None = None  # the number of the last numbered heading
    line_gap = paragraph_line_gap(lines)
    largest = max((f.size for f in lines), default=0.0)
    wrap_gap = _wrap_gap(lines)
    flush = justified_edge(lines, page.ends)
    for i, f in enumerate(lines):
        if skip_last is not None:
            gap = skip_last.bottom - f.top
            same_style = skip_last.bold == f.bold and abs(skip_last.size - f.size) < 0.6
            # a header cell's wrapped second line ("Response / Pillar") may sit under any cell of its row
            aligned = any(g.x0 - 10 <= f.x0 <= g.x1 for g in (skip_last, *skip_row))
            # small print goes on in small print: a line in the body's size under a tag or a badge is text again
            grown = skip_reason == "footnote or small print" and f.size > skip_last.size + 1
            if (
                -2 <= gap < 0.85 * f.size
                and not f.bullet
                and aligned
                and not grown
                and (same_style or not headingish(f, body))
            ):
                skip_last = f
                page.drop(skip_reason)
                continue
            skip_last = None
        text = f.text
        if f.bullet is None and (m := list_number(text)) and not is_numeric_cell(text):
            f.bullet, f.text = m.group(1), text[m.end() :]
        if in_figure:
            # chart titles, legends and axis labels under a figure caption: small, or terse and plain
            terse = not headingish(f, body) and (is_numeric_cell(f.text) or len(WORD.findall(f.text)) <= 3)
            # ... but not the next line of the text beside the figure
            wraps = prev is not None and abs(f.x0 - prev.x0) < 4 and -2 <= prev.bottom - f.top < 0.85 * f.size
            terse = terse and not wraps
            # ... or a legend with no full stop right over the figure's source line ("Nuevos casos confirmados
            # fuera de China" over "Fuente: …")
            legend = i + 1 < len(lines) and SOURCE_LINE.match(lines[i + 1].text) is not None
            legend = legend and not f.text.rstrip().endswith(FINAL_PUNCT) and f.bullet in (None, "image")
            plain = not f.bullet and not sentence_like(f.text) and (f.size < body - 0.2 or terse)
            if plain or legend:  # a legend's colour swatch is no bullet
                page.drop("figure text")
                continue
            in_figure = False
        small = f.size <= 0.85 * body and page.number > 1 and not f.label  # a field's name heads its value
        footnote = FOOTNOTE.match(text) and (f.size < body - 0.5 or sentence_like(text))
        footnote = footnote or _numbered_note(page, f, body)
        # headings side by side on one baseline are a table's header row
        # ... unless each heads a list of its own below it: the headings of side-by-side columns
        row = [g for g in lines if beside(g, f, page, lines) and headingish(g, body)] if headingish(f, body) else []
        if row and all(_heads_list(h, lines) for h in (f, *row)):
            row = []
        header_row = bool(row)
        boxed = (
            over_box(page, f, body, lines[i + 1 : i + 3])
            and not _masthead_date(page, f, prev, out, body)
            and not in_heading_type(page, f, lines, body)
            # the first page's first line in its largest print is the report's title, over a table or not
            and not (page.number == 1 and not out and f.size >= largest - 0.1)
        )
        # (a badge's icon before small print is no list's bullet: "🕓 17 Jan" on a card)
        if (not f.bullet or (small and f.bullet == "image")) and (
            CAPTION.match(f.text) or small or footnote or header_row or boxed
        ):
            skip_last = f
            skip_row = row
            in_figure = in_figure or bool(FIGURE.match(f.text))
            if FIGURE.match(f.text):
                # a chart's labels read before its caption under it: its ticks, legend and axis titles
                labels = chart_labels(out)
                if labels:
                    del out[-labels:]
                    page.drop("figure text", labels)
                    cur = out[-1] if out else None
            skip_reason = (
                "caption"
                if CAPTION.match(f.text) or boxed
                else "footnote or small print"
                if small or footnote
                else "table header"
            )
            page.drop(skip_reason)
            continue
        # (initials with their stops are a line of their own: "M.P.", where the stamp goes)
        stray = not WORD.search(f.text) and not any(c.isdigit() for c in f.text) and not _INITIALS.match(f.text)
        if cur is not None and stray:
            # a stray full stop or bracket that pdfium put on a line of its own
            cur.lines[-1].text += f.text
            continue
        gap = (prev.bottom - f.top) if prev else 99.0
        # a wide gap, a jump back up (next column) or a line beside the last one breaks the flow
        big_gap = gap > 0.85 * f.size or gap < -2 or (prev is not None and f.x0 > prev.x1)
        # ... and so does the space between paragraphs, told from the page's own spacing of wrapped lines
        right = _beside_picture(page, prev, edges[round(prev.x0 / 8)]) if prev else f.x1
        # the line under reaching further right shows where the edge is: a centred line over a paragraph ended short
        right = max(right, f.x1) if not big_gap else right
        paragraph_space = line_gap is not None and gap > line_gap + _PARAGRAPH_SPACE * f.size
        # within a list entry, where a new paragraph would take a new mark; in a paragraph, when the line
        # goes on in lower case (a line of x-height letters, "year.", stands lower than one with capitals)
        wrapped = (
            cur is not None
            and prev is not None
            and (cur.kind == BlockKind.ITEM or (cur.kind == BlockKind.PARAGRAPH and f.text[:1].islower()))
            and _wrapped(prev, f, right)
        )
        big_gap = big_gap or (paragraph_space and not wrapped)
        big_gap = big_gap or (prev is not None and _ends_paragraph(prev, f, gap, wrap_gap))
        big_gap = big_gap or (prev is not None and ended_in_justified(prev, f, flush, right))
        if cur is not None and prev is not None and cur.kind == BlockKind.PARAGRAPH and not big_gap:
            big_gap = ended_short(prev, f, margin)
        big_gap = big_gap or (cur is not None and prev is not None and indented_start(cur, prev, f, right))
        # a salutation ("Dear Sir,", "Poštovani,") is a line of its own, whatever follows it
        big_gap = big_gap or (prev is not None and prev.text.rstrip().endswith((",", "!")) and is_greeting(prev.text))
        if (
            cur is not None
            and prev is not None
            and cur.kind != BlockKind.HEADING
            and prev is cur.lines[-1]
            and not headingish(f, body)
            and carried_over(prev, f, right)
        ):
            cur.lines.append(f)  # the rest of the sentence, at the head of the next column
            prev = f
            continue
        if cur is not None and prev is not None and not headingish(f, body) and _attribution(cur, f, prev, gap):
            cur.lines.append(f)  # the speaker under a quotation belongs to the quotation
            prev = f
            continue
        if (
            cur is not None
            and prev is not None
            and ((not big_gap and under_hanging_indent(cur, f, prev)) or part_of_point(page, cur, f, prev))
        ):
            cur.lines.append(f)  # "What we are doing: …" in bold, set in under a point's text: still that point
            prev = f
            continue
        numbered = f.bullet is not None and is_number(f.bullet)
        lead = run_in_lead(f) if f.lead else None
        if lead is not None and not (cur and cur.kind != BlockKind.HEADING and continues(cur, f, prev, big_gap, right)):
            # a bold lead ("Surveillance:") heads the paragraph it opens
            head = Frag(
                lead, f.x0, f.x0 + (f.x1 - f.x0) * len(lead) / max(len(f.text), 1), f.bottom, f.top, f.size, True
            )
            out.append(Entry(BlockKind.HEADING, page.number, [head], level=2))
            f.text = f.text[len(f.lead or "") :].strip()
            f.bold = False
            cur = Entry(BlockKind.PARAGRAPH, page.number, [f])
            out.append(cur)
            prev = f
            continue
        if cur is not None and prev is not None and not big_gap and dash_runs_on(cur, prev, f, lines[i + 1 :]):
            f.text, f.bullet = f"{f.bullet} {f.text}", None
            cur.lines.append(f)
            prev = f
            continue
        if numbered and numbered_heading(
            lines, i, _styled(f, body), list_scheme == scheme(f.bullet or ""), head_number
        ):
            cur = Entry(BlockKind.HEADING, page.number, [f], bullet=f.bullet)
            out.append(cur)
            list_scheme, head_number = None, f.bullet
        elif f.bullet:
            cur = Entry(BlockKind.ITEM, page.number, [f], bullet=None if f.bullet == "image" else f.bullet)
            out.append(cur)
            if numbered:
                list_scheme = scheme(f.bullet)
        elif (
            cur is not None
            and cur.kind == BlockKind.HEADING
            and cur.bullet
            and prev is not None
            and not big_gap
            and abs(f.x0 - prev.x0) < 4
            and prev.x1 > right - 15
        ):
            cur.lines.append(f)  # a numbered heading wrapped onto a second line
        elif cur is not None and cur.kind == BlockKind.HEADING and not big_gap and _wraps_heading(cur, f):
            cur.lines.append(f)
        elif cur is not None and cur.kind == BlockKind.HEADING and not big_gap and heading_runs_on(cur, f):
            cur.kind = BlockKind.PARAGRAPH
            cur.lines.append(f)
        elif (headingish(f, body) or f.label) and not (
            # a styled line may still wrap on from a full-width line of its own size
            cur
            and cur.kind != BlockKind.HEADING
            and not big_gap
            and prev
            and prev.x1 > right - 15
            and abs(prev.size - f.size) < 1
            # ... not from one ending its sentence: the page's widest point, full stop and all, wraps into nothing;
            # nor from one handing over to what follows ("… ως εξής:" over "Α. Σύνοψη")
            and not ends_sentence(prev.text)
            and not prev.text.rstrip().endswith(":")
        ):
            if cur and cur.kind == BlockKind.HEADING and not big_gap and abs(cur.lines[-1].size - f.size) < 1:
                cur.lines.append(f)
            else:
                cur = Entry(BlockKind.HEADING, page.number, [f])
                out.append(cur)
                list_scheme = None
        elif cur is not None and cur.kind != BlockKind.HEADING and continues(cur, f, prev, big_gap, right):
            cur.lines.append(f)
        elif cur is not None and cur.kind == BlockKind.ITEM and not big_gap and abs(f.x0 - cur.lines[0].x0) < 4:
            # a list whose glyphs were lost: a capitalised line after a short one starts the next entry
            cur = Entry(BlockKind.ITEM, page.number, [f])
            out.append(cur)
        else:
            cur = Entry(BlockKind.PARAGRAPH, page.number, [f])
            out.append(cur)
        prev = f
    return out


_INITIALS = re.compile(r"^\s*(?:[^\W\d_]\.\s?){2,}:?$")  # "M.P.", "s.k.:" (a Malay letter's copies)
_NUMBER_ALONE = re.compile(r"^\d{1,4}[a-z]?$")


def _wraps_heading(cur: Entry, f: Frag) -> bool:
    """``f`` is the rest of the heading ``cur`` ends with, wrapped in a narrow column ("Capability and" /
    "capacity"): the same print, right under it, a few words opening in lower case, which no heading
    does (a wrapped line opening with a capital is a heading line of its own and joins it as one), or the
    number its last word abbreviates ("No." over "12")."""
    last = cur.lines[-1]
    same_print = f.bold == last.bold and abs(f.size - last.size) < 0.3 and not f.bullet
    if same_print and NUMBER_MARK.search(last.text.rstrip()) and _NUMBER_ALONE.match(f.text.strip()):
        return True  # "Situation report No." over "12"
    return heading_goes_on(cur, f) and len(WORD.findall(f.text)) <= 4 and not f.text.rstrip().endswith(FINAL_PUNCT)


def _styled(f: Frag, body: float) -> bool:
    letters = [c for c in f.text if c.isalpha()]
    caps = len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)
    return f.bold or caps or f.size >= 1.15 * body


def _masthead_date(page: PageData, f: Frag, prev: Frag | None, out: list[Entry], body: float) -> bool:
    """A date line right under the title lines at the top of page 1 ("Data update as of 5 November"): the
    masthead's date, not the caption of the picture under it, however it is styled."""
    if page.number != 1 or prev is None or not dated_line(f.text):
        return False
    if not all(max(g.size for g in e.lines) >= 1.3 * body for e in out):
        return False
    return prev.size >= 1.3 * body and -4 <= prev.bottom - f.top < 1.5 * f.size


def _heads_list(f: Frag, lines: list[Frag]) -> bool:
    """A bulleted entry starts right under the line, within its width: the line heads that list."""
    return any(
        g.bullet and g.top < f.bottom and f.bottom - g.top < 2.5 * f.size and f.x0 - 5 <= g.x0 < f.x1 for g in lines
    )


# Space between paragraphs beyond the spacing of wrapped lines, in font sizes: more than the unevenness
# of glyph boxes from line to line (a full line without descenders: about 0.2), less than the 4 pt and
# more that writers put between paragraphs of 10 pt text.
_PARAGRAPH_SPACE = 0.3


def _wrap_gap(lines: list[Frag]) -> float | None:
    """The space between lines where a sentence runs on from one line to the next: certainly the spacing
    of wrapped lines, even when the page has too few of them for ``paragraph_line_gap`` to see it recur."""
    gaps = sorted(
        b.bottom - f.top
        for b, f in pairwise(lines)
        if _stacked(b, f) and not f.bullet and not b.text.rstrip().endswith(_STOPS)
    )
    return gaps[len(gaps) // 2] if gaps else None


def _beside_picture(page: PageData, f: Frag, right: float) -> float:
    """The right edge of the text at ``f``: a picture standing right of it, level with it, is where text wrapped
    around it ends."""
    edges = [x0 for x0, bottom, _, top in page.boxes if x0 >= f.x1 - 1 and bottom <= f.top and top >= f.bottom]
    return min([right, *edges])


def _stacked(b: Frag, f: Frag) -> bool:
    """``f`` sits right under ``b``, in the same column and print."""
    same = abs(b.size - f.size) < 0.6 and b.bold == f.bold and abs(b.x0 - f.x0) < 4
    return same and -2 <= b.bottom - f.top < 0.85 * f.size


def _ends_paragraph(prev: Frag, f: Frag, gap: float, wrap_gap: float | None) -> bool:
    """A line that ends a sentence, followed by a new sentence after more space than wrapped lines have,
    ends its paragraph (one-line paragraphs set close together, justified so that no line looks short).
    Without a sentence seen running across lines, more than three quarters of a line's height is more
    than any single or 1.5 line spacing leaves between the lines of one paragraph."""
    if not _stacked(prev, f) or not prev.text.rstrip().endswith((".", "!", "?")):
        return False
    if not (f.text[:1].isupper() or f.text[:1].isdigit() or f.text[:1] in "\"'‘“("):
        return False
    if wrap_gap is not None:
        return gap > wrap_gap + _PARAGRAPH_SPACE * f.size
    return gap > 0.75 * (f.top - f.bottom)


def _wrapped(prev: Frag, f: Frag, right: float) -> bool:
    """``prev`` runs to the text's right edge (or ``f``'s first word would not have fitted on it) without
    ending its sentence, and ``f`` goes on in the same print: the line was wrapped, not ended, whatever
    space a link's underline or a larger glyph left between them."""
    same_print = abs(prev.size - f.size) < 0.6 and prev.bold == f.bold and abs(prev.x0 - f.x0) < 4
    full = prev.x1 > right - 15 or not room_for_next_word(prev, f, right)
    return same_print and full and not f.bullet and not prev.text.rstrip().endswith(_STOPS)


_CLOSING_QUOTE = re.compile(r"""[.!?…]?[”"»’']\)?$""")
_ATTRIBUTION_WORDS = 20


def _attribution(cur: Entry, f: Frag, prev: Frag, gap: float) -> bool:
    """``f`` names who said the quotation that ``cur`` ends with ("“… stay away from the river banks.”" over
    "Chief Fire Officer, at the press briefing on Tuesday"): one line under the quotation's text, no list
    mark, no sentence of its own, set off by no more than a blank line."""
    if cur.kind == BlockKind.HEADING or f.bullet or prev is not cur.lines[-1]:
        return False
    opened = any(q in x.text for x in cur.lines for q in '“"«')
    if not opened or not _CLOSING_QUOTE.search(prev.text.rstrip()):
        return False
    text = f.text.strip().lstrip("—–-― ").strip()
    under = cur.lines[0].x0 - 4 <= f.x0 <= cur.lines[0].x0 + 40
    plain = f.size <= prev.size + 0.6 and not text.endswith((".", "!", "?", ":", ";"))
    return under and plain and 0 < len(text.split()) <= _ATTRIBUTION_WORDS and gap < 1.6 * f.size


_NOTE_NUMBER = re.compile(r"^\d{1,2}\s+\S")


def _numbered_note(page: PageData, f: Frag, body: float) -> bool:
    """A footnote numbered in figures ("1 This report is published daily"): smaller than the body, under
    the short rule that separates the notes at the foot of the page from the text."""
    if f.size >= body - 1 or not (f.note or _NOTE_NUMBER.match(f.text)):
        return False
    return any(f.top < r < 0.3 * page.height for r in page.rules)
