"""A plain-text mail sent as "format=flowed" (RFC 3676, as telephone and desktop mail programs send it) is read
unflowed: a line ending in a space runs on into the next (the program broke it), every other line was ended by its
writer, so lines each a short sentence stay points of their own however short all the message's lines are. Before,
"Wohnjowe wobory su měli 75 zasadźenjow." and the sentence under it were joined into one point. Layouts: flowed with
and without "DelSp=yes", with a quoted request over the reply."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("Zjeće", ["Wohnjowe wobory su měli 75 zasadźenjow.", "Wot 5. awgusta hori lěs w sewjeru gmejny."]),
    ("Riziki", ["Njedostatk pitneje wody w horcych dnjach, hdyž so wjace wody trjeba hač wobstara."]),
]


def _flowed(delsp: bool) -> list[str]:
    soft = "" if delsp else " "  # with DelSp the program added the space it breaks at, and it goes with the break
    return [
        "ZJEĆE",
        "Wohnjowe wobory su měli 75 zasadźenjow.",
        "Wot 5. awgusta hori lěs w sewjeru gmejny.",
        "",
        "RIZIKI",
        f"- Njedostatk pitneje wody w horcych dnjach, hdyž so wjace {soft} ",
        "wody trjeba hač wobstara.",
    ]


def _message(lines: list[str], delsp: bool) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "mayor@village.example", "staff@county.example", "Rozprawa čo. 1"
    msg.set_content("\n".join(lines) + "\n")
    msg.set_param("format", "flowed")
    if delsp:
        msg.set_param("delsp", "yes")
    return msg.as_bytes()


@pytest.mark.parametrize("quoted", [False, True], ids=["alone", "under-a-quote"])
@pytest.mark.parametrize("delsp", [False, True], ids=["flowed", "delsp"])
def test_a_flowed_message_is_read_unflowed(delsp: bool, quoted: bool) -> None:
    lines = _flowed(delsp)
    if quoted:
        lines = ["On Mon, 10 Aug 2026 at 07:24, Staff <staff@county.example> wrote:", "> Please send your ",
                 "> report by noon.", "", *lines]  # fmt: skip
    report = parse_bytes(_message(lines, delsp), "reply.eml")[0]
    assert [(s.heading.title(), [i.text for i in s.items]) for s in report.sections] == SECTIONS
