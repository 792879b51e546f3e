"""A note with no title line: whom it is sent to over the first section ("Sent to: regional office, EMO") is the
masthead's, not a point; the writer's name over their post given by its initials ("Dolly Greenland" over "SAO")
closes it as a signature does. A last point under a name-like line stays a point. In plain text, HTML and Word."""

from __future__ import annotations

import pytest
from keyed_formats import html_page, word_bold_lines

from sitroom.read import parse_bytes

SECTIONS = [
    ("Summary", None, ["26 homes have water in the basement."]),
    ("Next steps", None, ["Damage assessments of all flooded homes by May 8."]),
]


def _text(sent: str, name: str, post: str) -> bytes:
    body = "\n\n".join(f"{h}\n\n" + "\n".join(f"- {p}" for p in ps) for h, _, ps in SECTIONS)
    return f"{sent}\n\n{body}\n\n{name}\n{post}\n".encode()


def _html(sent: str, name: str, post: str) -> bytes:
    page = html_page("", SECTIONS).decode().replace("<h1></h1>", f"<p>{sent}</p>")
    return page.replace("</main>", f"<p>{name}</p><p>{post}</p></main>").encode()


@pytest.mark.parametrize(("write", "name"), [(_text, "note.txt"), (_html, "note.html")], ids=["text", "html"])
@pytest.mark.parametrize(
    ("sent", "signer", "post"),
    [
        ("Sent to: regional office, EMO Yellowknife", "Dolly Greenland", "SAO"),
        ("Sent to: all partners", "Sam Lee", "CEO"),
    ],
)
def test_whom_it_is_sent_to_and_the_signature_are_no_points(write, name: str, sent: str, signer: str, post: str):
    report = parse_bytes(write(sent, signer, post), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items] == [
        (h, ps) for h, _, ps in SECTIONS
    ]


def test_a_word_report_signed_by_initials_keeps_its_points() -> None:
    data = word_bold_lines("Flood note 3", [*SECTIONS[:1], ("Contacts", None, ["Road closures are on the map."])])
    report = parse_bytes(data, "note.docx")[0]
    assert [i.text for s in report.sections for i in s.items][-1] == "Road closures are on the map."
