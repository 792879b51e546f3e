"""Plain-text typography: underlined headings and "o" bullets, in a .txt file and an e-mail body."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.extract import extract_bytes
from sitroom.model import BlockKind
from sitroom.parse import parse_document
from sitroom.text.glyphs import letter_marks, split_bullet

SECTIONS = {
    "Key messages": [
        "The carers' support line has answered 582 calls since the line opened in March;",
        "Elm House now has 2 beds open for people leaving hospital;",
        "Virtual child protection conferences continue.",
    ],
    "Risks": [
        "Supply of gloves for home care workers is being monitored. Mitigation: the council hub supplies "
        "providers who cannot source stock.",
        "Some providers report difficulty in getting staff tested. Mitigation: cases escalated to the "
        "regional testing cell.",
    ],
}
SUB = ("Staffing", ["4 members of staff remain shielding;", "Agency cover is in place for nights."])


def _wrap(text: str, width: int, first: str, rest: str) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return [(first if i == 0 else rest) + text for i, text in enumerate(lines)]


def _body(caps: bool, indent: str) -> str:
    """A sitrep in plain text: "=" under sections, "-" under a subsection, "o" bullets wrapped under their text."""
    out = ["Adult Social Care situation report 3", "", "Date of report: 20 April 2020", ""]

    def heading(text: str, mark: str) -> None:
        text = text.upper() if caps else text
        out.extend([text, mark * len(text), ""])

    def items(texts: list[str]) -> None:
        for t in texts:
            out.extend(_wrap(t, 60, f"{indent}o ", indent + "  "))
        out.append("")

    for name, texts in SECTIONS.items():
        heading(name, "=")
        items(texts)
    heading("Resources", "=")
    heading(SUB[0], "-")
    items(SUB[1])
    return "\n".join(out)


def _txt(caps: bool, indent: str) -> bytes:
    return _body(caps, indent).encode()


def _eml(caps: bool, indent: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "duty.manager@council.example"
    msg["To"] = "sitreps@council.example"
    msg["Subject"] = "Adult Social Care situation report 3"
    msg["Date"] = "Mon, 20 Apr 2020 09:00:00 +0100"
    msg.set_content(_body(caps, indent))
    return msg.as_bytes()


LAYOUTS = {
    "txt-caps-indented": (lambda: _txt(True, "  "), "sitrep.txt"),
    "txt-title-case-flush": (lambda: _txt(False, ""), "sitrep.txt"),
    "eml-caps-flush": (lambda: _eml(True, ""), "sitrep.eml"),
    "eml-title-case-indented": (lambda: _eml(False, "    "), "sitrep.eml"),
}


@pytest.fixture(params=sorted(LAYOUTS))
def report(request):
    make, name = LAYOUTS[request.param]
    return parse_document(extract_bytes(make(), name))


def test_underlines_mark_headings_and_are_no_items(report):
    headings = [(s.heading.lower(), s.level) for s in report.sections if s.heading]
    assert headings == [("key messages", 1), ("risks", 1), ("resources", 1), ("staffing", 2)]
    assert not [i.text for i in report.items() if set(i.text) <= set("=-")]


def test_each_o_bullet_is_an_item_of_its_own(report):
    expected = [t for texts in SECTIONS.values() for t in texts] + SUB[1]
    got = [i.text for i in report.items() if not i.text.startswith("Date of report")]
    assert [g.split(" Mitigation:")[0] for g in got] == [e.split(" Mitigation:")[0] for e in expected]


def test_risks_written_as_o_bullets_keep_their_mitigations(report):
    risks = next(s for s in report.sections if s.heading and s.heading.lower() == "risks")
    assert [i.mitigation for i in risks.items] == [
        "the council hub supplies providers who cannot source stock.",
        "cases escalated to the regional testing cell.",
    ]


def test_a_rule_under_a_table_header_or_far_from_its_line_is_no_underline():
    text = "Team        Absent\n------------------\nNorth       4\n\nNotes\n\n=========================\n"
    doc = extract_bytes(text.encode(), "t.txt")
    assert all(b.kind is BlockKind.LINE for b in doc.blocks)


@pytest.mark.parametrize(
    ("lines", "marked"),
    [
        ([("o The line is open", 2), ("o 4 staff shielding", 2)], {0, 1}),
        ([("o The line is open", 0), ("o reduced hours", 0)], set()),  # one list-like line is no list
        ([("o governo decidiu", 0), ("o Ministério informou", 0), ("o êxito", 0)], set()),
        ([("o One", 0), ("o Two", 4), ("o three", 0), ("o Four", 0)], {0, 2, 3}),
    ],
)
def test_o_is_a_list_mark_only_when_repeated_down_a_list(lines, marked):
    assert letter_marks(lines) == marked
    assert split_bullet("o The line is open") == (None, "o The line is open")
    assert split_bullet("o The line is open", letter_mark=True) == ("o", "The line is open")


def _starred(name: str) -> bytes:
    lines = []
    for heading, items in SECTIONS.items():
        lines += [f"*{heading}*", *(f"   - {t}" for t in items), ""]
    lines += ["*Published 20 April 2020*", ""]
    text = "\n".join(lines)
    if not name.endswith(".eml"):
        return text.encode()
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = "a@example.org", "b@example.org", "Weekly return"
    m.set_content(text)
    return bytes(m)


@pytest.mark.parametrize("name", ["return.txt", "return.eml"])
def test_a_starred_line_is_a_bold_heading_without_its_stars(name):
    report = parse_document(extract_bytes(_starred(name), name))
    assert [s.heading for s in report.sections if s.heading] == list(SECTIONS)
    # a starred line with a figure is a dateline set off, not a section's name
    assert "Published 20 April 2020" not in [s.heading for s in report.sections]
