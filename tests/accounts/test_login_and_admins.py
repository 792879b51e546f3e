"""Failed sign-ins tell nothing about the account, and the last enabled admin survives concurrent changes."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from sitroom.accounts import login as login_module
from sitroom.accounts.errors import BadCredentials, LastAdmin
from sitroom.accounts.login import FAILED, authenticate
from sitroom.accounts.users import create_user, get_user, set_disabled, set_role
from sitroom.store import session_scope
from sitroom.store.tables import User

PASSWORD = "correct horse battery staple"


def test_every_failed_sign_in_reads_alike_and_verifies_one_hash(engine, monkeypatch):
    with session_scope(engine) as s:
        create_user(s, "root", PASSWORD, "admin")
        create_user(s, "ann", PASSWORD, "reader")
        create_user(s, "dis", PASSWORD, "reader")
        create_user(s, "lock", PASSWORD, "reader")
        set_disabled(s, "dis")
        get_user(s, "lock").locked_until = datetime.now(UTC).replace(tzinfo=None) + timedelta(minutes=10)
    calls: list[str] = []
    real = login_module.verify_password
    monkeypatch.setattr(login_module, "verify_password", lambda h, p: calls.append(h) or real(h, p))
    messages = {}
    for case, user, password in [
        ("unknown", "nobody", PASSWORD),
        ("wrong password", "ann", "wrong password!"),
        ("disabled, right password", "dis", PASSWORD),
        ("disabled, wrong password", "dis", "wrong password!"),
        ("locked, right password", "lock", PASSWORD),
        ("locked, wrong password", "lock", "wrong password!"),
    ]:
        calls.clear()
        with session_scope(engine) as s, pytest.raises(BadCredentials) as e:
            authenticate(s, user, password)
        messages[case] = str(e.value)
        assert len(calls) == 1, case  # the same Argon2 work whatever the case: no enumeration by time
    assert set(messages.values()) == {FAILED}, messages
    calls.clear()
    with session_scope(engine) as s:
        assert authenticate(s, "ann", PASSWORD).username == "ann"
    assert len(calls) == 1


def _admins(engine) -> int:
    with session_scope(engine, write=False) as s:
        return s.scalar(select(func.count()).select_from(User).where(User.role == "admin", User.disabled.is_(False)))


def _waiting_for_a_lock(engine) -> bool:
    if engine.dialect.name != "postgresql":
        return False
    with engine.connect() as conn:
        n = conn.scalar(
            text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
            )
        )
    return n > 0


@pytest.mark.parametrize(
    "first, second",
    [
        (lambda s: set_role(s, "ann", "reader"), lambda s: set_role(s, "bea", "reader")),
        (lambda s: set_disabled(s, "ann"), lambda s: set_disabled(s, "bea")),
        (lambda s: set_role(s, "ann", "coordinator"), lambda s: set_disabled(s, "bea")),
    ],
    ids=["demote-demote", "disable-disable", "demote-disable"],
)
def test_two_admins_removing_each_other_at_once_leave_one(engine, first, second):
    """The second change runs while the first is written but not yet committed, in two real concurrent
    transactions: it must wait for the first and then refuse, not count two admins and leave none."""
    with session_scope(engine) as s:
        create_user(s, "ann", PASSWORD, "admin")
        create_user(s, "bea", PASSWORD, "admin")
    outcome: list[BaseException | None] = []

    def other() -> None:
        try:
            with session_scope(engine) as s2:
                second(s2)
            outcome.append(None)
        except BaseException as e:  # reported to the test thread
            outcome.append(e)

    with session_scope(engine) as s1:
        first(s1)
        s1.flush()  # the change is written in this open transaction
        thread = threading.Thread(target=other)
        thread.start()
        deadline = time.monotonic() + 1.5
        while thread.is_alive() and not _waiting_for_a_lock(engine) and time.monotonic() < deadline:
            time.sleep(0.02)
        # first commits here, whether the other transaction waits for it or has already finished
    thread.join(30)
    assert not thread.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], LastAdmin), outcome
    assert _admins(engine) == 1
