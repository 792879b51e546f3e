"""`sitroom mail rules`: the sender rules kept in the database, listed, changed, and moved to and from YAML."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from sitroom.cli.mail_cmds import LOCAL, mail_app
from sitroom.cli.store_cmds import DbOption, _engine, out

rules_app = typer.Typer(
    help="Sender rules: which organisation and series each sender's returns belong to (shared with the web app).",
    no_args_is_help=True,
)
mail_app.add_typer(rules_app, name="rules")

Match = Annotated[str, typer.Argument(help="An address, or @domain for all of its addresses.")]


@rules_app.command("list")
def rules_list(db: DbOption = None) -> None:
    """The stored sender rules and chase contacts."""
    from sitroom.mail.rulestore import list_rules, read_rules
    from sitroom.store import session_scope

    with session_scope(_engine(db), write=False) as session:
        rows, contacts = list_rules(session), read_rules(session).contacts
    table = Table(title="sender rules")
    for col in ("id", "sender", "organisation", "series"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(str(r["id"]), r["match"], r["organisation"], r["series"] or "(inferred)")
    out.print(table)
    for series, addresses in contacts.items():
        out.print(f"contacts of {series}: {', '.join(addresses)}", markup=False, soft_wrap=True)


@rules_app.command("add")
def rules_add(
    match: Match,
    org: Annotated[str, typer.Option("--org", help="Organisation the sender's returns belong to.")],
    series: Annotated[str | None, typer.Option("--series", help="Series (default: inferred from each report).")] = None,
    db: DbOption = None,
) -> None:
    """Add a sender rule."""
    from sitroom.mail.rulestore import add_rule
    from sitroom.store import session_scope

    with session_scope(_engine(db, create=True)) as session:
        rule = add_rule(session, match, org, series, by=LOCAL)
    out.print(f"rule {rule['id']}: {rule['match']} → {rule['organisation']}", markup=False)


@rules_app.command("delete")
def rules_delete(
    rule: Annotated[str, typer.Argument(help="The rule's id (see `sitroom mail rules list`) or its sender.")],
    db: DbOption = None,
) -> None:
    """Delete a sender rule: that sender's next returns are held."""
    from sitroom.mail.rulestore import RuleNotFound, delete_rule, list_rules
    from sitroom.store import session_scope

    with session_scope(_engine(db)) as session:
        ids = [r["id"] for r in list_rules(session) if rule.strip().lower() in (str(r["id"]), r["match"])]
        if not ids:
            raise RuleNotFound(f"no sender rule {rule} (see `sitroom mail rules list`)")
        gone = delete_rule(session, ids[0], by=LOCAL)
    out.print(f"deleted the rule for {gone['match']}", markup=False)


@rules_app.command("import")
def rules_import(
    file: Annotated[Path, typer.Argument(help="A YAML rules file (senders and contacts; see README).")],
    replace: Annotated[
        bool, typer.Option("--replace", help="Remove stored rules and contacts the file does not hold.")
    ] = False,
    db: DbOption = None,
) -> None:
    """Load sender rules from YAML: each rule replaces the stored one for its sender. All or nothing."""
    from sitroom.mail.rules import load_rules
    from sitroom.mail.rulestore import import_rules
    from sitroom.store import session_scope

    rules = load_rules(file)  # every entry checked before anything is written
    with session_scope(_engine(db, create=True)) as session:
        n, contacts = import_rules(session, rules, replace=replace, by=LOCAL)
    out.print(f"{n} rules and {contacts} contacts stored from {file}", markup=False)


@rules_app.command("export")
def rules_export(
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here (default: print).")] = None,
    db: DbOption = None,
) -> None:
    """The stored rules as YAML, in the form `import` reads."""
    import yaml

    from sitroom.mail.rulestore import export_rules
    from sitroom.store import session_scope

    with session_scope(_engine(db), write=False) as session:
        text = yaml.safe_dump(export_rules(session), allow_unicode=True, sort_keys=False)
    if output is None:
        typer.echo(text, nl=False)
        return
    tmp = output.with_name(output.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(output)  # never a half-written file under the real name
    out.print(f"rules written to {output}", markup=False)
