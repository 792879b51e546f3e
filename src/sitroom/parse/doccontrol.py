"""The document's own administration: a "Document control" or "Version history" section, with who wrote and
approved the report, its versions and its distribution. It says how the paper is managed, not what happened, and
is the same from report to report: a reader skips it."""

from __future__ import annotations

import re

from sitroom.model import Section

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


def drop_document_control(sections: list[Section]) -> tuple[list[Section], int]:
    """The sections without the document's administration; how many lines (headings and items) were left out."""
    kept: list[Section] = []
    dropped = 0
    for section in sections:
        if _ADMINISTRATION.match((section.heading or "").strip()):
            dropped += 1 + len(section.items)
        else:
            kept.append(section)
    return kept, dropped
