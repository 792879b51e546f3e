"""Section names in Setswana and Sesotho, for the vocabulary (``sitroom.parse.vocabulary``).

A South African or Botswana municipality's disaster management centre, or a Lesotho district council, writing its
report in Setswana or Sesotho names the summary ("Kakaretso"), the situation ("Maemo", "Boemo"), the weather forecast
("Ponelopele ea boemo ba leholimo"), the consequences ("Ditlamorago", "Ditlamorao", "Litlamorao" as Lesotho spells
it), the help given ("Thuso e fanoeng"), the response ("Tsibogo", "Karabelo"), the workers ("Badiri", "Basebetsi"),
the costs and money ("Ditshenyegelo", "Ditjeo", "Lichelete"), the risks ("Dikotsi", "Likotsi"), the communication
("Tlhaeletsano", "Puisano") and the next steps ("Dikgato tse di latelang", "Mehato e latelang"). Their risk's
mitigation lead ("Kganelo:", "Thibelo:") is ``sitroom.parse.risks``'.
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
SOTHO: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: ("kakaretso", "kakaretso ya pego", "dintlha tse dikgolo", "dintlha tsa bohlokwa"),
    K.SITUATION: ("maemo", "maemo a jaanong", "maemo a gompieno", "boemo", "boemo ba hajwale", "boemo ba jwale"),
    # the weather forecast: "Ponelopele ea boemo ba leholimo" (as Lesotho spells it), "Ponelopele ya maemo a bosa"
    K.FORECAST: (
        "ponelopele", "ponelopele ea boemo ba leholimo", "ponelopele ya boemo ba lehodimo", "boemo ba leholimo",
        "boemo ba lehodimo", "ponelopele ya maemo a bosa", "maemo a bosa",
    ),
    K.IMPACTS: (
        "ditlamorago", "ditlamorao", "tshenyo", "tshenyego", "ditshenyo", "ba ba amegileng", "ba amehileng",
        # ... as Lesotho spells them, "li-" where South Africa writes "di-": "Litlamorao", "Tšenyo"
        "litlamorao", "tsenyo", "litsenyo",
    ),
    K.RESPONSE: ("tsibogo", "karabelo", "dikgato tse di tserweng", "mehato e nkuweng", "mehato e nkuoang", "thuso"),
    # the help given, handed out: "Thuso e fanoeng", "Thuso e abiloeng", "Liphallelo" (relief)
    K.ASSISTANCE: (
        "thuso e fanoeng", "thuso e fanweng", "thuso e abiloeng", "thuso e abilweng", "thuso e e neilweng",
        "liphallelo", "diphallelo",
    ),
    K.WORKFORCE: ("badiri", "basebetsi", "badiri le didirisiwa", "basebetsi le disebediswa"),
    K.FINANCE: (
        "ditshenyegelo", "ditjeo", "madi", "tekanyetsokabo", "tjhelete",
        # ... "Lichelete" (money), "Litšenyehelo" (costs), as Lesotho spells them
        "lichelete", "chelete", "ditjhelete", "litsenyehelo", "ditshenyehelo",
    ),
    K.RISKS: ("dikotsi", "kotsi", "likotsi", "dikgwetlho", "mathata"),
    K.COMMUNICATIONS: ("tlhaeletsano", "puisano", "kitsiso", "tsebiso", "tlhaeletsano le setšhaba"),
    K.NEXT_STEPS: ("dikgato tse di latelang", "dikgato tse di tlang", "mehato e latelang", "mehato e tlang"),
}  # fmt: skip
