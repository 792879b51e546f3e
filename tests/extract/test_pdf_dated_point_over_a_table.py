"""A point of the text that happens to give a date, a sentence ending in its full stop, set right over a small ruled
table of contacts ("Hui with the council at the marae on 17 February." over "Hub phone | 06 832 1562"), is the
report's point, not the table's banner; a dated title over the table ("Contacts as of 17 February") still is. Drawn
by a notes app's export (weasyprint, a checklist's circle drawn, no list mark) and by a reporting tool (reportlab)."""

from __future__ import annotations

import io

import pytest

from sitroom.read import parse_bytes

POINT = "Hui with the council and Civil Defence at the marae on 17 February."
ROWS = [("Hub phone", "06 832 1562"), ("Civil Defence liaison", "0800 662 662"), ("Marae committee", "06 832 4410")]


def _notes() -> bytes:
    from weasyprint import HTML

    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in ROWS)
    html = (
        "<html><head><style>@page{size:A4;margin:18mm} body{font:11pt 'Liberation Sans'} td{border:0.5pt solid #999;"
        "padding:3pt 8pt} table{border-collapse:collapse} .todo:before{content:'';display:inline-block;width:9pt;"
        "height:9pt;border:1pt solid #888;border-radius:5pt;margin-right:6pt}</style></head><body>"
        "<h1>Hub update – Monday 16 February</h1><h2>Quick summary</h2><div>96 people slept at the marae.</div>"
        f"<h2>Next steps</h2><div class='todo'>{POINT}</div><table>{rows}</table></body></html>"
    )
    return HTML(string=html).write_pdf()


def _report() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(50, 790, "Hub update – Monday 16 February")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, 760, "Quick summary")
    c.setFont("Helvetica", 11)
    c.drawString(50, 744, "96 people slept at the marae.")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, 716, "Next steps")
    c.setFont("Helvetica", 11)
    c.drawString(50, 700, POINT)
    y = 684
    for a, b in ROWS:
        c.rect(50, y - 5, 300, 17)
        c.line(200, y - 5, 200, y + 12)
        c.drawString(55, y, a)
        c.drawString(205, y, b)
        y -= 17
    c.save()
    return out.getvalue()


@pytest.mark.parametrize("draw", [_notes, _report], ids=["notes-app", "reporting-tool"])
def test_the_dated_point_over_the_table_stays_a_point(draw) -> None:
    report = parse_bytes(draw(), "hub.pdf")[0]
    steps = next(s for s in report.sections if s.heading == "Next steps")
    assert [i.text for i in steps.items] == [POINT]
