"""A spreadsheet published as a web page: its column letters and row numbers are the sheet's frame, a row spanning the
sheet in bold heads the rows under it, the columns naming who leads and when the row changed describe it, and a
risk register's header row inside the sheet makes each row under it a risk with its mitigation.

Two layouts: the sheet styled by the classes of its own style sheet (as a spreadsheet service publishes it), and by
``<th>`` cells and ``<b>`` (as a desktop spreadsheet saves a page).
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("Welfare", [("131 hot meals were served yesterday.", "Kai team"), ("51 food parcels went out.", "Welfare")]),
    ("Roads and access", [("State Highway 2 is open to one lane under stop/go control.", "Civil Defence")]),
]
RISK = ("Food safety in the hall kitchen during hot weather.", "The kitchen was checked and temperatures are logged.")
AFTER = ("Keeping people informed", [("Updates are posted on the community page at 5pm each day.", "Marae committee")])


def _sheet(classes: bool) -> bytes:
    def cell(text: str, kind: str = "", span: int = 1) -> str:
        colspan = f' colspan="{span}"' if span > 1 else ""
        if classes:
            return f'<td class="{kind or "s4"}"{colspan}>{text}</td>'
        return f"<td{colspan}><b>{text}</b></td>" if kind else f"<td{colspan}>{text}</td>"

    rows = [cell("Ōtaki Community Hub – Situation Sheet", "s0", 4)]
    rows.append("".join(cell(h, "s2") for h in ("Area", "Update", "Lead", "Updated")))
    for heading, items in SECTIONS:
        rows.append(cell(heading, "s3", 4))
        rows += ["".join((cell(""), cell(text), cell(lead), cell("17/02"))) for text, lead in items]
    rows.append(cell("Risks", "s3", 4))
    rows.append("".join((cell(""), cell("Risk", "s2"), cell("Mitigation", "s2"), cell("Owner", "s2"))))
    rows.append("".join((cell(""), cell(RISK[0]), cell(RISK[1]), cell("Hub manager"))))
    rows.append(cell(AFTER[0], "s3", 4))
    rows += ["".join((cell(""), cell(text), cell(lead), cell("17/02"))) for text, lead in AFTER[1]]
    letters = "".join(f"<th>{c}</th>" for c in "ABCD")
    body = "".join(f"<tr><th>{n}</th>{r}</tr>" for n, r in enumerate(rows, start=1))
    style = (
        "<style>.ritz .waffle .s0{font-weight:bold;font-size:14pt}.ritz .waffle .s2{font-weight:bold}"
        ".ritz .waffle .s3{background-color:#c9daf8;font-weight:bold}.ritz .waffle .s4{font-size:10pt}</style>"
    )
    return (
        "<html><head><meta charset='utf-8'><title>Ōtaki Community Hub – Situation Sheet</title>"
        f"{style if classes else ''}</head><body><div class='ritz'>"
        f"<table class='waffle'><thead><tr><th></th>{letters}</tr></thead><tbody>{body}</tbody></table></div>"
        "<div>Published by Google Sheets – Report Abuse – Updated automatically every 5 minutes</div></body></html>"
    ).encode()


@pytest.mark.parametrize("classes", [True, False], ids=["style-sheet", "markup"])
def test_a_published_sheet_reads_as_its_sections(classes: bool) -> None:
    report = parse_bytes(_sheet(classes), "sheet.html")[0]
    got = {s.heading: [(i.text, i.mitigation) for i in s.items] for s in report.sections}
    assert got == {
        **{heading: [(text, None) for text, _ in items] for heading, items in SECTIONS},
        "Risks": [RISK],
        AFTER[0]: [(text, None) for text, _ in AFTER[1]],
    }
    assert any("spreadsheet header cell" in w for w in report.warnings)


def test_a_table_of_letters_and_numbers_that_is_no_sheet_frame_keeps_its_cells() -> None:
    rows = "".join(f"<tr><td>{b}</td><td>Block {b} has {n} flats without power.</td></tr>" for n, b in enumerate("ABC"))
    html = f"<html><body><h2>Estates</h2><table>{rows}</table></body></html>"
    report = parse_bytes(html.encode(), "estates.html")[0]
    assert "Block B has 1 flats without power." in [i.text for s in report.sections for i in s.items]


def test_a_table_that_is_no_sheet_counts_no_sheet_frame() -> None:
    html = "<html><body><h2>Roads</h2><table><tr><td>A1</td><td>Closed at the bridge.</td></tr></table></body></html>"
    report = parse_bytes(html.encode(), "roads.html")[0]
    assert not any("spreadsheet header cell" in w for w in report.warnings)
