"""A situation report exported as plain text by an incident log system, in two layouts: a boxed masthead,
the log under day lines with timed entries wrapped under their text, capitals headings over "- " items and
the closing line between rules."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.read import parse_bytes

EQUALS = "=" * 76
# A rule of "=" round the masthead, "0712 – " entries with their wrapped lines under the text (7 spaces),
# "- " items wrapped two spaces in, the close and the next report on one line; CRLF line ends.
RULED = "\r\n".join(
    [
        EQUALS,
        "MARRICK SHIRE LOCAL RESILIENCE FORUM",
        "Multi-Agency Information Cell (MAIC)",
        "RECYCLING PLANT FIRE: SITUATION REPORT 2",
        "Period covered: 0700 Mon 15 Jan 2024 to 0700 Tue 16 Jan 2024",
        "Issued: 0745 Tue 16 Jan 2024                Classification: OFFICIAL",
        EQUALS,
        "",
        "LOG OF KEY EVENTS",
        "",
        "Monday 15 January 2024",
        "0812 – Recovery Co-ordinating Group chair nominated by the council chief",
        "       executive.",
        "2031 – GP surgeries briefed on health advice for patients with lung",
        "       conditions.",
        "",
        "Tuesday 16 January 2024",
        "0136 – Firefighters withdraw from the western side after a partial roof",
        "       collapse.",
        "0414 – Water company asks for run-off to be kept out of the foul sewer.",
        "0419 – Sandbags placed at the yard gate to hold back firewater.",
        "",
        "SITUATION SUMMARY",
        "",
        "- Kelder Lane and Mill Street remain closed, with diversions signed.",
        "- About 2,211 tonnes of baled waste are still burning in the main storage",
        "  bay.",
        "",
        "RISKS AND ISSUES",
        "",
        "- Asbestos in the roof sheeting of the damaged office block. Mitigation: Air",
        "  sampling at the cordon and a licensed contractor appointed for removal.",
        "",
        EQUALS,
        "END OF REPORT – next report 0745 Wed 17 Jan 2024",
        EQUALS,
        "",
    ]
)
# A box of "+----+" with "|" sides, "07:12  " entries wrapped four spaces in, day lines straight after the
# entries of the day before, and "ENDS. Next sitrep …" between dashed rules.
BOXED = "\n".join(
    [
        "+" + "-" * 60 + "+",
        "|  COLDHARBOUR LOCAL RESILIENCE FORUM" + " " * 24 + "|",
        "|  FLOODING AT RIVERSIDE: SITREP 4" + " " * 27 + "|",
        "|  Issued 06:30 Wed 17/01/2024" + " " * 31 + "|",
        "+" + "-" * 60 + "+",
        "",
        "EVENT LOG",
        "Tue 16/01/2024",
        "07:12  Environment Agency issues a flood warning for the Riverside estate",
        "    and the allotments.",
        "19:40  Rest centre opened at the leisure centre.",
        "Wed 17/01/2024",
        "02:05  River level peaks at 3.4 m at the town bridge; no properties",
        "    flooded overnight.",
        "",
        "COMMUNITY IMPACT",
        "- 41 households evacuated to the rest centre.",
        "- Riverside Road closed between the bridge and the school.",
        "",
        "-" * 40,
        "ENDS. Next sitrep 1800 17/01/2024",
        "-" * 40,
        "",
    ]
)


def _sections(text: str, name: str) -> list[tuple[str | None, int, list[str]]]:
    report = parse_bytes(text.encode("utf-8"), name)[0]
    return [(s.heading, s.level, [i.text for i in s.items]) for s in report.sections]


def test_ruled_export_reads_days_over_entries_and_leaves_out_masthead_and_close():
    report = parse_bytes(RULED.encode("utf-8"), "export.txt")[0]
    assert [(s.heading, s.level, [i.text for i in s.items]) for s in report.sections] == [
        ("LOG OF KEY EVENTS", 1, []),
        (
            "Monday 15 January 2024",
            2,
            [
                "0812 – Recovery Co-ordinating Group chair nominated by the council chief executive.",
                "2031 – GP surgeries briefed on health advice for patients with lung conditions.",
            ],
        ),
        (
            "Tuesday 16 January 2024",
            2,
            [
                "0136 – Firefighters withdraw from the western side after a partial roof collapse.",
                "0414 – Water company asks for run-off to be kept out of the foul sewer.",
                "0419 – Sandbags placed at the yard gate to hold back firewater.",
            ],
        ),
        (
            "SITUATION SUMMARY",
            1,
            [
                "Kelder Lane and Mill Street remain closed, with diversions signed.",
                "About 2,211 tonnes of baled waste are still burning in the main storage bay.",
            ],
        ),
        (
            "RISKS AND ISSUES",
            1,
            [
                "Asbestos in the roof sheeting of the damaged office block. Mitigation: Air sampling at the "
                "cordon and a licensed contractor appointed for removal."
            ],
        ),
    ]
    assert report.title == "RECYCLING PLANT FIRE: SITUATION REPORT 2"
    # the period's end, not its start, dates the report
    assert report.date == date(2024, 1, 16)
    assert report.number == 2
    assert any("end-of-report" in w for w in report.warnings)
    # the log's days list what was done
    assert [s.key for s in report.sections[1:3]] == ["actions", "actions"]


def test_boxed_export_with_clock_times_and_a_shallower_hanging_indent():
    report = parse_bytes(BOXED.encode("utf-8"), "export.txt")[0]
    assert [(s.heading, s.level, [i.text for i in s.items]) for s in report.sections] == [
        ("EVENT LOG", 1, []),
        (
            "Tue 16/01/2024",
            2,
            [
                "07:12 Environment Agency issues a flood warning for the Riverside estate and the allotments.",
                "19:40 Rest centre opened at the leisure centre.",
            ],
        ),
        (
            "Wed 17/01/2024",
            2,
            ["02:05 River level peaks at 3.4 m at the town bridge; no properties flooded overnight."],
        ),
        (
            "COMMUNITY IMPACT",
            1,
            ["41 households evacuated to the rest centre.", "Riverside Road closed between the bridge and the school."],
        ),
    ]
    assert report.title == "FLOODING AT RIVERSIDE: SITREP 4"
    assert report.number == 4
    assert not any("|" in i.text or "---" in i.text for i in report.items())


@pytest.mark.parametrize("text", [RULED, BOXED])
def test_no_rule_or_box_line_is_text(text):
    report = parse_bytes(text.encode("utf-8"), "export.txt")[0]
    texts = [s.heading or "" for s in report.sections] + [i.text for i in report.items()]
    assert not any(t.startswith(("===", "+--", "---", "|")) for t in texts)
    assert not any("LOCAL RESILIENCE FORUM" in t or "END" in t.split() for t in texts)


def test_counts_at_a_line_start_are_no_times_and_a_lone_date_over_prose_is_no_heading():
    text = (
        "HOUSING\n\n"
        "1200 homes are without power after the storm and crews expect to restore\n"
        "most of them by the evening.\n"
        "2300 more are at risk if the wind rises again.\n\n"
        "Monday 15 January 2024\n"
        "The council met the providers and agreed the plan.\n"
    )
    sections = _sections(text, "note.txt")
    assert [h for h, _, _ in sections] == ["HOUSING"]
    assert sections[0][2][0].startswith("1200 homes are without power") and sections[0][2][0].endswith("evening.")


def test_a_line_under_a_bullets_text_carries_it_on_though_the_line_above_ended_a_sentence():
    text = "RISKS\n\n- Staff absence is rising.\n  Agency staff booked for the weekend.\n- Café closed.\n"
    assert _sections(text, "r.txt") == [
        ("RISKS", 1, ["Staff absence is rising. Agency staff booked for the weekend.", "Café closed."])
    ]


def test_a_lone_rule_between_paragraphs_parts_them_and_an_underline_still_marks_a_heading():
    text = "Risks\n=====\n\nStaff absence is rising\n" + "=" * 60 + "\nCafé closed\n"
    assert _sections(text, "r.txt") == [("Risks", 1, ["Staff absence is rising", "Café closed"])]
