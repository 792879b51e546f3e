"""Saying things once: near-duplicate lines merged, and the most salient changes picked without repeats.

Two items are near-duplicates when their normalised texts are equal, or when rapidfuzz's
``token_set_ratio`` reaches 90 and neither is less than half the other's length (without that
guard a short item would swallow any longer one containing its words) — and only when they state
the same numbers (``brief.numbers``): "£24,000" and "£33,000" are two statements, each with its own
line, however alike their words. The kept text is the longer one; the line cites every source, so
every number of a line is stated by each item it cites.

``--max-items`` picks changes by maximal marginal relevance over TF-IDF (character n-gram)
similarity: each pick maximises ``λ·salience − (1−λ)·max similarity to the lines already picked``,
so a second wording of a picked change loses to a different, less salient one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.process import cdist
from rapidfuzz.utils import default_process

from sitroom.analyse.link import char_tfidf
from sitroom.analyse.numbers import number_key
from sitroom.brief.model import Brief, BriefLine

DUPLICATE_RATIO = 90
MMR_LAMBDA = 0.7
TOP_CHANGES = 8  # the changes a dashboard shows
# The kinds of change, most salient first: risks that are new or escalating come first in the brief too.
SALIENCE = {
    "new": 1.0,
    "new_risk": 0.95,
    "escalating": 0.9,
    "updated": 0.8,
    "unreported": 0.6,
    "closed": 0.5,
    "dropped": 0.4,
}

T = TypeVar("T")
_SPACE = re.compile(r"\W+")


def normalise(text: str) -> str:
    """Lower case, punctuation and runs of space folded: the identity of a statement's wording."""
    return _SPACE.sub(" ", text.lower()).strip()


def merge_duplicates(lines: Sequence[BriefLine]) -> list[BriefLine]:
    """Lines with near-duplicate texts merged into the first of them, with all their sources."""
    if len(lines) < 2:
        return list(lines)
    texts = [normalise(line.text) for line in lines]
    numbers = [(number_key(line.text, line.mitigation), number_key(line.previous)) for line in lines]
    scores = cdist(texts, texts, scorer=fuzz.token_set_ratio, processor=default_process, score_cutoff=DUPLICATE_RATIO)
    merged: list[BriefLine] = []
    home: dict[int, BriefLine] = {}
    for i, line in enumerate(lines):
        target = next(
            (home[j] for j in range(i) if j in home and numbers[i] == numbers[j] and _same(texts, scores, i, j)), None
        )
        if target is None:
            copy = BriefLine(
                line.text,
                list(line.sources),
                line.status,
                line.previous,
                line.mitigation,
                line.theme,
                list(line.previous_sources),
            )
            home[i] = copy
            merged.append(copy)
            continue
        target.sources.extend(s for s in line.sources if s not in target.sources)
        target.previous_sources.extend(s for s in line.previous_sources if s not in target.previous_sources)
        if len(line.text) > len(target.text):
            target.text = line.text
        target.mitigation = target.mitigation or line.mitigation
    return merged


def _same(texts: list[str], scores, i: int, j: int) -> bool:
    if texts[i] == texts[j]:
        return True
    a, b = len(texts[i]), len(texts[j])
    return scores[i][j] >= DUPLICATE_RATIO and min(a, b) >= 0.5 * max(a, b)


def mmr_select(candidates: Sequence[tuple[str, float, T]], k: int, lam: float = MMR_LAMBDA) -> list[T]:
    """Up to ``k`` of (text, salience, payload), most salient first, near-repeats penalised."""
    if k <= 0 or not candidates:
        return []
    texts = [c[0] for c in candidates]
    vectors = char_tfidf([normalise(t) for t in texts])  # rows of unit length: products are cosines
    sim = (vectors @ vectors.T).toarray()
    salience = np.array([c[1] for c in candidates], dtype=float)
    # Each line's similarity to the closest line picked so far, updated once per pick: O(n·k).
    redundancy = np.zeros(len(candidates))
    taken = np.zeros(len(candidates), dtype=bool)
    chosen: list[int] = []
    for _ in range(min(k, len(candidates))):
        gain = lam * salience - (1 - lam) * redundancy
        gain[taken] = -np.inf
        best = int(np.argmax(gain))  # the first of equals: ties keep the given order
        chosen.append(best)
        taken[best] = True
        redundancy = np.maximum(redundancy, sim[:, best])
    return [candidates[i][2] for i in chosen]


def top_changes(brief: Brief, k: int = TOP_CHANGES) -> list[BriefLine]:
    """The ``k`` most salient new and updated items (the brief's own ranking: new first, repeats penalised)."""
    lines = [(line.text, SALIENCE["new"], line) for line in brief.changes.new]
    lines += [(line.text, SALIENCE["updated"], line) for line in brief.changes.updated]
    return mmr_select(lines, k)
