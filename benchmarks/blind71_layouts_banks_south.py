"""Item ideas of four ``blind71_layouts`` publishers in the south: the town committees of upper Sindh in a heatwave
(Sindhi), the municipal civil protection units of the Isthmus of Tehuantepec after an earthquake (Spanish), the
municipalities of the Azuero peninsula in Panama when a river's pollution stops the drinking water (Spanish), and the
communes of the south of La Réunion in an epidemic of chikungunya (French) (``blind5_layouts_content`` explains the
slots). ``blind71_layouts_content`` prints the amounts, dates, comparisons and the mitigation's lead in each
publisher's conventions; a Sindhi figure stands after a label and a colon, or apart from the words round it. The
organisations are named after real kinds of body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

SD_LEVELS = ("نگراني هيٺ", "وڌي رهيو آهي", "وڌيڪ", "تمام گهڻو")
ES_LEVELS = ("en observación", "en aumento", "alto", "muy alto")
FR_LEVELS = ("sous surveillance", "en hausse", "élevé", "très élevé")

GARMI = Partner(
    "sd-town-committee-heatwave",
    "گرمي جي لهر",
    ("ميونسپل ڪميٽي جيڪب آباد", "ٽائون ڪميٽي ٺل", "ميونسپل ڪميٽي شڪارپور", "ميونسپل ڪميٽي دادو"),
    {},
    {
        "hl": [
            it("{since} کان شهر ۾ سخت گرمي جي لهر جاري آهي ۽ ڏينهن جو گرمي پد 50 ڊگري جي ويجهو رهيو آهي",
               since="date -3 -3"),
            it("لُو لڳڻ سبب اسپتال پهچندڙ ماڻهن جو تعداد: {lu}{lu.was}", lu="n 5 300"),
        ],
        "sit": [
            it("محڪمه موسميات ايندڙ ٽن ڏينهن تائين گرمي جي لهر جاري رهڻ جي اڳڪٿي ڪئي آهي"),
            it("شهر ۾ رڪارڊ ٿيل وڌ ۾ وڌ گرمي پد، ڊگري سينٽي گريڊ ۾: {t}{t.was}", t="n 46 52"),
        ],
        "imp": [
            it("لُو لڳڻ سبب فوت ٿيل ماڻهن جو تعداد: {maut}{maut.was}", maut="n 1 12"),
            it("گرمي سبب بند ڪيل سرڪاري اسڪولن جو تعداد: {school}{school.was}", school="n 5 120"),
        ],
        "ta": [
            it("پيئڻ جي پاڻي جي کوٽ وارن محلن جو تعداد: {mohalla}{mohalla.was}", mohalla="n 2 40"),
            it("ميونسپل ڪميٽي ٽينڪرن ذريعي متاثر محلن ۾ پيئڻ جو پاڻي پهچائي رهي آهي"),
        ],
        "tb": [
            it("سيپڪو طرفان روزانو لوڊشيڊنگ جا ڪلاڪ: {ls}{ls.was}", ls="n 4 14"),
            it("سول اسپتال ۾ هيٽ اسٽروڪ وارڊ جا بسترا وڌايا ويا آهن ۽ ڊاڪٽرن جون موڪلون منسوخ ڪيون ويون آهن"),
        ],
        "help": [
            it("شهر ۾ قائم ٿيل هيٽ ويو ڪيمپن جو تعداد: {camp}{camp.was}", camp="n 3 30"),
            it("ڪيمپن تي ٿڌو پاڻي، او آر ايس ۽ پهرين طبي امداد ڏني پئي وڃي"),
        ],
        "staff": [
            it("ڪيمپن ۽ پاڻي جي فراهمي تي مقرر ميونسپل عملو ۽ رضاڪار: {amlo}{amlo.was}", amlo="n 10 200"),
            it("صفائي ڪامورن جي ڊيوٽي جو وقت صبح جو سوير ڪيو ويو آهي ته جيئن منجهند جي گرمي کان بچي سگهن"),
        ],
        "money": [
            it("هن وقت تائين ٿيل ڪل خرچ: {kharch}", kharch="cum 1 20"),
            it("ڊپٽي ڪمشنر کان ٽينڪرن ۽ ڪيمپن لاءِ گهريل رقم: {raqam}", raqam="money 5 60"),
        ],
        "risks": [
            risk("بجلي جي ڊگهي بندش سبب پاڻي جي فراهمي متاثر ٿيڻ جو خطرو: {trend}", levels=SD_LEVELS,
                 mit=("واٽر ورڪس لاءِ جنريٽر ۽ ڊيزل جو بندوبست ڪيو ويو آهي",)),
            risk("ٻاهر ڪم ڪندڙ مزدورن ۽ ٻارن کي لُو لڳڻ جو خطرو: {trend}", levels=SD_LEVELS,
                 mit=("مسجدن جي لائوڊ اسپيڪرن ۽ سوشل ميڊيا ذريعي احتياطي پيغام ڏنا پيا وڃن",)),
            risk("اسپتال ۾ او آر ايس ۽ ڊرپس جي کوٽ",
                 mit=("ضلعي صحت آفيسر کان اضافي دوائن جي گهر ڪئي وئي آهي",)),
        ],
        "next": [
            it("سڀني محلن ۾ پاڻي جي فراهمي جو سروي هن تاريخ تائين مڪمل ڪيو ويندو: {survey}", survey="date 1 4"),
            it("ايندڙ رپورٽ موڪلڻ جي تاريخ: {agli}", agli="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 5, 18), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

SISMO = Partner(
    "mx-municipal-civil-protection-earthquake",
    "Sismo",
    ("Unidad Municipal de Protección Civil de Juchitán de Zaragoza",
     "Unidad Municipal de Protección Civil de Salina Cruz",
     "Unidad Municipal de Protección Civil de Santo Domingo Tehuantepec",
     "Unidad Municipal de Protección Civil de Matías Romero Avendaño"),
    {},
    {
        "hl": [
            it("El sismo del {fecha} y sus réplicas siguen afectando a la población del municipio",
               fecha="date -2 -2"),
            it("Personas damnificadas registradas en el censo: {dam}{dam.was}", dam="n 50 4000"),
        ],
        "sit": [
            it("El Servicio Sismológico Nacional sigue registrando réplicas, algunas sentidas en la cabecera "
               "municipal"),
            it("Réplicas registradas desde el sismo principal: {rep}{rep.was}", rep="n 50 900"),
        ],
        "imp": [
            it("Viviendas con daño total: {vt}{vt.was}", vt="n 10 600"),
            it("Personas lesionadas atendidas en el hospital: {les}{les.was}", les="n 1 80"),
        ],
        "ta": [
            it("Viviendas con daño parcial revisadas por las brigadas: {vp}{vp.was}", vp="n 50 2000"),
            it("Las brigadas de evaluación marcan con cinta roja las viviendas que no se pueden habitar"),
        ],
        "tb": [
            it("Escuelas con daños que permanecen sin clases: {esc}{esc.was}", esc="n 1 40"),
            it("La CFE restableció la energía eléctrica en la mayor parte de las colonias"),
        ],
        "help": [
            it("Personas en albergues temporales: {alb}{alb.was}", alb="n 20 1500"),
            it("Se entregan despensas, agua embotellada y cobijas en los albergues y en las colonias afectadas"),
        ],
        "staff": [
            it("Brigadistas, personal municipal y voluntarios en campo: {brig}{brig.was}", brig="n 20 300"),
            it("Elementos de la Guardia Nacional y de la SEDENA apoyan en la remoción de escombros"),
        ],
        "money": [
            it("Gasto municipal acumulado por la emergencia: {gasto}", gasto="cum 5 80"),
            it("Se solicitaron {fondo} al Gobierno del Estado para la atención de la emergencia", fondo="money 20 900"),
        ],
        "risks": [
            risk("Riesgo de derrumbe de bardas y construcciones dañadas con las réplicas: {trend}", levels=ES_LEVELS,
                 mit=("acordonamiento de las zonas de riesgo y demolición programada de las estructuras más dañadas",)),
            risk("Riesgo de enfermedades en los albergues por hacinamiento: {trend}", levels=ES_LEVELS,
                 mit=("jornadas de salud de la Jurisdicción Sanitaria y limpieza diaria de los albergues",)),
            risk("Rapiña en viviendas abandonadas",
                 mit=("rondines de la policía municipal durante la noche",)),
        ],
        "next": [
            it("Concluir el censo de viviendas dañadas el {censo}", censo="date 1 4"),
            it("Próximo reporte el {prox}", prox="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 9, 9), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

AGUA = Partner(
    "pa-azuero-municipality-water",
    "Falta de agua potable",
    ("Municipio de Chitré", "Municipio de Los Santos", "Municipio de Las Tablas", "Municipio de Guararé"),
    {},
    {
        "hl": [
            it("Desde el {desde} la potabilizadora no puede tratar el agua del río La Villa por la contaminación y "
               "gran parte del distrito sigue sin agua", desde="date -5 -5"),
            it("Personas sin servicio de agua potable: {sin}{sin.was}", sin="n 1000 40000"),
        ],
        "sit": [
            it("El Ministerio de Ambiente mantiene la toma de muestras en varios puntos del río"),
            it("Puntos de muestreo con resultados fuera de norma: {mues}{mues.was}", mues="n 1 12"),
        ],
        "imp": [
            it("Escuelas con clases suspendidas por falta de agua: {esc}{esc.was}", esc="n 1 40"),
            it("Comercios y restaurantes del centro han reducido su horario por falta de agua"),
        ],
        "ta": [
            it("Carros cisterna distribuyendo agua en las comunidades: {cis}{cis.was}", cis="n 2 30"),
            it("El IDAAN perfora pozos adicionales para abastecer el acueducto"),
        ],
        "tb": [
            it("Consultas por enfermedades diarreicas en los centros de salud: {dia}{dia.was}", dia="n 5 200"),
            it("El MINSA recomienda hervir el agua antes de consumirla"),
        ],
        "help": [
            it("Galones de agua entregados a las familias: {gal}{gal.was}", gal="n 500 30000"),
            it("Se entregan tanques plásticos a los hogares con adultos mayores y personas con discapacidad"),
        ],
        "staff": [
            it("Funcionarios municipales y voluntarios en la distribución de agua: {func}{func.was}", func="n 5 120"),
            it("El SINAPROC y el Cuerpo de Bomberos apoyan con personal y vehículos"),
        ],
        "money": [
            it("Gastos acumulados del municipio en la emergencia: {gastos}", gastos="cum 2 40"),
            it("El municipio solicitó {solicitud} al Gobierno Nacional", solicitud="money 10 300"),
        ],
        "risks": [
            risk("Riesgo de brote de enfermedades diarreicas por consumo de agua no segura: {trend}", levels=ES_LEVELS,
                 mit=("entrega de cloro y jornadas de educación sanitaria casa por casa",)),
            risk("Riesgo de desabastecimiento de agua en el hospital regional: {trend}", levels=ES_LEVELS,
                 mit=("un carro cisterna asignado de forma exclusiva al hospital",)),
            risk("Conflictos en los puntos de distribución por largas filas",
                 mit=("horarios por barriada y presencia de la Policía Nacional",)),
        ],
        "next": [
            it("Reunión con el IDAAN y el Ministerio de Ambiente el {reunion}", reunion="date 1 4"),
            it("Próximo informe el {prox}", prox="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 3, 9), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

CHIKUNGUNYA = Partner(
    "re-commune-chikungunya",
    "Chikungunya",
    ("Commune de Saint-Pierre", "Commune du Tampon", "Commune de Saint-Louis", "Commune de Saint-Joseph"),
    {},
    {
        "hl": [
            it("L'épidémie de chikungunya progresse dans la commune depuis le {debut}", debut="date -40 -40"),
            it("Cas confirmés signalés par l'ARS dans la commune cette semaine : {cas}{cas.was}", cas="n 20 1500"),
        ],
        "sit": [
            it("Santé publique France confirme que l'île reste en phase épidémique"),
            it("Passages aux urgences pour chikungunya au CHU Sud : {urg}{urg.was}", urg="n 5 300"),
        ],
        "imp": [
            it("Agents municipaux en arrêt maladie pour chikungunya : {arret}{arret.was}", arret="n 2 80"),
            it("Plusieurs crèches fonctionnent en effectif réduit faute de personnel"),
        ],
        "ta": [
            it("Gîtes larvaires détruits lors des visites de quartier : {gites}{gites.was}", gites="n 50 3000"),
            it("Les équipes de l'ARS réalisent des traitements insecticides de nuit autour des cas signalés"),
        ],
        "tb": [
            it("Écoles traitées contre les moustiques pendant les vacances : {ecoles}{ecoles.was}", ecoles="n 1 40"),
            it("Les déchèteries restent ouvertes le dimanche pour les déchets verts et les encombrants"),
        ],
        "help": [
            it("Le CCAS livre des répulsifs et des moustiquaires aux personnes âgées et aux familles fragiles"),
            it("Répulsifs distribués aux familles : {rep}{rep.was}", rep="n 100 8000"),
        ],
        "staff": [
            it("Agents communaux mobilisés pour les opérations de nettoyage : {agents}{agents.was}", agents="n 10 150"),
            it("Des jeunes en service civique accompagnent les équipes en porte-à-porte"),
        ],
        "money": [
            it("Dépenses engagées par la commune depuis le début de l'épidémie : {dep}", dep="cum 5 60"),
            it("La commune a demandé {aide} à l'État pour la lutte contre les moustiques", aide="money 20 500"),
        ],
        "risks": [
            risk("Risque de formes graves chez les personnes âgées et les nourrissons : {trend}", levels=FR_LEVELS,
                 mit=("messages de prévention dans les maisons de quartier et visites du CCAS",)),
            risk("Risque de prolifération des moustiques avec les pluies de la saison : {trend}", levels=FR_LEVELS,
                 mit=("ramassage des encombrants renforcé dans les quartiers",)),
            risk("Manque d'agents dans les services municipaux",
                 mit=("recours aux contrats courts et réorganisation des plannings",)),
        ],
        "next": [
            it("Opération « Kass Moustik » dans les quartiers des hauts le {kass}", kass="date 1 4"),
            it("Prochain point de situation le {pp}", pp="date 7 7"),
        ],
    },
    SIZES,
    date(2026, 3, 2), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip
