"""A Sesotho or Setswana report ends, as an English one ends with "Prepared by:", with "E lokisitsoe ke:" (as Lesotho
spells it), "E lokisitswe ke:" (as South Africa does) or "E baakantswe ke:" over the officer's name, post, committee
and telephone: who signs the report, not a section of it. The label and the lines under it are left out and counted;
the last section keeps only its points.

Layouts: a Word document and a web page, the label in bold over the signature's paragraphs.
"""

from __future__ import annotations

import io
from collections.abc import Callable

import docx
import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("Kakaretso", ["Malapa a 3,951 a amehile ke lehloa."]),
    ("Mehato e latelang", ["Seboka sa komiti ea setereke se tla ba teng ka la 17 Phupu."]),
]
SIGNATURE = [
    "Mamello Mokhothu",
    "Mookameli oa Setereke oa Taolo ea Likoluoa",
    "Komiti ea Setereke ea Taolo ea Likoluoa Mokhotlong",
    "Mohala: +266 22737641",
]
LABELS = ["E lokisitsoe ke:", "E lokisitswe ke:", "E baakantswe ke:"]


def _word(label: str) -> bytes:
    d = docx.Document()
    d.add_heading("Tlaleho ea boemo 2", 0)
    for heading, items in SECTIONS:
        d.add_heading(heading, 1)
        for item in items:
            d.add_paragraph(item, style="List Bullet")
    d.add_paragraph().add_run(label).bold = True
    for line in SIGNATURE:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _page(label: str) -> bytes:
    body = "<h1>Tlaleho ea boemo 2</h1>"
    for heading, items in SECTIONS:
        body += f"<h2>{heading}</h2><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
    body += f"<p><b>{label}</b></p>" + "".join(f"<p>{line}</p>" for line in SIGNATURE)
    return f"<html><body>{body}</body></html>".encode()


@pytest.mark.parametrize("label", LABELS)
@pytest.mark.parametrize(("write", "name"), [(_word, "tlaleho.docx"), (_page, "tlaleho.html")], ids=["docx", "html"])
def test_sesotho_prepared_by_opens_the_signature(write: Callable[[str], bytes], name: str, label: str) -> None:
    report = parse_bytes(write(label), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
    assert any("signature block line(s) left out" in w for w in report.warnings)
