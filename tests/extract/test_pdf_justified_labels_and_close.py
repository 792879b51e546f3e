"""Two things a PDF's lines carry that are easy to misread:

- a justified line spaces its words wide, so a bold label run in after a sentence ("… is increasing.
  **Mitigating measures:** Cholera kits …") stands further from its neighbours than a space: it is the same
  line, the risk's mitigation, not a heading beside it;
- the fields that close a report, set as bold labels ("Prochain point de situation : …", "Contacts : …",
  "Next update: …"), are its close: no heading and no item.

Drawn on a canvas in English and in French."""

from __future__ import annotations

import pytest
from pdf_sheets import BOLD, REGULAR, Sheet

from sitroom.read import parse_bytes

LAYOUTS = {
    "en": {
        "heading": "Challenges and Risks",
        "risk": "The risk of cholera spreading to the sites is increasing.",
        "label": "Mitigating measures:",
        "rest": ["Cholera kits and oral", "rehydration points pre-positioned in all sites."],
        "close": [("Next update:", "Monday 11 March 2024 at 16:00"), ("Contacts:", "Field office – ops@example.org")],
    },
    "fr": {
        "heading": "Points de vigilance",
        "risk": "Le risque de saturation des urgences fait l'objet d'un suivi.",
        "label": "Mesures de gestion :",
        "rest": ["Régulation renforcée par", "le SAMU et ouverture de lits supplémentaires."],
        "close": [
            ("Prochain point de situation :", "mardi 30 juillet 2024 à 11 h 00"),
            ("Contacts :", "Cellule régionale d'appui – alerte@ars.example.fr"),
        ],
    },
}
FIRST = "Situation"
FIRST_ITEM = "Heavy rain fell across the region for three days."


def _pdf(lang: str) -> bytes:
    spec = LAYOUTS[lang]
    s = Sheet(size=9)
    s.line("Situation Report 4", font=BOLD, size=16)
    s.gap()
    s.heading(FIRST, size=11)
    s.para([FIRST_ITEM])
    s.heading(spec["heading"], size=11)
    # one justified line: the sentence, the bold label and the first words, spread to the right margin
    x = s.text(s.left, s.y, spec["risk"]) + 13
    x = s.text(x, s.y, spec["label"], BOLD) + 13
    s.text(s.right - s.c.stringWidth(spec["rest"][0], REGULAR, 9), s.y, spec["rest"][0])
    s.y -= s.lead
    s.para([spec["rest"][1]])
    s.gap()
    for label, value in spec["close"]:
        end = s.text(s.left, s.y, label, BOLD, 8)
        s.text(end + 3, s.y, value, REGULAR, 8)
        s.y -= 8 * 1.35
    return s.pdf()


@pytest.mark.parametrize("lang", LAYOUTS)
def test_a_justified_risk_keeps_its_label_and_the_closing_fields_are_no_section(lang: str) -> None:
    spec = LAYOUTS[lang]
    report = parse_bytes(_pdf(lang), f"sitrep-{lang}.pdf")[0]
    assert [s.heading for s in report.sections] == [FIRST, spec["heading"]]
    risk = report.sections[-1].items
    assert len(risk) == 1
    assert risk[0].text.startswith(spec["risk"])
    assert risk[0].mitigation == " ".join(spec["rest"])
