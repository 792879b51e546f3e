"""A register printed from a browser sets each cell in the middle of its row, so the lines of a row's cells stand
half a line apart from each other, and a cell's own lines a line apart where no other cell's line stands between
them. How wide those gaps are against the padding between rows depends on the font and the line spacing the page
asks for. In a sans and a serif face, at the browser's spacing and at wider ones, each row is still one risk with its
mitigation, its service and its update."""

from __future__ import annotations

import pytest

ROWS = [
    ("Housing", "Temporary accommodation at 92% capacity after the flooding of two blocks",
     "Rising demand from displaced households", "Two further hotels booked until Friday", "J. Patel"),
    ("Highways", "Three roads remain closed at Mill Lane, Ford Street and the A614 bridge",
     "Bridge inspection delayed by high water", "Diversions signed and checked twice daily", "R. Owen"),
    ("Adult social care", "All 214 home care visits completed; 6 clients moved to respite",
     "Staff absence at 11% in the north team", "Agency cover agreed for two weeks", "S. Begum"),
]  # fmt: skip


def _pdf(font: str, spacing: str) -> bytes:
    weasyprint = pytest.importorskip("weasyprint")
    head = "".join(f"<th>{h}</th>" for h in ("Date", "Service", "Update", "Risk", "Mitigation", "Owner"))
    body = "".join("<tr><td>03/11/2026</td>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in ROWS)
    style = f"body {{ font-family: '{font}'; }} td, th {{ line-height: {spacing}; }}"
    html = f"<html><head><style>{style}</style></head><body><h1>Flood response log</h1><table><tr>{head}</tr>{body}"
    return weasyprint.HTML(string=html + "</table></body></html>").write_pdf()


@pytest.mark.parametrize("spacing", ["normal", "1.3", "1.5", "1.7"])
@pytest.mark.parametrize("font", ["Liberation Sans", "DejaVu Serif"])
def test_each_row_is_one_risk_whatever_the_font_and_spacing(font: str, spacing: str) -> None:
    from sitroom.read import parse_bytes

    report = parse_bytes(_pdf(font, spacing), "log.pdf")[0]
    expected = [item for service, update, risk, mitigation, _ in ROWS
                for item in ((service, None), (update, None), (risk, mitigation))]  # fmt: skip
    assert [(i.text, i.mitigation) for i in report.items()] == expected
