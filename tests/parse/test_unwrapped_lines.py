"""Text typed without a margin (on a phone, in a chat, in a web form): a few points run on far past the others, so
the text was never wrapped, and each short sentence on a line of its own is a point of its own, however near the
usual line length it comes. In a text file and in an e-mail's plain text."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

TEXT = """SUMMARY
The river crested at 6.2 m overnight at the town bridge gauge station.
Evacuation orders for the low-lying streets remain in force today.

ROADS
- Route 9 is closed at the ford.
- The B4520 reopened this morning.
- Mill Lane is passable with care.

SHELTERS
- 41 people stayed at the leisure centre.
- The school hall is on standby.
- Hot meals are served from 6 pm.

STAFFING
- 26 council staff are deployed today.
- Two crews from the county are on loan.
- Rest periods are kept to plan.

NEXT STEPS
- Review the evacuation orders at 10:00.
- Reopen Route 9 once the ford clears.
- Brief the councillors at noon.

RISKS
- A second band of rain on Thursday could lift the river again. Mitigation: pumps are pre-positioned at the three low points and crews are on standby overnight.
- Power to the water treatment plant depends on one feeder line. Mitigation: a generator has been hired and is on site.
"""  # noqa: E501


def _txt() -> bytes:
    return TEXT.encode()


def _eml() -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "eoc@town.example", "region@example.org", "Flood sitrep 2"
    msg.set_content(TEXT)
    return msg.as_bytes()


@pytest.mark.parametrize(("make", "name"), [(_txt, "sitrep.txt"), (_eml, "sitrep.eml")], ids=["text", "mail"])
def test_each_short_sentence_line_is_a_point(make, name: str) -> None:
    report = parse_bytes(make(), name)[0]
    summary = next(s for s in report.sections if s.heading == "SUMMARY")
    assert [i.text for i in summary.items] == [
        "The river crested at 6.2 m overnight at the town bridge gauge station.",
        "Evacuation orders for the low-lying streets remain in force today.",
    ]
    risks = next(s for s in report.sections if s.heading == "RISKS")
    assert len(risks.items) == 2 and all(i.mitigation for i in risks.items)
