"""An official report set as official letters are in many countries: the letterhead, the report's name, its date
and whom it is addressed to set centred over the first section (in a web page, the letterhead as a borderless
table of two centred cells), and the signature — the post, the office, "(signed)", the name — set centred or to
the right under the last point, with no sign-off word a reader would need to know the language for. The lines
set apart are the masthead and the signature; every point stays, under its heading.

Two layouts each: a Word document and a web page, in two languages.
"""

from __future__ import annotations

import io

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH

from sitroom.read import parse_bytes

CASES = {
    "en": {
        "letterhead": ["NORTHFIELD COUNTY COUNCIL", "Emergency Planning Unit", "Ref: EPU/2025/114"],
        "title": "FLOOD SITUATION REPORT",
        "under": ["Northfield, 14 March 2025", "To: the Strategic Coordinating Group"],
        "sections": {
            "1. Current situation": ["River levels are falling slowly.", "Three roads remain closed."],
            "2. Next steps": ["Pumping at Mill Lane continues overnight."],
        },
        "signature": ["Head of Emergency Planning", "Northfield County Council", "(signed)", "Jo Patel"],
    },
    "sl": {
        "letterhead": ["OBČINA KAMNIK", "Štab Civilne zaščite", "Številka: 8430-2/2025"],
        "title": "POROČILO O STANJU",
        "under": ["Kamnik, 5. 8. 2025", "Za: Regijski center za obveščanje"],
        "sections": {
            "1. Splošno stanje": ["Vodostaji rek počasi upadajo.", "Zaprte so tri lokalne ceste."],
            "2. Naloge za naslednje obdobje": ["Črpanje vode se nadaljuje."],
        },
        "signature": ["Poveljnik Civilne zaščite", "Občine Kamnik", "Marko Kranjc"],
    },
}


def _word(case: dict, align: WD_ALIGN_PARAGRAPH) -> bytes:
    d = docx.Document()
    for line in [*case["letterhead"], case["title"], *case["under"]]:
        p = d.add_paragraph()
        p.add_run(line).bold = line == case["title"]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for heading, points in case["sections"].items():
        d.add_heading(heading, 2)
        for point in points:
            d.add_paragraph(point, style="List Bullet")
    for line in case["signature"]:
        d.add_paragraph(line).alignment = align
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html(case: dict) -> bytes:
    left = "<br>".join(case["letterhead"])
    body = (
        '<table style="width:100%;border:none"><tr>'
        f'<td style="text-align:center">{left}</td>'
        f'<td style="text-align:center"><b>{case["under"][0]}</b></td></tr></table>'
        f'<p style="text-align:center"><strong>{case["title"]}</strong></p>'
        f'<p style="text-align:center">{case["under"][1]}</p>'
    )
    for heading, points in case["sections"].items():
        body += f"<h3>{heading}</h3>" + "".join(f"<p>- {p}</p>" for p in points)
    sign = "<br>".join(case["signature"])
    body += f'<table><tr><td></td><td style="text-align:center">{sign}</td></tr></table>'
    return f"<html><body><div class='content'>{body}</div></body></html>".encode()


LAYOUTS = [
    ("docx-right", lambda c: _word(c, WD_ALIGN_PARAGRAPH.RIGHT), "report.docx"),
    ("docx-centred", lambda c: _word(c, WD_ALIGN_PARAGRAPH.CENTER), "report.docx"),
    ("html", _html, "report.html"),
]


@pytest.mark.parametrize("lang", list(CASES))
@pytest.mark.parametrize(("layout", "make", "name"), LAYOUTS, ids=[lay[0] for lay in LAYOUTS])
def test_lines_set_apart_are_the_masthead_and_the_signature(lang: str, layout: str, make, name: str) -> None:
    case = CASES[lang]
    report = parse_bytes(make(case), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == list(case["sections"].items())
    assert any("signature block line" in w for w in report.warnings), report.warnings


def test_a_page_centred_throughout_keeps_its_points() -> None:
    """Centred text all the way down says nothing about which lines sign: the last points stay points."""
    lines = "".join(f'<p style="text-align:center">{t}</p>' for t in ("Road closures", "Mill Lane", "Station Road"))
    html = f"<html><body><h2>Roads</h2>{lines}</body></html>".encode()
    items = [i.text for s in parse_bytes(html, "roads.html")[0].sections for i in s.items]
    assert items == ["Road closures", "Mill Lane", "Station Road"]


def test_a_centred_heading_naming_a_section_starts_the_report() -> None:
    html = (
        b'<html><body><p style="text-align:center"><b>Current situation</b></p>'
        b"<p>River levels are falling slowly.</p><h3>Risks</h3><p>Further rain is forecast for Thursday.</p>"
        b"</body></html>"
    )
    report = parse_bytes(html, "short.html")[0]
    assert [s.heading for s in report.sections] == ["Current situation", "Risks"]
