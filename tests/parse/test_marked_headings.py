"""Plain-text labels a reader takes for headings: a label marked ">> RISKS", "» Staffing", "==> NEXT STEPS" or
set between rules ("=== RISKS ==="), and a short label over a list set in from it ("Tenancy and welfare" over
indented bullets); the writer's close ("ENDS") after the last bullet stands alone, left out."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

SECTIONS = {
    "Tenancy and welfare": [
        "Officers are supporting 102 households with fuel debt",
        "99 empty homes are being prepared",
    ],
    "Repairs backlog": ["304 emergency repairs raised this week"],
}


def _marked(mark: str) -> bytes:
    lines = ["Housing bulletin 3", ""]
    for heading, items in SECTIONS.items():
        lines += [mark.format(heading), *(f"+ {t}" for t in items)]
    return "\n".join([*lines, "ENDS"]).encode()


def _indented() -> bytes:
    lines = ["Housing bulletin 3", ""]
    for heading, items in SECTIONS.items():
        lines += [heading, *(f"  *   {t}" for t in items), ""]
    return "\n".join(lines).encode()


@pytest.mark.parametrize(
    "make",
    [
        lambda: _marked(">> {}"),
        lambda: _marked("» {}"),
        lambda: _marked("==> {}"),
        lambda: _marked("=== {} ==="),
        _indented,
    ],
)
def test_marked_and_list_labels_are_headings(make) -> None:
    report = parse_bytes(make(), "bulletin.txt")[0]
    assert [s.heading for s in report.sections if s.heading] == list(SECTIONS)
    assert [i.text for i in report.items()] == [t for items in SECTIONS.values() for t in items]


def test_a_quoted_mail_rule_is_no_heading() -> None:
    text = "Update\n\nRISKS\n- Roads flooded.\n\n-----Original Message-----\nFrom: A\nSent: 1 May 2020\nTo: B\n"
    report = parse_bytes(text.encode(), "u.txt")[0]
    assert "Original Message" not in [s.heading for s in report.sections]
