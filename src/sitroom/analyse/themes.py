"""Theme tags for items: which matters of a public-service response an item is about.

A taxonomy (YAML) lists themes, each with a ``key``, ``label``, ``description`` and ``keywords``.
An item gets a theme in two ways:

- ``keyword``: one of the theme's keywords or phrases occurs in the item, on word boundaries and
  case-insensitively, with plurals and -ing/-ed endings folded ("placement" finds "placements",
  "staffing" finds "staff"). A keyword written in capitals (PPE, NHS, WHO, IT) is an abbreviation
  and matches only in capitals, so "it" and "who" do not count. At each position the longest
  phrase wins, so "designated safeguarding lead" counts for schools, not also for safeguarding.
- ``similarity``: the item's character n-gram TF-IDF vector (``char_wb``, 3-5) is close to the
  theme's label, description and keywords (cosine ≥ the taxonomy's ``similarity_threshold``).
  This catches items worded unlike any keyword ("Other visiting taking pace virtually").

Scores are in 0-1: keyword tags score 0.5 for one single-word keyword and more for phrases,
abbreviations or several keywords (1 - 0.5 ** weight; a word weighs 1, a phrase 1.5-2, an
abbreviation 2); similarity-only tags score their cosine similarity. An item gets at most
``max_tags`` (3) themes, best first.

The default taxonomy is ``taxonomies/public-services.yaml``; ``SITROOM_TAXONOMY`` names a user file
that replaces it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from sitroom import yamltext
from sitroom.analyse.recent import Recent
from sitroom.errors import SitroomError
from sitroom.settings import TAXONOMY, data_settings

if TYPE_CHECKING:
    import numpy as np
    from scipy import sparse

KEYWORD = "keyword"
SIMILARITY = "similarity"
DEFAULT_TAXONOMY = "public-services.yaml"
ENV_VAR = TAXONOMY
DEFAULT_SIMILARITY_THRESHOLD = 0.3
DEFAULT_MAX_TAGS = 3
# What tagging remembers, the entries used last: a report's items mostly repeat the report before, its
# words repeat endlessly. Small enough that a worker's memory levels off (about 30 MB in all when full,
# on text that never repeats), large enough to hold what a few hundred reports in a row share.
TEXTS_KEPT = 20_000
WORDS_KEPT = 50_000
STEMS_KEPT = 20_000

# Words, numbers and currency signs (so a taxonomy can list "£"); an apostrophe stays inside a word.
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|[£$€₱]")


class TaxonomyError(SitroomError):
    """A taxonomy file is missing or invalid. The message names the file and the reason."""


@dataclass(frozen=True, slots=True)
class Theme:
    """One theme of a taxonomy."""

    key: str
    label: str
    description: str = ""
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ThemeTag:
    """A theme given to an item: its key, a score in 0-1 and how it was found."""

    key: str
    score: float
    by: str  # KEYWORD or SIMILARITY


def stem(word: str) -> str:
    """Fold a lower-case word to a light stem: plurals, -ing, -ed, a final e and doubled consonants.

    Deliberately crude (no dictionary): it only has to map a keyword and the words of an item the
    same way, so "placements"/"placement", "staffing"/"staff" and "isolating"/"isolate" meet.
    """
    w = word
    if len(w) <= 3:
        return w
    if w.endswith("'s") or w.endswith("’s"):
        w = w[:-2]
    w = w.replace("'", "").replace("’", "")
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith(("sses", "shes", "ches", "xes")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiou":
        w = w[:-1]
    return w


def _is_abbreviation(token: str) -> bool:
    return len(token) >= 2 and token.isupper()


class Taxonomy:
    """A set of themes, ready to tag text. Build it with :func:`load_taxonomy` or directly."""

    def __init__(
        self,
        name: str,
        themes: Sequence[Theme],
        *,
        label: str | None = None,
        similarity_threshold: float = DEFAULT_SIMILARITY_THRESHOLD,
        max_tags: int = DEFAULT_MAX_TAGS,
        source: str = "<taxonomy>",
    ) -> None:
        if not themes:
            raise TaxonomyError(f"{source}: a taxonomy needs at least one theme")
        keys = [t.key for t in themes]
        if dup := sorted({k for k in keys if keys.count(k) > 1}):
            raise TaxonomyError(f"{source}: duplicate theme keys {dup}")
        self.name = name
        self.label = label or name
        self.themes = tuple(themes)
        self.similarity_threshold = similarity_threshold
        self.max_tags = max_tags
        self.source = source
        self._stems: Recent[str, str] = Recent(STEMS_KEPT)
        self._phrases: dict[tuple[str, ...], set[int]] = {}
        self._abbreviations: dict[str, set[int]] = {}
        for i, theme in enumerate(self.themes):
            for kw in theme.keywords:
                self._add_keyword(kw, i)
        self._max_phrase = max((len(p) for p in self._phrases), default=0)
        self._fitted = False
        self._word_features: Recent[str, list[int]] = Recent(WORDS_KEPT)
        self._tag_cache: Recent[str, list[ThemeTag]] = Recent(TEXTS_KEPT)

    def __repr__(self) -> str:
        return f"Taxonomy({self.name!r}, {len(self.themes)} themes, source={self.source!r})"

    def _fit(self) -> None:
        # Fitted on first tagging, not on load: readers of the taxonomy's labels (the brief, the web
        # pages) then never import scikit-learn, a second of start-up for a command-line brief.
        from sklearn.feature_extraction.text import TfidfVectorizer

        docs = [self._theme_document(t) for t in self.themes]
        vectorizer = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, preprocessor=_similarity_text
        )
        # Rows are L2-normalised, so a product with a transformed item is its cosine similarity.
        self._matrix = vectorizer.fit_transform(docs).T.tocsr()
        self._analyzer = vectorizer.build_analyzer()
        self._vocabulary: dict[str, int] = vectorizer.vocabulary_
        self._idf = vectorizer.idf_
        self._vectorizer = vectorizer
        self._fitted = True

    def theme(self, key: str) -> Theme | None:
        """The theme with this key, if any."""
        return next((t for t in self.themes if t.key == key), None)

    def tag(self, text: str) -> list[ThemeTag]:
        """The themes of one text, best first (at most ``max_tags``)."""
        return self.tag_many([text])[0]

    def tag_many(self, texts: Sequence[str]) -> list[list[ThemeTag]]:
        """The themes of many texts, in one vectorised pass (use this for whole reports).

        Most items of a sitrep repeat from the report before, so tags are remembered by text.
        """
        if not texts:
            return []
        cache = self._tag_cache
        found: dict[str, list[ThemeTag]] = {}
        for t in texts:
            if t not in found and (tags := cache.get(t)) is not None:
                found[t] = tags
        todo = [t for t in dict.fromkeys(texts) if t not in found]
        if todo:
            sims = (self._vectorise(todo) @ self._matrix).toarray()
            for n, t in enumerate(todo):
                found[t] = tags = self._combine(self._keyword_weights(t), sims[n])
                cache.put(t, tags)
        return [list(found[t]) for t in texts]

    # -- internals -------------------------------------------------------------------------------

    def _stem(self, word: str) -> str:
        s = self._stems.get(word)
        if s is None:
            s = stem(word)
            self._stems.put(word, s)
        return s

    def _vectorise(self, texts: Sequence[str]) -> sparse.csr_matrix:
        """``TfidfVectorizer.transform``, faster: char_wb n-grams never cross a word, so each word's
        features are computed once and reused (reports repeat their words endlessly)."""
        import numpy as np
        from scipy import sparse
        from sklearn.preprocessing import normalize

        if not self._fitted:
            self._fit()
        rows: list[int] = []
        cols: list[int] = []
        cache = self._word_features
        for n, text in enumerate(texts):
            start = len(cols)
            for word in _similarity_text(text).split():
                feats = cache.get(word)
                if feats is None:
                    vocab = self._vocabulary
                    feats = [vocab[g] for g in self._analyzer(word) if g in vocab]
                    cache.put(word, feats)
                cols.extend(feats)
            rows.extend([n] * (len(cols) - start))
        counts = sparse.csr_matrix(
            (np.ones(len(cols)), (rows, cols)), shape=(len(texts), len(self._vocabulary)), dtype=np.float64
        )
        counts.sum_duplicates()
        np.log(counts.data, out=counts.data)
        counts.data += 1.0  # sublinear tf, as the vectoriser was fitted
        return normalize(counts.multiply(self._idf).tocsr())

    def _add_keyword(self, keyword: str, theme: int) -> None:
        tokens = _TOKEN.findall(keyword)
        if len(tokens) == 1 and _is_abbreviation(tokens[0]):
            self._abbreviations.setdefault(tokens[0], set()).add(theme)
        elif tokens:
            self._phrases.setdefault(tuple(self._stem(t.lower()) for t in tokens), set()).add(theme)

    @staticmethod
    def _theme_document(theme: Theme) -> str:
        return " ".join([theme.label, theme.description, *theme.keywords])

    def _keyword_weights(self, text: str) -> dict[int, float]:
        """Per theme, the summed weight of the distinct keywords found (a phrase weighs more)."""
        raw = _TOKEN.findall(text)
        found: dict[int, set[tuple[str, ...] | str]] = {}
        if self._abbreviations:
            for tok in raw:
                # Keys are capitals only, so an exact hit is a match in capitals; "GPs" is a plural.
                abbr = tok if tok in self._abbreviations else tok[:-1] if tok[-1] == "s" else None
                for i in self._abbreviations.get(abbr, ()) if abbr else ():
                    found.setdefault(i, set()).add(abbr)
        stems = [self._stem(t.lower()) for t in raw]
        i, n = 0, len(stems)
        while i < n:
            for size in range(min(self._max_phrase, n - i), 0, -1):
                phrase = tuple(stems[i : i + size])
                themes = self._phrases.get(phrase)
                if themes:
                    for t in themes:
                        found.setdefault(t, set()).add(phrase)
                    i += size
                    break
            else:
                i += 1
        # A phrase is surer than a word, an abbreviation (PPE, CAMHS) as sure as a long phrase.
        return {
            t: sum(min(1.0 + 0.5 * (len(k) - 1), 2.0) if isinstance(k, tuple) else 2.0 for k in keys)
            for t, keys in found.items()
        }

    def _combine(self, weights: dict[int, float], sims: np.ndarray) -> list[ThemeTag]:
        import numpy as np

        scored: list[tuple[float, float, str, str]] = []
        for i in set(weights).union(np.flatnonzero(sims >= self.similarity_threshold).tolist()):
            sim = float(sims[i])
            if i in weights:
                scored.append((1.0 - 0.5 ** weights[i], sim, self.themes[i].key, KEYWORD))
            else:
                scored.append((sim, sim, self.themes[i].key, SIMILARITY))
        scored.sort(key=lambda s: (-s[0], -s[1], s[2]))
        return [ThemeTag(key, round(score, 3), by) for score, _, key, by in scored[: self.max_tags]]


def _similarity_text(text: str) -> str:
    # Stop words carry no theme; dropping them keeps their n-grams from swamping short items.
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return " ".join(w for w in _TOKEN.findall(text.lower()) if w not in ENGLISH_STOP_WORDS)


def _as_str_list(value: Any, what: str, origin: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise TaxonomyError(f"{origin}: {what} must be a list of strings")
    out = []
    for v in value:
        if not isinstance(v, (str, int, float)) or not str(v).strip():
            raise TaxonomyError(f"{origin}: {what} must be a list of non-empty strings, not {v!r}")
        out.append(str(v).strip())
    return tuple(out)


def taxonomy_from_data(data: Any, origin: str) -> Taxonomy:
    """Build a taxonomy from parsed YAML: a mapping with ``themes`` (or a bare list of themes)."""
    if isinstance(data, list):
        data = {"themes": data}
    if not isinstance(data, dict):
        raise TaxonomyError(f"{origin}: a taxonomy must be a mapping with a 'themes' list")
    raw_themes = data.get("themes")
    if not isinstance(raw_themes, list) or not raw_themes:
        raise TaxonomyError(f"{origin}: 'themes' must be a non-empty list")
    themes = []
    for n, t in enumerate(raw_themes, 1):
        if not isinstance(t, dict):
            raise TaxonomyError(f"{origin}: theme {n} must be a mapping with key, label, description, keywords")
        key = t.get("key")
        if not isinstance(key, str) or not key.strip():
            raise TaxonomyError(f"{origin}: theme {n} has no 'key'")
        description = t.get("description") or ""
        if not isinstance(description, str):
            raise TaxonomyError(f"{origin}: theme {key!r}: 'description' must be text")
        keywords = _as_str_list(t.get("keywords"), f"theme {key!r}: 'keywords'", origin)
        if not keywords and not description.strip():
            raise TaxonomyError(f"{origin}: theme {key!r} needs keywords or a description")
        themes.append(Theme(key.strip(), str(t.get("label") or key).strip(), description.strip(), keywords))
    try:
        threshold = float(data.get("similarity_threshold", DEFAULT_SIMILARITY_THRESHOLD))
        max_tags = int(data.get("max_tags", DEFAULT_MAX_TAGS))
    except (TypeError, ValueError) as e:
        raise TaxonomyError(f"{origin}: similarity_threshold and max_tags must be numbers ({e})") from e
    if not 0.0 < threshold <= 1.0 or max_tags < 1:
        raise TaxonomyError(f"{origin}: similarity_threshold must be in (0, 1] and max_tags at least 1")
    name = str(data.get("name") or Path(origin).stem)
    return Taxonomy(
        name, themes, label=data.get("label"), similarity_threshold=threshold, max_tags=max_tags, source=origin
    )


def _read_yaml(text: str, origin: str) -> Any:
    try:
        return yamltext.safe_load(text)
    except yaml.YAMLError as e:
        raise TaxonomyError(f"{origin}: not valid YAML ({e})") from e


@lru_cache(maxsize=1)
def _default() -> Taxonomy:
    entry = resources.files("sitroom.analyse") / "taxonomies" / DEFAULT_TAXONOMY
    return taxonomy_from_data(_read_yaml(entry.read_text(encoding="utf-8"), DEFAULT_TAXONOMY), DEFAULT_TAXONOMY)


@lru_cache(maxsize=16)
def _from_file(path: str, mtime_ns: int) -> Taxonomy:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise TaxonomyError(f"{path}: cannot read taxonomy ({e})") from e
    return taxonomy_from_data(_read_yaml(text, path), path)


def load_taxonomy(path: str | Path | None = None) -> Taxonomy:
    """The taxonomy in ``path``; without one, the file ``$SITROOM_TAXONOMY`` names, else the default.

    Loaded taxonomies are cached (a file is re-read when it changes), so calling this per report is cheap.
    """
    if path is None:
        path = data_settings().taxonomy
    if path is None:
        return _default()
    p = Path(path)
    try:
        mtime = p.stat().st_mtime_ns
    except OSError as e:
        raise TaxonomyError(f"{p}: cannot read taxonomy ({e.strerror or e})") from e
    return _from_file(str(p), mtime)
