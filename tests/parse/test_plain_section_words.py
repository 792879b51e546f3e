"""Sections named in the plain words of a community hub's, a forum's or a chat's sitrep ("Bottom line", "TL;DR",
"Heads up", "Things we're watching", "What you can do", "Funds", "Who's helping", "Next 24h"), of a recovery board's
("Top line", "Helping staff and neighbours") and of a French crisis room's ("Bilan humain et matériel", "Moyens
engagés", "Consignes à la population") are keyed by their meaning, and a risk's "What we're doing:" or "Plan:" is its
mitigation. In Word (bold lines), HTML and Markdown."""

from __future__ import annotations

import pytest
from keyed_formats import html_page, markdown, word_bold_lines

from sitroom.read import parse_bytes

RISK = "The risk of the old dam on the upper pond failing is increasing."
ENGLISH = [
    ("Bottom line", "highlights", ["329 homes have been inspected by the town's damage team."]),
    ("Who's helping", "workforce", ["366 volunteers signed in at the town garage this week."]),
    ("Funds", "finance", ["We spent $46,000 on generators and fuel this week."]),
    ("Things we're watching", "risks", [f"{RISK} What we're doing: The dam is inspected twice a day."]),
    ("What you can do", "advice", ["Do not drink well water until it has been tested."]),
    ("Next 24h", "next-steps", ["Curbside debris pickup starts on July 17."]),
]
CHAT = [
    ("TL;DR", "highlights", ["Still no cell service up the hollows."]),
    ("Heads up", "risks", [f"{RISK} Plan: No runners on the ridge roads after dark."]),
]
FRENCH = [
    ("Synthèse", "highlights", ["1 793 habitations ont été inondées."]),
    ("Bilan humain et matériel", "impacts", ["22 écoles restent fermées."]),
    ("Moyens engagés", "workforce", ["284 sapeurs-pompiers sont engagés."]),
    ("Consignes à la population", "advice", ["Ne vous engagez pas sur une route inondée."]),
]
BOARD = [
    ("Top line", "highlights", ["Nine of 14 parks have reopened for day use."]),
    ("Helping staff and neighbours", "assistance", ["Staff who lost their homes are housed in park cabins."]),
    ("Crews", "workforce", ["Chainsaw crews from three districts are clearing the trails."]),
]
REPORTS = {"forum": ENGLISH, "chat": CHAT, "crisis room": FRENCH, "recovery board": BOARD}
FORMATS = {"word": (word_bold_lines, "r.docx"), "html": (html_page, "r.html"), "markdown": (markdown, "r.md")}


@pytest.mark.parametrize("fmt", list(FORMATS))
@pytest.mark.parametrize("report_name", list(REPORTS))
def test_plain_section_names_are_keyed(report_name: str, fmt: str) -> None:
    sections = REPORTS[report_name]
    make, name = FORMATS[fmt]
    report = parse_bytes(make("Flood update #3", sections), name)[0]
    assert [(s.heading, s.key) for s in report.sections] == [(h, k) for h, k, _ in sections]
    for section in report.sections:
        if section.key == "risks":
            assert [i.mitigation for i in section.items] == [section.items[0].text.split(": ", 1)[1]]
