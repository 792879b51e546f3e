"""Section names of Norwegian Bokmål, Swedish and Danish reports get their keys, also set in capitals as a mail's
plain text sets them; a topic ("Evakuering", "Skredområdet") gets none. In a Word report and a plain-text mail."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.parse.vocabulary import classify_heading
from sitroom.read import parse_bytes

KEYS = [
    ("Sammendrag", "highlights"), ("Hovedpunkter", "highlights"), ("Situasjonsbilde", "situation"),
    ("Nøkkeltall", "figures"), ("Værvarsel", "forecast"), ("Skadeomfang", "impacts"), ("Tiltak", "response"),
    ("Mannskap", "workforce"), ("Bemanning", "workforce"), ("Mandskab", "workforce"), ("Utgifter", "finance"),
    ("Risikovurdering", "risks"), ("Riskbedömning", "risks"), ("Udfordringer", "risks"),
    ("Krisekommunikasjon", "communications"), ("Gjenoppretting", "recovery"), ("Videre arbeid", "next-steps"),
    ("Det videre arbejde", "next-steps"), ("Fortsatt arbete", "next-steps"), ("Planerade åtgärder", "next-steps"),
    ("Planlagte tiltag", "next-steps"),
]  # fmt: skip


@pytest.mark.parametrize(("heading", "key"), KEYS)
def test_section_names_get_their_keys(heading: str, key: str) -> None:
    assert classify_heading(heading)[0] == key
    assert classify_heading(heading.upper())[0] == key


SECTIONS = [
    ("Sammendrag", "highlights", ["Skredet gikk natt til mandag."]),
    ("Evakuering", None, ["120 personer er evakuert."]),
    ("Mannskap", "workforce", ["40 mannskaper er i innsats."]),
    ("Risikovurdering", "risks", ["Nye skred kan gå i området."]),
    ("Videre arbeid", "next-steps", ["Geologer vurderer området i morgen."]),
]


def _docx() -> bytes:
    d = docx.Document()
    d.add_paragraph("Situasjonsrapport 2 – kvikkleireskred", style="Title")
    for heading, _, points in SECTIONS:
        d.add_heading(heading, 1)
        for p in points:
            d.add_paragraph(p, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _mail() -> bytes:
    body = "".join(f"\n{h.upper()}\n" + "".join(f"\t* {p}\n" for p in points) for h, _, points in SECTIONS)
    return (
        "From: beredskap@kommune.example\nTo: krisestab@kommune.example\nSubject: Situasjonsrapport 2\n"
        "Date: Mon, 26 Jan 2026 08:00:00 +0100\nContent-Type: text/plain; charset=utf-8\n\n"
        f"Situasjonsrapport 2 – kvikkleireskred\n{body}"
    ).encode()


@pytest.mark.parametrize(("make", "name"), [(_docx, "r.docx"), (_mail, "r.eml")], ids=["word", "mail"])
def test_a_norwegian_reports_sections_get_their_keys(make, name: str) -> None:
    report = parse_bytes(make(), name)[0]
    assert [s.key for s in report.sections if s.heading] == [k for _, k, _ in SECTIONS]
