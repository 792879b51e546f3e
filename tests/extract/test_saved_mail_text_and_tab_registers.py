"""A mail saved as text by the mail client is in the client's code page with no charset stated: its "·" bullets
and "–" dashes are read as those characters, never as replacement marks. A risk register typed or saved with tabs
between its cells is read as a register: each row one risk with its mitigation cell, the header row no item.

Three layouts: Outlook's "Save as text" of a sitrep mail (cp1252, "From:<TAB>…" header, "·<TAB>" points, a
Risk / Intervention / Responsible table), the same report as a UTF-8 text file with a Risk / Mitigation / Owner
table, and a text file with a tab-separated figures table that is no register (left as it is).
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

POINTS = {
    "1.\tSUMMARY": ["8 938 people have been affected."],
    "2.\tCURRENT SITUATION": [
        "Two bridges on the M19 are closed after scouring.",
        "8 informal settlements are flooded.",
    ],
}
RISKS = [
    ("Waterborne disease in the mass care centres.", "Environmental health practitioners inspect every centre daily."),
    ("Electrocution from damaged illegal connections.", None),
]


def _text(mitigation_column: str, bullet: str) -> str:
    lines = ["SITUATION REPORT NO. 1", "SEVERE WEATHER – BUFFALO RIVER METRO", ""]
    for heading, items in POINTS.items():
        lines += [heading, "", *(f"{bullet}\t{i}" for i in items), ""]
    lines += ["3.\tRISKS AND INTERVENTIONS", "", f"Risk\t{mitigation_column}\tResponsible"]
    lines += [f"{risk}\t{mitigation or ''}\tMetro Police" for risk, mitigation in RISKS]
    return "\r\n".join([*lines, ""])


def _saved_mail() -> bytes:
    header = [
        "From:\tSipho Ndlovu",
        "Sent:\tMonday, 9 June 2025 07:52",
        "To:\tDMC Sitrep Distribution",
        "Subject:\tSITREP NO. 1: SEVERE WEATHER – BUFFALO RIVER METRO",
        "",
    ]
    return ("\r\n".join(header) + "\r\n" + _text("Intervention", "·")).encode("cp1252")


@pytest.mark.parametrize(
    ("data", "name"),
    [(_saved_mail(), "sitrep-1.txt"), (_text("Mitigation", "-").encode(), "sitrep-1.txt")],
    ids=["outlook-saved-cp1252", "utf8-text"],
)
def test_points_and_register_rows(data: bytes, name: str) -> None:
    report = parse_bytes(data, name)[0]
    items = {s.heading: [(i.text, i.mitigation) for i in s.items] for s in report.sections if s.heading}
    for heading, texts in POINTS.items():
        assert items[heading.replace("\t", " ")] == [(t, None) for t in texts]
    assert items["3. RISKS AND INTERVENTIONS"] == RISKS
    assert all("\ufffd" not in i.text for s in report.sections for i in s.items)


def test_a_tab_separated_table_that_is_no_register_is_not_read_as_risks() -> None:
    text = "Flood update 2\n\nEvacuations\n\nWard\tHouseholds\tPeople\nWard 4\t120\t388\nWard 7\t35\t102\n"
    report = parse_bytes(text.encode(), "update-2.txt")[0]
    assert not any(i.mitigation for s in report.sections for i in s.items)
