"""Page furniture: running headers and footers, page numbers, contact blocks, and captions over pictures."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from sitroom.extract.letter import is_mail_header
from sitroom.extract.pdf.contactheading import block_heading, terse
from sitroom.extract.pdf.linenumbers import drop_line_numbers
from sitroom.extract.pdf.structs import Frag, PageData
from sitroom.extract.pdf.text import (
    FINAL_PUNCT,
    NUMBER_MARK,
    WORD,
    headingish,
    is_page_number,
    norm_furniture,
    sentence_like,
)
from sitroom.extract.pdf.wraps import STATEMENT_END
from sitroom.text.markings import is_marking_line

# contact details: e-mail, web address, social handle (not a person named after "@", as a document's chip names them:
# "@LaToya Simmons"), phone or fax number, extension or pager, postal box
_CONTACT = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.]+|\bwww\.|https?://|(?<!\w)@[A-Za-z_]\w{2,}\b(?!\s+[A-Z][a-z])"
    r"|\b(tel|phone|fax|mobile|t[ée]l[ée]phone)\b"
    r"\s*[.:]|\+\d[\d ()-]{7,}|\(\d{2,4}\)\s*\d|\bP\.?\s?O\.?\s+Box\b|\bB\.?P\.?\s+\d"
    # an extension or a pager inside an organisation: "Supply desk (24/7): ext. 4471", "Pharmacy on call: pager 3320"
    r"|\b(?:ext|extn|extension|pager|bleep)\.?\s*:?\s*\d{3,}\b"
    # a page's address written without "www." or a scheme: "facebook.com/CouncilName" (a domain alone may be
    # a name: "Training resources on OpenWHO.org")
    r"|(?<![\w@.])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|int|info)(?:\.[a-z]{2})?/[\w.-]",
    re.I,
)


# what sets contact details apart on one line
_DETAIL_SEP = re.compile(r"\s*[·•|,;]\s*|\s{3,}")

# a document's reference code: "Ref: ABC/SR/2026/048", "Our ref. HP-22-0193", "Document No. 12/4/2"
_REFERENCE = re.compile(
    r"^(?:(?:our|your|doc(?:ument)?|file|report)\s+)?(?:ref(?:erence)?|no|number|n°|réf|№)\.?(?:\s*(?:no|number)\.?)?"
    r"\s*[:.]?\s*[A-Z0-9][\w./-]*[/-][\w./-]*"
    # ... with the letter's date after it, as letters in Russian or Kazakh set it: "№ 06-14/1201 07.04.2025"
    r"(?:\s+(?:(?:from|от|dated)\s+)?\d{1,2}[./]\d{1,2}[./]\d{2,4})?$",
    re.I,
)
# a running line's words set this much larger on page 1 are the masthead's
_MASTHEAD_PRINT = 1.2
# a running line set this much larger on a cover with no running lines is the cover's title
_TITLE_PRINT = 1.3
# how far down page 1 the letterhead reaches (a share of the page height from the top)
LETTERHEAD_BAND = 0.25


def _titled(f: Frag, runs_in: float | None) -> bool:
    """The line is set much larger than where it runs on the other pages."""
    return runs_in is not None and f.size >= _TITLE_PRINT * runs_in


def remove_furniture(pages: list[PageData]) -> None:
    """Drop running headers/footers (same text at the same height on 2+ pages), page numbers, contact
    blocks and lines, the letterhead beside them, reference codes, and lines set apart in the bottom
    margin; each dropped line is counted on its page."""
    numbered: list[float] = []  # where the document numbers its lines
    for p in pages:
        p.frags = _drop_contact_blocks(p, drop_line_numbers(p, p.frags, numbered))
    if pages:
        _drop_beside_logo(pages[0])
    where: dict[tuple[str, int], set[tuple[int, bool]]] = defaultdict(set)
    prints: dict[tuple[str, int], set[tuple[int, bool]]] = defaultdict(set)
    keys = [[norm_furniture(f.text) for f in p.frags] for p in pages]  # each line's, normalised once
    sides: set[tuple[int, bool]] = set()
    for p, page_keys in zip(pages, keys, strict=True):
        landscape = p.width > p.height
        for f, key in zip(p.frags, page_keys, strict=True):
            side = (p.number, landscape and _half(p, f))
            where[(key, round(f.top / 6))].add(side)
            prints[(key, round(f.top / 6))].add((round(f.size), f.bold))
            sides.add(side)
    # on most pages when there are many, on two when there are few; in one print (a contents entry and the
    # heading it names may fall at one height on two pages)
    need = max(2, len(pages) // 2) if len(pages) > 4 else 2
    places = {
        place for place, nums in where.items() if len(nums) >= need and len(sides) >= 2 and len(prints[place]) == 1
    }
    repeated = {k for k, _ in places}
    # the print each repeated line runs in: set much larger on a first page with no running line of its own (a
    # cover), it is the title there
    run_size = {k: size for (k, y) in places for size, _ in prints[(k, y)]}
    for p, page_keys in zip(pages, keys, strict=True):
        edge = 0.09 * p.height
        keep = []
        marks = _margin_marks(p, edge)
        # a repeated line (table header repeated after a page break) goes wherever it appears: the page's
        # running lines, beside which a slide's number stands wherever the slide does; but where the line
        # stands at its running place on the page, its words elsewhere on the page are the page's own (a slide
        # titled "Next steps" under a band naming every section of the deck, a form's labels); set large on page 1
        # they are the publisher's name in the masthead
        at_place = {key: f.size for f, key in zip(p.frags, page_keys, strict=True) if (key, round(f.top / 6)) in places}
        running = [
            f
            for f, key in zip(p.frags, page_keys, strict=True)
            if key in repeated
            and (
                (key not in at_place and not (p.number == 1 and not at_place and _titled(f, run_size.get(key))))
                or (key, round(f.top / 6)) in places
                or (p.number == 1 and key in at_place and f.size >= _MASTHEAD_PRINT * at_place[key])
            )
            and _wordy(f.text)
            and (f.top > p.height - edge or f.bottom < edge or len(f.text) < 60)
        ]
        ran = {id(f) for f in running}
        for f in p.frags:
            near_edge = f.top > p.height - edge or f.bottom < edge
            if id(f) in ran:
                p.drop("running header or footer")
            elif (
                (near_edge or running)
                and is_page_number(f.text)
                and (near_edge or _level_with(f, running))
                and not _numbers_title(f, p.frags)
            ):
                # a page's number, or a slide's set level with its running footer wherever the slide stands
                p.drop("page number")
            elif (near_edge and is_marking_line(f.text)) or (f.bottom < edge and _beside_mark(f, marks)):
                # the classification, and what stands level with it or with the page number in the footer
                # (the organisation's name, the report's short title); a title may stand beside a marking
                p.drop("footer")
            elif (near_edge or f.top > p.height - 2 * edge) and is_contact(f.text) and not is_mail_header(f.text):
                p.drop("contact details")
            elif (near_edge or (p.number == 1 and f.bottom > (1 - LETTERHEAD_BAND) * p.height)) and _REFERENCE.match(
                f.text.strip()
            ):
                p.drop("document reference")
            elif f.bottom < edge and _set_apart(p, f) and not sentence_like(f.text):
                p.drop("footer")  # alone in the bottom margin, well under the last line of the body
            else:
                keep.append(f)
        p.frags = keep


def _half(p: PageData, f: Frag) -> bool:
    """Whether ``f`` is a header's or footer's line in the right half of a sheet turned sideways: a sheet may
    hold two pages side by side (printed two to a sheet), each half with its running header, and each half
    then counts as a page of its own."""
    edge = 0.09 * p.height
    return p.width > p.height and f.x0 >= p.width / 2 and (f.top > p.height - edge or f.bottom < edge)


def _level_with(f: Frag, running: list[Frag]) -> bool:
    """``f`` stands on the line of a running header or footer, in its print (a slide's number beside the
    footer a handout repeats under every slide)."""
    return any(r is not f and abs(r.mid - f.mid) < 0.5 * r.size and abs(r.size - f.size) < 0.5 for r in running)


def _margin_marks(p: PageData, edge: float) -> list[Frag]:
    """Page numbers and protective markings in the top or bottom margin: they mark a running header's or
    footer's line."""
    return [
        f
        for f in p.frags
        if (f.top > p.height - edge or f.bottom < edge) and (is_page_number(f.text) or is_marking_line(f.text))
    ]


def _beside_mark(f: Frag, marks: list[Frag]) -> bool:
    """A short line level with a page number or a marking in the margin, and apart from it; or one in print
    no larger than the mark's, whatever it says ("For emergency help call …" beside "Page 1 of 2")."""
    short = not sentence_like(f.text) and len(WORD.findall(f.text)) <= 12
    return any(
        m is not f
        and abs(m.mid - f.mid) < 0.5 * m.size
        and (m.x0 > f.x1 or m.x1 < f.x0)
        and (short or f.size <= m.size + 0.3)
        for m in marks
    )


def _drop_contact_blocks(p: PageData, frags: list[Frag]) -> list[Frag]:
    """A block of short lines holding a phone number, an e-mail or a web address is a contact or
    signature block (name, role, organisation, phone): it addresses the reader, it reports nothing."""
    if not _CONTACT.search("\n".join(f.text for f in frags)):
        return frags
    # a quoted message's header block ("From: …", "To: …") is left whole to the mail rules
    seeds = [f for f in frags if not f.bullet and terse(f) and is_contact(f.text) and not is_mail_header(f.text)]
    if not seeds:
        return frags
    drop: set[int] = set()
    for seed in seeds:
        block = [seed]
        for step in (1, -1):  # the lines right above, then right below, in the seed's column
            edge = seed
            while nxt := _next_line(frags, edge, step):
                if nxt.bullet or not terse(nxt) or is_mail_header(nxt.text):
                    break
                block.append(nxt)
                edge = nxt
        if len(block) >= 2:
            drop.update(id(f) for f in block)
            if (head := block_heading(p, frags, block)) is not None:
                drop.add(id(head))
    if not drop:
        return frags
    p.drop("contact details", len(drop))
    beside = _beside_letterhead(p, frags, [f for f in frags if id(f) in drop])
    if beside:
        p.drop("letterhead", len(beside))
    return [f for f in frags if id(f) not in drop and id(f) not in beside]


def _beside_letterhead(p: PageData, frags: list[Frag], contact: list[Frag]) -> set[int]:
    """The organisation's name set beside an address block at the top of page 1 (where a logo sits):
    short lines level with the block, not under it, above the first line of the body."""
    band = [f for f in contact if f.bottom > (1 - LETTERHEAD_BAND) * p.height]
    if p.number != 1 or len(band) < 2:
        return set()
    low, high = min(f.bottom for f in band), max(f.top for f in band)
    left, right = min(f.x0 for f in band), max(f.x1 for f in band)

    def over_body(f: Frag) -> bool:
        # the letterhead stands over the report (no title in larger print and no sentence above it), or is set in the
        # block's own print, as the labels of a page's properties beside their values; a heading in larger print
        # level with a box of contacts beside it is the report's
        above = [g for g in frags if g not in band and g.top > f.top + 1]
        small = f.size <= max(g.size for g in band) + 0.5
        return small or not any(g.size > f.size + 0.5 or sentence_like(g.text) for g in above)

    return {
        id(f)
        for f in frags
        if f not in band
        and low - f.size <= f.mid <= high
        and (f.x1 < left or f.x0 > right)
        and not f.bullet
        and terse(f)
        and len(f.text.split()) <= 8
        and over_body(f)
    }


def _drop_beside_logo(p: PageData) -> None:
    """The organisation's name set beside its logo at the top of page 1, in smaller print than the
    report's title under it: the publisher's mark, not the report's content."""
    band = (1 - LETTERHEAD_BAND) * p.height
    logos = [b for b in p.boxes if b[1] > band]
    if not logos:
        return
    below = [f for f in p.frags if f.top < min(b[1] for b in logos) and f.top > 0.5 * p.height]
    if not below:
        return
    title = max(f.size for f in below)
    beside = {
        id(f)
        for f in p.frags
        for x0, bottom, x1, top in logos
        if bottom - f.size <= f.mid <= top
        and (f.x0 >= x1 - 1 or f.x1 <= x0 + 1)
        and f.size < title - 1
        and not f.bullet
        and terse(f)
        and not any(c.isdigit() for c in f.text)
    }
    if beside:
        p.drop("letterhead", len(beside))
        p.frags = [f for f in p.frags if id(f) not in beside]


def _wordy(text: str) -> bool:
    """Words enough to repeat as a header or footer, not a lone figure or mark; or an initialism, as a logo sets the
    organisation's letters ("BV", "CMGRD")."""
    t = text.strip()
    initialism = len(t) >= 2 and t.isalpha() and t.isupper()
    return (sum(map(str.isalpha, t)) >= 4 and WORD.search(t) is not None) or initialism


def _next_line(frags: list[Frag], f: Frag, step: int) -> Frag | None:
    """The line starting near ``f``'s left edge right above (step 1) or below (step -1) it."""
    for g in frags:
        gap = (g.bottom - f.top) if step > 0 else (f.bottom - g.top)
        if g is not f and abs(g.x0 - f.x0) < 20 and 0 <= gap < g.size:
            return g
    return None


# a telephone number alone, as a footer's column sets it under its label: a leading "+" or "0", then groups of figures
_PHONE_ALONE = re.compile(r"^(?:\+|0)[\d()]{1,5}(?:[ .-]?[\d()]{2,5}){1,5}$")


def is_contact(text: str) -> bool:
    """A line of contact details (address, phone, e-mail, web or social handle), not a sentence."""
    if _PHONE_ALONE.match(text.strip()) and 7 <= sum(c.isdigit() for c in text) <= 15:
        return True
    if not _CONTACT.search(text) or len(WORD.findall(text)) > 12:
        return False
    # "County Hall, Market Street, Northfield NF1 2AB · 01632 960 000 · x@y.uk": many words, yet a run of
    # short details set between separators, none of them a sentence
    pieces = [p for p in _DETAIL_SEP.split(text) if p.strip()]
    details = len(pieces) >= 3 and all(len(WORD.findall(p)) <= 4 and not p.rstrip().endswith(".") for p in pieces)
    return details or not sentence_like(text)


def _over_list(frags: list[Frag], f: Frag) -> bool:
    """A list entry starts right under ``f``, within its width."""
    return any(
        g.bullet and g.top < f.bottom and f.bottom - g.top < 2.5 * f.size and f.x0 - 5 <= g.x0 < f.x1 for g in frags
    )


def _set_apart(p: PageData, f: Frag) -> bool:
    """No line within 2.5 line heights above ``f``."""
    above = [g.bottom for g in p.frags if g.bottom > f.top - 1]
    return not above or min(above) - f.top > 2.5 * f.size


def over_box(page: PageData, f: Frag, body: float, after: Sequence[Frag] = ()) -> bool:
    """A styled line sitting right on top of a picture or a data table is that object's caption; so is a
    banner wrapped onto a line or two (``after``: the lines that follow ``f``) whose last line sits on it."""
    run = _banner_run(f, after, body)
    text = " ".join(g.text for g in run)
    banner = len(WORD.findall(text)) >= 4 and not text.endswith(FINAL_PUNCT)
    if len(run) > 1 and banner and headingish(run[-1], body) and _on_box(page, run[-1]):
        return True
    if len(run) > 1 and STATEMENT_END.search(text):
        return False  # a sentence in bold wrapped over lines ("Dai 31 di otubar … di gnot."): a lead, not a caption
    if not headingish(f, body) or len(WORD.findall(f.text)) < 4:  # terse banners are section headings
        return False
    return _on_box(page, f)


def _on_box(page: PageData, f: Frag) -> bool:
    """``f`` sits right on top of a picture or a data table, over most of its own width."""
    for x0, _bottom, x1, top in page.boxes:
        overlap = min(x1, f.x1) - max(x0, f.x0)
        if overlap > 0.5 * (f.x1 - f.x0) and -4 <= f.bottom - top <= 2.5 * f.size:
            return True
    return False


def _banner_run(f: Frag, after: Sequence[Frag], body: float) -> list[Frag]:
    """``f`` and the lines it wraps onto when it opens a banner too long for one line: bold or large print,
    the lines right under it in the same print, three lines at most."""
    if f.bullet or not (f.bold or f.size >= 1.25 * body) or f.size < body - 1.5 or f.text[:1].islower():
        return [f]
    if f.text.endswith(FINAL_PUNCT):
        return [f]
    run = [f]
    for g in after[:2]:
        last = run[-1]
        if g.bullet or g.bold != f.bold or abs(g.size - f.size) > 0.3 or not 0 <= last.bottom - g.top < 0.85 * g.size:
            break
        # centred or flush left, the wrapped line stays within the banner's width
        if g.x0 < f.x0 - 4 or g.x1 > f.x1 + 4:
            break
        run.append(g)
        if g.text.endswith(FINAL_PUNCT):
            break
    return run


def drop_captions(page: PageData, frags: list[Frag], body: float) -> list[Frag]:
    """A short run of lines set smaller than the body right under a picture, or beside it, is its
    caption ("Staff at the centre this week. Photo: …"): it describes the picture, it reports nothing."""
    drop: set[int] = set()
    for x0, bottom, x1, top in page.boxes:
        for f in frags:
            if id(f) in drop or f.bullet or f.size > body - 0.75:
                continue
            overlap = min(x1, f.x1) - max(x0, f.x0)
            under = overlap > 0.5 * (f.x1 - f.x0) and -2 <= bottom - f.top <= 2 * f.size
            beside = (0 <= f.x0 - x1 < 20 or 0 <= x0 - f.x1 < 20) and bottom <= f.top <= top
            if not (under or beside):
                continue
            run = [f]
            while len(run) < 4 and (nxt := _next_line(frags, run[-1], -1)) and abs(nxt.size - f.size) < 0.3:
                run.append(nxt)
            # a styled line over a list is the label of the list (a form's next box), not a caption
            if len(run) < 4 and not any(g.bullet for g in run) and not (headingish(f, body) and _over_list(frags, f)):
                drop.update(id(g) for g in run)
    if not drop:
        return frags
    page.drop("picture caption", len(drop))
    return [f for f in frags if id(f) not in drop]


def _numbers_title(f: Frag, frags: list[Frag]) -> bool:
    """A number right under a line of its own print that ends in the abbreviation of "number" is that line's
    number ("Situation report No." over "12"), wrapped, not the page's."""
    return any(
        g is not f
        and g.bold == f.bold
        and abs(g.size - f.size) < 0.3
        and 0 <= g.bottom - f.top < f.size
        and NUMBER_MARK.search(g.text.rstrip())
        for g in frags
    )
