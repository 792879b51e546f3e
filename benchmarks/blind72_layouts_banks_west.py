"""Item ideas of four ``blind72_layouts`` publishers in the west: the hromadas of the Vyzhnytsia district in Bukovina
in a flood (Ukrainian), the gminas of the Olsztyn district in Warmia when the tap water is contaminated (Polish), the
cities of Quebec round Montreal in extreme heat (French), and the municipalities of the Azores in an Atlantic storm
(Portuguese) (``blind5_layouts_content`` explains the slots). ``blind72_layouts_content`` prints the amounts, dates,
comparisons and the mitigation's lead in each publisher's conventions. The organisations are named after real kinds
of body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

UK_LEVELS = ("під контролем", "зростає", "високий", "дуже високий")
PL_LEVELS = ("pod obserwacją", "rośnie", "wysokie", "bardzo wysokie")
FR_LEVELS = ("sous surveillance", "en hausse", "élevé", "très élevé")
PT_LEVELS = ("em vigilância", "a aumentar", "elevado", "muito elevado")

PAVODOK = Partner(
    "ua-bukovina-hromada-flood",
    "Паводок",
    ("Вижницька міська рада", "Путильська селищна рада", "Берегометська селищна рада", "Усть-Путильська сільська рада"),
    {},
    {
        "hl": [
            it("Унаслідок тривалих злив з {vid} на території громади триває паводок на річках Черемош і Сірет",
               vid="date -2 -2"),
            it("Кількість підтоплених житлових будинків: {budynky}{budynky.was}", budynky="n 10 900"),
        ],
        "sit": [
            it("Чернівецький гідрометцентр прогнозує подальше підвищення рівня води в гірських річках"),
            it("Рівень води на гідропосту, см над нулем поста: {riven}{riven.was}", riven="n 150 600"),
        ],
        "imp": [
            it("Кількість пошкоджених мостів і кладок: {mosty}{mosty.was}", mosty="n 1 40"),
            it("Зруйновано ділянки доріг комунальної власності у кількох селах громади"),
        ],
        "ta": [
            it("Кількість відселених мешканців: {vidseleno}{vidseleno.was}", vidseleno="n 5 600"),
            it("Відселених мешканців розміщено в приміщеннях шкіл і будинків культури"),
        ],
        "tb": [
            it("Кількість населених пунктів без електропостачання: {svitlo}{svitlo.was}", svitlo="n 1 15"),
            it("Питну воду в підтоплені села доставляють автоцистернами"),
        ],
        "help": [
            it("Постраждалим родинам видано продуктові та гігієнічні набори від громади і Червоного Хреста"),
            it("Кількість звернень на гарячу лінію громади: {zvernennia}{zvernennia.was}", zvernennia="n 10 500"),
        ],
        "staff": [
            it("До ліквідації наслідків залучено осіб: {osoby}{osoby.was}", osoby="n 20 400"),
            it("Підрозділи ДСНС і добровольчого формування громади працюють цілодобово"),
        ],
        "money": [
            it("Видатки з резервного фонду бюджету громади: {vydatky}", vydatky="cum 5 60"),
            it("Громада звернулася до обласної військової адміністрації щодо виділення {koshty}",
               koshty="money 20 600"),
        ],
        "risks": [
            risk("Ризик руйнування дамб і берегоукріплень: {trend}", levels=UK_LEVELS,
                 mit=("цілодобове чергування техніки та завезення мішків з піском",)),
            risk("Ризик зсувів у гірських селах: {trend}", levels=UK_LEVELS,
                 mit=("попереджувальне відселення мешканців із зсувонебезпечних ділянок",)),
            risk("Забруднення криниць паводковими водами",
                 mit=("хлорування криниць і відбір проб лабораторним центром",)),
        ],
        "next": [
            it("Обстеження пошкодженого житла комісією громади буде завершено до {komisiia}", komisiia="date 1 4"),
            it("Наступне донесення буде подано {dones}", dones="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 6, 22), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

WODA = Partner(
    "pl-warmia-gmina-water",
    "Skażenie wody",
    ("Gmina Barczewo", "Gmina Dobre Miasto", "Gmina Jeziorany", "Gmina Biskupiec"),
    {},
    {
        "hl": [
            it("Od {od} woda z wodociągu publicznego nie nadaje się do spożycia z powodu bakterii coli",
               od="date -3 -3"),
            it("Liczba mieszkańców objętych komunikatem PPIS: {mieszk}{mieszk.was}", mieszk="n 200 9000"),
        ],
        "sit": [
            it("Państwowy Powiatowy Inspektor Sanitarny w Olsztynie utrzymuje brak przydatności wody do spożycia"),
            it("Liczba próbek wody z przekroczeniami: {probki}{probki.was}", probki="n 1 20"),
        ],
        "imp": [
            it("Szkoły i przedszkola korzystają z wody butelkowanej, a stołówki wydają posiłki na naczyniach "
               "jednorazowych"),
            it("Liczba zgłoszonych zachorowań na biegunkę: {chorzy}{chorzy.was}", chorzy="n 1 80"),
        ],
        "ta": [
            it("Zakład Gospodarki Komunalnej płucze sieć i prowadzi dezynfekcję podchlorynem sodu"),
            it("Liczba punktów poboru wody ze zbiorników: {punkty}{punkty.was}", punkty="n 2 25"),
        ],
        "tb": [
            it("Ośrodek zdrowia i dom pomocy społecznej mają zapewnione dostawy wody pitnej"),
            it("Sklepy w gminie uzupełniają zapasy wody butelkowanej"),
        ],
        "help": [
            it("Liczba rozdanych butelek wody: {butelki}{butelki.was}", butelki="n 500 30000"),
            it("Osobom starszym i niepełnosprawnym wodę dowożą strażacy z OSP"),
        ],
        "staff": [
            it("Liczba strażaków, pracowników urzędu i ZGK zaangażowanych w działania: {osoby}{osoby.was}",
               osoby="n 10 150"),
            it("Pracownicy ZGK pełnią dyżury również w nocy"),
        ],
        "money": [
            it("Dotychczasowe koszty gminy: {koszty}", koszty="cum 2 40"),
            it("Gmina wystąpiła do Wojewody o {dotacja} z rezerwy celowej", dotacja="money 10 300"),
        ],
        "risks": [
            risk("Ryzyko zachorowań wśród dzieci i osób starszych: {trend}", levels=PL_LEVELS,
                 mit=("komunikaty w szkołach, parafiach i na stronie internetowej gminy",)),
            risk("Ryzyko ponownego skażenia po ulewach: {trend}", levels=PL_LEVELS,
                 mit=("codzienne pobieranie próbek i zabezpieczenie studni głębinowych",)),
            risk("Braki wody butelkowanej w weekend",
                 mit=("umowa z hurtownią na dodatkowe dostawy",)),
        ],
        "next": [
            it("Wyniki kolejnych badań wody są spodziewane {wyniki}", wyniki="date 1 4"),
            it("Następna informacja zostanie przekazana {nast}", nast="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 8, 11), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

CHALEUR = Partner(
    "ca-quebec-city-heat",
    "Chaleur extrême",
    ("Ville de Longueuil", "Ville de Terrebonne", "Ville de Repentigny", "Ville de Saint-Jérôme"),
    {},
    {
        "hl": [
            it("Un épisode de chaleur extrême touche la ville depuis le {depuis}", depuis="date -2 -2"),
            it("Visites aux haltes climatisées de la ville : {visites}{visites.was}", visites="n 50 4000"),
        ],
        "sit": [
            it("Environnement Canada maintient l'avertissement de chaleur pour la région"),
            it("Humidex maximal relevé hier : {humidex}{humidex.was}", humidex="n 36 46"),
        ],
        "imp": [
            it("Appels au 911 pour des malaises liés à la chaleur : {appels}{appels.was}", appels="n 5 200"),
            it("Les camps de jour ont réduit les activités extérieures en après-midi"),
        ],
        "ta": [
            it("Haltes climatisées ouvertes dans les bibliothèques et les centres communautaires : {haltes}"
               "{haltes.was}", haltes="n 2 15"),
            it("Les heures d'ouverture des haltes sont prolongées jusqu'à 22 h"),
        ],
        "tb": [
            it("Les piscines extérieures et les jeux d'eau restent ouverts jusqu'à 21 h"),
            it("Consommation d'eau potable, en pourcentage de la capacité des usines : {eau}{eau.was}",
               eau="pct 70 98"),
        ],
        "help": [
            it("Les équipes du CISSS et les organismes communautaires appellent les personnes âgées vivant seules"),
            it("Bouteilles d'eau distribuées aux personnes en situation d'itinérance : {bouteilles}"
               "{bouteilles.was}", bouteilles="n 100 6000"),
        ],
        "staff": [
            it("Employés municipaux affectés aux mesures d'urgence : {employes}{employes.was}", employes="n 20 300"),
            it("Les travaux extérieurs des cols bleus commencent à 6 h pour éviter les heures les plus chaudes"),
        ],
        "money": [
            it("Dépenses engagées par la Ville depuis le début de l'épisode : {depenses}", depenses="cum 2 30"),
            it("La Ville a demandé {aide} au ministère de la Sécurité publique", aide="money 10 200"),
        ],
        "risks": [
            risk("Risque de décès chez les personnes âgées et les malades chroniques : {trend}", levels=FR_LEVELS,
                 mit=("appels de vérification et visites à domicile par les équipes du CISSS",)),
            risk("Risque de baisse de pression dans le réseau d'aqueduc : {trend}", levels=FR_LEVELS,
                 mit=("interdiction d'arrosage et de remplissage des piscines privées",)),
            risk("Pannes d'électricité dans les quartiers résidentiels",
                 mit=("génératrices prêtes dans les haltes climatisées et suivi avec Hydro-Québec",)),
        ],
        "next": [
            it("Bilan avec la Direction de santé publique le {bilan}", bilan="date 1 4"),
            it("Prochaine mise à jour le {prochaine}", prochaine="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 7, 6), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

TEMPORAL = Partner(
    "pt-azores-municipality-storm",
    "Mau tempo",
    ("Município da Praia da Vitória", "Município de Angra do Heroísmo", "Município das Lajes das Flores",
     "Município de Santa Cruz da Graciosa"),
    {},
    {
        "hl": [
            it("A depressão que atinge o arquipélago desde {desde} continua a provocar chuva forte e vento no concelho",
               desde="date -2 -2"),
            it("Ocorrências registadas pelo Serviço Municipal de Proteção Civil: {ocorr}{ocorr.was}",
               ocorr="n 10 400"),
        ],
        "sit": [
            it("O IPMA mantém o aviso vermelho de agitação marítima para o grupo"),
            it("Rajada máxima registada, em km/h: {rajada}{rajada.was}", rajada="n 80 170"),
        ],
        "imp": [
            it("Habitações com danos nas coberturas: {casas}{casas.was}", casas="n 5 300"),
            it("A estrada regional junto à costa está cortada devido a derrocadas e galgamentos"),
        ],
        "ta": [
            it("Pessoas desalojadas acolhidas no pavilhão municipal: {desaloj}{desaloj.was}", desaloj="n 2 120"),
            it("As ligações marítimas entre ilhas estão suspensas pela Atlânticoline"),
        ],
        "tb": [
            it("Clientes sem energia elétrica segundo a EDA: {eda}{eda.was}", eda="n 10 3000"),
            it("O abastecimento de água foi reposto na maior parte das freguesias"),
        ],
        "help": [
            it("A Ação Social do município acompanha as famílias desalojadas e os idosos isolados"),
            it("Refeições fornecidas às famílias desalojadas: {refeic}{refeic.was}", refeic="n 20 1500"),
        ],
        "staff": [
            it("Operacionais no terreno entre bombeiros, funcionários municipais e PSP: {operac}{operac.was}",
               operac="n 10 200"),
            it("Os funcionários das juntas de freguesia apoiam na limpeza das vias"),
        ],
        "money": [
            it("Despesa municipal acumulada com o mau tempo: {despesa}", despesa="cum 5 60"),
            it("O município pediu {apoio} ao Governo Regional para a reposição das infraestruturas",
               apoio="money 20 500"),
        ],
        "risks": [
            risk("Risco de novas derrocadas nas arribas: {trend}", levels=PT_LEVELS,
                 mit=("vedação das zonas de risco e vigilância pelos bombeiros",)),
            risk("Risco de galgamento costeiro na zona baixa: {trend}", levels=PT_LEVELS,
                 mit=("sacos de areia junto às habitações e aviso à população",)),
            risk("Falta de géneros nas ilhas sem ligação marítima",
                 mit=("articulação com o Governo Regional para transporte por via aérea",)),
        ],
        "next": [
            it("Levantamento dos danos nas habitações concluído até {levant}", levant="date 1 4"),
            it("Próximo ponto de situação a {prox}", prox="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 11, 23), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
