"""A script or a mailing tool sends the report in the HTML part and puts only a stand-in in the plain text ("This
report is best viewed in an HTML-enabled email client.", "Para ver este correo, ábralo en un navegador."). The
message is its HTML: its sections and points are read from it, not lost behind the stand-in."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("Port operations", ["Outbound passengers stranded in ports: 539.", "Four ports remain closed to all vessels."]),
    ("Next steps", ["Operations resume once the storm signal is lifted."]),
]
STAND_INS = [
    "This report is best viewed in an HTML-enabled email client.",
    "Para ver este correo, ábralo en un navegador.",
    "",
]


def _mail(stand_in: str, table: bool) -> bytes:
    m = EmailMessage()
    m["Subject"], m["From"], m["To"] = "Typhoon situation report No. 2", "ops@ports.example", "all@ports.example"
    m.set_content(stand_in or " ")
    parts = []
    for heading, points in SECTIONS:
        if table:  # a script's mail lays each section out in a table's rows
            rows = "".join(f"<tr><td>{p}</td></tr>" for p in points)
            parts.append(f"<h3>{heading}</h3><table>{rows}</table>")
        else:
            parts.append(f"<h3>{heading}</h3><ul>{''.join(f'<li>{p}</li>' for p in points)}</ul>")
    intro = (
        "<p>Situation as of 14:00 today across the ports of the Visayas and Southern Luzon districts, compiled "
        "from the port management offices' returns.</p>"
    )
    m.add_alternative(
        f"<html><body><h2>Typhoon situation report No. 2</h2>{intro}{''.join(parts)}</body></html>", "html"
    )
    return m.as_bytes()


@pytest.mark.parametrize("table", [False, True], ids=["lists", "table-rows"])
@pytest.mark.parametrize("stand_in", STAND_INS)
def test_the_html_part_is_read_behind_a_stand_in(stand_in: str, table: bool) -> None:
    report = parse_bytes(_mail(stand_in, table), "sitrep.eml")[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading]
    assert got == SECTIONS
