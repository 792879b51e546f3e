"""Section names of reports in Kabyle, Chamorro and Saint Lucian Kwéyòl keyed as in every report: the summary, the
situation, the damage, the help to the residents, the people at work, the money, the dangers and the work to come.
In HTML and Markdown."""

from __future__ import annotations

import pytest
from keyed_formats import html_page, markdown

from sitroom.read import parse_bytes

REPORTS = {
    "kabyle": ("Aneqqis n tegnit wis 2", [
        ("Agzul", "highlights", ["Times i d-yekkren ass n 9 Ɣuct yeṭṭef tizgwa d yigran."]),
        ("Tagnit tamirant", "situation", ["Taẓɣelt tameqqrant n wass-a (°C): 41."]),
        ("Ixṣaṛen", "impacts", ["Ixxamen i yerɣan: 34."]),
        ("Tallelt i yimezdaɣ", "assistance", ["Tiwaculin i yettwasekren deg uɣerbaz: 23."]),
        ("Imttekkiyen", "workforce", ["Ilmeẓyen n taddart i yettekkin deg usexsi n times: 19."]),
        ("Idrimen", "finance", ["Agraw yessuter 3 570 000 DA seg APC."]),
        ("Uguren", "risks", ["Aman n taddart ur ttawḍen ara ɣer yal axxam."]),
        ("Tigawin i d-iteddun", "next-steps", ["Aneqqis i d-iteddun ad d-yeffeɣ ass n 13 Ɣuct."]),
    ]),
    "chamorro": ("Ripot situasion pakyo – numeru 2", [
        ("Mas impottånte", "highlights", ["I pakyo ni malofan ha yulang meggai na guma'."]),
        ("Estao i pakyo", "situation", ["I National Weather Service na ti para u fanmåtto' otro pakyo."]),
        ("Empleao yan boluntario", "workforce", ["Empleao yan boluntario ni manmacho'cho': 81."]),
        ("Gåstu", "finance", ["Gåstu asta på'go: $36,830."]),
        ("Peligro siha", "risks", ["Peligro para dengue sa' meggai na hånom ni pa'go."]),
        ("Sigiente na che'cho'", "next-steps", ["I sigiente na ripot para u ma na'huyong gi 6 Oktubre."]),
    ]),
    "kweyol": ("Wapò sitiyasyon No. 2", [
        ("Sa ki pli enpòtan", "highlights", ["Fanmi ki afèkté: 813."]),
        ("Domaj", "impacts", ["Kay ki domajé: 32."]),
        ("Èd pou moun", "assistance", ["Lakwa Wouj épi NEMO ba fanmi-yo manjé, dlo épi matla."]),
        ("Travayè épi volontè", "workforce", ["Volontè épi travayè ki ka travay asou téren-an: 50."]),
        ("Lajan", "finance", ["Lajan nou ja dépansé: EC$146,200."]),
        ("Danjé", "risks", ["Danjé pou plis glisman tè: i ka monté."]),
        ("Sa nou kay fè apwé", "next-steps", ["Pwochen wapò-a kay vini 4 Novanm."]),
    ]),
}  # fmt: skip


@pytest.mark.parametrize("make,name", [(html_page, "r.html"), (markdown, "r.md")], ids=["html", "md"])
@pytest.mark.parametrize("language", sorted(REPORTS))
def test_the_sections_are_keyed(make, name: str, language: str) -> None:
    title, sections = REPORTS[language]
    report = parse_bytes(make(title, sections), name)[0]
    assert [(s.heading, s.key) for s in report.sections] == [(h, k) for h, k, _ in sections]
