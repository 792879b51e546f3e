"""Section names in Kurdish (Sorani), Kirundi, Luganda and Ladin, for the vocabulary (``sitroom.parse.vocabulary``,
merged by way of ``sitroom.parse.incidentwords``).

A Kurdistan Region governorate's emergency office, a Burundian commune, a Ugandan district and a Ladin valley's
municipalities name the parts of a report everyone names: the summary ("کورتە", "Mu bufunze"), the situation ("دۆخی
ئێستا", "Uko ibintu vyifashe", "Embeera bw'eri"), the damage ("زیانەکان", "Ebyonooneddwa"), the help for
the people ("هاوکاری بۆ خەڵک", "Imfashanyo", "Obuyambi eri abantu", "Aiüt ala jënt"), the teams and volunteers, the
costs ("تێچووەکان", "Ensimbi", "Cosć"), the risks ("مەترسییەکان", "Ivyago bishoboka", "Obulabe", "Pericui") and the
next steps. The words are compared folded, as the vocabulary's are; a word another language uses for something else
(the Ladin "Dans", damage, is the French "in") is left out.
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
SORANI_KIRUNDI: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: ("کورتە", "پوختە", "mu bufunze", "incamake"),
    K.SITUATION: ("دۆخی ئێستا", "دۆخ", "uko ibintu vyifashe", "embeera bw eri", "embeera"),
    K.IMPACTS: ("زیانەکان", "زیان", "ebyonooneddwa", "ebyakoseddwa"),
    K.ASSISTANCE: ("هاوکاری بۆ خەڵک", "هاوکاری", "imfashanyo", "obuyambi eri abantu", "obuyambi", "aiut ala jent",
                   "aiut"),
    K.WORKFORCE: ("تیم و خۆبەخشەکان", "خۆبەخشەکان", "abakorerabushake", "bannakyewa", "abakozi"),
    K.FINANCE: ("تێچووەکان", "تێچوو", "amafaranga", "ensimbi", "cosc"),
    K.RISKS: ("مەترسییەکان", "مەترسی", "ivyago bishoboka", "ivyago", "obulabe obuyinza okubaawo", "obulabe",
              "pericui", "pericul"),
    K.NEXT_STEPS: ("هەنگاوەکانی داهاتوو", "ibigiye gukorwa", "ebigenda okukolebwa", "proscimi pasc"),
}  # fmt: skip
