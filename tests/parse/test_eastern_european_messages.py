"""A headquarters' situation report sent as a plain-text message in Croatian or Ukrainian: the greeting and the
covering paragraph wrapped over two lines, the report's name with its number ("br. 3", "№ 3") and the date
line with the month in the genitive ("12. svibnja 2025.", "14 січня 2025"), numbered headings in capitals
over "-" points, the next report's time and the sign-off ("S poštovanjem,", "З повагою,") with the signer.
The letter around the report is left out, the name is the title, the date and number are read, and each
heading keeps its points. Two layouts: an e-mail and the same text saved as a file.
"""

from __future__ import annotations

from datetime import date
from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

CROATIAN = {
    "letter": ["Poštovani,", "", "u nastavku dostavljamo izvješće o stanju obrane od poplava na području", "županije."],
    "title": "IZVJEŠĆE O STANJU BR. 3",
    "dateline": "12. svibnja 2025., 7,00 sati",
    "date": date(2025, 5, 12),
    "sections": {
        "1. SAŽETAK": ["Vodostaj rijeke Save iznosi 831 cm.", "Zatvorene su županijske ceste uz nasip."],
        "2. RIZICI": ["Iscrpljenost interventnih snaga."],
    },
    "close": ["Sljedeće izvješće dostavit ćemo 13. svibnja do 8,00 sati.", "", "S poštovanjem,", "Ivan Kovačević"],
}
UKRAINIAN = {
    "letter": ["Шановні колеги,", "", "надсилаємо оперативне зведення про наслідки негоди станом на", "ранок."],
    "title": "ОПЕРАТИВНЕ ЗВЕДЕННЯ № 3",
    "dateline": "14 січня 2025, 08:00",
    "date": date(2025, 1, 14),
    "sections": {
        "1. ГОЛОВНЕ": [
            "Без електропостачання залишаються 24 441 абонент.",
            "Критичні об'єкти живляться від генераторів.",
        ],
        "2. РИЗИКИ": ["Перебої з пальним для генераторів."],
    },
    "close": ["Наступне оперативне зведення — 15 січня о 08:00.", "", "З повагою,", "Олена Бондар"],
}


def _text(report: dict) -> str:
    lines = [*report["letter"], "", report["title"], report["dateline"], ""]
    for heading, points in report["sections"].items():
        lines += [heading, *(f"- {p}" for p in points), ""]
    return "\n".join([*lines, *report["close"]]) + "\n"


def _mail(report: dict) -> tuple[bytes, str]:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "stozer@example.hr", "grad@example.hr", report["title"]
    msg.set_content(_text(report))
    return bytes(msg), "report.eml"


def _file(report: dict) -> tuple[bytes, str]:
    return _text(report).encode(), "report.txt"


@pytest.mark.parametrize("report", [CROATIAN, UKRAINIAN], ids=["croatian", "ukrainian"])
@pytest.mark.parametrize("make", [_mail, _file], ids=["e-mail", "text-file"])
def test_a_plain_text_report_in_croatian_or_ukrainian_is_read_without_its_letter(make, report: dict) -> None:
    data, name = make(report)
    parsed = parse_bytes(data, name)[0]
    assert parsed.title == report["title"]
    assert parsed.date == report["date"]
    assert parsed.number == 3
    assert [(s.heading, [i.text for i in s.items]) for s in parsed.sections] == list(report["sections"].items())
    assert [s.key for s in parsed.sections] == ["highlights", "risks"]
