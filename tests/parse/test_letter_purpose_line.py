"""A letter's line saying what it is about, and which of its series it is, is the letter's framing, not news: "I am
writing to update you on …", "Met deze brief informeren wij u voor de 2e keer over …", "Par la présente, nous vous
informons …", "Por medio de la presente …". It is left out and counted; the sections and points stay. A line that
goes on to tell something ("… 24 streets are closed.") stays a point. In Word and HTML."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

LETTERS = {
    "en": ("Council information letter", "Dear members of the council,",
           "I am writing to update you for the 2nd time on the fire with asbestos at the recycling plant.",
           [("Situation", ["The closed area now covers 24 streets."]), ("Risks", ["Asbestos may spread in wind."])]),
    "nl": ("Raadsinformatiebrief", "Geachte leden van de raad,",
           "Met deze brief informeren wij u voor de 2e keer over de gevolgen van de brand met asbest aan de "
           "Industrieweg en over de aanpak daarvan.",
           [("Stand van zaken", ["Het afgezette gebied omvat nu 24 straten."]),
            ("Risico's", ["Bij harde wind kan asbest verder verspreiden."])]),
    "fr": ("Lettre d'information aux élus", "Mesdames et Messieurs les conseillers,",
           "Par la présente, nous vous informons des suites de l'incendie de l'usine de recyclage.",
           [("Situation", ["Le périmètre fermé couvre 24 rues."]), ("Risques", ["L'amiante peut se disperser."])]),
    "es": ("Informe al pleno", "Estimados concejales:",
           "Por medio de la presente les informamos sobre el incendio de la planta de reciclaje.",
           [("Situación", ["La zona cerrada abarca 24 calles."]), ("Riesgos", ["El amianto puede dispersarse."])]),
}  # fmt: skip


def _docx(title: str, greeting: str, lead: str, sections: list) -> tuple[bytes, str]:
    d = docx.Document()
    d.add_paragraph(title, style="Title")
    d.add_paragraph(greeting)
    d.add_paragraph(lead)
    for heading, points in sections:
        d.add_heading(heading, 2)
        for p in points:
            d.add_paragraph(p, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue(), "letter.docx"


def _html(title: str, greeting: str, lead: str, sections: list) -> tuple[bytes, str]:
    body = "".join(f"<h2>{h}</h2><ul>" + "".join(f"<li>{p}</li>" for p in ps) + "</ul>" for h, ps in sections)
    page = f"<html><body><main><h1>{title}</h1><p>{greeting}</p><p>{lead}</p>{body}</main></body></html>"
    return page.encode(), "letter.html"


@pytest.mark.parametrize("make", [_docx, _html])
@pytest.mark.parametrize("lang", list(LETTERS))
def test_the_letter_s_purpose_line_is_no_point(lang: str, make) -> None:
    title, greeting, lead, sections = LETTERS[lang]
    report = parse_bytes(*make(title, greeting, lead, sections))[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == sections
    assert report.title == title
    assert any("under the title left out" in w for w in report.warnings)


@pytest.mark.parametrize("make", [_docx, _html])
def test_a_purpose_line_that_goes_on_to_tell_something_stays(make) -> None:
    title, greeting, _, sections = LETTERS["en"]
    lead = "I am writing to update you on the fire at the recycling plant. 24 streets are closed."
    report = parse_bytes(*make(title, greeting, lead, sections))[0]
    assert lead in [i.text for i in report.items()]
