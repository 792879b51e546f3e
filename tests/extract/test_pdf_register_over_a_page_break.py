"""A risk register (Risk | Mitigation | Responsible) that runs on over a page break without its header repeated:
the rows at the next page's top are still its rows, each risk an item with its Mitigation cell as its mitigation,
a risk wrapped over two lines one item, and the Responsible cells no items. Drawn with the first row on the next
page full, and with a risk printed without a mitigation opening the next page."""

from __future__ import annotations

from html import escape

import pytest

from sitroom.read import parse_bytes

POINTS = [f"Point {n} of the situation is noted in this report for the record." for n in range(1, 80)]
RISKS = [
    ("The risk of waterborne disease in the shelters is being monitored.", "Water tankers and chlorine tablets "
     "supplied.", "Ward councillors"),
    ("Looting of damaged homes.", "SAPS patrols in the affected wards.", "SAPS"),
    ("The risk of further flooding along the river banks is increasing.", "Early warning by ward councillors and "
     "loudhailers.", "Head: DM"),
]  # fmt: skip
CSS = """@page { size: A4; margin: 20mm 18mm; @bottom-center { content: "Page " counter(page) " of " counter(pages);
font: 8pt sans-serif; } } body { font: 10pt "Liberation Sans", sans-serif; } h2 { font-size: 11pt; }
table { width: 100%; border-collapse: collapse; } th, td { border: 0.6pt solid #444; padding: 3pt 4pt;
text-align: left; vertical-align: top; } th { background: #dde6f2; } tr { page-break-inside: avoid; }"""


def _report(order: list[int], mitigated: set[int], filler: int) -> bytes:
    from weasyprint import HTML

    rows = "".join(
        f"<tr><td>{escape(RISKS[n][0])}</td><td>{escape(RISKS[n][1]) if n in mitigated else ''}</td>"
        f"<td>{escape(RISKS[n][2])}</td></tr>"
        for n in order
    )
    points = "".join(f"<li>{p}</li>" for p in POINTS[:filler])
    html = (
        f"<html><head><style>{CSS}</style></head><body><h1>Flood situation report no. 2</h1>"
        f"<h2>1. Situation overview</h2><ul>{points}</ul><h2>2. Risks and mitigation</h2><table><thead><tr>"
        f"<th style='width:45%'>Risk</th><th style='width:35%'>Mitigation</th><th>Responsible</th></tr></thead>"
        f"<tbody>{rows}</tbody></table><h2>3. Way forward</h2><ul><li>Complete the damage assessment by "
        "17 April.</li></ul></body></html>"
    )
    return HTML(string=html.replace("<thead>", "").replace("</thead>", "")).write_pdf()


LAYOUTS = {
    "next page's row full": ([1, 0, 2], {0, 1, 2}),
    "next page opens on a risk without mitigation": ([1, 0, 2], {1, 2}),
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_the_register_runs_on_over_the_page_break(layout: str) -> None:
    order, mitigated = LAYOUTS[layout]
    report = parse_bytes(_split_pdf(order, mitigated), "register.pdf")[0]
    risks = next(s for s in report.sections if s.heading and "Risks" in s.heading)
    expected = [(RISKS[n][0], RISKS[n][1] if n in mitigated else None) for n in order]
    assert [(i.text, i.mitigation) for i in risks.items] == expected


def _split_pdf(order: list[int], mitigated: set[int]) -> bytes:
    """The report whose register is broken after its first row: the most points that keep the register's first
    row on page one (found by halving), the rest of its rows going over."""
    lo, hi = 1, len(POINTS)  # the first row is on page one with ``lo`` points, not with ``hi``
    while hi - lo > 1:
        mid = (lo + hi) // 2
        first, _ = _pages(_report(order, mitigated, mid))
        lo, hi = (mid, hi) if RISKS[order[0]][2] in first else (lo, mid)
    pdf = _report(order, mitigated, lo)
    first, second = _pages(pdf)
    assert "Responsible" in first and RISKS[order[1]][0][:20] in second, (
        "the register is not broken after its first row"
    )
    return pdf


def _pages(pdf: bytes) -> tuple[str, str]:
    import pypdfium2

    doc = pypdfium2.PdfDocument(pdf)
    try:
        texts = [doc[n].get_textpage().get_text_range() for n in range(min(2, len(doc)))]
    finally:
        doc.close()
    return texts[0], texts[1] if len(texts) > 1 else ""
