"""A PDF from a notes app or a plain editor sets each sentence its writer typed on a line of its own, with no list
mark: a line that ends a sentence well short of the right margin, where the next line's first word would have
fitted, was ended by its writer, so each is a point of its own. A paragraph wrapped at the margin stays one. Drawn
by a browser engine (weasyprint, a line per division) and by a reporting tool (reportlab), the lines set close."""

from __future__ import annotations

import io
from html import escape

import pytest

from sitroom.read import parse_bytes

SUMMARY = ["The cyclone came through on 13 February and cut the valley road.",
           "161 homes in the valley are red or yellow stickered."]  # fmt: skip
WRAPPED = (
    "Volunteers from three marae have been clearing silt from houses along the river flats since Tuesday morning. "
    "They expect to finish the lower valley by Friday if the weather holds and the diggers arrive on time."
)


def _browser(sections: dict[str, list[str]]) -> bytes:
    from weasyprint import HTML

    body = "".join(
        f"<h2>{escape(h)}</h2>" + "".join(f"<div>{escape(s)}</div>" for s in lines) for h, lines in sections.items()
    )
    html = (
        "<html><head><style>@page{size:A4;margin:18mm} body{font:11pt 'Liberation Sans'} h2{font-size:15pt}</style>"
        f"</head><body><h1>Hub update – Monday 16 February</h1>{body}</body></html>"
    )
    return HTML(string=html).write_pdf()


def _drawn(sections: dict[str, list[str]]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(50, 790, "Hub update – Monday 16 February")
    y = 755
    for heading, texts in sections.items():
        lines = [line for t in texts for line in simpleSplit(t, "Helvetica", 11, 495)]
        c.setFont("Helvetica-Bold", 14)
        c.drawString(50, y, heading)
        y -= 20
        c.setFont("Helvetica", 11)
        for line in lines:
            c.drawString(50, y, line)
            y -= 14
        y -= 14
    c.save()
    return out.getvalue()


@pytest.mark.parametrize("draw", [_browser, _drawn], ids=["browser", "drawn"])
@pytest.mark.parametrize(
    "sections",
    [{"Quick summary": SUMMARY, "Where we're at": ["We have checked on 32 households so far."]},
     {"Clean-up": [WRAPPED], "Quick summary": SUMMARY}],
    ids=["lines-alone", "beside-a-wrapped-paragraph"],
)  # fmt: skip
def test_lines_ended_short_are_points_and_wrapped_text_is_one(draw, sections: dict[str, list[str]]) -> None:
    report = parse_bytes(draw(sections), "note.pdf")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections} == sections
