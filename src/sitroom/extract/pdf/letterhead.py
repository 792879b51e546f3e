"""Page 1's letterhead and addressee: the sender's small print over the title and whom an official letter is sent
to, kept out of the body."""

from __future__ import annotations

from sitroom.extract.pdf.structs import Frag, PageData
from sitroom.extract.pdf.text import WORD, sentence_like


def drop_letterhead(page: PageData, lines: list[Frag], body: float) -> list[Frag]:
    """Page 1's letterhead: small print in the top band (organisation names beside a logo, an address)
    above a title set much larger than the body, or a form's band standing well apart above it, in
    smaller print than the title ("INCIDENT STATUS SUMMARY" boxed over the report's name). It names the
    publisher or the form, it is not the report's content."""
    top = page.height * 0.82
    # a title is set much larger than the body; failing that, bold and larger by a few points (17 pt over 13.5)
    title = next((n for n, f in enumerate(lines[:12]) if f.size >= 1.3 * body and not f.bullet), None)
    if title is None:
        title = next((n for n, f in enumerate(lines[:12]) if f.bold and f.size >= body + 3 and not f.bullet), None)
    if title == 0 and _sided(lines[0], lines[:12]):
        # the publisher's name set large at one side of a letterhead, its issue at the other ("REGIONE TOSCANA" …
        # "Bollettino n. 1"): the title is the line as large or larger standing apart under the letterhead
        title = next(
            (
                n
                for n, f in enumerate(lines[1:12], 1)
                if f.size >= lines[0].size and WORD.search(f.text) and lines[n - 1].bottom - f.top > 1.5 * f.size
            ),
            None,
        )
    if title is None:
        return _drop_two_sided(page, lines, top, body)
    if not title:
        return lines
    above, head = lines[:title], lines[title]

    def banner(f: Frag) -> bool:
        # a title's own first line (a kicker) sits close over it
        return f.size <= head.size - 1.5 and f.bottom - head.top > 1.5 * head.size

    if all(
        f.bottom > top and (f.size <= body + 0.5 or banner(f) or _sided(f, above)) and f.top > head.top for f in above
    ):
        page.drop("letterhead", len(above))
        return lines[title:]
    return lines


def _sided(f: Frag, lines: list[Frag]) -> bool:
    """Another line stands level with ``f`` at the other side of the page, as a letterhead sets its two sides."""
    return any(
        g is not f and abs(g.mid - f.mid) < 0.6 * f.size and (g.x0 > f.x1 + 40 or g.x1 < f.x0 - 40) for g in lines
    )


# a letterhead set at both sides of the page holds this many lines at least: two pairs (a name in two languages,
# the office under each)
_TWO_SIDED_LINES = 4
_HEAD_WORDS = 8


def _drop_two_sided(page: PageData, lines: list[Frag], top: float, body: float) -> list[Frag]:
    """With no title set large under it: the letterhead set at both sides of the top of the page ("GEMEINDE …" at
    the left, "COMUNE DI …" at the right, the province under each), each line short and level with one at the
    other side, as bilingual and joint letterheads are set."""
    head = lines[:12]
    n = 0
    while (
        n < len(head)
        and head[n].bottom > top
        and not head[n].bullet
        and len(WORD.findall(head[n].text)) <= _HEAD_WORDS
        and not sentence_like(head[n].text)
        and _sided(head[n], head)
    ):
        n += 1
    # (the organisation's name set large among them, as a letterhead sets it: a logo's small print alone is left to
    # the title's rules, which read it with the title under it)
    if n < _TWO_SIDED_LINES or not any(f.size > body + 1 for f in head[:n]):
        return lines
    page.drop("letterhead", n)
    return lines[n:]


# the lines of an addressee block: a few, short
_ADDRESS_LINES = (2, 6)


def drop_addressee(page: PageData, lines: list[Frag]) -> list[Frag]:
    """Page 1's addressee block: a few lines in the right half, set flush right with each other, above the
    report's title ("Қазақстан Республикасы / Төтенше жағдайлар министрлігінің / … орталығына", "Monsieur le
    Préfet / Préfecture de …"), as official letters put whom they are sent to. It addresses the report; it
    is no part of it."""
    run: list[Frag] = []
    for f in lines[:12]:
        right = f.x0 >= 0.45 * page.width and not f.bullet and not f.bold and not sentence_like(f.text)
        if right and (not run or (abs(f.x1 - run[0].x1) <= 2 and abs(f.size - run[0].size) < 0.5)):
            run.append(f)
            continue
        if run:
            break
    low, high = _ADDRESS_LINES
    if not low <= len(run) <= high:
        return lines
    after = lines.index(run[-1]) + 1
    # the title follows the block, set apart from it: not flush right with it
    if after >= len(lines) or abs(lines[after].x1 - run[0].x1) <= 2:
        return lines
    page.drop("addressee", len(run))
    ids = {id(f) for f in run}
    return [f for f in lines if id(f) not in ids]
