"""Item ideas of four ``blind16_layouts`` publishers outside Britain: a French regional health agency's "point de
situation" on a heatwave, a Swiss cantonal command staff's "Lagebericht" on storms and debris flows, a UNICEF
country office's humanitarian situation report on a cyclone response, and a Brazilian state civil defence's
"boletim" on floods (``blind5_layouts_content`` explains the slots). The generator's figures, dates and "(up from
… )" notes are British English; ``blind16_layouts_content`` prints them in each publisher's conventions. The
organisations are named after real kinds of body; the places, events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

FR_LEVELS = ("fait l'objet d'un suivi", "s'accroît", "est désormais élevé", "est désormais critique")
CH_LEVELS = ("wird beobachtet", "nimmt zu", "ist neu hoch", "ist neu kritisch")
BR_LEVELS = ("está sendo monitorado", "está aumentando", "agora é alto", "agora é crítico")

ARS = Partner(
    "ars-fr",
    "Épisode de canicule",
    ("Agence régionale de santé Occitanie", "Agence régionale de santé Auvergne-Rhône-Alpes",
     "Agence régionale de santé Provence-Alpes-Côte d'Azur", "Agence régionale de santé Nouvelle-Aquitaine"),
    {},
    {
        "meteo": [
            it("{dep} départements sont placés en vigilance orange canicule par Météo-France{dep.was}", dep="n 2 9"),
            it("Les températures maximales atteindront {tmax} °C dans l'après-midi", tmax="n 35 41"),
            it("Une baisse des températures est attendue à partir du {baisse}", baisse="date 2 4"),
        ],
        "sante": [
            it("{passages} passages aux urgences en lien avec la chaleur ont été recensés sur les dernières 24 heures"
               "{passages.was}", passages="n 40 1600"),
            it("Les passages pour hyperthermie représentent {part} de l'activité des urgences", part="pct 1 6"),
            it("Aucun décès en lien avec la chaleur n'a été signalé à ce stade"),
        ],
        "etab": [
            it("{ehpad} EHPAD signalent des températures supérieures à 28 °C dans les pièces rafraîchies",
               ehpad="n 3 60"),
            it("Le taux d'occupation des lits de médecine atteint {occ}{occ.was}", occ="pct 88 99"),
            it("{plans} établissements de santé ont déclenché leur plan blanc", plans="n 1 9"),
        ],
        "actions": [
            it("La cellule régionale d'appui et de crise est activée depuis le {activ}", activ="date -3 -1"),
            it("{renf} infirmiers de la réserve sanitaire renforcent les services d'urgence", renf="n 5 80"),
            it("Un financement exceptionnel de {fin} a été délégué aux établissements", fin="money 100 1900"),
        ],
        "risks": [
            risk("Le risque de saturation des services d'urgence {trend}", levels=FR_LEVELS,
                 mit=("régulation renforcée par le SAMU et ouverture de lits supplémentaires",)),
            risk("Les coupures d'eau potable dans plusieurs communes de montagne",
                 mit=("distribution d'eau en bouteille organisée avec les préfectures",)),
            risk("L'isolement des personnes âgées vivant seules {trend}", levels=FR_LEVELS,
                 mit=("appel des personnes inscrites sur les registres communaux",)),
        ],
        "comm": [
            it("La plateforme Canicule info service 0 800 06 66 66 est ouverte tous les jours de 9 h à 19 h"),
            it("{rel} interviews ont été données à la presse régionale depuis le début de l'épisode",
               rel="n 4 40"),
        ],
    },
    {"meteo": (2, 3), "sante": (2, 3), "etab": (1, 3), "actions": (1, 3), "risks": (1, 3), "comm": (1, 2)},
    date(2024, 7, 29), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

KFS = Partner(
    "kfs-ch",
    "Unwetter und Murgänge",
    ("Kantonaler Führungsstab Graubünden", "Kantonaler Führungsstab Uri", "Kantonaler Führungsstab Wallis",
     "Kantonaler Führungsstab Obwalden"),
    {},
    {
        "wetter": [
            it("MeteoSchweiz hat für {reg} Warnregionen die Gefahrenstufe 4 ausgegeben{reg.was}", reg="n 2 9"),
            it("Bis am {bis} werden weitere {mm} mm Niederschlag erwartet", bis="date 1 2", mm="n 30 120"),
            it("Die Nullgradgrenze liegt weiterhin über 4000 m"),
        ],
        "schaden": [
            it("{evak} Personen sind evakuiert{evak.was}", evak="n 40 1400"),
            it("Die Kantonsstrasse zwischen Roveredo und Mesocco ist nach einem Murgang gesperrt"),
            it("{haus} Gebäude sind durch Wasser und Geschiebe beschädigt", haus="n 10 600"),
            it("Die Schadensumme wird vorläufig auf {schaden} geschätzt", schaden="money 900 6000"),
        ],
        "massnahmen": [
            it("{af} Angehörige der Feuerwehren stehen im Einsatz", af="n 80 1900"),
            it("Die Armee unterstützt den Lufttransport mit {hel} Super Puma", hel="n 2 8"),
            it("Der Zivilschutz baut in Lostallo einen mobilen Hochwasserschutz auf"),
        ],
        "betreuung": [
            it("In der Mehrzweckhalle Grono sind {betr} Personen untergebracht", betr="n 20 400"),
            it("Die Trinkwasserversorgung von {gem} Gemeinden erfolgt über Notleitungen", gem="n 1 6"),
        ],
        "risks": [
            risk("Die Gefahr weiterer Murgänge im Val Calanca {trend}", levels=CH_LEVELS,
                 mit=("Sperrung der Talstrasse und Überwachung der Gerinne mit Radar",)),
            risk("Die Stabilität des Schutzdamms bei Sorte",
                 mit=("laufende Kontrolle durch den Geologen und Sandsäcke auf der Dammkrone",)),
            risk("Die Gefahr von Versorgungsengpässen in den abgeschnittenen Weilern {trend}", levels=CH_LEVELS,
                 mit=("Versorgungsflüge ab Grono zweimal täglich",)),
        ],
        "info": [
            it("Die Infoline des Kantons hat {anr} Anrufe beantwortet{anr.was}", anr="n 100 3000"),
            it("Die nächste Medienkonferenz findet um 14.00 Uhr im Regierungsgebäude statt"),
        ],
    },
    {"wetter": (2, 3), "schaden": (2, 4), "massnahmen": (1, 3), "betreuung": (1, 2), "risks": (1, 3),
     "info": (1, 2)},
    date(2024, 6, 21), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

UNICEF = Partner(
    "unicef",
    "Tropical Cyclone",
    ("UNICEF Madagascar", "UNICEF Mozambique", "UNICEF Comoros", "UNICEF Malawi"),
    {},
    {
        "highlights": [
            it("The cyclone has affected an estimated {aff} people{aff.was}, including {kids} children",
               aff="n 400000 900000", kids="n 150000 380000"),
            it("{vacc} children were vaccinated against measles in the affected districts", vacc="n 2000 60000"),
            it("UNICEF and partners reached {safe} people with safe water{safe.was}", safe="n 5000 200000"),
        ],
        "funding": [
            it("UNICEF is appealing for {appeal} to meet the humanitarian needs of children",
               appeal="money 4000 20000"),
            it("The appeal is {funded} funded, with contributions from ECHO, CERF and the Government of Japan",
               funded="pct 18 64"),
        ],
        "situation": [
            it("{schools} schools were damaged, disrupting learning for {learners} children", schools="n 50 900",
               learners="n 10000 200000"),
            it("Cholera cases are rising in the districts hit hardest by flooding"),
            it("{idp} people remain in {sites} displacement sites{idp.was}", idp="n 3000 90000", sites="n 10 140"),
        ],
        "health": [
            it("{sam} children with severe acute malnutrition were admitted for treatment", sam="n 100 3000"),
            it("Mobile health teams provided {consult} consultations", consult="n 1000 40000"),
        ],
        "wash": [
            it("{kits} households received hygiene kits{kits.was}", kits="n 500 20000"),
            it("Water trucking continues in {wsites} displacement sites", wsites="n 3 40"),
        ],
        "education": [
            it("{tls} temporary learning spaces have been set up", tls="n 5 120"),
            it("{pss} children received psychosocial support in child-friendly spaces", pss="n 300 15000"),
        ],
        "risks": [
            risk("The risk of cholera spreading to the displacement sites {trend}",
                 mit=("cholera kits and oral rehydration points pre-positioned in all sites",)),
            risk("Access to flooded districts by road",
                 mit=("supplies moved by boat and helicopter with the Logistics Cluster",)),
            risk("Funding gaps in the education response",
                 mit=("reprogramming of flexible funds and advocacy with donors",)),
        ],
    },
    {"highlights": (2, 3), "funding": (1, 2), "situation": (2, 3), "health": (1, 2), "wash": (1, 2),
     "education": (1, 2), "risks": (1, 3)},
    date(2024, 2, 26), cadence_days=14, punct="stop", mitigation="colon",
)  # fmt: skip

DEFESA = Partner(
    "defesa-br",
    "Chuvas intensas",
    ("Defesa Civil do Rio Grande do Sul", "Defesa Civil de Santa Catarina", "Defesa Civil do Paraná",
     "Defesa Civil de Minas Gerais"),
    {},
    {
        "balanco": [
            it("{mun} municípios foram afetados pelas chuvas{mun.was}", mun="n 20 460"),
            it("{desal} pessoas estão desalojadas e {desab} estão em abrigos", desal="n 1000 90000",
               desab="n 200 40000"),
            it("O rio Taquari segue acima da cota de inundação em Lajeado e Estrela"),
        ],
        "previsao": [
            it("A previsão indica acumulados de até {mm} mm até o dia {ate}", mm="n 40 200", ate="date 1 3"),
            it("Há risco de novas cheias nos rios Caí e dos Sinos"),
        ],
        "rodovias": [
            it("{trechos} trechos de rodovias estaduais têm bloqueio total ou parcial", trechos="n 10 120"),
            it("{semluz} clientes seguem sem energia elétrica{semluz.was}", semluz="n 5000 400000"),
        ],
        "acoes": [
            it("{resg} pessoas foram resgatadas pelas equipes de busca e salvamento", resg="n 100 70000"),
            it("Foram distribuídas {cestas} cestas básicas e {agua} litros de água", cestas="n 500 20000",
               agua="n 1000 400000"),
            it("O governo federal reconheceu o estado de calamidade pública em {calam} municípios", calam="n 5 300"),
        ],
        "risks": [
            risk("O risco de deslizamentos na Serra Gaúcha {trend}", levels=BR_LEVELS,
                 mit=("monitoramento das encostas e evacuação preventiva das áreas de risco",)),
            risk("Rompimento de diques na região metropolitana", levels=BR_LEVELS,
                 mit=("reforço dos diques com sacos de areia e vigilância permanente",)),
        ],
        "doacoes": [
            it("{doa} toneladas de donativos foram recebidas nos centros de distribuição{doa.was}", doa="n 10 900"),
            it("Água potável, colchões e produtos de higiene são os itens mais necessários"),
        ],
        "orientacoes": [
            it("Não retorne para casa antes da liberação da Defesa Civil"),
            it("Cadastre seu celular para receber alertas enviando o CEP por SMS para 40199"),
        ],
    },
    {"balanco": (2, 3), "previsao": (1, 2), "rodovias": (1, 2), "acoes": (2, 3), "risks": (1, 2),
     "doacoes": (1, 2), "orientacoes": (1, 2)},
    date(2024, 5, 6), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
