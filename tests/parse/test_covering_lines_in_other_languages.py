"""The covering line of a message that hands a report over is left out in Spanish and French as in English
("Se remite el informe de situación …", "Les remito el informe …", "Vous trouverez ci-après le rapport …"),
and the report's name restated in bold under it (the subject again) is the title, not a heading. In an HTML
e-mail as Outlook writes it and in a plain-text e-mail; a sentence about the situation stays an item."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

SUBJECT = "Informe de situación N° 5 – Servicios Sociales"
SECTIONS = [
    (
        "ACCIONES REALIZADAS",
        ["Se atendieron 120 llamadas en la línea de apoyo.", "Dos centros de día siguen cerrados."],
    ),
    ("RIESGOS", ["Falta de personal de enfermería en dos residencias."]),
]
COVERING = {
    "se remite": "Se remite el informe de situación del servicio con corte a las 08:00 h.",
    "les remito": "Les remito el informe de situación de hoy.",
    "les hacemos llegar": "Les hacemos llegar el informe diario de situación.",
    "vous trouverez": "Vous trouverez ci-après le rapport de situation du jour.",
    "je vous transmets": "Je vous transmets le point de situation de ce matin.",
}


def _html_mail(covering: str) -> bytes:
    body = "".join(
        f"<p class=MsoNormal><b>{h}</b></p>"
        + "".join(f"<p class=MsoListParagraph>·&nbsp;&nbsp;&nbsp; {t}</p>" for t in it)
        for h, it in SECTIONS
    )
    html = (
        f"<html><body><div class=WordSection1><p class=MsoNormal>Estimados/as:</p><p class=MsoNormal>{covering}</p>"
        f"<p class=MsoNormal><b><span style='font-size:14.0pt'>{SUBJECT}</span></b></p>{body}"
        "<p class=MsoNormal>Saludos cordiales,</p><p class=MsoNormal>Sala de Situación</p></div></body></html>"
    )
    return _mail(html, "html")


def _text_mail(covering: str) -> bytes:
    lines = ["Estimados/as:", "", covering, ""]
    for h, items in SECTIONS:
        lines += [h, *(f"• {t}" for t in items), ""]
    lines += ["Saludos cordiales,", "Sala de Situación"]
    return _mail("\n".join(lines), "plain")


def _mail(body: str, subtype: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "sala@example.es", "comite@example.es", SUBJECT
    msg["Date"] = "Mon, 06 Apr 2020 09:04:00 +0000"
    msg.set_content(body, subtype=subtype)
    return bytes(msg)


LAYOUTS = {"html": _html_mail, "text": _text_mail}


@pytest.mark.parametrize("covering", list(COVERING))
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_covering_line_is_left_out_in_any_language(layout: str, covering: str) -> None:
    report = parse_bytes(LAYOUTS[layout](COVERING[covering]), "m.eml")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
    assert report.title == SUBJECT
    assert report.number == 5
    assert any("covering line" in w for w in report.warnings)


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_first_sentence_about_the_situation_stays(layout: str) -> None:
    first = "Se remitieron 40 personas a los albergues durante la noche."
    report = parse_bytes(LAYOUTS[layout](first), "m.eml")[0]
    assert first in [i.text for i in report.items()]
