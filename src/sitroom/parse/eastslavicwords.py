"""Section names in Belarusian, and the Russian and Ukrainian names of work done, for the vocabulary
(``sitroom.parse.vocabulary``, merged by way of ``sitroom.parse.incidentwords``).

A Belarusian district executive committee, a town's housing and utilities enterprise or an emergency
department names the parts of its report as its Russian- and Ukrainian-writing neighbours do, in its own
spelling ("і" for "и", "ў", "э", "'" for the hard sign): the summary ("Кароткая інфармацыя", "Галоўнае"),
the situation ("Бягучая сітуацыя", "Абстаноўка"), the forecast, the consequences, the measures taken, the work
carried out, the aid to the population, the forces and means engaged (the staff and equipment a response
deploys), the costs, the risks, informing the population and the next steps. The words are compared folded,
as the vocabulary folds them ("ў" as "у", "й" as "и", "ё" as "е").
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
EAST_SLAVIC: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: (
        "Кароткая інфармацыя", "Кароткі змест", "Краткое содержание", "Короткий зміст", "Галоўнае",
        "Асноўнае", "Асноўныя звесткі", "Кароткі агляд", "Коратка", "Рэзюмэ",
        "Зводка", "Галоўныя падзеі",
    ),
    K.SITUATION: (
        "Сітуацыя", "Бягучая сітуацыя", "Агульная сітуацыя", "Апісанне сітуацыі", "Становішча", "Бягучае становішча",
        "Абстаноўка", "Аператыўная абстаноўка", "Агульная абстаноўка", "Стан", "Бягучы стан",
    ),
    K.FIGURES: ("У лічбах", "Асноўныя лічбы", "Лічбы", "Асноўныя паказчыкі", "Паказчыкі", "Статыстыка"),
    K.FORECAST: ("Прагноз", "Прагноз надвор'я", "Надвор'е", "Метэаралагічны прагноз", "Метэаумовы"),
    K.IMPACTS: (
        "Наступствы", "Пашкоджанні", "Страты", "Шкода", "Нанесеная шкода", "Уплыў на насельніцтва", "Уздзеянне",
        "Наступствы для насельніцтва",
    ),
    K.RESPONSE: (
        "Прынятыя меры", "Меры", "Мерапрыемствы", "Праведзеныя мерапрыемствы", "Рэагаванне",
        "Ліквідацыя наступстваў",
    ),
    # the work done: "Праведзеныя работы", and its Russian and Ukrainian names
    K.ACTIVITY: (
        "Праведзеныя работы", "Выкананыя работы", "Работы", "Дзейнасць", "Проведенные работы", "Выполненные работы",
        "Проведені роботи", "Виконані роботи",
    ),
    K.ASSISTANCE: (
        "Дапамога", "Дапамога насельніцтву", "Гуманітарная дапамога", "Пункты абагрэву", "Часовае размяшчэнне",
        "Пункты часовага размяшчэння",
    ),
    K.WORKFORCE: (
        "Сілы і сродкі", "Задзейнічаныя сілы і сродкі", "Прыцягнутыя сілы і сродкі", "Персанал", "Асабовы склад",
        "Кадры", "Работнікі",
    ),
    K.FINANCE: (
        "Выдаткі", "Фінансы", "Фінансаванне", "Бюджэт", "Фінансавыя выдаткі", "Затраты", "Кошты", "Фінансування",
    ),
    K.RECOVERY: ("Аднаўленне", "Аднаўленчыя работы"),
    K.RISKS: ("Рызыкі", "Рызыка", "Магчымыя рызыкі", "Праблемы", "Пагрозы", "Праблемныя пытанні"),
    K.COMMUNICATIONS: (
        "Інфармаванне насельніцтва", "Інфармаванне", "Апавяшчэнне насельніцтва", "Да ўвагі жыхароў",
        "Зносіны з грамадскасцю", "Камунікацыя",
    ),
    K.ADVICE: ("Рэкамендацыі", "Рэкамендацыі насельніцтву", "Парады"),
    K.DECISIONS: ("Рашэнні", "Прынятыя рашэнні"),
    K.NEXT_STEPS: (
        "Наступныя крокі", "Далейшыя крокі", "Далейшыя дзеянні", "Планы", "Запланаваныя мерапрыемствы",
        "Наступныя мерапрыемствы", "План работ", "Подальші заходи", "Наступні заходи",
    ),
    K.CONTACT: ("Кантакты",),
}  # fmt: skip
