"""Who is on call as a report closes ("Gold on call: …", "Silver on call: …", "Duty director: …") and the
line saying who compiled it ("Report compiled by the Site Management Team, ext. 2240") close the report:
they are whom to reach and who wrote it, not items of its last section.

Two layouts: a Word report (Heading 2 sections over plain paragraphs) and a plain-text report (capitals
headings over "- " points).
"""

from __future__ import annotations

import io

import docx

from sitroom.model import Report
from sitroom.read import parse_bytes, parse_text

SECTIONS = [
    ("Summary", ["Fourteen patients waited over 12 hours in ED yesterday."]),
    ("Actions for the next 24 hours", ["Site meeting at 14:00 to review the bed position."]),
]
CLOSING = [
    "Gold on call: Chief Operating Officer",
    "Silver on call: Deputy Director of Operations",
    "Report compiled by the Site Management Team, ext. 2240",
]


def _word() -> bytes:
    d = docx.Document()
    d.add_heading("Daily Operational Pressures Report", level=0)
    for heading, items in SECTIONS:
        d.add_heading(heading, level=2)
        for item in items:
            d.add_paragraph(item)
    for line in CLOSING:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _text() -> str:
    lines = ["Daily Operational Pressures Report", ""]
    for heading, items in SECTIONS:
        lines += [heading.upper(), *(f"- {i}" for i in items), ""]
    return "\n".join(lines + CLOSING) + "\n"


def _check(report: Report) -> None:
    got = [((s.heading or "").casefold(), [i.text for i in s.items]) for s in report.sections if s.items]
    assert got == [(h.casefold(), items) for h, items in SECTIONS]


def test_who_is_on_call_and_who_compiled_the_report_close_it() -> None:
    _check(parse_bytes(_word(), "opel.docx")[0])
    _check(parse_text(_text(), "opel.txt"))
