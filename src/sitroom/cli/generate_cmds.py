"""`sitroom generate`: realistic sitrep series written to real files, for trials, tests and benchmarks."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sitroom.cli.app import app


@app.command()
def generate(
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write the files into.")],
    series: Annotated[int, typer.Option("--series", help="Number of report series.")] = 5,
    reports: Annotated[int, typer.Option("--reports", help="Reports per series.")] = 40,
    formats: Annotated[str, typer.Option("--formats", help="Comma-separated: txt,docx,pdf.")] = "txt,docx,pdf",
    organisations: Annotated[int, typer.Option("--organisations", help="Councils the series belong to.")] = 2,
    seed: Annotated[int, typer.Option("--seed", help="Same seed, same content.")] = 0,
    truth: Annotated[bool, typer.Option("--truth", help="Write <file>.truth.json ground truth beside each.")] = False,
) -> None:
    """Write sitrep series with realistic churn: items continuing, updated, new and dropped."""
    from sitroom.generate import generate_corpus

    try:
        files = generate_corpus(
            out, series, reports, formats.split(","), seed=seed, organisations=organisations, truth=truth
        )
    except ValueError as e:
        raise typer.BadParameter(str(e)) from None
    by_format: dict[str, int] = {}
    for f in files:
        by_format[f.format] = by_format.get(f.format, 0) + 1
    summary = ", ".join(f"{n} {fmt}" for fmt, n in sorted(by_format.items()))
    typer.echo(f"{len(files)} reports in {len({f.series for f in files})} series written to {out} ({summary})")
