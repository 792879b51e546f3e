"""A report that is one status table (Area | Status | Update | Risks | Actions), read row by row alike
in a Word table and an HTML table: each Area cell heads its row's items, a spanning row heads the rows
under it, each list entry is an item, "–"/"n/a" cells are empty, the Status cell rates the row, and the
numbered risks pair with the numbered mitigations beside them."""

from __future__ import annotations

import io
from html import escape

import docx
import pytest

from sitroom.model import Report
from sitroom.read import parse_bytes

HEADER = ("Area", "Status", "Update", "Risks", "Actions")
UPDATES = ["Two day centres reopened on Monday.", "Home care visits are back to the usual rota."]
RISKS = [
    "Pressure on the supply of gloves for home care staff.",
    "Some providers report delays in getting staff tested.",
    "The domiciliary care market may not stay sustainable.",
]
MITIGATIONS = ["A council stock hub supplies providers who run short.", "–", "Weekly calls with every provider."]
STAFFING = ["Absence stands at 6% and is falling.", "Twelve agency workers started this week."]
RECOVERY = ["A lessons learned review will be held in May.", "The winter discharge rota is under review."]
COMMS = "A weekly message from the Director goes to all staff."

# (area, status, update, risks, actions); a row of one entry only is a spanning group row
ROWS: list[tuple[str, ...]] = [
    ("Service delivery", "Green", "ul:UPDATES", "–", "–"),
    ("Risks and issues", "Amber", "–", "ol:RISKS", "ol:MITIGATIONS"),
    ("Resources",),
    ("Staffing", "Green", "ul:STAFFING", "n/a", "–"),
    ("Recovery", "Green", "–", "–", "ul:RECOVERY"),
    ("Communications", "Green", COMMS, "–", "None"),
]
LISTS = {"UPDATES": UPDATES, "RISKS": RISKS, "MITIGATIONS": MITIGATIONS, "STAFFING": STAFFING, "RECOVERY": RECOVERY}

EXPECTED = [
    ("Service delivery", 2, [(t, None) for t in UPDATES]),
    ("Risks and issues", 2, [(RISKS[0], MITIGATIONS[0]), (RISKS[1], None), (RISKS[2], MITIGATIONS[2])]),
    ("Resources", 1, []),
    ("Staffing", 2, [(t, None) for t in STAFFING]),
    ("Recovery", 2, [(t, None) for t in RECOVERY]),
    ("Communications", 2, [(COMMS, None)]),
]


def _html_cell(value: str, br: bool) -> str:
    if ":" not in value or value.endswith("."):
        return escape(value)
    tag, name = value.split(":")
    entries = LISTS[name]
    if br:  # entries typed on lines parted by <br>, numbered or bulleted by hand
        marks = [f"{n}." if tag == "ol" else "•" for n in range(1, len(entries) + 1)]
        return "<br>".join(f"{m} {escape(t)}" for m, t in zip(marks, entries, strict=True))
    return f"<{tag}>" + "".join(f"<li>{escape(t)}</li>" for t in entries) + f"</{tag}>"


def _html(br: bool = False, header: tuple[str, ...] = HEADER, rows: list[tuple[str, ...]] = ROWS) -> bytes:
    body = []
    for row in rows:
        if len(row) == 1:
            body.append(f"<tr class='group'><th colspan='5'>{row[0]}</th></tr>")
            continue
        area, status, *rest = row
        cells = "".join(f"<td>{_html_cell(v, br)}</td>" for v in rest)
        body.append(f"<tr><th scope='row'>{area}</th><td class='rag'>{status}</td>{cells}</tr>")
    head = "".join(f"<th>{h}</th>" for h in header)
    return (
        "<html><body><h1>Adult Social Care status report 4</h1><p>Published 6 April 2020</p>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></body></html>"
    ).encode()


def _docx_cell(cell, value: str, typed: bool) -> None:
    if ":" not in value or value.endswith("."):
        cell.text = value
        return
    tag, name = value.split(":")
    entries = LISTS[name]
    if typed:  # one paragraph, entries numbered by hand on lines parted by line breaks
        run = cell.paragraphs[0].add_run()
        for n, text in enumerate(entries, 1):
            if n > 1:
                run.add_break()
            run.add_text(f"{n}. {text}" if tag == "ol" else f"• {text}")
        return
    style = "List Number" if tag == "ol" else "List Bullet"
    cell.paragraphs[0].text = entries[0]
    cell.paragraphs[0].style = style
    for text in entries[1:]:
        cell.add_paragraph(text, style=style)


def _docx(typed: bool = False, header: tuple[str, ...] = HEADER, rows: list[tuple[str, ...]] = ROWS) -> bytes:
    d = docx.Document()
    d.add_paragraph("Adult Social Care status report 4", style="Title")
    table = d.add_table(rows=1, cols=5)
    for cell, name in zip(table.rows[0].cells, header, strict=True):
        cell.paragraphs[0].add_run(name).bold = True
    for row in rows:
        cells = table.add_row().cells
        if len(row) == 1:
            merged = cells[0].merge(cells[4])
            merged.text = row[0]
            continue
        for cell, value in zip(cells, row, strict=True):
            _docx_cell(cell, value, typed)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _outline(report: Report) -> list[tuple[str | None, int, list[tuple[str, str | None]]]]:
    return [
        (s.heading, s.level, [(i.text, i.mitigation) for i in s.items]) for s in report.sections if s.heading or s.items
    ]


@pytest.mark.parametrize(
    ("name", "make"),
    [("r.html", _html), ("r.docx", _docx), ("br.html", lambda: _html(br=True)), ("typed.docx", lambda: _docx(True))],
)
def test_each_row_of_a_status_table_is_a_section_with_its_items(name, make) -> None:
    report = parse_bytes(make(), name)[0]
    assert _outline(report) == EXPECTED


def test_word_and_html_read_the_status_table_alike() -> None:
    assert _outline(parse_bytes(_docx(), "r.docx")[0]) == _outline(parse_bytes(_html(), "r.html")[0])


# Without a risks column the table is no register: its rows are still sections, its group row a heading.
PLAIN_HEADER = ("Area", "Status", "Update", "Notes", "Next steps")
PLAIN_ROWS = [r for r in ROWS if r[0] != "Risks and issues"]


@pytest.mark.parametrize("typed", [False, True])
@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_a_status_table_without_risks_reads_its_rows_and_group_row_alike(fmt, typed) -> None:
    make = _html if fmt == "html" else _docx
    report = parse_bytes(make(typed, PLAIN_HEADER, PLAIN_ROWS), f"r.{fmt}")[0]
    assert _outline(report) == [s for s in EXPECTED if s[0] != "Risks and issues"]
