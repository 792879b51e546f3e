"""`sitroom serve --workers 2`: several processes serve one database."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import httpx


def test_two_worker_processes_serve_the_store(seeded_db):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cmd = [sys.executable, "-c", "from sitroom.cli import main; main()", "serve", "--workers", "2"]
    proc = subprocess.Popen([*cmd, "--port", str(port), "--db", seeded_db], stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, proc.stderr.read().decode()
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=5)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.3)
        assert health.json()["status"] == "ok"
        url = f"http://127.0.0.1:{port}/api/v1/reports?limit=1"
        statuses = {httpx.get(url, timeout=5).status_code for _ in range(6)}
        assert statuses == {200}
    finally:
        proc.terminate()
        proc.wait(20)
