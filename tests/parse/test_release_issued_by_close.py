"""A government release closes with who issued it and when ("ISSUED BY THE MARITIME AND PORT AUTHORITY OF SINGAPORE
17 June 2026", "Issued by the Civil Contingencies Unit, 03/02/2026") and an invitation to the press ("For media
queries, please contact … at media@…"): the issuer's close, not points of the last section. A point that tells what
was issued stays. In HTML, Word and plain text."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

TITLE = "Oil spill update 2"
SECTIONS = [
    ("Current situation", ["Oil has come ashore on 6 km of beaches."]),
    ("Next steps", ["The agency issued 4,000 leaflets on beach closures by 17 June 2026.",
                    "Beaches that pass water quality tests may reopen from 21 June."]),
]  # fmt: skip
CLOSES = {
    "capitals": ["ISSUED BY THE MARITIME AND PORT AUTHORITY OF SINGAPORE 17 June 2026",
                 "For media queries, please contact MPA Corporate Communications at media@mpa.gov.sg."],
    "numeric date": ["Issued by the Civil Contingencies Unit, 03/02/2026",
                     "For press enquiries, please email press@example.gov."],
}  # fmt: skip


def _html(close: list[str]) -> tuple[bytes, str]:
    body = "".join(f"<h2>{h}</h2><ul>" + "".join(f"<li>{p}</li>" for p in ps) + "</ul>" for h, ps in SECTIONS)
    tail = "".join(f"<p>{line}</p>" for line in close)
    return f"<html><body><main><h1>{TITLE}</h1>{body}{tail}</main></body></html>".encode(), "r.html"


def _word(close: list[str]) -> tuple[bytes, str]:
    d = docx.Document()
    d.add_paragraph(TITLE, style="Title")
    for heading, points in SECTIONS:
        d.add_heading(heading, 2)
        for p in points:
            d.add_paragraph(p, style="List Bullet")
    for line in close:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue(), "r.docx"


def _text(close: list[str]) -> tuple[bytes, str]:
    body = "".join(f"{h.upper()}\n\n" + "".join(f"- {p}\n" for p in ps) + "\n" for h, ps in SECTIONS)
    return (f"{TITLE}\n\n{body}" + "\n\n".join(close) + "\n").encode(), "r.txt"


@pytest.mark.parametrize("make", [_html, _word, _text])
@pytest.mark.parametrize("close", list(CLOSES))
def test_the_issuer_s_close_is_no_point(close: str, make) -> None:
    report = parse_bytes(*make(CLOSES[close]))[0]
    assert [[i.text for i in s.items] for s in report.sections] == [ps for _, ps in SECTIONS]
