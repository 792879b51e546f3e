"""Section names in Tajik, for the vocabulary (``sitroom.parse.vocabulary``, merged by way of
``sitroom.parse.incidentwords``).

A district's civil defence headquarters or the Committee of Emergency Situations writes its information note
("маълумотнома") in Tajik, in Cyrillic letters ("ҷ", "ӣ", "ӯ", "ҳ", "қ", "ғ"): the summary ("Хулоса"), the current
situation ("Вазъияти ҷорӣ"), the weather forecast, the damage done, the humanitarian aid, the forces and means
engaged, the expenses, the risks and dangers, the informing of the population and the further measures.
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
TAJIK: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: ("Хулоса", "Хулосаи мухтасар", "Маълумоти мухтасар"),
    K.SITUATION: ("Вазъияти ҷорӣ", "Вазъият", "Вазъияти умумӣ", "Ҳолати ҷорӣ"),
    K.FORECAST: ("Пешгӯии обу ҳаво", "Пешгӯӣ", "Обу ҳаво"),
    K.IMPACTS: ("Хисороти расонидашуда", "Хисорот", "Оқибатҳо", "Зарар"),
    K.ASSISTANCE: ("Кӯмаки башардӯстона", "Кӯмак", "Кӯмак ба аҳолӣ"),
    K.RESPONSE: ("Чораҳои андешидашуда", "Корҳои анҷомдода", "Корҳои наҷотдиҳӣ"),
    K.WORKFORCE: ("Қувва ва воситаҳо", "Қувваҳо ва воситаҳо", "Ҳайати шахсӣ", "Кормандон"),
    K.FINANCE: ("Хароҷот", "Маблағгузорӣ", "Буҷет"),
    K.RISKS: ("Хатарҳо", "Хатар", "Таҳдидҳо", "Хатарҳои эҳтимолӣ"),
    K.COMMUNICATIONS: ("Огоҳонии аҳолӣ", "Иттилоърасонӣ ба аҳолӣ", "Иттилоот"),
    K.NEXT_STEPS: ("Чораҳои минбаъда", "Нақшаҳо", "Корҳои минбаъда", "Қадамҳои навбатӣ"),
}  # fmt: skip
