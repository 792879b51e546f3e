"""A watched folder: files dropped in are ingested, then moved to done/ or to failed/ with the reason beside them."""

from __future__ import annotations

import logging
import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine
from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from sitroom.ingest.ignore import IgnoreRules
from sitroom.ingest.pipeline import IngestOptions, IngestResult, IngestStatus, ingest_source
from sitroom.ingest.sources import file_source

log = logging.getLogger(__name__)
DONE, FAILED = "done", "failed"
# A file still being copied keeps changing size; wait until it has been still for this long.
SETTLE_SECONDS = 0.5


def _unique_target(folder: Path, name: str) -> Path:
    target = folder / name
    n = 1
    while target.exists():
        target = folder / f"{Path(name).stem}.{n}{Path(name).suffix}"
        n += 1
    return target


def process_file(engine: Engine, path: Path, root: Path, options: IngestOptions) -> IngestResult | None:
    """Ingest one dropped file and move it out of the way; None when it vanished or is not ours."""
    if (
        not path.is_file()
        or path.parent != root
        or (not options.force and IgnoreRules(root, options.exclude).ignored(path))
    ):
        return None  # gone, not a sitrep, or already moved to done/ or failed/
    if not _settled(path):
        return None
    result = ingest_source(engine, file_source(path), options)
    dest_dir = root / (FAILED if result.status is IngestStatus.FAILED else DONE)
    dest_dir.mkdir(exist_ok=True)
    target = _unique_target(dest_dir, path.name)
    shutil.move(str(path), target)
    if result.status is IngestStatus.FAILED:
        target.with_name(target.name + ".error.txt").write_text(f"{path.name}: {result.reason}\n", encoding="utf-8")
    return result


def _settled(path: Path, seconds: float = SETTLE_SECONDS) -> bool:
    try:
        size = path.stat().st_size
        time.sleep(seconds)
        return path.exists() and path.stat().st_size == size
    except FileNotFoundError:
        return False


class _Handler(FileSystemEventHandler):
    def __init__(self, queue: list[Path], wake: threading.Event) -> None:
        self.queue, self.wake = queue, wake

    def on_created(self, event: FileSystemEvent) -> None:
        if not event.is_directory:
            self.queue.append(Path(str(event.src_path)))
            self.wake.set()

    def on_moved(self, event: FileSystemEvent) -> None:
        if not event.is_directory:
            self.queue.append(Path(str(event.dest_path)))
            self.wake.set()

    def on_closed(self, event: FileSystemEvent) -> None:
        self.on_created(event)


def watch(
    engine: Engine,
    root: Path,
    options: IngestOptions,
    on_result: Callable[[IngestResult], None] | None = None,
    stop: threading.Event | None = None,
) -> None:
    """Ingest files dropped into ``root`` (and any already there) until ``stop`` is set or Ctrl-C."""
    root.mkdir(parents=True, exist_ok=True)
    stop = stop or threading.Event()
    queue: list[Path] = sorted(p for p in root.iterdir() if p.is_file())
    wake = threading.Event()
    observer = Observer()
    observer.schedule(_Handler(queue, wake), str(root), recursive=False)
    observer.start()
    try:
        while not stop.is_set():
            while queue:
                path = queue.pop(0)
                if path.parent != root:
                    continue
                result = process_file(engine, path, root, options)
                if result and on_result:
                    on_result(result)
            wake.wait(0.5)
            wake.clear()
    finally:
        observer.stop()
        observer.join()
