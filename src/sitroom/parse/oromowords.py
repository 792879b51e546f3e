"""Section names in Afaan Oromoo, for the vocabulary (``sitroom.parse.vocabulary``, merged by way of
``sitroom.parse.incidentwords``).

A woreda's or a zone's health office in Oromia writes its weekly report in Afaan Oromoo, in Latin letters with
doubled vowels and the apostrophe of the glottal stop ("Sakatta'iinsa"): the summary ("Cuunfaa"), the situation
("Haala …", the state of a disease, of the weather, of the area), the surveillance, the damage done, the aid, the
manpower, the budget and expenses, the risks, the advice to the community, the information given to the public and
the next steps.
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
OROMO: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: ("Cuunfaa", "Cuunfaa gabaasaa", "Qabxiilee ijoo", "Ijoo dubbii"),
    K.SITUATION: ("Haala", "Haala yeroo ammaa", "Haala waliigalaa", "Haala dhukkubaa", "Haala jiru"),
    K.SURVEILLANCE: ("Sakatta'iinsa", "Sakatta'iinsa dhukkubaa", "Hordoffii dhukkubaa", "To'annoo dhukkubaa"),
    K.FORECAST: ("Raaga qilleensaa", "Raaga haala qilleensaa", "Tilmaama"),
    K.IMPACTS: ("Miidhaa", "Miidhaa gahe", "Miidhaa qaqqabe", "Dhiibbaa"),
    K.ASSISTANCE: ("Gargaarsa", "Gargaarsa namoomaa", "Deeggarsa namoomaa"),
    K.RESPONSE: ("Tarkaanfiiwwan fudhataman", "Hojiiwwan hojjetaman", "Deebii"),
    K.WORKFORCE: ("Humna namaa", "Hojjettoota", "Humna ogeeyyii"),
    K.FINANCE: ("Baajata", "Baasii", "Maallaqa", "Baajataa fi baasii"),
    K.RISKS: ("Balaa", "Balaawwan", "Rakkoolee", "Sodaawwan"),
    K.ADVICE: ("Gorsa", "Gorsa hawaasaaf", "Gorsa fayyaa"),
    K.COMMUNICATIONS: ("Odeeffannoo hawaasaaf", "Qunnamtii", "Hubannoo uumuu"),
    K.NEXT_STEPS: ("Tarkaanfii itti aanu", "Tarkaanfiiwwan itti aanan", "Karoora itti aanu", "Hojii itti aanu"),
}  # fmt: skip
