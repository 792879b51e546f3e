"""A short report opens with its contents over its first sections, as a typesetting system sets an outline: entries
without leaders, each a heading and its page number far right, the first few headings on page 1 itself.

- The entries and the list's title ("Inhoudsopgave", "Contents") are navigation, left out and counted, though the
  first entries' headings stand on the contents' own page.
- Dot leaders drawn apart between an entry and its page number go with the entry.
- A heading that falls, on a later page, at the height its entry stands at on page 1 is no running line: it is set
  in another print.
- A point's last line that opens with a bracket ("(previous report: 99).") over a table stays the point's.
Drawn on a canvas and printed from a browser."""

from __future__ import annotations

import io
from html import escape

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

TITLE = "Situation report 2: exploitation of VPN gateways"
SECTIONS = [
    ("1. Summary", ["A vulnerability in VPN gateways of a widely used supplier is being exploited."]),
    ("2. Situation", ["92% of the reported gateways have now been patched."]),
    ("3. Outlook", ["We expect more scans of the management interfaces in the coming days."]),
    ("4. Vulnerable systems", ["158 vulnerable systems of members were found by scans on the internet (previous "
                               "report: 99)."]),
    ("5. Forensics", ["Traces of exploitation were found at 16 organisations."]),
    ("6. Next steps", ["The next report follows on 10 July."]),
]  # fmt: skip
PAGES = [1, 1, 1, 2, 2, 2]
TABLE = [
    ("Version", "Status", "Fixed in"),
    ("22.7R2.1", "vulnerable", "22.7R2.5"),
    ("22.7R2.3", "vulnerable", "22.7R2.5"),
    ("22.6R2.2", "vulnerable, end of support", "–"),
    ("22.7R2.5", "not vulnerable", "–"),
]
CONTENTS = "Contents"


def _drawn(leaders: bool = False) -> bytes:
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    left, right = 60, 535
    c.setFont("Helvetica-Bold", 18)
    c.drawString(left, 790, TITLE)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(left, 750, CONTENTS)
    entry_y = {}
    y = 730
    c.setFont("Helvetica", 11)
    for (heading, _), page in zip(SECTIONS, PAGES, strict=True):
        c.drawString(left, y, heading)
        c.drawRightString(right, y, str(page))
        if leaders:  # dot leaders drawn apart, between the label's column and the page numbers'
            c.drawString(left + 200, y, "." * 60)
        entry_y[heading] = y
        y -= 16
    y -= 24

    def section(heading: str, points: list[str], y: float) -> float:
        c.setFont("Helvetica-Bold", 13)
        c.drawString(left, y, heading)
        y -= 20
        c.setFont("Helvetica", 11)
        for point in points:
            words, line = point.split(), ""
            lines = []
            for w in words:
                if c.stringWidth(f"{line} {w}".strip(), "Helvetica", 11) > right - left - 14:
                    lines.append(line)
                    line = w
                else:
                    line = f"{line} {w}".strip()
            lines.append(line)
            c.drawString(left, y, "•")
            for text in lines:
                c.drawString(left + 14, y, text)
                y -= 14
        return y - 14

    for heading, points in SECTIONS[:3]:
        y = section(heading, points, y)
    c.showPage()
    # page 2: the fifth heading at the height of its own entry on page 1
    y = section(*SECTIONS[3], 780)
    c.setFont("Helvetica", 10)
    for row in TABLE:
        for x, cell in zip((left + 40, left + 140, left + 300), row, strict=True):
            c.drawString(x, y, cell)
        y -= 18
    c.drawString(left + 120, y - 4, "Table 1: Vulnerable versions")
    # (its top where the entry's is: a capital of 13 points stands 1.4 higher over its baseline than one of 11)
    section(*SECTIONS[4], entry_y[SECTIONS[4][0]] - 1.4)
    section(*SECTIONS[5], entry_y[SECTIONS[4][0]] - 80)
    c.save()
    return out.getvalue()


def _browser() -> bytes:
    weasyprint = pytest.importorskip("weasyprint")
    outline = "".join(
        f"<div class='e'><span>{escape(h)}</span><span>{p}</span></div>"
        for (h, _), p in zip(SECTIONS, PAGES, strict=True)
    )
    table = "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in TABLE)
    table += "</table><p class='cap'>Table 1: Vulnerable versions</p>"
    body = ""
    for n, (heading, points) in enumerate(SECTIONS):
        brk = " style='break-before:page'" if n == 3 else ""
        body += f"<h2{brk}>{escape(heading)}</h2><ul>" + "".join(f"<li>{escape(p)}</li>" for p in points) + "</ul>"
        body += table if n == 3 else ""
    html = (
        "<html><head><style>@page{size:A4;margin:20mm} body{font:11pt 'Liberation Sans'} h2{font-size:13pt}"
        ".e{display:flex;justify-content:space-between} td{padding:2px 24px} .cap{text-align:center}</style></head>"
        f"<body><h1>{escape(TITLE)}</h1><h3>{CONTENTS}</h3>{outline}{body}</body></html>"
    )
    return weasyprint.HTML(string=html).write_pdf()


@pytest.mark.parametrize("make", [_drawn, lambda: _drawn(leaders=True), _browser], ids=["drawn", "leaders", "browser"])
def test_contents_over_the_first_sections_is_left_out_and_every_section_kept(make) -> None:
    report = parse_bytes(make(), "sitrep.pdf")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items] == SECTIONS
    assert any("contents" in w for w in report.warnings)
