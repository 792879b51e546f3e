"""A return's form furniture: the template's instruction to whoever fills it in, above the first section,
and the sign-off and the note on sources closing it, are not items. They are left out and counted, in
Word, Markdown and plain text alike."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

INSTRUCTION = "Please complete and return to the Education Cell by 10:00 every Monday. Nil returns are required."
SECTIONS = {
    "ATTENDANCE": ["Attendance was 91% across the trust's 12 schools.", "Two sites closed for heating repairs."],
    "NEXT STEPS": ["Reopen both sites once the boilers are repaired.", "Return to full timetables by Friday."],
}
SIGN_OFF = "Signed: Chief Executive Officer, Oakfield Academy Trust Date: 11 January 2021"
AUTHORISED = "Authorised by: Area Manager R. Tate, Strategic Fire Adviser"
SOURCES = "Sources: school census returns and local authority attendance data."


def _lines() -> list[tuple[str, str]]:
    out = [("title", "Schools weekly return – 11 January 2021"), ("p", INSTRUCTION)]
    for heading, items in SECTIONS.items():
        out += [("h", heading), *(("li", t) for t in items)]
    return [*out, ("p", SIGN_OFF), ("p", AUTHORISED), ("p", SOURCES)]


def _docx() -> bytes:
    d = docx.Document()
    for kind, text in _lines():
        if kind in ("title", "h"):
            d.add_paragraph(text).runs[0].bold = True
        elif kind == "li":
            d.add_paragraph("• " + text)
        else:
            d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _markdown() -> bytes:
    marks = {"title": "# ", "h": "## ", "li": "- ", "p": ""}
    return "\n\n".join(marks[k] + t for k, t in _lines()).encode()


def _text() -> bytes:
    return "\n\n".join(f"- {t}" if k == "li" else t for k, t in _lines()).encode()


@pytest.mark.parametrize("make,name", [(_docx, "return.docx"), (_markdown, "return.md"), (_text, "return.txt")])
def test_form_instruction_sign_off_and_sources_are_not_items(make, name) -> None:
    report = parse_bytes(make(), name)[0]
    assert [i.text for i in report.items()] == [t for items in SECTIONS.values() for t in items]
    assert [s.heading for s in report.sections if s.items] == list(SECTIONS)
    assert any("form instruction line" in w for w in report.warnings), report.warnings
    assert any("end-of-report line" in w for w in report.warnings), report.warnings


def test_an_item_about_returning_or_a_sign_off_in_a_sentence_stays() -> None:
    text = "Weekly return\n\nRETURN TO SCHOOL\n\n- Return to school by Monday for years 1 and 6.\n"
    text += "- Signed off the new rota."
    report = parse_bytes(text.encode(), "r.txt")[0]
    assert [i.text for i in report.items()] == [
        "Return to school by Monday for years 1 and 6.",
        "Signed off the new rota.",
    ]
