"""Commands that read files into the store: ingest (here or on Ray) and reparse."""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from sitroom.cli.app import app, fail
from sitroom.cli.store_cmds import DbOption, QuietOption, _date, _engine, _table, err_console, out
from sitroom.display import mb_to_bytes, one_line


class EngineName(StrEnum):
    local = "local"
    ray = "ray"


EngineOption = Annotated[
    EngineName,
    typer.Option("--engine", help="Run parsing here ('local') or as tasks on Ray ('ray'; the ray extra)."),
]
WorkersOption = Annotated[
    int | None,
    typer.Option("--workers", min=1, help="With --engine ray: CPUs of the local Ray (default: all of them)."),
]
WritersOption = Annotated[
    int | None,
    typer.Option(
        "--writers",
        min=1,
        help="With --engine ray on PostgreSQL: processes storing at once, each owning some series (default: workers).",
    ),
]
BatchOption = Annotated[
    int | None,
    typer.Option(
        "--batch",
        min=1,
        help="Store up to this many files waiting to be stored in one transaction (default 16; a failed batch "
        "is stored again file by file).",
    ),
]
AddressOption = Annotated[
    str | None,
    typer.Option("--ray-address", envvar="RAY_ADDRESS", help="With --engine ray: join this cluster (host:port)."),
]


def _progress(label: str, quiet: bool) -> Progress:
    return Progress(
        TextColumn(f"[bold]{label}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:.1f} files/s"),
        TimeRemainingColumn(),
        TextColumn("{task.fields[current]}"),
        console=err_console,
        transient=True,
        disable=quiet or not err_console.is_terminal,
    )


def _start_ray(workers: int | None, address: str | None) -> int:
    """Start or join Ray; the number of parallel tasks to keep going. Exit 2 without the extra."""
    from sitroom.ingest.ray_engine import RayNotInstalled, start

    n = workers or os.cpu_count() or 1
    try:
        start(n, address)
    except RayNotInstalled as e:
        fail(str(e))
        raise typer.Exit(e.exit_code) from None
    if address and workers is None:
        import ray

        n = int(ray.cluster_resources().get("CPU", n))
    return n


@app.command()
def ingest(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files, folders (recursive) or zip archives.")] = None,
    series: Annotated[str | None, typer.Option("--series", "-s", help="Series name (default: inferred).")] = None,
    org: Annotated[str | None, typer.Option("--org", help="Organisation that sends these reports.")] = None,
    report_date: Annotated[str | None, typer.Option("--date", help="Report date YYYY-MM-DD (default: parsed).")] = None,
    template: Annotated[str, typer.Option("--template", "-t", help="Template name or 'auto'.")] = "auto",
    watch_dir: Annotated[
        Path | None, typer.Option("--watch", help="Watch this folder and ingest files dropped into it.")
    ] = None,
    max_size: Annotated[float, typer.Option("--max-size", help="Refuse files over this many MB.")] = 50.0,
    quiet_time: Annotated[
        float,
        typer.Option("--quiet-time", min=0.0, help="With --watch: take a file once unchanged for this many seconds."),
    ] = 2.0,
    exclude: Annotated[
        list[str] | None,
        typer.Option("--exclude", help="Leave out files matching this glob (repeatable); see also .sitroomignore."),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Take files that look like no report (README, no date or items).")
    ] = False,
    engine_name: EngineOption = EngineName.local,
    workers: WorkersOption = None,
    writers: WritersOption = None,
    batch: BatchOption = None,
    ray_address: AddressOption = None,
    db: DbOption = None,
    quiet: QuietOption = False,
) -> None:
    """Store sitreps: the same bytes twice are one report; a file is stored whole or not at all.

    A run stopped half-way and started again skips what is stored. Exit code 1 when any file failed
    (each is listed with its reason).
    """
    from sitroom.ingest import IngestOptions, IngestStatus
    from sitroom.ingest.pipeline import IngestSummary, ingest_sources, list_sources
    from sitroom.ingest.stages import DEFAULT_BATCH

    batch = batch or DEFAULT_BATCH
    options = IngestOptions(
        series=series,
        organisation=org,
        period_date=_date(report_date, "--date"),
        template=template,
        max_bytes=mb_to_bytes(max_size),
        exclude=tuple(exclude or ()),
        force=force,
    )
    if watch_dir is None and not paths:
        raise typer.BadParameter("give files or folders to ingest, or --watch DIR", param_hint="PATHS")
    n_workers = _start_ray(workers, ray_address) if engine_name is EngineName.ray else 1
    engine = _engine(db, create=True)
    if watch_dir is not None:
        _watch(engine, watch_dir, options, quiet_time)
        return
    summary = IngestSummary()
    sources = list_sources(paths or [], options.max_bytes, options, summary)
    with _progress("ingest", quiet) as progress:
        task = progress.add_task("ingest", total=len(sources), rate=0.0, current="")

        def advance(result) -> None:
            elapsed = progress.tasks[0].elapsed or 1e-9
            done = progress.tasks[0].completed + 1
            progress.update(task, advance=1, rate=done / elapsed, current=Path(result.source).name[-40:])

        if engine_name is EngineName.ray:
            from sitroom.ingest.ray_engine import ingest_sources_ray

            ran = ingest_sources_ray(
                engine, sources, options, n_workers, on_result=advance, writers=writers or n_workers, batch=batch
            )
        else:
            ran = ingest_sources(engine, sources, options, on_result=advance, batch=batch)
        summary.results = ran.results
    elapsed = progress.tasks[0].elapsed or 0.0
    rate = f", {len(summary.results) / elapsed:.1f} files/s" if elapsed else ""
    counts = Table(title=f"ingest summary ({len(summary.results)} files{rate})")
    for c in ("ingested", "duplicates", "not reports", "left out by name", "failed", "reports stored"):
        counts.add_column(c, justify="right")
    counts.add_row(
        str(summary.count(IngestStatus.INGESTED)),
        str(summary.count(IngestStatus.DUPLICATE)),
        str(summary.count(IngestStatus.SKIPPED)),
        str(len(summary.ignored)),
        str(summary.count(IngestStatus.FAILED)),
        str(sum(len(r.report_ids) for r in summary.results)),
    )
    if not quiet:
        out.print(counts)
        for r in summary.results:
            if r.status is IngestStatus.SKIPPED:
                out.print(f"skipped {r.source}: {r.reason}")
    if summary.failed:
        for r in summary.failed:
            fail(f"{r.source}: {r.reason}")
        raise typer.Exit(1)


def _watch(engine, folder: Path, options, quiet_time: float) -> None:
    from sitroom.ingest.watch import watch

    def report(result) -> None:
        where = "failed/" if result.status == "failed" else "done/"
        detail = f" ({result.reason})" if result.reason else ""
        out.print(Text(f"{result.status}: {one_line(Path(result.source).name)} → {where}{detail}"))

    out.print(f"watching {folder} (Ctrl-C to stop); files move to done/ or failed/")
    try:
        watch(engine, folder, options, report, quiet_time=quiet_time)
    except KeyboardInterrupt:
        out.print("stopped")


@app.command()
def reparse(
    report_ids: Annotated[list[int] | None, typer.Argument(help="Report ids to re-parse.")] = None,
    all_reports: Annotated[bool, typer.Option("--all", help="Re-parse every stored report.")] = False,
    template: Annotated[str, typer.Option("--template", "-t", help="Template name or 'auto'.")] = "auto",
    engine_name: EngineOption = EngineName.local,
    workers: WorkersOption = None,
    ray_address: AddressOption = None,
    db: DbOption = None,
    quiet: QuietOption = False,
) -> None:
    """Re-parse stored originals with the current parser (after an upgrade)."""
    from sitroom.ingest.reparse import reparse as do_reparse

    if not report_ids and not all_reports:
        raise typer.BadParameter("give report ids or --all", param_hint="REPORT_IDS")
    ids = None if all_reports else list(report_ids or [])
    n_workers = _start_ray(workers, ray_address) if engine_name is EngineName.ray else 1
    engine = _engine(db)
    with _progress("reparse", quiet) as progress:
        task = progress.add_task("reparse", total=None, rate=0.0, current="")

        def on_original(done: int, total: int) -> None:
            elapsed = progress.tasks[0].elapsed or 1e-9
            progress.update(task, completed=done, total=total, rate=done / elapsed)

        if engine_name is EngineName.ray:
            from sitroom.ingest.ray_engine import reparse_ray

            results = reparse_ray(engine, n_workers, ids, template, on_original=on_original)
        else:
            results = do_reparse(engine, ids, template, on_original=on_original)
    errors = [r for r in results if r.error]
    rows = [
        {"id": r.report_id, "source": r.source, "items before": r.items_before, "items after": r.items_after}
        for r in results
        if not r.error
    ]
    if quiet:
        out.print(f"{len(rows)} report(s) re-parsed")
    else:
        _table(rows, ["id", "source", "items before", "items after"], title=f"{len(rows)} report(s) re-parsed")
    for r in errors:
        fail(f"report {r.report_id} ({r.source}): {r.error}")
    if errors:
        raise typer.Exit(1)
