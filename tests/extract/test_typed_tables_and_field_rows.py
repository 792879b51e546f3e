"""A report printed as text by a system (a dispatch centre's incident print, a mainframe's report): its header is
rows of fields kept apart by runs of spaces ("INCIDENT #: F25-049178   TYPE: WLDLND   STATUS: WORKING"), none a
heading, together the masthead; a table typed with its columns kept apart by spaces ("UNIT  DISP  ENRT" over
"E21  08/18 14:09  14:11") is data, counted in the tables, not points. A sentence with a wide gap typed in it is no
table.

Two layouts: an incident print in capitals with its unit log, and a council's text return with a figures table typed
under a heading.
"""

from __future__ import annotations

from sitroom.read import parse_bytes

SECTIONS = {
    "SITUATION:": ["CONTAINMENT IS 39%.", "THE HARTLEY FIRE HAS BURNED 4,580 ACRES."],
    "RESOURCES:": ["29 ENGINES AND 6 DOZERS ARE WORKING THE FIRE."],
}


def _print() -> bytes:
    lines = [
        "PINAL MESA COUNTY FIRE DISTRICT                                   PAGE    1",
        "INCIDENT DETAIL REPORT                            PRINTED 08/18/25 07:12",
        "INCIDENT #: F25-049178   TYPE: WLDLND   PRIORITY: 1   STATUS: WORKING",
        "LOCATION: HARTLEY RD / CR 41                  AZ   BEAT: 12   GRID: 4417",
        "-" * 78,
        "UNIT   DISP         ENRT    ONSC    CLR",
        "BC12   08/18 14:08   14:10   14:27   --:--",
        "E21    08/18 14:09   14:11   14:28   --:--",
        "WT3    08/18 14:11   14:13   14:30   --:--",
        "-" * 78,
        "",
    ]
    for heading, items in SECTIONS.items():
        lines += [f"    {heading}", *(f"    - {i}" for i in items), ""]
    return "\r\n".join(lines).encode()


def _return() -> bytes:
    text = (
        "Northfield Council - Flood Return 3\n\n"
        "Evacuations\n\n"
        "Ward        Households   People\n"
        "Ward 4      120          388\n"
        "Ward 7      35           102\n"
        "Ward 9      12           30\n\n"
        "- Rest centres are open at two schools.\n"
        "- The B1234 remains closed at Mill Lane     pending inspection.\n"
    )
    return text.encode()


def test_a_system_print_has_a_masthead_of_fields_and_a_table() -> None:
    report = parse_bytes(_print(), "incident.txt")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.heading or s.items} == SECTIONS
    assert report.tables and any("typed tables" in w for w in report.warnings)


def test_a_typed_figures_table_is_no_point_and_a_gap_in_a_sentence_no_table() -> None:
    report = parse_bytes(_return(), "return.txt")[0]
    items = [i.text for s in report.sections if s.heading == "Evacuations" for i in s.items]
    assert items == [
        "Rest centres are open at two schools.",
        "The B1234 remains closed at Mill Lane pending inspection.",
    ]
    assert len(report.tables) == 1
