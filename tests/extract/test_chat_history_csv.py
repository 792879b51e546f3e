"""A group chat's history saved as comma-separated values: a record a message, its day, time, writer (and the
writer's number, where the app keeps one) and text, the report posted in the group one quoted cell of many lines.
It is read as the chat exported to text is: the report is the message read, its name the title, its number line
and its signer left out, the group's other messages left out and counted. Checked with and without a header row,
with and without the writers' numbers, in Montenegrin and in English; a sheet of figures saved as CSV stays a
sheet."""

from __future__ import annotations

import csv
import io

import pytest

from sitroom.read import parse_bytes

LANG = {
    "montenegrin": {
        "name": "INFORMACIJA O STANJU NA TERITORIJI OPŠTINE BERANE",
        "number": "Broj: 2, 19. 11. 2026. u 08:00 h",
        "sections": [
            ("SAŽETAK", ["Broj poplavljenih stambenih objekata: 262.",
                         "Usljed obilnih padavina rijeka Lim se izlila na više lokacija."]),
            ("POSLJEDICE", ["Više lokalnih puteva je pod vodom."]),
            ("TROŠKOVI", ["Troškovi opštine do sada iznose 2,26 mil. €."]),
        ],
        "signer": ["Komandant Opštinskog tima", "Vuka Golubović"],
        "talk": ["Ekipa hitne pomoći je obišla porodice, nema povrijeđenih.", "Fotografija", "Primljeno, hvala."],
    },
    "english": {
        "name": "FLOOD SITUATION UPDATE – RIVERSIDE DISTRICT",
        "number": "No. 2, 19 November 2026 at 08:00",
        "sections": [
            ("SUMMARY", ["Homes flooded so far: 262.", "The river burst its banks in several places overnight."]),
            ("IMPACTS", ["Several local roads are under water."]),
            ("COSTS", ["The council has spent 2.26 million on the clean-up so far."]),
        ],
        "signer": ["Incident Commander", "Vera Gold"],
        "talk": ["Ambulance crew visited the flooded street, no injuries.", "Photo", "Received, thanks."],
    },
}  # fmt: skip


def _csv(lang: dict, header: bool, numbers: bool) -> bytes:
    report = [lang["name"], lang["number"], ""]
    for heading, points in lang["sections"]:
        report += [heading, *(f"- {p}" if len(points) > 1 else p for p in points), ""]
    report += lang["signer"]
    rows = [
        ("18/11/2026", "19:12:42", "Health centre", "+382 64 221 701", lang["talk"][0]),
        ("18/11/2026", "19:56:35", "Milan", "+382 66 879 684", lang["talk"][1]),
        ("19/11/2026", "08:17:48", "Me", "+382 68 172 538", "\n".join(report)),
        ("19/11/2026", "09:06:31", "Health centre", "+382 64 221 701", lang["talk"][2]),
    ]
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\n")
    if header:
        out.writerow(["Date", "Time", "Sender Name", "Sender Phone #", "Text"] if numbers else
                     ["Date", "Time", "Sender", "Text"])  # fmt: skip
    for day, clock, name, number, text in rows:
        out.writerow([day, clock, name, number, text] if numbers else [day, clock, name, text])
    return buf.getvalue().encode()


@pytest.mark.parametrize("numbers", [True, False], ids=["numbers", "names only"])
@pytest.mark.parametrize("header", [False, True], ids=["no header", "header row"])
@pytest.mark.parametrize("language", list(LANG))
def test_the_report_in_a_chat_saved_as_csv_is_read(language: str, header: bool, numbers: bool) -> None:
    lang = LANG[language]
    report = parse_bytes(_csv(lang, header, numbers), "chat.csv")[0]
    assert report.title == lang["name"]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items] == lang["sections"]
    said = " ".join(i.text for i in report.items())
    assert not any(t in said for t in lang["talk"]) and lang["signer"][1] not in said
    assert "3 chat message other than the report(s) left out" in report.warnings


def test_a_sheet_of_figures_saved_as_csv_is_no_chat() -> None:
    sheet = "Date,Time,Gauge,Level (m)\n19/11/2026,06:00,Lim at Berane,3.41\n19/11/2026,07:00,Lim at Berane,3.38\n"
    sheet += "19/11/2026,08:00,Lim at Berane,3.35\n"
    report = parse_bytes(sheet.encode(), "levels.csv")[0]
    assert [s.heading for s in report.sections] == ["19/11/2026"]  # read as the sheet it is, its rows grouped by day
    assert [i.text for i in report.items()] == ["Lim at Berane"] * 3
