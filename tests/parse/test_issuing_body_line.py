"""The line naming the body that issues a report, under its title and date and over the first section, is the
masthead's, in any language: "Northfield Council Emergency Planning Unit",
"포항시 재난안전대책본부(재난안전상황실)", "久留米市災害対策本部（事務局：防災対策課）", a Nepali office's letterhead,
"Dirección General de Protección Civil", "… County Office of Emergency Management", "… – Emergency Operations". In
Word, HTML and plain text. A service's name heading its own sections, and a point that ends in such a word, stay."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

TITLE = "Flood response sitrep 4"
DATE = "6 April 2020, 06:00"
SECTIONS = [
    ("Situation", ["River levels fell overnight at all three gauges.", "Two rest centres remain open."]),
    ("Risks", ["Further rain is forecast for Thursday."]),
]
ISSUERS = {
    "english": "Northfield Council Emergency Planning Unit",
    "korean": "포항시 재난안전대책본부(재난안전상황실)",
    "japanese": "久留米市災害対策本部（事務局：防災対策課）",
    "nepali": "उत्तरगंगा गाउँपालिका गाउँ कार्यपालिकाको कार्यालय विपद् व्यवस्थापन शाखा",
    "spanish": "Dirección General de Protección Civil",
    "english, its head before its of": "Onslow Bay County Office of Emergency Management",
    "english, the operations after the organisation": "Bayou Teche Community Health – Emergency Operations",
}


def _docx(lines: list[str], sections=SECTIONS) -> bytes:
    d = docx.Document()
    d.add_paragraph(TITLE, style="Title")
    for line in lines:
        d.add_paragraph(line)
    for h, items in sections:
        d.add_heading(h, 1)
        for t in items:
            d.add_paragraph(t, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html(lines: list[str], sections=SECTIONS) -> bytes:
    under = "".join(f"<p>{line}</p>" for line in lines)
    body = "".join(f"<h2>{h}</h2><ul>" + "".join(f"<li>{t}</li>" for t in it) + "</ul>" for h, it in sections)
    return f"<html><body><main><h1>{TITLE}</h1>{under}{body}</main></body></html>".encode()


def _text(lines: list[str], sections=SECTIONS) -> bytes:
    out = [TITLE, ""]
    for line in lines:
        out += [line, ""]
    for h, items in sections:
        out += [h.upper(), *[f"- {t}" for t in items], ""]
    return "\n".join(out).encode()


LAYOUTS = {"word": (_docx, "r.docx"), "html": (_html, "r.html"), "text": (_text, "r.txt")}


def _sections(report) -> list[tuple[str | None, list[str]]]:
    return [(s.heading.title() if s.heading else None, [i.text for i in s.items]) for s in report.sections]


@pytest.mark.parametrize("language", list(ISSUERS))
@pytest.mark.parametrize("order", ["date first", "issuer first"])
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_the_issuing_body_under_the_title_is_the_masthead(layout: str, order: str, language: str) -> None:
    make, name = LAYOUTS[layout]
    lines = [DATE, ISSUERS[language]] if order == "date first" else [ISSUERS[language], DATE]
    report = parse_bytes(make(lines), name)[0]
    assert _sections(report) == SECTIONS
    assert report.title == TITLE


@pytest.mark.parametrize("point", ["Disruption to bus services", "Calls to the Department of Housing doubled"])
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_point_ending_in_a_service_stays_a_point(layout: str, point: str) -> None:
    make, name = LAYOUTS[layout]
    sections = [("Situation", [point, "Two rest centres remain open."])]
    report = parse_bytes(make([DATE], sections), name)[0]
    assert point in [i.text for i in report.items()]


def test_a_service_heading_its_own_sections_stays_a_section() -> None:
    d = docx.Document()
    d.add_paragraph(TITLE, style="Title")
    d.add_paragraph(DATE)
    d.add_heading("Housing Services", 1)
    d.add_heading("Key activity", 2)
    d.add_paragraph("Forty families were moved to temporary homes.", style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    report = parse_bytes(buf.getvalue(), "r.docx")[0]
    assert "Housing Services" in [s.heading for s in report.sections]
