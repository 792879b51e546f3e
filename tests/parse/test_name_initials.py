"""A paragraph opening with a person's initial ("R. Delgado, Incident Commander") keeps it: a capital and a
full stop is a list letter only where the document letters a list from A on ("A.", "B.", …). In a web
page, in Markdown, in plain text and in a Word file (where the letters are typed, not numbered by Word)."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

NAMED = ["R. Delgado, Incident Commander, leads the night shift.", "K. Osei, Planning Officer, keeps the log."]
LETTERED = ["Open a second rest centre.", "Ask the fire service for two more pumps."]


def _markdown() -> bytes:
    named = "".join(f"{t}\n\n" for t in NAMED)
    lettered = "".join(f"{letter}. {t}\n\n" for letter, t in zip("AB", LETTERED, strict=True))
    return f"## Command\n\n{named}## Decisions\n\n{lettered}".encode()


def _html() -> bytes:
    named = "".join(f"<p>{t}</p>" for t in NAMED)
    lettered = "".join(f"<p>{letter}. {t}</p>" for letter, t in zip("AB", LETTERED, strict=True))
    return f"<html><body><h2>Command</h2>{named}<h2>Decisions</h2>{lettered}</body></html>".encode()


def _text() -> bytes:
    named = "".join(f"{t}\n\n" for t in NAMED)
    lettered = "".join(f"{letter}. {t}\n\n" for letter, t in zip("AB", LETTERED, strict=True))
    return f"Shift report\n\nCommand\n\n{named}Decisions\n\n{lettered}".encode()


def _word() -> bytes:
    document = docx.Document()
    document.add_heading("Command", 2)
    for t in NAMED:
        document.add_paragraph(t)
    document.add_heading("Decisions", 2)
    for letter, t in zip("AB", LETTERED, strict=True):
        document.add_paragraph(f"{letter}. {t}")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "make"),
    [("update.md", _markdown), ("update.html", _html), ("update.txt", _text), ("update.docx", _word)],
)
def test_an_initial_is_no_list_letter(name, make) -> None:
    report = parse_bytes(make(), name)[0]
    items = {s.heading: [i.text for i in s.items] for s in report.sections}
    assert items["Command"] == NAMED
    assert items["Decisions"] == LETTERED


def test_roman_numbers_stay_numbers() -> None:
    """ "I." where the document numbers in Roman ("II.") is the number one, not an initial."""
    text = "Shift report\n\nI. Open a second rest centre.\n\nII. Ask the fire service for two more pumps.\n"
    report = parse_bytes(text.encode(), "update.txt")[0]
    items = [i.text for s in report.sections for i in s.items]
    assert items[-2:] == LETTERED
