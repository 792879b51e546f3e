"""A line under the title whose bold label leads a date ("Data: 2 de payares de 2026", Asturian, Portuguese or
Italian for the date) dates the report: it is no run-in heading (before, "Data" headed a section of figures over the
other fields), and the report's fields under it ("Asuntu: …", "Destinatariu: …") are its masthead, not points.
Layouts: a Word document with the labels in bold runs and a web page with them in <strong>."""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest

from sitroom.read import parse_bytes

FIELDS = [("Data:", "2 de payares de 2026"), ("Asuntu:", "Temporal d'agua y vientu"),
          ("Destinatariu:", "112 Asturies – Serviciu d'Emerxencies")]  # fmt: skip
SECTIONS = [("1.- RESUME", ["El conceyu tien activáu'l plan d'emerxencies municipal."]),
            ("2.- DAÑOS", ["Cayó parte del muriu del cementeriu."])]  # fmt: skip


def _word() -> tuple[bytes, str]:
    d = docx.Document()
    d.add_paragraph().add_run("INFORME DE SITUACIÓN N.º 1: TEMPORAL Y ARGAYOS").bold = True
    for label, value in FIELDS:
        p = d.add_paragraph()
        p.add_run(f"{label} ").bold = True
        p.add_run(value)
    for heading, points in SECTIONS:
        d.add_paragraph().add_run(heading).bold = True
        for point in points:
            d.add_paragraph(f"- {point}")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue(), "informe.docx"


def _page() -> tuple[bytes, str]:
    fields = "".join(f"<p><strong>{label}</strong> {value}</p>" for label, value in FIELDS)
    body = "".join(f"<h2>{h}</h2><ul>{''.join(f'<li>{p}</li>' for p in ps)}</ul>" for h, ps in SECTIONS)
    html = f"<html><body><main><h1>Informe de situación n.º 1</h1>{fields}{body}</main></body></html>"
    return html.encode(), "informe.html"


@pytest.mark.parametrize("write", [_word, _page], ids=["word", "page"])
def test_the_date_field_dates_the_report_and_the_fields_are_no_points(write) -> None:
    data, name = write()
    report = parse_bytes(data, name)[0]
    assert report.date == date(2026, 11, 2)
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
