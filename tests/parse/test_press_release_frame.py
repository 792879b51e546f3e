"""A district office's press release: its label ("PRESS RELEASE", "పత్రికా ప్రకటన") over the report, and under the
last section the officer's name with the post run on in one line ("Dr. M. Suhasini District Medical and Health
Officer, NTR District") and who issued it ("Issued by: …", "జారీ చేసినవారు: …"). The label heads no section and
the signature's lines are no points. In English and Telugu."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

LANG = {
    "en": {
        "label": "PRESS RELEASE",
        "sections": [("1. Summary", ["Dengue cases confirmed so far: 85."]),
                     ("2. Next steps", ["A review meeting will be held on 16 October."])],
        "foot": ["Dr. M. Suhasini District Medical and Health Officer, NTR District",
                 "Issued by: District Information and Public Relations Officer, Vijayawada"],
    },
    "te": {
        "label": "పత్రికా ప్రకటన",
        "sections": [("1. సారాంశం", ["ఇప్పటివరకు నిర్ధారించిన డెంగ్యూ కేసులు: 85."]),
                     ("2. తదుపరి చర్యలు", ["16 అక్టోబర్‌న సమీక్షా సమావేశం జరుగుతుంది."])],
        "foot": ["జారీ చేసినవారు: జిల్లా సమాచార పౌర సంబంధాల అధికారి, విజయవాడ"],
    },
}  # fmt: skip


def _page(lang: dict) -> bytes:
    body = "".join(f"<h3>{h}</h3><ul>{''.join(f'<li>{p}</li>' for p in ps)}</ul>" for h, ps in lang["sections"])
    foot = "".join(f"<p>{line}</p>" for line in lang["foot"])
    label = f"<p style='text-align:center'><b>{lang['label']}</b></p>"
    return f"<html><body><main><h1>Dengue bulletin 2</h1>{label}{body}{foot}</main></body></html>".encode()


@pytest.mark.parametrize("language", list(LANG))
def test_a_press_releases_label_and_signature_are_its_frame(language: str) -> None:
    lang = LANG[language]
    report = parse_bytes(_page(lang), "release.html")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == lang["sections"]
