"""In plain text, a short line straight under a bullet (no blank line between) that ends in a colon, or that
has no punctuation and stands over more bullets, is the heading of what follows: not an item of its own,
not the last line of the bullet above. A bullet's wrapped line stays in the bullet: indented under its text,
starting with a small letter, or too long to have fitted on the line above. After a blank line, a short
line ending in a colon over bullets is their heading too. Checked on a text file in two bullet styles, with
and without blank lines, and on a plain-text e-mail."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

WIDTH = 78
FILLER = "Teams from the highways depot have cleared fallen trees on the B1040 and the"
# (heading as printed, items): headings no vocabulary knows, so the rule cannot lean on the words
SECTIONS = [
    ("Where we are:", ["Gritting routes were all treated overnight.", "Two depots open longer hours."]),
    ("Met Office view:", ["Frost is expected on high ground until Friday."]),
    ("Things keeping us awake", ["Salt stocks fall below 40% by the weekend.", "Driver sickness is rising"]),
    ("Jobs for the week:", [f"{FILLER} Fen Road", "Depot gates repainted."]),
]


def _text(glyph: str, blank: bool = False) -> str:
    lines = ["Highways daily update 3 – 7 December 2026", ""]
    for heading, items in SECTIONS:
        if blank:  # after a blank line it is the colon that announces the bullets
            lines += [heading.rstrip(":") + ":"] if lines[-1] == "" else ["", heading.rstrip(":") + ":"]
        else:
            lines.append(heading)
        for item in items:
            # the long item wraps at the margin, its last words at the left edge
            if item.startswith(FILLER):
                lines += [f"{glyph} {FILLER}", item[len(FILLER) + 1 :]]
            else:
                lines.append(f"{glyph} {item}")
    return "\n".join([*lines, ""])


def _txt_dots() -> tuple[bytes, str]:
    return _text("•").encode(), "update.txt"


def _txt_dashes() -> tuple[bytes, str]:
    return _text("-").encode(), "update.txt"


def _txt_blank_lines() -> tuple[bytes, str]:
    # the same rule with a blank line above each heading: a colon announces the bullets under it
    return _text("•", blank=True).encode(), "update.txt"


def _email() -> tuple[bytes, str]:
    msg = EmailMessage()
    msg["From"] = "Jo Bloggs <jo@example.org>"
    msg["To"] = "cell@example.org"
    msg["Subject"] = "Highways daily update 3"
    msg["Date"] = "Mon, 07 Dec 2026 09:30:00 +0000"
    msg.set_content(_text("*"))
    return bytes(msg), "update.eml"


LAYOUTS = {
    "text-dots": _txt_dots,
    "text-dashes": _txt_dashes,
    "text-blank-lines": _txt_blank_lines,
    "email-plain": _email,
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_short_line_under_a_bullet_heads_what_follows(layout: str) -> None:
    data, name = LAYOUTS[layout]()
    report = parse_bytes(data, name)[0]
    got = [(s.heading.rstrip(":") if s.heading else None, [i.text for i in s.items]) for s in report.sections]
    assert got == [(h.rstrip(":"), items) for h, items in SECTIONS]


@pytest.mark.parametrize(
    "continuation",
    [
        "  recorded on the case file:",  # indented under the bullet's text
        "recorded on the case file:",  # a small letter: the sentence goes on
    ],
)
def test_a_wrapped_bullet_line_is_no_heading(continuation: str) -> None:
    text = "\n".join(
        [
            "Children's services update 4 – 7 December 2026",
            "",
            "Next steps:",
            "• Face to face visits continue for the children most at risk and are",
            continuation,
            "• Residential beds opened.",
            "",
        ]
    )
    report = parse_bytes(text.encode(), "update.txt")[0]
    assert [s.heading for s in report.sections] == ["Next steps:"]
    assert [i.text for i in report.sections[0].items] == [
        "Face to face visits continue for the children most at risk and are recorded on the case file:",
        "Residential beds opened.",
    ]
