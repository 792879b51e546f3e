"""A section named for the weather alone is the forecast when its points look ahead (what will come, what is
expected, tomorrow), and the situation now when they state what was recorded and what stands; "Weather outlook"
names the forecast whatever its points say. In English, French and Spanish, in Word (bold lines), HTML and
Markdown."""

from __future__ import annotations

import pytest
from keyed_formats import html_page, markdown, word_bold_lines

from sitroom.read import parse_bytes

REPORTS = {
    "recorded": [
        ("Key points", "highlights", ["Three remote communities are on water restrictions."]),
        ("Weather", "situation", ["Highest temperature recorded at the airstrip: 46 °C.", "No rain fell overnight."]),
        ("Costs", "finance", ["Spend to date: $18,400."]),
    ],
    "ahead": [
        ("Key points", "highlights", ["Three remote communities are on water restrictions."]),
        ("Weather", "forecast", ["Temperatures are expected to reach 47 °C tomorrow.", "No rain fell overnight."]),
        ("Costs", "finance", ["Spend to date: $18,400."]),
    ],
    "possible": [
        ("Key points", "highlights", ["Three remote communities are on water restrictions."]),
        ("Weather", "forecast", ["Thunderstorms possible after 17:00 on 14 July."]),
        ("Costs", "finance", ["Spend to date: $18,400."]),
    ],
    "météo relevée": [
        ("Points clés", "highlights", ["Trois villages sont rationnés en eau."]),
        ("Météo", "situation", ["Température maximale relevée au bourg : 36 °C."]),
        ("Coûts", "finance", ["Dépenses engagées : 12 500 €."]),
    ],
    "météo prévue": [
        ("Points clés", "highlights", ["Trois villages sont rationnés en eau."]),
        ("Météo", "forecast", ["Aucune pluie n'est prévue avant la fin du mois."]),
        ("Coûts", "finance", ["Dépenses engagées : 12 500 €."]),
    ],
    "outlook": [
        ("Key points", "highlights", ["Three remote communities are on water restrictions."]),
        ("Weather outlook", "forecast", ["Highest temperature recorded at the airstrip: 46 °C."]),
        ("Costs", "finance", ["Spend to date: $18,400."]),
    ],
}
WRITERS = {"docx": (word_bold_lines, "r.docx"), "html": (html_page, "r.html"), "md": (markdown, "r.md")}


@pytest.mark.parametrize("fmt", sorted(WRITERS))
@pytest.mark.parametrize("report", sorted(REPORTS))
def test_the_weather_is_the_forecast_only_when_its_points_look_ahead(report: str, fmt: str) -> None:
    make, name = WRITERS[fmt]
    sections = REPORTS[report]
    parsed = parse_bytes(make("Heatwave update 4", sections), name)[0]
    assert [(s.heading, s.key) for s in parsed.sections] == [(h, k) for h, k, _ in sections]
