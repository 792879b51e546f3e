"""Reports in Belarusian, and the Russian and Ukrainian names of work done: section names get their keys, a date in
Belarusian months is read, a report's name gives its number, and a risk's measures after "Меры:" are its
mitigation, and the chief engineer's and the clerk's lines under the last section sign the report ("Галоўны інжынер:
А. М. Кавалёў", "Выканаўца: …", as in Russian "Главный инженер:", "Исполнитель:"); in Word and in plain text, as a
district's utility writes its daily report. Kyrgyz section names get their keys too."""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest

from sitroom.parse.metadata import find_date, find_number
from sitroom.parse.vocabulary import classify_heading
from sitroom.read import parse_bytes

KEYS = [
    ("Кароткая інфармацыя", "highlights"), ("Бягучая сітуацыя", "situation"), ("Аператыўная абстаноўка", "situation"),
    ("Прагноз надвор'я", "forecast"), ("Наступствы", "impacts"), ("Прынятыя меры", "response"),
    ("Праведзеныя работы", "activity"), ("Проведенные работы", "activity"), ("Виконані роботи", "activity"),
    ("Дапамога насельніцтву", "assistance"), ("Задзейнічаныя сілы і сродкі", "workforce"), ("Выдаткі", "finance"),
    ("Рызыкі", "risks"), ("Інфармаванне насельніцтва", "communications"), ("Наступныя крокі", "next-steps"),
]  # fmt: skip


@pytest.mark.parametrize(("heading", "key"), KEYS)
def test_section_names_get_their_keys(heading: str, key: str) -> None:
    assert classify_heading(heading)[0] == key
    assert classify_heading(f"3. {heading.upper()}")[0] == key


@pytest.mark.parametrize(
    ("line", "day"),
    [("14 студзеня 2026 г., 08:00", date(2026, 1, 14)), ("на 12 жніўня 2025 г.", date(2025, 8, 12)),
     ("3 снежня 2025", date(2025, 12, 3)), ("28 лютага 2026 г.", date(2026, 2, 28))],
)  # fmt: skip
def test_a_date_in_belarusian_months_is_read(line: str, day: date) -> None:
    assert find_date(line) == day


@pytest.mark.parametrize(("title", "number"), [("Аператыўная інфармацыя № 3", 3), ("Зводка № 12", 12),
                                               ("Інформація № 5", 5)])  # fmt: skip
def test_a_reports_name_gives_its_number(title: str, number: int) -> None:
    assert find_number(title) == number


SECTIONS = [
    ("1. Бягучая сітуацыя", ["Без ацяплення застаюцца 14 жылых дамоў."]),
    ("2. Праведзеныя работы", ["Заменена 40 метраў трубаправода."]),
    ("3. Рызыкі", ["Магчымае новае пашкоджанне магістралі. Меры: Брыгады дзяжураць кругласутачна."]),
]


SIGNED = {
    "be": ["Галоўны інжынер: А. М. Кавалёў", "Выканаўца: Н. С. Лагун, тэл. 8 (01532) 22-13"],
    "ru": ["Главный инженер: А. М. Ковалёв", "Исполнитель: Н. С. Лагун, тел. 8 (01532) 22-13"],
}


def _docx(signed: str = "be") -> bytes:
    d = docx.Document()
    d.add_paragraph("Аператыўная інфармацыя № 3", style="Title")
    d.add_paragraph("14 студзеня 2026 г., 08:00")
    for heading, points in SECTIONS:
        d.add_heading(heading, 1)
        for p in points:
            d.add_paragraph(p, style="List Bullet")
    for line in SIGNED[signed]:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _text(signed: str = "be") -> bytes:
    body = "".join(f"\n{h.upper()}\n" + "".join(f"- {p}\n" for p in points) for h, points in SECTIONS)
    close = "\n".join(SIGNED[signed])
    return f"Аператыўная інфармацыя № 3\n14 студзеня 2026 г., 08:00\n{body}\n{close}\n".encode()


@pytest.mark.parametrize("signed", list(SIGNED))
@pytest.mark.parametrize(("make", "name"), [(_docx, "r.docx"), (_text, "r.txt")], ids=["word", "text"])
def test_a_belarusian_report_is_read_whole(make, name: str, signed: str) -> None:
    report = parse_bytes(make(signed), name)[0]
    assert [s.key for s in report.sections] == ["situation", "activity", "risks"]
    assert [len(s.items) for s in report.sections] == [1, 1, 1]
    assert (report.number, report.date) == (3, date(2026, 1, 14))
    assert report.sections[2].items[0].mitigation == "Брыгады дзяжураць кругласутачна."


KYRGYZ_KEYS = [
    ("Кыскача маалымат", "highlights"), ("Учурдагы абал", "situation"), ("Аба ырайынын божомолу", "forecast"),
    ("Келтирилген зыян", "impacts"), ("Көрүлгөн чаралар", "response"), ("Калкка жардам", "assistance"),
    ("Тартылган күчтөр жана каражаттар", "workforce"), ("Чыгымдар", "finance"), ("Тобокелдиктер", "risks"),
    ("Калкка маалымат берүү", "communications"), ("Кийинки кадамдар", "next-steps"),
]  # fmt: skip


@pytest.mark.parametrize(("heading", "key"), KYRGYZ_KEYS)
def test_kyrgyz_section_names_get_their_keys(heading: str, key: str) -> None:
    assert classify_heading(heading)[0] == key
    assert classify_heading(f"2. {heading.upper()}")[0] == key
