"""The sign-off closing a report: "Prepared by (name and position):", "Approved by", the names and
positions, "Signature:", "Date/Time:" and the times beside them, often boxed as a grid; or the signer's
post and office set in the middle of the last page under the report's last point ("Director(a) Regional
de Emergencias" over the directorate's name), with the note that the report is preliminary.

A form numbers its boxes, the sign-off's too ("19. Approved By"): the number is no part of the label.
It says who wrote and approved the report, not what the report says: a reader skips it. It opens with
a "Prepared by" / "Approved by" label and closes its page (below it only short lines: names,
positions, labels, dates), which tells it from a "Prepared by" line in a masthead, with the report
under it. A signature without a label is set apart in the middle of the page, where the report's
headings and points start at the margin, and names a post. Its lines are left out and counted.
"""

from __future__ import annotations

import re

from sitroom.extract.pdf.boxes import drawn_boxes, inside
from sitroom.extract.pdf.structs import Frag, PageData
from sitroom.extract.pdf.text import WORD, sentence_like
from sitroom.text.signoffs import PERSON_NAME, SIGNATURE, is_report_disclaimer, names_post, opens_signature, signs_for

_BOX_NUMBER = re.compile(r"^\d{1,2}[a-z]?[.)]\s+")
# a name with a position ("R. Nguyen, Planning Section Chief"), a label, a date and time, the offices a
# report was sent to (an agency's full name and its operations centre)
_WORDS = 10
# A centred signature line: its middle this near the page's (as a share of the width), at most this wide.
_CENTRE = 0.04
_NARROW = 0.5
# A signature in the right half of the page: this many lines at most, one a name of two to four words.
_RIGHT_LINES = 5
# A field of a signature box: the signer's name, post, signature and date, behind their labels.
_SIGN_FIELD = re.compile(
    r"^(?:(?:full\s+)?name|designation|position|title|post|rank|office|signature|signed|date(?:\s+and\s+time)?"
    r"|tel(?:ephone)?|phone|stamp|nombre|cargo|firma|fecha|nom|fonction|qualit[ée]|unterschrift|datum)"
    r"\s*[:：]"
    r"|^_{4,}",
    re.I,
)
# Lines of one signature follow each other closely (in line heights).
_LINE_GAP = 2.5
# Print this much smaller than the signature's, in the page's bottom tenth, is the page's footer, not the signature's
_FINE_PRINT, _FOOT_BAND = 0.85, 0.1
# A line wrapped from the one above stands this close under it (in its size): a signature stands further off.
_WRAPPED = 0.6


def drop_signoff(pages: list[PageData]) -> None:
    """Leave out the sign-off at the foot of each page that ends with one, and the centred signature
    closing the last page."""
    for n, p in enumerate(pages):
        seeds = sorted((f for f in p.frags if _short(f) and _opens(f.text)), key=lambda f: -f.top)
        for seed in seeds:
            block = [f for f in p.frags if f.mid <= seed.top]
            if all(_short(f) for f in block):
                _drop_block(p, block)
                if n + 1 < len(pages):
                    _drop_carried_fields(pages[n + 1])
                break
    last = next((p for p in reversed(pages) if p.frags), None)
    if last is not None and not _drop_led_signature(last) and not _drop_centred_signature(last):
        _drop_right_signature(last, alone=last is not pages[0])


def _drop_carried_fields(page: PageData) -> None:
    """The sign-off's fields carried over to the top of the next page, its labels broken from their names by the
    page's end ("Prepared by:" at the foot, "Name: …", "Designation: …", "Signature: …", "Date: …" over the page
    that follows): the lines of fields opening the page, two at least."""
    run: list[Frag] = []
    for f in sorted(page.frags, key=lambda f: -f.top):  # from the top of the page down
        if not (_short(f) and _SIGN_FIELD.match(f.text.strip())):
            break
        run.append(f)
    if len({round(f.top) for f in run}) >= 2:
        _drop_block(page, run)


def _drop_led_signature(page: PageData) -> bool:
    """The signature closing the last page under a sign-off lead ("Pour le préfet et par délégation,", "i.A.",
    "On behalf of …"): the lead and the short lines below it, a lead naming for whom only with a post."""
    seeds = [f for f in page.frags if _short(f) and (opens_signature(f.text) or signs_for(f.text))]
    for seed in sorted(seeds, key=lambda f: -f.top):
        # (the page's footer in small print at its foot is the page's, left to the footer's rules)
        block = [f for f in page.frags if f.mid <= seed.top and not _footer_print(f, seed, page)]
        if not all(_short(f) or (not f.bullet and is_report_disclaimer(f.text)) for f in block):
            continue
        if opens_signature(seed.text) or (len(block) > 1 and any(names_post(f.text) for f in block)):
            _drop_block(page, block)
            return True
    return False


def _footer_print(f: Frag, seed: Frag, page: PageData) -> bool:
    """``f`` is the page's footer under a signature: small print in the page's bottom margin."""
    return f.size < _FINE_PRINT * seed.size and f.top < _FOOT_BAND * page.height


def _drop_centred_signature(page: PageData) -> bool:
    """The signer's post set in the middle of the page under the last point, with the lines of the same
    signature above it (a name) and below it (an office, a phone; the note that the report is preliminary)."""
    seeds = [f for f in page.frags if _centred(f, page) and _short(f) and names_post(f.text)]
    for seed in sorted(seeds, key=lambda f: -f.top):
        below = [f for f in page.frags if f.mid < seed.bottom]
        if not all(_short(f) or (not f.bullet and is_report_disclaimer(f.text)) for f in below):
            continue
        block, top = [seed, *below], seed
        for f in sorted((f for f in page.frags if f.mid > seed.top), key=lambda f: f.top):
            if not (_centred(f, page) and _short(f)) or f.bottom - top.top > _LINE_GAP * top.size:
                break
            block.append(f)
            top = f
        _drop_block(page, block)
        return True
    return False


def _drop_right_signature(page: PageData, alone: bool) -> None:
    """The signature set in the right half of the last page under the last point, where the text above starts
    at the margin: a few short lines, one of them a name ("Mehmet ÖZDEMİR" over the signer's post), as official
    letters sign in any language. ``alone``: it may stand by itself on the page (the text above it on the one
    before)."""
    largest = max((f.size for f in page.frags), default=0.0)
    run: list[Frag] = []
    fine: list[Frag] = []  # the page's fine print under it (footnotes), left out on its own
    for f in sorted(page.frags, key=lambda f: f.mid):  # from the foot of the page up
        if not run and f.x0 < page.width / 2 and f.size < 0.9 * largest:
            fine.append(f)
            continue
        if f.x0 < page.width / 2 or not _short(f):
            # the last lines of the point above, wrapped at a line's pitch, are not set apart as a signature is
            while run and f.bottom - run[-1].top < _WRAPPED * run[-1].size:
                f = run.pop()
            break
        run.append(f)
    if not run or any(f.size > run[0].size - 0.5 for f in fine):  # the fine print is set smaller
        return
    if len(run) > _RIGHT_LINES or (len(run) + len(fine) == len(page.frags) and not alone):
        return
    if any(PERSON_NAME.match(f.text.strip()) for f in run) and not _boxed_with_text(page, run):
        _drop_block(page, run)


def _boxed_with_text(page: PageData, run: list[Frag]) -> bool:
    """A line of ``run`` stands in a drawn box with lines above it that are none of the run's: the end of a card or
    a note, not a signature set under the text."""
    ids = {id(f) for f in run}
    for box in drawn_boxes(page):
        held = [id(f) for f in page.frags if inside(f, box)]
        if any(i in ids for i in held) and any(i not in ids for i in held):
            return True
    return False


def _drop_block(page: PageData, block: list[Frag]) -> None:
    """Leave out a closing signature's lines, its disclaimer counted apart."""
    disclaimers = sum(1 for f in block if not _short(f))
    if disclaimers:
        page.drop("disclaimer", disclaimers)
    page.drop("signature block line", len(block) - disclaimers)
    ids = {id(f) for f in block}
    page.frags = [f for f in page.frags if id(f) not in ids]


def _centred(f: Frag, page: PageData) -> bool:
    """Set in the middle of the page, narrower than half of it: not a line of text running from the margin."""
    return abs((f.x0 + f.x1) / 2 - page.width / 2) <= _CENTRE * page.width and f.x1 - f.x0 <= _NARROW * page.width


def _opens(text: str) -> bool:
    """The line opens a sign-off, behind the number a form gives its box ("19. Approved By (Name, …):")."""
    return bool(SIGNATURE.match(_BOX_NUMBER.sub("", text.strip(), count=1)))


def _short(f: Frag) -> bool:
    """A label, a name, a position or a date: no list entry, no sentence (a label's colon ends none:
    "Prepared by (name and position):")."""
    text = f.text.rstrip()
    return not f.bullet and len(WORD.findall(text)) <= _WORDS and not sentence_like(text.removesuffix(":"))
