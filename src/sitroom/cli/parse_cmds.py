"""`sitroom parse`, `sitroom templates`, `sitroom demo`: reading sitreps without a database."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer

from sitroom.cli.app import app, fail
from sitroom.errors import SitroomError


class ParseFormat(StrEnum):
    json = "json"
    md = "md"


@app.command()
def parse(
    files: Annotated[list[Path], typer.Argument(help="Sitrep files: .pdf .docx .eml .msg .html .txt .md")],
    template: Annotated[
        str, typer.Option("--template", "-t", help="Template name or YAML file; 'auto' picks the best match.")
    ] = "auto",
    fmt: Annotated[ParseFormat, typer.Option("--format", "-f", help="Output format.")] = ParseFormat.json,
    max_size: Annotated[float, typer.Option("--max-size", help="Refuse files over this many MB.")] = 50.0,
) -> None:
    """Print the structure of each sitrep: sections, items, mitigations, date and number.

    Files that cannot be read are reported on stderr (one line each) and skipped; the exit code is 1
    when any file failed.
    """
    from sitroom.display import mb_to_bytes
    from sitroom.extract import ExtractContext
    from sitroom.parse import parse_file
    from sitroom.parse.markdown import report_to_markdown

    ctx = ExtractContext(max_bytes=mb_to_bytes(max_size))
    reports = []
    failed = 0
    for f in files:
        try:
            reports.extend(parse_file(f, template, ctx))
        except SitroomError as e:
            failed += 1
            fail(str(e))
    if fmt is ParseFormat.json:
        data = [r.to_json() for r in reports]
        if reports:
            out = data[0] if len(data) == 1 else data
            sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
    else:
        sys.stdout.write("\n".join(report_to_markdown(r) for r in reports))
    if failed:
        raise typer.Exit(1)


@app.command()
def templates() -> None:
    """List the templates sitroom knows and their sections."""
    from sitroom.templates import available_templates

    for t in available_templates():
        typer.echo(f"{t.name}: {t.label}")
        for s in t.sections:
            typer.echo(f"  {s.key:<22} {s.kind:<8} {s.heading}")


@app.command()
def example(
    fmt: Annotated[ParseFormat, typer.Option("--format", "-f", help="Output format.")] = ParseFormat.md,
) -> None:
    """Parse the bundled example sitrep and print what sitroom sees in it."""
    from sitroom.parse import parse_file
    from sitroom.parse.markdown import report_to_markdown

    examples = resources.files("sitroom") / "examples"
    with resources.as_file(examples) as folder:
        paths = sorted(p for p in Path(folder).iterdir() if p.is_file())
        reports = [r for p in paths for r in parse_file(p)]
    if fmt is ParseFormat.json:
        typer.echo(json.dumps([r.to_json() for r in reports], ensure_ascii=False, indent=1))
    else:
        for r in reports:
            typer.echo(report_to_markdown(r))
