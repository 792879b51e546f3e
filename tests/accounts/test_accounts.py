"""Accounts core on SQLite and PostgreSQL: hashing, lockout, tokens, roles, policy, audit of ingest and delete."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from sitroom.accounts.errors import AccountExists, AccountLocked, BadCredentials, LastAdmin, WeakPassword
from sitroom.accounts.login import MAX_FAILURES, authenticate
from sitroom.accounts.passwords import hash_password, verify_password
from sitroom.accounts.policy import (
    LOCAL,
    can_read_series,
    can_write_series,
    principal_for,
    visible_series_ids,
    writable_series_ids,
)
from sitroom.accounts.tokens import create_token, list_tokens, revoke_token, verify_token
from sitroom.accounts.users import auth_enabled, create_user, get_user, set_disabled, set_role
from sitroom.generate import iter_series
from sitroom.ingest import IngestOptions, ingest_bytes
from sitroom.store import session_scope
from sitroom.store.delete import delete_report
from sitroom.store.queries import ReportNotFound, get_report
from sitroom.store.tables import ApiToken, Item, Link, Organisation, Original, Report, Section, Series, User
from sitroom.views import audit as audit_view

PASSWORD = "correct horse battery staple"


def _seed(engine, series: int = 2, reports: int = 3) -> list[int]:
    ids = []
    for it in iter_series(series, reports, seed=3, organisations=2):
        for rep in it:
            r = ingest_bytes(
                engine,
                rep.render("txt"),
                f"{rep.series}-{rep.number}.txt",
                IngestOptions(organisation=rep.organisation, ingested_by="carol"),
            )
            ids += r.report_ids
    return ids


def test_passwords_are_argon2_hashed_and_checked():
    h = hash_password(PASSWORD)
    assert h.startswith("$argon2id$") and PASSWORD not in h
    assert verify_password(h, PASSWORD)
    assert not verify_password(h, PASSWORD + "x")
    assert hash_password(PASSWORD) != h  # salted
    with pytest.raises(WeakPassword):
        hash_password("short")


def test_first_user_turns_auth_on_and_names_are_unique(engine):
    with session_scope(engine) as s:
        assert not auth_enabled(s)
        create_user(s, "alice", PASSWORD, "admin")
        assert auth_enabled(s)
        with pytest.raises(AccountExists):
            create_user(s, "Alice", PASSWORD, "reader")
        with pytest.raises(Exception, match="not a usable user name"):
            create_user(s, "local", PASSWORD, "reader")
        row = get_user(s, "alice")
        assert row.password_hash != PASSWORD and verify_password(row.password_hash, PASSWORD)


def test_login_is_audited_and_locks_after_repeated_failures(engine):
    with session_scope(engine) as s:
        create_user(s, "bob", PASSWORD, "admin")
    with session_scope(engine) as s:
        p = authenticate(s, "bob", PASSWORD, source="10.0.0.1")
        assert p.username == "bob" and p.role == "admin"
    for _ in range(MAX_FAILURES):
        with session_scope(engine) as s, pytest.raises(BadCredentials):
            try:
                authenticate(s, "bob", "wrong password!", source="10.0.0.2")
            finally:
                s.commit()  # the web and CLI commit failures: they are the point
    with session_scope(engine) as s, pytest.raises(AccountLocked):
        try:
            authenticate(s, "bob", PASSWORD)  # the right password does not open a locked account
        finally:
            s.commit()
    with session_scope(engine) as s:
        user = get_user(s, "bob")
        assert user.locked_until > datetime.now(UTC).replace(tzinfo=None)
        user.locked_until = datetime.now(UTC).replace(tzinfo=None) - timedelta(seconds=1)  # the lockout expires
    with session_scope(engine) as s:
        assert authenticate(s, "bob", PASSWORD).user_id is not None
        with pytest.raises(BadCredentials):
            authenticate(s, "nobody", PASSWORD)
        s.commit()
    with session_scope(engine) as s:
        logins = audit_view.query(s, user="bob", action="login")
        failed = audit_view.query(s, user="bob", action="login_failed")
        assert len(logins) == 2 and len(failed) == MAX_FAILURES + 1
        assert any("locked until" in (f["detail"] or "") for f in failed)
        assert "from 10.0.0.2" in failed[-1]["detail"]
        assert audit_view.query(s, user="nobody", action="login_failed")[0]["detail"] == "no such user"


def test_api_tokens_are_hashed_at_rest_revocable_and_record_last_use(engine):
    with session_scope(engine) as s:
        create_user(s, "ann", PASSWORD, "coordinator", organisations=["Org A"])
        row, token = create_token(s, "ann", "ci")
        token_id = row.id
    with session_scope(engine) as s:
        stored = s.get(ApiToken, token_id)
        assert stored.token_hash == hashlib.sha256(token.encode()).hexdigest()
        dumped = " ".join(str(v) for v in s.execute(select(ApiToken)).one())
        assert token not in dumped and stored.last_used_at is None
        p = verify_token(s, token)
        assert p.username == "ann" and p.role == "coordinator" and p.token_id == token_id and p.org_ids
    with session_scope(engine) as s:
        assert s.get(ApiToken, token_id).last_used_at is not None
        assert verify_token(s, token + "x") is None
        revoke_token(s, token_id)
    with session_scope(engine) as s:
        assert verify_token(s, token) is None
        assert list_tokens(s)[0]["revoked_at"] is not None
        _, second = create_token(s, "ann", "other")
        create_user(s, "root", PASSWORD, "admin")
        set_disabled(s, "ann")
        assert verify_token(s, second) is None  # a disabled user's tokens stop working
        actions = [r["action"] for r in audit_view.query(s)]
        assert actions.count("token_create") == 2 and "token_revoke" in actions and "disable" in actions


def test_role_changes_are_audited_and_the_last_admin_is_kept(engine):
    with session_scope(engine) as s:
        create_user(s, "root", PASSWORD, "admin")
        create_user(s, "dan", PASSWORD, "reader")
        with pytest.raises(LastAdmin):
            set_role(s, "root", "reader")
        with pytest.raises(LastAdmin):
            set_disabled(s, "root")
        set_role(s, "dan", "coordinator", by="root")
        change = audit_view.query(s, action="role_change")[0]
        assert change["user"] == "root" and change["before"] == {"role": "reader"}
        assert change["after"] == {"role": "coordinator"} and change["object_id"] == str(get_user(s, "dan").id)


def test_policy_limits_each_role_to_its_organisations_and_series(engine):
    _seed(engine, series=2, reports=1)
    with session_scope(engine) as s:
        series = s.execute(select(Series.id, Series.organisation_id).order_by(Series.id)).all()
        (sa, org_a), (sb, org_b) = series
        assert org_a != org_b
        name_a = s.get(Series, sa).name
        org_name_a = s.get(Organisation, org_a).name
        coord = create_user(s, "coord", PASSWORD, "coordinator", organisations=[org_name_a])
        contrib = create_user(s, "contrib", PASSWORD, "contributor", organisations=[org_name_a], series=[name_a])
        other = create_user(s, "other", PASSWORD, "contributor", organisations=[org_name_a])
        reader = create_user(s, "reader", PASSWORD, "reader", organisations=[org_name_a])
        nobody = create_user(s, "nobody", PASSWORD, "reader")
        pc, pt, po, pr, pn = (principal_for(s, u) for u in (coord, contrib, other, reader, nobody))
        assert visible_series_ids(s, LOCAL) is None and can_write_series(s, LOCAL, sb)
        for p in (pc, pt, po, pr):
            assert can_read_series(s, p, sa) and not can_read_series(s, p, sb), p.username
        assert can_write_series(s, pc, sa) and not can_write_series(s, pc, sb)
        assert can_write_series(s, pt, sa) and not can_write_series(s, pt, sb)
        assert writable_series_ids(s, po) == frozenset() and writable_series_ids(s, pr) == frozenset()
        assert visible_series_ids(s, pn) == frozenset()  # no organisation: nothing (fail closed)


def test_ingest_writes_an_audit_row_in_its_transaction(engine):
    ids = _seed(engine, series=1, reports=2)
    with session_scope(engine) as s:
        rows = audit_view.query(s, action="ingest")
        assert {int(r["object_id"]) for r in rows} == set(ids)
        first = next(r for r in rows if int(r["object_id"]) == ids[0])
        report = s.get(Report, ids[0])
        assert first["user"] == "carol" and first["after"]["sha256"] == report.sha256
        assert first["after"]["series"] == s.get(Series, report.series_id).name


def test_delete_report_removes_rows_and_original_and_is_audited(engine):
    ids = _seed(engine, series=1, reports=3)
    middle, last = ids[1], ids[2]
    with session_scope(engine) as s:
        sha = s.get(Report, middle).sha256
        items = s.scalar(select(func.count()).select_from(Item).where(Item.report_id == middle))
        title = s.get(Report, middle).title
    with session_scope(engine) as s:
        done = delete_report(s, middle, by="root")
    assert done["original_deleted"] and done["items"] == items
    with session_scope(engine) as s:
        with pytest.raises(ReportNotFound):
            get_report(s, middle)
        assert s.get(Original, sha) is None
        for table in (Section, Item):
            assert not s.scalar(select(func.count()).select_from(table).where(table.report_id == middle))
        assert not s.scalar(select(func.count()).select_from(Link).where(Link.prev_report_id == middle))
        # the report after it is linked to the one before it again
        prev = set(
            s.scalars(select(Link.prev_report_id).where(Link.report_id == last, Link.prev_report_id.is_not(None)))
        )
        assert prev == {ids[0]}
        row = audit_view.query(s, action="delete")[0]
        assert row["user"] == "root" and row["object_id"] == str(middle)
        assert row["before"]["title"] == title and row["before"]["items"] == items and row["before"]["sha256"] == sha
        assert s.scalar(select(func.count()).select_from(User)) == 0
