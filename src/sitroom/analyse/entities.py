"""Organisations and places named in items, found with a gazetteer.

A gazetteer (YAML) lists ``organisations`` and ``places`` (a canonical ``name`` with ``aliases``)
and ``patterns`` ("<Capitalised Words> <suffix>", e.g. "Avon and Somerset Constabulary",
"Cambridgeshire County Council"). Matching:

- names match case-insensitively on word boundaries ("Youth justice board"); a place, or an
  organisation of one word, must be printed with a capital initial (so "reading" is no town);
- an abbreviation (an alias like PHE, DfE or UKHSA: one word with two or more capitals) matches
  only exactly as written;
- where matches overlap the longest wins ("Public Health England" over "England",
  "Peterborough City Council" over "Peterborough"); on a tie the listed name beats a pattern.

Names are looked up token by token in a trie, and all patterns run as one compiled regex, so
finding is linear in the text. The default gazetteer is ``gazetteer/uk-public-bodies.yaml``; user
files add to it (``analyse.gazetteers.load_gazetteer(paths)`` and ``SITROOM_GAZETTEER``).

Optionally, when spaCy is installed and ``SITROOM_SPACY_MODEL`` names a model directory, spaCy's
ORG/GPE/LOC entities are added where the gazetteer found nothing. Nothing is ever downloaded.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitroom.errors import SitroomError
from sitroom.settings import GAZETTEER, SPACY_MODEL, data_settings

log = logging.getLogger(__name__)

ORGANISATION = "organisation"
PLACE = "place"
KINDS = (ORGANISATION, PLACE)
DEFAULT_GAZETTEER = "uk-public-bodies.yaml"
ENV_VAR = GAZETTEER
SPACY_ENV_VAR = SPACY_MODEL
_SECTIONS = {"organisations": ORGANISATION, "places": PLACE}
_SPACY_KINDS = {"ORG": ORGANISATION, "GPE": PLACE, "LOC": PLACE}
_RANK = {"gazetteer": 0, "pattern": 1, "spacy": 2}

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|&")
# One capitalised word of a pattern's prefix ("Avon", "Stoke-on-Trent", "King's").
_CAP_WORD = r"[A-Z][\w'’.-]*"
_CONNECTOR = r"(?:and|&|of|upon|on|under)"
_AND = re.compile(r"\s+(?:and|&)\s+")
# Words that start a sentence or qualify a body but are not part of its name.
_LEADING_NOISE = frozenset(
    {
        "a",
        "an",
        "the",
        "in",
        "at",
        "from",
        "with",
        "by",
        "for",
        "to",
        "of",
        "on",
        "and",
        "or",
        "our",
        "their",
        "your",
        "its",
        "all",
        "both",
        "each",
        "every",
        "local",
        "national",
        "regional",
        "other",
        "some",
        "many",
        "this",
        "that",
        "these",
        "those",
        "joint",
        "working",
        "via",
        "including",
        "across",
        "within",
        "between",
        "new",
        "existing",
        "neighbouring",
        "partner",
        "partners",
    }
)

# Match rules of one alias.
_ANY, _CAPITAL, _EXACT = 0, 1, 2


class GazetteerError(SitroomError):
    """A gazetteer file is missing or invalid. The message names the file and the reason."""


@dataclass(frozen=True, slots=True)
class Entity:
    """An organisation or place found in a text: canonical name, kind, the text as printed and where."""

    name: str
    kind: str  # ORGANISATION or PLACE
    text: str
    start: int
    end: int
    by: str = "gazetteer"  # "gazetteer", "pattern" or "spacy"


@dataclass(slots=True)
class GazetteerEntry:
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)


@dataclass(slots=True)
class GazetteerPattern:
    kind: str
    suffix: str
    aliases: list[str] = field(default_factory=list)


def _norm(token: str) -> str:
    return "and" if token == "&" else token.lower().replace("'", "").replace("’", "")


def _is_abbreviation(alias: str) -> bool:
    return " " not in alias.strip() and sum(c.isupper() for c in alias) >= 2


class Gazetteer:
    """Known organisations, places and name patterns, ready to find in text."""

    def __init__(
        self,
        entries: Iterable[GazetteerEntry] = (),
        patterns: Iterable[GazetteerPattern] = (),
        *,
        spacy_model: str | Path | None = None,
        sources: Sequence[str] = (),
    ) -> None:
        self.entries = list(entries)
        self.patterns = list(patterns)
        self.sources = tuple(sources)
        self.warnings: list[str] = []
        self._trie: dict[Any, Any] = {}
        for entry in self.entries:
            for alias in dict.fromkeys([entry.name, *entry.aliases]):
                self._add_alias(alias, entry)
        self._pattern_re, self._suffixes = self._compile_patterns()
        self._spacy_model = spacy_model if spacy_model is not None else data_settings().spacy_model
        self._nlp: Any = None
        self._nlp_tried = False

    def __repr__(self) -> str:
        return f"Gazetteer({len(self.entries)} names, {len(self.patterns)} patterns)"

    def find(self, text: str) -> list[Entity]:
        """Organisations and places in ``text``, in text order, without overlaps."""
        return self.find_many([text])[0]

    def find_many(self, texts: Sequence[str]) -> list[list[Entity]]:
        """:meth:`find` for many texts (spaCy, when enabled, then runs as one batch)."""
        found = []
        for t in texts:
            names = self._dictionary(t)
            found.append(self._resolve(names + self._pattern_matches(t, names)))
        nlp = self._spacy()
        if nlp is not None:
            for ents, doc in zip(found, nlp.pipe(texts), strict=True):
                extra = [
                    Entity(" ".join(e.text.split()), _SPACY_KINDS[e.label_], e.text, e.start_char, e.end_char, "spacy")
                    for e in doc.ents
                    if e.label_ in _SPACY_KINDS
                ]
                ents[:] = self._resolve(ents + extra)
        return found

    # -- names -----------------------------------------------------------------------------------

    def _add_alias(self, alias: str, entry: GazetteerEntry) -> None:
        tokens = _TOKEN.findall(alias)
        if not tokens:
            return
        if _is_abbreviation(alias):
            rule = _EXACT
        elif entry.kind == PLACE or len(tokens) == 1:
            rule = _CAPITAL
        else:
            rule = _ANY
        forms = [tokens]
        if rule == _EXACT:
            forms.append([*tokens[:-1], tokens[-1] + "s"])  # "CCGs", "NHS trusts" stay abbreviations
        for form in forms:
            node = self._trie
            for tok in form:
                node = node.setdefault(_norm(tok), {})
            node.setdefault(None, []).append((entry, tuple(form), rule))

    def _dictionary(self, text: str) -> list[Entity]:
        spans = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
        norms = [_norm(s[0]) for s in spans]
        out: list[Entity] = []
        i, n = 0, len(spans)
        while i < n:
            node = self._trie.get(norms[i])
            best: tuple[int, GazetteerEntry] | None = None
            j = i
            while node is not None:
                j += 1
                for entry, tokens, rule in node.get(None, ()):
                    if self._accepts(rule, tokens, spans[i:j]):
                        best = (j, entry)
                        break
                node = node.get(norms[j]) if j < n else None
            if best is None:
                i += 1
                continue
            j, entry = best
            start, end = spans[i][1], spans[j - 1][2]
            out.append(Entity(entry.name, entry.kind, text[start:end], start, end))
            i = j
        return out

    @staticmethod
    def _accepts(rule: int, tokens: tuple[str, ...], printed: list[tuple[str, int, int]]) -> bool:
        if rule == _ANY:
            return True
        if rule == _CAPITAL:
            return printed[0][0][:1].isupper()
        return all(p[0] == t for p, t in zip(printed, tokens, strict=True))

    # -- patterns --------------------------------------------------------------------------------

    def _compile_patterns(self) -> tuple[re.Pattern[str] | None, dict[str, GazetteerPattern]]:
        variants: dict[str, GazetteerPattern] = {}
        for p in self.patterns:
            for v in (p.suffix, *p.aliases):
                variants.setdefault(" ".join(_norm(t) for t in _TOKEN.findall(v)), p)
        if not variants:
            return None, {}
        alts = []
        for p in self.patterns:
            for v in (p.suffix, *p.aliases):
                body = r"\s+".join(r"(?:and|&)" if t in ("and", "&") else re.escape(t) for t in _TOKEN.findall(v))
                alts.append((len(v), body if _is_abbreviation(v) else f"(?i:{body})"))
        # Longest suffix first, so "County Council" is tried before "Council".
        suffix = "|".join(a for _, a in sorted(alts, key=lambda a: -a[0]))
        prefix = rf"{_CAP_WORD}(?:(?:\s+{_CONNECTOR})*\s+{_CAP_WORD}){{0,5}}?"
        return re.compile(rf"\b(?P<x>{prefix})\s+(?P<s>{suffix})\b"), variants

    def _pattern_matches(self, text: str, names: list[Entity]) -> list[Entity]:
        if self._pattern_re is None:
            return []
        out = []
        for m in self._pattern_re.finditer(text):
            words = m.group("x").split()
            start = m.start("x")
            # Drop sentence openers and qualifiers: "In Cambridgeshire County Council" → Cambridgeshire.
            while words and words[0].lower() in _LEADING_NOISE:
                start = text.index(words[0], start) + len(words[0])
                words.pop(0)
            if not words:
                continue
            start = text.index(words[0], start)
            # "Elm House Trust and Riverside Community Hub" are two bodies, not one.
            for known in names:
                inside = known.kind == ORGANISATION and start <= known.start and known.end < m.end("x")
                if inside and (sep := _AND.match(text, known.end)):
                    start = sep.end()
            words = text[start : m.end("x")].split()
            if not words:
                continue
            prefix = " ".join(words)
            if prefix.isupper() and len(prefix) > 3:
                prefix = prefix.title()
            key = " ".join(_norm(t) for t in _TOKEN.findall(m.group("s")))
            pattern = self._suffixes.get(key)
            if pattern is None:
                continue
            name = f"{prefix} {pattern.suffix}"
            out.append(Entity(name, pattern.kind, text[start : m.end()], start, m.end(), "pattern"))
        return out

    # -- resolution and spaCy ----------------------------------------------------------------------

    @staticmethod
    def _resolve(cands: list[Entity]) -> list[Entity]:
        """Non-overlapping matches, the longest first (names before patterns, patterns before spaCy)."""
        if len(cands) < 2:
            return cands
        taken: list[Entity] = []
        for ent in sorted(cands, key=lambda c: (c.start - c.end, _RANK.get(c.by, 3), c.start)):
            if all(ent.end <= t.start or ent.start >= t.end for t in taken):
                taken.append(ent)
        return sorted(taken, key=lambda e: e.start)

    def _spacy(self) -> Any:
        """The spaCy pipeline named by ``spacy_model``, loaded once; None when unavailable."""
        if self._nlp_tried or not self._spacy_model:
            return self._nlp
        self._nlp_tried = True
        path = Path(self._spacy_model)
        try:
            import spacy  # optional: never a dependency
        except ImportError:
            self._warn(f"spaCy is not installed; {SPACY_ENV_VAR}={path} is ignored")
            return None
        if not path.is_dir():
            # Only a local directory: a bare name could make spaCy look elsewhere.
            self._warn(f"spaCy model {path} is not a directory; spaCy entities are off")
            return None
        try:
            self._nlp = spacy.load(path)
        except Exception as e:  # any failure of an optional extra must not stop the analysis
            self._warn(f"spaCy model {path} could not be loaded ({e}); spaCy entities are off")
        return self._nlp

    def _warn(self, message: str) -> None:
        self.warnings.append(message)
        log.warning(message)


# -- loading ---------------------------------------------------------------------------------------
