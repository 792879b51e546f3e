"""Section names in Bambara, Hausa, Solomon Islands Pijin and Albanian that the other language modules lack, for the
vocabulary (``sitroom.parse.vocabulary``, merged by way of ``sitroom.parse.incidentwords``).

A Malian community health association writing in Bambara (its official letters "ɛ", "ɔ", "ɲ"), a Nigerien communal
committee in Hausa, a Solomon Islands provincial disaster office in Pijin and a Kosovan municipality in Albanian name
the parts of their reports as every report does: the short news ("Kunnafoni surun"), the weather as it is ("Yanayin
ruwan sama", "Wetha an solwata"), the consequences and damage ("Kɔlɔlɔw", "Damis"), the help given ("Dɛmɛ min kɛra",
"Tallafin da aka bayar", "Helpem olketa pipol"), the workers ("Baarakɛlaw", "Waka man an olketa tim", "Stafi"), the
costs ("Musakaw", "Selen", "Kostot"), the risks ("Faratiw", "Haɗurra") and the work to come ("Baara nataw", "Hapat e
ardhshëm"). The words are compared folded, as the vocabulary's are.
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
SAHEL_PACIFIC: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: ("kunnafoni surun", "kunnafoni kunbabaw", "pontos chave", "pontos chaves"),
    K.SITUATION: (
        "funteni cogoya", "cogoya", "yanayin ruwan sama", "yanayin da ake ciki", "wetha an solwata", "wetha",
        "gjendja aktuale", "gjendja", "gjendja e pergjithshme",
        # the hazard's own activity, as an earthquake swarm's or a volcano's report names it
        "attivita sismica", "actividad sismica", "seismic activity", "activite sismique", "volcanic activity",
        "actividad volcanica", "activite volcanique", "attivita vulcanica",
    ),
    K.IMPACTS: ("kololow", "kɔlɔlɔw", "funteni kɔlɔlɔw", "damis", "olketa damis", "ndikimi", "ndikimet", "demet"),
    K.ASSISTANCE: (
        "dɛmɛ min kɛra", "dɛmɛ", "tallafin da aka bayar", "tallafi", "helpem olketa pipol", "helpem pipol",
        "sherbimet per qytetaret", "ndihma per qytetaret", "apoio as familias", "apoio as populacoes",
    ),
    K.WORKFORCE: ("baarakɛlaw", "waka man an olketa tim", "olketa tim", "waka man", "stafi", "personeli"),
    K.FINANCE: ("musakaw", "musaka", "selen", "kostot", "shpenzimet"),
    K.RISKS: ("faratiw", "farati", "haɗurran da ake fuskanta", "haɗurra", "hadurran da ake fuskanta", "rreziqet"),
    K.NEXT_STEPS: ("baara nataw", "hapat e ardhshem", "hapat e radhes", "olketa nekis step", "nekis step"),
}  # fmt: skip
