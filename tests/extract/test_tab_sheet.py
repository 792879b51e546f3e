"""A sheet saved as tab-delimited text: the rows above its header are the masthead, each row under the header an
update under the section its first column names (in the first row of a section only, as a merged cell leaves it,
or in every row), the owners, ratings and dates left out and counted, a quoted cell with a line break one point.

Layouts: Excel's "Text (Tab delimited)" in cp1252 with CRLF rows padded to the sheet's width, the same with the
section in every row, and a list exported as UTF-8 text under other column names. The same sheet saved as "CSV"
(commas, or semicolons where the comma is the decimal mark), with a column of row references before the sections and
the remarks beside the updates, its fields one a row over the header."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

SECTIONS = {
    "Network status": ["The A9 is closed at the pass because of drifting snow.", "151 fallen trees have been cleared."],
    "Costs": ["Storm response costs to date are £419,000."],
    "Risks": ["Salt stocks may run low if the snow lasts. Mitigation: extra deliveries are booked."],
}


def _cell(text: str) -> str:
    # Excel quotes a cell holding a quote, a comma or a line break (Alt+Enter, a bare LF)
    if any(c in text for c in ',"\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def _sheet(
    header: list[str], every_row: bool, newline: str, encoding: str, masthead: bool = True, delimiter: str = "\t"
) -> bytes:
    width = len(header)
    refs = header[0] == "Ref"
    rows = []
    if masthead:
        rows += [["Forth and Tay Trunk Roads – Storm Halla sitrep log"]]
        one_row = [["Sitrep no.", "1", "", "Issued", "19/01/2026"]]
        rows += [*([["Sitrep no.", "1"], ["Issued", "19/01/2026"]] if refs else one_row), []]
    rows.append(header)
    for k, (section, points) in enumerate(SECTIONS.items(), 1):
        for n, point in enumerate(points):
            text = point.replace(" Mitigation:", "\nMitigation:")
            row = [section if n == 0 or every_row else "", text, "Duty Manager", "A", "19/01/2026 05:52"]
            rows.append([f"{k}.{n + 1}", *row, "Checked by the duty manager"] if refs else row)
    lines = [delimiter.join(_cell(c) for c in row + [""] * (width - len(row))) for row in rows]
    return (newline.join(lines) + newline).encode(encoding)


LAYOUTS = [
    (["Section", "Update", "Owner", "RAG", "Updated"], False, "\r\n", "cp1252"),
    (["Section", "Update", "Owner", "RAG", "Updated"], True, "\r\n", "cp1252"),
    (["Area", "Details", "Submitted by", "Status", "Last updated"], True, "\n", "utf-8"),
]


@pytest.mark.parametrize("header,every_row,newline,encoding", LAYOUTS)
def test_each_row_is_a_point_under_its_section(header, every_row, newline, encoding) -> None:
    report = parse_bytes(_sheet(header, every_row, newline, encoding), "log.txt")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections} == SECTIONS
    assert report.sections[-1].items[0].mitigation == "extra deliveries are booked."
    assert report.title == "Forth and Tay Trunk Roads – Storm Halla sitrep log"
    assert report.tables and any("owners, ratings and dates" in w for w in report.warnings)


def test_a_sheet_without_a_masthead_reads_the_same() -> None:
    data = _sheet(["Section", "Update", "Owner", "RAG", "Updated"], False, "\r\n", "cp1252", masthead=False)
    report = parse_bytes(data, "log.txt")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections} == SECTIONS


def test_a_note_with_a_few_tabbed_lines_is_no_sheet() -> None:
    text = "\n".join(
        [
            "Storm update 3",
            "",
            "Network status",
            "- The A9 is closed at the pass.",
            "- 151 fallen trees have been cleared.",
            "",
            "Costs",
            "- Spend to date is £419,000.",
            "Road\tStatus\tOwner",
            "A9\tClosed\tNetwork Manager",
        ]
    )
    report = parse_bytes(text.encode(), "note.txt")[0]
    assert [s.heading for s in report.sections if s.heading][:2] == ["Network status", "Costs"]


@pytest.mark.parametrize("delimiter", [",", ";"], ids=["commas", "semicolons"])
def test_a_sheet_saved_as_csv_reads_the_same(delimiter: str) -> None:
    header = ["Ref", "Section", "Update", "Owner", "RAG", "Updated", "Comments"]
    report = parse_bytes(_sheet(header, False, "\r\n", "utf-8-sig", delimiter=delimiter), "tracker.csv")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.heading} == SECTIONS
    assert report.title == "Forth and Tay Trunk Roads – Storm Halla sitrep log"
    assert report.number == 1 and str(report.date) == "2026-01-19"
    assert not any("Checked by" in i.text or i.text.startswith("1.") for i in report.items())
