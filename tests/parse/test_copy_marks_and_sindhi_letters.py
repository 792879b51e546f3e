"""A letter's close listing whom copies go to, each line opening with the copy's mark ("c.c.p. Archivo.", "cc: Chief
Executive"), as Mexican and English letters list them: the copies, the signature and the close over them are the
letter's, not the last section's points. And a Sindhi town committee's letter: its greeting ("جناب عالي،"), its
covering sentence ("… عرض آهي ته …") and its section names, the risks' measures after "ڪيل اپاءَ:".

Layouts: Word (python-docx) and plain text, in Spanish, English and Sindhi.
"""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.parse.vocabulary import classify_heading
from sitroom.read import parse_bytes

ES = {
    "sections": [
        ("RESUMEN", ["Sismo de magnitud 6.1 con epicentro a 12 km de la cabecera municipal."]),
        ("DAÑOS", ["Viviendas con daños en muros y techos: 143.", "Escuelas cerradas para revisión: 4."]),
        ("RECURSOS EROGADOS", ["Se erogaron $1.2 millones de pesos en la atención de la emergencia."]),
        ("ACCIONES A SEGUIR", ["Concluir el censo de viviendas dañadas el 10 de septiembre."]),
    ],
    "close": ["ATENTAMENTE", "“SUFRAGIO EFECTIVO. NO REELECCIÓN”", "Salina Cruz, Oax., a 9 de septiembre de 2026",
              "C. Marisol Guerra Pineda", "DIRECTORA DE LA UNIDAD MUNICIPAL DE PROTECCIÓN CIVIL",
              "c.c.p. Coordinación Estatal de Protección Civil de Oaxaca.- Para su conocimiento.",
              "c.c.p. Presidencia Municipal.- Mismo fin.", "c.c.p. Archivo."],
    "keys": ["highlights", "impacts", "finance", "next-steps"],
}  # fmt: skip
EN = {
    "sections": [
        ("Summary", ["A magnitude 6.1 earthquake struck 12 km from the town centre."]),
        ("Damage", ["Homes with damaged walls and roofs: 143.", "Schools closed for inspection: 4."]),
        ("Costs", ["The council has spent £1.2 million on the emergency so far."]),
        ("Next steps", ["Finish the survey of damaged homes by 10 September."]),
    ],
    "close": ["Yours sincerely,", "Marisol Guerra", "Head of Emergency Planning",
              "cc: Chief Executive", "cc: Director of Housing", "cc: File"],
    "keys": ["highlights", "impacts", "finance", "next-steps"],
}  # fmt: skip
SD = {
    "head": ["ميونسپل ڪميٽي دادو", "ڏانهن،", "ڊپٽي ڪمشنر دادو", "موضوع: گرمي جي لهر بابت روزانو رپورٽ",
             "جناب عالي،",
             "مٿي ڄاڻايل موضوع جي حوالي سان عرض آهي ته اڄ شام تائين شهر ۾ گرمي جي لهر جي صورتحال هيٺ ڏجي ٿي."],
    "sections": [
        ("1. خلاصو", ["شهر ۾ گرمي پد 49 درجا رڪارڊ ڪيو ويو."]),
        ("2. اثرات", ["اسپتال ۾ داخل ٿيل مريض: 37."]),
        ("3. عملو ۽ رضاڪار", ["ڪم ڪندڙ عملو ۽ رضاڪار: 120."]),
        ("4. خرچ", ["هن وقت تائين خرچ: 2,40,000 رپيا."]),
        ("5. خطرا", ["بجلي جي بندش جو خطرو: وڌي رهيو آهي. ڪيل اپاءَ: جنريٽر اسپتال ۾ لڳايا ويا."]),
        ("6. ايندڙ قدم", ["سڀاڻي پاڻي جون ٽانڪيون وڌايون وينديون."]),
    ],
    "close": ["توهان جو خير خواه،", "چيف ميونسپل آفيسر", "ميونسپل ڪميٽي دادو"],
    "keys": ["highlights", "impacts", "workforce", "finance", "risks", "next-steps"],
}  # fmt: skip


def _lines(spec: dict) -> list[tuple[str, str]]:
    out = [("p", line) for line in spec.get("head", [])]
    for name, points in spec["sections"]:
        out += [("h", name), *(("li", p) for p in points)]
    return out + [("p", line) for line in spec["close"]]


def _word(spec: dict) -> bytes:
    d = docx.Document()
    for kind, text in _lines(spec):
        if kind == "h":
            d.add_paragraph().add_run(text).bold = True
        elif kind == "li":
            d.add_paragraph(text, style="List Bullet")
        else:
            d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _text(spec: dict) -> bytes:
    out: list[str] = []
    for kind, text in _lines(spec):
        if kind == "h":
            out += ["", text]
        elif kind == "li":
            out.append(f"- {text}")
        else:
            out += ["", text] if not out or out[-1].startswith("- ") else [text]
    return "\n".join(out).encode()


SPECS = {"es": ES, "en": EN, "sd": SD}


@pytest.mark.parametrize("fmt", ["docx", "txt"])
@pytest.mark.parametrize("lang", ["es", "en", "sd"])
def test_the_close_and_the_copies_are_no_points(lang: str, fmt: str) -> None:
    spec = SPECS[lang]
    data = _word(spec) if fmt == "docx" else _text(spec)
    report = parse_bytes(data, f"letter-{lang}.{fmt}")[0]
    assert [s.heading for s in report.sections] == [name for name, _ in spec["sections"]]
    for section, (_, points) in zip(report.sections, spec["sections"], strict=True):
        assert [i.text.split(" ڪيل اپاءَ:")[0] for i in section.items] == [p.split(" ڪيل اپاءَ:")[0] for p in points]


@pytest.mark.parametrize("lang", ["es", "sd"])
def test_section_names_get_their_keys(lang: str) -> None:
    spec = SPECS[lang]
    report = parse_bytes(_word(spec), f"letter-{lang}.docx")[0]
    assert [s.key for s in report.sections] == spec["keys"]


def test_sindhi_measures_are_the_risks_mitigation() -> None:
    report = parse_bytes(_word(SD), "letter-sd.docx")[0]
    risk = next(s for s in report.sections if s.key == "risks").items[0]
    assert risk.mitigation == "جنريٽر اسپتال ۾ لڳايا ويا."


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("Weitere Schritte", "next-steps"),
        ("Further steps", "next-steps"),
        ("Recursos erogados", "finance"),
        ("Punti principali", "highlights"),
        ("Points principaux", "highlights"),
        ("Aiuto alla popolazione", "assistance"),
        ("Wetterlage", "situation"),
        ("موسم جي صورتحال", "situation"),
    ],
)
def test_more_names(heading: str, key: str) -> None:
    assert classify_heading(heading)[0] == key
