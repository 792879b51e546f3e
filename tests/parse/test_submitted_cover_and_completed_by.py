"""The line handing a report over as submitted ("Respectfully submitted is the situation report of Area 8 as of 8:00 AM
today, …", "Submitted herewith is …") opens it, and the line naming who completed it ("Completed by: Sarah Whitfield,
Head of Operations") closes it: neither is a point of the report. Checked in a memo mailed as plain text and in a
Word sitrep, with both wordings; a point saying what is to be completed by a day stays."""

from __future__ import annotations

import io
from email.message import EmailMessage

import docx
import pytest

from sitroom.read import parse_bytes

COVERS = [
    "Respectfully submitted is the situation report of AREA 8 (Tacloban City) as of 8:00 AM today, November 4, 2026.",
    "Submitted herewith is the flood situation report of the district as of 6:00 PM, 4 November 2026.",
]
SIGNERS = ["Completed by: Sarah Whitfield, Head of Operations, North West", "Report completed by: Daniel Okafor"]
SECTIONS = [
    ("I. HIGHLIGHTS", ["Post offices temporarily closed: 30."]),
    ("II. NEXT STEPS", ["Repairs to the sorting centre roof are to be completed by 9 November.",
                        "The next situation report will be submitted on November 5, 2026."]),
]  # fmt: skip


def _mail(cover: str, signer: str) -> bytes:
    lines = [cover, ""]
    for heading, points in SECTIONS:
        lines += [heading, *(f"   a. {p}" for p in points), ""]
    lines += [signer]
    msg = EmailMessage()
    msg["From"], msg["To"] = "area8@example.ph", "pmg@example.ph"
    msg["Subject"] = "Situation report no. 2"
    msg.set_content("\n".join(lines) + "\n")
    return bytes(msg)


def _docx(cover: str, signer: str) -> bytes:
    d = docx.Document()
    d.add_paragraph("Situation Report No. 2", style="Title")
    d.add_paragraph(cover)
    for heading, points in SECTIONS:
        d.add_paragraph(heading, style="Heading 1")
        for p in points:
            d.add_paragraph(p, style="List Bullet")
    d.add_paragraph(signer)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("fmt", ["eml", "docx"])
@pytest.mark.parametrize("n", range(len(COVERS)))
def test_the_submitting_line_and_who_completed_it_are_no_points(n: int, fmt: str) -> None:
    data = (_mail if fmt == "eml" else _docx)(COVERS[n], SIGNERS[n])
    report = parse_bytes(data, f"sitrep.{fmt}")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items] == SECTIONS
