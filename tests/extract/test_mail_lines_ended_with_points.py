"""A mail typed in a web mail that sets each typed line in a block of its own, sent with a plain-text part beside it
where its points carry the program's marks ("  *   9 public water supplies …", "- …", "1. …"): each line of the
summary was ended by its writer, so a line opening with a figure ("2,288 homes …") is a point of its own, never run
on to the line above."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

SUMMARY = ["Storm Éowyn brought record winds to the county on 24 January, the strongest since records began.",
           "2,288 homes and businesses are still without power."]  # fmt: skip
POINTS = {
    "Current position": ["9 public water supplies are affected by outages.",
                         "ESB Networks crews are working on the remaining faults in rural areas."],
    "Impacts": ["24 schools remain closed (previous update: 28).",
                "Several regional roads remain closed because of fallen trees and lines."],
    "Next steps": ["The Crisis Management Team meets again at 09:00 tomorrow.", "Update no. 4 follows at 16:00."],
}  # fmt: skip


def _message(mark: str) -> bytes:
    plain = ["Dear Members,", "", "Summary", *SUMMARY, ""]
    html = "<div>Dear Members,</div><div><br></div><div><b>Summary</b></div>"
    html += "".join(f"<div>{line}</div>" for line in SUMMARY)
    for heading, points in POINTS.items():
        plain += [heading, *(f"  {mark(n)}   {p}" for n, p in enumerate(points, 1)), ""]
        html += f"<div><br></div><div><b>{heading}</b></div><ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>"
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "cmt@example.ie", "members@example.ie", "Storm Éowyn – CMT Update No. 3"
    msg.set_content("\n".join(plain))
    msg.add_alternative(f"<html><body>{html}</body></html>", subtype="html")
    return msg.as_bytes()


MARKS = {"stars": lambda n: "*", "dashes": lambda n: "-", "numbers": lambda n: f"{n}."}


@pytest.mark.parametrize("mark", list(MARKS))
def test_each_typed_line_of_the_summary_is_a_point(mark: str) -> None:
    report = parse_bytes(_message(MARKS[mark]), "update.eml")[0]
    assert [i.text for i in report.sections[0].items] == SUMMARY
