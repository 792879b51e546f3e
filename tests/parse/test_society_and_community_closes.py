"""Closes a society or a community council signs with: a Slovenian or Croatian society's post over its holder's name
("Predsednik društva" over "Marjeta Podbrežnik", "Predsjednica udruge" over "Ana Kovač"), and a community council's
thanks over its name ("Thank you to everyone who has checked on a neighbour this week." over "Kinlochbrae Community
Council", "Ďakujeme za trpezlivosť a spoluprácu." over "Krízový štáb mesta Brezna") and the number to call in an
emergency. None of it is a point of the last section. In Word and plain text."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

REPORTS = {
    "sl": ("Poročilo o škodi 2", [("Stanje", ["Poškodovanih je 41 čebelnjakov."]),
                                  ("Naslednji koraki", ["Sestanek z občino bo 14. maja."])],
           ["Predsednik društva", "Marjeta Podbrežnik"]),
    "hr": ("Izvješće o šteti 2", [("Stanje", ["Oštećeno je 41 pčelinjaka."]),
                                  ("Sljedeći koraci", ["Sastanak s općinom je 14. svibnja."])],
           ["Predsjednica udruge", "Ana Kovač"]),
    "sk": ("Požiar – informácia č. 2", [("Hlavné informácie", ["Požiar zasiahol 41 hektárov lesa."]),
                                       ("Ďalší postup", ["Hasiči zostanú na mieste aj v noci."])],
           ["Ďakujeme za trpezlivosť a spoluprácu.", "Krízový štáb mesta Brezna",
            "V prípade ohrozenia života alebo majetku volajte tiesňovú linku 112."]),
    "en": ("Storm update 2", [("What's happening", ["Power is back in 312 homes."]),
                              ("Next steps", ["Meet the council's resilience officer on 21 November."])],
           ["Thank you to everyone who has checked on a neighbour this week. Please keep looking out for one another.",
            "Kinlochbrae Community Council"]),
}  # fmt: skip


def _word(title: str, sections: list, close: list[str]) -> tuple[bytes, str]:
    d = docx.Document()
    d.add_paragraph(title, style="Title")
    for heading, points in sections:
        d.add_heading(heading, 2)
        for p in points:
            d.add_paragraph(p, style="List Bullet")
    for line in close:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue(), "r.docx"


def _text(title: str, sections: list, close: list[str]) -> tuple[bytes, str]:
    body = "".join(f"{h.upper()}\n\n" + "".join(f"- {p}\n" for p in ps) + "\n" for h, ps in sections)
    return (f"{title}\n\n{body}" + "\n\n".join(close) + "\n").encode(), "r.txt"


@pytest.mark.parametrize("make", [_word, _text])
@pytest.mark.parametrize("lang", list(REPORTS))
def test_the_close_is_no_point(lang: str, make) -> None:
    title, sections, close = REPORTS[lang]
    report = parse_bytes(*make(title, sections, close))[0]
    assert [[i.text for i in s.items] for s in report.sections] == [ps for _, ps in sections]
