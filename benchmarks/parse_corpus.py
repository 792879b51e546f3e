"""Parse every document of ../shared/corpus and print speed, memory and accuracy per series.

    python benchmarks/parse_corpus.py [--corpus DIR] [--gold DIR] [--series NAME ...] [--unstructured]

Each series runs in a fresh process pinned to one core, so peak memory is per series. Accuracy is
measured against tests/gold with ../shared/tools/score.py where gold exists. With --unstructured
(and the `unstructured` package importable) the same files are timed with
``partition(filename=..., strategy="fast")`` and its output scored the same way.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SHARED = REPO.parent / "shared"


def _scorer():
    path = SHARED / "tools" / "score.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _pages(path: Path) -> int:
    if path.suffix.lower() != ".pdf":
        return 0
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def _unstructured_json(path: Path) -> dict:
    """unstructured's elements in the shape of our parse JSON, so the same scorer can judge them."""
    from unstructured.partition.auto import partition

    sections: list[dict] = [{"key": None, "heading": None, "level": 1, "items": []}]
    for el in partition(filename=str(path), strategy="fast"):
        text = str(el).strip()
        if not text:
            continue
        if el.category == "Title":
            sections.append({"key": None, "heading": text, "level": 1, "items": []})
        elif el.category in ("ListItem", "NarrativeText", "UncategorizedText"):
            sections[-1]["items"].append({"text": text})
    return {"sections": sections}


def run_series(series_dir: Path, gold_dir: Path, engine: str) -> dict:
    """Parse one series in this process and return its figures."""
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    files = sorted(
        p
        for p in series_dir.iterdir()
        if p.suffix.lower() in (".pdf", ".docx", ".html", ".txt", ".md", ".eml") and p.name != "SOURCE.md"
    )
    pages = sum(_pages(p) for p in files)
    outputs: dict[str, dict] = {}
    if engine == "sitroom":
        from sitroom.read import parse_file

        parse_file(files[0])  # warm imports, as a long-running ingest would be
        t0, c0 = time.perf_counter(), time.process_time()
        for f in files:
            outputs[f.name] = parse_file(f)[0].to_json()
        secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    else:
        _unstructured_json(files[0])
        t0, c0 = time.perf_counter(), time.process_time()
        for f in files:
            outputs[f.name] = _unstructured_json(f)
        secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    headings = sum(1 for o in outputs.values() for s in o["sections"] if s.get("heading"))
    items = sum(len(s["items"]) for o in outputs.values() for s in o["sections"])
    result = {
        "series": series_dir.name,
        "engine": engine,
        "files": len(files),
        "pages": pages,
        "seconds": secs,
        # CPU time of this process: steadier than wall time on a shared machine.
        "cpu_seconds": cpu,
        "headings": headings,
        "items": items,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    scorer = _scorer()
    if scorer and (gold_dir / series_dir.name).exists():
        tot = {"h": [0, 0, 0], "i": [0, 0, 0], "s": [0, 0, 0]}
        keys = [0, 0]
        for g in sorted((gold_dir / series_dir.name).glob("*.json")):
            if g.name.startswith("links-"):
                continue
            gold = json.loads(g.read_text())
            name = gold["document"].split("/")[-1]
            if name not in outputs:
                continue
            sc = scorer.score_parse(gold, outputs[name])
            for k in tot:
                for n in range(3):
                    tot[k][n] += sc[k][n]
            if "k" in sc:  # section keys, where the gold names them
                keys = [keys[0] + sc["k"][0], keys[1] + sc["k"][1]]
        result["gold_docs"] = sum(
            1 for g in (gold_dir / series_dir.name).glob("*.json") if not g.name.startswith("links-")
        )
        result.update({k: scorer.prf(*tot[k])[2] for k in tot})
        if keys[1]:
            result["key_acc"] = keys[0] / keys[1]
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    ap.add_argument("--gold", type=Path, default=REPO / "tests" / "gold")
    ap.add_argument("--unstructured", action="store_true", help="also time and score unstructured")
    ap.add_argument("--series", nargs="+", help="only these series (folder names)")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    ap.add_argument("--engine", default="sitroom", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        print(json.dumps(run_series(a.corpus / a.one, a.gold, a.engine)))
        return
    if not a.corpus.exists():
        sys.exit(f"corpus not found: {a.corpus}")
    engines = ["sitroom"]
    if a.unstructured:
        if importlib.util.find_spec("unstructured") is None:
            print("unstructured is not installed: skipping the comparison")
        else:
            engines.append("unstructured")
    rows = []
    for series in sorted(p for p in a.corpus.iterdir() if p.is_dir() and (not a.series or p.name in a.series)):
        for engine in engines:
            out = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--corpus",
                    str(a.corpus),
                    "--gold",
                    str(a.gold),
                    "--one",
                    series.name,
                    "--engine",
                    engine,
                ],
                capture_output=True,
                text=True,
                check=False,
            )
            if out.returncode != 0:
                print(f"{series.name} [{engine}]: FAILED\n{out.stderr[-2000:]}")
                continue
            rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    head = (
        f"{'series':<30} {'engine':<12} {'files':>5} {'files/s':>8} {'pages/s':>8} {'heads':>6} {'items':>6} "
        f"{'RSS MB':>7} {'CPU s':>6} {'gold':>4} {'head F1':>7} {'item F1':>7} {'sect F1':>7} {'keys':>5}"
    )
    print(head)
    print("-" * len(head))
    for r in rows:
        fps = r["files"] / r["seconds"] if r["seconds"] else 0
        pps = r["pages"] / r["seconds"] if r["seconds"] and r["pages"] else 0
        acc = (
            f"{r.get('gold_docs', 0):>4} {r['h']:>7.3f} {r['i']:>7.3f} {r['s']:>7.3f}"
            if "h" in r
            else f"{'-':>4} {'-':>7} {'-':>7} {'-':>7}"
        )
        acc += f" {r['key_acc']:>5.2f}" if "key_acc" in r else f" {'-':>5}"
        print(
            f"{r['series']:<30} {r['engine']:<12} {r['files']:>5} {fps:>8.1f} {pps:>8.1f} {r['headings']:>6} "
            f"{r['items']:>6} {r['peak_rss_mb']:>7.0f} {r.get('cpu_seconds', 0):>6.2f} {acc}"
        )
    by = {(r["series"], r["engine"]): r for r in rows}
    for series in sorted({r["series"] for r in rows}):
        s, u = by.get((series, "sitroom")), by.get((series, "unstructured"))
        if s and u and s["seconds"]:
            print(f"{series}: sitroom is {u['seconds'] / s['seconds']:.1f}x faster than unstructured")


if __name__ == "__main__":
    main()
