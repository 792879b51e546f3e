"""The lower lines of a masthead: what sits between the report's title and its date line.

A crisis team's update sets its title, then the incident's name ("Severe Weather – Storm Fionnuala"), then
the meeting's particulars ("Date: 23/01/2024  Time: 08:30  Chair: Chief Executive"), all in bold over the
first section. The date line closes the masthead, so every short line above it belongs to the masthead,
however it is set: a bold line of fields is no section's name.
"""

from __future__ import annotations

from sitroom.model import BlockKind
from sitroom.parse.addressing import is_issuer_header, is_reference_line
from sitroom.parse.furniture import LINE_PARTS, is_currency_line, is_meeting_line
from sitroom.parse.mastheadlines import is_page_fields, is_period_line
from sitroom.parse.message import is_marking_line
from sitroom.parse.metadata import find_number, is_date_line
from sitroom.parse.openingnote import is_opening_note
from sitroom.parse.selfnotice import is_schedule_notice
from sitroom.parse.units import Unit
from sitroom.text.nextreport import is_next_report

# At most this many lines between the title and its date line: more, and they are the report's text.
MAX_LINES = 2
MAX_WORDS = 10
# A part of a particulars row that numbers the report ("Update No. 1", "Issue 4") is a few words at most.
NUMBER_PART_WORDS = 4


def dates_or_addresses(text: str) -> bool:
    """A masthead line that is no part of the report's name: its date line, the line dating it ("This
    report is current as at …") or the notice of when it is updated, the meeting's particulars ("Date: … Time: …
    Venue: …"), the reference number and who issues it ("某县应急管理局文件" over "某应急〔2025〕28号")."""
    return (
        is_date_line(text)
        or is_currency_line(text)
        or is_schedule_notice(text)
        or is_meeting_line(text)
        or is_reference_line(text)
        or is_issuer_header(text)
        or is_particulars_row(text)
    )


def is_particulars_row(text: str) -> bool:
    """A row of the report's particulars parted by "|" or "·", each part its number, its date or when the next
    comes ("Update No. 1 | Issued 06:00, Monday 9 December 2024 | Next update: 14:00"): it names no report."""
    parts = [p.strip() for p in LINE_PARTS.split(text.strip())]

    def particular(part: str) -> bool:
        numbered = len(part.split()) <= NUMBER_PART_WORDS and find_number(part) is not None
        return is_date_line(part) or is_next_report(part) or numbered

    return len(parts) >= 2 and all(map(particular, parts)) and any(is_date_line(p) for p in parts)


def down_to_date_line(body: list[Unit]) -> int:
    """How many units at the top of ``body`` (under the title) are the masthead: the short lines down to and
    including the date or meeting line, when one comes within ``MAX_LINES`` lines and the first section's
    heading follows it; else 0."""
    for k, unit in enumerate(body[: MAX_LINES + 1]):
        if k + 1 >= len(body):
            return 0
        if dates_or_addresses(unit.text) or is_page_fields(unit.text):
            # a date line set as a heading is still the masthead's; with lines above it, they are too; but
            # a day set over points of its own heads a log's entries for that day. The period it covers and the
            # marking may stand under it ("Reporting period: the 24 hours to 08:00", "OFFICIAL-SENSITIVE").
            under = k + 1
            while (
                under + 1 < len(body)
                and body[under].bullet is None
                and (is_period_line(body[under].text) or is_marking_line(body[under].text))
            ):
                under += 1
            # a press release's lede may stand between its dateline and the first section ("The District Medical
            # and Health Officer released Bulletin No. 1 … The details are as follows."): the opening note's
            led = (
                under + 1 < len(body)
                and body[under + 1].kind is BlockKind.HEADING
                and is_opening_note(body[under].text)
            )
            if body[under].kind is not BlockKind.HEADING and not led:
                return 0
            return under if k or unit.kind is BlockKind.HEADING else 0
        if unit.kind is BlockKind.ITEM or unit.bullet is not None or len(unit.text.split()) > MAX_WORDS:
            return 0
        if ":" in unit.text:
            return 0  # a field of its own ("Team Lead: …"), set among the meeting's particulars
    return 0
