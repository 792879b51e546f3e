"""Item ideas of two ``blind18_layouts`` publishers of Eastern Europe: a Ukrainian city council's Telegram channel
on the aftermath of an ice storm (lines down, heating and water off, "points of invincibility" open) and a Croatian
county civil protection staff's report on a Sava flood (``blind5_layouts_content`` explains the slots). Figures are
mostly printed after a colon ("Кількість абонентів без світла: 1 250", "Broj poziva …: 120"), as both publishers
write them, so that no numeral has to agree with its noun. ``blind18_layouts_content`` prints the figures, dates
and comparisons in each publisher's conventions. The organisations are named after real kinds of body; the events
and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner
from blind18_layouts_content import Romanised

from sitroom.generate.banks import it, risk

UK_LEVELS = ("під контролем", "зростає", "наразі високий", "наразі критичний")
HR_LEVELS = ("se prati", "raste", "sada je visok", "sada je kritičan")

NEGODA = Romanised(
    "negoda-uk",
    "Ліквідація наслідків негоди",
    ("Ізмаїльська міська рада", "Чорноморська міська рада", "Подільська міська рада",
     "Білгород-Дністровська міська рада"),
    {},
    {
        "holovne": [
            it("Через налипання мокрого снігу та ожеледь у громаді пошкоджено лінії електропередачі"),
            it("Кількість абонентів без електропостачання: {abonenty}{abonenty.was}", abonenty="n 500 30000"),
            it("Усі критичні обʼєкти інфраструктури живляться від генераторів"),
        ],
        "enerhiya": [
            it("Населених пунктів громади, де відновлено живлення: {vidnovleno}", vidnovleno="n 2 20"),
            it("Знеструмлених трансформаторних підстанцій: {pidstantsii}{pidstantsii.was}", pidstantsii="n 5 120"),
            it("Енергетики прогнозують повне відновлення електропостачання до {do_dnia}", do_dnia="date 2 6"),
        ],
        "teplo": [
            it("Котельні, що опалюють лікарню та школи, працюють від резервного живлення"),
            it("Воду подають за графіком з 06:00 до 09:00 та з 18:00 до 21:00"),
            it("Багатоповерхових будинків без опалення: {budynky}", budynky="n 3 90"),
        ],
        "roboty": [
            it("Бригад енергетиків на ліквідації наслідків: {bryhady}{bryhady.was}", bryhady="n 5 60"),
            it("Комунальні служби прибрали повалені дерева з усіх головних вулиць"),
            it("Витрати громади на ліквідацію наслідків негоди становлять {vytraty}", vytraty="money 100 1500"),
        ],
        "punkty": [
            it("Пунктів незламності, які працюють цілодобово: {punkty}", punkty="n 3 30"),
            it("Відвідувачів пунктів незламності за добу: {vidviduvachi}{vidviduvachi.was}",
               vidviduvachi="n 200 5000"),
            it("У пунктах можна зігрітися, зарядити телефон, випити гарячого чаю та скористатися інтернетом"),
        ],
        "risks": [
            risk("Ризик повторного обмерзання ліній електропередачі {trend}", levels=UK_LEVELS,
                 mit=("бригади чергують цілодобово, резервні генератори підготовлено для лікарні та котелень",)),
            risk("Перебої з пальним для генераторів",
                 mit=("укладено договори з двома постачальниками, запас пального розраховано на три доби",)),
            risk("Ризик замерзання систем опалення у багатоповерхівках {trend}", levels=UK_LEVELS,
                 mit=("комунальні служби щодня обходять будинки та за потреби зливають воду з систем",)),
        ],
        "zvernennia": [
            it("Просимо не наближатися до обірваних проводів і повідомляти про них за номером 104"),
            it("Гаряча лінія міської ради працює цілодобово"),
            it("Звернень на гарячу лінію за добу: {dzvinky}{dzvinky.was}", dzvinky="n 50 900"),
        ],
    },
    {"holovne": (2, 3), "enerhiya": (1, 3), "teplo": (1, 3), "roboty": (1, 3), "punkty": (1, 3), "risks": (1, 3),
     "zvernennia": (1, 2)},
    date(2025, 1, 14), cadence_days=1, punct="stop", mitigation="colon",
    latin=("izmailska-miska-rada", "chornomorska-miska-rada", "podilska-miska-rada",
           "bilhorod-dnistrovska-miska-rada", "likvidatsiia-naslidkiv-nehody"),
)  # fmt: skip

POPLAVA = Partner(
    "poplava-hr",
    "Obrana od poplava",
    ("Stožer civilne zaštite Sisačko-moslavačke županije", "Stožer civilne zaštite Vukovarsko-srijemske županije",
     "Stožer civilne zaštite Brodsko-posavske županije", "Stožer civilne zaštite Karlovačke županije"),
    {},
    {
        "sazetak": [
            it("Vodostaj rijeke Save na glavnom vodomjeru iznosi {vodostaj} cm{vodostaj.was}", vodostaj="n 700 1100"),
            it("Izvanredne mjere obrane od poplava provode se na {km} kilometara nasipa", km="n 10 120"),
            it("Broj općina za koje je proglašena prirodna nepogoda: {opcine}", opcine="n 2 12"),
        ],
        "hidro": [
            it("Prema prognozi Hrvatskih voda vrh vodnog vala očekuje se nakon {vrh}", vrh="date 1 3"),
            it("Vodostaj će se zadržati iznad razine izvanrednih mjera još nekoliko dana"),
            it("Na području županije u posljednja 24 sata palo je {oborine} mm kiše", oborine="n 5 60"),
        ],
        "posljedice": [
            it("Broj evakuiranih stanovnika: {evakuirani}{evakuirani.was}", evakuirani="n 20 900"),
            it("Broj poplavljenih kuća i gospodarskih objekata: {kuce}", kuce="n 5 300"),
            it("Zatvorene su županijske ceste uz nasip, a promet se odvija obilaznim pravcima"),
        ],
        "snage": [
            it("Ukupno angažiranih pripadnika vatrogasnih postrojbi, civilne zaštite, HGSS-a i Hrvatske vojske: "
               "{pripadnici}{pripadnici.was}", pripadnici="n 150 2500"),
            it("Broj napunjenih i postavljenih vreća s pijeskom: {vrece}", vrece="n 20000 500000"),
            it("Troškovi obrane od poplava zasad iznose {troskovi}", troskovi="cum 40 900"),
        ],
        "risks": [
            risk("Rizik od procjeđivanja i proboja nasipa {trend}", levels=HR_LEVELS,
                 mit=("ophodnje na nasipima svaka dva sata i pričuvne vreće s pijeskom na kritičnim dionicama",)),
            risk("Iscrpljenost interventnih snaga",
                 mit=("rad u smjenama od osam sati i dolazak ispomoći iz susjednih županija",)),
            risk("Rizik onečišćenja vode za piće u poplavljenim naseljima {trend}", levels=HR_LEVELS,
                 mit=("Zavod za javno zdravstvo svakodnevno uzima uzorke, a stanovništvu se dijeli voda u bocama",)),
        ],
        "obavjescivanje": [
            it("Stanovništvo se obavještava putem županijske internetske stranice, lokalnih radija i društvenih "
               "mreža"),
            it("Broj poziva primljenih putem broja 112: {pozivi}{pozivi.was}", pozivi="n 50 1200"),
        ],
        "koraci": [
            it("Sjednica Stožera civilne zaštite održat će se {sjednica} u 8 sati", sjednica="date 1 2"),
            it("Nastavak ophodnji i nadvišenja nasipa na kritičnim dionicama"),
            it("Procjena štete na poljoprivrednim površinama nakon povlačenja vode"),
        ],
    },
    {"sazetak": (2, 3), "hidro": (1, 3), "posljedice": (1, 3), "snage": (2, 3), "risks": (1, 3),
     "obavjescivanje": (1, 2), "koraci": (1, 3)},
    date(2025, 5, 12), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
