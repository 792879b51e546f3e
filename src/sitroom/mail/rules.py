"""Sender rules: which organisation and series a sender's returns belong to, and who to chase.

A YAML file::

    senders:
      - match: duty.manager@northfield.gov.example   # one address ...
        organisation: Northfield Council
        series: Northfield Council – Children's Services
      - match: "@eastshire.nhs.example"               # ... or every address of a domain
        organisation: Eastshire NHS Trust             # series left out: inferred from the report
    contacts:                                         # who is reminded of a series' return
      Northfield Council – Children's Services: [duty.manager@northfield.gov.example]

An address rule wins over a domain rule. A series' contacts are those listed under ``contacts`` and,
failing that, the address rules naming that series.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from email.utils import parseaddr
from pathlib import Path

import yaml

from sitroom.mail.errors import RulesError


@dataclass(frozen=True, slots=True)
class Rule:
    match: str  # an address, or "@domain"
    organisation: str
    series: str | None = None


@dataclass(frozen=True, slots=True)
class Rules:
    senders: tuple[Rule, ...] = ()
    contacts: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def for_sender(self, sender: str) -> Rule | None:
        """The rule for ``sender`` (a From header or a bare address); None for an unknown sender."""
        address = parseaddr(sender)[1].lower()
        if "@" not in address:
            return None
        domain = "@" + address.rsplit("@", 1)[1]
        exact = [r for r in self.senders if r.match == address]
        if exact:
            return exact[0]
        by_domain = [r for r in self.senders if r.match == domain]
        return by_domain[0] if by_domain else None

    def contacts_for(self, series: str) -> tuple[str, ...]:
        """Addresses to remind about ``series``."""
        if series in self.contacts:
            return self.contacts[series]
        return tuple(r.match for r in self.senders if r.series == series and not r.match.startswith("@"))


def _text(value: object, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise RulesError(f"{where}: expected a non-empty text")
    if any(ord(c) < 32 for c in value):
        raise RulesError(f"{where}: control characters are not allowed")
    return value.strip()


MAX_MATCH, MAX_ORGANISATION, MAX_SERIES = 320, 200, 300


def make_rule(match: object, organisation: object, series: object = None, where: str = "rule") -> Rule:
    """A checked rule: ``match`` an address or "@domain" (kept lower-case), a named organisation, and
    a series name or None; a ``RulesError`` naming ``where`` and the field otherwise."""
    match = _text(match, f"{where} 'match'").lower()
    if "@" not in match or " " in match or match.count("@") > 1 or match.endswith("@"):
        raise RulesError(f"{where}: 'match' must be an address or @domain, not {match!r}")
    organisation = _text(organisation, f"{where} 'organisation'")
    series = _text(series, f"{where} 'series'") if series not in (None, "") else None
    for value, most, name in ((match, MAX_MATCH, "match"), (organisation, MAX_ORGANISATION, "organisation"),
                              (series or "", MAX_SERIES, "series")):  # fmt: skip
        if len(value) > most:
            raise RulesError(f"{where}: '{name}' is longer than {most} characters")
    return Rule(match, organisation, series)


def rules_to_data(rules: Rules) -> dict:
    """The rules as the YAML file holds them (what ``parse_rules`` reads back)."""
    senders = [{"match": r.match, "organisation": r.organisation} | ({"series": r.series} if r.series else {})
               for r in rules.senders]  # fmt: skip
    return {"senders": senders, "contacts": {k: list(v) for k, v in rules.contacts.items()}}


def parse_rules(data: object, source: str = "rules") -> Rules:
    """Rules from loaded YAML; a clear error naming the entry for anything malformed."""
    if data is None:
        return Rules()
    if not isinstance(data, dict):
        raise RulesError(f"{source}: expected a mapping with 'senders' and 'contacts'")
    rules = []
    for i, entry in enumerate(data.get("senders") or [], 1):
        where = f"{source}: senders entry {i}"
        if not isinstance(entry, dict):
            raise RulesError(f"{where}: expected a mapping")
        rules.append(make_rule(entry.get("match"), entry.get("organisation"), entry.get("series"), where))
    contacts: dict[str, tuple[str, ...]] = {}
    raw_contacts = data.get("contacts") or {}
    if not isinstance(raw_contacts, dict):
        raise RulesError(f"{source}: 'contacts' must map series names to addresses")
    for series, addresses in raw_contacts.items():
        if isinstance(addresses, str):
            addresses = [addresses]
        if not isinstance(addresses, list) or not all(isinstance(a, str) and "@" in a for a in addresses):
            raise RulesError(f"{source}: contacts of {series!r} must be addresses")
        contacts[str(series)] = tuple(a.strip() for a in addresses)
    return Rules(tuple(rules), contacts)


def load_rules(path: Path) -> Rules:
    """Read the rules file at ``path``."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise RulesError(f"{path}: {e.strerror or e}") from e
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        raise RulesError(f"{path}: not valid YAML ({e})") from e
    return parse_rules(data, str(path))
