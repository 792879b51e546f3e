"""A note citing where a section's figures come from ("Source: Met Office, 14 July 05:00", "※ 자료: 기상청 중기예보",
"出典：気象庁") is no point of the section, and a contact line closing the report ("Contact: Flood Duty Officer,
Credit Ridge Conservation Authority, 519-621-2781") is whom to ask, not a point; both are counted. In plain text,
Markdown and Word."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.parse.contactfields import labelled_contact
from sitroom.parse.furniture import is_source_note
from sitroom.read import parse_bytes

NOTES = ["Source: Met Office, 14 July 05:00", "※ 자료: 기상청 중기예보(7. 14. 05:00 발표)", "出典：気象庁"]
CONTACT = "Contact: Flood Duty Officer, Credit Ridge Conservation Authority, 519-621-2781"
SECTIONS = {
    "Forecast": ["Heavy rain is expected on Tuesday."],
    "Next update": ["This message will be updated by March 11."],
}


def _text(note: str) -> bytes:
    return (
        "Flood message 3\n\nFORECAST\n\n- Heavy rain is expected on Tuesday.\n\n"
        f"{note}\n\nNEXT UPDATE\n\n- This message will be updated by March 11.\n\n{CONTACT}\n"
    ).encode()


def _markdown(note: str) -> bytes:
    return (
        "# Flood message 3\n\n## Forecast\n\n- Heavy rain is expected on Tuesday.\n\n"
        f"{note}\n\n## Next update\n\n- This message will be updated by March 11.\n\n{CONTACT}\n"
    ).encode()


def _word(note: str) -> bytes:
    d = docx.Document()
    d.add_heading("Flood message 3", level=1)
    d.add_heading("Forecast", level=2)
    d.add_paragraph("Heavy rain is expected on Tuesday.", style="List Bullet")
    d.add_paragraph(note)
    d.add_heading("Next update", level=2)
    d.add_paragraph("This message will be updated by March 11.", style="List Bullet")
    d.add_paragraph(CONTACT)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("note", NOTES)
@pytest.mark.parametrize("write,name", [(_text, "m.txt"), (_markdown, "m.md"), (_word, "m.docx")])
def test_the_source_note_and_the_contact_line_are_no_points(write, name, note) -> None:
    report = parse_bytes(write(note), name)[0]
    assert {
        s.heading.capitalize(): [i.text for i in s.items] for s in report.sections if s.heading and s.items
    } == SECTIONS
    assert any("source note" in w for w in report.warnings)


def test_the_rules() -> None:
    assert all(map(is_source_note, NOTES))
    assert not is_source_note("Sources of funding are being explored with the regional government.")
    assert labelled_contact(CONTACT)
    assert not labelled_contact("Status: the pumping station at Low Ferry is running, 24 hours a day.")


@pytest.mark.parametrize("bold", [True, False])
def test_a_closing_line_of_numbers_to_call_heads_nothing(bold: bool) -> None:
    # its label set bold as a run-in lead, it is still the report's close: whom to call, and when the next comes
    label = "<strong>IT Service Desk:</strong>" if bold else "IT Service Desk:"
    close = f"{label} 01632 960 400 (8am to 6pm) · Managers' incident line: ext. 5050 · Next update: Wednesday by 16:00"
    html = (
        "<html><body><h1>Cyber incident update 3</h1><h2>Where we are now</h2><ul><li>Email is back for all staff.</li>"
        f"</ul><h2>Keeping residents informed</h2><ul><li>The contact centre is open until 18:00.</li></ul>"
        f"<p>{close}</p></body></html>"
    )
    report = parse_bytes(html.encode(), "update.html")[0]
    assert [s.heading for s in report.sections if s.heading] == ["Where we are now", "Keeping residents informed"]
    assert report.sections[-1].items[-1].text == "The contact centre is open until 18:00."
