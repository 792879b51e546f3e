"""A weekly report sent as an Indian government office's letter: under the subject, the reference to the letter it
answers, "Sir," and the covering paragraph ending "is as under:-"; after the last point, the request to note it
run on at the end of the last point ("This is for your kind information please."), the signature with the name in
brackets, the endorsement's number and date, and whom copies go to ("A copy of the above is forwarded to the
following for information and necessary action:-") over their numbered list. None of it is a section or a point:
the sections and points read as the report's own, "Risks and action taken" keyed risks with its actions as the
mitigations. In Word, PDF and plain text."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

HEAD = [
    "To",
    "The Director, Animal Husbandry Department, Punjab, Mohali.",
    "Memo No. DDAH/LDH/LSD/2026/1862 Dated: 11.08.2026",
    "Subject: Weekly situation report No. 1 regarding Lumpy Skin Disease in District Ludhiana.",
    "Reference: Your office letter No. LSD/Epid/2026/2231 dated 21.07.2026.",
    "Sir,",
    "With reference to the subject cited above, the situation report of District Ludhiana for the week ending "
    "10.08.2026 is as under:-",
]
SECTIONS = [
    ("1. Present situation", "situation", ["8,310 affected animals have recovered."]),
    ("2. Deployment of staff", "workforce", ["58 rapid response teams are in the field."]),
    ("3. Risks and action taken", "risks", ["Shortage of vaccine in the remote blocks. Action taken: Demand "
                                            "placed with the Directorate for more doses."]),
    ("4. Action plan for the coming week", "next-steps", ["Complete the vaccination of all cattle by 24.08.2026."]),
]  # fmt: skip
REQUEST = "This is for your kind information please."
FOOT = ["(Dr. Harpreet Singh Grewal)", "Deputy Director Animal Husbandry, Ludhiana.",
        "Endst. No. DDAH/LDH/LSD/2026/1863", "Dated: 11.08.2026",
        "A copy of the above is forwarded to the following for information and necessary action:-"]  # fmt: skip
COPIES = ["The Deputy Commissioner, Ludhiana.", "All Senior Veterinary Officers in District Ludhiana."]


def _lines() -> list[tuple[str, str]]:
    out = [("p", line) for line in HEAD]
    for heading, _, points in SECTIONS:
        out.append(("h", heading))
        out += [("i", f"({'i' * (n + 1)}) {p}") for n, p in enumerate(points)]
    out[-1] = ("i", f"{out[-1][1]} {REQUEST}")
    out += [("p", line) for line in FOOT] + [("n", f"{n}. {c}") for n, c in enumerate(COPIES, start=1)]
    return out


def _text() -> bytes:
    return ("\n\n".join(line for _, line in _lines()) + "\n").encode()


def _docx() -> bytes:
    d = docx.Document()
    for kind, line in _lines():
        p = d.add_paragraph()
        p.add_run(line).bold = kind == "h"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _pdf() -> bytes:
    from weasyprint import HTML

    body = "".join(f"<p><b>{line}</b></p>" if kind == "h" else f"<p>{line}</p>" for kind, line in _lines())
    css = "@page { size: A4; margin: 20mm; } body { font: 10.5pt 'Liberation Serif', serif; } p { margin: 0 0 10pt; }"
    return HTML(string=f"<html><head><style>{css}</style></head><body>{body}</body></html>").write_pdf()


@pytest.mark.parametrize("make,name", [(_docx, "l.docx"), (_pdf, "l.pdf"), (_text, "l.txt")])
def test_the_letter_frame_is_no_section_and_no_point(make, name: str) -> None:
    report = parse_bytes(make(), name)[0]
    got = [(s.heading, s.key, [i.text for i in s.items]) for s in report.sections if s.heading or s.items]
    assert got == SECTIONS
    risk = next(s for s in report.sections if s.key == "risks").items[0]
    assert risk.mitigation == "Demand placed with the Directorate for more doses."
