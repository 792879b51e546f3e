"""A contents list in the text of any format: lines naming the document's headings with the page each
starts on ("1 Current position . . . 3", or "1 Current position 3" once a tab is read as a space).

Two or more such lines in a row are navigation, not items: they are left out and counted, with the
list's own title right above them ("Contents", "Inhalt", "Índice": told by where it stands). A web page's
"On this page" list prints no page numbers: its entries are the headings still to come, word for word.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from sitroom.model import BlockKind
from sitroom.parse.units import Unit
from sitroom.text.contents import contents_label

_NUMBERED = re.compile(r"^(?P<label>.*?\S)\s+(?P<page>\d{1,4})\s*$")
_WORD = re.compile(r"[^\W\d_]{2,}")
# Contents lines read as one paragraph are a few headings long; a longer paragraph is no contents list.
RUN_WORDS = 24


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def _entry(u: Unit, later: Counter[str]) -> tuple[int, int] | None:
    """The page a contents line points to (0 when it prints none we can read) and how many entries the line holds,
    or None."""
    label = contents_label(u.text)
    if label is not None or u.style.get("contents"):  # or set in a contents style by the writer
        m = re.search(r"(\d{1,4})\s*$", u.text)
        return (int(m.group(1)) if m else 0), 1
    if not _heading(u):
        if later[_key(u.text)] > 0:
            return 0, 1  # a page's own "On this page" list: each entry a heading still to come, word for word
        if (run := _headings_run(_unnumbered(_key(u.text).split()), later)) >= 2:
            # ... or several such entries run together where their lines were read as one paragraph ("Summary
            # Weather Outlook")
            return 0, run
    m = _NUMBERED.match(u.text)
    # without leaders, the line must repeat a heading of the document, word for word
    if m and later[_key(m.group("label"))] > 0:
        return int(m.group("page")), 1
    return None


def _unnumbered(words: list[str]) -> list[str]:
    """The words without the sections' numbers a wiki's contents box sets before each entry ("1 Summary 2 Papers
    and sessions …"), when they count up from 1."""
    numbers = [w for w in words if w.isdigit()]
    if numbers and numbers == [str(n) for n in range(1, len(numbers) + 1)] and words[0] == "1":
        return [w for w in words if not w.isdigit()]
    return words


def _headings_run(words: list[str], later: Counter[str]) -> int:
    """How many headings still to come, one after another, the words are (the fewest that make them up); 0 when
    they are none."""
    if not 1 < len(words) <= RUN_WORDS:
        return 0
    if not any(later[" ".join(words[:k])] > 0 for k in range(1, len(words))):
        return 0  # the words open with no heading still to come
    # ends[k]: the fewest headings that make up the first k words (0 for none), or None when they make up none
    ends: list[int | None] = [0] + [None] * len(words)
    for k in range(1, len(words) + 1):
        counts = [c for j in range(k) if (c := ends[j]) is not None and later[" ".join(words[j:k])] > 0]
        ends[k] = min(counts) + 1 if counts else None
    return ends[-1] or 0


def _title(u: Unit) -> bool:
    """A contents list's title: a few words, no figures, no sentence."""
    t = u.text.strip()
    return 1 <= len(_WORD.findall(t)) <= 4 and not any(c.isdigit() for c in t) and not t.endswith((".", ";"))


def drop_contents(units: list[Unit]) -> tuple[list[Unit], int]:
    """The units without any contents list (two or more entries in a row, their page numbers in order)
    and its title, and how many lines were left out."""
    # the headings still to come: a contents line without leaders must name one of them
    later = Counter(_key(u.text) for u in units if _heading(u))
    keep: list[Unit] = []
    dropped = 0
    n = 0
    while n < len(units):
        run: list[int] = []
        k = n
        entries = 0  # a line may hold several entries, read as one paragraph
        while k < len(units) and (found := _entry(units[k], later)) is not None:
            run.append(found[0])
            entries += found[1]
            k += 1
        styled = all(u.style.get("contents") for u in units[n:k])
        if (entries >= 2 or (run and styled)) and all(a <= b for a, b in pairwise(p for p in run if p)):
            if keep and _title(keep[-1]):
                keep.pop()
                dropped += 1
            dropped += len(run)
        else:
            keep.append(units[n])
            k = n + 1
        for u in units[n:k]:
            if _heading(u):
                later[_key(u.text)] -= 1
        n = k
    return keep, dropped


def _heading(u: Unit) -> bool:
    return u.kind is BlockKind.HEADING or bool(u.style.get("bold"))
