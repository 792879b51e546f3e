"""Section names of an Aruban neighbourhood centre in Papiamento ("Gastonan", "Riesgonan", "Proximo
pasonan", the plural written on the word) and a few more a reader names at once: the staff put to
work ("Personaleinsatz"), the next actions ("Próximas actuaciones"), what happens ahead and how the
reader can help ("Det här händer framåt", "Så kan du spara vatten"), the aid handed out
("Distributions"). A Papiamento risk's measure ("Medida:") is its mitigation. In Markdown and in
Word."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

REPORTS = {
    "papiamento": [
        ("Resumen", "highlights", "E bario tin awa atrobe desde diasabra."),
        ("Pronostico di tempo", "forecast", "No tin awaceru pa e siman aki."),
        ("Distribucion di awa i cuminda", "assistance", "Nos a parti 312 paki di cuminda."),
        ("Boluntarionan", "workforce", "24 boluntario ta yuda den e centro."),
        ("Gastonan", "finance", "E gastonan ta Afl. 12.400 te awor."),
        ("Riesgonan", "risks", "E calor ta un peliger pa hende grandi. Medida: nos ta bishita nan tur dia."),
        ("Proximo pasonan", "next-steps", "Reunion cu e gobierno diaranson."),
    ],
    "more": [
        ("Personaleinsatz", "workforce", "19 Beschäftigte arbeiten im Schichtbetrieb."),
        ("Distributions", "assistance", "312 hygiene kits were handed out."),
        ("Så kan du spara vatten", "advice", "Duscha kort och vattna inte gräsmattan."),
        ("Det här händer framåt", "next-steps", "Kommunen ser över förbudet på fredag."),
        ("Próximas actuaciones", "next-steps", "Se revisará el plan el lunes."),
    ],
}
MEASURE = "nos ta bishita nan tur dia."


def _markdown(sections: list[tuple[str, str | None, str]]) -> bytes:
    return ("# Report 3\n\n" + "".join(f"## {h}\n\n- {p}\n\n" for h, _, p in sections)).encode()


def _word(sections: list[tuple[str, str | None, str]]) -> bytes:
    d = docx.Document()
    d.add_heading("Report 3", level=1)
    for heading, _, point in sections:
        d.add_heading(heading, level=2)
        d.add_paragraph(point, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("make,name", [(_markdown, "r.md"), (_word, "r.docx")])
@pytest.mark.parametrize("which", list(REPORTS))
def test_each_heading_gets_the_key_its_words_name(which: str, make, name: str) -> None:
    sections = REPORTS[which]
    report = parse_bytes(make(sections), name)[0]
    assert [(s.heading, s.key) for s in report.sections] == [(h, k) for h, k, _ in sections]
    if which == "papiamento":
        risk = next(s for s in report.sections if s.key == "risks")
        assert risk.items[0].mitigation == MEASURE
