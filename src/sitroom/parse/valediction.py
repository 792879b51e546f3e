"""A letter's or a message's close in any language, known by its shape: the complimentary close on a short line of
its own ending in a comma ("Yours faithfully,", "S yisem n ugraw,", "Singîla mingi,", "Atentamente,"), the writer's
name right under it or under their post, and a few short lines of post, office and telephone; the thanks a line of
a word or two set right over it ("Tanemmirt.", "Merci."). No point of a report ends on a comma over a name.

Or the thanks alone close it, a word or two on a line of their own over the short lines of who sends it.
"""

from __future__ import annotations

import re

from sitroom.model import BlockKind
from sitroom.parse.furniture import gives_contact
from sitroom.parse.units import Unit
from sitroom.text.signoffs import PERSON_NAME

# The close itself: a few words, no figure, ending on the comma (Arabic writers double or triple theirs: "…
# والتقدير،،", "والله الموفق،،،").
_CLOSE = re.compile(r"^[^\W\d_][^\d,;:،，]{0,40}[,،，]{1,3}$")
_CLOSE_WORDS = 5
# Under it: the name, then the post, office, place and telephone on short lines of their own.
_UNDER_LINES = 5
_UNDER_WORDS = 10
# A thanks of a word or two on its own line: "Tanemmirt.", "Merci !", "Thank you.", "謝謝！"
_BRIEF_THANKS = re.compile(r"^[^\W\d_]+(?:[\s'’-][^\W\d_]+)?\s?[.!！。]$")
# ... and alone after the last list, this short at most ("Fakafetai lasi.", "謝謝！")
_ALONE_CHARS = 20
# ... or of three, set right over a signature: "Akpe na mi.", "Merci à tous."
_THANKS_OVER_SIGNATURE = re.compile(r"^[^\W\d_]+(?:[\s'’-][^\W\d_]+){0,2}\s?[.!！。]$")


def brief_thanks(unit: Unit) -> bool:
    """A thanks of a word to three set apart on a line of its own, no list entry ("Akpe na mi.", "Merci à tous."): as
    the line set right over a signature, the writer's thanks."""
    gap = (unit.style.get("gap_before") or 0) > 0
    return gap and unit.bullet is None and _THANKS_OVER_SIGNATURE.match(unit.text.strip()) is not None


def comma_close(body: list[Unit]) -> int | None:
    """Where the close (see the module doc) ending the body opens, or None when the body ends with none. The close
    may be the body's last line: the signature under it set in a table or an image, nothing of it is read."""
    if len(body) > 1 and _close_line(body[-1]) and not _close_line(body[-2]):
        return _thanks_over(body, len(body) - 1)
    for lead in range(len(body) - 2, max(0, len(body) - 2 - _UNDER_LINES), -1):
        unit, under = body[lead], body[lead + 1 :]
        if not _close_line(unit):
            continue
        if not any(_name(u.text) for u in under[:2]) or not all(_short(u) for u in under):
            return None
        return _thanks_over(body, lead)
    return None


def _close_line(unit: Unit) -> bool:
    """A few words on a line of their own ending in a comma, no figure: "Yours faithfully,", "আপোনাৰ বিশ্বাসী,"."""
    text = unit.text.strip()
    return unit.bullet is None and _CLOSE.match(text) is not None and len(text.split()) <= _CLOSE_WORDS


def _thanks_over(body: list[Unit], lead: int) -> int:
    """Where the close at ``lead`` opens, with the thanks of a word or two set right over it."""
    above = body[lead - 1] if lead > 1 else None
    if above is not None and above.bullet is None and above.kind is not BlockKind.HEADING:
        return lead - 1 if _BRIEF_THANKS.match(above.text.strip()) else lead
    return lead


def thanks_close(body: list[Unit]) -> int | None:
    """Where the thanks of a word or two closing the body opens, over two to five short lines of who sends it (the
    office, the post and name, the telephone, the address: "謝謝！" over "街總下環社區中心", "主任 陳美玲", "電話：…"),
    or over one line of the writer's name and post ("Meitaki maata." over "Teariki Tangata, Chair, …"), with the
    invitation to call set right over the thanks. None when the body does not end so."""
    for lead in range(len(body) - 3, max(0, len(body) - 3 - _UNDER_LINES), -1):
        unit, under = body[lead], body[lead + 1 :]
        # (set apart on a line of its own, the thanks may be read as a heading: its stop says it is none)
        # (a thanks of three words is one only set apart, with no heading under it: "Review the rota." over "Next
        # meeting" is an action)
        three = brief_thanks(unit) and not any(u.kind is BlockKind.HEADING for u in under)
        if unit.bullet is not None or not (_BRIEF_THANKS.match(unit.text.strip()) or three):
            continue
        if not all(_short(u) for u in under):
            return None
        above = body[lead - 1]
        return lead - 1 if lead > 1 and above.bullet is None and gives_contact(above.text) else lead
    if (
        len(body) > 2
        and (last := body[-1]).bullet is None
        and last.kind is not BlockKind.HEADING
        and body[-2].bullet is not None
        and len(last.text.strip()) <= _ALONE_CHARS  # (a sentence of a script written without spaces is one "word")
        and _BRIEF_THANKS.match(last.text.strip())
    ):
        return len(body) - 1  # ... or alone, after the last section's list, its signature set where nothing reads it
    if len(body) > 2 and body[-2].bullet is None and _BRIEF_THANKS.match(body[-2].text.strip()):
        # ... or over one line that signs it: the writer's name, then a comma and their post or office
        name, _, rest = body[-1].text.strip().partition(",")
        if _short(body[-1]) and rest.strip() and _name(name):
            return len(body) - 2
    return None


def _name(text: str) -> bool:
    words = text.strip().split()
    # each word opens with a capital, in the scripts that have them
    return PERSON_NAME.match(text.strip()) is not None and not any(w[:1].islower() for w in words)


def _short(unit: Unit) -> bool:
    text = unit.text.strip()
    return unit.bullet is None and len(text.split()) <= _UNDER_WORDS and not text.endswith((".", ":", ";", "。"))
