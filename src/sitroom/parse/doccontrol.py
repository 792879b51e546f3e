"""The document's own administration: a "Document control" or "Version history" section, with who wrote and
approved the report, its versions and its distribution; and its glossary, the terms it uses with their meanings
("Flood Watch: flooding is possible …"). They say how the paper is managed and how to read it, not what happened,
and are the same from report to report: a reader skips them. So is a contact card: a post over the name of who
holds it and how to reach them ("Library Service Manager" over "Siobhan Kerr", "Contact: 01632 960 633")."""

from __future__ import annotations

import re

from sitroom.model import BlockKind, Section
from sitroom.parse.furniture import gives_contact
from sitroom.parse.units import Unit
from sitroom.text.signoffs import PERSON_NAME, names_post

_ADMINISTRATION = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:"
    r"document\s+(?:control|history|information|details|approval)|version\s+(?:control|history|log)"
    r"|revision\s+(?:history|record)|amendment\s+(?:history|record)|record\s+of\s+(?:changes|amendments)"
    r"|change\s+history|approvals?\s+and\s+distribution|distribution\s+list"
    # French, Spanish, German, Dutch
    r"|contr[ôo]le\s+(?:du|des)\s+documents?|historique\s+des\s+(?:versions|modifications)|suivi\s+des\s+versions"
    r"|control\s+(?:de(?:l)?\s+)?(?:documento|versiones)|historial\s+de\s+(?:versiones|cambios)"
    r"|versionshistorie|versionsverlauf|[äa]nderungshistorie|dokumentenkontrolle|dokumenthistorie"
    r"|versiebeheer|versiegeschiedenis|documentbeheer"
    r")\s*:?$",
    re.I,
)


# A glossary's heading: "Glossary", "Abbreviations", "Terminology", "Flood message terminology", "Key terms"; a
# heading saying only "definitions" with other words before it ("Common definitions") may be a topic of its own.
_GLOSSARY = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:[\w’'-]+\s+){0,3}(?:glossary|terminology|abbreviations|acronyms)"
    r"|glossary\s+of\s+terms|key\s+(?:to\s+)?terms|definitions(?:\s+of\s+terms)?|abbreviations\s+and\s+\w+"
    r"|glossaire|sigles(?:\s+et\s+abr[ée]viations)?|glosario|siglas|abreviaturas|glossar|abk[üu]rzungen)\s*:?$",
    re.I,
)
# a glossary's entry: a term of a few words, then what it means ("Flood Watch: flooding is possible …")
_TERM = re.compile(r"^[^:–—=]{1,40}?\s*(?::|\s[–—=-])\s+\S")
GLOSSARY_SHARE = 0.6


def _glossary(section: Section) -> bool:
    if not section.items or not _GLOSSARY.match((section.heading or "").strip()):
        return False
    terms = sum(1 for i in section.items if _TERM.match(i.text.strip()))
    return terms >= GLOSSARY_SHARE * len(section.items)


CARD_ITEMS = 4


def _contact_card(section: Section) -> bool:
    """A post over its holder's name and how to reach them, each line one of those and one a way to reach them."""
    heading, items = (section.heading or "").strip(), [i.text.strip() for i in section.items]
    if not items or len(items) > CARD_ITEMS or not names_post(heading) or not any(map(gives_contact, items)):
        return False
    return all(gives_contact(t) or (PERSON_NAME.match(t) and len(t.split()) <= 4) for t in items)


def drop_document_control(sections: list[Section]) -> tuple[list[Section], int]:
    """The sections without the document's administration and glossary; how many lines (headings and items) were
    left out."""
    kept: list[Section] = []
    dropped = 0
    for section in sections:
        if _ADMINISTRATION.match((section.heading or "").strip()) or _glossary(section) or _contact_card(section):
            dropped += 1 + len(section.items)
        else:
            kept.append(section)
    return kept, dropped


def control_tail(units: list[Unit]) -> int:
    """Where the administration or glossary closing the document begins among ``units`` (the heading naming it, its
    lines down to the end), or ``len(units)``: what closes the report itself stands above it."""
    for k in range(len(units) - 2, -1, -1):
        unit, text = units[k], units[k].text.strip()
        if unit.bullet is not None:
            continue
        if _ADMINISTRATION.match(text):
            return k
        if _GLOSSARY.match(text):
            rest = units[k + 1 :]
            terms = sum(1 for u in rest if _TERM.match(u.text.strip()))
            return k if terms >= GLOSSARY_SHARE * len(rest) else len(units)
        if unit.kind is BlockKind.HEADING:
            break
    return len(units)
