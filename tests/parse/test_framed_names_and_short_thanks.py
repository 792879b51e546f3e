"""Plain text that frames its section names with marks ("*** SITUATION ***", "=== Risks ==="), three or more: the text
names its sections so, and a line in capitals that no marks frame (the sending body's name over the letter) is none
of them. And a thanks of up to three words on a line of its own ("Thank you all.", "Akpe na mi.") over the short
lines of who sends it closes the report.

Layouts: English with "***", French with "===", Ewe with "***" (a language no vocabulary reads), each closed by a
thanks over a name, a post and a telephone.
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

EN = ("WARD DEVELOPMENT COMMITTEE OF RIVERSIDE", "Thank you all.", "Secretary, ward committee", [
    ("SUMMARY", ["Heavy rain since Saturday has flooded the lower streets."]),
    ("SITUATION NOW", ["- Rain in the last 24 hours (mm): 177.", "- More rain is expected this week."]),
    ("DAMAGE", ["- People injured: 38.", "- Homes flooded: 120."]),
    ("NEXT STEPS", ["- Next report: 16 June."]),
])  # fmt: skip
FR = ("COMITÉ DE QUARTIER DE BÈ-KPOTA", "Merci à tous.", "Secrétaire, comité de quartier", [
    ("Résumé", ["De fortes pluies depuis samedi ont inondé les rues basses."]),
    ("Situation", ["- Pluie en 24 heures (mm) : 177.", "- D'autres pluies sont attendues cette semaine."]),
    ("Dégâts", ["- Personnes blessées : 38.", "- Maisons inondées : 120."]),
    ("Prochaines étapes", ["- Prochain rapport : 16 juin."]),
])  # fmt: skip
EE = ("COMITÉ DE DÉVELOPPEMENT DE QUARTIER DE BÈ-KPOTA", "Akpe na mi.", "Nuŋlɔla, CDQ Bè-Kpota", [
    ("NYA VEVITƆWO", ["Ŋkeke si dzi tsidzadza gã la dze egɔme: masa 13 lia."]),
    ("ALESI NUWO LE FIFIA", ["- Tsi si dza le gaƒoƒo 24 me (mm): 177.", "- Tsi agadza le ŋkeke siwo gbɔna me."]),
    ("NUSIWO TSIƉƆƉƆ LA GBLẼ", ["- Ame siwo xɔ abi: 38.", "- Aƒe siwo me tsi ge ɖo: 120."]),
    ("NUSIWO MÍAWƆ", ["- Nyatakaka si kplɔe ɖo: masa 16 lia."]),
])  # fmt: skip


def _text(doc: tuple, mark: str) -> bytes:
    sender, thanks, post, sections = doc
    out = [sender, "Commune Golfe 1 – Lomé", "Tél. : +228 90 12 34 56", ""]
    for name, lines in sections:
        out += [f"{mark} {name} {mark}", "", *lines, ""]
    out += [thanks, "", "Kossi Agbeko", post, "Tél. : +228 90 12 34 56", ""]
    return "\r\n".join(out).encode()


LAYOUTS = {"English": (EN, "***"), "French": (FR, "==="), "Ewe": (EE, "***")}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_framed_names_head_and_thanks_close(layout: str) -> None:
    doc, mark = LAYOUTS[layout]
    report = parse_bytes(_text(doc, mark), "update.txt")[0]
    headed = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading]
    assert headed == [(name, [line.removeprefix("- ") for line in lines]) for name, lines in doc[3]]
