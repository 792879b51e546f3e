"""A report posted in a group chat and saved with the app's history export: its first line names it, the short
lines under it before the first break (a rule or a blank line) state its number, day and hour, and every line under
its numbered headings is a point of its own, stopped or not, since no app wraps a message's lines. The day lines
of an export that writes the weekday before the day ("อ. 13/10/2569", "Tue, 13/10/2026") are the export's, not
the report's. Checked in LINE's tab-parted history and in Android's "date, time - writer: text", in Thai and in
English, with a rule of box-drawing strokes and with a blank line under the name."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

LANG = {
    "thai": {
        "header": ["[LINE] ประวัติการแชทของกลุ่ม ศูนย์ EOC อุทกภัย", "วันที่บันทึก: 14/10/2569 18:37"],
        "days": ["อ. 13/10/2569", "พ. 14/10/2569"],
        "name": "📢 รายงานสถานการณ์อุทกภัย จังหวัดสุโขทัย",
        "particulars": "ฉบับที่ 3 ประจำวันที่ 14 ตุลาคม 2569 เวลา 08.00 น.",
        "talk": ["ระดับน้ำที่สะพานหน้าอำเภอขึ้นอีกประมาณ 10 ซม. ครับ", "รับทราบครับ"],
        "sections": [
            ("1. สรุปสถานการณ์", ["จำนวนอำเภอที่ประสบอุทกภัย: 4", "เกิดน้ำท่วมในพื้นที่ลุ่มต่ำริมแม่น้ำหลายอำเภอ"]),
            ("2. การช่วยเหลือผู้ประสบภัย", ["จำนวนถุงยังชีพที่แจกจ่ายแล้ว: 1,227", "ตั้งโรงครัวพระราชทาน 2 แห่ง"]),
            ("3. งบประมาณ", ["จังหวัดได้ขอรับการสนับสนุนงบประมาณเพิ่มเติมจำนวน 895,000 บาท"]),
        ],
        "keys": ["highlights", "assistance", "finance"],
    },
    "english": {
        "header": ["[LINE] Chat history in Riverside EOC", "Saved on: 14/10/2026 18:37"],
        "days": ["Tue, 13/10/2026", "Wed, 14/10/2026"],
        "name": "📢 Flood situation report, Riverside district",
        "particulars": "Report no. 3 as of 14 October 2026 08:00",
        "talk": ["Water up another 10 cm at the bridge", "Noted, thanks"],
        "sections": [
            ("1. Summary", ["Districts flooded: 4", "Low-lying areas along the river under water since 9 October"]),
            ("2. Assistance to affected people", ["Food packs handed out: 1,227", "Two field kitchens open"]),
            ("3. Budget", ["Extra funding of 895,000 requested from the province"]),
        ],
        "keys": ["highlights", "assistance", "finance"],
    },
}


def _report(lang: dict, rule: bool) -> list[str]:
    lines = [lang["name"], lang["particulars"], "━━━━━━━━━━━━━━━" if rule else ""]
    for heading, points in lang["sections"]:
        lines += [heading, *points, ""]
    return lines[:-1]


def _line_export(lang: dict, rule: bool) -> str:
    report = _report(lang, rule)
    lines = [*lang["header"], "", lang["days"][0], f"19:17\tNok\t{lang['talk'][0]}", "21:05\tSomchai\t[Photo]", ""]
    lines += [lang["days"][1], f'08:33\tSomchai\t"{report[0]}', *report[1:-1], f'{report[-1]}"']
    lines += [f"08:47\tTon\t{lang['talk'][1]}"]
    return "\r\n".join(lines) + "\r\n"


def _android_export(lang: dict, rule: bool) -> str:
    report = _report(lang, rule)
    lines = [f"13/10/2026, 19:17 - Nok: {lang['talk'][0]}", "13/10/2026, 21:05 - Somchai: <Media omitted>"]
    lines += [f"14/10/2026, 08:33 - Somchai: {report[0]}", *report[1:]]
    lines += [f"14/10/2026, 08:47 - Ton: {lang['talk'][1]}"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("rule", [True, False], ids=["rule", "blank"])
@pytest.mark.parametrize("export", [_line_export, _android_export], ids=["line", "android"])
@pytest.mark.parametrize("language", list(LANG))
def test_a_chat_report_reads_its_name_particulars_and_lines(language: str, export, rule: bool) -> None:
    lang = LANG[language]
    report = parse_bytes(export(lang, rule).encode(), "chat.txt")[0]
    assert lang["name"].split(" ", 1)[1] in (report.title or "")
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items]
    assert got == lang["sections"]
    assert [s.key for s in report.sections if s.items] == lang["keys"]
    assert str(report.date) == "2026-10-14"
    said = " ".join(i.text for i in report.items())
    assert lang["talk"][0] not in said and lang["particulars"] not in said


@pytest.mark.parametrize("language", list(LANG))
def test_day_lines_with_their_weekday_are_left_out_and_counted(language: str) -> None:
    report = parse_bytes(_line_export(LANG[language], True).encode(), "chat.txt")[0]
    assert "2 chat day line(s) left out" in report.warnings
    assert "2 chat export header line(s) left out" in report.warnings
