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


# A glossary's heading: "Glossary", "Abbreviations", "Terminology", "Flood message terminology", "Key terms"; an
# Easy Read version's "Hard words" or "Words to know"; a heading saying only "definitions" with other words before it
# ("Common definitions") may be a topic of its own.
_GLOSSARY = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:[\w’'-]+\s+){0,3}(?:glossary|terminology|abbreviations|acronyms)"
    r"|glossary\s+of\s+terms|key\s+(?:to\s+)?terms|definitions(?:\s+of\s+terms)?|abbreviations\s+and\s+\w+"
    r"|(?:hard|difficult)\s+words|words\s+to\s+know|word\s+list|what\s+(?:the|these|our)\s+words\s+mean"
    r"|glossaire|sigles(?:\s+et\s+abr[ée]viations)?|glosario|siglas|abreviaturas|glossar|abk[üu]rzungen)\s*:?$",
    re.I,
)
# a glossary's entry: a term of a few words, then what it means ("Flood Watch: flooding is possible …")
_TERM = re.compile(r"^[^:–—=]{1,40}?\s*(?::|\s[–—=-])\s+\S")
# ... or the term alone, its meaning the next line: a two-column table of words and meanings read row by row
_WORD_ALONE = re.compile(r"^[^\W\d_][\w’'-]*(?:\s+[\w’'-]+){0,3}$")
GLOSSARY_SHARE = 0.6


def _entries(texts: list[str]) -> int:
    """How many of the lines read as a glossary's: a term and its meaning on one line, or a term alone ("electricity")
    and, on the line after it, the longer text saying what it means."""
    count, k = 0, 0
    while k < len(texts):
        text = texts[k].strip()
        if _TERM.match(text):
            count += 1
        elif k + 1 < len(texts) and _WORD_ALONE.match(text) and len(texts[k + 1].split()) > len(text.split()):
            count, k = count + 2, k + 1
        k += 1
    return count


def _glossary(section: Section) -> bool:
    if not section.items or not _GLOSSARY.match((section.heading or "").strip()):
        return False
    return _entries([i.text for i in section.items]) >= GLOSSARY_SHARE * len(section.items)


def _word_of_glossary(section: Section, level: int | None) -> bool:
    """A section under the glossary just left out whose heading is one of its words, set in bold as a heading of its
    own, with its meaning the one line under it ("Government" over "The people who run the country.")."""
    heading = (section.heading or "").strip()
    return level is not None and section.level > level and len(section.items) <= 1 and bool(_WORD_ALONE.match(heading))


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
    glossary: int | None = None  # the level of the glossary just left out, while its words follow it
    for section in sections:
        if _word_of_glossary(section, glossary):
            dropped += 1 + len(section.items)
            continue
        glossary = section.level if _glossary(section) else None
        if glossary is not None or _ADMINISTRATION.match((section.heading or "").strip()) or _contact_card(section):
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
            return k if _entries([u.text for u in rest]) >= GLOSSARY_SHARE * len(rest) else len(units)
        if unit.kind is BlockKind.HEADING:
            break
    return len(units)
