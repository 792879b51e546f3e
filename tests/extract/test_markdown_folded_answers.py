"""A risk folded as a collapsible block, its sentence the summary and its answer a labelled line inside ("**Treatment:**
…", as a notes app exports a toggle, its page's properties as "Label: value" lines under the title): the answer is
that risk's, not a field, not a point of its own nor the next risk's.

Two layouts: the label in bold after a blank line, and a plain label on the line under the summary.
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

RISKS = [
    ("Contamination of drinking water in rural supplies.", "A boil water notice is in place."),
    ("Risk of stopbank failure on the lower river is rising.", "Stopbanks are patrolled every two hours."),
]


def _page(bold: bool) -> bytes:
    label = "**Treatment:**" if bold else "Treatment:"
    gap = "\n" if bold else ""
    folds = "".join(
        f"<details>\n<summary>{risk}</summary>\n{gap}\n{label} {answer}\n\n</details>\n\n" for risk, answer in RISKS
    )
    fields = "\n".join(["Status: Issued", "Date: 13 February 2025", "Owner: ECC", "Tags: Cyclone", "To: Partners"])
    comms = "## Communications\n\n- Calls to the freephone line: 847.\n"
    return f"# Situation Report 1\n\n{fields}\n\n## Risks\n\n{folds}{comms}".encode()


@pytest.mark.parametrize("bold", [True, False], ids=["bold", "plain"])
def test_a_folded_risks_labelled_answer_is_its_mitigation(bold: bool) -> None:
    report = parse_bytes(_page(bold), "sitrep.md")[0]
    risks = {s.heading: [(i.text, i.mitigation) for i in s.items] for s in report.sections}["Risks"]
    assert [(text.split(" Treatment:")[0], mitigation) for text, mitigation in risks] == RISKS
