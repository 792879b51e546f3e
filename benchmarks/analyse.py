"""Speed of the analysis stages on real items: figures, themes, organisations and places.

    python benchmarks/analyse.py

Items are those of every gold-annotated corpus document (tests/gold) and the seeds, plus a generated
series; each stage runs over all of them on one core and prints items/s.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from sitroom.analyse.figures import extract_figures
from sitroom.analyse.gazetteers import load_gazetteer
from sitroom.analyse.themes import load_taxonomy
from sitroom.generate import iter_series

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def gold_items() -> list[str]:
    texts = []
    for folder in (REPO / "tests" / "gold", SHARED / "seeds" / "gold"):
        for f in folder.rglob("*.json") if folder.exists() else []:
            if f.name.startswith("links-"):
                continue
            for s in json.loads(f.read_text())["sections"]:
                texts += [i if isinstance(i, str) else i["text"] for i in s["items"]]
    return texts


def generated_items() -> list[str]:
    return [it.text for reps in iter_series(6, 20) for rep in reps for it in rep.content.items()]


def rate(name: str, texts: list[str], fn) -> None:
    t = time.perf_counter()
    fn(texts)
    secs = time.perf_counter() - t
    print(f"  {name:<24} {len(texts) / secs:>10,.0f} items/s")


def main() -> None:
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    taxonomy, gazetteer = load_taxonomy(), load_gazetteer()
    for label, texts in (("corpus and seed gold items", gold_items()), ("generated items", generated_items())):
        print(f"{label}: {len(texts)}")
        rate("figures", texts, lambda ts: [extract_figures(t) for t in ts])
        rate("themes", texts, taxonomy.tag_many)
        rate("organisations, places", texts, gazetteer.find_many)


if __name__ == "__main__":
    main()
