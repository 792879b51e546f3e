"""The lines around a report that a reader skips, each found by what it is:
- the marking said of the document in a sentence ("Documento de uso interno del CECOPAL. No difundir …", "This report
  is for internal use only; do not forward.");
- the system's stamp on the record ("Form: Situation Report · Entry #107 · Created by … on … · Last modified …");
- the date and hour the report was written, as a field of its own over the first section ("Fecha y hora: 13/10/2026
  20:00");
- who reviewed it and when the next one comes, on one closing line ("Revisado por la Jefatura – próximo informe:
  14/10 20:00");
- the files attached, under the label alone ("Attachments" over "heat_map.pdf, roster.xlsx").
None is an item; the sections keep their points. In Markdown, Word and HTML, in Spanish and English."""

from __future__ import annotations

import io
from html import escape

import docx
import pytest

from sitroom.read import parse_bytes

REPORTS = {
    "spanish": {
        "title": "Informe de situación n.º 2 – 13 de octubre de 2026",
        "top": ["Documento de uso interno del CECOPAL. No difundir sin autorización de la Alcaldía.",
                "Fecha y hora: 13/10/2026 20:00"],
        "sections": [("Resumen", ["La erupción continúa con emisión de lava y cenizas."]),
                     ("Próximas actuaciones", ["Reunión con los vecinos afectados el 14 de octubre."])],
        "attachments": ("Anexos", "mapa_coladas_1310.pdf, censo_albergues.xlsx"),
        "close": "Revisado por la Jefatura del CECOPAL – próximo informe: 14/10 20:00",
    },
    "english": {
        "title": "Situation Report #4",
        "top": ["This report is for internal use only; do not forward.",
                "Form: Situation Report · Entry #107 · Created by Maria Delgado on 07/13/2026 5:27 PM · Last modified "
                "07/13/2026 5:27 PM",
                "Date and time: 13/07/2026 17:00"],
        "sections": [("Current situation", ["The EOC remains at Level 2."]),
                     ("Next steps", ["Open two more cooling centers by July 14."])],
        "attachments": ("Attachments", "heat_map_0713.pdf, cooling_center_roster_0713.xlsx"),
        "close": "Reviewed by the duty officer – next report: 14/07 17:00",
    },
}  # fmt: skip


def _markdown(r: dict) -> bytes:
    text = f"# {r['title']}\n\n" + "".join(f"{line}\n\n" for line in r["top"])
    text += "".join(f"## {h}\n\n" + "".join(f"- {p}\n" for p in pts) + "\n" for h, pts in r["sections"])
    text += f"## {r['attachments'][0]}\n\n{r['attachments'][1]}\n\n*{r['close']}*\n"
    return text.encode()


def _word(r: dict) -> bytes:
    d = docx.Document()
    d.add_heading(r["title"], level=1)
    for line in r["top"]:
        d.add_paragraph(line)
    for heading, points in r["sections"]:
        d.add_heading(heading, level=2)
        for point in points:
            d.add_paragraph(point, style="List Bullet")
    d.add_heading(r["attachments"][0], level=2)
    d.add_paragraph(r["attachments"][1])
    d.add_paragraph().add_run(r["close"]).italic = True
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html(r: dict) -> bytes:
    top = "".join(f"<p>{escape(line)}</p>" for line in r["top"])
    body = "".join(
        f"<h2>{escape(h)}</h2><ul>{''.join(f'<li>{escape(p)}</li>' for p in pts)}</ul>" for h, pts in r["sections"]
    )
    tail = f"<h2>{escape(r['attachments'][0])}</h2><p>{escape(r['attachments'][1])}</p><p><i>{escape(r['close'])}</i>"
    return f"<html><body><h1>{escape(r['title'])}</h1>{top}{body}{tail}</p></body></html>".encode()


@pytest.mark.parametrize("make,name", [(_markdown, "r.md"), (_word, "r.docx"), (_html, "r.html")])
@pytest.mark.parametrize("language", list(REPORTS))
def test_the_lines_around_the_report_are_no_items(language: str, make, name: str) -> None:
    r = REPORTS[language]
    report = parse_bytes(make(r), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items] == r["sections"]


# the marking put on the document by a verb ("falls under", "valt onder", "is marked"), its handling after it
MARKED = {
    "dutch": {
        "title": "Situatierapportage 2: misbruik van VPN-gateways",
        "top": ["Deze rapportage valt onder TLP:AMBER. Deel de inhoud alleen binnen uw eigen organisatie en met "
                "leveranciers die de informatie nodig hebben om te handelen."],
        "sections": [("1. Samenvatting", ["Sinds 2 juli wordt een kwetsbaarheid actief misbruikt."]),
                     ("2. Situatie", ["92% van de gemelde gateways is inmiddels bijgewerkt."])],
    },
    "english": {
        "title": "Storm Ciarán – situation report 3",
        "top": ["This update is marked OFFICIAL: SENSITIVE. Do not forward outside the response partners."],
        "sections": [("Current situation", ["Three rest centres remain open tonight."]),
                     ("Next steps", ["Review the road closures at 08:00 tomorrow."])],
    },
}  # fmt: skip


@pytest.mark.parametrize("make,name", [(_markdown, "r.md"), (_word, "r.docx"), (_html, "r.html")])
@pytest.mark.parametrize("language", list(MARKED))
def test_a_marking_put_on_the_document_by_a_verb_is_no_item(language: str, make, name: str) -> None:
    r = {**MARKED[language], **{k: REPORTS["english"][k] for k in ("attachments", "close")}}
    report = parse_bytes(make(r), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items] == r["sections"]
