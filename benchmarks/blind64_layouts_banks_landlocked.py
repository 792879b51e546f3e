"""Item ideas of four ``blind64_layouts`` publishers in landlocked countries: the risk management units of Bolivian
municipal governments in a season of forest fires (Spanish), the provincial directorates of Afghanistan's national
disaster management authority after an earthquake (Pashto), the Tinkhundla of Eswatini in a drought (siSwati) and the
comuns of Andorra in a heavy snowfall (Catalan) (``blind5_layouts_content`` explains the slots).
``blind64_layouts_content`` prints the amounts, dates, comparisons and the mitigation's lead in each publisher's
conventions; where a prefix or a case ending would bend a figure or a date, a point gives it after a label and a colon.
The organisations are named after real kinds of body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

BO_LEVELS = ("en vigilancia", "en aumento", "alto", "muy alto")
PS_LEVELS = ("تر څارنې لاندې", "مخ په زیاتېدو", "لوړ", "ډېر لوړ")
SS_LEVELS = ("iyabukwa", "iyakhula", "iphakeme", "iphakeme kakhulu")
CA_LEVELS = ("en vigilància", "creixent", "alt", "molt alt")

INCENDIOS = Partner(
    "bo-municipal-risk-unit-forest-fires",
    "Incendios forestales",
    ("Gobierno Autónomo Municipal de San Ignacio de Velasco", "Gobierno Autónomo Municipal de Concepción",
     "Gobierno Autónomo Municipal de San José de Chiquitos", "Gobierno Autónomo Municipal de Roboré"),
    {},
    {
        "hl": [
            it("Los incendios forestales iniciados el {inicio} continúan afectando bosques, pastizales y comunidades "
               "del municipio", inicio="date -4 -4"),
            it("Superficie afectada (hectáreas): {ha}{ha.was}", ha="n 500 40000"),
        ],
        "sit": [
            it("El SENAMHI mantiene la alerta roja por altas temperaturas y vientos fuertes del norte"),
            it("La calidad del aire en el área urbana es mala por la presencia de humo"),
        ],
        "imp": [
            it("Familias afectadas: {familias}{familias.was}", familias="n 20 800"),
            it("Viviendas quemadas: {viviendas}{viviendas.was}", viviendas="n 1 60"),
        ],
        "ta": [
            it("Focos de calor detectados en las últimas 24 horas: {focos}{focos.was}", focos="n 20 900"),
            it("Incendios activos en el municipio: {activos}{activos.was}", activos="n 1 25"),
        ],
        "tb": [
            it("Comunidades evacuadas: {comunidades}{comunidades.was}", comunidades="n 1 12"),
            it("Las familias evacuadas se encuentran en la unidad educativa y en el coliseo municipal"),
        ],
        "help": [
            it("Se entregaron alimentos, agua y barbijos a las familias afectadas"),
            it("El centro de salud atiende a las personas con problemas respiratorios a causa del humo"),
        ],
        "staff": [
            it("Bomberos forestales, voluntarios y militares en el terreno: {bomberos}{bomberos.was}",
               bomberos="n 20 400"),
            it("Se cuenta con un helicóptero de la Fuerza Aérea para el traslado de las brigadas"),
        ],
        "money": [
            it("Gastos ejecutados a la fecha: {gastos}", gastos="cum 5 60"),
            it("Se solicitó a la Gobernación un apoyo de {apoyo} para combustible y alimentación de las brigadas",
               apoyo="money 5 80"),
        ],
        "risks": [
            risk("Riesgo de que el fuego alcance a las comunidades: {trend}", levels=BO_LEVELS,
                 mit=("apertura de cortafuegos con la maquinaria de la Alcaldía",)),
            risk("Riesgo de enfermedades respiratorias por el humo: {trend}", levels=BO_LEVELS,
                 mit=("entrega de barbijos y suspensión de las clases presenciales",)),
            risk("Escasez de agua para combatir el fuego",
                 mit=("las cisternas de la Alcaldía abastecen a las brigadas",)),
        ],
        "next": [
            it("Completar la evaluación de daños hasta el {evaluacion}", evaluacion="date 1 4"),
            it("El siguiente informe se emitirá el {siguiente}", siguiente="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 9, 7), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

ZALZALA = Partner(
    "af-andma-provincial-earthquake",
    "زلزله",
    ("د کونړ ولایت د ناڅاپي پېښو د مدیریت ریاست", "د ننګرهار ولایت د ناڅاپي پېښو د مدیریت ریاست",
     "د خوست ولایت د ناڅاپي پېښو د مدیریت ریاست", "د پکتیکا ولایت د ناڅاپي پېښو د مدیریت ریاست"),
    {},
    {
        "hl": [
            it("د {pekh} په شپه د 6.0 درجې زلزلې په ولایت کې ډېر کورونه ویجاړ کړي دي", pekh="date -2 -2"),
            it("زیانمنې شوې کورنۍ: {koranay}{koranay.was}", koranay="n 100 4000"),
        ],
        "sit": [
            it("د زلزلې وروسته ثبت شوي ټکانونه: {tkanuna}{tkanuna.was}", tkanuna="n 5 80"),
            it("د ځینو غرنیو کلیو لارې د ډبرو د رالوېدو له امله تړلې دي"),
        ],
        "imp": [
            it("مړه شوي کسان: {mri}{mri.was}", mri="n 5 400"),
            it("ټپیان: {tapian}{tapian.was}", tapian="n 20 1200"),
            it("په بشپړ ډول ویجاړ شوي کورونه: {koruna}{koruna.was}", koruna="n 20 3000"),
        ],
        "ta": [
            it("د خاورو له لاندې ژوندي ایستل شوي کسان: {zhwandi}{zhwandi.was}", zhwandi="n 1 60"),
            it("د ژغورنې ټیمونه له محلي خلکو سره یوځای د ویجاړو کورونو لاندې د ورکو کسانو لټون کوي"),
        ],
        "tb": [
            it("ګرځنده روغتیایي ټیمونو ته راغلي ناروغان: {naroghan}{naroghan.was}", naroghan="n 20 900"),
            it("سخت ټپیان په هلیکوپټرونو ولایتي او سیمه ییزو روغتونونو ته لېږدول شوي دي"),
        ],
        "help": [
            it("زیانمنو کورنیو ته ویشل شوې خیمې: {khaime}{khaime.was}", khaime="n 20 1500"),
            it("زیانمنو کورنیو ته خوراکي توکي، کمپلې او د پخلي لوښي ویشل شوي دي"),
        ],
        "staff": [
            it("په ساحه کې فعال کارکوونکي او رضاکاران: {karkawunki}{karkawunki.was}", karkawunki="n 20 400"),
            it("د سره میاشتې ټولنې او نورو مرستندویه ادارو ټیمونه هم په ساحه کې فعال دي"),
        ],
        "money": [
            it("تر اوسه شوی لګښت: {lagakht}", lagakht="cum 10 150"),
            it("د بیارغونې لپاره له مرکز څخه غوښتل شوې بودیجه: {bodija}", bodija="money 50 400"),
        ],
        "risks": [
            risk("د زلزلې د نورو ټکانونو خطر: {trend}", levels=PS_LEVELS,
                 mit=("خلکو ته ویل شوي چې زیانمنو کورونو ته بېرته ستانه نه شي",)),
            risk("په خیمو کې د اوسېدونکو د ناروغۍ خطر د یخنۍ له امله: {trend}", levels=PS_LEVELS,
                 mit=("ګرم کالي، کمپلې او بخارۍ ویشل کېږي",)),
            risk("د څښاک د اوبو ککړېدل", mit=("د اوبو د پاکولو ګولۍ او د حفظ الصحې کڅوړې ویشل کېږي",)),
        ],
        "next": [
            it("د زیانونو د سروې بشپړول تر {sarwe} پورې", sarwe="date 1 4"),
            it("راتلونکی راپور به د {rapor} په ورځ واستول شي", rapor="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 9, 3), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

SOMISO = Partner(
    "sz-inkhundla-drought",
    "Somiso",
    ("Inkhundla yaseSiteki", "Inkhundla yaseLubuli", "Inkhundla yaseSigwe", "Inkhundla yaseMatsanjeni"),
    {},
    {
        "hl": [
            it("Imvula lenetsile ayikaneti selokhu kwacala lenyanga, futsi imindeni leminyenti ayisenawo emanti "
               "ekunwa"),
            it("Imindeni letsintsekile: {imindeni}{imindeni.was}", imindeni="n 200 3000"),
        ],
        "sit": [
            it("Litiko leSimo seLitulu libikile kutsi imvula itawuba ncane kunalejwayelekile emavikini "
               "lalandzelako"),
            it("Emanti lasele edamini lelisetjentiswa ngumphakatsi: {damu}{damu.was}", damu="pct 5 45"),
        ],
        "imp": [
            it("Tikolo letivalwe ngenca yekushoda kwemanti: {tikolo}{tikolo.was}", tikolo="n 1 12"),
            it("Tinkhomo letifile ngenca yekushoda kwemanti nekudla: {tinkhomo}{tinkhomo.was}", tinkhomo="n 20 600"),
        ],
        "ta": [
            it("Emaloli lahambisa emanti emiphakatsini: {maloli}{maloli.was}", maloli="n 2 40"),
            it("Tibhorehole letinyenti atisasebenti ngoba emanti angaphansi kakhulu"),
        ],
        "tb": [
            it("Emahektha etilimo letomile: {hektha}{hektha.was}", hektha="n 50 2000"),
            it("Balimi bayakhutsatwa kutsi batsengise letinye tinkhomo kusenesikhatsi"),
        ],
        "help": [
            it("Imindeni letfole ummbila, emabhontjisi nemafutsa ekupheka: {lusito}{lusito.was}", lusito="n 100 2500"),
            it("Bantfwana besikolo baphakelwa kudla kwasemini etikolweni"),
        ],
        "staff": [
            it("Basebenti nemavolontiya lasebentako: {basebenti}{basebenti.was}", basebenti="n 10 150"),
            it("Tindvuna temiphakatsi tisita ekubhaliseni imindeni letsintsekile"),
        ],
        "money": [
            it("Timali letisetjentisiwe kuze kube manje: {timali}", timali="cum 5 60"),
            it("Kucelwe {sicelo} eHhovisini leMphatsi weSifundza kute kusitwe imindeni", sicelo="money 10 120"),
        ],
        "risks": [
            risk("Ingoti yekugula ngenca yemanti langakahlanteki: {trend}", levels=SS_LEVELS,
                 mit=("imindeni inikwa emaphilisi ekuhlanta emanti",)),
            risk("Ingoti yekushoda kwekudla emindenini: {trend}", levels=SS_LEVELS,
                 mit=("kudla kuyasatjalaliswa ngekubambisana ne-NDMA",)),
            risk("Kufa kwetifuyo letinyenti", mit=("balimi batsengiselwa kudla kwetifuyo ngemali lencane",)),
        ],
        "next": [
            it("Lilanga lekuphela kwekuhlolwa kwemindeni: {hlola}", hlola="date 2 6"),
            it("Umbiko lolandzelako: {lolandzelako}", lolandzelako="date 7 7"),
        ],
    },
    SIZES,
    date(2026, 10, 5), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

NEVADA = Partner(
    "ad-comu-snowfall",
    "Nevada",
    ("Comú de Canillo", "Comú d'Encamp", "Comú d'Ordino", "Comú de la Massana"),
    {},
    {
        "hl": [
            it("La nevada que va començar el {comenca} ha deixat gruixos importants a tota la parròquia",
               comenca="date -2 -2"),
            it("Gruix de neu nova a la cota 2.000 (cm): {gruix}{gruix.was}", gruix="n 20 150"),
        ],
        "sit": [
            it("El Servei Meteorològic Nacional manté l'avís taronja per nevades fins a nou avís"),
            it("Es preveu que les nevades minvin a partir de demà al migdia, amb temperatures molt baixes"),
        ],
        "imp": [
            it("Carreteres secundàries tallades: {tallades}{tallades.was}", tallades="n 1 12"),
            it("Les escoles de la parròquia romanen tancades i el transport escolar està suspès"),
        ],
        "ta": [
            it("Llevaneus i tractors treballant a la xarxa comunal: {llevaneus}{llevaneus.was}", llevaneus="n 3 25"),
            it("Sal escampada als vials d'accés als nuclis urbans (tones): {sal}{sal.was}", sal="n 20 300"),
        ],
        "tb": [
            it("El butlletí de perill d'allaus situa el perill en 4 sobre 5 a les zones altes de la parròquia"),
            it("Pistes i camins de muntanya tancats de manera preventiva: {pistes}{pistes.was}", pistes="n 2 20"),
        ],
        "help": [
            it("Persones grans i vulnerables ateses pels serveis socials comunals: {grans}{grans.was}", grans="n 5 90"),
            it("El telèfon d'atenció ciutadana del comú funciona les 24 hores"),
        ],
        "staff": [
            it("Treballadors comunals mobilitzats: {treballadors}{treballadors.was}", treballadors="n 10 120"),
            it("Els bombers i el Cos de Policia donen suport a la retirada de vehicles atrapats"),
        ],
        "money": [
            it("Cost estimat de les operacions fins ara: {cost}", cost="cum 5 80"),
            it("S'ha aprovat un crèdit extraordinari de {credit} per a la viabilitat hivernal", credit="money 20 200"),
        ],
        "risks": [
            risk("Risc d'allaus a les carreteres d'alta muntanya: {trend}", levels=CA_LEVELS,
                 mit=("tancament preventiu de les carreteres afectades i desencadenament controlat",)),
            risk("Risc de gel a la calçada durant la nit: {trend}", levels=CA_LEVELS,
                 mit=("salat preventiu dels vials principals a partir de les 22.00 hores",)),
            risk("Caiguda d'arbres i de línies elèctriques pel pes de la neu",
                 mit=("FEDA revisa les línies amb brigades de guàrdia",)),
        ],
        "next": [
            it("Reobrir tots els vials comunals abans del {reobrir}", reobrir="date 1 3"),
            it("El proper comunicat es publicarà el {proper}", proper="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 2, 9), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
