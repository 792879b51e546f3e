"""A form's ruled table opens with its details, short field values ("Incident Name", "Operational Period" with its
dates and hours, "Prepared By"), which may be left out as a table; but the row under them whose value is a sentence
("Executive Summary": "The warning has been in effect since July 10.") is a section with its text, however close
it stands under the details: it is read, under its label, and not left out with them.

Two layouts (weasyprint): grey label cells in boxed cells, the summary one sentence; and plain label cells ruled
between the rows, the summary two sentences wrapping in its cell.
"""

from __future__ import annotations

from html import escape

import pytest

from sitroom.read import parse_bytes

DETAILS = [
    ("Incident Name", "Extreme Heat - July 2026"),
    ("Operational Period", "OP 4: 07/13/2026 07:00 - 07/14/2026 07:00"),
    ("Activation Level", "Level 2 - Partial Activation"),
    ("Prepared By", "Maria Delgado, Planning Section Chief"),
]
SUMMARIES = [
    ["The Excessive Heat Warning has been in effect since July 10."],
    [
        "The Excessive Heat Warning has been extended through Sunday evening by the National Weather Service.",
        "Overnight lows are not expected to fall below 90 °F.",
    ],
]
SECTIONS = [
    ("Cooling Centers", ["Twelve cooling centers are open.", "1,205 visits were logged at cooling centers yesterday."]),
    ("Staffing", ["241 city staff are assigned to the heat response."]),
    ("Next Steps", ["Brief the City Council on the heat response on July 14."]),
]


def _form(shaded: bool, boxed: bool, summary: list[str]) -> bytes:
    from weasyprint import HTML

    def points(items: list[str]) -> str:
        return "<ul>" + "".join(f"<li>{escape(t)}</li>" for t in items) + "</ul>"

    rows = [f"<tr><th>{escape(a)}</th><td>{escape(b)}</td></tr>" for a, b in DETAILS]
    rows.append(f"<tr><th>Executive Summary</th><td><p>{escape(' '.join(summary))}</p></td></tr>")
    rows += [f"<tr><th>{escape(name)}</th><td>{points(items)}</td></tr>" for name, items in SECTIONS]
    shade = "background: #f0f0f0;" if shaded else ""
    rule = (
        "border: 0.6pt solid #c9c9c9;"
        if boxed
        else "border-top: 0.6pt solid #c9c9c9; border-bottom: 0.6pt solid #c9c9c9;"
    )
    html = f"""<html><head><style>
      @page {{ size: letter; margin: 16mm 14mm; }}
      body {{ font: 9.5pt/1.35 'DejaVu Sans', sans-serif; }}
      h1 {{ font-size: 14pt; margin: 0 0 10pt; }}
      table {{ border-collapse: collapse; width: 100%; }}
      th, td {{ {rule} padding: 4pt 6pt; vertical-align: top; text-align: left; }}
      th {{ width: 30%; font-weight: bold; {shade} }}
      td p {{ margin: 0 0 3pt; }} ul {{ margin: 0; padding-left: 13pt; }} li {{ margin: 0 0 2pt; }}
    </style></head><body><h1>Situation Report #4</h1><table>{"".join(rows)}</table></body></html>"""
    return HTML(string=html).write_pdf()


def _boxed_shaded_labels() -> tuple[bytes, list[str]]:
    return _form(shaded=True, boxed=True, summary=SUMMARIES[0]), SUMMARIES[0]


def _plain_labels_wrapped_summary() -> tuple[bytes, list[str]]:
    return _form(shaded=False, boxed=False, summary=SUMMARIES[1]), SUMMARIES[1]


@pytest.mark.parametrize("make", [_boxed_shaded_labels, _plain_labels_wrapped_summary])
def test_a_summary_row_under_a_forms_details_is_a_section(make) -> None:
    data, summary = make()
    report = parse_bytes(data, "sitrep.pdf")[0]
    got = {s.heading: [i.text for i in s.items] for s in report.sections if s.heading}
    assert " ".join(got.get("Executive Summary", [])) == " ".join(summary)
    assert [got.get(name) for name, _ in SECTIONS] == [items for _, items in SECTIONS]
