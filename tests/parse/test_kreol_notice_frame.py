"""A municipal council's notice mailed as a newsletter, in Mauritian Kreol and in French: the date line with its hour
("20 Avril 2026, 3er apremidi"), the greeting ("Bonzour tou rezidan,", "Bonjour à tous,"), the line saying the
council gives an update ("Lameri … pe donn zot enn lepwin lor lasitiasion …"), the sections, the thanks ("Mersi pou
ou kooperasion.", "Merci pour votre coopération."), the communication cell credited under it ("Sellil Kominikasion
Lameri Port-Louis", "Cellule communication de la Mairie") and the footer with the links to unsubscribe ("Dezabone",
"Zer ou abonman"). Only the sections are the report; the Kreol section names take their keys."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

NOTICES = {
    "kreol": {
        "date": "20 Avril 2026, 3er apremidi",
        "greeting": "Bonzour tou rezidan,",
        "opening": "Lameri Port-Louis pe donn zot enn lepwin lor lasitiasion dan nou lavil apre bann gro laverse.",
        "sections": [("Lasitiasion", "situation", ["Dilo inn bes dan bann lari Plaine-Verte."]),
                     ("Dega", "impacts", ["Lakaz inonde: 57."]),
                     ("Led pou bann rezidan", "assistance", ["Sant refiz Lakaz Lespwar ouver 24 lor 24."]),
                     ("Depans", "finance", ["Depans lameri ziska zordi: Rs 1,2 milion."]),
                     ("Prosenn etap", "next-steps", ["Prosenn kominike pou sorti demin 3er apremidi."])],
        "thanks": "Mersi pou ou kooperasion.",
        "cell": "Sellil Kominikasion Lameri Port-Louis",
        "footer": "Lameri Port-Louis · Lotel de Vil, Rue Pope Hennessy · Tel: 212 0831",
        "links": ["Dezabone", "Zer ou abonman"],
    },
    "french": {
        "date": "20 avril 2026, 15 h",
        "greeting": "Bonjour à tous,",
        "opening": "Voici notre point de situation après les fortes pluies.",
        "sections": [("Situation", "situation", ["L'eau a baissé dans les rues de Plaine-Verte."]),
                     ("Dégâts", "impacts", ["Maisons inondées : 57."]),
                     ("Prochaines étapes", "next-steps", ["Le prochain communiqué paraîtra demain à 15 h."])],
        "thanks": "Merci pour votre coopération.",
        "cell": "Cellule communication de la Mairie de Port-Louis",
        "footer": "Mairie de Port-Louis · Hôtel de Ville · Tél. : 212 0831",
        "links": ["Se désabonner", "Gérer vos préférences"],
    },
}  # fmt: skip


def _mail(n: dict) -> bytes:
    sections = "".join(
        f"<h2>{h}</h2><ul>{''.join(f'<li>{p}</li>' for p in points)}</ul>" for h, _, points in n["sections"]
    )
    html = (
        f"<html><body><table><tr><td><p>{n['date']}</p><p>{n['greeting']}</p><p>{n['opening']}</p>{sections}"
        f"<p>{n['thanks']}</p><p><em>{n['cell']}</em></p></td></tr>"
        f"<tr><td style='font-size:11px'><p>{n['footer']}</p><p>"
        f"<a href='https://example.mailpoet.test/unsubscribe?k=1'>{n['links'][0]}</a> | "
        f"<a href='https://example.mailpoet.test/manage?k=1'>{n['links'][1]}</a></p></td></tr></table></body></html>"
    )
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "kominike@example.mu", "rezidan@example.mu", "Kominike no. 1"
    msg.set_content("This notice is best read in HTML.")
    msg.add_alternative(html, subtype="html")
    return bytes(msg)


@pytest.mark.parametrize("name", sorted(NOTICES))
def test_a_notices_frame_is_no_point_and_its_sections_are_keyed(name: str) -> None:
    n = NOTICES[name]
    report = parse_bytes(_mail(n), "notice.eml")[0]
    got = [(s.heading, s.key, [i.text for i in s.items]) for s in report.sections if s.heading or s.items]
    assert got == n["sections"]
