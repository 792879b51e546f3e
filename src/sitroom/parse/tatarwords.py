"""Section names in Tatar, for the vocabulary (``sitroom.parse.vocabulary``, merged by way of
``sitroom.parse.incidentwords``).

A district of Tatarstan writes its operative information ("оператив мәгълүмат") in Tatar, in Cyrillic letters ("ә",
"ө", "ү", "җ", "ң", "һ"): the brief information, the current situation, the forecast, the damage caused, the forces
and means, the expenses, the dangers and the next steps.
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
TATAR: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: ("Кыскача мәгълүмат", "Кыскача", "Йомгак"),
    K.SITUATION: ("Хәзерге вазгыять", "Вазгыять", "Хәзерге хәл"),
    K.FORECAST: ("Һава торышы фаразы", "Фараз", "Су дәрәҗәсе һәм һава торышы фаразы"),
    K.IMPACTS: ("Китерелгән зыян", "Зыян"),
    K.ASSISTANCE: ("Ярдәм", "Гуманитар ярдәм"),
    K.RESPONSE: ("Күрелгән чаралар",),
    K.WORKFORCE: ("Көчләр һәм чаралар", "Шәхси состав", "Хезмәткәрләр"),
    K.FINANCE: ("Чыгымнар", "Финанслау"),
    K.RISKS: ("Куркынычлар", "Куркыныч", "Хәвеф-хәтәр"),
    K.ADVICE: ("Халыкка киңәшләр",),
    K.COMMUNICATIONS: ("Халыкка хәбәр итү",),
    K.NEXT_STEPS: ("Киләсе адымнар", "Алдагы чаралар"),
}  # fmt: skip
