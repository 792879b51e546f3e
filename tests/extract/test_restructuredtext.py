"""A report written in reStructuredText is read as the rendered page reads: adorned titles are headings, the
field list under the title is the masthead, directives and comments are markup (an admonition's box is text
the reader sees, in a section; above the first section it is a notice about the page), inline markup gives
its text, and a "-- " signature closes the message.

Two layouts: an .rst file (title over- and underlined with "=", sections with "-", "*Mitigation:*" on a
paragraph of its own under its point); and a .txt file holding the same syntax written otherwise (the title
underlined with "#", sections with "~", a second level with "^", a one-line ``.. note:: …``,
"**Mitigation:**" after the risk's line).
"""

from __future__ import annotations

from sitroom.extract import extract_bytes
from sitroom.model import Report
from sitroom.read import parse_text

TITLE = "Library flooding – incident update 3"
FIELDS = [("Issued", "14 March 2025, 09:00"), ("Author", "Duty Estates Manager"), ("Distribution", "All staff")]
SITUATION = ["The basement of the main library flooded overnight.", "Two study floors are closed."]
NOTE_IN_SECTION = "Books on the lower shelves have been moved upstairs."
RISK = "Mould in the basement stacks."
MITIGATION = "Dehumidifiers are running and a surveyor visits on Monday."
NEXT = ["Next update on 15 March by 12:00."]


def _rst() -> str:
    bar = "=" * (len(TITLE) + 2)
    lines = [bar, f" {TITLE}", bar, "", *(f":{k}: {v}" for k, v in FIELDS), ""]
    lines += [
        ".. contents:: On this page",
        "   :local:",
        "",
        ".. note::",
        "   Out of hours, call Security on 555 0100.",
        "",
    ]
    lines += ["Situation", "---------", "", *(f"* {s}" for s in SITUATION), ""]
    lines += [".. warning::", f"   {NOTE_IN_SECTION}", ""]
    lines += ["Risks", "-----", "", f"* {RISK}", "", f"  *Mitigation:* {MITIGATION}", ""]
    lines += ["Next update", "-----------", "", *(f"* {s}" for s in NEXT), ""]
    lines += [".. posted on the intranet as well", "", "-- ", "Estates Helpdesk", "Northfield University", ""]
    return "\n".join(lines)


def _txt() -> str:
    lines = [TITLE, "#" * len(TITLE), "", *(f":{k}: {v}" for k, v in FIELDS), ""]
    lines += [".. |lib| replace:: main library", ".. _intranet: https://intranet.example.ac.uk/library", ""]
    lines += ["Situation", "~~~~~~~~~", ""]
    lines += ["* The basement of the |lib| flooded overnight.", f"* {SITUATION[1]}", ""]
    lines += ["Reading rooms", "^^^^^^^^^^^^^", "", f".. note:: {NOTE_IN_SECTION}", ""]
    lines += ["Risks", "~~~~~", "", f"* {RISK} **Mitigation:** {MITIGATION}", ""]
    lines += ["Next update", "~~~~~~~~~~~", "", "..", "   a comment over two lines", "   not shown", ""]
    lines += [*(f"* {s}" for s in NEXT), "", "-- ", "Estates Helpdesk", ""]
    return "\n".join(lines)


def _check(report: Report, sub: list[str]) -> None:
    assert report.title == TITLE
    assert str(report.date) == "2025-03-14"
    headings = [s.heading for s in report.sections]
    assert headings == ["Situation", *sub, "Risks", "Next update"]
    items = [i.text for s in report.sections for i in s.items]
    assert items == [*SITUATION, NOTE_IN_SECTION, f"{RISK} Mitigation: {MITIGATION}", *NEXT]
    risk = report.sections[-2].items[0]
    assert risk.mitigation == MITIGATION
    assert all(s.heading is not None for s in report.sections)


def test_an_rst_file_is_read_as_its_rendered_page() -> None:
    _check(parse_text(_rst(), "update.rst"), [])


def test_rst_syntax_in_a_text_file_is_read_as_its_rendered_page() -> None:
    report = parse_text(_txt(), "update.txt")
    _check(report, ["Reading rooms"])
    assert [s.level for s in report.sections] == [1, 2, 1, 1]


def test_plain_text_with_colons_and_dots_is_not_rst() -> None:
    """Lines that only look like reST (":" labels, ".." trailing off) in a text without directives stay text."""
    text = "Flood update 2\n\nSituation\n---------\n\n:Note: gauges read hourly.\n\n.. more to follow\n"
    items = [i.text for s in parse_text(text, "update.txt").sections for i in s.items]
    assert items == [":Note: gauges read hourly.", ".. more to follow"]


def test_a_signature_closes_plain_text() -> None:
    """ "-- " (with its space) sets a signature off in any plain text: the lines under it are no items."""
    body = "Flood update 2\n\nSituation\n---------\n\n- Gauges read hourly.\n\n"
    signed = parse_text(body + "-- \nEstates Helpdesk\nNorthfield University\n", "update.txt")
    assert [i.text for s in signed.sections for i in s.items] == ["Gauges read hourly."]


def test_a_field_and_a_strong_line_in_a_section_read_as_rendered() -> None:
    """A field in a section renders as "Owner: Estates"; a line all in strong emphasis is bold, in either layout."""
    for name, head in (("update.rst", ""), ("update.txt", ".. _intranet: https://intranet.example.ac.uk\n\n")):
        text = f"{head}Situation\n---------\n\n**Library**\n\n:Owner: Estates\n"
        doc = extract_bytes(text.encode(), name)
        assert [(b.text, bool(b.style.get("bold"))) for b in doc.blocks] == [
            ("Situation", False),
            ("Library", True),
            ("Owner: Estates", False),
        ]
