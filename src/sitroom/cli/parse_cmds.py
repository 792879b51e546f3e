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
    from sitroom.parse.markdown import report_to_markdown
    from sitroom.read import parse_file

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
def templates(
    source: Annotated[
        str | None,
        typer.Option("--from", help="A stored report id or a sitrep file: write its template out as YAML to edit."),
    ] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write the YAML here instead of stdout.")] = None,
    db: Annotated[
        str | None,
        typer.Option("--db", envvar="SITROOM_DB", help="Database URL, for a stored report id."),
    ] = None,
) -> None:
    """List the templates sitroom knows and their sections, or write one out from a report (--from)."""
    from sitroom.templates import available_templates

    if source is not None:
        try:
            text = _template_from(source, db).to_yaml()
        except SitroomError as e:
            fail(str(e))
            raise typer.Exit(1) from e
        if out is None:
            sys.stdout.write(text)
        else:
            out.write_text(text, encoding="utf-8")
            typer.echo(f"template written to {out}", err=True)
        return
    for t in available_templates():
        typer.echo(f"{t.name}: {t.label}")
        for s in t.sections:
            typer.echo(f"  {s.key or '-':<22} {s.kind:<8} {s.heading}")


def _template_from(source: str, db: str | None):
    """The template of one report: a file is parsed, a number is a stored report's id."""
    from sitroom.templates.learn import Heading, learn_template, slug

    path = Path(source)
    if path.exists() or not source.isdigit():
        from sitroom.read import parse_file

        report = parse_file(path)[0]
        headings = [Heading(s.heading, s.key, s.level) for s in report.sections if s.heading]
        title = report.title or path.stem
    else:
        from sitroom.store import make_engine, session_scope
        from sitroom.store.queries import get_report

        with session_scope(make_engine(db)) as session:
            stored = get_report(session, int(source))
            headings = [Heading(s.heading, s.key, s.level) for s in stored.sections if s.heading]
            title = stored.series.name
    return learn_template([headings], slug(title), title)


@app.command()
def example(
    fmt: Annotated[ParseFormat, typer.Option("--format", "-f", help="Output format.")] = ParseFormat.md,
) -> None:
    """Parse the bundled example sitrep and print what sitroom sees in it."""
    from sitroom.parse.markdown import report_to_markdown
    from sitroom.read import parse_file

    examples = resources.files("sitroom") / "examples"
    with resources.as_file(examples) as folder:
        paths = sorted(p for p in Path(folder).iterdir() if p.is_file())
        reports = [r for p in paths for r in parse_file(p)]
    if fmt is ParseFormat.json:
        typer.echo(json.dumps([r.to_json() for r in reports], ensure_ascii=False, indent=1))
    else:
        for r in reports:
            typer.echo(report_to_markdown(r))
