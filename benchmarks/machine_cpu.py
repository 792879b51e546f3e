"""The CPU a benchmark run costs the machine, by kind of process: this process (the driver), its
descendants (Ray's gcs_server, raylet, workers running the pure stages, writer actors, background
processes) and PostgreSQL (the backends of the run's database, and the server's own processes, whose
CPU includes that of backends which have ended). Read from /proc, so user and system CPU seconds,
whatever else the machine is doing: on a shared machine wall time drifts with the load, CPU much less.

    before = snapshot("sitroom_bench_1234")
    ...
    by_kind = spent(before, snapshot("sitroom_bench_1234"))
"""

from __future__ import annotations

import os
from pathlib import PurePath

# Kinds of process whose CPU is not the run's: backends of other databases on the same server.
NOT_OURS = "postgres, other databases"


def _cpu_seconds(pid: int) -> float:
    """User and system CPU of a process and of the children it has reaped (PostgreSQL's ended backends)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:  # it ended between the listing and the reading
        return 0.0
    return sum(int(v) for v in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def _processes() -> dict[int, tuple[int, list[str]]]:
    """Each process: its parent and its command line (a process title, as Ray's workers set it)."""
    out = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                parent = int(f.read().rsplit(")", 1)[1].split()[1])
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                args = f.read().decode(errors="replace").split("\0")
        except OSError:
            continue
        out[int(entry)] = (parent, [a for a in args if a])
    return out


def _is_postgres(head: str) -> bool:
    return PurePath(head.split()[0]).name.startswith("postgres") if head.strip() else False


def kind_of(pid: int, args: list[str], database: str | None) -> str:
    """What a process of the run is, from its command line."""
    if pid == os.getpid():
        return "driver"
    head = args[0] if args else ""
    if head.startswith("postgres:"):
        # "postgres: [<cluster>:] <user> <database> <client> <activity>", or a server process's name
        words = " ".join(args).split()[1:]
        words = words[1:] if words and words[0].endswith(":") else words
        if len(words) >= 3 and ("(" in words[2] or words[2] == "[local]"):
            return "postgres backends" if database in (None, words[1]) else NOT_OURS
        return "postgres server"
    if PurePath(head).name == "postgres":
        return "postgres server"
    if head.startswith("ray::"):
        title = head.split()[0].removeprefix("ray::")
        if title.startswith("SeriesWriter"):
            return "writers"
        if title in ("IDLE", "_call") or not title[:1].isupper():
            return "Ray workers"
        return f"Ray {title}"  # DashboardAgent, RuntimeEnvAgent
    name = PurePath(head).name
    if name in ("gcs_server", "raylet"):
        return name
    scripts = [PurePath(a).name for a in args[1:3] if a.endswith(".py")]
    return f"Ray {scripts[0].removesuffix('.py')}" if scripts else f"other ({name})"


def snapshot(database: str | None = None) -> dict[int, tuple[str, float]]:
    """Each process of the run now — this one, its descendants and PostgreSQL's — with its kind and CPU
    seconds so far. ``database``: the run's, to tell its backends from those of other work."""
    procs = _processes()
    ours, grew = {os.getpid()}, True
    while grew:
        more = {pid for pid, (parent, _) in procs.items() if parent in ours} - ours
        ours |= more
        grew = bool(more)
    ours |= {
        pid for pid, (_, args) in procs.items() if args and PurePath(args[0].split()[0]).name.startswith("postgres")
    }
    return {pid: (kind_of(pid, procs[pid][1], database), _cpu_seconds(pid)) for pid in ours}


def spent(before: dict[int, tuple[str, float]], after: dict[int, tuple[str, float]]) -> dict[str, float]:
    """CPU seconds spent between two snapshots, by kind (a process's kind as it was last seen: an idle
    worker becomes a writer). Read before Ray stops, so no process of the run has ended uncounted."""
    out: dict[str, float] = {}
    for pid, (kind, cpu) in after.items():
        out[kind] = out.get(kind, 0.0) + cpu - before.get(pid, (kind, 0.0))[1]
    return out


def total(by_kind: dict[str, float]) -> float:
    """The run's CPU in all: every kind but other work's."""
    return sum(cpu for kind, cpu in by_kind.items() if kind != NOT_OURS)
