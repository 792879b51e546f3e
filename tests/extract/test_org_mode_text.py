"""An Org file sent as text: its headlines are the sections (their tags and TODO keywords no part of them), its
title and date name and date the report, its settings, comments and drawers are the editor's, its table is a table,
its list entries are the points (a check box no part of one), and "*Mitigation:*" is bold. Plain text that sets
its points with "* " is no Org file.

Layouts: a tagged outline with a properties drawer and a table, the same with TODO keywords and nested headlines,
and one with only "#+" settings over untagged headlines."""

from __future__ import annotations

import pytest

from sitroom.extract.orgmode import is_orgmode
from sitroom.read import parse_bytes

HEAD = """#+TITLE: Diphtheria outbreak, Nyamurondo settlement: FEDT sitrep 4
#+AUTHOR: Dr Hannah Okello, team lead
#+DATE: [2026-03-05 Thu 18:00]
#+OPTIONS: toc:nil num:nil
"""
TAGGED = """
* Summary                                                           :summary:
- The diphtheria outbreak continues with 136 suspected cases
  since 10 Feb.

* Epidemiology                                                          :epi:
:PROPERTIES:
:SOURCE:   line list of 5 Mar 17:00
:END:
| Block | Suspected | Deaths |
|-------+-----------+--------|
| 3     |        44 |      1 |
- 27 cases have been confirmed by culture.

* Risks                                                               :risks:
- Spread to the host community is being monitored. *Mitigation:* Surveillance
  covers the two nearest health centres.

* Next steps                                                           :next:
- [ ] Send the next batch of swabs by 7 Mar.

# Local Variables:
# fill-column: 70
# End:
"""
TODO = TAGGED.replace("* Next steps", "* TODO Next steps").replace("* Risks", "* Risks [#A]")
PLAIN = "\n".join(line.split("   ")[0] for line in TAGGED.split("\n") if not line.startswith(":"))
WANT = {
    "Summary": ["The diphtheria outbreak continues with 136 suspected cases since 10 Feb."],
    "Epidemiology": ["27 cases have been confirmed by culture."],
    "Risks": [
        "Spread to the host community is being monitored. Mitigation: Surveillance covers the two nearest "
        "health centres."
    ],
    "Next steps": ["Send the next batch of swabs by 7 Mar."],
}


@pytest.mark.parametrize(
    "body", [TAGGED, TODO.replace("* Risks [#A]", "* Risks"), PLAIN], ids=["tags", "todo", "plain"]
)
def test_the_outline_is_read_as_sections_and_points(body: str) -> None:
    report = parse_bytes((HEAD + body).encode(), "sitrep-4.txt")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections} == WANT
    assert report.title == "Diphtheria outbreak, Nyamurondo settlement: FEDT sitrep 4"
    assert report.date.isoformat() == "2026-03-05"
    assert report.sections[2].items[0].mitigation == "Surveillance covers the two nearest health centres."


def test_plain_text_with_starred_points_is_no_org_file() -> None:
    text = "Flood update 3\n\n* Roads closed at Mill Lane\n* Rest centre open at the school\n"
    assert not is_orgmode(text.split("\n"))
