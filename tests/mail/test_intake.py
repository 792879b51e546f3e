"""Mail intake end to end against a real Dovecot: known senders stored, damaged answered, unknown held."""

from __future__ import annotations

import email
from email import policy

import pytest
from messages import damaged_message, return_message
from sqlalchemy import func, select
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.generate import iter_series
from sitroom.mail.imap import open_mailbox
from sitroom.store.engine import session_scope
from sitroom.store.tables import Organisation, Report, Series

runner = CliRunner()

RULES = """
senders:
  - match: "@north.example"
    organisation: North Council
  - match: duty@east.example
    organisation: East Trust
    series: East Trust weekly sitrep
contacts:
  East Trust weekly sitrep: [duty@east.example]
"""


def _reports():
    """Two generated series, three reports each."""
    return [list(s) for s in iter_series(series=2, reports=3, seed=5, organisations=2)]


def _counts(mb, *folders):
    return {f: len(mb.uids(mb.path("sitroom", f))) for f in folders}


def test_mail_ingests_answers_holds_and_is_idempotent(engine, mailbox_env, smtp_server, tmp_path):
    north, east = _reports()
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES)
    sent = [
        return_message(north[0], "Ann <ann@north.example>", "docx"),
        return_message(north[1], "bob@north.example", "zip"),
        return_message(north[2], "ann@north.example", "body"),
        return_message(east[0], "duty@east.example", "pdf"),
        damaged_message("duty@east.example", 9),
        return_message(east[1], "stranger@elsewhere.example", "docx"),
    ]
    with open_mailbox(mailbox_env) as mb:
        for raw in sent:
            mb.append("INBOX", raw)
    url = engine.url.render_as_string(hide_password=False)
    imported = runner.invoke(app, ["mail", "rules", "import", str(rules), "--db", url])
    assert imported.exit_code == 0 and "2 rules and 1 contacts" in imported.output, imported.output
    first = runner.invoke(app, ["mail", "--receipts", "--db", url])
    assert first.exit_code == 1, first.output  # one message failed
    assert "6 messages: 4 stored, 0 already stored, 1 failed, 1 held" in first.output

    with session_scope(engine, write=False) as s:
        rows = s.execute(
            select(Organisation.name, Series.name, func.count(Report.id))
            .join(Series, Series.organisation_id == Organisation.id)
            .join(Report, Report.series_id == Series.id)
            .group_by(Organisation.name, Series.name)
        ).all()
    by_org = {org: (series, n) for org, series, n in rows}
    assert by_org["North Council"][1] == 3  # docx, zipped docx and body, all one series
    assert by_org["East Trust"] == ("East Trust weekly sitrep", 1)
    assert len(rows) == 2  # the stranger's return was not stored

    with open_mailbox(mailbox_env) as mb:
        assert mb.uids("INBOX") == []
        assert _counts(mb, "done", "failed", "held") == {"done": 4, "failed": 1, "held": 1}

    # Receipts: one per known sender's message; the damaged one says why.
    replies = [email.message_from_bytes(raw, policy=policy.default) for _, raw in smtp_server.messages]
    assert len(replies) == 5
    failed = [m for m in replies if "could not be read" in m["Subject"]]
    assert len(failed) == 1 and failed[0]["To"] == "duty@east.example"
    assert "return-9.docx" in failed[0].get_content()
    ok = next(m for m in replies if m["To"] == "duty@east.example" and m not in failed)
    body = ok.get_content()
    assert "East Trust weekly sitrep" in body and "item" in body

    # The same messages delivered again store nothing new.
    with open_mailbox(mailbox_env) as mb:
        for raw in sent[:4]:
            mb.append("INBOX", raw)
    second = runner.invoke(app, ["mail", "--db", url])
    assert second.exit_code == 0, second.output
    assert "4 messages: 0 stored, 4 already stored, 0 failed, 0 held" in second.output
    with session_scope(engine, write=False) as s:
        assert s.scalar(select(func.count(Report.id))) == 4


def test_held_message_is_listed_and_released(mailbox_env, tmp_path):
    (north,) = [list(s) for s in iter_series(series=1, reports=1, seed=2)]
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    with open_mailbox(mailbox_env) as mb:
        mb.append("INBOX", return_message(north[0], "new.person@west.example", "pdf"))
    assert runner.invoke(app, ["mail", "--db", url]).exit_code == 0
    held = runner.invoke(app, ["mail", "held"])
    assert held.exit_code == 0 and "new.person@west.example" in held.output
    with open_mailbox(mailbox_env) as mb:
        (uid,) = mb.uids(mb.path("sitroom", "held"))
    missing = runner.invoke(app, ["mail", "release", str(uid + 100), "--org", "West", "--db", url])
    assert missing.exit_code != 0
    done = runner.invoke(app, ["mail", "release", str(uid), "--org", "West Council", "--series", "West weekly",
                               "--db", url])  # fmt: skip
    assert done.exit_code == 0, done.output
    assert "stored" in done.output
    with open_mailbox(mailbox_env) as mb:
        assert _counts(mb, "done", "held") == {"done": 1, "held": 0}
        mb.append(mb.path("sitroom", "held"), return_message(north[0], "spam@nowhere.example", "body"))
        (spam,) = mb.uids(mb.path("sitroom", "held"))
    dropped = runner.invoke(app, ["mail", "discard", str(spam), "--db", url])
    assert dropped.exit_code == 0 and "spam@nowhere.example" in dropped.output, dropped.output
    with open_mailbox(mailbox_env) as mb:
        assert _counts(mb, "done", "held", "discarded") == {"done": 1, "held": 0, "discarded": 1}


def test_password_is_never_an_option(mailbox_env):
    result = runner.invoke(app, ["mail", "--password", "x"])
    assert result.exit_code != 0
    assert "No such option" in result.output


@pytest.mark.parametrize("bad", ["senders: [{match: nobody, organisation: X}]", "senders: [{match: a@b.example}]"])
def test_bad_rules_name_the_problem(tmp_path, bad):
    from sitroom.mail.errors import RulesError
    from sitroom.mail.rules import load_rules

    path = tmp_path / "rules.yaml"
    path.write_text(bad)
    with pytest.raises(RulesError, match="senders entry 1"):
        load_rules(path)


def test_watch_reads_new_mail_and_never_answers_robots(mailbox_env, smtp_server, tmp_path):
    from sitroom.mail.intake import watch
    from sitroom.mail.receipts import receipt
    from sitroom.mail.rules import Rule, Rules
    from sitroom.mail.smtp import send
    from sitroom.settings import smtp_settings
    from sitroom.store import make_engine

    (reports,) = [list(s) for s in iter_series(series=1, reports=2, seed=4)]
    robot = email.message_from_bytes(return_message(reports[1], "ann@north.example", "pdf"), policy=policy.default)
    robot["Auto-Submitted"] = "auto-generated"
    with open_mailbox(mailbox_env) as mb:
        mb.append("INBOX", return_message(reports[0], "ann@north.example", "docx"))
        mb.append("INBOX", robot.as_bytes())
    engine = make_engine(f"sqlite:///{tmp_path / 'w.db'}")
    seen = []

    def answer(result) -> None:
        msg = receipt(engine, result)
        if msg is not None:
            send(smtp_settings(), [msg])

    watch(engine, lambda: open_mailbox(mailbox_env), Rules((Rule("@north.example", "North"),)), 0.1, answer,
          seen.append, rounds=2)  # fmt: skip
    assert [r.outcome.value for r in seen] == ["stored", "stored"]
    assert len(smtp_server.messages) == 1  # the automatic message got no receipt
    with session_scope(engine, write=False) as s:
        assert s.scalar(select(func.count(Report.id))) == 2
    engine.dispose()
