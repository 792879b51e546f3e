"""The masthead: the title line(s) at the top of page 1, with their date line, kept apart from the body."""

from __future__ import annotations

import re

from sitroom.extract.pdf.byline import initial_under, mark_byline
from sitroom.extract.pdf.structs import Entry, Frag, PageData
from sitroom.extract.pdf.text import DATED, headingish, sentence_like
from sitroom.model import BlockKind
from sitroom.text.clock import names_time_of_day
from sitroom.text.reportnames import names_report

_DIGIT = re.compile(r"\d")


# a line holding only a date in figures: "28.02.2020", "3/12/2026", "2026-12-03"
_NUMERIC_DATE = re.compile(r"^\s*(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})\s*$")


def dated_line(text: str) -> bool:
    """A short line naming a day or a time, or an \"as of\": a masthead's date line."""
    # "Key updates" is a heading: a date line names a day or a time
    if _NUMERIC_DATE.match(text):
        return True
    # ... and tells no news: "This is update 3. 45 homes were evacuated overnight." is the body's first paragraph
    return bool(DATED.search(text)) and bool(_DIGIT.search(text)) and len(text) < 90 and not _tells_news(text)


# a stop, then a sentence opening with a capital or a figure ("… 2020. Return 1 …"; "10. febrúar" runs on)
_STOP = re.compile(r"(?<=[.!?])\s+")
_NEWS_WORDS = 8


def _tells_news(text: str) -> bool:
    """Running text of a few words, one of whose sentences after the first tells something and names no day,
    time or report ("45 homes were evacuated overnight.", or "Here is what our" wrapped): not a date line
    ("Report date: 6 April 2020. Return 1 from Northfield Council.")."""
    if len(text.split()) < _NEWS_WORDS:
        return False
    sentences: list[str] = []
    for piece in _STOP.split(text.strip()):
        if sentences and not (piece[:1].isupper() or piece[:1].isdigit()):
            sentences[-1] += " " + piece
        elif piece:
            sentences.append(piece)
    return any(
        len(_TELLING.findall(s)) >= 2 and not (DATED.search(s) or names_time_of_day(s) or names_report(s))
        for s in sentences[1:]
    )


# the words of a sentence telling something, in lower case ("homes were evacuated overnight"), not the particles
# of a sender's name ("Return 1 from Northfield Council")
_TELLING = re.compile(r"(?<![\w'’-])(?!(?:from|for|and|the|with|per|von|und|der|des|del|por)\b)[a-z]{3,}\b")


# an organisation's initials, as its logo sets them: "CDC", "NDMO"
_INITIALISM = re.compile(r"^[A-Z]{2,6}$")


# a band holds the title, its issue and date, and beside them the letterhead of the state, ministry and office under a
# logo: this many short lines at most
_BAND_LINES = 12


def find_band(page: PageData, frags: list[Frag], body: float) -> list[Entry]:
    """The masthead set in a shaded band across the top of page 1: its large lines are the title, the
    others (the organisation, the issue and date line) masthead lines; none is a section or an item.

    A band reaches the top of the page, runs across most of its width and holds a few short lines. Its
    lines stay in the page for the layout analysis (they hold the columns under them apart from each
    other); ``off_band`` takes them out of the reading order.
    """
    if page.number != 1:
        return []
    # a band of colour; or one drawn off the page's top edge, however short (a box drawn round the top
    # lines inside the margins is a form's, its lines the form's name)
    bled = [box for box in page.frames if box[3] >= page.height - 1]
    for x0, bottom, x1, top in [*page.panels, *bled]:
        if x1 - x0 < 0.6 * page.width or top < 0.85 * page.height or bottom < 0.6 * page.height:
            continue
        inside = [f for f in frags if x0 <= f.x0 and f.x1 <= x1 + 1 and bottom <= f.mid <= top]
        # (a form's description under its title, in small print, may be a sentence: the band holds the title)
        titled = bool(inside) and max(f.size for f in inside) >= max(f.size for f in frags) - 0.1
        described = [
            f for f in inside if sentence_like(f.text) and not (titled and f.size < max(g.size for g in inside) - 1)
        ]
        if not inside or len(inside) > _BAND_LINES or any(f.bullet for f in inside) or described:
            continue
        inside.sort(key=lambda f: -f.top)
        groups: list[list[Frag]] = []
        for f in inside:  # a title wrapped over two lines stays one block
            prev = groups[-1][-1] if groups else None
            if prev and abs(prev.size - f.size) < 0.3 and prev.bold == f.bold and prev.bottom - f.top < 0.85 * f.size:
                groups[-1].append(f)
            else:
                groups.append([f])
        largest = max(g[0].size for g in groups)
        return [
            Entry(BlockKind.PARAGRAPH, page.number, g, title=True, masthead=_band_masthead(g, largest, body))
            for g in groups
        ]
    return []


def _band_masthead(group: list[Frag], largest: float, body: float) -> bool:
    """A block of the band that is the masthead's, not the title's: the title is set large; the organisation's name
    and the date line in small print, and so are a logo's letters beside the title ("CDC"), an initialism in
    smaller print than the title's."""
    first = group[0]
    logo = len(group) == 1 and _INITIALISM.match(first.text.strip()) is not None and first.size < largest - 1
    return first.size < min(1.3 * body, largest - 0.5) or dated_line(first.text) or logo


def off_band(band: list[Entry], lines: list[Frag], page: PageData | None = None) -> tuple[list[Entry], list[Frag]]:
    """The lines in reading order without the band's, and the band with the date line set right under it
    ("Data as reported by 5 February 2020"), which dates the report as the band's own would. What stands
    over the band at the top of the page is the publisher's letterhead (the words of its logo, its name):
    left out, counted on ``page``."""
    taken = {id(f) for e in band for f in e.lines}
    top = max(f.top for e in band for f in e.lines)
    over = [f for f in lines if id(f) not in taken and f.bottom > top]
    if page is not None and over:
        page.drop("letterhead", len(over))
        taken.update(id(f) for f in over)
    rest = [f for f in lines if id(f) not in taken]
    low = min(f.bottom for e in band for f in e.lines)
    if rest and not rest[0].bullet and dated_line(rest[0].text) and low - rest[0].top < 2 * rest[0].size:
        band = [*band, Entry(BlockKind.PARAGRAPH, band[0].page, [rest[0]], title=True, masthead=True)]
        rest = rest[1:]
    return band, rest


# a line of nothing but the issue's number: "第2報", "第 3 号", "No. 5", "#12", "(第1報)"
_ISSUE_MARK = re.compile(
    r"^\s*[(（]?(?:第\s*\d{1,4}\s*[報报号號期回]|제\s*\d{1,4}\s*[보호]|(?:no\.?|n[°º]|#)\s*\d{1,4})[)）]?\s*$", re.I
)


def take_masthead(lines: list[Frag], body: float) -> tuple[list[list[Frag]], list[Frag]]:
    """Split the masthead off the first lines of page 1: its blocks (title, date line) and the rest.

    The masthead is the first line when it is styled (bold or larger than the body) and set larger than
    every later line, with its wrapped lines (same size and weight, no gap) and a short date line under
    it; a modest one (under 1.3 × body) must also be dated or have a heading right under it. Mastheads
    of lines in several sizes are left to ``mark_title``, which sees the grouped entries.
    """
    if not lines:
        return [], lines
    first = lines[0]
    if first.bullet or not (first.bold or first.size >= body + 1):
        return [], lines
    if _ISSUE_MARK.match(first.text) and len(lines) > 1:
        # the issue's number boxed over the title ("第2報") numbers the report, it does not name it
        blocks, rest = take_masthead(lines[1:], body)
        if blocks:
            return [blocks[0], [first], *blocks[1:]], rest
        if (name := lines[1]).size >= body + 1 and not name.bullet and not sentence_like(name.text):
            return [[name], [first]], lines[2:]
    n = 1
    while n < len(lines):
        f, prev = lines[n], lines[n - 1]
        wrapped = abs(f.size - first.size) < 0.3 and f.bold == first.bold and prev.bottom - f.top < 0.85 * f.size
        if not wrapped:
            break
        n += 1
    # headings come after the masthead and are set smaller than it
    if n < len(lines) and max(f.size for f in lines[n:]) > first.size - 0.25:
        return [], lines
    blocks = [lines[:n]]
    # the date line may stand apart from the title, when it holds nothing but the date
    reach = 2.5 if n < len(lines) and _NUMERIC_DATE.match(lines[n].text) else 1.5
    if beside := _beside_title(lines, n, body):
        # the title's block beside a logo ends where the body's margin takes over: its date line is in it
        blocks += [[f] for f in lines[n : n + beside]]
        n += beside
    elif n < len(lines) and dated_line(lines[n].text) and lines[n - 1].bottom - lines[n].top < reach * lines[n].size:
        blocks.append([lines[n]])
        n += 1
    # a modest bold line straight over the body is the first section heading, not a title
    modest = len(blocks) == 1 and first.size < 1.3 * body and not dated_line(first.text)
    if modest and (n >= len(lines) or not headingish(lines[n], body)):
        return [], lines
    for f in blocks[0][1:]:
        if f.bullet:  # a wrapped "– as of 6 April 2020" is not a list entry
            f.text, f.bullet = f"{f.bullet} {f.text}", None
    return blocks, lines[n:]


# the lines a title's block holds under the title (the report's name and number, its day, its sender)
_BLOCK_LINES = 3


def _beside_title(lines: list[Frag], n: int, body: float) -> int:
    """How many lines under the title (its first ``n`` lines) stand in its block: a title set in from the body's
    margin (beside a logo) with short lines right under it at its own left edge, no larger than the body, and the
    body opening under them at the margin. They name the report's issue and day as a band's small print does ("Daily
    report no. 3 – Power cut" / "Monday 17 August, 18.00"): the masthead's, however they are worded."""
    first, margin = lines[0], min(f.x0 for f in lines)
    if first.x0 - margin < 2 * body:
        return 0
    k = n
    while k < len(lines) and k - n < _BLOCK_LINES:
        f, prev = lines[k], lines[k - 1]
        if (
            f.bullet
            or abs(f.x0 - first.x0) > 2
            or f.size > body + 0.25
            or sentence_like(f.text)
            or prev.bottom - f.top > 1.5 * f.size
        ):
            break
        k += 1
    # the body takes over at its margin right under the block: lines at the title's edge going on are the body's
    if k == n or k >= len(lines) or lines[k].x0 > first.x0 - body:
        return 0
    return k - n


def mark_title(entries: list[Entry], body: float) -> None:
    """The masthead: large lines at the top of page 1 (with their date line), before the body. Where the
    report's own name with its number stands in it, under the sender's lines ("PROVINCE DE …" in large
    print, its unit in small print, then "POINT DE SITUATION n° 3"), that name is the title and the lines
    above it the sender's: masthead lines."""
    head: list[Entry] = []
    for n, e in enumerate(entries):
        if e.title:  # already taken by take_masthead
            head.append(e)
            continue
        # the letterhead's small print may run to many lines: it does not count to the masthead's own
        if e.page != 1 or e.kind == BlockKind.ITEM or sum(not _small_print(h, body) for h in head) >= 6:
            break
        # a line with a list right under it heads that list: a masthead has no list entries of its own
        # ... but an author's initial under a centred title is no list number ("C. Mwale")
        listed = n + 1 < len(entries) and entries[n + 1].kind == BlockKind.ITEM
        if head and listed and not initial_under(e, entries[n + 1]):
            break
        text = " ".join(f.text for f in e.lines)
        big = max(f.size for f in e.lines) >= 1.3 * body
        named = bool(head) and _report_name(e, head, body)
        # the sender's lines over the report's name open the page (the government, the department, its address)
        sender = (bool(head) or n == 0) and _over_name(entries, n, head, body)
        if head and not (named or sender) and _heading_print(e, entries[n + 1 :]):
            break  # set as the headings under it are ("Summary" over its paragraphs): the first section's
        subtitle = bool(head) and _subtitle(e, head[-1], entries[n + 1 : n + 2], body)
        # a bilingual report names itself twice, the second name in the body's print right under the first
        named = named or (bool(head) and _named_again(e, head[-1], body))
        if not (big or named or sender or subtitle or (head and dated_line(text))):
            break
        # the date line under the title ("Issued 06:00, 10 July · Next update 18:00") dates the report, it
        # does not name it
        e.masthead = e.masthead or not (big or named)
        head.append(e)
        if subtitle and not (big or named or sender):
            break  # the subtitle closes the masthead: the heading under it opens the body
    name = next((n for n, e in enumerate(head) if n and _report_name(e, head[:n], body)), None)
    for n, e in enumerate(head):
        e.title = True
        e.kind = BlockKind.PARAGRAPH
        if name is not None and n < name:
            e.masthead = True  # the sender's name over the report's
    mark_byline(entries, head)


def _heading_print(e: Entry, later: list[Entry]) -> bool:
    """``e`` is set in the print of a heading further down (the same size and weight)."""
    f = e.lines[0]
    return len(e.lines) == 1 and any(
        h.kind == BlockKind.HEADING and abs(h.lines[0].size - f.size) < 0.3 and h.lines[0].bold == f.bold for h in later
    )


# the lines of the sender's masthead that may stand between its name and the report's
_SENDER_LINES = 4


def _report_name(e: Entry, head: list[Entry], body: float) -> bool:
    """The report's name (with its number, or closing on the report's kind), set as a title is: bold or
    larger than the body, and no smaller than any masthead line above it."""
    first = e.lines[0]
    text = " ".join(f.text for f in e.lines)
    return (
        names_report(text)
        and (first.bold or first.size >= body + 1)
        and first.size >= max((f.size for h in head for f in h.lines), default=0) - 0.25
    )


def _named_again(e: Entry, title: Entry, body: float) -> bool:
    """``e`` names the report, in one line of the body's print or larger right under the report's own name
    ("Environmental Response – Incident Situation Report" / "Intervention environnementale – Rapport de
    situation"): the name in the other language."""
    f, above = e.lines[0], title.lines[-1]
    return (
        len(e.lines) == 1
        and names_report(f.text)
        and not title.masthead
        and f.size >= body - 0.25
        and above.bottom - f.top < 1.5 * f.size
    )


def _small_print(e: Entry, body: float) -> bool:
    """The letterhead's small print: lines well under the body's size that end no sentence."""
    return all(f.size <= body - 1.5 and not f.text.rstrip().endswith(".") for f in e.lines)


# the letterhead's small print over the report's name: a logo's names in two languages, an address
_LETTERHEAD_LINES = 10


def _over_name(entries: list[Entry], n: int, head: list[Entry], body: float) -> bool:
    """A short line or two of the sender's (its unit, its role) between the masthead above and the
    report's name with its number under them: no sentence, no list. The letterhead's small print does not
    count to those lines: a logo's names side by side in two languages make many short lines."""
    sender = small = 0
    for k in range(n, len(entries)):
        e = entries[k]
        # small print in the letterhead (its address, phone and e-mail) runs long, but ends no sentence
        letterhead = _small_print(e, body)
        if e.page != 1 or e.kind == BlockKind.ITEM or (any(sentence_like(f.text) for f in e.lines) and not letterhead):
            return False
        if k > n and _report_name(e, head or entries[n:k], body):
            return True
        small, sender = small + letterhead, sender + (not letterhead)
        if sender > _SENDER_LINES or small > _LETTERHEAD_LINES:
            return False
    return False


# a title's subtitle: a few words ("Malawi | Floods", "Northern Region")
_SUBTITLE_WORDS = 8


def _subtitle(e: Entry, above: Entry, after: list[Entry], body: float) -> bool:
    """A line in regular type larger than the body, right under the title, with a heading (or nothing) after
    it ("DREF Operation Update" over "Malawi | Floods"): the title's subtitle, a section of nothing."""
    f = e.lines[0]
    if len(e.lines) != 1 or f.bold or f.size < body + 1 or len(f.text.split()) > _SUBTITLE_WORDS:
        return False
    close = above.lines[-1].bottom - f.top < 1.5 * f.size
    return close and all(a.kind == BlockKind.HEADING for a in after)
