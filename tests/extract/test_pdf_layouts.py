"""PDF page layouts generated with reportlab: two columns, a sidebar box, risk tables, data and form
grids, run-in bold leads and hyphenated wraps — asserted on the parsed structure."""

from __future__ import annotations

from pdf_sheets import BOLD, REGULAR, Sheet

from sitroom.model import Report
from sitroom.read import parse_bytes


def _parse(data: bytes) -> Report:
    return parse_bytes(data, "generated.pdf")[0]


def _items(report: Report) -> list[str]:
    return [i.text for i in report.items()]


def _headings(report: Report) -> list[str]:
    return [s.heading for s in report.sections if s.heading]


def _intro(sheet: Sheet, title: str = "District Situation Report No. 4") -> None:
    sheet.line(title, font=BOLD, size=18)
    sheet.gap()


LEFT = [
    "Teams in the northern district visited",
    "all twelve health facilities this week",
    "and found no new suspected cases.",
]
RIGHT = [
    "The laboratory processed ninety samples",
    "and returned every result within two",
    "days of collection at the facilities.",
]


def test_two_columns_are_read_one_after_the_other() -> None:
    s = Sheet()
    _intro(s)
    top = s.y
    s.right = 280
    s.heading("Field teams")
    s.para(LEFT)
    s.heading("Vaccination")
    s.para(["Two hundred contacts were vaccinated", "in the three affected villages."])
    s.y, s.left, s.right = top, 310, 540
    s.heading("Laboratory")
    s.para(RIGHT)
    s.heading("Logistics")
    s.para(["Stocks of protective equipment cover", "the needs of the coming four weeks."])
    report = _parse(s.pdf())
    assert _headings(report) == ["Field teams", "Vaccination", "Laboratory", "Logistics"]
    assert _items(report)[0] == " ".join(LEFT)
    assert _items(report)[2] == " ".join(RIGHT)


def test_a_sidebar_box_with_sentences_is_a_section_of_its_own_and_figures_only_are_left_out() -> None:
    s = Sheet()
    _intro(s)
    top = s.y
    s.right = 370
    s.heading("Highlights")
    for t in ("No new cases were reported in the past", "seven days in any of the districts."):
        s.line(t)
    s.gap(0.4)
    s.bullet(["Contact follow-up ended for 212 people."])
    s.bullet(["Schools reopened in two districts."])
    s.y = top
    s.c.rect(395, top - 160, 150, 175)
    for t, font in (("SITUATION IN NUMBERS", BOLD), ("1 245", BOLD), ("suspected cases", REGULAR)):
        s.text(402, s.y, t, font)
        s.y -= 16
    for t in ("88", "deaths", "12", "districts"):
        s.text(402, s.y, t, BOLD if t[0].isdigit() else REGULAR)
        s.y -= 16
    report = _parse(s.pdf())
    text = " ".join(_items(report))
    assert "No new cases were reported in the past seven days in any of the districts." in _items(report)
    assert "1 245" not in text and "suspected cases" not in text


RISKS = [
    (
        ["Heavy rain may cut the road to the", "eastern camps."],
        "Red",
        ["Pre-position food and fuel in", "the camps for two weeks."],
        "Logistics",
    ),
    (["Staff fatigue after six weeks of", "response."], "Amber", ["Rotate teams every ten days."], "HR lead"),
    (
        ["Cold chain failure at district", "stores."],
        "Green",
        ["Solar fridges installed; checks", "twice a day."],
        "EPI officer",
    ),
]


def test_a_risk_table_gives_one_risk_per_row_with_its_mitigation() -> None:
    s = Sheet()
    _intro(s)
    s.heading("Risks and mitigation")
    cols = [56, 230, 280, 460]
    rows = [[["Risk"], ["RAG"], ["Mitigation"], ["Owner"]]]
    rows += [[risk, [rag], mit, [owner]] for risk, rag, mit, owner in RISKS]
    s.table(cols, rows)
    s.heading("Next steps")
    s.para(["The next review of the register is due on Friday."])
    report = _parse(s.pdf())
    section = next(sec for sec in report.sections if sec.heading == "Risks and mitigation")
    assert [i.mitigation for i in section.items] == [
        "Pre-position food and fuel in the camps for two weeks.",
        "Rotate teams every ten days.",
        "Solar fridges installed; checks twice a day.",
    ]
    assert section.items[0].text.startswith("Heavy rain may cut the road to the eastern camps.")
    text = " ".join(_items(report))
    for cell in ("Red", "Amber", "Green", "HR lead", "EPI officer", "RAG", "Owner"):
        assert cell not in text.split()
    assert _headings(report) == ["Risks and mitigation", "Next steps"]


def test_data_and_form_grids_go_to_tables_not_items() -> None:
    s = Sheet()
    _intro(s)
    s.heading("Epidemiological situation")
    s.para(["Cases rose in two of the three districts this week."])
    s.table(
        [56, 160, 240, 320, 420],
        [
            [["District"], ["Cases"], ["Deaths"], ["Case Fatality", "Ratio (CFR)"], ["Current week"]],
            [["North"], ["120"], ["4"], ["3.3%"], ["12"]],
            [["South"], ["98"], ["2"], ["2.0%"], ["7"]],
            [["East"], ["45"], ["0"], ["0.0%"], ["3"]],
        ],
    )
    s.heading("Notification")
    s.table(
        [56, 200, 330],
        [
            [["Listed disease"], ["Cholera"], ["Status"]],
            [["Reference"], ["4438"], ["On-going"]],
            [["Date notified"], ["12/03/2024"], ["Confirmed"]],
        ],
        header_font=REGULAR,
    )
    s.heading("Reporting")
    s.table(
        [56, 230],
        [
            [["Date of report"], ["12 March 2024"]],
            [["Reporting district"], ["Kasese"]],
            [["Epidemiological week"], ["10"]],
        ],
        header_font=REGULAR,
    )
    s.heading("Systems")
    s.table(
        [56, 220, 330],
        [
            [["System"], ["Status"], ["ETA"]],
            [["Case database"], ["Degraded"], ["Friday"]],
            [["Lab portal"], ["Up"], ["-"]],
        ],
    )
    s.para(["All other systems run normally."])
    data = s.pdf()
    report = _parse(data)
    text = " ".join(_items(report))
    for cell in ("Fatality", "Ratio (CFR)", "Current week", "Listed disease", "4438", "On-going", "Degraded", "ETA"):
        assert cell not in text
    assert "Kasese" not in text and "Reporting district" not in text
    assert _headings(report) == ["Epidemiological situation", "Notification", "Reporting", "Systems"]
    assert "All other systems run normally." in _items(report)
    assert len(report.tables) == 4


def test_a_bold_run_in_lead_is_split_from_its_paragraph() -> None:
    s = Sheet()
    _intro(s)
    s.heading("Response")
    x = s.text(s.left, s.y, "Surveillance:", BOLD)
    s.text(x + 3, s.y, "active case finding continues in the twelve health facilities")
    s.y -= s.lead
    s.para(["of the district, with daily reports to the centre."])
    x = s.text(s.left, s.y, "Laboratory.", BOLD)
    s.text(x + 3, s.y, "All ninety samples were tested within two days.")
    s.y -= s.lead
    report = _parse(s.pdf())
    assert _headings(report) == ["Response", "Surveillance", "Laboratory"]
    assert _items(report) == [
        "active case finding continues in the twelve health facilities of the district,"
        " with daily reports to the centre.",
        "All ninety samples were tested within two days.",
    ]


def test_hyphens_at_line_ends_follow_the_document_s_own_spelling() -> None:
    s = Sheet()
    _intro(s)
    s.heading("Follow-up")
    s.para(["Teams kept the follow-up of contacts and the trans-", "mission chains under watch as before."])
    s.para(["Transmission remains low; the follow-", "up of contacts ends on Monday for all."])
    s.para(["Thermometer read-", "ings were taken at every checkpoint."])
    s.para(["Teams took readings at the border too."])
    report = _parse(s.pdf())
    items = _items(report)
    assert "trans- mission" not in items[0] and "transmission chains" in items[0]
    assert "follow-up of contacts ends" in items[1]
    assert items[2] == "Thermometer readings were taken at every checkpoint."
    assert len(items) == 4


def test_a_wrapped_line_ending_in_a_colon_is_not_a_heading_and_the_last_line_of_a_page_is_kept() -> None:
    s = Sheet()
    _intro(s)
    s.heading("Actions")
    s.line("The coordination committee agreed on the following")
    s.line("actions for the coming week:")
    s.bullet(["Open two more isolation units."])
    s.y = 60  # the last line sits low on the page, under the body
    s.line("The committee meets again on Monday morning.")
    report = _parse(s.pdf())
    assert _headings(report) == ["Actions"]
    assert _items(report)[0] == "The coordination committee agreed on the following actions for the coming week:"
    assert _items(report)[-1] == "The committee meets again on Monday morning."


def test_a_sidebar_box_that_carries_sentences_is_read_after_the_main_column() -> None:
    s = Sheet()
    _intro(s)
    top = s.y
    s.right = 370
    s.heading("Highlights")
    s.para(["No new cases were reported in the past", "seven days in any of the districts."])
    s.heading("Surveillance")
    s.para(["Alerts were investigated within a day in", "every district of the region."])
    s.y = top
    s.c.rect(395, top - 100, 150, 115)
    s.text(402, s.y, "KEY MESSAGES", BOLD)
    s.y -= 16
    for t in ("Wash hands often with soap", "and water.", "Report any fever to the", "nearest health facility."):
        s.text(402, s.y, t)
        s.y -= 13
    report = _parse(s.pdf())
    assert _headings(report) == ["Highlights", "Surveillance", "KEY MESSAGES"]
    assert _items(report)[-2:] == [
        "Wash hands often with soap and water.",
        "Report any fever to the nearest health facility.",
    ]


def test_sentences_in_table_cells_stay_items_under_their_row_label() -> None:
    s = Sheet()
    _intro(s)
    s.heading("Actions to date")
    s.table(
        [56, 170, 460],
        [
            [["Pillar"], ["Key updates in the past week"], ["Status"]],
            [["Surveillance"], ["Teams investigated all 14 alerts within", "a day of notification."], ["On track"]],
            [["Laboratory"], ["Ninety samples were tested and all", "results returned in two days."], ["On track"]],
            [["Logistics"], ["Fuel ran short at two district stores."], ["Delayed"]],
        ],
    )
    report = _parse(s.pdf())
    assert [(sec.heading, sec.level) for sec in report.sections] == [
        ("Actions to date", 1),
        ("Surveillance", 2),
        ("Laboratory", 2),
        ("Logistics", 2),
    ]
    assert _items(report) == [
        "Teams investigated all 14 alerts within a day of notification.",
        "Ninety samples were tested and all results returned in two days.",
        "Fuel ran short at two district stores.",
    ]
