"""Commands of returns by e-mail: mail (read the mailbox), mail held, mail release, chase."""

from __future__ import annotations

import contextlib
import json
import logging
from datetime import date
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from sitroom.cli.app import app, err, fail, out
from sitroom.cli.store_cmds import DbOption, _engine

LOCAL = "local"  # who acts from the command line, in the audit log (store.audit.LOCAL, without its import)


mail_app = typer.Typer(
    help="Read sitreps sent to the returns mailbox (IMAP settings from SITROOM_IMAP_*; see README).",
    no_args_is_help=False,
)
app.add_typer(mail_app, name="mail")

QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors and the summary line.")]


def _rules(engine, note: bool = True):
    """The sender rules stored in the database (`sitroom mail rules`, or the web app's Mail page)."""
    from sitroom.mail.rulestore import read_rules
    from sitroom.settings import mail_rules_path
    from sitroom.store import session_scope

    if note and mail_rules_path():
        err.print("note: SITROOM_MAIL_RULES is no longer read; the rules live in the database "
                  "(load the file once with `sitroom mail rules import FILE`)", soft_wrap=True)  # fmt: skip
    with session_scope(engine, write=False) as session:
        return read_rules(session)


def _mailbox():
    from sitroom.mail.imap import open_mailbox
    from sitroom.settings import imap_settings

    settings = imap_settings()
    return lambda: open_mailbox(settings)


def _receipts(engine):
    from sitroom.mail.receipts import receipt
    from sitroom.mail.smtp import send
    from sitroom.settings import smtp_settings

    settings = smtp_settings()

    def answer(result) -> None:
        msg = receipt(engine, result)
        if msg is not None:
            send(settings, [msg])

    return answer


def _line(result) -> str:
    ids = ", ".join(str(i) for i in result.report_ids)
    tail = f" → reports {ids}" if ids else ""
    why = f": {'; '.join(result.reasons)}" if result.reasons else ""
    return f"{result.outcome.value:9} {result.sender or '?'} “{result.subject}”{tail}{why}"


@mail_app.callback(invoke_without_command=True)
def mail(
    ctx: typer.Context,
    watch: Annotated[
        bool, typer.Option("--watch", help="Keep reading new mail until interrupted (IMAP IDLE when offered).")
    ] = False,
    interval: Annotated[
        float,
        typer.Option("--interval", min=1, help="Seconds between checks with --watch (with IDLE: between full reads)."),
    ] = 60,
    no_idle: Annotated[
        bool, typer.Option("--no-idle", help="Poll every --interval even if the server offers IMAP IDLE.")
    ] = False,
    receipts: Annotated[bool, typer.Option("--receipts", help="Reply to each sender with what was read.")] = False,
    db: DbOption = None,
    quiet: QuietOption = False,
) -> None:
    """Ingest the returns in the mailbox: known senders' attachments (or bodies) are stored and the
    message moved to sitroom/done (or sitroom/failed); unknown senders' go to sitroom/held."""
    if ctx.invoked_subcommand is not None:
        return
    from sitroom.mail.intake import Outcome, run_once
    from sitroom.mail.intake import watch as watch_loop

    engine = _engine(db, create=True)  # intake stores reports, like ingest
    sender_rules = _rules(engine)
    connect = _mailbox()
    answer = _receipts(engine) if receipts else None

    def show(result) -> None:
        if not quiet or result.outcome is Outcome.FAILED:
            (err if result.outcome is Outcome.FAILED else out).print(_line(result), soft_wrap=True, markup=False)

    if watch:
        logging.basicConfig(level=logging.WARNING)

        def waiting(mode: str) -> None:
            if not quiet:
                how = "new mail read as it arrives (IMAP IDLE)" if mode == "idle" else f"polling every {interval:g} s"
                err.print(f"watching the mailbox: {how}; Ctrl-C stops", highlight=False)

        with contextlib.suppress(KeyboardInterrupt):
            watch_loop(engine, connect, lambda: _rules(engine, note=False), interval, answer, show,
                       idle=not no_idle, on_wait=waiting)  # fmt: skip
        return
    show_bar = err.is_terminal and not quiet
    with connect() as mailbox, Progress(
        TextColumn("[bold]mail"), BarColumn(), MofNCompleteColumn(), console=err, transient=True, disable=not show_bar
    ) as progress:  # fmt: skip
        task = progress.add_task("mail", total=None)
        results = run_once(
            engine,
            mailbox,
            sender_rules,
            answer,
            on_message=lambda r: (show(r), progress.advance(task)),
            on_total=lambda n: progress.update(task, total=n),
        )
    counts = {o: sum(1 for r in results if r.outcome is o) for o in Outcome}
    out.print(
        f"{len(results)} messages: {counts[Outcome.STORED]} stored, {counts[Outcome.DUPLICATE]} already stored, "
        f"{counts[Outcome.FAILED]} failed, {counts[Outcome.HELD]} held",
        highlight=False,
    )
    if counts[Outcome.FAILED]:
        raise typer.Exit(1)


@mail_app.command("held")
def held() -> None:
    """List the messages from unknown senders waiting in sitroom/held."""
    from sitroom.mail.intake import list_held

    with _mailbox()() as mailbox:
        rows = list_held(mailbox)
    table = Table(title="held messages")
    table.add_column("id", no_wrap=True)
    table.add_column("from", no_wrap=True)
    table.add_column("subject")
    table.add_column("message id", overflow="fold")
    for r in rows:
        table.add_row(str(r.uid), r.sender, r.subject, r.message_id or "")
    out.print(table)


@mail_app.command("release")
def release(
    message: Annotated[int, typer.Argument(help="The id shown by `sitroom mail held`.")],
    org: Annotated[str, typer.Option("--org", help="Organisation the return belongs to.")],
    series: Annotated[str | None, typer.Option("--series", help="Series (default: inferred).")] = None,
    receipts: Annotated[bool, typer.Option("--receipts", help="Reply to the sender with what was read.")] = False,
    db: DbOption = None,
) -> None:
    """Ingest a held message under an organisation (and series) and file it away."""
    from sitroom.mail.intake import Outcome
    from sitroom.mail.intake import release as do_release

    engine = _engine(db, create=True)
    with _mailbox()() as mailbox:
        result = do_release(engine, mailbox, message, org, series, _receipts(engine) if receipts else None, by=LOCAL)
    out.print(_line(result), soft_wrap=True, markup=False)
    if result.outcome is Outcome.FAILED:
        raise typer.Exit(1)


@mail_app.command("discard")
def discard(
    message: Annotated[int, typer.Argument(help="The id shown by `sitroom mail held`.")], db: DbOption = None
) -> None:
    """Move a held message to sitroom/discarded unread (kept in the mailbox, never deleted); audited."""
    from sitroom.mail.intake import discard as do_discard

    engine = _engine(db, create=True)
    with _mailbox()() as mailbox:
        gone = do_discard(engine, mailbox, message, by=LOCAL)
    out.print(f"discarded {gone.sender or '?'} “{gone.subject}”", soft_wrap=True, markup=False)


@app.command("chase")
def chase(
    send: Annotated[
        bool, typer.Option("--send", help="Mail each contact a reminder (SMTP from SITROOM_SMTP_*).")
    ] = False,
    on: Annotated[str | None, typer.Option("--on", help="Cycle date YYYY-MM-DD (default today).")] = None,
    within: Annotated[int, typer.Option("--within", min=0, help="Days ahead a return counts as due.")] = 3,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    db: DbOption = None,
    quiet: QuietOption = False,
) -> None:
    """List the returns due and late this cycle with their contacts; --send reminds them."""
    from sitroom.mail.chase import returns_to_chase, send_reminders
    from sitroom.settings import smtp_settings

    try:
        cycle = date.fromisoformat(on) if on else None
    except ValueError:
        raise typer.BadParameter(f"not a date: {on!r}", param_hint="--on") from None
    engine = _engine(db)
    chases = returns_to_chase(engine, _rules(engine), cycle, within)
    if as_json:
        rows = [
            {"series": c.series, "organisation": c.organisation, "status": c.status, "due": c.due.isoformat(),
             "days_late": c.days, "contacts": list(c.contacts)}
            for c in chases
        ]  # fmt: skip
        typer.echo(json.dumps(rows, indent=2))
    elif not quiet:
        table = Table(title="returns to chase")
        for col in ("series", "status", "due", "contacts"):
            table.add_column(col)
        for c in chases:
            late = f" ({c.days} d late)" if c.days else ""
            table.add_row(c.series, c.status + late, c.due.isoformat(), ", ".join(c.contacts) or "[red]no contact[/]")
        out.print(table)
    without = [c.series for c in chases if not c.contacts]
    if send:
        to_send = [c for c in chases if c.contacts]
        sent = send_reminders(engine, smtp_settings(), to_send) if to_send else 0
        out.print(f"{sent} reminders sent")
        for name in without:
            fail(f"{name}: no contact address in the sender rules, not reminded")
