"""Sitrep templates: the headings a series is written under, loaded from YAML files.

A template file has ``name``, ``label``, optional ``title_patterns`` and ``sections``, each with
``key`` (one of :class:`~sitroom.model.SectionKey`, or null for a heading with no set meaning),
``heading`` (as printed), ``aliases``, ``kind`` (items, risks or figures) and ``order``.
Users add their own with ``--templates DIR`` or ``SITROOM_TEMPLATES``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml
from rapidfuzz import fuzz

from sitroom import yamltext
from sitroom.errors import TemplateError, TemplateNotFound
from sitroom.model import SectionKey
from sitroom.settings import data_settings

KINDS = ("items", "risks", "figures")
_KEYS = frozenset(k.value for k in SectionKey)
# A heading matches a template section when the fuzzy score reaches this (0-100).
MATCH_THRESHOLD = 82


@dataclass(frozen=True, slots=True)
class TemplateSection:
    key: str | None
    heading: str
    aliases: tuple[str, ...] = ()
    kind: str = "items"
    order: int = 0

    def names(self) -> tuple[str, ...]:
        return (self.heading, *self.aliases)


@dataclass(frozen=True, slots=True)
class Template:
    name: str
    label: str
    sections: tuple[TemplateSection, ...]
    title_patterns: tuple[str, ...] = ()
    _norm_names: tuple[tuple[str, TemplateSection], ...] = field(default=(), repr=False, compare=False)
    # Headings repeat from report to report: remember each normalised heading's match.
    _cache: dict[str, tuple[TemplateSection | None, float]] = field(
        default_factory=dict, repr=False, compare=False, hash=False
    )

    def section(self, key: str | None) -> TemplateSection | None:
        return next((s for s in self.sections if s.key == key), None) if key else None

    def to_yaml(self) -> str:
        """The template as a YAML file a user can edit and load back."""
        data = {
            "name": self.name,
            "label": self.label,
            "title_patterns": list(self.title_patterns),
            "sections": [
                {"key": s.key, "heading": s.heading, "aliases": list(s.aliases), "kind": s.kind, "order": s.order}
                for s in self.sections
            ],
        }
        return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=110)

    def match(self, heading: str) -> tuple[TemplateSection | None, float]:
        """The section this printed heading stands for, with the match score (0-100)."""
        h = normalise_heading(heading)
        if not h:
            return None, 0.0
        cached = self._cache.get(h)
        if cached is not None:
            return cached
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[h] = result = self._match(h)
        return result

    def _match(self, h: str) -> tuple[TemplateSection | None, float]:
        best, best_score = None, 0.0
        for name, sec in self._norm_names:
            score = heading_similarity(h, name)
            if score > best_score:
                best, best_score = sec, score
        if best_score >= MATCH_THRESHOLD:
            return best, best_score
        return None, best_score


_PAREN = re.compile(r"\([^)]*\)")
_NONWORD = re.compile(r"[^0-9a-z]+")
_ROMAN_OR_NUMBER = re.compile(r"^(?:[ivx]+|\d+(?:\.\d+)*|[a-z])[.)]\s+", re.I)


# Choosing a template matches every heading-like line against each template: one normalising per line
# and document is enough (bounded, so that a long-running process does not grow with what it reads).
@lru_cache(maxsize=4096)
def normalise_heading(text: str) -> str:
    """Lower case, no numbering, brackets, accents or punctuation: "I. RISKS (AND MITIGATION)" → "risks"."""
    t = _ROMAN_OR_NUMBER.sub("", text.strip())
    t = _PAREN.sub(" ", t.lower()).replace("&", " and ")
    t = "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))
    return " ".join(_NONWORD.sub(" ", t).split())


def heading_similarity(a: str, b: str) -> float:
    """Similarity of two normalised headings: whole-string ratio, or token-set match for reworded ones."""
    if not a or not b:
        return 0.0
    if a == b:
        return 100.0
    ratio = fuzz.ratio(a, b)
    # token_set_ratio forgives extra words ("risks" ⊂ "risks and challenges"); allow it only when the
    # longer side adds few words, so a sentence that mentions "communication" is not a heading.
    wa, wb = len(a.split()), len(b.split())
    if abs(wa - wb) > 2 or min(len(a), len(b)) < 6:
        return float(ratio)
    return max(ratio, fuzz.token_set_ratio(a, b) * 0.97)


def template_from_dict(data: dict, origin: str) -> Template:
    """A template from its YAML mapping; ``origin`` names it in errors."""
    try:
        name = str(data["name"])
        secs = []
        for i, s in enumerate(data["sections"]):
            key = s.get("key")
            if key is not None and key not in _KEYS:
                raise TemplateError(
                    f"{origin}: section {s.get('heading')!r} has key {key!r}, not one of {sorted(_KEYS)} (or null)"
                )
            kind = s.get("kind") or ("risks" if key == SectionKey.RISKS else "items")
            if kind not in KINDS:
                raise TemplateError(f"{origin}: section {key!r} has kind {kind!r}, not one of {KINDS}")
            secs.append(
                TemplateSection(
                    key=key,
                    heading=str(s["heading"]),
                    aliases=tuple(str(a) for a in s.get("aliases") or ()),
                    kind=kind,
                    order=int(s.get("order", i + 1)),
                )
            )
    except (KeyError, TypeError, ValueError) as e:
        raise TemplateError(f"{origin}: invalid template ({e})") from e
    norm = tuple((normalise_heading(n), sec) for sec in secs for n in sec.names())
    return Template(
        name=name,
        label=str(data.get("label") or name),
        sections=tuple(secs),
        title_patterns=tuple(data.get("title_patterns") or ()),
        _norm_names=norm,
    )


def load_template_file(path: str | Path) -> Template:
    """Load one template YAML file."""
    path = Path(path)
    try:
        data = yamltext.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise TemplateError(f"{path}: cannot read template ({e})") from e
    if not isinstance(data, dict):
        raise TemplateError(f"{path}: a template must be a mapping")
    return template_from_dict(data, str(path))


@lru_cache(maxsize=8)
def _builtin() -> tuple[Template, ...]:
    out = []
    for entry in sorted(resources.files("sitroom.templates").iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".yaml"):
            data = yamltext.safe_load(entry.read_text(encoding="utf-8"))
            out.append(template_from_dict(data, entry.name))
    return tuple(out)


def available_templates(extra_dirs: list[Path] | None = None) -> list[Template]:
    """Built-in templates plus those in ``extra_dirs`` and ``$SITROOM_TEMPLATES`` (later ones win by name)."""
    found = {t.name: t for t in _builtin()}
    dirs = list(extra_dirs or [])
    dirs += data_settings().templates
    for d in dirs:
        for f in sorted(Path(d).glob("*.y*ml")):
            t = load_template_file(f)
            found[t.name] = t
    return list(found.values())


def get_template(name: str, extra_dirs: list[Path] | None = None) -> Template:
    """A template by name, or from a path to a YAML file."""
    if name.endswith((".yaml", ".yml")) and Path(name).exists():
        return load_template_file(name)
    for t in available_templates(extra_dirs):
        if t.name == name:
            return t
    names = ", ".join(sorted(t.name for t in available_templates(extra_dirs)))
    raise TemplateNotFound(f"no template named {name!r} (available: {names})")
