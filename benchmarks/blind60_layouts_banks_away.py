"""Item ideas of four ``blind60_layouts`` publishers writing in languages the sets had printed once at most, or in a
country none had printed: the municipal councils of Mauritius after torrential rain and flash floods (Kreol
Morisien), the district emergency operations centres of Kerala in the south-west monsoon (Malayalam), North
Macedonia's regional crisis management centres in a summer of wildfires (Macedonian) and Suriname's district
commissariats in the interior's river floods (Dutch) (``blind5_layouts_content`` explains the slots).
``blind60_layouts_content`` prints the amounts, dates, comparisons and the mitigation's lead in each publisher's
words; where a case ending or a postposition would bend a figure or a date, a point gives it after a label and a
colon. The organisations are named after real kinds of body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

MU_LEVELS = ("anba siveyans", "pe ogmante", "o", "tre o")
ML_LEVELS = ("നിരീക്ഷണത്തിലാണ്", "വർധിക്കുന്നു", "ഉയർന്നതാണ്", "വളരെ ഉയർന്നതാണ്")
MK_LEVELS = ("е под надзор", "расте", "е висок", "е многу висок")
SR_LEVELS = ("wordt gevolgd", "neemt toe", "is hoog", "is zeer hoog")

LAPLI = Partner(
    "mu-lameri-lapli",
    "Lapli torransiel",
    ("Lameri Port-Louis", "Lameri Beau-Bassin Rose-Hill", "Lameri Quatre-Bornes", "Lameri Vacoas-Phoenix"),
    {},
    {
        "hl": [
            it("Avertisman lapli torransiel finn leve depi {leve}", leve="date -2 -2"),
            it("Kantite lari ki ankor ena delo: {lari}{lari.was}", lari="n 2 60"),
        ],
        "sit": [
            it("Servis Meteorolozik anons plis laverse pou lazourne demin"),
            it("Nivo delo dan bann rivier ek kanal pe bese tigit tigit"),
        ],
        "imp": [
            it("Kantite lakaz kot delo finn rantre: {lakaz}{lakaz.was}", lakaz="n 10 900"),
            it("Plizier lari dan sant vil finn bizin ferme akoz inondasion"),
        ],
        "ta": [
            it("Longer drin ki finn netwaye, an met: {drin}{drin.was}", drin="n 100 9000"),
            it("Bann ekip Lameri pe tir fatra ki bloke bann kanal ek gran drin"),
        ],
        "tb": [
            it("Ramasaz fatra pe kontinie dapre orer normal dan tou bann lokalite"),
            it("Kantite kamion fatra ki pe travay: {kamion}{kamion.was}", kamion="n 5 80"),
        ],
        "help": [
            it("Bann fami ki bizin led kapav telefonn lotlinn Lameri 24 lor 24"),
            it("Dimounn ki pe res dan bann sant refiz: {refiz}{refiz.was}", refiz="n 5 600"),
        ],
        "staff": [
            it("Travayer Lameri ki lor teren: {trav}{trav.was}", trav="n 20 500"),
            it("Bann ofisye Lasante Piblik pe fer vizit dan bann lakaz ki finn inonde"),
        ],
        "money": [
            it("Depans pou travay irzan ziska zordi: {depans}", depans="cum 100 4000"),
            it("Lameri finn demann {demann} Minister Gouvernman Lokal pou repar bann drin", demann="money 100 900"),
        ],
        "risks": [
            risk("Risk inondasion dan bann landrwa ba {trend}", levels=MU_LEVELS,
                 mit=("bann ekip pe debous drin avan prosenn laverse",)),
            risk("Risk maladi kouma leptospiroz ek deng {trend}", levels=MU_LEVELS,
                 mit=("ofisye lasante pe fer fogging ek distribie fey konsey",)),
            risk("Pie ki kapav tom lor lari ek lakaz",
                 mit=("ekip Lameri pe koup bann branch danzere",)),
        ],
        "next": [
            it("Netwayaz tou bann drin prinsipal pou fini avan {fini}", fini="date 1 3"),
            it("Prosenn kominike pou sorti: {prosenn}", prosenn="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 4, 20), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

MAZHA = Partner(
    "in-kl-deoc-kalavarsham",
    "കാലവർഷം",
    ("ജില്ലാ അടിയന്തരഘട്ട കാര്യനിർവഹണ കേന്ദ്രം, എറണാകുളം", "ജില്ലാ അടിയന്തരഘട്ട കാര്യനിർവഹണ കേന്ദ്രം, തൃശ്ശൂർ",
     "ജില്ലാ അടിയന്തരഘട്ട കാര്യനിർവഹണ കേന്ദ്രം, ഇടുക്കി", "ജില്ലാ അടിയന്തരഘട്ട കാര്യനിർവഹണ കേന്ദ്രം, വയനാട്"),
    {},
    {
        "hl": [
            it("ജില്ലയിൽ ഓറഞ്ച് അലർട്ട് തുടരുന്നു; പ്രഖ്യാപിച്ച തീയതി: {alert}", alert="date -3 -3"),
            it("പ്രവർത്തിക്കുന്ന ദുരിതാശ്വാസ ക്യാമ്പുകൾ: {camps}{camps.was}", camps="n 2 120"),
        ],
        "sit": [
            it("അടുത്ത 48 മണിക്കൂറിൽ അതിശക്തമായ മഴയ്ക്ക് സാധ്യതയുണ്ടെന്ന് ഇന്ത്യ കാലാവസ്ഥാ വകുപ്പ് അറിയിച്ചു"),
            it("പ്രധാന നദികളിലെ ജലനിരപ്പ് അപകടനിലയ്ക്ക് താഴെയാണ്"),
        ],
        "imp": [
            it("ഭാഗികമായി തകർന്ന വീടുകൾ: {veedu}{veedu.was}", veedu="n 5 900"),
            it("വെള്ളക്കെട്ട് മൂലം നിരവധി റോഡുകളിൽ ഗതാഗതം തടസ്സപ്പെട്ടു"),
        ],
        "ta": [
            it("ക്യാമ്പുകളിൽ കഴിയുന്നവർ: {aalukal}{aalukal.was}", aalukal="n 50 9000"),
            it("എല്ലാ ക്യാമ്പുകളിലും ഭക്ഷണം, കുടിവെള്ളം, മരുന്ന് എന്നിവ ഉറപ്പാക്കിയിട്ടുണ്ട്"),
        ],
        "tb": [
            it("ഡാമിന്റെ ഷട്ടറുകൾ ഉയർത്തിയ ഉയരം, സെന്റീമീറ്ററിൽ: {shutter}{shutter.was}", shutter="n 10 150"),
            it("ഡാമുകളിലെ ജലനിരപ്പ് കെ.എസ്.ഇ.ബി. നിരന്തരം നിരീക്ഷിക്കുന്നു"),
        ],
        "help": [
            it("അടിയന്തര സഹായത്തിന് 1077 എന്ന ടോൾ ഫ്രീ നമ്പറിൽ ബന്ധപ്പെടുക"),
            it("നദീതീരങ്ങളിലും മലയോര മേഖലകളിലും താമസിക്കുന്നവർ ജാഗ്രത പാലിക്കണം"),
        ],
        "staff": [
            it("രക്ഷാപ്രവർത്തനത്തിലുള്ള ഉദ്യോഗസ്ഥർ: {staff}{staff.was}", staff="n 20 600"),
            it("ദേശീയ ദുരന്ത പ്രതികരണ സേനയുടെ ഒരു സംഘം ജില്ലയിൽ ക്യാമ്പ് ചെയ്യുന്നു"),
        ],
        "money": [
            it("ദുരിതാശ്വാസ പ്രവർത്തനങ്ങൾക്ക് ഇതുവരെ ചെലവഴിച്ചത്: {chelavu}", chelavu="cum 100 4000"),
            it("സംസ്ഥാന ദുരന്ത പ്രതികരണ നിധിയിൽ നിന്ന് ആവശ്യപ്പെട്ട തുക: {thuka}", thuka="money 100 900"),
        ],
        "risks": [
            risk("മലയോര മേഖലകളിൽ ഉരുൾപൊട്ടൽ സാധ്യത {trend}", levels=ML_LEVELS,
                 mit=("അപകടമേഖലകളിലെ കുടുംബങ്ങളെ ക്യാമ്പുകളിലേക്ക് മാറ്റി",)),
            risk("ക്യാമ്പുകളിൽ പകർച്ചവ്യാധി സാധ്യത {trend}", levels=ML_LEVELS,
                 mit=("ആരോഗ്യ വകുപ്പിന്റെ മെഡിക്കൽ സംഘങ്ങൾ ദിവസവും ക്യാമ്പുകൾ സന്ദർശിക്കുന്നു",)),
            risk("മരങ്ങൾ കടപുഴകി വീണ് റോഡുകൾ അടയാനുള്ള സാധ്യത",
                 mit=("മലയോര റോഡുകളിൽ രാത്രിയാത്ര നിരോധിച്ചു",)),
        ],
        "next": [
            it("ക്യാമ്പുകളിലുള്ളവരെ വീടുകളിലേക്ക് മടക്കി അയയ്ക്കുന്നത് ആരംഭിക്കുന്ന തീയതി: {madakkam}",
               madakkam="date 1 3"),
            it("അടുത്ത റിപ്പോർട്ട് നൽകുന്ന തീയതി: {adutha}", adutha="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 7, 14), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

POZARI = Partner(
    "mk-rcuk-pozari",
    "Пожари",
    ("Регионален центар за управување со кризи – Штип", "Регионален центар за управување со кризи – Струмица",
     "Регионален центар за управување со кризи – Кавадарци", "Регионален центар за управување со кризи – Охрид"),
    {},
    {
        "hl": [
            it("Состојбата на висок ризик од пожари е прогласена на: {od}", od="date -4 -4"),
            it("Активни пожари на отворен простор: {akt}{akt.was}", akt="n 1 30"),
        ],
        "sit": [
            it("УХМР предупредува на екстремно високи температури до 40 степени"),
            it("Силниот ветер го отежнува гаснењето на пожарите во ридските предели"),
        ],
        "imp": [
            it("Изгорена површина во хектари: {ha}{ha.was}", ha="n 10 9000"),
            it("Оштетени се помошни објекти и земјоделски култури во неколку села"),
        ],
        "ta": [
            it("Ангажирани противпожарни возила: {voz}{voz.was}", voz="n 3 80"),
            it("Во гаснењето учествуваат и авиони и хеликоптери на Армијата"),
        ],
        "tb": [
            it("Привремено евакуирани жители: {evak}{evak.was}", evak="n 5 900"),
            it("Евакуираните се сместени во училишта и кај роднини"),
        ],
        "help": [
            it("Граѓаните да не палат оган на отворен простор и секој пожар да го пријават на 193 или 112"),
            it("Влезот во шумите е забранет до натамошно известување"),
        ],
        "staff": [
            it("Ангажирани пожарникари, припадници на ЦУК и доброволци: {sili}{sili.was}", sili="n 20 600"),
            it("На терен се и екипи на Дирекцијата за заштита и спасување"),
        ],
        "money": [
            it("Трошоци за гаснење до денес: {tr}", tr="cum 100 4000"),
            it("Од Владата се побарани {bar} од буџетската резерва", bar="money 100 900"),
        ],
        "risks": [
            risk("Ризикот од ширење на пожарите кон населените места {trend}", levels=MK_LEVELS,
                 mit=("се прават противпожарни пруги околу селата",)),
            risk("Ризикот од повторно разгорување на изгаснатите пожари {trend}", levels=MK_LEVELS,
                 mit=("дежурни екипи ги надгледуваат изгорените површини",)),
            risk("Заморот на пожарникарите по долгите смени",
                 mit=("екипите се менуваат на секои 12 часа",)),
        ],
        "next": [
            it("Состојбата на висок ризик ќе се преиспита на: {prov}", prov="date 1 3"),
            it("Следната информација ќе биде доставена на: {sled}", sled="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 8, 10), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

WATER = Partner(
    "sr-dc-wateroverlast",
    "Wateroverlast",
    ("Districtscommissariaat Brokopondo", "Districtscommissariaat Sipaliwini", "Districtscommissariaat Marowijne",
     "Districtscommissariaat Para"),
    {},
    {
        "hl": [
            it("In de getroffen dorpen wordt sinds {sinds} hulp verleend", sinds="date -5 -5"),
            it("Aantal getroffen dorpen: {dorpen}{dorpen.was}", dorpen="n 2 90"),
        ],
        "sit": [
            it("Het Meteorologisch Instituut verwacht de komende dagen nog zware buien"),
            it("Het waterpeil van de rivier daalt langzaam maar blijft hoog"),
        ],
        "imp": [
            it("Getroffen huishoudens: {hh}{hh.was}", hh="n 20 4000"),
            it("Kostgronden en akkers bij de rivier zijn onder water gelopen"),
        ],
        "ta": [
            it("Uitgedeelde voedselpakketten: {pak}{pak.was}", pak="n 50 9000"),
            it("Drinkwater wordt per korjaal naar de dorpen gebracht"),
        ],
        "tb": [
            it("Gesloten scholen in het district: {sch}{sch.was}", sch="n 1 40"),
            it("Leerkrachten uit de stad kunnen de dorpen niet bereiken"),
        ],
        "help": [
            it("Bewoners kunnen noodgevallen melden bij het districtscommissariaat of via 115"),
            it("De Medische Zending houdt spreekuur in de opvanglocaties"),
        ],
        "staff": [
            it("Ingezette medewerkers en vrijwilligers: {mw}{mw.was}", mw="n 10 400"),
            it("Het Nationaal Leger ondersteunt met boten en manschappen"),
        ],
        "money": [
            it("Gemaakte kosten tot nu toe: {kosten}", kosten="cum 100 4000"),
            it("Bij het ministerie is {aanvraag} aangevraagd voor herstel", aanvraag="money 100 900"),
        ],
        "risks": [
            risk("Het risico op besmettelijke ziekten door vervuild water {trend}", levels=SR_LEVELS,
                 mit=("er worden waterzuiveringstabletten uitgedeeld",)),
            risk("Het risico dat dorpen geïsoleerd raken {trend}", levels=SR_LEVELS,
                 mit=("er zijn boten en brandstof gereserveerd voor noodtransport",)),
            risk("Tekort aan brandstof voor de boten",
                 mit=("brandstof wordt vanuit Paramaribo aangevoerd",)),
        ],
        "next": [
            it("Een schadeopname in alle dorpen start op {start}", start="date 1 3"),
            it("De volgende update verschijnt op {volgende}", volgende="date 2 2"),
        ],
    },
    SIZES,
    date(2026, 6, 8), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip
