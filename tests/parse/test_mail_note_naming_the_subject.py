"""A mail's salutation (a short first line ending in a comma) and the sentence under it naming the report as the
subject names it, by its name and number, are the writer's note sending it, whatever the language: no point of
the report. A first paragraph with the subject's number and place but not its name is the report's news. In plain
text and HTML parts."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

MAILS = {
    "wolof": (
        "Rapoor ndox mi #1 - Bakau New Town WDC",
        ["Asalaa maalekum,", "Maa ngi lay yónnee rapoor bu nimero 1 bu WDC bu Bakau New Town ci mbirum ndox mi."],
    ),
    "sango": (
        "Rapôro ti kolera no 2 - 3e arrondissement",
        ["Balaô Monsieur le Maire,", "Mbi tokua na mo rapôro ti kolera nimero 2 ti 3e arrondissement."],
    ),
    "english": ("Flood sitrep 5 - Riverside", ["Dear colleagues,", "Please find Riverside flood sitrep 5 below."]),
    # written without spaces: its name and number are found character by character
    "chinese": (
        "颱風社區情況通報第1號（街總下環社區中心）",
        ["秘書處各位同事：", "現呈上本中心第1號颱風社區情況通報（截至9月14日下午5時），請查閱。"],
    ),
}
SECTIONS = [
    ("SUMMARY", ["Water levels fell overnight at all 4 gauges.", "Shelters open: 3."]),
    ("NEXT STEPS", ["Next report at 18:00."]),
]


def _mail(subject: str, opening: list[str], html: bool) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "wdc@example.org", "council@example.org", subject
    lines = [*opening, ""]
    for heading, points in SECTIONS:
        lines += [heading, *(f"- {p}" for p in points), ""]
    lines += ["Jërëjëf,", "Awa Jallow", "Secretary"]
    text = "\n".join(lines)
    msg.set_content(text)
    if html:
        body = "".join(f"<div>{line}</div>" if not line.startswith("- ") else f"<li>{line[2:]}</li>" for line in lines)
        msg.add_alternative(f"<html><body>{body}</body></html>", subtype="html")
    return bytes(msg)


@pytest.mark.parametrize("html", [False, True], ids=["text", "html"])
@pytest.mark.parametrize("language", sorted(MAILS))
def test_the_note_sending_the_report_is_no_point(language: str, html: bool) -> None:
    subject, opening = MAILS[language]
    report = parse_bytes(_mail(subject, opening, html), "sitrep.eml")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items] == SECTIONS


def test_news_with_the_subjects_number_stays() -> None:
    """ "4 homes" is news, though the subject is sitrep 4 of Storm Babet: the report's name is not in it."""
    opening = ["Dear all,", "Storm Babet flooded 4 homes in Riverside overnight."]
    report = parse_bytes(_mail("Sitrep 4 - Storm Babet", opening, False), "sitrep.eml")[0]
    assert next(i.text for s in report.sections for i in s.items) == opening[1]
