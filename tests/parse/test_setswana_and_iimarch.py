"""Section names in Setswana ("Kakaretso", "Maemo a metsi", "Dikotsi", "Badiri", "Ditshenyegelo") get their keys
and a risk's "Kganelo:" is its mitigation; a briefing set out as IIMARCH (Information, Intent, Method,
Administration, Risk assessment, Communications, Humanitarian issues) keys its parts, "Intent" keeping none.

Each as a web page and as a Word document.
"""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

RISK, LEAD, MITIGATION = "Metsi a a sa siamang a ka baka malwetse.", "Kganelo:", "Baagi ba kgothaletswa go bedisa."
DOCS = {
    "tn": [("Kakaretso", "highlights"), ("Maemo a metsi", "situation"), ("Ditlamorago mo baaging", "impacts"),
           ("Tsibogo ya mmasepala", "response"), ("Badiri", "workforce"), ("Ditshenyegelo", "finance"),
           ("Dikotsi", "risks"), ("Tlhaeletsano", "communications")],
    "iimarch": [("INFORMATION", "situation"), ("INTENT", None), ("METHOD", "response"),
                ("ADMINISTRATION", "workforce"), ("RISK ASSESSMENT", "risks"), ("COMMUNICATIONS", "communications"),
                ("HUMANITARIAN ISSUES", "impacts")],
}  # fmt: skip
POINT = {"tn": "Malapa a le 1,250 a amegile.", "iimarch": "1,250 households are affected."}


def _points(doc: str, heading: str) -> list[str]:
    return [f"{RISK} {LEAD} {MITIGATION}"] if heading == "Dikotsi" else [POINT[doc]]


def _html(doc: str) -> bytes:
    body = "".join(f"<h2>{h}</h2><ul>{''.join(f'<li>{p}</li>' for p in _points(doc, h))}</ul>" for h, _ in DOCS[doc])
    return f"<html><body><article><h1>Pego ya maemo 2</h1>{body}</article></body></html>".encode()


def _word(doc: str) -> bytes:
    d = docx.Document()
    d.add_paragraph("Pego ya maemo 2", style="Title")
    for heading, _ in DOCS[doc]:
        d.add_heading(heading, level=1)
        for point in _points(doc, heading):
            d.add_paragraph(point, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("doc", list(DOCS))
@pytest.mark.parametrize(("make", "name"), [(_html, "pego.html"), (_word, "pego.docx")])
def test_keys_and_mitigation(doc: str, make, name: str) -> None:
    report = parse_bytes(make(doc), name)[0]
    assert [(s.heading, s.key) for s in report.sections if s.heading] == DOCS[doc]
    if doc == "tn":
        risks = next(s for s in report.sections if s.heading == "Dikotsi")
        assert [i.mitigation for i in risks.items] == [MITIGATION]
