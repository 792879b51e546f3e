"""Chasing: the contributors of the due and late returns, and only they, get one reminder each by SMTP."""

from __future__ import annotations

import email
import json
from datetime import date, timedelta
from email import policy

from sqlalchemy import select
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.generate import iter_series
from sitroom.ingest import IngestOptions, ingest_bytes
from sitroom.store.engine import session_scope
from sitroom.store.tables import Audit

runner = CliRunner()
D0 = date(2026, 3, 2)
RULES = """
contacts:
  Alpha weekly: [alpha@a.example]
  Bravo weekly: [b1@b.example, b2@b.example]
  Charlie weekly: charlie@c.example
"""


def _seed(engine) -> None:
    """Alpha's next return is due in two days, Bravo's is five days overdue, Charlie's is a week off."""
    plan = {"Alpha weekly": [0, 7, 14], "Bravo weekly": [0, 7], "Charlie weekly": [5, 12, 19]}
    for (name, offsets), series in zip(plan.items(), iter_series(series=3, reports=3, seed=1), strict=True):
        for offset, report in zip(offsets, series, strict=False):
            options = IngestOptions(series=name, organisation=name.split()[0], period_date=D0 + timedelta(offset))
            result = ingest_bytes(engine, report.render("txt"), f"{name}-{offset}.txt", options)
            assert result.report_ids, result.reason


def test_chase_lists_and_reminds_due_and_late(engine, smtp_server, tmp_path):
    _seed(engine)
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES)
    url = engine.url.render_as_string(hide_password=False)
    on = (D0 + timedelta(19)).isoformat()
    assert runner.invoke(app, ["mail", "rules", "import", str(rules), "--db", url]).exit_code == 0

    listed = runner.invoke(app, ["chase", "--on", on, "--db", url, "--json"])
    assert listed.exit_code == 0, listed.output
    rows = {r["series"]: r for r in json.loads(listed.output)}
    assert set(rows) == {"Alpha weekly", "Bravo weekly"}
    assert rows["Alpha weekly"]["status"] == "due" and rows["Alpha weekly"]["due"] == (D0 + timedelta(21)).isoformat()
    assert rows["Bravo weekly"]["status"] == "late" and rows["Bravo weekly"]["days_late"] == 5
    assert smtp_server.messages == []  # listing sends nothing

    sent = runner.invoke(app, ["chase", "--send", "--on", on, "--db", url])
    assert sent.exit_code == 0, sent.output
    assert "3 reminders sent" in sent.output
    received = {}
    for rcpts, raw in smtp_server.messages:
        msg = email.message_from_bytes(raw, policy=policy.default)
        assert len(rcpts) == 1
        received[rcpts[0]] = msg
    assert set(received) == {"alpha@a.example", "b1@b.example", "b2@b.example"}
    alpha = received["alpha@a.example"]
    assert "Alpha weekly" in alpha["Subject"] and (D0 + timedelta(21)).isoformat() in alpha["Subject"]
    assert "is due on" in alpha.get_content()
    bravo = received["b1@b.example"].get_content()
    assert "Bravo weekly" in bravo and (D0 + timedelta(14)).isoformat() in bravo and "5 days overdue" in bravo
    with session_scope(engine, write=False) as s:
        audited = s.scalars(select(Audit).where(Audit.action == "chase")).all()
    assert sorted(a.after["to"] for a in audited) == ["alpha@a.example", "b1@b.example", "b2@b.example"]


def test_reminder_template_can_be_overridden(engine, smtp_server, tmp_path, monkeypatch):
    _seed(engine)
    (tmp_path / "rules.yaml").write_text(RULES)
    own = tmp_path / "templates"
    own.mkdir()
    (own / "reminder.txt.j2").write_text("Reminder from the cell: {{ series }} by {{ due }}.\n")
    monkeypatch.setenv("SITROOM_MAIL_TEMPLATES", str(own))
    url = engine.url.render_as_string(hide_password=False)
    assert runner.invoke(app, ["mail", "rules", "import", str(tmp_path / "rules.yaml"), "--db", url]).exit_code == 0
    args = ["chase", "--send", "--on", (D0 + timedelta(19)).isoformat()]
    assert runner.invoke(app, [*args, "--db", url]).exit_code == 0
    bodies = [
        email.message_from_bytes(raw, policy=policy.default).get_content().replace("\r\n", "\n")
        for _, raw in smtp_server.messages
    ]
    assert f"Reminder from the cell: Alpha weekly by {(D0 + timedelta(21)).isoformat()}.\n" in bodies
