"""A message's masthead as pagers, signals and services print it: who sends it on a line of its own
above the report's name, a date-time stamp ("20/11/23 0615") and a priority field are not sections or
items; the report's name is the title. A message split into parts ("[1/3]") reads on across each part
mark, which is left out and counted. In plain text and in Word alike."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

HEAD = ["NORTHFIELD TRAINS CONTROL", "DISRUPTION BULLETIN 4", "20/11/23 0615", "PRIORITY: HIGH"]
SECTIONS = {
    "SERVICE STATUS": ["86 services cancelled today", "Replacement buses run every 14 minutes"],
    "RISKS": ["Further high winds may bring down trees. Mitigation: speed restrictions on exposed sections."],
}


def _text(parts: bool) -> bytes:
    lines = [*HEAD, ""]
    for heading, items in SECTIONS.items():
        lines += ["", heading, *(f"- {t}" for t in items)]
    if parts:  # a part mark falling inside the last sentence
        last = lines.pop()
        cut = last.index("on exposed")
        lines += [last[:cut].rstrip(), "[2/2]", last[cut:]]
        lines.insert(len(HEAD), "[1/2]")
    return "\n".join(lines).encode()


def _docx() -> bytes:
    d = docx.Document()
    for line in HEAD:
        d.add_paragraph(line).runs[0].bold = True
    for heading, items in SECTIONS.items():
        d.add_paragraph(heading).runs[0].bold = True
        for t in items:
            d.add_paragraph(t, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize(
    "make,name", [(lambda: _text(False), "b.txt"), (lambda: _text(True), "b.txt"), (_docx, "b.docx")]
)
def test_sender_stamp_and_priority_make_the_masthead(make, name) -> None:
    report = parse_bytes(make(), name)[0]
    assert report.title == "DISRUPTION BULLETIN 4"
    assert [s.heading for s in report.sections if s.heading] == list(SECTIONS)
    assert [i.text for i in report.items()] == [t for items in SECTIONS.values() for t in items]
    assert report.items()[-1].mitigation == "speed restrictions on exposed sections."


def test_part_marks_are_counted() -> None:
    report = parse_bytes(_text(True), "b.txt")[0]
    assert any("2 message part mark(s) left out" in w for w in report.warnings), report.warnings


def test_a_section_heading_over_an_update_line_is_no_sender() -> None:
    """A first heading naming a section keeps its items, even when its first line reads like a title."""
    text = "Key activity\n\nWeekly update on the rest centres\n\n- 40 people housed overnight.\n"
    report = parse_bytes(text.encode(), "r.txt")[0]
    assert "Key activity" in [s.heading for s in report.sections]
