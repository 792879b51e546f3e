"""Section names in Kyrgyz, for the vocabulary (``sitroom.parse.vocabulary``, merged by way of
``sitroom.parse.incidentwords``).

A Kyrgyz district administration, the Ministry of Emergency Situations' regional department or a nature park names
the parts of its report as its Kazakh-writing neighbours do, in its own words and letters ("ң", "ө", "ү"): the
summary ("Кыскача маалымат"), the situation ("Учурдагы абал", "Кырдаал"), the weather forecast, the consequences
and damage, the measures taken and the work done, the aid to the population, the forces and means engaged (the
staff and equipment a response deploys), the costs, the risks and dangers, informing the population, the
recommendations and the next steps.
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
KYRGYZ: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: (
        "Кыскача маалымат", "Кыскача баяндама", "Негизги маалыматтар", "Негизги маалымат", "Негизгилер",
        "Кыскача", "Жыйынтык",
    ),
    K.SITUATION: (
        "Учурдагы абал", "Абал", "Жалпы абал", "Кырдаал", "Учурдагы кырдаал", "Жалпы кырдаал", "Оперативдик кырдаал",
        "Жагдай", "Учурдагы жагдай",
    ),
    K.FIGURES: ("Сандар", "Негизги көрсөткүчтөр", "Көрсөткүчтөр", "Статистика"),
    K.FORECAST: ("Аба ырайы", "Аба ырайынын божомолу", "Божомол", "Гидрологиялык божомол"),
    K.IMPACTS: ("Кесепеттер", "Зыян", "Келтирилген зыян", "Таасири", "Жабыркагандар", "Зыяндын көлөмү"),
    K.RESPONSE: (
        "Көрүлгөн чаралар", "Чаралар", "Иш-чаралар", "Аткарылган иштер", "Жүргүзүлгөн иштер", "Куткаруу иштери",
        "Көрүлүп жаткан чаралар",
    ),
    K.ASSISTANCE: ("Жардам", "Гуманитардык жардам", "Калкка жардам", "Убактылуу жайгаштыруу", "Эвакуация"),
    K.WORKFORCE: (
        "Күчтөр жана каражаттар", "Тартылган күчтөр жана каражаттар", "Тартылган күчтөр", "Жеке курам",
        "Кызматкерлер", "Персонал", "Ыктыярчылар",
    ),
    K.FINANCE: ("Чыгымдар", "Каржы", "Каржылоо", "Бюджет", "Сарпталган каражат", "Чыгашалар"),
    K.RISKS: ("Тобокелдиктер", "Тобокелдик", "Коркунучтар", "Мүмкүн болгон коркунучтар", "Көйгөйлөр"),
    K.COMMUNICATIONS: (
        "Калкка маалымдоо", "Маалымдоо", "Калкты маалымдоо", "Коомчулукка маалымат", "Массалык маалымат каражаттары",
        "Калкка маалымат берүү", "Маалымат берүү",
    ),
    K.ADVICE: ("Сунуштар", "Калкка сунуштар", "Кеңештер"),
    K.NEXT_STEPS: (
        "Кийинки кадамдар", "Алдагы иштер", "Пландар", "Алдыдагы милдеттер", "Кийинки иш-чаралар",
        "Пландалган иш-чаралар",
    ),
}  # fmt: skip
