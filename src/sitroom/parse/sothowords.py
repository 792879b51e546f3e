"""Section names in Setswana and Sesotho, for the vocabulary (``sitroom.parse.vocabulary``).

A South African or Botswana municipality's disaster management centre, or a Lesotho district council, writing its
report in Setswana or Sesotho names the summary ("Kakaretso"), the situation ("Maemo", "Boemo"), the consequences
("Ditlamorago", "Ditlamorao"), the response ("Tsibogo", "Karabelo"), the workers ("Badiri", "Basebetsi"), the costs
("Ditshenyegelo", "Ditjeo"), the risks ("Dikotsi", "Likotsi"), the communication ("Tlhaeletsano", "Puisano") and
the next steps ("Dikgato tse di latelang", "Mehato e latelang"). Their risk's mitigation lead ("Kganelo:",
"Thibelo:") is ``sitroom.parse.risks``'.
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
SOTHO: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: ("kakaretso", "kakaretso ya pego", "dintlha tse dikgolo", "dintlha tsa bohlokwa"),
    K.SITUATION: ("maemo", "maemo a jaanong", "maemo a gompieno", "boemo", "boemo ba hajwale", "boemo ba jwale"),
    K.IMPACTS: ("ditlamorago", "ditlamorao", "tshenyo", "tshenyego", "ditshenyo", "ba ba amegileng", "ba amehileng"),
    K.RESPONSE: ("tsibogo", "karabelo", "dikgato tse di tserweng", "mehato e nkuweng", "thuso"),
    K.WORKFORCE: ("badiri", "basebetsi", "badiri le didirisiwa", "basebetsi le disebediswa"),
    K.FINANCE: ("ditshenyegelo", "ditjeo", "madi", "tekanyetsokabo", "tjhelete"),
    K.RISKS: ("dikotsi", "kotsi", "likotsi", "dikgwetlho", "mathata"),
    K.COMMUNICATIONS: ("tlhaeletsano", "puisano", "kitsiso", "tsebiso", "tlhaeletsano le setšhaba"),
    K.NEXT_STEPS: ("dikgato tse di latelang", "dikgato tse di tlang", "mehato e latelang", "mehato e tlang"),
}  # fmt: skip
