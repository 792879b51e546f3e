"""Section names in Mauritian and Seychellois Kreol, for the vocabulary (``sitroom.parse.vocabulary``, merged by way
of ``sitroom.parse.incidentwords``).

A Mauritian municipal council or a Seychellois district administration names the parts of its notice as every
report does: the summary ("Rezime", "Pwin prensipal"), the situation ("Lasitiasion"), the damage ("Dega"), the help
for residents ("Led pou bann rezidan", "Sant refiz"), the staff ("Personel", "Lekip"), the spending ("Depans"),
the risks ("Risk"), the advice ("Konsey") and the next steps ("Prosenn etap"). The words are compared folded, as the
vocabulary's are.
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
KREOL: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: ("rezime", "pwin prensipal", "bann pwin prensipal", "pwin kle"),
    K.SITUATION: ("lasitiasion", "lasitiasion zordi", "lasitiasion aktyel", "sitiasyon"),
    K.IMPACTS: ("dega", "bann dega", "konsekans", "dimounn afekte", "lakaz inonde"),
    K.ASSISTANCE: ("led pou bann rezidan", "led pou rezidan", "led", "sant refiz", "sant akey", "asistans"),
    K.WORKFORCE: ("personel", "lekip", "bann lekip", "travayer", "volonter"),
    K.FINANCE: ("depans", "bann depans", "finans", "kout"),
    K.RISKS: ("risk", "bann risk", "danze"),
    K.ADVICE: ("konsey", "konsey pou piblik", "konsey pou rezidan"),
    K.NEXT_STEPS: ("prosenn etap", "bann prosenn etap", "lepwin prosenn"),
}  # fmt: skip
