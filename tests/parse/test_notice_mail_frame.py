"""A utility's notice mailed to its customers: the greeting ("Ndugu Mteja,", "Dear Customer,"), the line saying what
the notice tells ("DAWASA inapenda kukujulisha hali ya upatikanaji wa maji …"), then the sections; after the last
one the apology for the trouble ("Tunaomba radhi kwa usumbufu unaojitokeza.", "We apologise for any inconvenience
caused.", "Lamentamos las molestias ocasionadas."), who issued it ("Imetolewa na:", "Issued by:") over the unit's
name, its numbers and its address with its post box ("S.L.P. 1573, Barabara ya Mabibo"), and the service's note on
why the mail came ("Umepokea barua pepe hii kwa sababu …") right under the address, on a line of its own. None is a
point. In Swahili, English and Spanish."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

LANG = {
    "sw": {
        "greeting": "Ndugu Mteja,",
        "opening": "DAWASA inapenda kukujulisha hali ya upatikanaji wa maji katika eneo lake la huduma kufuatia ukame.",
        "sections": [("Muhtasari", ["Uzalishaji wa maji kwa sasa ni asilimia 66 ya mahitaji."]),
                     ("Hatua zinazofuata", ["Taarifa inayofuata itatolewa tarehe 3 Novemba."])],
        "close": ["Tunaomba radhi kwa usumbufu unaojitokeza.", "Imetolewa na:",
                  "Kitengo cha Mawasiliano na Uhusiano kwa Umma",
                  "Huduma kwa Wateja: 0800 110 064 (bila malipo) | Barua pepe: huduma@dawasa.go.tz",
                  "Mamlaka ya Majisafi na Usafi wa Mazingira Dar es Salaam · S.L.P. 1573, Barabara ya Mabibo, Dar es "
                  "Salaam",
                  "Umepokea barua pepe hii kwa sababu umejisajili kupokea taarifa kutoka DAWASA."],
        "breaks": (0, 2, 3),
    },
    "en": {
        "greeting": "Dear Customer,",
        "opening": "This update provides the latest information on water supply in our service area.",
        "sections": [("Summary", ["Water production is at 66% of demand."]),
                     ("Next steps", ["The next update will be issued on 3 November."])],
        "close": ["We apologise for any inconvenience caused.", "Issued by:", "Corporate Communications Unit",
                  "You are receiving this email because you subscribed to updates from the water authority."],
    },
    "es": {
        "greeting": "Estimado cliente:",
        "opening": "Le informamos sobre la situación del servicio de agua en su zona.",
        "sections": [("Resumen", ["La producción de agua está al 66% de la demanda."]),
                     ("Próximos pasos", ["El próximo boletín se enviará el 3 de noviembre."])],
        "close": ["Lamentamos las molestias ocasionadas.", "Elaborado por:", "Unidad de Comunicación"],
    },
}  # fmt: skip


def _mail(lang: dict) -> bytes:
    lines = [lang["greeting"], "", lang["opening"], ""]
    for heading, points in lang["sections"]:
        lines += [heading, *(f"* {p}" for p in points), ""]
    for n, line in enumerate(lang["close"]):
        lines += [line] + ([""] if n in lang.get("breaks", (0, 2)) else [])
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "info@water.example", "customer@example.org", "Water supply update 2"
    msg.set_content("\n".join(lines) + "\n")
    return bytes(msg)


@pytest.mark.parametrize("language", list(LANG))
def test_the_notices_greeting_opening_apology_and_issuer_are_no_points(language: str) -> None:
    lang = LANG[language]
    report = parse_bytes(_mail(lang), "notice.eml")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items] == lang["sections"]
