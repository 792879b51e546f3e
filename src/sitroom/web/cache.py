"""Per-app cache of views that are expensive to compute and read far more often than the store changes.

Entries are keyed by what the view depends on (its parameters and the reader's visible series) and
stamped with the store's version (``store.version``): a new report, a rename, a merge, a delete or a
restore makes them stale at once. Entries also expire after ``ttl`` seconds, because some views depend
on the clock as well (a return becomes late as days pass). One cache per app, never module-global.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

T = TypeVar("T")


class ViewCache:
    """A small thread-safe LRU of computed views."""

    def __init__(self, size: int = 64, ttl: float = 300.0) -> None:
        self.size, self.ttl = size, ttl
        self._entries: OrderedDict[Hashable, tuple[float, Hashable, object]] = OrderedDict()
        self._lock = threading.Lock()
        self._computing: dict[Hashable, threading.Lock] = {}

    def get(self, key: Hashable, version: Hashable, compute: Callable[[], T]) -> T:
        """The cached value of ``key`` at ``version``, computed when absent or stale.

        One request computes a key at a time. Others asking for it meanwhile get the previous value
        if there is one (a second or two old), or wait for the result: never twenty requests each
        composing the same dashboard at once.
        """
        hit = self._fresh(key, version)
        if hit is not None:
            return hit[0]  # type: ignore[return-value]
        with self._lock:
            key_lock = self._computing.setdefault(key, threading.Lock())
            stale = self._entries.get(key)
        if not key_lock.acquire(blocking=stale is None):
            return stale[2]  # type: ignore[index,return-value]
        try:
            hit = self._fresh(key, version)
            if hit is not None:
                return hit[0]  # type: ignore[return-value]
            value = compute()
            with self._lock:
                self._entries[key] = (time.monotonic(), version, value)
                self._entries.move_to_end(key)
                while len(self._entries) > self.size:
                    gone, _ = self._entries.popitem(last=False)
                    self._computing.pop(gone, None)
        finally:
            key_lock.release()
        return value

    def _fresh(self, key: Hashable, version: Hashable) -> tuple[object] | None:
        with self._lock:
            hit = self._entries.get(key)
            if hit is not None and hit[1] == version and time.monotonic() - hit[0] < self.ttl:
                self._entries.move_to_end(key)
                return (hit[2],)
        return None

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
