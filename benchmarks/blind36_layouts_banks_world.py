"""Item ideas of four ``blind36_layouts`` publishers: Tajik district headquarters of the Committee of Emergency
Situations after mudflows, in Tajik, Ethiopian woreda health offices in a cholera outbreak, in Afaan Oromoo, Chinese
street offices during a typhoon, in Chinese, and South African local municipalities after floods, in English
(``blind5_layouts_content`` explains the slots; the risks escalate in their own language's words; the Tajik and
Chinese series are told apart by their names in Latin letters, ``blind18_layouts_content.Romanised``).
``blind36_layouts_content`` prints the amounts, dates, comparisons and the mitigation's lead in each publisher's
words. The organisations are named after real kinds of body; the places, events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner
from blind18_layouts_content import Romanised

from sitroom.generate.banks import it, risk

TJ_LEVELS = ("таҳти назорат аст", "афзоиш ёфта истодааст", "ҳоло ҷиддӣ аст", "ҳоло хеле ҷиддӣ аст")

MUDFLOW = Romanised(
    "tj-sel",
    "Сел",
    ("Ситоди мудофиаи граждании ноҳияи Ванҷ", "Ситоди мудофиаи граждании ноҳияи Рашт",
     "Ситоди мудофиаи граждании ноҳияи Айнӣ", "Ситоди мудофиаи граждании ноҳияи Нуробод"),
    {},
    {
        "summary": [
            it("Дар натиҷаи боронҳои шадид {start} дар {villages} деҳаи ноҳия сел ба амал омад", start="date -2 -2",
               villages="n 2 14"),
            it("{affected} нафар аз офат зарар диданд{affected.was}", affected="n 100 6000"),
        ],
        "situation": [
            it("Дар ноҳия реҷаи вазъияти фавқулодда эълон шудааст"),
            it("{houses} хонаи истиқоматӣ пурра ё қисман вайрон шуд{houses.was}", houses="n 10 900"),
            it("Сатҳи об дар дарё ҳоло ҳам баланд аст"),
        ],
        "forecast": [
            it("Агентии обуҳавошиносӣ то {until} боронҳои пайдарпай пешгӯӣ мекунад", until="date 1 4"),
            it("Ҳарорати ҳаво шабона то {low} дараҷа паст мешавад", low="n 2 9"),
        ],
        "damage": [
            it("{land} гектар замини кишоварзӣ зери сел монд", land="n 10 900"),
            it("{cattle} сар чорвои хурду калон талаф ёфт", cattle="n 10 2000"),
        ],
        "population": [
            it("{evacuated} нафар ба ҷойҳои бехатар кӯчонида шуданд{evacuated.was}", evacuated="n 50 3000"),
            it("Оилаҳои осебдида дар {tents} хайма ва мактабҳо ҷойгир шудаанд", tents="n 5 200"),
        ],
        "roads": [
            it("Роҳи мошингард дар масофаи {km} километр баста аст", km="n 1 40"),
            it("{bridges} пули пиёдагард аз ҷониби сел шуста бурда шуд", bridges="n 1 12"),
        ],
        "aid": [
            it("Ба {families} оила маводи ғизоӣ ва ашёи рӯзгор тақсим карда шуд", families="n 20 1500"),
            it("Ҷамъияти Ҳилоли Аҳмар {kits} маҷмӯаи гигиенӣ расонд", kits="n 50 3000"),
        ],
        "forces": [
            it("Дар корҳои наҷотдиҳӣ {rescuers} нафар ва {machines} воҳиди техника ҷалб шудаанд{rescuers.was}",
               rescuers="n 30 900", machines="n 5 120"),
            it("Аз шаҳри Душанбе {extra} наҷотдиҳанда фиристода шуд", extra="n 5 80"),
        ],
        "costs": [
            it("То имрӯз ба корҳои барқарорсозӣ {spent} сарф шуд", spent="cum 100 4000"),
            it("Аз Фонди захиравии Ҳукумат {fund} ҷудо карда шуд", fund="money 100 900"),
        ],
        "risks": [
            risk("Хатари такроран фаромадани сел аз дараи Ҷамак {trend}",
                 mit=("посбонони доимӣ таъин шуда, аҳолӣ огоҳ карда шуд",), levels=TJ_LEVELS),
            risk("Хатари паҳншавии бемориҳои сироятӣ дар байни кӯчонидашудагон {trend}",
                 mit=("ба аҳолӣ оби нӯшокии тоза ва дорувор расонида мешавад",), levels=TJ_LEVELS),
            risk("Норасоии сӯзишворӣ барои техникаи сангин", mit=("аз захираи вилоятӣ сӯзишворӣ дархост шуд",)),
        ],
        "next": [
            it("То {road} барқарор кардани роҳи мошингард", road="date 2 8"),
            it("Баҳодиҳии хисорот бо иштироки комиссияи ноҳиявӣ"),
        ],
    },
    {"summary": (1, 2), "situation": (1, 3), "forecast": (1, 2), "damage": (1, 2), "population": (1, 2),
     "roads": (1, 2), "aid": (1, 2), "forces": (1, 2), "costs": (1, 2), "risks": (1, 3), "next": (1, 2)},
    date(2026, 5, 11), cadence_days=1, punct="stop", mitigation="colon",
    latin=("vanj", "rasht", "ayni", "nurobod", "sel"),
)  # fmt: skip

OM_LEVELS = ("hordofamaa jira", "dabalaa jira", "amma guddaa dha", "amma baay'ee hamaa dha")

CHOLERA = Partner(
    "om-kolaraa",
    "Dhukkuba kolaraa",
    ("Waajjira Fayyaa Aanaa Dodolaa", "Waajjira Fayyaa Aanaa Gololchaa", "Waajjira Fayyaa Aanaa Suudee",
     "Waajjira Fayyaa Aanaa Midhagaa"),
    {},
    {
        "summary": [
            it("Dhukkubni kolaraa aanaa keessatti {start} irraa eegalee mul'ateera", start="date -20 -14"),
            it("Torban kana dhukkubsattoonni haaraan {cases} galmeeffamaniiru{cases.was}", cases="n 5 400"),
        ],
        "situation": [
            it("Gandoota {kebeles} keessatti dhukkubni kun mul'ateera", kebeles="n 2 20"),
            it("Lakkoofsi namoota du'anii {deaths} ga'eera{deaths.was}", deaths="n 1 40"),
            it("Dhukkubni gara aanaalee ollaatti babal'achaa jira"),
        ],
        "surveillance": [
            it("Sampuleen {samples} laaboratoriitti ergamaniiru", samples="n 3 60"),
            it("Hojjettoonni ekisteenshinii fayyaa mana manaan sakatta'iinsa geggeessaa jiru"),
        ],
        "ctc": [
            it("Buufanni wal'aansa kolaraa {ctc} hojii irra jiru", ctc="n 1 8"),
            it("Dhukkubsattoonni {admitted} buufata wal'aansaa keessa jiru{admitted.was}", admitted="n 3 200"),
        ],
        "wash": [
            it("Kiloorinii bishaanii maatii {hh} tiif raabsameera", hh="n 100 9000"),
            it("Boollonni bishaanii {wells} qulqulleeffamaniiru", wells="n 2 60"),
        ],
        "vaccination": [
            it("Talaalliin kolaraa afaaniin kennamu {vax} eegalama", vax="date 2 10"),
            it("Namoonni {vaccinated} talaallii fudhataniiru", vaccinated="n 1000 90000"),
        ],
        "staff": [
            it("Ogeeyyiin fayyaa {staff} hojii kanarratti bobba'aniiru{staff.was}", staff="n 10 200"),
            it("Biiroo Fayyaa Oromiyaa irraa ogeeyyiin {extra} dabalataan ergamaniiru", extra="n 2 30"),
        ],
        "budget": [
            it("Hanga ammaatti baasiin {spent} ta'eera", spent="cum 100 3000"),
            it("Mootummaan naannoo {grant} dabalataan ramadeera", grant="money 100 900"),
        ],
        "risks": [
            risk("Balaan dhukkubni kun gara magaalaatti babal'achuu {trend}",
                 mit=("buufanni kiloorinii magaalaa keessatti baname",), levels=OM_LEVELS),
            risk("Balaan qorichi fi meeshaaleen wal'aansaa dhumachuu {trend}",
                 mit=("Biiroo Fayyaa irraa qorichi dabalataa gaafatameera",), levels=OM_LEVELS),
            risk("Karaan cabuun gandoota fagoo gahuu dadhabuu", mit=("gareen fayyaa miilaan deemaa jira",)),
        ],
        "advice": [
            it("Bishaan danfisame ykn kiloorinii qabu qofa dhugaa"),
            it("Namni garaa kaasaan qabame battaluma buufata fayyaatti haa dhufu"),
        ],
        "next": [
            it("Talaallii kolaraa hanga {finish} xumuruu", finish="date 5 15"),
            it("Qorannoo madda bishaanii gandoota hundaa keessatti geggeessuu"),
        ],
    },
    {"summary": (1, 2), "situation": (1, 3), "surveillance": (1, 2), "ctc": (1, 2), "wash": (1, 2),
     "vaccination": (1, 2), "staff": (1, 2), "budget": (1, 2), "risks": (1, 3), "advice": (1, 2), "next": (1, 2)},
    date(2026, 7, 20), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

ZH_LEVELS = ("正在监测", "正在上升", "目前较高", "目前极高")

TYPHOON = Romanised(
    "cn-taifeng",
    "台风防御",
    ("海澄街道办事处", "南湾街道办事处", "龙岗镇人民政府", "沙河街道办事处"),
    {},
    {
        "points": [
            it("台风“海鸥”于{landfall}在我市沿海登陆", landfall="date -1 -1"),
            it("辖区共转移群众{moved}人{moved.was}", moved="n 200 9000"),
        ],
        "situation": [
            it("全街道已启动防台风Ⅱ级应急响应"),
            it("辖区内{trees}棵树木倒伏，已清理大部分", trees="n 10 600"),
        ],
        "forecast": [
            it("市气象台预计{until}前仍有大到暴雨", until="date 1 3"),
            it("阵风最大可达{gust}级", gust="n 8 14"),
        ],
        "transfer": [
            it("危房和低洼地区共转移{lowland}户", lowland="n 20 900"),
            it("在建工地{sites}个已全部停工并撤离人员", sites="n 2 30"),
        ],
        "shelters": [
            it("开放避险安置点{shelters}个，安置群众{sheltered}人", shelters="n 2 20", sheltered="n 30 3000"),
            it("安置点已配备饮用水、方便食品和药品"),
        ],
        "impacts": [
            it("{outage}户居民停电，供电部门正在抢修", outage="n 100 20000"),
            it("{flooded}处路段出现积水", flooded="n 2 40"),
        ],
        "supplies": [
            it("共发放沙袋{bags}个", bags="n 200 20000"),
            it("储备编织袋和抽水泵已下发到各社区"),
        ],
        "duty": [
            it("街道和社区共有{duty}名干部在岗值守{duty.was}", duty="n 30 600"),
            it("民兵应急分队{militia}人随时待命", militia="n 10 120"),
        ],
        "funds": [
            it("已支出防台风经费{spent}", spent="cum 50 1500"),
            it("区财政拨付应急资金{grant}", grant="money 50 600"),
        ],
        "risks": [
            risk("山体滑坡风险{trend}", mit=("已在隐患点设置警示标志并安排专人巡查",), levels=ZH_LEVELS),
            risk("城中村内涝风险{trend}", mit=("已在低洼路段预置抽水泵",), levels=ZH_LEVELS),
            risk("老旧广告牌坠落", mit=("城管部门已拆除松动广告牌",)),
        ],
        "next": [
            it("{check}前完成受损房屋安全排查", check="date 1 4"),
            it("待台风预警解除后组织群众有序返回"),
        ],
    },
    {"points": (1, 2), "situation": (1, 2), "forecast": (1, 2), "transfer": (1, 2), "shelters": (1, 2),
     "impacts": (1, 2), "supplies": (1, 2), "duty": (1, 2), "funds": (1, 2), "risks": (1, 3), "next": (1, 2)},
    date(2026, 8, 24), cadence_days=1, punct="stop", mitigation="colon",
    latin=("haicheng", "nanwan", "longgang", "shahe", "taifeng"),
)  # fmt: skip

FLOOD = Partner(
    "za-floods",
    "Floods",
    ("Msinsi Valley Local Municipality", "Thukela Coast Local Municipality", "Amahlathi Ridge Local Municipality",
     "Mlazi River Local Municipality"),
    {},
    {
        "summary": [
            it("Heavy rain since {rain} caused flooding in {wards} wards of the municipality", rain="date -3 -3",
               wards="n 2 25"),
            it("{displaced} people have been displaced{displaced.was}", displaced="n 100 8000"),
        ],
        "situation": [
            it("A local state of disaster was declared by the Council"),
            it("{fatalities} fatalities have been confirmed by SAPS{fatalities.was}", fatalities="n 1 40"),
        ],
        "weather": [
            it("The South African Weather Service has issued a level {level} warning for disruptive rain",
               level="n 4 9"),
            it("Rain is expected to ease from {ease}", ease="date 1 3"),
        ],
        "infrastructure": [
            it("{roads} municipal roads are damaged or impassable", roads="n 3 80"),
            it("{bridges} low-level bridges were washed away", bridges="n 1 15"),
            it("Water supply to the northern wards is interrupted after a pump station flooded"),
        ],
        "shelters": [
            it("{halls} community halls are open as temporary shelters", halls="n 2 20"),
            it("{sheltered} people stayed in the halls last night{sheltered.was}", sheltered="n 50 3000"),
        ],
        "relief": [
            it("SASSA and the Gift of the Givers distributed {parcels} food parcels", parcels="n 100 6000"),
            it("Blankets and mattresses were delivered to every shelter"),
        ],
        "hr": [
            it("{officials} municipal officials are deployed in the field", officials="n 20 400"),
            it("The SANDF provided {soldiers} soldiers and two helicopters", soldiers="n 10 200"),
        ],
        "finance": [
            it("Expenditure on the response to date is {spent}", spent="cum 200 6000"),
            it("Provincial Treasury approved {grant} from the disaster grant", grant="money 100 900"),
        ],
        "risks": [
            risk("The risk of further flooding along the river banks {trend}",
                 mit=("early warning by ward councillors and loudhailers",)),
            risk("The risk of waterborne disease in the shelters {trend}",
                 mit=("water tankers and chlorine tablets supplied",)),
            risk("Looting of damaged homes", mit=("SAPS patrols in the affected wards",)),
        ],
        "recommendations": [
            it("Residents in low-lying areas should move to higher ground when warned"),
            it("Do not cross flooded roads or low-level bridges"),
        ],
        "way": [
            it("Complete the damage assessment by {assess}", assess="date 2 7"),
            it("Submit the classification request to the National Disaster Management Centre"),
        ],
    },
    {"summary": (1, 2), "situation": (1, 2), "weather": (1, 2), "infrastructure": (1, 3), "shelters": (1, 2),
     "relief": (1, 2), "hr": (1, 2), "finance": (1, 2), "risks": (1, 3), "recommendations": (1, 2), "way": (1, 2)},
    date(2026, 4, 13), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
