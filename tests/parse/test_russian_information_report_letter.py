"""A municipal duty service's information report ("ИНФОРМАЦИОННОЕ ДОНЕСЕНИЕ № 2") typed to the official letter's
layout, in Russian or Ukrainian: the letterhead over one long line of address and numbers, whom it is addressed to
by post in the dative ("Начальнику ЦУКС ГУ МЧС России по Республике Саха (Якутия)"), the title, the subject under it
in lower case ("о ходе ликвидации …", "про хід ліквідації …") and the hour it stands at ("(по состоянию на 08:00
16.01.2026)"); under the sections the head's post with initials and surname, the executor ("Исп. Е.А. Петрова",
"Вик. О.В. Коваль") and a telephone number. Only the sections are the report; the summary and the planned measures
are keyed."""

from __future__ import annotations

import io

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH

from sitroom.read import parse_bytes

LETTERS = {
    "ru": {
        "head": ["АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ «НЕРЮНГРИНСКИЙ РАЙОН»",
                 "«ЕДИНАЯ ДЕЖУРНО-ДИСПЕТЧЕРСКАЯ СЛУЖБА»"],
        "address": "пр. Дружбы Народов, д. 21, г. Нерюнгри, Республика Саха (Якутия), 678960, тел. 8 (41147) 4-11-22, "
                   "e-mail: edds@neryungri.ru",
        "to": ["Председателю КЧС и ОПБ Нерюнгринского района",
               "Начальнику ЦУКС ГУ МЧС России по Республике Саха (Якутия)"],
        "title": "ИНФОРМАЦИОННОЕ ДОНЕСЕНИЕ № 2",
        "under": ["о ходе ликвидации чрезвычайной ситуации, связанной с аварией на объектах теплоснабжения",
                  "(по состоянию на 08:00 16.01.2026)"],
        "sections": [("1. Краткая характеристика обстановки", "highlights",
                      ["Количество жилых домов без отопления: 116."]),
                     ("2. Планируемые мероприятия", "next-steps",
                      ["Восстановление теплоснабжения всех домов планируется к 19 января."])],
        "foot": ["Начальник МКУ «ЕДДС» А.В. Кузнецов", "Исп. Е.А. Петрова", "8 (41147) 4-11-28"],
    },
    "uk": {
        "head": ["ВИКОНАВЧИЙ КОМІТЕТ ІЗМАЇЛЬСЬКОЇ МІСЬКОЇ РАДИ"],
        "address": "пр. Миру, 62, м. Ізмаїл, Одеська область, 68600, тел. (04841) 2-22-14, "
                   "e-mail: vk@izmail-rada.gov.ua",
        "to": ["Голові обласної комісії з питань ТЕБ та НС"],
        "title": "ОПЕРАТИВНА ІНФОРМАЦІЯ № 3",
        "under": ["про хід ліквідації наслідків негоди", "(станом на 08:00 16.01.2026)"],
        "sections": [("1. Головне", "highlights", ["Кількість абонентів без електропостачання: 23 069."]),
                     ("2. Подальші дії", "next-steps", ["Бригади працюють цілодобово до 19 січня."])],
        "foot": ["Начальник відділу з питань НС О.М. Петренко", "Вик. О.В. Коваль", "(04841) 2-22-15"],
    },
}  # fmt: skip


def _word(r: dict) -> bytes:
    d = docx.Document()

    def centred(text: str, bold: bool = False) -> None:
        p = d.add_paragraph()
        p.add_run(text).bold = bold
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    for line in r["head"]:
        centred(line, bold=True)
    centred(r["address"])
    for line in r["to"]:
        d.add_paragraph(line)
    centred(r["title"], bold=True)
    for line in r["under"]:
        centred(line)
    for heading, _, points in r["sections"]:
        d.add_paragraph().add_run(heading).bold = True
        for point in points:
            d.add_paragraph(point)
    for line in r["foot"]:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("lang", list(LETTERS))
def test_only_the_sections_are_the_report(lang: str) -> None:
    letter = LETTERS[lang]
    report = parse_bytes(_word(letter), "donesenie.docx")[0]
    assert report.title == letter["title"]
    assert [(s.heading, s.key, [i.text for i in s.items]) for s in report.sections] == [
        (h, k, ps) for h, k, ps in letter["sections"]
    ]
