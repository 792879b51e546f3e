"""Sender rules in the database (SQLite and PostgreSQL): checked, unique per sender, audited, and
moved to and from YAML without loss."""

from __future__ import annotations

import pytest
import yaml
from sqlalchemy import select
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.mail.errors import RulesError
from sitroom.mail.rules import parse_rules
from sitroom.mail.rulestore import (
    RuleConflict,
    RuleNotFound,
    add_rule,
    delete_rule,
    export_rules,
    import_rules,
    read_rules,
    update_rule,
)
from sitroom.store.engine import session_scope
from sitroom.store.tables import Audit, MailSender

runner = CliRunner()

YAML = """
senders:
  - match: Duty.Manager@North.example
    organisation: North Council
    series: North weekly
  - match: "@east.example"
    organisation: East Trust
contacts:
  North weekly: [duty.manager@north.example, deputy@north.example]
"""


def test_rules_are_checked_unique_and_audited(engine):
    with session_scope(engine) as s:
        rule = add_rule(s, " Ann@North.example ", "North Council", "", by="alice")
        assert rule["match"] == "ann@north.example" and rule["series"] is None
        for bad, field in (("nobody", "match"), ("a@@b", "match"), ("@x.example", "organisation")):
            with pytest.raises(RulesError, match=field):
                add_rule(s, bad, "" if field == "organisation" else "X", by="alice")
        with pytest.raises(RuleConflict, match="exists already"):
            add_rule(s, "ANN@north.example", "Other", by="alice")
        domain = add_rule(s, "@north.example", "North Council", "North weekly", by="alice")
        with pytest.raises(RuleConflict):
            update_rule(s, domain["id"], "ann@north.example", "North Council", by="alice")
        update_rule(s, rule["id"], "ann@north.example", "North Council", "North weekly", by="alice")
        with pytest.raises(RuleNotFound):
            delete_rule(s, 99999, by="alice")
    with session_scope(engine, write=False) as s:
        rules = read_rules(s)
        assert rules.for_sender("Ann <ann@north.example>").series == "North weekly"
        assert rules.for_sender("bob@north.example").match == "@north.example"
        assert rules.for_sender("eve@elsewhere.example") is None
        trail = [(a.action, a.object_type, a.username) for a in s.scalars(select(Audit).order_by(Audit.id))]
    assert trail == [("create", "mail_rule", "alice")] * 2 + [("update", "mail_rule", "alice")]
    with session_scope(engine) as s:
        delete_rule(s, domain["id"], by="alice")
    with session_scope(engine, write=False) as s:
        assert read_rules(s).for_sender("bob@north.example") is None
        gone = s.scalars(select(Audit).where(Audit.action == "delete")).one()
        assert gone.before["match"] == "@north.example"


def test_yaml_import_and_export_round_trip(engine):
    rules = parse_rules(yaml.safe_load(YAML), "rules.yaml")
    with session_scope(engine) as s:
        add_rule(s, "old@west.example", "West", by="local")
        assert import_rules(s, rules, by="local") == (2, 2)
    with session_scope(engine, write=False) as s:
        data = export_rules(s)
    assert [r["match"] for r in data["senders"]] == ["duty.manager@north.example", "old@west.example", "@east.example"]
    assert data["contacts"] == {"North weekly": ["duty.manager@north.example", "deputy@north.example"]}
    assert parse_rules(yaml.safe_load(yaml.safe_dump(data)), "again").senders[0].series == "North weekly"
    with session_scope(engine) as s:
        import_rules(s, rules, replace=True, by="local")
    with session_scope(engine, write=False) as s:
        assert {r.match for r in s.scalars(select(MailSender))} == {"duty.manager@north.example", "@east.example"}
    twice = parse_rules({"senders": [{"match": "a@b.example", "organisation": "A"}] * 2})
    with pytest.raises(RuleConflict, match="two rules"), session_scope(engine) as s:
        import_rules(s, twice)


def test_cli_imports_exports_and_refuses_a_bad_file_whole(engine, tmp_path):
    url = engine.url.render_as_string(hide_password=False)
    good, bad = tmp_path / "senders.yaml", tmp_path / "bad.yaml"
    good.write_text(YAML)
    bad.write_text("senders:\n  - {match: a@b.example, organisation: A}\n  - {match: broken, organisation: B}\n")
    assert runner.invoke(app, ["mail", "rules", "import", str(good), "--db", url]).exit_code == 0
    refused = runner.invoke(app, ["mail", "rules", "import", str(bad), "--db", url])
    assert refused.exit_code != 0 and "senders entry 2" in str(refused.exception or refused.output)
    out = tmp_path / "out.yaml"
    assert runner.invoke(app, ["mail", "rules", "export", "-o", str(out), "--db", url]).exit_code == 0
    data = yaml.safe_load(out.read_text())
    assert [r["match"] for r in data["senders"]] == ["duty.manager@north.example", "@east.example"]  # a@b not stored
    added = runner.invoke(app, ["mail", "rules", "add", "@west.example", "--org", "West", "--db", url])
    assert added.exit_code == 0, added.output
    listed = runner.invoke(app, ["mail", "rules", "list", "--db", url])
    assert "@west.example" in listed.output and "(inferred)" in listed.output
    assert runner.invoke(app, ["mail", "rules", "delete", "@WEST.example", "--db", url]).exit_code == 0
    assert "@west.example" not in runner.invoke(app, ["mail", "rules", "export", "--db", url]).output
