"""One messy inbox: every corpus document under a meaningless name, ingested without --series.

    python benchmarks/inbox.py [--corpus DIR] [--seed 7] [--keep DIR]

Copies each document of ../shared/corpus (13 publications) into one temporary folder as
"sitrep (N).ext" in shuffled order, with the corpus's README.md, NOTES.md and one SOURCE.md beside them
under their own names (not reports: they must be left out), ingests the folder into a fresh SQLite file
and prints:

- series found against the publications, with the purity (share of a series' reports from its main
  publication) and completeness (share of a publication's reports in its main series) of each;
- dates within a day of the printed date: the truth is the ISO date each corpus file name starts with
  (a name of only a year and month, "2019-09", accepts any day of that month). The WHO weekly updates'
  names are their publication dates while each prints only its data cut-off ("as of 18 October 2020"),
  a day earlier except edition 10 (two days), which therefore counts as a miss;
- report numbers right, for the publications that number their reports (truth: NUMBERS below, written
  from each folder's SOURCE.md and file names).

Only this script reads the corpus names; sitroom sees "sitrep (N).pdf".
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from sitroom.ingest import IngestOptions, ingest_paths
from sitroom.store import make_engine, session_scope
from sitroom.store.series_suggestions import MERGE, accept
from sitroom.store.tables import Report, Series
from sitroom.views.suggestions import open_suggestions

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"

# The report number printed on each document, for the publications that print one: the number in the
# corpus file name (SOURCE.md: "File name = date + number"), or the number range SOURCE.md gives. NICD's
# update numbers, the OMP week numbers and the Green Team meeting numbers are in the original file names or
# addresses only, not printed in the documents; of the WHO weekly editions only edition 1 prints its number.
NUMBERED = {
    "dswd-dromic-covid19": r"report-(\d+)",
    "spain-ccaes-covid19-actualizacion": r"actualizacion-(\d+)",
    "uganda-moh-ebola-sitreps": r"sitrep-(\d+)",
}
FIRST_NUMBER = {"who-covid-sitreps": (16, 12), "who-covid-weekly-epi-update": (1, 1)}


@dataclass(frozen=True, slots=True)
class Truth:
    publication: str
    first: date
    last: date
    number: int | None


def _truth(path: Path, index: int) -> Truth:
    pub = path.parent.name
    full = re.match(r"(\d{4})-(\d{2})-(\d{2})", path.name)
    if full:
        first = last = date(*map(int, full.groups()))
    else:
        year, month = map(int, re.match(r"(\d{4})-(\d{2})", path.name).groups())
        first = date(year, month, 1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    number = None
    if pub in NUMBERED:
        number = int(re.search(NUMBERED[pub], path.name).group(1))
    elif pub in FIRST_NUMBER and index < FIRST_NUMBER[pub][1]:
        number = FIRST_NUMBER[pub][0] + index
    return Truth(pub, first, last, number)


def build_inbox(corpus: Path, inbox: Path, seed: int) -> tuple[dict[str, Truth], int]:
    """Fill ``inbox``; returns the truth per new file name and how many non-reports were added."""
    docs: list[tuple[Path, Truth]] = []
    for folder in sorted(p for p in corpus.iterdir() if p.is_dir()):
        files = sorted(f for f in folder.iterdir() if f.is_file() and f.name != "SOURCE.md")
        docs += [(f, _truth(f, i)) for i, f in enumerate(files)]
    random.Random(seed).shuffle(docs)
    truth = {}
    for n, (path, t) in enumerate(docs, 1):
        name = f"sitrep ({n}){path.suffix.lower()}"
        shutil.copyfile(path, inbox / name)
        truth[name] = t
    extras = [corpus / "README.md", corpus / "NOTES.md", next(corpus.glob("*/SOURCE.md"))]
    for extra in extras:
        shutil.copyfile(extra, inbox / extra.name)
    # README and SOURCE are left out by default; notes of one's own are named in a .sitroomignore.
    (inbox / ".sitroomignore").write_text("NOTES.md\n")
    return truth, len(extras)


def _pct(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.0f}%)" if whole else "0/0"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--keep", type=Path, help="keep the SQLite database here")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        inbox = Path(tmp) / "inbox"
        inbox.mkdir()
        truth, extras = build_inbox(args.corpus, inbox, args.seed)
        db = args.keep or Path(tmp) / "inbox.db"
        engine = make_engine(f"sqlite:///{db}")
        started = time.perf_counter()
        summary = ingest_paths(engine, [inbox], IngestOptions())
        elapsed = time.perf_counter() - started
        rows = _rows(engine)
        with session_scope(engine, write=False) as s:
            suggestions = open_suggestions(s)
        while True:
            with session_scope(engine) as s:
                merge = next((v for v in open_suggestions(s) if v.kind == MERGE), None)
                if merge is None:
                    break
                accept(s, merge.id)
        accepted = _rows(engine)
        engine.dispose()
    report(truth, extras, rows, summary, elapsed)
    print(f"\nopen suggestions: {len(suggestions)}")
    for v in suggestions:
        print(f"  {v.kind} {v.score:.2f}: {v.text[:150]}")
    print("after accepting every merge suggestion:")
    report(truth, extras, accepted, summary, elapsed, brief=True)


def _rows(engine) -> list:
    with session_scope(engine, write=False) as s:
        return s.execute(
            select(Report.source, Report.period_date, Report.number, Series.name).join(
                Series, Series.id == Report.series_id
            )
        ).all()


def report(truth: dict[str, Truth], extras: int, rows, summary, elapsed: float, brief: bool = False) -> None:
    """Print the figures (``brief``: series only)."""
    publications = sorted({t.publication for t in truth.values()})
    stored = [(Path(src).name, d, n, series) for src, d, n, series in rows]
    strays = [name for name, *_ in stored if name not in truth]
    known = [(truth[name], d, n, series) for name, d, n, series in stored if name in truth]
    by_series: dict[str, Counter] = defaultdict(Counter)
    by_pub: dict[str, Counter] = defaultdict(Counter)
    for t, _, _, series in known:
        by_series[series][t.publication] += 1
        by_pub[t.publication][series] += 1
    print(f"documents {len(truth)} + {extras} non-reports; ingest {elapsed:.1f} s")
    print(f"not reports stored: {len(strays)} of {extras} {strays if strays else ''}")
    print(f"series found: {len(by_series) + len({s for *_, s in stored} - set(by_series))} for {len(publications)}")
    print(f"{'publication':36} {'docs':>4} {'complete':>9} {'pure':>6}  series")
    complete = pure = 0
    for pub in publications:
        series, count = by_pub[pub].most_common(1)[0]
        total = sum(by_pub[pub].values())
        purity = by_series[series][pub] / sum(by_series[series].values())
        complete += count == total
        pure += purity == 1
        print(f"{pub:36} {total:4} {count / total:9.0%} {purity:6.0%}  {series[:60]}")
        for other, n in by_pub[pub].most_common()[1:]:
            print(f"{'':36} {'':4} {'':9} {'':6}  + {n} in {other[:60]}")
    print(f"complete publications: {complete}/{len(publications)}; pure: {pure}/{len(publications)}")
    if brief:
        return
    dated = [t for t, d, _, _ in known if d and t.first - timedelta(days=1) <= d <= t.last + timedelta(days=1)]
    print(f"dates within a day: {_pct(len(dated), len(known))}")
    wrong = [(t, d) for t, d, _, _ in known if t not in dated]
    for t, d in sorted(wrong, key=lambda x: (x[0].publication, x[0].first)):
        print(f"  date {t.publication} {t.first}: got {d}")
    numbered = [(t, n) for t, _, n, _ in known if t.number is not None]
    right = [t for t, n in numbered if n == t.number]
    print(f"numbers right: {_pct(len(right), len(numbered))}")
    for t, n in sorted(numbered, key=lambda x: (x[0].publication, x[0].first)):
        if n != t.number:
            print(f"  number {t.publication} {t.first}: {t.number}, got {n}")
    unnumbered = [(t, n) for t, _, n, _ in known if t.number is None and n is not None]
    print(f"numbers read from reports that print none (by the corpus notes): {len(unnumbered)}")
    for t, n in sorted(unnumbered, key=lambda x: (x[0].publication, x[0].first)):
        print(f"  number {t.publication} {t.first}: got {n}")
    skipped = [r for r in summary.results if r.status == "skipped"]
    failed = [r for r in summary.results if r.status == "failed"]
    print(f"left out by name: {len(getattr(summary, 'ignored', []))}; skipped as not reports: {len(skipped)}")
    print(f"failed: {len(failed)}")
    for r in failed:
        print(f"  failed {Path(r.source).name}: {r.reason}")


if __name__ == "__main__":
    main()
