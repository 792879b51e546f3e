"""A letter's or a mail's greeting and close in Czech ("Vážený pane vedoucí,", "S pozdravem"), Northern Sami
("Buorre beaivi!", "Dearvvuođat"), Sardinian ("Bona die a totus,", "Cun istima"), Upper Sorbian ("Česćeni knjeni a
knježa,", "Z přećelnym postrowom") and Hawaiian ("Aloha mai kākou,", "Me ke aloha,") are the writer speaking to the
reader, not points of the report. Layouts: a plain-text e-mail and a Word document."""

from __future__ import annotations

import io
from email.message import EmailMessage

import docx
import pytest

from sitroom.read import parse_bytes

WORDS = {
    "cs": ("Vážený pane vedoucí,", ("Shrnutí", "Vichřice poškodila 12 000 m³ dřeva."), "S pozdravem"),
    "cs2": ("Vážená paní vedoucí,", ("Shrnutí", "Vichřice poškodila 12 000 m³ dřeva."), "S přátelským pozdravem"),
    "sme": ("Buorre beaivi!", ("ČOAHKKÁIGEASSU", "Guohtun lea lássemis 40 orohagas."), "Dearvvuođat"),
    "sc": ("Bona die a totus,", ("Resumu", "Su focu at brusiadu 337 ettaros."), "Cun istima"),
    "hsb": ("Česćeni knjeni a knježa,", ("ZJEĆE", "Spalene je 661 hektarow lěsa."), "Z přećelnym postrowom"),
    "haw": ("Aloha mai kākou,", ("Hōʻuluʻulu manaʻo", "Ua pani ʻia ke alanui no 3 lā."), "Me ke aloha,"),
}


def _mail(lang: str) -> bytes:
    greeting, (heading, point), close = WORDS[lang]
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "office@example.org", "partners@example.org", "Report 3"
    msg.set_content("\n".join([greeting, "", heading, f"- {point}", "", close, "", "Jan Novák"]) + "\n")
    return bytes(msg)


def _word(lang: str) -> bytes:
    greeting, (heading, point), close = WORDS[lang]
    d = docx.Document()
    d.add_paragraph(greeting)
    d.add_heading(heading, 1)
    d.add_paragraph(point, style="List Bullet")
    d.add_paragraph(close)
    d.add_paragraph("Jan Novák")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


@pytest.mark.parametrize("lang", list(WORDS))
@pytest.mark.parametrize(("write", "name"), [(_mail, "r.eml"), (_word, "r.docx")], ids=["mail", "word"])
def test_the_greeting_and_the_close_are_no_points(write, name: str, lang: str) -> None:
    _, (heading, point), _ = WORDS[lang]
    report = parse_bytes(write(lang), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == [(heading, [point])]
