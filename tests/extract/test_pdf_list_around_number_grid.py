"""A number grid set between a section's points and the next heading keeps to its own rows: a point above it
that happens to give a date ("2) Crest expected at Brzeg on 18 September.") is no banner title of the
grid, and a heading right under it, over a single numbered or bulleted point, opens the next section.

Two layouts: a Polish report with "1)" numbers and Latin-2 letters (DejaVu), and an English one with "•"
bullets in Helvetica; both with bold headings at the body's size and a ruled gauge table.
"""

from __future__ import annotations

import pytest
from pdf_sheets import BOLD, REGULAR, Sheet, dejavu

from sitroom.read import parse_bytes

CASES = {
    "pl": (("I. SYTUACJA HYDROLOGICZNA", "II. SKUTKI POWODZI", "III. PODJĘTE DZIAŁANIA"),
           ("Pogotowie przeciwpowodziowe ogłoszone w 22 gminach.",
            "Fala kulminacyjna na Odrze spodziewana w rejonie Brzegu w dniu 18 września."),
           ("Wodowskaz", "Stan wody [cm]", "Stan alarmowy [cm]"),
           "54 osób ewakuowanych z terenów zalanych.",
           "Uruchomiono punkty pomocy dla poszkodowanych w urzędach gmin."),
    "en": (("1. RIVER LEVELS", "2. IMPACTS", "3. ACTIONS TAKEN"),
           ("Flood warnings are in force for 22 parishes.",
            "The crest of the river is expected at Brigg on 18 September."),
           ("Gauge", "Level [cm]", "Alarm level [cm]"),
           "54 people were evacuated from flooded streets.",
           "Rest centres opened in the town halls of the district."),
}  # fmt: skip


def _pdf(lang: str) -> bytes:
    (first, second, third), points, header, impact, action = CASES[lang]
    regular, bold = dejavu() if lang == "pl" else (REGULAR, BOLD)
    s = Sheet(size=10)
    s.line("RAPORT SYTUACYJNY nr 1/2024" if lang == "pl" else "SITUATION REPORT No 1", font=bold, size=14)
    s.line("14.09.2024, 06:00", font=regular)
    s.gap()

    def point(n: int, text: str) -> None:
        if lang == "pl":
            s.text(s.left + 18, s.y, f"{n})", regular)
        else:
            s.text(s.left + 18, s.y, "•", regular)
        s.line(text, x=s.left + 30, font=regular)

    s.line(first, font=bold)
    for n, text in enumerate(points, 1):
        point(n, text)
    s.gap()
    cols = [s.left + 30, s.left + 200, s.left + 290]
    gauges = [("Odra – Racibórz", "451", "500"), ("Odra – Opole", "508", "540"), ("Nysa – Skorogoszcz", "565", "580")]
    rows = [header, *gauges]
    for row in rows:
        for x, cell in zip(cols, row, strict=True):
            s.text(x, s.y, cell, regular, 8.5)
        s.y -= 17
    s.gap(0.3)
    s.line(second, font=bold)
    point(1, impact)
    s.gap()
    s.line(third, font=bold)
    point(1, action)
    return s.pdf()


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_points_and_headings_around_a_number_grid_stay_out_of_it(lang: str) -> None:
    headings, points, _, impact, action = CASES[lang]
    report = parse_bytes(_pdf(lang), f"report-{lang}.pdf")[0]
    got = {s.heading: [i.text for i in s.items] for s in report.sections}
    assert got == {headings[0]: list(points), headings[1]: [impact], headings[2]: [action]}
    assert len(report.tables) == 1
