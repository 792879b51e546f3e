"""The report's particulars under its title: a box of "label: value" fields under a heading naming no section
("Details"), or a run of such fields one a line ("Lead officer: …", "Date: 6 April 2020", "Return number: 1"). They
date, number and address the report; none is a point."""

from __future__ import annotations

import re

from sitroom.model import BlockKind
from sitroom.parse.mastheadlines import is_under_title
from sitroom.parse.metadata import find_date, find_number, is_date_line
from sitroom.parse.units import Unit
from sitroom.parse.vocabulary import classify_heading
from sitroom.text.nextreport import is_next_report

# "Prepared by: …", "Date: …", "Previous report: …": a field of the report's particulars
_FIELD = re.compile(r"^[^\W\d_][^:]{0,30}:\s*\S")
FIELDS_BOX_LINES = 6


def fields_box(body: list[Unit]) -> int:
    """How many units open the body as a box of the report's particulars under its title: a heading naming no
    section ("Details") over a few short "label: value" fields, one of them its date or who wrote it. 0 when
    the body does not open with one."""
    if not body or body[0].kind is not BlockKind.HEADING or classify_heading(body[0].text)[0] is not None:
        return 0
    n = next((k for k in range(1, len(body)) if body[k].kind is BlockKind.HEADING), len(body))
    fields = body[1:n]
    if not fields or n == len(body) or len(fields) > FIELDS_BOX_LINES:
        return 0
    if not all((_FIELD.match(u.text) or is_under_title(u.text)) and len(u.text.split()) <= 24 for u in fields):
        return 0
    return n if any(is_under_title(u.text) or find_date(u.text) for u in fields) else 0


# a field of the report's particulars: a short label, its colon, its value ("Lead officer: Jo Patel", "Return
# number: 1")
# (a label may hold an abbreviation's stop: "Report No.: 1", "Ref.: SR-1")
_PARTICULAR_FIELD = re.compile(r"^[^\W\d_][\w '’/&().-]{0,30}:\s*\S")
MIN_FIELDS = 3
FIELD_WORDS = 14


def field_lines(body: list[Unit], dated_above: bool = False) -> int:
    """How many units opening ``body`` (under the title) are a run of the report's particulars, one field a line
    ("Lead officer: …", "Date: 6 April 2020", "Return number: 1", "Distribution: …"), when three or more stand
    together (or two, one the date line or under it: ``dated_above``), one dating or numbering the report or saying
    when the next comes, and a section follows; else 0."""
    n = 0
    while n < len(body) and body[n].kind is BlockKind.PARAGRAPH and body[n].bullet is None:
        text = body[n].text.strip()
        if not _PARTICULAR_FIELD.match(text) or len(text.split()) > FIELD_WORDS or text.endswith("."):
            break
        n += 1
    fields = [u.text for u in body[:n]]
    dated = dated_above or any(find_date(f) or find_number(f) is not None or is_next_report(f) for f in fields)
    # two fields are a run too when one is the date line ("Catchment: Upper Wye" over "Date of issue: 10/03/2026")
    enough = n >= MIN_FIELDS or (n == 2 and (dated_above or any(is_date_line(f) for f in fields)))
    return n if enough and dated and n < len(body) and body[n].kind is BlockKind.HEADING else 0
