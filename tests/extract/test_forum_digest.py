"""A sitrep posted to a neighbourhood forum or a group and received in its digest e-mail: the digest lists its
postings' titles ("In this issue:"), then prints each under a rule, its title, its author, its text and a "Reply to
…" link. The report is the posting that is a report; the neighbours' other postings, the contents and the footer
are none of it. Its summary's lines, each a sentence typed on a line of its own among long points, stay apart.

Layouts (e-mails built with the standard library): a forum digest with "*" entries and dashed rules, the sitrep
second of four; a group digest with numbered "Topics in this digest:" and underscore rules, the sitrep last."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

SITREP = """*Bottom line*
The flash flood on July 10 hit the village and the Route 2 corridor.
329 homes have been inspected by the town's damage team.

*Damage*
- 7 culverts washed out on town roads.
- 44 homes are destroyed or unlivable.

*Things we're watching*
- The risk of the old dam on the upper pond failing is increasing. What we're doing: The dam is inspected twice \
a day and an evacuation plan is ready.

Thanks for looking out for each other.
Tom Kittredge"""
OTHERS = [("Thank you, fire department!", "Carol Dubois - Church St",
           "Huge thanks to our volunteer firefighters who pumped out our cellar at 2 am. You are heroes."),
          ("Community supper Saturday", "Grange Hall Committee - Grange Hall",
           "Free supper for everyone Saturday 5 to 7 pm at the Grange. Donations of pies welcome."),
          ("Lost: orange cat near the post office", "Jenny Marsh - Elm St",
           "Our cat Pumpkin got out during the storm. Orange tabby, very shy. Please call 802-555-0142.")]  # fmt: skip
TITLE = "Flood update #1 from your Emergency Management Director"


def _digest(numbered: bool, position: int) -> bytes:
    postings = list(OTHERS)
    postings.insert(position - 1, (TITLE, "Tom Kittredge - Emergency Management Director, Pleasant St", SITREP))
    if numbered:
        contents = "Topics in this digest:\n" + "\n".join(f"{n}. {t}" for n, (t, _, _) in enumerate(postings, 1))
        rule = "_" * 40
    else:
        contents = "In this issue:\n" + "\n".join(f"* {t}" for t, _, _ in postings)
        rule = "-" * 10
    parts = [f"{t}\n{a}\n\n{body}\n\nReply to {a.split()[0]}" for t, a, body in postings]
    text = (
        "FRONT PORCH FORUM - Winooski Gap\nIssue No. 2828 - Tuesday, July 14, 2026\n\nGood morning, neighbors!\n\n"
        f"{contents}\n\n{rule}\n\n" + f"\n\n{rule}\n\n".join(parts) + f"\n\n{rule}\n\nPost a message: "
        "https://forum.example/post\nForum, PO Box 1178, Burlington, VT 05402\n"
    )
    msg = EmailMessage()
    msg["From"], msg["To"] = "digest@forum.example", "ema@town.example"
    msg["Subject"] = "Winooski Gap Forum No. 2828"
    msg.set_content(text)
    return msg.as_bytes()


@pytest.mark.parametrize(("numbered", "position"), [(False, 2), (True, 4)], ids=["forum", "group"])
def test_the_report_posting_is_read_and_the_neighbours_are_not(numbered: bool, position: int) -> None:
    reports = parse_bytes(_digest(numbered, position), "digest.eml")
    assert len(reports) == 1
    report = reports[0]
    assert report.title == TITLE
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.heading} == {
        "Bottom line": ["The flash flood on July 10 hit the village and the Route 2 corridor.",
                        "329 homes have been inspected by the town's damage team."],
        "Damage": ["7 culverts washed out on town roads.", "44 homes are destroyed or unlivable."],
        "Things we're watching": ["The risk of the old dam on the upper pond failing is increasing. What we're "
                                  "doing: The dam is inspected twice a day and an evacuation plan is ready."],
    }  # fmt: skip
    texts = " ".join(i.text for s in report.sections for i in s.items)
    assert "Pumpkin" not in texts and "supper" not in texts and "Reply to" not in texts
