"""A story map or a dashboard saved from the browser embeds an interactive map: an element of role "application"
drawing on a canvas, with its legend, zoom buttons and credits as text. None of that text is the report's. A page
whose whole app carries that role but draws nothing keeps its text. And a risk table whose answer column reads
"What we're doing" gives each risk that cell as its mitigation, in HTML, Word and Markdown."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("Current conditions", ["The Cinder Butte fire has burned 20,846 acres and is 59% contained."]),
    ("Smoke forecast", ["Smoke is forecast to stay in the valley until August 14."]),
]
MAP = (
    "<div class='map-container' role='application' aria-label='Air Quality Index'><canvas width='900' height='600'>"
    "</canvas><div class='esri-zoom'><div role='button' title='Zoom in'>+</div></div><div class='map-legend'>"
    "<span>Air Quality Index</span><ul><li>Good (0–50)</li><li>Moderate (51–100)</li><li>Hazardous (301+)</li></ul>"
    "</div><div class='esri-attribution'>AirNow, U.S. EPA, Esri, HERE, Garmin</div><div>Powered by Esri</div></div>"
)
RISKS = [
    ("The risk of smoke exposure for people without housing is being monitored.", "Outreach teams bring masks."),
    ("Power cuts stopping air cleaners at care homes.", "Care homes hold spare filters and two generators."),
]


def _sections(with_map: bool) -> str:
    out = ""
    for heading, points in SECTIONS:
        out += f"<div class='narrative'><h2>{heading}</h2><ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>"
        out += f"</div><div class='media'>{MAP if with_map else ''}</div>"
    return out


@pytest.mark.parametrize("wrapped", [False, True])
def test_the_maps_legend_and_credits_are_no_items(wrapped: bool) -> None:
    body = _sections(True)
    if wrapped:  # the whole story inside the app's root
        body = f"<div id='app'>{body}</div>"
    page = f"<html><body><main><h1>Wildfire Smoke Update #1</h1>{body}</main></body></html>"
    report = parse_bytes(page.encode(), "story.html")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS


def test_an_app_that_draws_nothing_keeps_its_text() -> None:
    page = (
        f"<html><body><div role='application'><h1>Wildfire Smoke Update #1</h1>{_sections(False)}</div></body></html>"
    )
    report = parse_bytes(page.encode(), "app.html")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS


HEADER = ("Risk", "What we're doing")


def _html_table() -> bytes:
    rows = "".join(f"<tr><td><p>{r}</p></td><td><p>{m}</p></td></tr>" for r, m in RISKS)
    table = f"<table><thead><tr><th>{HEADER[0]}</th><th>{HEADER[1]}</th></tr></thead><tbody>{rows}</tbody></table>"
    return f"<html><body><main><h1>Update 2</h1><h2>Risks</h2>{table}</main></body></html>".encode()


def _docx_table() -> bytes:
    d = docx.Document()
    d.add_paragraph("Update 2", style="Title")
    d.add_heading("Risks", 1)
    t = d.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = HEADER
    for risk, mitigation in RISKS:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = risk, mitigation
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _md_table() -> bytes:
    rows = "".join(f"| {r} | {m} |\n" for r, m in RISKS)
    return f"# Update 2\n\n## Risks\n\n| {HEADER[0]} | {HEADER[1]} |\n|---|---|\n{rows}".encode()


@pytest.mark.parametrize("make,name", [(_html_table, "r.html"), (_docx_table, "r.docx"), (_md_table, "r.md")])
def test_a_what_we_are_doing_column_is_the_mitigation(make, name: str) -> None:
    report = parse_bytes(make(), name)[0]
    assert [(i.text, i.mitigation) for i in report.items()] == RISKS
