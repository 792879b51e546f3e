"""Sender rules kept in the database: what ``sitroom mail``, ``sitroom chase`` and the admin page share.

Every change is audited in the caller's transaction (object type ``mail_rule``, or ``mail_rules`` for a
whole import), like other admin actions. YAML import and export keep the file format of ``rules.py``.
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from sitroom.errors import SitroomError
from sitroom.mail.rules import Rule, Rules, make_rule, rules_to_data
from sitroom.store import audit
from sitroom.store.tables import MailContact, MailSender


class RuleNotFound(SitroomError):
    http_status = 404


class RuleConflict(SitroomError):
    http_status = 409


def _as_dict(row: MailSender) -> dict:
    return {"id": row.id, "match": row.match, "organisation": row.organisation, "series": row.series}


def list_rules(session: Session) -> list[dict]:
    """Every sender rule, domains after addresses, each group by its match."""
    rows = session.scalars(select(MailSender)).all()
    return sorted((_as_dict(r) for r in rows), key=lambda r: (r["match"].startswith("@"), r["match"]))


def read_rules(session: Session) -> Rules:
    """The stored rules, as intake and chasing read them."""
    senders = tuple(Rule(r["match"], r["organisation"], r["series"]) for r in list_rules(session))
    contacts: dict[str, list[str]] = {}
    for c in session.scalars(select(MailContact).order_by(MailContact.series, MailContact.id)):
        contacts.setdefault(c.series, []).append(c.address)
    return Rules(senders, {k: tuple(v) for k, v in contacts.items()})


def _taken(session: Session, match: str, but: int | None = None) -> None:
    other = session.scalar(select(MailSender).where(MailSender.match == match))
    if other is not None and other.id != but:
        raise RuleConflict(f"a rule for {match} exists already: edit that one")


def add_rule(session: Session, match: str, organisation: str, series: str | None = None, by=None) -> dict:
    """Add a rule (checked as the YAML file's are); a ``RulesError`` or ``RuleConflict`` names the problem."""
    rule = make_rule(match, organisation, series)
    _taken(session, rule.match)
    row = MailSender(match=rule.match, organisation=rule.organisation, series=rule.series)
    session.add(row)
    session.flush()
    audit.record(session, by, "create", "mail_rule", row.id, after=_as_dict(row))
    return _as_dict(row)


def _get(session: Session, rule_id: int) -> MailSender:
    row = session.get(MailSender, rule_id)
    if row is None:
        raise RuleNotFound(f"no sender rule {rule_id}")
    return row


def update_rule(
    session: Session, rule_id: int, match: str, organisation: str, series: str | None = None, by=None
) -> dict:
    """Change rule ``rule_id`` to the values given."""
    row = _get(session, rule_id)
    rule = make_rule(match, organisation, series)
    _taken(session, rule.match, but=row.id)
    before = _as_dict(row)
    row.match, row.organisation, row.series = rule.match, rule.organisation, rule.series
    session.flush()
    audit.record(session, by, "update", "mail_rule", row.id, before=before, after=_as_dict(row))
    return _as_dict(row)


def delete_rule(session: Session, rule_id: int, by=None) -> dict:
    """Remove rule ``rule_id``; its sender's next returns are held."""
    row = _get(session, rule_id)
    before = _as_dict(row)
    session.delete(row)
    session.flush()
    audit.record(session, by, "delete", "mail_rule", rule_id, before=before)
    return before


def import_rules(session: Session, rules: Rules, replace: bool = False, by=None) -> tuple[int, int]:
    """Store ``rules`` (from a YAML file): a rule for a match already stored replaces it, and with
    ``replace`` every rule and contact not in ``rules`` goes. Returns (rules written, contacts written)."""
    seen: set[str] = set()
    for r in rules.senders:
        if r.match in seen:
            raise RuleConflict(f"{r.match} has two rules in the file: keep one")
        seen.add(r.match)
    before = rules_to_data(read_rules(session))
    if replace:
        session.execute(delete(MailSender))
        session.execute(delete(MailContact))
    for r in rules.senders:
        row = session.scalar(select(MailSender).where(MailSender.match == r.match))
        if row is None:
            session.add(MailSender(match=r.match, organisation=r.organisation, series=r.series))
        else:
            row.organisation, row.series = r.organisation, r.series
    contacts = 0
    for series, addresses in rules.contacts.items():
        session.execute(delete(MailContact).where(MailContact.series == series))
        for address in dict.fromkeys(addresses):
            session.add(MailContact(series=series, address=address))
            contacts += 1
    session.flush()
    after = rules_to_data(read_rules(session))
    detail = f"{len(rules.senders)} rules, {contacts} contacts" + (" (replacing all)" if replace else "")
    audit.record(session, by, "update", "mail_rules", None, before=before, after=after, detail=detail)
    return len(rules.senders), contacts


def export_rules(session: Session) -> dict:
    """The stored rules as the YAML file holds them."""
    return rules_to_data(read_rules(session))
