"""Section names in Sardinian and Northern Sami, for the vocabulary (``sitroom.parse.vocabulary``, merged by way of
``sitroom.parse.incidentwords``).

A Sardinian commune's barracelli company reports the summary ("Resumu"), the situation ("Situatzione"), the weather
forecast ("Previsiones de su tempus"), the damage ("Dannos"), the help to the population ("Agiudu a sa
populatzione"), the barracelli on duty ("Barratzellos in servìtziu"), the expenses ("Ispesas"), the risks
("Arriscos") and the next steps ("Passos imbenientes"). A reindeer herding district writes in Northern Sami the summary
("Čoahkkáigeassu"), the situation now ("Dilli dál"), the weather forecast ("Dálkedieđáhus"), the effects
("Váikkuhusat"), the support ("Doarjja"), the workforce ("Bargoveahka"), the costs ("Golut"), the risks ("Riskkat")
and the next steps ("Boahtte lávkkit"). A risk's mitigation lead ("Providèntzia:", "Doaibmabijut:") is
``sitroom.parse.risks``'.
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
SARDO_SAMI: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: ("resumu", "in curtzu", "coahkkaigeassu", "oanehaccat"),
    K.SITUATION: ("situatzione", "situatzione atuale", "dilli dal", "dilli", "dalas dilli"),
    K.FORECAST: ("previsiones de su tempus", "previsione de su tempus", "dalkediedahus", "dalkediedut"),
    K.IMPACTS: ("dannos", "dannu", "vaikkuhusat", "vaikkuhusat ealui", "vahagat"),
    K.ASSISTANCE: ("agiudu a sa populatzione", "agiudu", "doarjja", "doarjja siiddaide", "veahkki"),
    K.WORKFORCE: (
        "barratzellos in servitziu", "barratzellos", "personale", "bargoveahka", "bargit", "eaktodahtolaccat",
    ),
    K.FINANCE: ("ispesas", "ispesa", "dinari", "golut", "ruhta"),
    K.RISKS: ("arriscos", "arriscu", "perigulos", "riskkat", "riska", "varat"),
    K.COMMUNICATIONS: ("comunicatzione", "diehtojuohkin", "gulahallan"),
    K.NEXT_STEPS: ("passos imbenientes", "passos chi benint", "boahtte lavkkit", "boahtte lavkit", "boahtte bargut"),
}  # fmt: skip
