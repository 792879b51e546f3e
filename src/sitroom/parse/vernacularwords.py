"""Section names in Low German, Asturian, Upper Sorbian, Slovene, Hawaiian, and more of Czech, German, French and
Danish, for the vocabulary (``sitroom.parse.vocabulary``, merged by way of ``sitroom.parse.incidentwords``).

A dyke association on the North Sea coast writes in Low German the summary ("In 't Kört"), how things look now ("Wo
't nu utsüht"), the weather outlook ("Weerutsichten"), the people on duty ("Lüüd in 'n Insatz") and what comes next
("Wat as Nächstes kummt"); an Asturian parish its volunteers ("Voluntariáu"), the care of its neighbours ("Atención
a la vecindá") and its next steps ("Pasos siguientes", Spanish too); a Sorbian municipality its summary ("Zjeće"),
effects ("Wuskutki"), fire brigades ("Wohnjowe wobory"), costs ("Kóšty"), risks ("Riziki") and next steps ("Dalše
kroki"); a Slovene society its members and volunteers ("Člani in prostovoljci") and next steps ("Naslednji
koraki"); a Hawaiian homestead association the summary ("Hōʻuluʻulu manaʻo"), the situation ("Ke kūlana"), the
damage ("Nā pōʻino"), the help to families ("Ke kōkua i nā ʻohana"), staff and volunteers ("Nā limahana a me nā
manawaleʻa"), money ("Ke kālā"), the dangers ahead ("Nā pilikia e hiki mai ana") and next steps ("Nā hana aʻe"), the
ʻokina parting the words as the vocabulary folds them. A Czech office reports the current state ("Aktuální stav"),
the extent of damage ("Rozsah škod") and its workers and contractors ("Pracovníci a dodavatelé"); German volunteers
the weather outlook ("Wetteraussichten"), the helpers ("Helfende") and donations and spending ("Spenden und
Ausgaben"); a French service its staff deployed ("Agents mobilisés") and the follow-up ("Suites à donner"); a Danish
municipality the help to its citizens ("Hjælp til borgerne"); a Zamboanga barangay, in Chavacano, the risks ("Maga
riesgo", "maga" making the plural) and what it will still do ("Cosa ay hace pa").
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
VERNACULAR: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: ("in t kort", "kort un knapp", "zjece", "ho ulu ulu mana o"),
    K.SITUATION: ("wo t nu utsuht", "ke kulana", "aktualni stav", "aktualna situacija"),
    K.FORECAST: ("weerutsichten", "wedderutsichten", "wetteraussichten", "ke ano o ka lani"),
    K.IMPACTS: ("wuskutki", "skody", "na po ino", "rozsah skod", "skody na majetku"),
    K.ASSISTANCE: (
        "atencion a la vecinda", "ayuda al vecindariu", "ke kokua i na ohana", "ke kokua", "hjaelp til borgerne",
        "pomoc wobydlerjam",
    ),
    K.WORKFORCE: (
        "luud in n insatz", "luud", "voluntariau", "wohnjowe wobory", "clani in prostovoljci", "prostovoljci",
        "na limahana a me na manawale a", "na limahana", "pracovnici a dodavatele", "pracovnici", "helfende",
        "agents mobilises",
    ),
    K.FINANCE: ("kosty", "ke kala", "spenden und ausgaben", "spenden", "economia"),
    K.RISKS: ("riziki", "na pilikia e hiki mai ana", "na pilikia", "maga riesgo"),
    K.NEXT_STEPS: (
        "wat as nachstes kummt", "pasos siguientes", "siguientes pasos", "dalse kroki", "naslednji koraki",
        "na hana a e", "suites a donner", "cosa ay hace pa", "cosa ay hace",
    ),
}  # fmt: skip
