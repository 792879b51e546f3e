"""A real `sitroom serve` process for tests that cross process boundaries."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx


def free_port() -> int:
    """A TCP port free on loopback right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def served(db: str, *options: str, start_within: float = 90) -> Iterator[str]:
    """`sitroom serve --db DB OPTIONS…` on its own port; yields its base URL once it answers."""
    port = free_port()
    cmd = [sys.executable, "-c", "from sitroom.cli import main; main()", "serve", *options]
    proc = subprocess.Popen([*cmd, "--port", str(port), "--db", db], stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + start_within
        while True:
            assert proc.poll() is None, proc.stderr.read().decode()
            try:
                httpx.get(f"{base}/api/v1/health", timeout=5)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        proc.wait(30)
