"""A risk register printed without borders, its columns set close together: a short cell ("Amber") ends a few
points before the next column's text, nearer than the gap that tells cells apart elsewhere. The header row says
where each column starts, so every row is still one risk with its own mitigation, and neither the rating nor the
owner is glued onto it. Drawn by a browser (weasyprint, cells padded by a point or two) and by a reporting tool
(reportlab, each cell drawn at its column's edge), with the rating centred or not."""

from __future__ import annotations

import io

import pytest

from sitroom.read import parse_bytes

ROWS = [
    ("Fuel depot stock may fall below 5 days if sailings stop", "Amber",
     "Hauliers booked on the relief vessel first", "Ports"),
    ("Crew fatigue on the relief vessel over the weekend", "Red", "Second crew drafted from the laid-up ship", "HR"),
    ("Water main repairs delayed by ground conditions on site", "Green",
     "Bowser deliveries to the school continue daily", "Water"),
]  # fmt: skip
HEADER = ("Risk", "RAG", "Mitigation", "Owner")


def _browser(centred: bool) -> bytes:
    from weasyprint import HTML

    align = "center" if centred else "left"
    css = (
        "@page{size:A4;margin:15mm} body{font:10pt 'Liberation Sans'} td,th{padding:1pt 2pt;vertical-align:top;"
        f"text-align:left}} td.rag{{text-align:{align}}} table{{border-collapse:collapse;width:100%}}"
    )
    rows = "".join(
        f"<tr><td style='width:42%'>{a}</td><td class='rag' style='width:8%'>{b}</td><td style='width:38%'>{c}</td>"
        f"<td>{d}</td></tr>"
        for a, b, c, d in ROWS
    )
    head = "".join(f"<th>{h}</th>" for h in HEADER)
    html = (
        f"<html><head><style>{css}</style></head><body><h1>Situation report 3</h1><h2>Summary</h2><ul><li>Sailings "
        f"resumed on two routes this morning.</li></ul><h2>Risks</h2><table><tr>{head}</tr>{rows}</table>"
        "<h2>Next steps</h2><ul><li>Review the timetable on Monday.</li></ul></body></html>"
    )
    return HTML(string=html).write_pdf()


def _reporting_tool(centred: bool) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, 790, "Situation report 3")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, 760, "Summary")
    c.setFont("Helvetica", 9)
    c.drawString(50, 745, "• Sailings resumed on two routes this morning.")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, 715, "Risks")
    xs = (50, 282, 312, 500)  # the first column wraps at 228 points, the rating column is 30 wide
    c.setFont("Helvetica-Bold", 9)
    for x, h in zip(xs, HEADER, strict=True):
        c.drawString(x, 698, h)
    y = 684
    for risk, rag, mitigation, owner in ROWS:
        c.setFont("Helvetica", 9)
        first, rest = _wrap(risk, 228), ""
        if first != risk:
            rest = risk[len(first) :].strip()
        c.drawString(xs[0], y, first)
        if centred:
            c.drawCentredString(xs[1] + 13, y, rag)
        else:
            c.drawString(xs[1], y, rag)
        c.drawString(xs[2], y, mitigation)
        c.drawString(xs[3], y, owner)
        if rest:
            y -= 11
            c.drawString(xs[0], y, rest)
        y -= 16
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, y - 10, "Next steps")
    c.setFont("Helvetica", 9)
    c.drawString(50, y - 25, "• Review the timetable on Monday.")
    c.save()
    return out.getvalue()


def _wrap(text: str, width: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    words, line = text.split(), ""
    for w in words:
        if stringWidth(f"{line} {w}".strip(), "Helvetica", 9) > width:
            break
        line = f"{line} {w}".strip()
    return line


@pytest.mark.parametrize("draw", [_browser, _reporting_tool], ids=["browser", "reporting-tool"])
@pytest.mark.parametrize("centred", [False, True], ids=["rating-left", "rating-centred"])
def test_each_row_is_one_risk_with_its_own_mitigation(draw, centred: bool) -> None:
    report = parse_bytes(draw(centred), "register.pdf")[0]
    risks = next(s for s in report.sections if s.heading == "Risks")
    assert [(i.text, i.mitigation) for i in risks.items] == [(risk, mitigation) for risk, _, mitigation, _ in ROWS]
    assert [s.heading for s in report.sections] == ["Summary", "Risks", "Next steps"]
