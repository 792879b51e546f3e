"""Memory of a worker over a run: the pure stages (extract, parse, analyse) of generated reports, one after
another in this process as a Ray worker runs them, with resident memory and CPU time per report printed
at each quarter. Flat after the first quarter is what a long run needs.

    python benchmarks/worker_memory.py [--reports 1200] [--formats txt,docx,pdf]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from sitroom.generate import generate_corpus
from sitroom.ingest import IngestOptions
from sitroom.ingest.pipeline import list_sources
from sitroom.ingest.ray_engine import _warm
from sitroom.ingest.stages import prepare, sha256_of, short_name


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main(reports: int, formats: list[str]) -> None:
    with tempfile.TemporaryDirectory(prefix="sitroom-memory-") as tmp:
        generate_corpus(Path(tmp), 6, -(-reports // 6), formats, seed=1, organisations=2)
        options = IngestOptions()
        sources = list_sources([Path(tmp)], options.max_bytes, options)[:reports]
        _warm()  # parser and taxonomy loaded, as a warmed worker has them
        marks = [f"start {rss_mb():.0f} MB"]
        start = time.process_time()
        for n, source in enumerate(sources, 1):
            data = source.read()
            prepare(data, sha256_of(data), source.name, short_name(source.name, source.filename), options)
            if n % max(1, len(sources) // 4) == 0:
                marks.append(f"{n}: {rss_mb():.0f} MB")
        cpu = 1000 * (time.process_time() - start) / max(1, len(sources))
    print(f"{len(sources)} reports ({','.join(formats)}): " + " → ".join(marks) + f"; {cpu:.1f} ms CPU per report")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1200)
    parser.add_argument("--formats", default="txt,docx,pdf")
    args = parser.parse_args()
    main(args.reports, args.formats.split(","))
