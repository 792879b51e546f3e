"""Item ideas of two ``blind41_layouts`` publishers farther afield: Kurdish associations in north-east Syria in a
summer water crisis (a pumping station out of service, a drought and water trucking), writing in Kurmanji in Latin
letters, and Puerto Rican mutual aid centres in the mountains after a hurricane, writing in Spanish
(``blind5_layouts_content`` explains the slots; the risks escalate in their own language's words).
``blind41_layouts_content`` prints the amounts, dates, comparisons and the mitigation's lead in each publisher's
words. The organisations are named after real kinds of body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

KU_LEVELS = ("tê şopandin", "zêde dibe", "niha bilind e", "niha pir bilind e")

AV = Partner(
    "ku-komele-krizava",
    "Krîza avê",
    ("Komeleya Alîkariyê ya Qamişloyê", "Komeleya Ava Paqij a Hesekê", "Rêxistina Xêrxwazî ya Amûdê",
     "Komeleya Jinan a Dirbêsiyê"),
    {},
    {
        "kurtasi": [
            it("Ji {destpek} ve stasyona avê ya Elokê naxebite û bajar bê av maye", destpek="date -20 -20"),
            it("{malbat} malbat rasterast ji krîza avê bandor bûne{malbat.was}", malbat="n 200 9000"),
        ],
        "rewse": [
            it("Ava boriyan tenê du roj di hefteyê de tê"),
            it("{tax} tax bi tevahî bê av in{tax.was}", tax="n 2 30"),
        ],
        "pesbini": [
            it("Tê payîn ku germahî heta {heta} ji 44 pileyan derbas bibe", heta="date 2 6"),
            it("Di {roj} rojên bê de baran nayê payîn", roj="n 5 14"),
        ],
        "bandor": [
            it("{ishal} rewşên îshalê di hefteya dawî de hatin tomarkirin{ishal.was}", ishal="n 10 400"),
            it("Malbat ji bo her metrekûpek avê {biha} lîreyên Sûrî didin", biha="n 8000 30000"),
        ],
        "tenker": [
            it("{tenker} tenker her roj avê belav dikin{tenker.was}", tenker="n 3 60"),
            it("Rojane {metrekup} metrekûp av tê belavkirin", metrekup="n 50 1500"),
        ],
        "bir": [
            it("{bir} bîrên nû hatin kolandin û bi tora avê ve hatin girêdan", bir="n 1 12"),
            it("Li {tank} dibistanan tankên avê hatin danîn", tank="n 2 40"),
        ],
        "alikari": [
            it("{kit} pakêtên paqijiyê li malbatan hatin belavkirin{kit.was}", kit="n 50 4000"),
            it("Tabletên paqijkirina avê ji hemû malbatên li kampan re hatin dayîn"),
        ],
        "karmend": [
            it("{xwebexs} xwebexş di xebatên belavkirinê de cih digirin{xwebexs.was}", xwebexs="n 10 200"),
            it("Tîmeke tenduristiyê ya {tim} kesî li navendên tenduristiyê dixebite", tim="n 3 15"),
        ],
        "lecun": [
            it("Lêçûnên bersivê heta niha gihîştine {lecun}", lecun="cum 10 400"),
            it("Ji bo sotemeniya tenkeran {sotemeni} hat xerckirin", sotemeni="money 2 60"),
        ],
        "risks": [
            risk("Metirsiya belavbûna kolerayê {trend}", levels=KU_LEVELS,
                 mit=("ava tenkeran her roj bi klorê tê paqijkirin",)),
            risk("Metirsiya ku tenker bi ava nepaqij werin dagirtin {trend}", levels=KU_LEVELS,
                 mit=("tîmên me ava her tenkerekê diceribînin",)),
            risk("Kêmbûna sotemeniyê ji bo tenkeran", mit=("peymanek bi stasyona sotemeniyê re hat îmzekirin",)),
        ],
        "gav": [
            it("Civîna koordînasyonê bi rêxistinên hevkar re di {civin} de", civin="date 1 5"),
            it("Kolandina du bîrên din heta {kolan} biqedînin", kolan="date 3 10"),
        ],
    },
    {"kurtasi": (1, 2), "rewse": (1, 2), "pesbini": (1, 2), "bandor": (1, 2), "tenker": (1, 2), "bir": (1, 2),
     "alikari": (1, 2), "karmend": (1, 2), "lecun": (1, 2), "risks": (1, 3), "gav": (1, 2)},
    date(2026, 8, 4), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

PR_LEVELS = ("está bajo vigilancia", "va en aumento", "es ahora alto", "es ahora muy alto")

RECUPERACION = Partner(
    "pr-apoyo-mutuo-huracan",
    "Recuperación tras el huracán",
    ("Centro de Apoyo Mutuo de Jayuya", "Comité Comunitario de Orocovis", "Red de Mujeres de Yabucoa",
     "Colectivo Barrio Adentro de Utuado"),
    {},
    {
        "resumen": [
            it("Desde el paso del huracán el {paso} seguimos trabajando en los barrios de la montaña",
               paso="date -9 -9"),
            it("{familias} familias han recibido ayuda del centro{familias.was}", familias="n 30 2500"),
        ],
        "situacion": [
            it("La mayoría de los barrios altos siguen sin servicio de luz"),
            it("{sinagua} familias siguen sin agua potable en sus casas{sinagua.was}", sinagua="n 10 900"),
        ],
        "pronostico": [
            it("El Servicio Nacional de Meteorología pronostica aguaceros fuertes hasta el {hasta}",
               hasta="date 1 4"),
            it("Se esperan hasta {pulgadas} pulgadas de lluvia en la cordillera", pulgadas="n 2 8"),
        ],
        "danos": [
            it("{casas} casas perdieron el techo{casas.was}", casas="n 10 800"),
            it("{puentes} puentes del municipio quedaron dañados", puentes="n 1 12"),
        ],
        "luz": [
            it("LUMA estima que restablecerá la luz en el barrio para el {luz}", luz="date 3 14"),
            it("{plantas} familias dependen de plantas eléctricas{plantas.was}", plantas="n 10 600"),
        ],
        "caminos": [
            it("{derrumbes} derrumbes siguen bloqueando caminos vecinales{derrumbes.was}", derrumbes="n 2 60"),
            it("Los vecinos abrieron con machetes y sierras el camino hacia el sector La Loma"),
        ],
        "repartido": [
            it("Repartimos {compras} compras de alimentos{compras.was}", compras="n 50 3000"),
            it("Entregamos filtros de agua a {filtros} familias", filtros="n 10 500"),
        ],
        "voluntarios": [
            it("{voluntarios} voluntarios trabajaron esta semana{voluntarios.was}", voluntarios="n 10 250"),
            it("Una brigada de enfermeras visita a los encamados cada mañana"),
        ],
        "donativos": [
            it("Hemos recibido {donativos} en donativos", donativos="cum 5 400"),
            it("Gastamos {gasto} en diésel para las plantas eléctricas", gasto="money 1 40"),
        ],
        "risks": [
            risk("El riesgo de leptospirosis en los barrios inundados {trend}", levels=PR_LEVELS,
                 mit=("repartimos botas y orientamos sobre el agua de las quebradas",)),
            risk("El riesgo para los encamados que dependen de equipos eléctricos {trend}", levels=PR_LEVELS,
                 mit=("prestamos plantas eléctricas pequeñas a esas familias",)),
            risk("El cansancio de los voluntarios", mit=("organizamos turnos y un día de descanso a la semana",)),
        ],
        "pasos": [
            it("Asamblea comunitaria en la cancha el {asamblea}", asamblea="date 1 5"),
            it("Abrir un segundo centro de acopio antes del {acopio}", acopio="date 3 10"),
        ],
    },
    {"resumen": (1, 2), "situacion": (1, 2), "pronostico": (1, 2), "danos": (1, 2), "luz": (1, 2),
     "caminos": (1, 2), "repartido": (1, 2), "voluntarios": (1, 2), "donativos": (1, 2), "risks": (1, 3),
     "pasos": (1, 2)},
    date(2026, 9, 23), cadence_days=3, punct="stop", mitigation="colon",
)  # fmt: skip
