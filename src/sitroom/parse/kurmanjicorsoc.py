"""Section names in Kurmanji, Corsican and Occitan (Aranese as the Val d'Aran writes it), for the vocabulary
(``sitroom.parse.vocabulary``, merged by way of ``sitroom.parse.incidentwords``).

A Kurdish association or a local council in north-east Syria or south-east Turkey reports in Kurmanji: the summary
("Kurtasî", "Xalên sereke"), the situation now ("Rewşa niha"), the weather forecast ("Pêşbîniya hewayê"), the effects
("Bandor", "Bandorên li ser malbatan") and the damage ("Zirar"), the aid given ("Alîkariya hatî dayîn"), the staff and
volunteers ("Karmend û xwebexş"), the costs ("Lêçûn"), the risks ("Metirsî"), the communication ("Ragihandin") and the
next steps ("Gavên bê", "Gavên din"). A Corsican commune's committee writes the summary ("Riassuntu"), the support to
the population ("Sustegnu à a pupulazione"), the volunteers ("Vuluntarii"), the risks ("Risichi", "Periculi") and the
next stages ("Prossime tappe"). An Aranese council writes the damage ("Damnatges"), the staff and volunteers
("Personau e voluntaris"), the expenses ("Despenes") and the planned actions ("Actuacions previstes"). A risk's
mitigation lead ("Tedbîr:", "Misura:", "Mesura:") is ``sitroom.parse.risks``'.
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
KURMANJI_CORSICAN_OCCITAN: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: ("kurtasi", "kurte", "puxte", "xalen sereke", "riassuntu", "resum", "resumit"),
    K.SITUATION: (
        "rewsa niha", "rewsa giste", "rewsa heyi", "rewsa", "situazione attuale",
        "situacion actuau", "situacion generau", "estat actuau",
    ),
    K.FORECAST: (
        "pesbiniya hewaye", "pesbini", "pesbiniya", "rewsa hewaye", "previsione meteo", "prevision deth temps",
    ),
    K.IMPACTS: (
        "bandor", "bandoren", "bandora", "zirar", "ziyan", "ziyanen", "bandoren li ser malbatan", "danni",
        "damnatges", "damnatge", "consequencias",
    ),
    K.ASSISTANCE: (
        "alikari", "alikariya hati dayin", "alikariya mirovi", "alikariyen", "sustegnu a a pupulazione",
        "sustegnu a a populazione", "sustegnu", "aiutu", "ajuda ara populacion", "ajuda",
    ),
    K.RESPONSE: ("bersiv", "bersivdan", "risposta", "intervenzione", "intervencions"),
    K.WORKFORCE: (
        "karmend", "karmend u xwebexs", "xwebexs", "xwebexsen", "vuluntarii", "vuluntariu", "persunale",
        "personau e voluntaris", "personau", "voluntaris",
    ),
    K.FINANCE: ("lecun", "lecunen", "darayi", "budce", "spese", "finanze", "despenes", "despensa"),
    K.RISKS: ("metirsi", "metirsiyen", "xeter", "xetere", "risichi", "risicu", "periculi", "periculu", "risques"),
    K.COMMUNICATIONS: ("ragihandin", "agahdari", "cumunicazione", "comunicacion"),
    K.NEXT_STEPS: (
        "gaven be", "gaven din", "gaven pes", "gava be", "prossime tappe", "prossimi passi", "passi dopu",
        "actuacions previstes", "accions previstes", "actuaciones previstas", "propleus passes",
    ),
}  # fmt: skip
