"""A page's running header and footer carried into a document without pages (a PDF exported back to Word, a report
whose header lines were typed into its text): the page counter and the lines repeated beside it are left out; a line
said twice that stands nowhere near a counter stays.

Written in Word, as a web page and as plain text.
"""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

HEADER = ["NSW Health | Northern Rivers Local Health District", "OFFICIAL: Sensitive – NSW Government"]
SECTIONS = {
    "1. Overview": ["The operations centre was activated on 26 February.", "4 patients have been evacuated."],
    "2. Workforce": ["36 staff have been redeployed to the emergency department.", "No change."],
    "3. Costs": ["Additional costs of the response to date are $902,000.", "No change."],
}


def _lines() -> list[tuple[str, str]]:
    lines = [("para", h) for h in HEADER] + [("title", "SITUATION REPORT No. 1")]
    for n, (heading, items) in enumerate(SECTIONS.items()):
        lines.append(("heading", heading))
        lines += [("para", item) for item in items]
        if n == 1:  # the first page ends here
            lines += [("para", "Situation Report 1 – 3 March 2025 | Page 1 of 2"), *(("para", h) for h in HEADER)]
    lines.append(("para", "Situation Report 1 – 3 March 2025 | Page 2 of 2"))
    return lines


def _docx() -> bytes:
    document = docx.Document()
    for kind, text in _lines():
        if kind == "para":
            document.add_paragraph(text)
        else:
            document.add_heading(text, level=0 if kind == "title" else 1)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _html() -> bytes:
    tags = {"para": "<p>{}</p>", "title": "<h1>{}</h1>", "heading": "<h2>{}</h2>"}
    return ("<html><body>" + "".join(tags[k].format(t) for k, t in _lines()) + "</body></html>").encode()


def _text() -> bytes:
    rows = [
        f"{t}\n{'=' * len(t)}" if k == "title" else f"{t}\n{'-' * len(t)}" if k == "heading" else t for k, t in _lines()
    ]
    return "\n\n".join(rows).encode()


WRITERS = {"docx": _docx, "html": _html, "txt": _text}


@pytest.mark.parametrize("fmt", list(WRITERS))
def test_the_pages_running_lines_are_left_out(fmt: str) -> None:
    report = parse_bytes(WRITERS[fmt](), f"sitrep.{fmt}")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections} == SECTIONS
    assert any("running header and footer" in w for w in report.warnings)
