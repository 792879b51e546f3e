"""A web app's page printed from the browser: over the report stand the app's command bar ("+ New", "Edit in grid
view", "Share", "Export", "···") and a drop-down list's control ("By section ⌄"). Neither is a point of the report;
both are left out and counted. The bar printed as one run of commands and with its commands set apart; the control
beside the bar or on a line of its own."""

from __future__ import annotations

import io
from html import escape

import pytest

from sitroom.read import parse_bytes

COMMANDS = ["+ New", "Edit in grid view", "Share", "Export", "Automate"]
SECTIONS = [("Summary", ["Boil water notice remains in place for 1,240 properties."]),
            ("Actions", ["Bottled water stations open at the leisure centre and the library."])]  # fmt: skip


def _browser(apart: bool, beside: bool) -> bytes:
    from weasyprint import HTML

    gap = "28pt" if apart else "6pt"
    bar = "".join(f'<span style="margin-right:{gap}">{escape(c)}</span>' for c in COMMANDS) + "<span>···</span>"
    control = '<span style="float:right">By section ⌄</span>'
    body = "".join(
        f"<h2>{escape(h)}</h2><ul>{''.join(f'<li>{escape(p)}</li>' for p in pts)}</ul>" for h, pts in SECTIONS
    )
    html = (
        "<html><head><style>@page{size:A4 landscape;margin:12mm} body{font:10pt 'Liberation Sans'}</style></head>"
        f"<body><h1>Boil water incident – sitrep 2</h1><div>{control if beside else ''}{bar}</div>"
        f"{'' if beside else f'<p>{control}</p>'}{body}</body></html>"
    )
    return HTML(string=html).write_pdf()


def _drawn(apart: bool, beside: bool) -> bytes:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase.pdfmetrics import registerFont, stringWidth
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    # a name of its own: another test may have registered "Sans" as a font without the drop-down's "⌄"
    registerFont(TTFont("CommandBarSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=landscape(A4))
    c.setFont("CommandBarSans", 16)
    c.drawString(40, 540, "Boil water incident – sitrep 2")
    c.setFont("CommandBarSans", 10)
    x = 40.0
    for command in [*COMMANDS, "···"]:
        c.drawString(x, 510, command)
        x += stringWidth(command, "CommandBarSans", 10) + (30 if apart else 8)
    c.drawString(700 if beside else 40, 510 if beside else 490, "By section ⌄")
    y = 460
    for heading, points in SECTIONS:
        c.setFont("CommandBarSans", 13)
        c.drawString(40, y, heading)
        c.setFont("CommandBarSans", 10)
        for p in points:
            y -= 18
            c.drawString(40, y, "• " + p)
        y -= 30
    c.save()
    return out.getvalue()


@pytest.mark.parametrize("draw", [_browser, _drawn], ids=["browser", "drawn"])
@pytest.mark.parametrize(("apart", "beside"), [(False, True), (True, False)], ids=["close-beside", "apart-below"])
def test_the_command_bar_and_drop_down_are_no_points(draw, apart: bool, beside: bool) -> None:
    report = parse_bytes(draw(apart, beside), "print.pdf")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items] == SECTIONS
    assert any("command bar" in w for w in report.warnings)
    assert any("drop-down control" in w for w in report.warnings)
