"""Item tracking: which item of a report is the follow-up of which item of the report before.

Similarity blends character n-gram TF-IDF cosine (robust to rewording and typos) with rapidfuzz's
token-set ratio (robust to reordered and added words); numbers are masked first, so a bullet whose
figures changed still matches itself. A one-to-one assignment (Hungarian, scipy) is made within
each template section first, then across sections for what is left (a remark can move from
activity to risks). The status of a link is decided by rule, not by score: ``updated`` when the
facts differ (numbers, dates, status words), else ``continuing``. Unmatched new items are ``new``,
unmatched old ones ``dropped``. Cost is one small matrix per report pair: linear in history.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np
from rapidfuzz import fuzz, process

from sitroom.model import LinkStatus

if TYPE_CHECKING:
    from scipy import sparse

CONTINUING, UPDATED, NEW, DROPPED = LinkStatus.CONTINUING, LinkStatus.UPDATED, LinkStatus.NEW, LinkStatus.DROPPED


@dataclass(frozen=True, slots=True)
class LinkOptions:
    """Thresholds of the tracker. ``method``: "blend" (default), "tfidf" or "fuzz" (baselines)."""

    threshold: float = 0.5  # a pair at or above this is linked
    possible: float = 0.45  # between this and threshold: linked only within the same section, flagged
    split: float = 0.72  # a second link for an item split in two, or two merged into one
    section_bonus: float = 0.05
    method: str = "blend"
    tfidf_weight: float = 0.7  # share of TF-IDF in the blend; the rest is rapidfuzz token-set ratio
    # Optional sentence embeddings (see analyse/embeddings.py), blended in with this weight.
    embedder: Any = None
    semantic_weight: float = 0.3


@dataclass(frozen=True, slots=True)
class LinkItem:
    """An item to track: its text and its template section key (None when unknown)."""

    text: str
    key: str | None = None


@dataclass(frozen=True, slots=True)
class ItemLink:
    old: int
    new: int
    status: str
    score: float
    possible: bool = False


@dataclass(slots=True)
class ItemDiff:
    """Links between the items of two reports, numbered in document order (0-based)."""

    links: list[ItemLink] = field(default_factory=list)
    new_items: list[int] = field(default_factory=list)
    dropped_items: list[int] = field(default_factory=list)

    def to_json(self, old: str, new: str) -> dict:
        return {
            "old": old,
            "new": new,
            "links": [
                {"old": x.old, "new": x.new, "status": x.status, "score": round(x.score, 3), "possible": x.possible}
                for x in self.links
            ],
            "new_items": self.new_items,
            "dropped_items": self.dropped_items,
        }


_NUMBER = re.compile(r"\d+(?:[.,’'\s]\d{3})*(?:\.\d+)?")
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_DATE_WORD = re.compile(rf"\b(?:{_MONTHS}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
# Words whose appearance or disappearance changes the facts of an item.
_STATUS_WORDS = re.compile(
    r"\b(?:open(?:ed|s)?|clos(?:ed|es|ing)|reopen(?:ed|s)?|increas(?:ed|es|ing)|decreas(?:ed|es|ing)"
    r"|reduc(?:ed|es|ing)|ris(?:en|ing|es)|fall(?:en|ing|s)?|fell|complet(?:ed|es)|start(?:ed|s)|began|begun"
    r"|end(?:ed|s)|resum(?:ed|es)|suspend(?:ed|s)|cancel(?:led|s)|escalat(?:ed|es|ing)|improv(?:ed|es|ing)"
    r"|deteriorat(?:ed|es|ing)|worsen(?:ed|s|ing)|significant|critical|severe|stable|resolved|no longer"
    r"|now|still|remain(?:s|ed)?|approved|agreed|delayed|launched|paused|stopped)\b",
    re.I,
)
_NON_WORD = re.compile(r"[^\w#]+")


def _mask(text: str) -> str:
    """Lower case with numbers masked, so changed figures do not hide the same matter."""
    return " ".join(_NON_WORD.sub(" ", _NUMBER.sub("#", text.lower())).split())


def facts(text: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The numbers, date words and status words of an item: what makes an update an update."""
    numbers = tuple(re.sub(r"[,’'\s]", "", n) for n in _NUMBER.findall(text))
    dates = tuple(sorted(d.lower()[:3] for d in _DATE_WORD.findall(text)))
    status = tuple(sorted(s.lower() for s in _STATUS_WORDS.findall(text)))
    return numbers, dates, status


def status_of(old: str, new: str) -> str:
    """``updated`` when the facts of the matter changed, else ``continuing`` (same or reworded)."""
    if _mask(old) == _mask(new) and facts(old)[0] == facts(new)[0]:
        return CONTINUING
    return UPDATED if facts(old) != facts(new) else CONTINUING


@lru_cache(maxsize=200_000)
def _word_ngrams(word: str) -> tuple[str, ...]:
    """Character 3-5-grams of one word padded with spaces, exactly as scikit-learn's ``char_wb`` makes them."""
    w = f" {word} "
    out = []
    for n in range(3, 6):
        offset = 0
        out.append(w[offset : offset + n])
        while offset + n < len(w):
            offset += 1
            out.append(w[offset : offset + n])
        if offset == 0:  # a word shorter than n is counted once, not for every n
            break
    return tuple(out)


_GRAM_IDS: dict[str, int] = {}
_MAX_GRAMS = 2_000_000  # a long-running process starts the table afresh past this many n-grams


@lru_cache(maxsize=200_000)
def _word_gram_ids(word: str) -> np.ndarray:
    """The n-grams of a word as ids in a process-wide table (the table only grows with new n-grams)."""
    ids = [_GRAM_IDS.setdefault(g, len(_GRAM_IDS)) for g in _word_ngrams(word)]
    return np.array(ids, dtype=np.int64)


def char_tfidf(texts: Sequence[str]) -> sparse.csr_matrix:
    """Rows of L2-normalised char_wb (3-5) TF-IDF with sublinear tf and smoothed idf, fitted on ``texts``.

    The same numbers as ``TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)``
    (a test checks it), without re-analysing words seen before: a tracker fits one per report pair,
    where scikit-learn's set-up and per-character analysis cost more than the matrix itself.
    """
    from scipy import sparse  # imported when fitting: readers of the links (the brief) never need it

    if len(_GRAM_IDS) > _MAX_GRAMS:  # between fits, never during one: ids must stay consistent within a fit
        _GRAM_IDS.clear()
        _word_gram_ids.cache_clear()
    empty = np.zeros(0, dtype=np.int64)
    per_doc = [
        np.unique(np.concatenate([empty, *(_word_gram_ids(w) for w in t.split())]), return_counts=True) for t in texts
    ]
    all_ids = np.concatenate([empty, *(ids for ids, _ in per_doc)])
    columns, inverse = np.unique(all_ids, return_inverse=True)
    lengths = [len(ids) for ids, _ in per_doc]
    indptr = np.concatenate([[0], np.cumsum(lengths)])
    data = 1.0 + np.log(np.concatenate([np.zeros(0), *(counts.astype(float) for _, counts in per_doc)]))
    m = sparse.csr_matrix((data, inverse, indptr), shape=(len(texts), len(columns)))
    df = np.bincount(inverse, minlength=len(columns))
    idf = np.log((1 + len(texts)) / (1 + df)) + 1.0
    m = m.multiply(idf).tocsr()
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.diags(1.0 / norms) @ m


def similarity(old: Sequence[str], new: Sequence[str], method: str = "blend", tfidf_weight: float = 0.7) -> np.ndarray:
    """Pairwise similarity in [0, 1], shape (len(old), len(new)).

    The blend weighs TF-IDF more: token-set ratio scores any item that contains another's words as
    identical, which on real pairs links unrelated offices' bullets that share a lead-in.
    """
    if not old or not new:
        return np.zeros((len(old), len(new)))
    a, b = [_mask(t) for t in old], [_mask(t) for t in new]
    parts: list[np.ndarray] = []
    if method in ("blend", "tfidf"):
        m = char_tfidf(a + b)
        parts.append((m[: len(a)] @ m[len(a) :].T).toarray())
    if method in ("blend", "fuzz"):
        parts.append(process.cdist(a, b, scorer=fuzz.token_set_ratio, workers=1) / 100.0)
    if not parts:
        raise ValueError(f"unknown similarity method {method!r}")
    if len(parts) == 2:
        return tfidf_weight * parts[0] + (1 - tfidf_weight) * parts[1]
    return parts[0]


def link_items(old: Sequence[LinkItem], new: Sequence[LinkItem], options: LinkOptions | None = None) -> ItemDiff:
    """Link the items of ``new`` to those of ``old``: one-to-one, same section first, then across."""
    opt = options or LinkOptions()
    # Most items of a sitrep are carried over word for word: pair those first, cheaply, and leave only
    # the rest to the similarity matrix.
    exact = _exact_pairs(old, new)
    rest_old = [o for o in range(len(old)) if o not in {p[0] for p in exact}]
    rest_new = [n for n in range(len(new)) if n not in {p[1] for p in exact}]
    sub_diff = _link_by_similarity([old[o] for o in rest_old], [new[n] for n in rest_new], opt)
    diff = ItemDiff()
    links = [ItemLink(o, n, status_of(old[o].text, new[n].text), 1.0) for o, n in exact]
    links += [ItemLink(rest_old[x.old], rest_new[x.new], x.status, x.score, x.possible) for x in sub_diff.links]
    diff.links = sorted(links, key=lambda x: (x.new, x.old))
    diff.new_items = sorted(rest_new[n] for n in sub_diff.new_items)
    diff.dropped_items = sorted(rest_old[o] for o in sub_diff.dropped_items)
    return diff


def _exact_pairs(old: Sequence[LinkItem], new: Sequence[LinkItem]) -> list[tuple[int, int]]:
    """Items whose text (figures masked) is unchanged, paired in order, same section first."""
    waiting: dict[str, list[int]] = {}
    for o, item in enumerate(old):
        waiting.setdefault(_mask(item.text).rstrip(" #"), []).append(o)
    pairs = []
    for same_section in (True, False):
        for n, item in enumerate(new):
            if any(p[1] == n for p in pairs):
                continue
            candidates = waiting.get(_mask(item.text).rstrip(" #"), [])
            for o in candidates:
                if not same_section or old[o].key == item.key:
                    pairs.append((o, n))
                    candidates.remove(o)
                    break
    return pairs


def _link_by_similarity(old: Sequence[LinkItem], new: Sequence[LinkItem], opt: LinkOptions) -> ItemDiff:
    if not old or not new:
        return ItemDiff(new_items=list(range(len(new))), dropped_items=list(range(len(old))))
    sim = similarity([i.text for i in old], [i.text for i in new], opt.method, opt.tfidf_weight)
    if opt.embedder is not None:
        semantic = opt.embedder.similarity([i.text for i in old], [i.text for i in new])
        sim = (1 - opt.semantic_weight) * sim + opt.semantic_weight * semantic
    same = np.array([[o.key is not None and o.key == n.key for n in new] for o in old], dtype=bool).reshape(
        len(old), len(new)
    )
    pairs: dict[tuple[int, int], tuple[float, bool]] = {}
    free_old, free_new = set(range(len(old))), set(range(len(new)))
    # Pass 1: within the same section, with a lower bar (a "possible" link is still the best guess there).
    _assign(sim + opt.section_bonus * same, same, opt.possible, free_old, free_new, pairs, opt.threshold)
    # Pass 2: across sections, for the items left over, with the full bar.
    _assign(sim, np.ones_like(same), opt.threshold, free_old, free_new, pairs, opt.threshold)
    # Splits and merges: a leftover item very like an already linked one becomes its second link.
    links_per_old = {o: 1 for o, _ in pairs}
    links_per_new = {n: 1 for _, n in pairs}
    for n in sorted(free_new):
        o = int(np.argmax(sim[:, n])) if len(old) else -1
        if o >= 0 and sim[o, n] >= opt.split and links_per_old.get(o, 0) == 1:
            pairs[(o, n)] = (float(sim[o, n]), False)
            links_per_old[o] = 2
            free_new.discard(n)
    for o in sorted(free_old):
        n = int(np.argmax(sim[o])) if len(new) else -1
        if n >= 0 and sim[o, n] >= opt.split and links_per_new.get(n, 0) == 1:
            pairs[(o, n)] = (float(sim[o, n]), False)
            links_per_new[n] = 2
            free_old.discard(o)
    diff = ItemDiff()
    for (o, n), (score, possible) in sorted(pairs.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        diff.links.append(ItemLink(o, n, status_of(old[o].text, new[n].text), min(score, 1.0), possible))
    diff.new_items = sorted(free_new)
    diff.dropped_items = sorted(free_old)
    return diff


def _assign(
    score: np.ndarray,
    allowed: np.ndarray,
    bar: float,
    free_old: set[int],
    free_new: set[int],
    pairs: dict[tuple[int, int], tuple[float, bool]],
    threshold: float,
) -> None:
    rows, cols = sorted(free_old), sorted(free_new)
    if not rows or not cols:
        return
    sub = score[np.ix_(rows, cols)] * allowed[np.ix_(rows, cols)]
    from scipy.optimize import linear_sum_assignment  # a third of a second to import: only when linking

    r_idx, c_idx = linear_sum_assignment(-sub)
    for r, c in zip(r_idx, c_idx, strict=True):
        value = float(sub[r, c])
        if value >= bar:
            o, n = rows[r], cols[c]
            pairs[(o, n)] = (value, value < threshold)
            free_old.discard(o)
            free_new.discard(n)
