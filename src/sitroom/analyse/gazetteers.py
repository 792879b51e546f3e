"""Reading gazetteers: the shipped file, the user's files and folders, and ``SITROOM_GAZETTEER``, merged
into one :class:`~sitroom.analyse.entities.Gazetteer`."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from sitroom import yamltext
from sitroom.analyse.entities import (
    _SECTIONS,
    DEFAULT_GAZETTEER,
    KINDS,
    ORGANISATION,
    Gazetteer,
    GazetteerEntry,
    GazetteerError,
    GazetteerPattern,
)
from sitroom.settings import data_settings


def _str_list(value: Any, what: str, origin: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str) or not isinstance(value, list):
        raise GazetteerError(f"{origin}: {what} must be a list of names")
    out = []
    for v in value:
        if not isinstance(v, str) or not v.strip():
            raise GazetteerError(f"{origin}: {what} must be a list of non-empty names, not {v!r}")
        out.append(v.strip())
    return out


def _parse(data: Any, origin: str) -> tuple[list[GazetteerEntry], list[GazetteerPattern]]:
    if data is None:
        return [], []
    if not isinstance(data, dict):
        raise GazetteerError(f"{origin}: a gazetteer must be a mapping of organisations, places and patterns")
    unknown = set(data) - {*_SECTIONS, "patterns"}
    if unknown:
        raise GazetteerError(
            f"{origin}: unknown section(s) {sorted(unknown)}; expected organisations, places, patterns"
        )
    entries = []
    for section, kind in _SECTIONS.items():
        raw = data.get(section) or []
        if not isinstance(raw, list):
            raise GazetteerError(f"{origin}: {section!r} must be a list")
        for n, item in enumerate(raw, 1):
            if isinstance(item, str) and item.strip():
                entries.append(GazetteerEntry(item.strip(), kind))
            elif isinstance(item, dict) and isinstance(item.get("name"), str) and item["name"].strip():
                aliases = _str_list(item.get("aliases"), f"{section} {item['name']!r}: aliases", origin)
                entries.append(GazetteerEntry(item["name"].strip(), kind, aliases))
            else:
                raise GazetteerError(f"{origin}: {section} entry {n} needs a name ({item!r})")
    patterns = []
    raw_patterns = data.get("patterns") or []
    if not isinstance(raw_patterns, list):
        raise GazetteerError(f"{origin}: 'patterns' must be a list")
    for n, item in enumerate(raw_patterns, 1):
        if not isinstance(item, dict) or not isinstance(item.get("suffix"), str) or not item["suffix"].strip():
            raise GazetteerError(f"{origin}: pattern {n} needs a suffix ({item!r})")
        kind = item.get("kind", ORGANISATION)
        if kind not in KINDS:
            raise GazetteerError(f"{origin}: pattern {item['suffix']!r} has kind {kind!r}, not one of {KINDS}")
        aliases = _str_list(item.get("aliases"), f"pattern {item['suffix']!r}: aliases", origin)
        patterns.append(GazetteerPattern(kind, item["suffix"].strip(), aliases))
    return entries, patterns


def _read(path: Path) -> tuple[list[GazetteerEntry], list[GazetteerPattern]]:
    try:
        data = yamltext.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise GazetteerError(f"{path}: cannot read gazetteer ({e})") from e
    except yaml.YAMLError as e:
        raise GazetteerError(f"{path}: not valid YAML ({e})") from e
    return _parse(data, str(path))


@lru_cache(maxsize=1)
def _default() -> tuple[tuple[GazetteerEntry, ...], tuple[GazetteerPattern, ...]]:
    entry = resources.files("sitroom.analyse") / "gazetteer" / DEFAULT_GAZETTEER
    entries, patterns = _parse(yamltext.safe_load(entry.read_text(encoding="utf-8")), DEFAULT_GAZETTEER)
    return tuple(entries), tuple(patterns)


def _expand(paths: Iterable[Path]) -> list[Path]:
    out = []
    for p in paths:
        if p.is_dir():
            out += sorted([*p.glob("*.yaml"), *p.glob("*.yml")])
        elif p.exists():
            out.append(p)
        else:
            raise GazetteerError(f"{p}: no such gazetteer file or folder")
    return out


def load_gazetteer(paths: list[Path] | None = None, *, default: bool = True) -> Gazetteer:
    """The default gazetteer plus the files (or folders of YAML files) in ``paths`` and ``$SITROOM_GAZETTEER``.

    Entries with the same name and kind merge their aliases; ``default=False`` leaves out the
    shipped file.
    """
    files = list(paths or [])
    files += data_settings().gazetteers
    merged: dict[tuple[str, str], GazetteerEntry] = {}
    patterns: dict[tuple[str, str], GazetteerPattern] = {}
    sources: list[str] = []
    layers: list[tuple[Iterable[GazetteerEntry], Iterable[GazetteerPattern]]] = []
    if default:
        layers.append(_default())
        sources.append(DEFAULT_GAZETTEER)
    for f in _expand(Path(p) for p in files):
        layers.append(_read(f))
        sources.append(str(f))
    for entries, pats in layers:
        for e in entries:
            known = merged.setdefault((e.kind, e.name), GazetteerEntry(e.name, e.kind))
            known.aliases += [a for a in e.aliases if a not in known.aliases]
        for p in pats:
            kp = patterns.setdefault((p.kind, p.suffix), GazetteerPattern(p.kind, p.suffix))
            kp.aliases += [a for a in p.aliases if a not in kp.aliases]
    return Gazetteer(merged.values(), patterns.values(), sources=sources)
