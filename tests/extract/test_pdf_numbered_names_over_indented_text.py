"""A PDF whose sections' numbered names stand at the left margin, bold, and their text is set in from them, as
Nordic letter templates (SS/SFS 2487) and many others print a report: the space between the margin and the text
makes the names look like a narrow column of their own beside the text. Short bold lines that each open with the
next number of the count the page's other names began are those names, never a box of figures beside the text: each
is read over its own section's text, in the page's order.

Layouts: Swedish with names "4 Elavbrott", English with names "4. Power", and the English text set in further.
A real box of figures beside the text ("12", "340 homes") is still left out.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

SV = [
    ("Sammanfattning", ["Stormen har orsakat omfattande elavbrott och inställda färjeturer."]),
    ("Väder och läge", ["Högsta uppmätta vindbyar (m/s): 23.", "Institutet varnar för hård vind under natten."]),
    ("Konsekvenser för invånarna", ["Fastigheter med skador på tak: 55.", "Personer som evakuerats: 30."]),
    ("Elavbrott", ["Elbolaget har skickat två arbetslag med färjan.", "Ledningar som skadats av träd: 8."]),
    ("Färjetrafik och vägar", ["Inställda färjeturer sedan stormen började: 8."]),
    ("Stöd till invånarna", ["Skolan hålls öppen som värmestuga.", "Invånare som besökt värmestugan: 129."]),
    ("Personal och frivilliga", ["Personal och frivilliga från brandkåren i arbete: 23."]),
]  # fmt: skip
EN = [
    ("Summary", ["The storm has caused wide power cuts and cancelled ferries."]),
    ("Weather", ["Highest gusts measured (m/s): 23.", "The institute warns of hard wind overnight."]),
    ("Impacts on residents", ["Homes with damaged roofs: 55.", "People evacuated from their homes: 30."]),
    ("Power", ["The power company has sent two crews by ferry.", "Lines damaged by fallen trees: 8."]),
    ("Ferries and roads", ["Ferry crossings cancelled since the storm began: 8."]),
    ("Support for residents", ["The school is open as a warm room.", "Residents who visited the warm room: 129."]),
    ("Staff and volunteers", ["Council staff and fire brigade volunteers at work: 23."]),
]  # fmt: skip


def _pdf(sections: list[tuple[str, list[str]]], dot: str, indent: float, sidebar: bool = False) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(57, 800, "FÖGLÖ KOMMUN")
    c.drawString(300, 800, "LÄGESRAPPORT")
    c.setFont("Helvetica", 10)
    c.drawString(57, 786, "Krisledningsgruppen")
    c.drawString(300, 786, "26.10.2026")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(57, 700, "Lägesrapport nr 1 – stormen")
    y = 670.0
    for n, (name, points) in enumerate(sections, 1):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(57, y, f"{n}{dot} {name}")
        y -= 19
        c.setFont("Helvetica", 11)
        for point in points:
            c.drawString(indent, y, "–")
            c.drawString(indent + 14, y, point)
            y -= 17
        y -= 10
    if sidebar:  # a box of figures in the margin beside the text, low on the page
        c.setFont("Helvetica-Bold", 11)
        for k, line in enumerate(("12", "340 homes", "7 shelters")):
            c.drawString(470, 150 - 16 * k, line)
    c.showPage()
    c.save()
    return buf.getvalue()


LAYOUTS = {
    "Swedish": (lambda: _pdf(SV, "", 200), SV),
    "English, dotted": (lambda: _pdf(EN, ".", 200), EN),
    "English, set in further": (lambda: _pdf(EN, ".", 230), EN),
}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_each_name_heads_its_text(layout: str) -> None:
    make, sections = LAYOUTS[layout]
    report = parse_bytes(make(), "report.pdf")[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items]
    dot = "." if "dotted" in layout or "further" in layout else ""
    assert got == [(f"{n}{dot} {name}", points) for n, (name, points) in enumerate(sections, 1)]


def test_a_box_of_figures_beside_the_text_is_no_names() -> None:
    report = parse_bytes(_pdf(EN, ".", 200, sidebar=True), "report.pdf")[0]
    texts = [i.text for s in report.sections for i in s.items]
    assert not any("340 homes" in t or "7 shelters" in t for t in texts)
    assert [s.heading for s in report.sections if s.items][-1] == "7. Staff and volunteers"
