"""An information note in Tajik, as a district's civil defence writes it: "МАЪЛУМОТНОМА" over its subject and its
date line "(аз ҳолати соати 08:00-и 11 май соли 2026)", Roman-numbered sections whose names are keyed, and risks
whose measures follow "Чораҳо:". The name, subject and date line are the masthead, the date is read, and each risk
carries its mitigation. In Word (bold lines), HTML and Markdown."""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest

from sitroom.read import parse_bytes

HEAD = [
    "МАЪЛУМОТНОМА",
    "дар бораи вазъият ва оқибатҳои сел дар ноҳияи Ванҷ",
    "(аз ҳолати соати 08:00-и 11 май соли 2026)",
]
SECTIONS = [
    ("I. Хулоса", "highlights", ["Дар натиҷаи боришоти шадид 3 деҳа зери сел монд."]),
    ("II. Вазъияти ҷорӣ", "situation", ["Роҳи мошингарди Ванҷ – Рушон баста аст.", "Сатҳи об паст шуда истодааст."]),
    ("III. Қувва ва воситаҳо", "workforce", ["Ба корҳои наҷотдиҳӣ 214 нафар ҷалб карда шудаанд."]),
    ("IV. Хароҷот", "finance", ["Хароҷоти умумӣ 1 250 000 сомониро ташкил медиҳад."]),
]
RISK = ("Хатари сели такрорӣ дар водии Ванҷ вуҷуд дорад.", "Посбонон дар болооби дарё шабонарӯзӣ навбатдорӣ мекунанд.")
NEXT = ("VI. Чораҳои минбаъда", "next-steps", ["Барқарор кардани пули автомобилгард то 15 май."])


def _expected() -> list[tuple[str, str, list[str]]]:
    # (the item is the risk as printed, with its measures; the mitigation is set apart on it)
    return [*SECTIONS, ("V. Хатарҳо", "risks", [f"{RISK[0]} Чораҳо: {RISK[1]}"]), NEXT]


def _docx() -> bytes:
    d = docx.Document()
    for n, line in enumerate(HEAD):
        p = d.add_paragraph()
        p.alignment = 1
        p.add_run(line).bold = n == 0
    for heading, _, points in [*SECTIONS, ("V. Хатарҳо", "", [f"{RISK[0]} Чораҳо: {RISK[1]}"]), NEXT]:
        d.add_paragraph().add_run(heading).bold = True
        for point in points:
            d.add_paragraph(f"– {point}")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html() -> bytes:
    body = "".join(f"<p>{line}</p>" for line in HEAD[1:])
    for heading, _, points in [*SECTIONS, ("V. Хатарҳо", "", [f"{RISK[0]} Чораҳо: {RISK[1]}"]), NEXT]:
        body += f"<h2>{heading}</h2><ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>"
    return f"<html><body><main><h1>{HEAD[0]}</h1>{body}</main></body></html>".encode()


def _markdown() -> bytes:
    body = "\n\n".join(HEAD[1:]) + "\n"
    for heading, _, points in [*SECTIONS, ("V. Хатарҳо", "", [f"{RISK[0]} Чораҳо: {RISK[1]}"]), NEXT]:
        body += f"\n## {heading}\n\n" + "".join(f"- {p}\n" for p in points)
    return f"# {HEAD[0]}\n\n{body}".encode()


@pytest.mark.parametrize("make,name", [(_docx, "r.docx"), (_html, "r.html"), (_markdown, "r.md")])
def test_a_tajik_note_is_read_keyed_dated_and_its_risks_mitigated(make, name: str) -> None:
    report = parse_bytes(make(), name)[0]
    assert [(s.heading, s.key, [i.text for i in s.items]) for s in report.sections] == _expected()
    assert report.sections[-2].items[0].mitigation == RISK[1]
    assert report.date == date(2026, 5, 11)
