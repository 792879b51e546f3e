"""An alert service's message closes under its last section with how to reach the sender and where to read the
rest: whom to call ("For questions call the parish hotline at (504) 297-5650."), the contact field, the sender's
street address under its label ("Address/Location: 8056 Highway 23, Belle Chasse, LA 70037", "Address: 12 rue de la
Paix"), and the link to the full message ("To see more details and attachments, visit https://…", "For more
information, go to www.…"). None is a point of the last section. Checked in a plain-text mail and as text, with the
street's name before its kind and after it; a section's own point naming a street stays."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes, parse_text

SECTIONS = [
    ("WATER QUALITY", ["Chloride at the intake is 310 mg/L.", "Boil water advisory remains for 3 zip codes."]),
    ("NEXT STEPS", ["The next update will be sent on September 23."]),
]
FOOTERS = {
    "us": ["For questions call the Plaquemines Parish hotline at (504) 297-5650.",
           "Contact: Plaquemines Parish Office of Emergency Preparedness (504) 297-5650",
           "Address/Location: 8056 Highway 23, Belle Chasse, LA 70037",
           "To see more details and attachments, visit https://alerts.example.org/21C22"],
    "fr": ["Contact: Cellule de crise (01) 45 67 89 10", "Address: 12 rue de la Paix, 75002 Paris",
           "For more information, go to www.example.fr"],
}  # fmt: skip


def _text(footer: list[str]) -> str:
    lines = ["Saltwater advisory update 2", ""]
    for heading, points in SECTIONS:
        lines += [heading, *(f"- {p}" for p in points), ""]
    return "\n".join(lines + footer) + "\n"


def _mail(footer: list[str]) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"] = "alerts@example.org", "residents@example.org"
    msg["Subject"] = "Saltwater advisory update 2"
    msg.set_content(_text(footer))
    return bytes(msg)


@pytest.mark.parametrize("as_mail", [False, True], ids=["text", "mail"])
@pytest.mark.parametrize("footer", list(FOOTERS))
def test_the_alerts_footer_is_no_point(footer: str, as_mail: bool) -> None:
    lines = FOOTERS[footer]
    report = parse_bytes(_mail(lines), "alert.eml")[0] if as_mail else parse_text(_text(lines))
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading] == SECTIONS


def test_a_point_naming_a_street_stays() -> None:
    text = _text([]).replace("September 23.", "September 23.\n- Address: 8056 Highway 23 is closed to traffic.")
    report = parse_text(text)
    assert report.sections[-1].items[-1].text == "Address: 8056 Highway 23 is closed to traffic."
