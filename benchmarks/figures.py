"""Figures against hand-made gold: found %, right measure %, spurious %.

Reads every gold file under tests/gold-figures/ (format: the shared GOLD-FORMAT, "figures" field).
A gold figure is found when an extracted figure of its item states its value (either end of a
range, or the whole of a ratio) in its unit; its measure is right when the extracted measure,
normalised, equals the gold subject or one of its alternatives. An extracted figure that states
no gold value of its item is spurious. Seed gold takes its items from the seed's structure gold
in ../shared (skipped when absent); corpus gold takes its items from the repository's structure gold
(tests/gold), so no document text is repeated.

    PYTHONPATH=src python benchmarks/figures.py [--misses]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from sitroom.analyse.figures import Figure, extract_figures

REPO = Path(__file__).resolve().parent.parent
GOLD = REPO / "tests" / "gold-figures"
SHARED = REPO.parent / "shared"
_DROP = frozenset("the a an of in on at to for by from".split())


def _norm(phrase: str) -> str:
    words = re.findall(r"[a-z0-9]+", phrase.lower().replace("-", " "))
    return " ".join(
        w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words if w not in _DROP
    )


def _items(gold: dict) -> dict[str, str] | None:
    if "items_from" in gold:
        # the repository's own structure gold (its item ids), or a seed's gold in ../shared (its item positions)
        own = gold["items_from"].startswith("tests/")
        path = (REPO if own else SHARED) / gold["items_from"]
        if not path.exists():
            return None
        sections = json.loads(path.read_text(encoding="utf-8"))["sections"]
        if own:
            return {it["id"]: it["text"] for s in sections for it in s["items"]}
        return {f"{si}.{ii}": text for si, s in enumerate(sections) for ii, text in enumerate(s["items"])}
    return {it["id"]: it["text"] for s in gold["sections"] for it in s["items"]}


def _unit(f: Figure) -> str:
    return f.currency or f.unit if f.unit == "money" else f.unit


def _values(f: Figure) -> list[float]:
    return [v for v in (f.value, f.high, f.total) if v is not None]


def score(show_misses: bool = False, group: str | None = None) -> dict[str, float]:
    """Counts and percentages over every gold document present (of one folder, e.g. "heldout", if given)."""
    golds = found = right = extracted = spurious = 0
    for path in sorted(GOLD.rglob("*.json")):
        if group and path.parent.name != group:
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        items = _items(gold)
        if items is None:
            continue
        wanted: dict[str, list[dict]] = {}
        for g in gold["figures"]:
            wanted.setdefault(g["item"], []).append(g)
        for item, text in items.items():
            figs = extract_figures(text)
            extracted += len(figs)
            stated = {(round(v, 6), g["unit"]) for g in wanted.get(item, []) for v in [g["value"]]}
            for f in figs:
                if not any((round(v, 6), _unit(f)) in stated for v in _values(f)):
                    spurious += 1
                    if show_misses:
                        print(f"  spurious {path.stem}/{item}: {f.text!r} → {f.subject!r}")
            for g in wanted.get(item, []):
                golds += 1
                hit = next((f for f in figs if _unit(f) == g["unit"] and g["value"] in _values(f)), None)
                if hit is None:
                    if show_misses:
                        print(f"  missed   {path.stem}/{item}: {g['value']} {g['unit']} ({g['subject']})")
                    continue
                found += 1
                names = {_norm(s) for s in [g["subject"], *g.get("subject_alternatives", [])]}
                if _norm(hit.subject) in names:
                    right += 1
                elif show_misses:
                    print(f"  measure  {path.stem}/{item}: {g['value']} {hit.subject!r} ≠ {g['subject']!r}")
    return {
        "gold figures": golds,
        "extracted": extracted,
        "found %": 100 * found / max(golds, 1),
        "right measure %": 100 * right / max(golds, 1),
        "spurious %": 100 * spurious / max(extracted, 1),
    }


if __name__ == "__main__":
    # "heldout" documents were written after the rules and are not used to tune them
    for group in [None, *sorted(p.name for p in GOLD.iterdir() if p.is_dir())]:
        print(f"{group or 'all'}:")
        for name, value in score("--misses" in sys.argv and group is None, group).items():
            print(f"{name:>18}: {value:.1f}" if isinstance(value, float) else f"{name:>18}: {value}")
