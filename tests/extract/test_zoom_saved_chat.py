"""A meeting's chat saved by Zoom: each message opens with its time, its writer and to whom it went ("10:14:17 From
Ana Reyes to Everyone:"), its lines under that line after a tab; older saves put the text after the colon on the
same line ("… to Everyone : text", or "10:14:17\t From  Ana Reyes : text" with no recipient). The report pasted into
the chat, in one message or in parts that each restate its name ("… (2/2)"), is what is read: its headings and
points. The other members' messages (introductions, a reaction, a reply, a private message) are left out and counted,
and no message's head line is an item."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

NAME = "FLOOD SITUATION REPORT No. 4 – RIVERSIDE DISTRICT"
SECTIONS = [
    ("SUMMARY", ["312 households remain displaced across the district."]),
    ("CURRENT SITUATION", ["River levels are falling but the red warning stays in place.", "Two roads remain shut."]),
    ("SHELTERS", ["Four schools are in use as rest centres."]),
    ("RISKS", ["Further landslides on the upper slopes. Mitigation: families on the slopes moved out early."]),
    ("NEXT STEPS", ["Damage assessment to finish by Friday.", "Partners meet again on Monday."]),
]
CHATTER = [
    ("Dana Hill (Host)", "Good morning all, please type your name and organisation in the chat."),
    ("Luis Castillo", "Luis Castillo, Regional Civil Protection"),
    ("Ana Reyes", "Ana Reyes, Red Cross"),
]
AFTER = [
    ("Marvin Cruz", 'Reacted to "FLOOD SITUATION REPO..." with 👍'),
    ("Luis Castillo", 'Replying to "FLOOD SITUATION REPORT No. 4...":\nThanks. How many are still in the schools?'),
    ("Dana Hill (Host)", "Thanks everyone, same time next week."),
]
WRITER = "Karla Mejia – Riverside District"


def _parts(split: bool) -> list[list[str]]:
    blocks = []
    for heading, points in SECTIONS:
        # the summary a line of plain text, the other sections' points typed after "- "
        marked = [p if heading == "SUMMARY" else f"- {p}" for p in points]
        blocks.append([f"*{heading}*", *marked, ""])
    if not split:
        return [[NAME, "Date: 9 November 2026, 9:00 am", "", *(x for b in blocks for x in b)]]
    return [
        [f"{NAME} (1/2)", "Date: 9 November 2026, 9:00 am", "", *(x for b in blocks[:3] for x in b)],
        [f"{NAME} (2/2)", "", *(x for b in blocks[3:] for x in b)],
    ]


def _saved(layout: str, split: bool) -> bytes:
    said = [*CHATTER, *((WRITER, "\n".join(p).rstrip()) for p in _parts(split)), *AFTER]
    said.insert(3, ("Ana Reyes", "Can you share the slides afterwards?"))  # sent privately
    out = []
    for n, (who, text) in enumerate(said):
        at = f"10:{n:02d}:17"
        to = "Karla Mejia(Direct Message)" if n == 3 else "Everyone"
        first, *rest = text.split("\n")
        if layout == "tabbed":
            out.append(f"{at} From {who} to {to}:")
            out += [f"\t{x}" for x in text.split("\n")]
        elif layout == "one line":
            out += [f"{at} From {who} to {to.replace('(Direct Message)', ' (Privately)')} : {first}", *rest]
        else:
            out += [f"{at}\t From  {who} : {first}", *rest]
    return ("\n".join(out) + "\n").encode()


@pytest.mark.parametrize("split", [False, True], ids=["one message", "two parts"])
@pytest.mark.parametrize("layout", ["tabbed", "one line", "no recipient"])
def test_the_report_in_a_saved_zoom_chat_is_read(layout: str, split: bool) -> None:
    report = parse_bytes(_saved(layout, split), "meeting_saved_chat.txt")[0]
    assert report.title == NAME
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
    items = " ".join(i.text for s in report.sections for i in s.items)
    assert "From " not in items and "Everyone" not in items and "Thanks" not in items and "(2/2)" not in items
    assert report.sections[3].items[0].mitigation == "families on the slopes moved out early."
    left = " ".join(report.warnings)
    assert "7 chat message other than the report" in left
