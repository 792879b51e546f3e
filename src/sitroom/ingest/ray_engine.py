"""Ingest and re-parse on Ray: the pure stages of ``ingest.stages`` run as Ray tasks, in parallel, and
their results are stored by the same store stage as in one process (so the same reports, items, links,
risks and figures): by this process in the order the files came in, or on PostgreSQL by writer
processes that each own a share of the series (``ingest.ray_writers``).

Files are read by this process and sent to the workers, a few to a task (``CHUNK_FILES``), so a cluster
needs sitroom installed on every node but no shared disk. At most ``window`` tasks are in flight at once,
so memory stays flat however many files a run holds. Ray is an optional extra (``pip install 'sitroom[ray]'``).
"""

from __future__ import annotations

import os
import resource
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from sqlalchemy import Engine

from sitroom.errors import SitroomError
from sitroom.ingest.options import IngestOptions, IngestResult, IngestStatus, IngestSummary
from sitroom.ingest.ray_writers import Writers, cause_of, interleave_folders
from sitroom.ingest.reparse import (
    ReparseResult,
    load_original,
    originals_to_reparse,
    reparse_prepare,
    reparse_store,
)
from sitroom.ingest.sources import Source
from sitroom.ingest.stages import (
    DEFAULT_BATCH,
    Prepared,
    StageTimes,
    StoreQueue,
    known_of,
    prepare,
    read_source,
    sha256_of,
    short_name,
)
from sitroom.parse import AUTO
from sitroom.settings import TAXONOMY


class RayNotInstalled(SitroomError):
    """``--engine ray`` without the extra installed."""

    exit_code = 2

    def __init__(self) -> None:
        super().__init__("the Ray engine needs the 'ray' extra: pip install 'sitroom[ray]' (or pip install 'ray>=2.9')")


@dataclass(slots=True)
class WorkerMemory:
    """Resident memory of each worker process (MB), sampled after each task it ran."""

    samples: dict[int, list[float]] = field(default_factory=dict)

    def add(self, pid: int, rss_mb: float) -> None:
        self.samples.setdefault(pid, []).append(rss_mb)


@dataclass(slots=True)
class RayRun:
    """What the driver learns besides the results: stage costs and worker memory."""

    times: StageTimes = field(default_factory=StageTimes)
    memory: WorkerMemory = field(default_factory=WorkerMemory)


def _ray():
    try:
        import ray
    except ImportError:
        raise RayNotInstalled() from None
    return ray


def start(workers: int, address: str | None = None) -> None:
    """Join the cluster at ``address``, or start a local Ray with ``workers`` CPUs (once per process)."""
    ray = _ray()
    if ray.is_initialized():
        return
    common: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False, "configure_logging": False}
    if address:
        ray.init(address=address, **common)
    else:
        # Workers import sitroom as this process does (a source checkout on PYTHONPATH included).
        env = {k: v for k, v in os.environ.items() if k in ("PYTHONPATH", TAXONOMY)}
        # "local": a Ray of its own, never a cluster another `ray start` left on this machine.
        ray.init(address="local", num_cpus=workers, runtime_env={"env_vars": env} if env else None, **common)


def _warm() -> None:
    from sitroom.analyse.report_analysis import analyse_texts
    from sitroom.read import parse_text

    report = parse_text("Situation report 1 May 2020\n\nSTAFFING\n\n• 12 staff absent (5%).\n• Beds open.")
    analyse_texts([it.text for it in report.items()], report.date)


def warm_up(workers: int) -> None:
    """Have each worker load the parser and the taxonomy once, before a measured run (benchmarks)."""
    _ray().get([_submit(_warm) for _ in range(workers * 2)])


def stop() -> None:
    """Leave the cluster (a local Ray started by ``start`` shuts down)."""
    ray = _ray()
    if ray.is_initialized():
        ray.shutdown()


def _rss_mb() -> float:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:  # no /proc: the peak is the best there is
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _call(fn: Callable, *args: Any) -> tuple[Any, int, float]:
    """Run a pure stage on a worker; its result with the worker's pid and memory."""
    return fn(*args), os.getpid(), _rss_mb()


_remote_call = None


def _submit(fn: Callable, *args: Any):
    global _remote_call
    if _remote_call is None:
        _remote_call = _ray().remote(num_cpus=1, max_retries=1)(_call)
    return _remote_call.remote(fn, *args)


# A job: (context, a zero-argument function submitting the task, or None when the context is the answer).
Job = tuple[Any, Callable[[], Any] | None]

# Files sent to a worker in one task, at most: Ray's own cost of a task (a few ms of CPU in this process,
# the raylet and the worker, as much as a small file's parse) is shared by several files instead of paid
# by each. A chunk is cut short once it holds CHUNK_BYTES, so a big file does not hold back many others.
CHUNK_FILES = 4
CHUNK_BYTES = 2**20
# A file for the pure stages: its bytes, digest, name and short name (``stages.prepare``'s arguments).
File = tuple[bytes, str, str, str]


@dataclass(frozen=True, slots=True)
class StageFailed:
    """A file whose pure stages raised on a worker (a bug, not bad input): its own cause, the others go on."""

    cause: str


def prepare_chunk(files: list[File], options: IngestOptions) -> list[Prepared | StageFailed]:
    """``stages.prepare`` of each file of a chunk (bytes, digest, name, short name), in order."""
    out: list[Prepared | StageFailed] = []
    for data, digest, name, short in files:
        try:
            out.append(prepare(data, digest, name, short, options))
        except Exception as e:  # as a task of its own would have failed, this file alone
            out.append(StageFailed(cause_of(e)))
    return out


def in_order(
    jobs: Iterable[Job], window: int, memory: WorkerMemory, on_wait: Callable[[], None] | None = None
) -> Iterator[tuple[Any, Any]]:
    """Yield (context, task result) in the order of ``jobs``, with at most ``window`` jobs held at once. A
    task that raised yields the exception as its result. ``on_wait`` is called whenever the next result
    is not there yet (the caller stores what is waiting instead of idling)."""
    ray = _ray()
    jobs = iter(jobs)
    contexts: dict[int, Any] = {}
    in_flight: dict[Any, int] = {}
    ready: dict[int, Any] = {}
    submitted = done = 0
    exhausted = False
    while True:
        while not exhausted and len(in_flight) + len(ready) < window:
            job = next(jobs, None)
            if job is None:
                exhausted = True
                break
            contexts[submitted], submit = job
            if submit is None:
                ready[submitted] = None
            else:
                in_flight[submit()] = submitted
            submitted += 1
        while done in ready:
            yield contexts.pop(done), ready.pop(done)
            done += 1
        if not in_flight:
            if exhausted and done == submitted:
                return
            continue
        if on_wait is not None:
            on_wait()
        finished, _ = ray.wait(list(in_flight), num_returns=1)
        for ref in finished:
            n = in_flight.pop(ref)
            try:
                value, pid, rss = ray.get(ref)
                memory.add(pid, rss)
            except Exception as e:  # a worker crashed or the stage had a bug: this file fails, others go on
                value = e
            ready[n] = value


def ingest_sources_ray(
    engine: Engine,
    sources: Iterable[Source],
    options: IngestOptions,
    workers: int,
    on_result: Callable[[IngestResult], None] | None = None,
    run: RayRun | None = None,
    writers: int = 1,
    batch: int = DEFAULT_BATCH,
    pool: Writers | None = None,
) -> IngestSummary:
    """Ingest sources with the pure stages on Ray (``start`` first). With one writer the files are stored
    here in the sources' order; with more (PostgreSQL), by writer processes, one per group of series: those
    of ``pool`` if given (started beforehand, as ``writer_pool`` makes them), else started here.
    Either stores up to ``batch`` files waiting to be stored in one transaction (``stages.store_batch``)."""
    ray = _ray()
    run = run if run is not None else RayRun()
    summary = IngestSummary()
    shared_options = ray.put(options)
    # The pure stages keep 2 × workers + 2 chunks going, and as many more as a batch to be stored.
    window = 2 * workers + 2 + (-(-batch // CHUNK_FILES) if batch > 1 else 0)
    parallel = writers > 1 and engine.dialect.name == "postgresql"
    if parallel:
        sources = interleave_folders(sources)

    def submit(chunk: list[File]) -> Job:
        # The chunk is the context too: the store stage keeps each original's bytes.
        return chunk, (lambda: _submit(prepare_chunk, chunk, shared_options))

    def jobs() -> Iterator[Job]:
        todo = iter(sources)
        # A chunk's worth of files at a time, read and looked up in the database in one query: a re-run
        # skips what is stored, before any parsing.
        while group := list(islice(todo, CHUNK_FILES)):
            read = [(source, read_source(source, options)) for source in group]
            digests = {n: sha256_of(data) for n, (_, data) in enumerate(read) if isinstance(data, bytes)}
            stored = known_of(engine, list(digests.values()))
            chunk: list[File] = []
            for n, (source, data) in enumerate(read):
                if isinstance(data, IngestResult):
                    answer = data
                elif digests[n] in stored:
                    answer = IngestResult(source.name, IngestStatus.DUPLICATE)
                else:
                    chunk.append((data, digests[n], source.name, short_name(source.name, source.filename)))
                    if sum(len(c[0]) for c in chunk) >= CHUNK_BYTES:
                        yield submit(chunk)
                        chunk = []
                    continue
                if chunk:  # files keep their order: the chunk before goes first
                    yield submit(chunk)
                    chunk = []
                yield answer, None
            if chunk:
                yield submit(chunk)

    def entries(context: Any, value: Any) -> list[IngestResult | tuple[bytes, Prepared]]:
        """A job's files after the pure stages: stored next, or a result known already."""
        if isinstance(context, IngestResult):
            return [context]
        if isinstance(value, Exception) and len(context) > 1:
            # The chunk's task failed (a worker died): each file again alone, so only the culprit fails.
            value = [_alone(ray, file, shared_options) for file in context]
        values = value if isinstance(value, list) else [value] * len(context)
        out: list[IngestResult | tuple[bytes, Prepared]] = []
        for (data, _, name, _), prepared in zip(context, values, strict=True):
            if isinstance(prepared, Prepared):
                run.times.merge(prepared.times)
                out.append((data, prepared))
            else:
                cause = prepared.cause if isinstance(prepared, StageFailed) else cause_of(prepared)
                out.append(IngestResult(name, IngestStatus.FAILED, reason=f"worker failed: {cause}"))
        return out

    def emit(result: IngestResult) -> None:
        summary.results.append(result)
        if on_result:
            on_result(result)

    if parallel:
        pool = pool or writer_pool(engine, options, writers, batch)
        queue = None
    else:  # stored here, in order, a batch at a time: what came in while the last batch was stored
        pool, queue = None, StoreQueue(engine, options, batch, emit, run.times)

    def take(results: list[IngestResult]) -> None:
        for result in results:
            emit(result)

    # Files past the pure stages, at most, before this waits for a writer.
    held = window * CHUNK_FILES + writers * batch
    on_wait = queue.flush if queue is not None else (lambda: take(pool.collect(run.times, block=False)))
    for context, value in in_order(jobs(), window=window, memory=run.memory, on_wait=on_wait):
        for entry in entries(context, value):
            if queue is not None:
                queue.add(entry)
            elif isinstance(entry, IngestResult):
                emit(entry)
            elif entry[1].status is not None:  # not a report, or unreadable: nothing to store
                emit(IngestResult(entry[1].name, entry[1].status, reason=entry[1].reason))
            else:
                pool.submit(*entry)
                take(pool.collect(run.times, block=pool.held() > held))
    if queue is not None:
        queue.flush()
    else:
        while pool.held():
            take(pool.collect(run.times, block=True))
    return summary


def writer_pool(engine: Engine, options: IngestOptions, writers: int, batch: int = DEFAULT_BATCH) -> Writers:
    """``writers`` writer processes on ``engine``'s database (PostgreSQL), for ``ingest_sources_ray``."""
    return Writers(_ray(), engine.url.render_as_string(hide_password=False), options, writers, batch)


def _alone(ray: Any, file: File, shared_options: Any) -> Prepared | StageFailed | Exception:
    """One file's pure stages in a task of its own (after its chunk's task failed), or why that failed."""
    try:
        return ray.get(_submit(prepare_chunk, [file], shared_options))[0][0]
    except Exception as e:
        return e


def reparse_ray(
    engine: Engine,
    workers: int,
    report_ids: list[int] | None = None,
    template: str = AUTO,
    on_original: Callable[[int, int], None] | None = None,
    run: RayRun | None = None,
) -> list[ReparseResult]:
    """``ingest.reparse.reparse`` with the parsing and analysis of each original on Ray (``start`` first)."""
    run = run if run is not None else RayRun()
    digests = originals_to_reparse(engine, report_ids)

    def jobs() -> Iterator[Job]:
        for digest in digests:
            job, data = load_original(engine, digest, report_ids)
            yield job, (lambda j=job, d=data: _submit(reparse_prepare, j, d, template))

    results: list[ReparseResult] = []
    for done, (job, value) in enumerate(in_order(jobs(), window=2 * workers + 2, memory=run.memory)):
        if on_original:
            on_original(done, len(digests))
        if isinstance(value, Exception):
            results.extend(
                ReparseResult(p.report_id, p.source, 0, 0, f"worker failed: {cause_of(value)}") for p in job.parts
            )
            continue
        results.extend(reparse_store(engine, job, value))
    if on_original:
        on_original(len(digests), len(digests))
    return results
