"""Item ideas of four ``blind65_layouts`` publishers by the sea: the provincial disaster offices of Solomon Islands
after a tropical cyclone (Solomon Islands Pijin, as its officers type it), the municipal health directorates of Angola
in a cholera outbreak (Portuguese in Angola's spelling, which kept "acção" and "direcção"), the municipal civil
protection offices of Argentine Patagonia under a fall of volcanic ash (Spanish) and the town councils of Belize in a
spell of power cuts (English) (``blind5_layouts_content`` explains the slots). ``blind65_layouts_content`` prints the
amounts, dates, comparisons and the mitigation's lead in each publisher's conventions. The organisations are named
after real kinds of body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

PI_LEVELS = ("mifala lukluk long hem", "hem go ap", "hem hae", "hem hae tumas")
AO_LEVELS = ("sob vigilância", "em aumento", "alto", "muito alto")
AR_LEVELS = ("en observación", "en aumento", "alto", "muy alto")
BZ_LEVELS = ("being monitored", "rising", "high", "very high")

SAEKLON = Partner(
    "sb-provincial-disaster-office-cyclone",
    "Saeklon",
    ("Malaita Provincial Disaster Office", "Makira-Ulawa Provincial Disaster Office",
     "Temotu Provincial Disaster Office", "Isabel Provincial Disaster Office"),
    {},
    {
        "hl": [
            it("Saeklon wea kasem provins long {kasem} hem spoelem staka haos, gaden an skul", kasem="date -2 -2"),
            it("Olketa famili wea saeklon afektim: {famili}{famili.was}", famili="n 50 4000"),
        ],
        "sit": [
            it("Solomon Islands Meteorological Services talem hao strong win an bikfala ren bae go ahed fo tufala dei "
               "moa"),
            it("Solwata hem raf tumas an olketa bot no fit go long olketa smol aelan"),
        ],
        "imp": [
            it("Olketa haos wea saeklon distroem finis: {haos}{haos.was}", haos="n 10 1500"),
            it("Staka gaden blong kaikai hem spoel nao, so bae staka famili no garem inaf kaikai"),
        ],
        "ta": [
            it("Olketa bris wea brek: {bris}{bris.was}", bris="n 1 12"),
            it("Main rod go long not saed hem klos bikos olketa tri foldaon long hem"),
        ],
        "tb": [
            it("Olketa pipol wea stap long evakuesen senta: {pipol}{pipol.was}", pipol="n 20 3000"),
            it("Staka skul an sios nao olketa iusim olsem evakuesen senta"),
        ],
        "help": [
            it("Olketa famili wea kasem tarpolin an kaikai: {tarpolin}{tarpolin.was}", tarpolin="n 20 2500"),
            it("Red Kros an olketa sios grup helpem mifala fo sendem wata an kaikai go long olketa vilij"),
        ],
        "staff": [
            it("Olketa waka man an volontia wea waka long fil: {volontia}{volontia.was}", volontia="n 10 150"),
            it("Tim blong RSIPF an Ministri blong Helt hem kam nao fo helpem mifala"),
        ],
        "money": [
            it("Selen wea provins spendem finis: {selen}", selen="cum 5 80"),
            it("Provins hem askem {askem} from NDMO fo fuel blong olketa bot an trak", askem="money 10 150"),
        ],
        "risks": [
            risk("Risk blong daeria bikos wata hem no klin: {trend}", levels=PI_LEVELS,
                 mit=("mifala sharem olketa wata tablet an givim toktok abaotem klin wata",)),
            risk("Risk blong malaria an dengue: {trend}", levels=PI_LEVELS,
                 mit=("mifala sharem olketa net an klinim olketa ples wea wata stap",)),
            risk("Nara saeklon maet kam insaet long wik wea kam",
                 mit=("mifala redim olketa evakuesen senta an sharem toktok long redio",)),
        ],
        "next": [
            it("Finisim asesmen blong olketa damis bifoa {asesmen}", asesmen="date 1 4"),
            it("Nekis ripot bae kam long {nekis}", nekis="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 1, 12), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

COLERA = Partner(
    "ao-municipal-health-cholera",
    "Surto de cólera",
    ("Direcção Municipal da Saúde de Cacuaco", "Direcção Municipal da Saúde do Cazenga",
     "Direcção Municipal da Saúde de Viana", "Direcção Municipal da Saúde do Lobito"),
    {},
    {
        "hl": [
            it("O surto de cólera declarado a {declarado} continua activo em vários bairros do município",
               declarado="date -10 -10"),
            it("Casos acumulados: {casos}{casos.was}", casos="n 20 3000"),
        ],
        "sit": [
            it("Novos casos nas últimas 24 horas: {novos}{novos.was}", novos="n 2 120"),
            it("A taxa de letalidade mantém-se acima da meta de 1% fixada pela OMS"),
        ],
        "imp": [
            it("Óbitos acumulados: {obitos}{obitos.was}", obitos="n 1 80"),
            it("O Centro de Saúde do bairro funciona acima da sua capacidade e alguns doentes são atendidos em tendas"),
        ],
        "ta": [
            it("Doentes internados nos Centros de Tratamento de Cólera: {internados}{internados.was}",
               internados="n 5 200"),
            it("A Unidade de Tratamento de Cólera do Hospital Municipal recebeu mais 20 camas"),
        ],
        "tb": [
            it("Litros de água tratada distribuídos por camiões-cisterna: {litros}{litros.was}",
               litros="n 10000 400000"),
            it("A empresa de águas reforçou a cloração da água nos chafarizes dos bairros afectados"),
        ],
        "help": [
            it("Famílias que receberam kits de higiene e lixívia: {familias}{familias.was}", familias="n 20 3000"),
            it("Os activistas comunitários fazem visitas porta a porta e explicam como tratar a água para beber"),
        ],
        "staff": [
            it("Profissionais de saúde e activistas mobilizados: {profissionais}{profissionais.was}",
               profissionais="n 10 400"),
            it("O Gabinete Provincial da Saúde destacou mais enfermeiros para os Centros de Tratamento de Cólera"),
        ],
        "money": [
            it("Despesas realizadas até à data: {despesas}", despesas="cum 5 80"),
            it("Foi solicitado ao Governo Provincial um reforço orçamental de {reforco} para medicamentos e soros",
               reforco="money 10 200"),
        ],
        "risks": [
            risk("Propagação do surto aos municípios vizinhos: {trend}", levels=AO_LEVELS,
                 mit=("vigilância reforçada nos mercados e nas paragens de táxi",)),
            risk("Ruptura de stock de soros e sais de reidratação oral: {trend}", levels=AO_LEVELS,
                 mit=("pedido de reabastecimento à Central de Compras de Medicamentos",)),
            risk("Chuvas que arrastam o lixo para as valas e contaminam a água",
                 mit=("limpeza das valas de drenagem com a Administração Municipal",)),
        ],
        "next": [
            it("Concluir a vacinação oral contra a cólera nos bairros afectados até {vacinacao}",
               vacinacao="date 2 6"),
            it("O próximo relatório será enviado a {proximo}", proximo="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 1, 12), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

CENIZA = Partner(
    "ar-municipal-civil-protection-ash",
    "Caída de ceniza volcánica",
    ("Protección Civil – Municipalidad de Villa La Angostura", "Protección Civil – Municipalidad de San Carlos de "
     "Bariloche", "Protección Civil – Municipalidad de Ingeniero Jacobacci", "Protección Civil – Municipalidad de "
     "Esquel"),
    {},
    {
        "hl": [
            it("La caída de ceniza volcánica que comenzó el {comienzo} afecta a toda la localidad",
               comienzo="date -3 -3"),
            it("Espesor de ceniza acumulada en el casco urbano (cm): {espesor}{espesor.was}", espesor="n 1 15"),
        ],
        "sit": [
            it("El SEGEMAR y el Servicio Meteorológico Nacional prevén que el viento del oeste siga trayendo ceniza en "
               "las próximas 48 horas"),
            it("La calidad del aire se mantiene en nivel malo por el material particulado en suspensión"),
        ],
        "imp": [
            it("Las clases presenciales siguen suspendidas en todos los niveles"),
            it("Vecinos atendidos por problemas respiratorios y oculares: {atendidos}{atendidos.was}",
               atendidos="n 5 400"),
        ],
        "ta": [
            it("La ruta de acceso a la localidad permanece cortada por la baja visibilidad"),
            it("Vehículos asistidos en la ruta: {vehiculos}{vehiculos.was}", vehiculos="n 5 200"),
        ],
        "tb": [
            it("Toneladas de ceniza retiradas de calles y edificios públicos: {toneladas}{toneladas.was}",
               toneladas="n 20 2000"),
            it("Se pide a los vecinos que humedezcan la ceniza antes de barrerla y que la embolsen"),
        ],
        "help": [
            it("Barbijos entregados a la población: {barbijos}{barbijos.was}", barbijos="n 100 20000"),
            it("Desarrollo Social asiste con agua envasada y leña a las familias de los parajes rurales"),
        ],
        "staff": [
            it("Personal municipal, bomberos y voluntarios en tareas de limpieza: {personal}{personal.was}",
               personal="n 10 300"),
            it("La provincia envió dos camiones desobstructores y una pala cargadora"),
        ],
        "money": [
            it("Gastos de la emergencia a la fecha: {gastos}", gastos="cum 5 80"),
            it("El Concejo Deliberante aprobó una partida de emergencia de {partida}", partida="money 20 200"),
        ],
        "risks": [
            risk("Riesgo de colapso de techos por el peso de la ceniza húmeda: {trend}", levels=AR_LEVELS,
                 mit=("relevamiento de techos de edificios públicos y recomendaciones a los vecinos",)),
            risk("Riesgo de problemas respiratorios en niños y adultos mayores: {trend}", levels=AR_LEVELS,
                 mit=("entrega de barbijos y atención en los centros de salud",)),
            risk("Contaminación del agua potable por ceniza",
                 mit=("la cooperativa de agua refuerza los controles y el filtrado",)),
        ],
        "next": [
            it("Completar la limpieza de las calles principales antes del {limpieza}", limpieza="date 1 4"),
            it("El próximo parte se emitirá el {proximo}", proximo="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 6, 8), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

OUTAGE = Partner(
    "bz-town-council-power-cuts",
    "Power outages",
    ("Orange Walk Town Council", "Corozal Town Council", "San Ignacio and Santa Elena Town Council",
     "Dangriga Town Council"),
    {},
    {
        "hl": [
            it("The power outages that began on {began} continue to affect homes and businesses across the town",
               began="date -3 -3"),
            it("Hours without electricity in the last 24 hours: {hours}{hours.was}", hours="n 2 18"),
        ],
        "sit": [
            it("BEL says the shortfall in supply from Mexico and from local generation will continue for several days"),
            it("Outages rotate by area; the schedule is posted on the Council's Facebook page"),
        ],
        "imp": [
            it("Businesses that reported losses to the Council: {losses}{losses.was}", losses="n 5 200"),
            it("Traffic lights at the main junctions are out and police are directing traffic"),
        ],
        "ta": [
            it("Belize Water Services is running standby generators at its pumping stations"),
            it("Households reporting low water pressure: {pressure}{pressure.was}", pressure="n 20 900"),
        ],
        "tb": [
            it("Cooling centres open during the outages: {centres}{centres.was}", centres="n 1 6"),
            it("Visits to the cooling centres yesterday: {visits}{visits.was}", visits="n 10 500"),
        ],
        "help": [
            it("Council staff checked on elderly residents who rely on medical equipment at home"),
            it("Bags of ice distributed to vulnerable households: {ice}{ice.was}", ice="n 20 1200"),
        ],
        "staff": [
            it("Council staff and volunteers on duty: {crew}{crew.was}", crew="n 5 80"),
            it("The Belize Defence Force has lent two generators to the Council"),
        ],
        "money": [
            it("Extra costs of the outages to date: {costs}", costs="cum 2 40"),
            it("The Council has asked the Ministry of Local Government for {ask} for generators and fuel",
               ask="money 5 60"),
        ],
        "risks": [
            risk("Heat illness among the elderly and young children: {trend}", levels=BZ_LEVELS,
                 mit=("cooling centres and daily checks on vulnerable residents",)),
            risk("Food spoiling in homes and shops: {trend}", levels=BZ_LEVELS,
                 mit=("public health inspectors are visiting food businesses",)),
            risk("Fires from candles and unsafe use of generators",
                 mit=("the Fire Department is sharing safety messages on the radio",)),
        ],
        "next": [
            it("Agree a revised outage schedule with BEL by {schedule}", schedule="date 1 3"),
            it("Next update on {next_update}", next_update="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 5, 11), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
