"""A notification mail or page opens with a coloured band holding the report's title and, beside it, a short
status ("P1 – Critical", a date): those cells are the band's, not the report's. Text no reader sees (a ticketing
system's tracking tag in white 1pt type, a mail's preheader set to ``display:none`` or ``font-size:0``, a
transparent span) is not read, and the notification's "Click here to view …" link prompt closing it is furniture.

Three layouts: an incident-management mail (HTML part and plain part, a two-cell band, the sections as rows of a
two-column table), a status page published as HTML (a three-cell band with a date, headings and lists), and a page
whose one-row table is no band (its first cell is not the title), kept as it is.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

TITLE = "MAJOR INCIDENT – UPDATE 3"
SECTIONS = {
    "Current Status": ["21 of the 24 interfaces have been restored.", "The vendor is applying a fix to the cluster."],
    "Business Impact": ["Emergency departments report waits 48% longer than normal."],
    "Next Steps": ["A post-incident review will be held within five business days."],
}
_CELL = 'style="vertical-align:top;padding:6px;border:1px solid #bfbfbf"'


def _band(cells: list[str]) -> str:
    first, *rest = cells
    beside = "".join(f'<td style="background:#c00000;color:#fff;text-align:right">{c}</td>' for c in rest)
    return (
        '<table style="width:100%"><tr><td style="background:#c00000;color:#fff;font-size:16pt">'
        f"<b>{first}</b></td>{beside}</tr></table>"
    )


def _mail() -> bytes:
    rows = "".join(
        f"<tr><td {_CELL}><b>{h}</b></td><td {_CELL}>{'<br>'.join('- ' + i for i in items)}</td></tr>"
        for h, items in SECTIONS.items()
    )
    html = (
        f'<div style="font-family:Arial">{_band([TITLE, "P1 – Critical"])}'
        "<p>This is update 3 from the IT Major Incident Management team. Please forward it to staff in your area.</p>"
        f'<table style="border-collapse:collapse;width:100%">{rows}</table>'
        '<p>Click here to view Incident: <a href="https://example.org/inc/50581">INC0050581</a></p>'
        '<div style="display:inline;color:#ffffff;font-size:1pt">Ref:MSG3906694_inc0050581</div></div>'
    )
    plain = "\n\n".join(f"{h}:\n" + "\n".join("- " + i for i in items) for h, items in SECTIONS.items())
    msg = EmailMessage()
    msg["From"] = "Major Incident Management <mim@example.org>"
    msg["To"] = "mim-notify@example.org"
    msg["Subject"] = "MAJOR INCIDENT UPDATE 3 - INC0050581 - P1 - EHR unavailable at acute sites"
    msg["Date"] = "Thu, 06 Mar 2025 12:30:00 -0800"
    msg.set_content(f"{TITLE}\n\n{plain}\n")
    msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


def _page() -> bytes:
    body = "".join(f"<h2>{h}</h2><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul>" for h, items in SECTIONS.items())
    html = (
        "<html><head><title>Major incident – update 3</title></head><body>"
        '<div style="display:none;max-height:0;overflow:hidden">Latest position on the outage, read on</div>'
        f"{_band([TITLE, '6 March 2025', 'Priority 1'])}"
        f'{body}<p><span style="opacity:0">tracking 8812</span></p>'
        '<p style="font-size:0">preheader spacer</p></body></html>'
    )
    return html.encode()


def _texts(report) -> dict[str | None, list[str]]:
    return {s.heading: [i.text for i in s.items] for s in report.sections if s.items or s.heading}


@pytest.mark.parametrize("layout", ["mail", "page"])
def test_band_cells_and_unseen_text_are_not_items(layout: str) -> None:
    data, name = (_mail(), "update-3.eml") if layout == "mail" else (_page(), "update-3.html")
    report = parse_bytes(data, name)[0]
    assert _texts(report) == SECTIONS
    assert any("title band cell" in w for w in report.warnings), report.warnings


def test_a_one_row_table_that_is_no_title_band_is_read() -> None:
    html = (
        "<html><head><title>Flood update 4</title></head><body><h1>Flood update 4</h1>"
        "<h2>Current situation</h2><table><tr><td>River levels are falling at all gauges.</td>"
        "<td>Two roads remain closed.</td></tr></table></body></html>"
    )
    report = parse_bytes(html.encode(), "flood-4.html")[0]
    items = [i.text for s in report.sections for i in s.items]
    assert "River levels are falling at all gauges." in items and "Two roads remain closed." in items


def test_columns_in_a_box_of_font_size_zero_are_read() -> None:
    # responsive mail builders set the row of columns in font-size 0 so no gap opens; each column sets its own size
    columns = "".join(
        f'<div style="display:inline-block;width:50%;font-size:14px"><h2>{h}</h2>'
        f"<ul>{''.join(f'<li>{i}</li>' for i in items)}</ul></div>"
        for h, items in SECTIONS.items()
    )
    html = f'<html><body><h1>Incident update 3</h1><div style="font-size:0px">{columns}</div></body></html>'
    report = parse_bytes(html.encode(), "incident-3.html")[0]
    assert _texts(report) == SECTIONS
