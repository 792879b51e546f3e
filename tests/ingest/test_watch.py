"""The watched folder takes a file only once it is complete, and a file that changes after it was taken
is ingested again as a new version. Writers here are real: a second thread writing with pauses."""

from __future__ import annotations

import fcntl
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from sitroom.ingest import IngestOptions, IngestResult, IngestStatus
from sitroom.ingest.watch import watch
from sitroom.store import make_engine, session_scope
from sitroom.store.tables import Item, Report

HEAD = "Northfield Council – Housing Sitrep No. 4 – as of 11 May 2020\n\nKEY ACTIVITY HEADLINES\n\n"
FIRST = "• Rough sleepers accommodated in hotels: 120 people;\n"
LAST = "• Move-on plans agreed with all hotel providers this week.\n"


class Watching:
    def __init__(self, inbox: Path, quiet_time: float) -> None:
        self.engine = make_engine(f"sqlite:///{inbox.parent / 'watch.db'}")
        self.results: list[IngestResult] = []
        self.stop = threading.Event()
        args = (self.engine, inbox, IngestOptions(), self.results.append, self.stop)
        self.thread = threading.Thread(target=watch, args=args, kwargs={"quiet_time": quiet_time}, daemon=True)
        self.thread.start()
        time.sleep(0.3)  # the observer is running

    def wait_for(self, done: Callable[[], bool], seconds: float = 15) -> None:
        deadline = time.monotonic() + seconds
        while not done() and time.monotonic() < deadline:
            time.sleep(0.05)

    def stored_items(self) -> list[list[str]]:
        """The item texts of each stored report, in ingest order."""
        with session_scope(self.engine, write=False) as s:
            ids = s.scalars(select(Report.id).order_by(Report.id)).all()
            return [s.scalars(select(Item.text).where(Item.report_id == i).order_by(Item.id)).all() for i in ids]


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


@pytest.fixture
def watching(inbox: Path, request: pytest.FixtureRequest) -> Iterator[Watching]:
    w = Watching(inbox, request.param)
    yield w
    w.stop.set()
    w.thread.join(timeout=10)
    w.engine.dispose()


def _write_with_pause(path: Path, pause: float, lock: bool = False) -> None:
    with path.open("w", encoding="utf-8") as f:
        if lock:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX)
        f.write(HEAD + FIRST)
        f.flush()
        time.sleep(pause)
        f.write(LAST)


@pytest.mark.parametrize("watching", [1.5], indirect=True)
def test_a_writer_pausing_under_the_quiet_time_gets_its_whole_file_ingested_once(inbox, watching):
    _write_with_pause(inbox / "sitrep-4.txt", pause=0.9)
    watching.wait_for(lambda: len(watching.results) >= 1)
    time.sleep(0.5)
    assert [r.status for r in watching.results] == [IngestStatus.INGESTED]
    assert [items[-1] for items in watching.stored_items()] == [LAST.strip("• \n")]
    assert [p.name for p in (inbox / "done").iterdir()] == ["sitrep-4.txt"]


@pytest.mark.parametrize("watching", [0.3], indirect=True)
def test_a_file_completed_after_it_was_taken_is_ingested_again_as_a_new_version(inbox, watching):
    _write_with_pause(inbox / "sitrep-4.txt", pause=1.5)  # long enough for the half file to be taken
    watching.wait_for(lambda: len(watching.results) >= 2)
    assert [r.status for r in watching.results] == [IngestStatus.INGESTED, IngestStatus.INGESTED]
    first, second = watching.stored_items()
    assert first[-1] == FIRST.strip("• \n") and second[-1] == LAST.strip("• \n")
    assert [p.name for p in (inbox / "done").iterdir()] == ["sitrep-4.txt"]


@pytest.mark.parametrize("watching", [0.3], indirect=True)
def test_a_file_locked_by_its_writer_waits_until_the_lock_is_released(inbox, watching):
    writer = threading.Thread(target=_write_with_pause, args=(inbox / "sitrep-4.txt", 1.5, True))
    writer.start()
    time.sleep(1.2)  # written, quiet for longer than the quiet time, but still locked
    assert watching.results == []
    writer.join()
    watching.wait_for(lambda: len(watching.results) >= 1)
    assert [items[-1] for items in watching.stored_items()] == [LAST.strip("• \n")]
