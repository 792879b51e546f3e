"""A council's bulletin sent by a mailing service: the link to view it in the browser ("Ver no navegador"), the
council's name in a band over the bulletin's title (the subject restated), the date, the readers addressed
("Veciñas e veciños:", "Vecinas y vecinos:") and the line informing them ("Informámosvos da situación …"); after
the sections the numbers to call ("Emerxencias: 112 | Concello: 988 335 030"), the mayor's post over the name, and
the service's footer: the council's address, why the reader gets it ("Recibes este correo porque …") and the link to
leave the list ("Darse de baixa"). Only the sections are the report. In Galician and Spanish."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

MAILS = {
    "gl": {
        "view": "Ver no navegador", "council": "Concello de Vilariño de Conso",
        "title": "Boletín informativo n.º 1: incendios forestais", "date": "12 de agosto de 2026",
        "readers": "Veciñas e veciños:",
        "inform": "Informámosvos da situación no concello despois dos incendios (12 de agosto de 2026).",
        "sections": [("Resumo", ["Hectáreas queimadas no termo municipal: 5.932."]),
                     ("Próximos pasos", ["Prevese reabrir as estradas cortadas antes do 15 de agosto."])],
        "numbers": "Emerxencias: 112 | Concello: 988 335 030", "post": "O alcalde", "name": "Antonio Pérez Blanco",
        "address": "Concello de Vilariño de Conso · Praza do Concello, 1, 32431 Vilariño de Conso",
        "why": "Recibes este correo porque te subscribiches ao boletín do concello.", "leave": "Darse de baixa",
    },
    "es": {
        "view": "Ver en el navegador", "council": "Ayuntamiento de Ponferrada",
        "title": "Boletín informativo n.º 2: incendios forestales", "date": "13 de agosto de 2026",
        "readers": "Vecinas y vecinos:",
        "inform": "Les informamos de la situación en el municipio tras los incendios (13 de agosto de 2026).",
        "sections": [("Resumen", ["Hectáreas quemadas en el término municipal: 2.104."]),
                     ("Próximos pasos", ["Se prevé reabrir las carreteras cortadas antes del 16 de agosto."])],
        "numbers": "Emergencias: 112 | Ayuntamiento: 987 446 600", "post": "La alcaldesa", "name": "Marta Ruiz Gómez",
        "address": "Ayuntamiento de Ponferrada · Plaza del Ayuntamiento, 1, 24400 Ponferrada",
        "why": "Recibes este correo porque te suscribiste al boletín municipal.", "leave": "Darse de baja",
    },
}  # fmt: skip


def _mail(m: dict) -> bytes:
    msg = EmailMessage()
    msg["Subject"], msg["From"], msg["To"] = m["title"], "boletin@concello.example", "veciños@concello.example"
    sections = "".join(
        f"<h2>{h}</h2><ul>{''.join(f'<li>{p}</li>' for p in points)}</ul>" for h, points in m["sections"]
    )
    html = (
        f"<html><body><p><a href='#'>{m['view']}</a></p><h3>{m['council']}</h3><h3>{m['title']}</h3>"
        f"<p>{m['date']}</p><p>{m['readers']}</p><p>{m['inform']}</p>{sections}<p>{m['numbers']}</p>"
        f"<p>{m['post']}</p><h3>{m['name']}</h3><table class='footer'><tr><td><p>{m['address']}</p><p>{m['why']}"
        f"</p><p><a href='#'>{m['leave']}</a></p></td></tr></table></body></html>"
    )
    msg.set_content("\n".join([m["council"], m["title"], m["readers"], m["inform"]]))
    msg.add_alternative(html, "html")
    return msg.as_bytes()


@pytest.mark.parametrize("lang", list(MAILS))
def test_only_the_sections_are_the_report(lang: str) -> None:
    m = MAILS[lang]
    report = parse_bytes(_mail(m), "boletin.eml")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == m["sections"]
