"""A briefing deck printed as its notes pages: each portrait page the slide drawn small in a frame at the top, the
speaker's notes under it. The slides' titles and points are the report; the notes ("Talk: the platoon leader",
"Keep it short") are left out and counted. Drawn as a web page of 16:9 slides printed to PDF and by reportlab's
canvas with 4:3 slides; a portrait report with a framed box of key messages at the top of each page keeps the text
under the box."""

from __future__ import annotations

import io

from sitroom.read import parse_bytes

SLIDES = [
    ("Situation", ["232 cellars still have to be pumped out.", "The water level has fallen in the harbour."]),
    ("Risks", ["The dyke at the marina is soaked. Mitigation: the dyke is watched around the clock."]),
    ("Next steps", ["Hand the pumps over to the fire service on 23 October."]),
]
# the notes of each page, each its own (a line repeated on every page would be running furniture anyway)
NOTES = [
    ["Talk: platoon leader Jan Petersen, then questions.", "Keep it short, two minutes at most."],
    ["Talk: group leader Frauke Nissen."],
    ["Figures from the operations log at 15:30.", "Point to the map in the command room if asked."],
]
SAID = [note for notes in NOTES for note in notes]


def _web(aspect: float) -> bytes:
    from weasyprint import HTML

    pages = []
    for n, (title, points) in enumerate(SLIDES, 1):
        items = "".join(f"<li>{p}</li>" for p in points)
        notes = "".join(f"<p>{t}</p>" for t in NOTES[n - 1])
        pages.append(
            f"<section><div class='slide'><h2>{title}</h2><ul>{items}</ul><div class='foot'>Briefing no. 1 · {n}"
            f"</div></div><div class='notes'>{notes}</div></section>"
        )
    width = 170
    css = (
        "@page { size: A4; margin: 15mm 20mm } body { font: 10pt 'Liberation Sans', sans-serif } section { "
        "page-break-after: always } .slide { border: 0.75pt solid #888; width: " + f"{width}mm; height: "
        f"{width / aspect:.1f}mm" + "; position: relative; padding: 0 } .slide h2 { background: #003399; color: white;"
        " margin: 0; padding: 4mm; font-size: 13pt } .slide ul { font-size: 8pt } .foot { position: absolute; "
        "bottom: 2mm; left: 4mm; font-size: 5pt } .notes { margin-top: 10mm; font-size: 11pt }"
    )
    body = "".join(pages)
    return HTML(string=f"<html><head><style>{css}</style></head><body>{body}</body></html>").write_pdf()


def _canvas() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    width, height = A4
    x0, w = 70, width - 140
    h = w * 3 / 4
    top = height - 60
    for n, (title, points) in enumerate(SLIDES, 1):
        c.rect(x0, top - h, w, h)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(x0 + 20, top - 40, title)
        c.setFont("Helvetica", 10)
        for m, point in enumerate(points):
            c.drawString(x0 + 30, top - 80 - 18 * m, f"• {point}")
        c.setFont("Helvetica", 12)
        for m, note in enumerate(NOTES[n - 1]):
            c.drawString(x0, top - h - 40 - 20 * m, note)
        c.setFont("Helvetica", 8)
        c.drawString(width - 60, 30, str(n))
        c.showPage()
    c.save()
    return out.getvalue()


def _texts(pdf: bytes) -> tuple[list[tuple[str | None, list[str]]], list[str]]:
    report = parse_bytes(pdf, "deck.pdf")[0]
    return [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items], report.warnings


def test_the_notes_under_a_wide_slide_are_left_out() -> None:
    sections, warnings = _texts(_web(16 / 9))
    said = " ".join(t for _, items in sections for t in items)
    assert "232 cellars" in said and "Hand the pumps over" in said
    assert not any(note[:20] in said for note in SAID)
    assert any("speaker notes" in w for w in warnings)


def test_the_notes_under_a_four_by_three_slide_are_left_out() -> None:
    sections, warnings = _texts(_canvas())
    said = " ".join(t for _, items in sections for t in items)
    assert "The water level has fallen" in said and "The dyke at the marina" in said
    assert not any(note[:20] in said for note in SAID)
    assert any("speaker notes" in w for w in warnings)


def test_a_report_under_a_banner_box_keeps_its_text() -> None:
    # a box far wider than a slide (a banner of key messages): no notes page
    sections, warnings = _texts(_web(4.0))
    said = " ".join(t for _, items in sections for t in items)
    assert all(note in said for note in SAID)
    assert not any("speaker notes" in w for w in warnings)
