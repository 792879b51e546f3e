"""What an office prints over its report's name, in more languages: the state's initials ("T.C."), the
office, the registration number ("Sayı : E-…", "Nomor: 360/001/…"), the subject field ("Konu : …"), the
office's address, telephone and mail; and under a dashboard's title its subtitle and the line dating it with
the office after a dot ("As of 6:00 AM, Hulyo 21, 2025 · City Disaster Office"). A table's caption in Slovenian
("Preglednica 1: …") is the table's. None of them is a point.

Two layouts each: a Word document and a web page.
"""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.parse.vocabulary import classify_heading
from sitroom.read import parse_bytes

CASES = {
    "tr": (
        ["T.C.", "KAHRAMANMARAŞ VALİLİĞİ", "İl Afet ve Acil Durum Müdürlüğü", "Sayı : E-40712313-310.01-87",
         "Konu : Deprem Durum Raporu (No: 1)"],
        "KAHRAMANMARAŞ İLİ DEPREM DURUM RAPORU",
        [],
    ),
    "id": (
        ["PEMERINTAH KABUPATEN BANDUNG", "BADAN PENANGGULANGAN BENCANA DAERAH",
         "Jl. Raya Soreang Km. 18 Telp. (022) 5891017 Email: pusdalops@bpbd.example.go.id"],
        "LAPORAN SITUASI BENCANA BANJIR",
        ["Nomor: 360/001/BPBD/2025"],
    ),
    "fil": ([], "ULAT SITWASYON BLG. 1",
            ["Bagyo at Habagat", "As of 6:00 AM, Hulyo 21, 2025 · Lungsod ng Marikina CDRRMO"]),
}  # fmt: skip
SECTIONS = {
    "1. Özet": ["Yaralı vatandaş sayısı: 122.", "Enkaz kaldırma çalışmaları sürmektedir."],
    "2. Riskler": ["Hasarlı binalarda çökme riski artıyor."],
}
CAPTION = "Preglednica 1: Intervencije po naseljih"


def _word(over: list[str], title: str, under: list[str], table: bool = False) -> bytes:
    d = docx.Document()
    for line in over:
        d.add_paragraph(line)
    d.add_paragraph().add_run(title).bold = True
    for line in under:
        d.add_paragraph(line)
    for heading, points in SECTIONS.items():
        d.add_heading(heading, 2)
        for p in points:
            d.add_paragraph(p, style="List Bullet")
        if table and heading.startswith("1."):
            d.add_paragraph(CAPTION)
            grid = d.add_table(rows=3, cols=2)
            for r, (place, count) in enumerate([("Naselje", "Intervencije"), ("Center", "12"), ("Podgora", "7")]):
                grid.cell(r, 0).text, grid.cell(r, 1).text = place, count
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html(over: list[str], title: str, under: list[str], table: bool = False) -> bytes:
    body = "".join(f"<div>{line}</div>" for line in over) + f'<div class="fs-3 fw-bold">{title}</div>'
    body += "".join(f"<p>{line}</p>" for line in under)
    for heading, points in SECTIONS.items():
        body += f"<h2>{heading}</h2><ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>"
        if table and heading.startswith("1."):
            rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in [("Center", "12"), ("Podgora", "7")])
            body += f"<p>{CAPTION}</p><table><tr><th>Naselje</th><th>Intervencije</th></tr>{rows}</table>"
    return f"<html><body><main>{body}</main></body></html>".encode()


@pytest.mark.parametrize("lang", list(CASES))
@pytest.mark.parametrize(("make", "name"), [(_word, "report.docx"), (_html, "report.html")], ids=["docx", "html"])
def test_an_offices_lines_over_and_under_the_title_are_its_masthead(lang: str, make, name: str) -> None:
    over, title, under = CASES[lang]
    report = parse_bytes(make(over, title, under), name)[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections} == SECTIONS
    assert report.title == title


@pytest.mark.parametrize(("make", "name"), [(_word, "report.docx"), (_html, "report.html")], ids=["docx", "html"])
def test_a_slovenian_tables_caption_is_the_tables(make, name: str) -> None:
    report = parse_bytes(make([], "POROČILO O STANJU", [], table=True), name)[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections} == SECTIONS


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("Tomorrow", "next-steps"),
        ("6. GÖREVLİ PERSONEL VE ARAÇLAR", "workforce"),
        ("8. KAMUOYUNUN BİLGİLENDİRİLMESİ", "communications"),
        ("2. DEPREM VE ARTÇI SARSINTILAR", "situation"),
    ],
)
def test_more_section_words(heading: str, key: str) -> None:
    assert classify_heading(heading)[0] == key
