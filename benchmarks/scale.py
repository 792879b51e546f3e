"""Ingest at scale: the same generated reports into PostgreSQL in this process and on Ray with 1 and 2
workers (or those of ``--workers``); per-stage cost per report and a projection to a million reports.

    python benchmarks/scale.py [--reports 300] [--formats txt,docx,pdf] [--workers 1,2] [--pg URL]
                               [--runs local,ray,writers,again] [--batch 16] [--cpu-by-process]

Runs: in this process; on Ray with each number of ``--workers`` and one writer (the driver stores, in
file order); and on Ray with the most workers and as many writer processes (each owning some series),
started before the clock as Ray is.
Prints, per run: reports per second, speed-up against the in-process run, worker memory (first, last
and peak sample, MB) and the cost of each stage per report (extract, parse, analyse: on the workers;
link and write: in the process that stores, one transaction per batch of up to ``--batch`` files waiting
to be stored), and the CPU the run cost the machine in all (this process, Ray's processes and
PostgreSQL's but its backends of other databases, per report; with ``--cpu-by-process``, by kind of
process: ``machine_cpu``) with the rate that sets as a ceiling: every core busy on the run and nothing
else. The projection to a million
reports takes the per-stage costs of the last Ray run: the pure stages spread over W workers; the store
stage is either one writer, time per report = max(pure / W, link + write), or W writers, one per group
of series, = max(pure, link + write) / W, until the one database saturates (not modelled: measure it).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import machine_cpu
from scratch import DEFAULT_PG, scratch_engine

from sitroom.generate import generate_corpus
from sitroom.ingest import IngestOptions, IngestStatus
from sitroom.ingest.pipeline import ingest_sources, list_sources
from sitroom.ingest.stages import DEFAULT_BATCH, StageTimes

PURE = ("extract", "parse", "analyse")
CORES = os.cpu_count() or 1
# elapsed s, CPU s of the machine by kind of process, stage times, memory samples by worker, reports stored
Run = tuple[float, dict[str, float], StageTimes, dict[int, list[float]], int]
STORE = ("link", "write")


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def run_local(sources, options) -> Run:
    times, memory = StageTimes(), {os.getpid(): []}
    with scratch_engine("postgresql", ARGS.pg) as engine:
        from sitroom.ingest.ray_engine import _warm

        _warm()  # as the Ray runs are: parser and taxonomy loaded before the clock starts
        done = []

        def sample(result) -> None:
            if len(done) % 25 == 0:
                memory[os.getpid()].append(rss_mb())
            done.append(result)

        database = engine.url.database
        start, cpu = time.perf_counter(), machine_cpu.snapshot(database)
        summary = ingest_sources(engine, sources, options, on_result=sample, batch=ARGS.batch, times=times)
        elapsed, cpu = time.perf_counter() - start, machine_cpu.spent(cpu, machine_cpu.snapshot(database))
        stored = summary.count(IngestStatus.INGESTED)
    memory[os.getpid()].append(rss_mb())
    return elapsed, cpu, times, memory, stored


def run_ray(sources, options, workers: int, writers: int = 1) -> Run:
    from sitroom.ingest import ray_engine

    started = time.perf_counter()
    ray_engine.start(workers)
    ray_engine.warm_up(workers)
    print(f"  (Ray with {workers} CPU(s) started and warmed in {time.perf_counter() - started:.1f} s, not counted)")
    run = ray_engine.RayRun()
    try:
        with scratch_engine("postgresql", ARGS.pg) as engine:
            pool = None
            if writers > 1:
                # Each writer process costs seconds of CPU to start and import: a fixed cost, as Ray's
                # start is, which a long run spreads thin; it is kept out of the measure here too.
                started = time.perf_counter()
                pool = ray_engine.writer_pool(engine, options, writers, ARGS.batch)
                pool.ready()
                print(f"  ({writers} writers started in {time.perf_counter() - started:.1f} s, not counted)")
            database = engine.url.database
            start, cpu = time.perf_counter(), machine_cpu.snapshot(database)
            summary = ray_engine.ingest_sources_ray(
                engine, sources, options, workers, run=run, writers=writers, batch=ARGS.batch, pool=pool
            )
            # Read before Ray stops, so no process of the run has ended uncounted.
            elapsed, cpu = time.perf_counter() - start, machine_cpu.spent(cpu, machine_cpu.snapshot(database))
            if pool is not None:
                print(f"  {pool.sent[1] / max(pool.sent[0], 1):.1f} files per writer transaction")
    finally:
        ray_engine.stop()
    return elapsed, cpu, run.times, run.memory.samples, summary.count(IngestStatus.INGESTED)


def per_report_ms(times: StageTimes, n: int) -> dict[str, float]:
    return {stage: 1000 * times.seconds.get(stage, 0.0) / n for stage in (*PURE, *STORE)}


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="sitroom-scale-") as tmp:
        # At most six: the generator's seventh series and on are the same six publications under a second
        # council's name, which series identity files with the first council's (see the README), so their
        # reports would arrive out of date order and be linked again and again; not what this measures.
        series = max(1, min(6, ARGS.reports // 50))
        per_series = -(-ARGS.reports // series)
        generate_corpus(Path(tmp), series, per_series, ARGS.formats.split(","), seed=1, organisations=2)
        options = IngestOptions()
        sources = list_sources([Path(tmp)], options.max_bytes, options)[: ARGS.reports]
        print(
            f"{len(sources)} generated reports in {series} series ({ARGS.formats}), into PostgreSQL,"
            f" up to {ARGS.batch} per transaction\n"
        )
        runs = []
        if "local" in ARGS.runs:
            runs.append(("in-process", lambda: run_local(sources, options)))
        if "ray" in ARGS.runs:
            runs += [(f"Ray, {w} worker(s), 1 writer", lambda w=w: run_ray(sources, options, w)) for w in ARGS.workers]
        most = max(ARGS.workers)
        if most > 1 and "writers" in ARGS.runs:
            runs.append((f"Ray, {most} workers, {most} writers", lambda: run_ray(sources, options, most, most)))
        # Again at the end: on a shared machine the load drifts during a run; this shows by how much.
        if "again" in ARGS.runs:
            runs.append(("in-process, again", lambda: run_local(sources, options)))
        base = None
        costs = {}
        for label, go in runs:
            print(f"{label} … (load average {os.getloadavg()[0]:.1f})")
            elapsed, by_kind, times, memory, stored = go()
            cpu = machine_cpu.total(by_kind)
            rate = stored / elapsed
            base = base or rate
            costs[label] = per_report_ms(times, max(stored, 1))
            stages = ", ".join(f"{k} {v:.0f}" for k, v in costs[label].items())
            print(
                f"  {stored} reports in {elapsed:.1f} s: {rate:.1f} reports/s, speed-up {rate / base:.2f}×"
                f" (load average {os.getloadavg()[0]:.1f} at the end)"
            )
            print(f"  ms per report: {stages}")
            # The ceiling this machine sets: every core busy on this run's work and nothing else.
            ceiling = stored / cpu * CORES if cpu else float("inf")
            print(
                f"  CPU of the run, all its processes and PostgreSQL: {1000 * cpu / max(stored, 1):.0f} ms per"
                f" report; with all {CORES} cores on it at most {ceiling:.1f} reports/s ({ceiling / base:.2f}×)"
            )
            if ARGS.cpu_by_process:
                kinds = sorted(by_kind.items(), key=lambda kv: -kv[1])
                print(
                    "  CPU ms per report by process: "
                    + ", ".join(f"{k} {1000 * v / max(stored, 1):.1f}" for k, v in kinds)
                )
            for pid, samples in memory.items():
                # At each quarter of the run too: growth that levels off is caches filling, not a leak.
                quarters = " → ".join(f"{samples[len(samples) * q // 4]:.0f}" for q in (1, 2, 3))
                print(
                    f"  worker {pid}: {len(samples)} samples, first {samples[0]:.0f} MB, {quarters},"
                    f" last {samples[-1]:.0f} MB, peak {max(samples):.0f} MB"
                )
        ray_runs = [label for label, _ in runs if label.startswith("Ray")]
        cost = costs[ray_runs[-1] if ray_runs else runs[-1][0]]
        pure, store = sum(cost[s] for s in PURE), sum(cost[s] for s in STORE)
        print(f"\nprojection for 1,000,000 reports (pure stages {pure:.0f} ms, store {store:.0f} ms per report):")
        for w in (16, 64):
            one = max(pure / w, store)
            many = max(pure, store) / w
            print(
                f"  {w} workers, 1 writer: {1000 / one:.0f} reports/s, {1e6 * one / 3.6e6:.1f} h"
                f" (bound by {'the writer' if store >= pure / w else 'parsing'});"
                f" {w} writers: {1000 / many:.0f} reports/s, {1e6 * many / 3.6e6:.1f} h"
                f" (bound by {'linking and writes' if store >= pure else 'parsing'}, then by the database)"
            )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=300)
    parser.add_argument("--formats", default="txt,docx,pdf")
    parser.add_argument("--workers", type=lambda s: [int(w) for w in s.split(",")], default=[1, 2])
    parser.add_argument("--pg", default=DEFAULT_PG)
    parser.add_argument("--batch", type=int, default=DEFAULT_BATCH, help="files stored in one transaction, at most")
    parser.add_argument(
        "--runs",
        type=lambda s: set(s.split(",")),
        default={"local", "ray", "writers", "again"},
        help="which runs: local (in this process), ray (1 writer), writers (as many as workers), again",
    )
    parser.add_argument("--cpu-by-process", action="store_true", help="the run's CPU per report by kind of process too")
    ARGS = parser.parse_args()
    sys.exit(main())
