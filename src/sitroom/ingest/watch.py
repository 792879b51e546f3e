"""A watched folder: files dropped in are ingested, then moved to done/ or to failed/ with the reason beside them.

A file is taken only once it is complete: its size and modification time have not changed for the quiet
time, and it opens cleanly (no writer holds a lock on it). A writer may still pause longer than that; so
a file moved to done/ is watched a while longer, and if it changes there its new bytes are ingested as a
new version (new bytes, new sha256: a new report).
"""

from __future__ import annotations

import logging
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from sitroom.display import one_line
from sitroom.ingest.ignore import IgnoreRules
from sitroom.ingest.pipeline import IngestOptions, IngestResult, IngestStatus, ingest_source
from sitroom.ingest.sources import file_source

try:
    import fcntl
except ImportError:  # Windows: a file being written cannot be opened for reading anyway
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)
DONE, FAILED = "done", "failed"
QUIET_SECONDS = 2.0
# How long a file moved to done/ is still watched for a writer that resumes, in quiet times (at least a minute).
_AFTERCARE_QUIET_TIMES = 30
_POLL_SECONDS = 0.2


@dataclass(slots=True)
class _Seen:
    """What a file looked like when last checked, and since when it has looked so."""

    state: tuple[int, int] | None
    since: float
    ingested: tuple[int, int] | None = None  # the state whose bytes were ingested (files in done/)


def _state(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def _unique_target(folder: Path, name: str) -> Path:
    target = folder / name
    n = 1
    while target.exists():
        target = folder / f"{Path(name).stem}.{n}{Path(name).suffix}"
        n += 1
    return target


def opens_cleanly(path: Path) -> bool:
    """Whether the file can be opened and read, and no writer holds an exclusive lock on it."""
    try:
        with path.open("rb") as f:
            if fcntl is not None:
                try:
                    fcntl.flock(f.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
                except BlockingIOError:
                    return False
                fcntl.flock(f.fileno(), fcntl.LOCK_UN)
            f.read(1)
    except OSError:
        return False
    return True


def process_file(engine: Engine, path: Path, root: Path, options: IngestOptions) -> tuple[IngestResult, Path | None]:
    """Ingest one complete dropped file and move it to done/ or failed/: the result and where it went.

    The file stays where it is (None for where) when it changed while it was being ingested: it is still
    being written, and is taken again once it is quiet (its new bytes a new version).
    """
    before = _state(path)
    result = ingest_source(engine, file_source(path), options)
    if _state(path) != before:
        return result, None
    dest_dir = root / (FAILED if result.status is IngestStatus.FAILED else DONE)
    dest_dir.mkdir(exist_ok=True)
    target = _unique_target(dest_dir, path.name)
    shutil.move(str(path), target)
    if result.status is IngestStatus.FAILED:
        line = f"{one_line(path.name)}: {result.reason}\n"
        target.with_name(target.name + ".error.txt").write_text(line, encoding="utf-8")
    return result, target


class _Handler(FileSystemEventHandler):
    def __init__(self, pending: set[Path], lock: threading.Lock, wake: threading.Event) -> None:
        self.pending, self.lock, self.wake = pending, lock, wake

    def _add(self, path: str | bytes) -> None:
        with self.lock:
            self.pending.add(Path(str(path)))
        self.wake.set()

    def on_created(self, event: FileSystemEvent) -> None:
        if not event.is_directory:
            self._add(event.src_path)

    def on_modified(self, event: FileSystemEvent) -> None:
        self.on_created(event)

    def on_moved(self, event: FileSystemEvent) -> None:
        if not event.is_directory:
            self._add(event.dest_path)

    def on_closed(self, event: FileSystemEvent) -> None:
        self.on_created(event)


class _Watcher:
    """The files of one watched folder waiting to be quiet, and the recently ingested ones in done/."""

    def __init__(self, engine: Engine, root: Path, options: IngestOptions, quiet_time: float) -> None:
        self.engine, self.root, self.options, self.quiet = engine, root, options, quiet_time
        self.waiting: dict[Path, _Seen] = {}
        self.aftercare: dict[Path, _Seen] = {}  # files in done/ whose writer may still resume
        self.aftercare_seconds = max(60.0, _AFTERCARE_QUIET_TIMES * quiet_time)

    def notice(self, path: Path) -> None:
        if path.parent != self.root or path in self.waiting:
            return
        if self.options.force or not IgnoreRules(self.root, self.options.exclude).ignored(path):
            self.waiting[path] = _Seen(_state(path), time.monotonic())

    def tick(self) -> list[IngestResult]:
        """Ingest every file that has become quiet; returns the results."""
        results = []
        now = time.monotonic()
        for path, seen in list(self.waiting.items()):
            if not self._quiet(path, seen, now):
                continue
            del self.waiting[path]
            if seen.state is None or not path.is_file():
                continue  # gone, or a folder
            result, moved = process_file(self.engine, path, self.root, self.options)
            if moved is None:
                self.notice(path)  # written to while it was read: taken again once quiet
            elif result.status is not IngestStatus.FAILED:
                self.aftercare[moved] = _Seen(seen.state, now, ingested=seen.state)
            # A file that changed while it was read and failed is no news: it is taken again.
            if moved is not None or result.status is not IngestStatus.FAILED:
                results.append(result)
        results.extend(self._aftercare(now))
        return results

    def _quiet(self, path: Path, seen: _Seen, now: float) -> bool:
        state = _state(path)
        if state != seen.state:
            seen.state, seen.since = state, now
            return state is None
        return now - seen.since >= self.quiet and (state is None or opens_cleanly(path))

    def _aftercare(self, now: float) -> list[IngestResult]:
        """A file in done/ that changed (its writer resumed after a long pause) is ingested again, in place."""
        results = []
        for path, seen in list(self.aftercare.items()):
            state = _state(path)
            if state is None or now - seen.since > self.aftercare_seconds:
                del self.aftercare[path]  # gone, or unchanged for long enough: its writer is done
                continue
            if state != seen.state:
                seen.state, seen.since = state, now
                continue
            if state == seen.ingested or now - seen.since < self.quiet or not opens_cleanly(path):
                continue
            seen.ingested = state
            result = ingest_source(self.engine, file_source(path), self.options)
            log.info("%s changed after it was ingested: %s", one_line(str(path)), result.status)
            results.append(result)
        return results


def watch(
    engine: Engine,
    root: Path,
    options: IngestOptions,
    on_result: Callable[[IngestResult], None] | None = None,
    stop: threading.Event | None = None,
    quiet_time: float = QUIET_SECONDS,
) -> None:
    """Ingest files dropped into ``root`` (and any already there) until ``stop`` is set or Ctrl-C.

    A file is ingested once its size and modification time have been still for ``quiet_time`` seconds.
    """
    root.mkdir(parents=True, exist_ok=True)
    stop = stop or threading.Event()
    watcher = _Watcher(engine, root, options, quiet_time)
    pending: set[Path] = set()
    lock = threading.Lock()
    wake = threading.Event()
    observer = Observer()
    observer.schedule(_Handler(pending, lock, wake), str(root), recursive=False)
    observer.start()
    for p in sorted(root.iterdir()):
        if p.is_file():
            watcher.notice(p)
    try:
        while not stop.is_set():
            with lock:
                arrived = sorted(pending)
                pending.clear()
            for path in arrived:
                watcher.notice(path)
            for result in watcher.tick():
                if on_result:
                    on_result(result)
            wake.wait(_POLL_SECONDS)
            wake.clear()
    finally:
        observer.stop()
        observer.join()
