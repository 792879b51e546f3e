"""Section names in Mauritian, Seychellois and Saint Lucian Kreol, for the vocabulary (``sitroom.parse.vocabulary``,
merged by way of ``sitroom.parse.incidentwords``).

A Mauritian municipal council or a Seychellois district administration names the parts of its notice as every
report does: the summary ("Rezime", "Pwin prensipal"), the situation ("Lasitiasion"), the damage ("Dega"), the help
for residents ("Led pou bann rezidan", "Sant refiz"), the staff ("Personel", "Lekip"), the spending ("Depans"),
the risks ("Risk"), the advice ("Konsey") and the next steps ("Prosenn etap"); a Saint Lucian district committee,
in Kwéyòl, "Sa ki pli enpòtan", "Domaj", "Èd pou moun", "Lajan", "Danjé" and "Sa nou kay fè apwé". The words are
compared folded, as the vocabulary's are.
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
KREOL: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: ("rezime", "pwin prensipal", "bann pwin prensipal", "pwin kle", "sa ki pli enpòtan"),
    K.SITUATION: ("lasitiasion", "lasitiasion zordi", "lasitiasion aktyel", "sitiasyon", "sitiyasyon"),
    K.IMPACTS: ("dega", "bann dega", "konsekans", "dimounn afekte", "lakaz inonde", "domaj"),
    K.ASSISTANCE: ("led pou bann rezidan", "led pou rezidan", "led", "sant refiz", "sant akey", "asistans",
                   "èd pou moun", "èd"),
    K.WORKFORCE: ("personel", "lekip", "bann lekip", "travayer", "volonter", "travayè épi volontè", "travayè"),
    K.FINANCE: ("depans", "bann depans", "finans", "kout", "lajan"),
    K.RISKS: ("risk", "bann risk", "danze", "danjé"),
    K.ADVICE: ("konsey", "konsey pou piblik", "konsey pou rezidan"),
    K.NEXT_STEPS: ("prosenn etap", "bann prosenn etap", "lepwin prosenn", "sa nou kay fè apwé"),
}  # fmt: skip
