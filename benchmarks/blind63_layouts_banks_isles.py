"""Item ideas of four ``blind63_layouts`` publishers on islands: the Maldives' island councils after a swell surge
floods their islands (Dhivehi), the fire stations of Curaçao's fire service in a season of bush fires (Papiamentu),
the districts of the Seychelles' Public Utilities Corporation in an island-wide power cut (English) and the municipal
civil protection services of Cabo Verde in torrential rain (Portuguese) (``blind5_layouts_content`` explains the
slots). ``blind63_layouts_content`` prints the amounts, dates, comparisons and the mitigation's lead in each
publisher's conventions; where a suffix or a case ending would bend a figure or a date, a point gives it after a label
and a colon. The organisations are named after real kinds of body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

DV_LEVELS = ("ބަލަމުން", "އިތުރުވަމުން", "މަތި", "ވަރަށް މަތި")
PAP_LEVELS = ("bou di vigilansia", "ta subi", "altu", "masha altu")
SC_LEVELS = ("being monitored", "rising", "high", "very high")
CV_LEVELS = ("sob vigilância", "crescente", "elevado", "muito elevado")

UDHA = Partner(
    "mv-island-council-swell",
    "ކަނޑު ބޮޑުވުން",
    ("ލ. ފޮނަދޫ ކައުންސިލް", "ގދ. ގައްދޫ ކައުންސިލް", "ތ. ގުރައިދޫ ކައުންސިލް", "ށ. ފުނަދޫ ކައުންސިލް"),
    {},
    {
        "hl": [
            it("{fen} ރޭގައި ކަނޑު ބޮޑުވެ ރާޅު އަރައިގެން ރަށުގެ ދެކުނު ފަރާތުގެ ގިނަ ސަރަހައްދުތަކަށް ފެން އަރާފައިވޭ",
               fen="date -2 -2"),
            it("ފެން އަރާފައިވާ ގޭގެ އަދަދު: {ge}{ge.was}", ge="n 5 220"),
        ],
        "sit": [
            it("ދިވެހިރާއްޖޭގެ މޫސުމީ ޚިދުމަތުން ދެކުނުގެ އަތޮޅުތަކަށް ކަނޑު ބޮޑުވުމުގެ ރީނދޫ އެލާޓް ނެރެފައިވޭ"),
            it("ރާޅުގެ އުސްމިން 2 މީޓަރާއި 3 މީޓަރާ ދެމެދަށް ދާނެ ކަމަށް ލަފާކުރެވޭ"),
        ],
        "imp": [
            it("އަސަރުކޮށްފައިވާ ގޭބިސީތަކުގެ އަދަދު: {gebisee}{gebisee.was}", gebisee="n 10 400"),
            it("ރަށުގެ މައިމަގުތަކުގައި ފެން ހުރުމުން ދަތުރުފަތުރުކުރުމަށް ދަތިވެފައިވޭ"),
        ],
        "ta": [
            it("ކެނޑިފައިވާ ގޮނޑުދޮށުގެ ދިގުމިން (މީޓަރު): {kendun}{kendun.was}", kendun="n 20 900"),
            it("ބަނދަރުގެ ބްރޭކްވޯޓަރަށް ގެއްލުންވެފައިވާތީ އުޅަނދުފަހަރު ރަށުގެ އުތުރު ފަރާތުގައި ބަހައްޓަމުންދޭ"),
        ],
        "tb": [
            it("ވަގުތީ ހިޔާތަކަށް ބަދަލުކުރެވިފައިވާ މީހުންގެ އަދަދު: {hiyaa}{hiyaa.was}", hiyaa="n 5 300"),
            it("ސްކޫލުގެ ދެ ބިލްޑިންގް ވަގުތީ ހިޔާއެއްގެ ގޮތުގައި ބޭނުންކުރަމުންދޭ"),
        ],
        "help": [
            it("އަސަރުކޮށްފައިވާ ގޭބިސީތަކަށް ކާނާއާއި ބޯފެން ބަހާލަމުންދޭ"),
            it("ގެއްލުންތައް ރިޕޯޓުކުރުމަށް ކައުންސިލް އިދާރާގެ ހޮޓްލައިން 24 ގަޑިއިރު ހުޅުވާލާފައިވޭ"),
        ],
        "staff": [
            it("މަސައްކަތުގައި ބައިވެރިވާ މުވައްޒަފުންނާއި ވޮލަންޓިއަރުންގެ އަދަދު: {bai}{bai.was}", bai="n 10 250"),
            it("އެމްއެންޑީއެފް އާއި ފުލުހުންގެ ޓީމުތަކުން ވެލިގޮނި ޖެހުމުގައި އެހީތެރިވަމުންދޭ"),
        ],
        "money": [
            it("މިހާތަނަށް ދިމާވި ޚަރަދު: {kharadhu}", kharadhu="cum 5 80"),
            it("ގެއްލުންތައް ރަނގަޅުކުރުމަށް އެދިފައިވާ ބަޖެޓް: {edhun}", edhun="money 10 150"),
        ],
        "risks": [
            risk("ރަށަށް އިތުރަށް ފެން އެރުމުގެ ނުރައްކާ: {trend}", levels=DV_LEVELS,
                 mit=("ގޮނޑުދޮށުގައި ވެލިގޮނި ޖަހައި ފެން ދިޔުމަށް ވަޅުތައް ކޮނެފައިވޭ",)),
            risk("ބޯފެން ހަޑިވުމުގެ ނުރައްކާ: {trend}", levels=DV_LEVELS,
                 mit=("ފެން ޓާންކީތައް ޗެކްކޮށް ފެނަށް ކްލޯރިން އަޅަމުންދޭ",)),
            risk("ބަނދަރުގެ ބްރޭކްވޯޓަރު އިތުރަށް ހަލާކުވުން", mit=("ބަނދަރު ސަރަހައްދަށް އުޅަނދު ވަނުން ހުއްޓާލާފައިވޭ",)),
        ],
        "next": [
            it("ސާފުކުރުމުގެ މަސައްކަތް ފެށުމަށް ހަމަޖެހިފައިވާ ތާރީޚް: {fashan}", fashan="date 1 3"),
            it("އަންނަ ރިޕޯޓު ފޮނުވާ ތާރީޚް: {agla}", agla="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 6, 10), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

KANDELA = Partner(
    "cw-fire-service-bush-fires",
    "Kandela den mondi",
    ("Brandweer Kòrsou – Kazerne Barber", "Brandweer Kòrsou – Kazerne Rio Canario",
     "Brandweer Kòrsou – Kazerne Brievengat", "Brandweer Kòrsou – Kazerne Hato"),
    {},
    {
        "hl": [
            it("E kandela den mondi ku a kuminsá riba {kuminsa} den e área di e kazerne ta sigui kima",
               kuminsa="date -2 -2"),
            it("Superfisie kimá (hektaria): {hektaria}{hektaria.was}", hektaria="n 5 900"),
        ],
        "sit": [
            it("Meteo Kòrsou ta spera bientu fuerte for di ost i tempu seku pa e próximo dianan"),
            it("No a kai awa den e último tres simannan"),
        ],
        "imp": [
            it("Kas ku a haña daño: {kas}{kas.was}", kas="n 1 40"),
            it("Huma di e kandela ta afektá e barionan rònt di e área kimá"),
        ],
        "ta": [
            it("Kandela ku ta aktivo ainda: {aktivo}{aktivo.was}", aktivo="n 1 9"),
            it("E helikòpter di Guardia Kosta ta tira awa riba e partinan ku outobomba no por yega"),
        ],
        "tb": [
            it("Hende ku a evakuá for di nan kas: {evak}{evak.was}", evak="n 2 300"),
            it("E sentro di bario ta funshoná komo refugio temporal pa e famianan evakuá"),
        ],
        "help": [
            it("Kruz Kora ta duna e famianan afektá kuminda, awa i atenshon médiko"),
            it("Residentenan por yama 911 pa reportá kandela nobo"),
        ],
        "staff": [
            it("Bombero i boluntario riba trabou: {bombero}{bombero.was}", bombero="n 10 150"),
            it("Un ekipo di bombero for di Aruba a yega pa yuda ku e kontrol di e kandela"),
        ],
        "money": [
            it("Gastu estimá te awor: {gastu}", gastu="cum 5 60"),
            it("A pidi Gobièrnu {petishon} for di e fondo di emergensia", petishon="money 10 120"),
        ],
        "risks": [
            risk("Riesgo ku e kandela ta plama bai den bario: {trend}", levels=PAP_LEVELS,
                 mit=("a habri un faha kontra kandela ku trèktor rònt di e bario",)),
            risk("Riesgo pa salú pa motibu di huma: {trend}", levels=PAP_LEVELS,
                 mit=("Servisio di Salú Públiko ta konsehá hende ku problema di rosea pa keda paden",)),
            risk("Falta di awa pa e outobombanan", mit=("Aqualectra a pone hidrante ekstra disponibel",)),
        ],
        "next": [
            it("Nos ta spera di tin e kandela bou di kontrol promé ku {kontrol}", kontrol="date 1 3"),
            it("E siguiente informe lo sali riba {siguiente}", siguiente="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 4, 14), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

BLACKOUT = Partner(
    "sc-puc-power-outage",
    "Power Outage",
    ("Public Utilities Corporation – Mahé North", "Public Utilities Corporation – Mahé South",
     "Public Utilities Corporation – Praslin", "Public Utilities Corporation – La Digue"),
    {},
    {
        "hl": [
            it("Supply was lost across the district on {lost} after two generating units tripped at the power station",
               lost="date -1 -1"),
            it("Customers still without supply: {without}{without.was}", without="n 50 9000"),
        ],
        "sit": [
            it("Supply has been restored to the hospital, the airport and the desalination plants"),
            it("Rotational load shedding remains in place during the evening peak"),
        ],
        "imp": [
            it("Feeders out of service: {feeders}{feeders.was}", feeders="n 1 20"),
            it("Water supply is affected where pumping stations have no standby generator"),
        ],
        "ta": [
            it("Generating units available: {units}{units.was}", units="n 1 9"),
            it("Engineers are inspecting the damaged alternator with support from the manufacturer"),
        ],
        "tb": [
            it("Line faults repaired since the outage: {faults}{faults.was}", faults="n 2 80"),
            it("Vegetation has been cleared from the overhead lines along the main ridge"),
        ],
        "help": [
            it("Customers who depend on home oxygen have been contacted and offered generator support"),
            it("The customer care line is open 24 hours a day for fault reports"),
        ],
        "staff": [
            it("Field staff deployed: {crews}{crews.was}", crews="n 10 200"),
            it("Contractors have been engaged to support the line patrols"),
        ],
        "money": [
            it("Estimated cost of repairs to date: {repairs}", repairs="cum 20 300"),
            it("Fuel for standby generation has cost {fuel} this week", fuel="money 5 60"),
        ],
        "risks": [
            risk("The risk of further trips during the evening peak is {trend}", levels=SC_LEVELS,
                 mit=("Non-essential load is shed in rotation",)),
            risk("The risk of fuel running short at the power station is {trend}", levels=SC_LEVELS,
                 mit=("Additional fuel deliveries have been arranged with SEYPEC",)),
            risk("Staff fatigue after extended shifts",
                 mit=("Shifts are limited to twelve hours with rest days rostered",)),
        ],
        "next": [
            it("Full supply is expected to be restored by {restore}", restore="date 1 4"),
            it("The next report will be issued on {nextrep}", nextrep="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 9, 8), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

CHUVAS = Partner(
    "cv-municipal-civil-protection-rain",
    "Chuvas",
    ("Serviço Municipal de Proteção Civil da Praia", "Serviço Municipal de Proteção Civil de São Vicente",
     "Serviço Municipal de Proteção Civil de Santa Catarina",
     "Serviço Municipal de Proteção Civil da Ribeira Grande de Santiago"),
    {},
    {
        "hl": [
            it("As chuvas torrenciais registadas desde {desde} provocaram inundações em vários bairros do concelho",
               desde="date -2 -2"),
            it("Ocorrências registadas: {ocorr}{ocorr.was}", ocorr="n 5 200"),
        ],
        "sit": [
            it("O INMG mantém o aviso amarelo para precipitação forte nas ilhas de Sotavento"),
            it("Precipitação acumulada nas últimas 24 horas (mm): {precip}{precip.was}", precip="n 10 180"),
        ],
        "imp": [
            it("Habitações danificadas: {hab}{hab.was}", hab="n 2 150"),
            it("Vários muros de suporte ruíram e há troços de estrada cobertos de lama e pedras"),
        ],
        "ta": [
            it("Estradas cortadas ao trânsito: {estradas}{estradas.was}", estradas="n 1 15"),
            it("As máquinas da Câmara Municipal trabalham na desobstrução das ribeiras"),
        ],
        "tb": [
            it("Pessoas desalojadas acolhidas em escolas: {desal}{desal.was}", desal="n 5 400"),
            it("Os centros de acolhimento dispõem de colchões, mantas e refeições quentes"),
        ],
        "help": [
            it("A Cruz Vermelha de Cabo Verde apoia as famílias afetadas com kits de higiene"),
            it("As famílias podem registar os danos junto dos serviços da Câmara Municipal"),
        ],
        "staff": [
            it("Operacionais no terreno: {op}{op.was}", op="n 10 200"),
            it("Os Bombeiros Municipais e a Polícia Nacional apoiam as operações de limpeza"),
        ],
        "money": [
            it("Custo estimado das operações até à data: {custo}", custo="cum 5 80"),
            it("Foi solicitado ao Governo um apoio de {apoio} para a reposição de infraestruturas",
               apoio="money 20 300"),
        ],
        "risks": [
            risk("Risco de deslizamento de terras nas encostas: {trend}", levels=CV_LEVELS,
                 mit=("as famílias das zonas de risco foram aconselhadas a sair preventivamente",)),
            risk("Risco de doenças de origem hídrica: {trend}", levels=CV_LEVELS,
                 mit=("distribuição de lixívia e sensibilização para o tratamento da água",)),
            risk("Obstrução das redes de drenagem", mit=("limpeza das valetas e sarjetas antes das próximas chuvas",)),
        ],
        "next": [
            it("Concluir o levantamento dos danos até {levant}", levant="date 1 3"),
            it("O próximo relatório será divulgado a {prox}", prox="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 9, 14), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
