"""An office's report closes with a line of its own asking the reader to note it ("This is for your kind
information please.", "I request that the above be noted.") over the close and signature: it is no point of the
last section, whatever format the letter came in."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

SECTIONS = [("1. Summary", ["Flooding closed 3 roads in the district."]), ("2. Next steps", ["Meeting on Monday."])]
FOOT = ["Yours faithfully,", "A. Singh", "Deputy Director"]


def _html(request: str) -> bytes:
    body = "".join(f"<p><b>{h}</b></p>" + "".join(f"<p>- {p}</p>" for p in pts) for h, pts in SECTIONS)
    foot = "".join(f"<p>{line}</p>" for line in [request, *FOOT])
    return f"<html><body>{body}{foot}</body></html>".encode()


def _word(request: str) -> bytes:
    d = docx.Document()
    for heading, points in SECTIONS:
        d.add_paragraph().add_run(heading).bold = True
        for point in points:
            d.add_paragraph(point, style="List Bullet")
    for line in [request, *FOOT]:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("make,name", [(_html, "r.html"), (_word, "r.docx")])
@pytest.mark.parametrize("request_line", ["This is for your kind information please.",
                                          "I request that the above be noted."])  # fmt: skip
def test_the_request_to_note_the_report_is_no_point(make, name: str, request_line: str) -> None:
    report = parse_bytes(make(request_line), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
