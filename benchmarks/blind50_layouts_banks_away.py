"""Item ideas of four ``blind50_layouts`` publishers writing in other languages than English: Brazilian state health
secretariats in a dengue epidemic (Portuguese), Dutch municipalities after a fire that spread asbestos over a
neighbourhood (Dutch), German water supply associations under a boil water notice (German) and Japanese cities in a
season of bear sightings in town (Japanese) (``blind5_layouts_content`` explains the slots).
``blind50_layouts_content`` prints the amounts, dates, comparisons and the mitigation's lead in each publisher's
words. The organisations are named after real kinds of body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

PT_LEVELS = ("está sob monitoramento", "está aumentando", "agora é significativo", "agora é crítico")

DENGUE = Partner(
    "br-ses-dengue",
    "Dengue",
    ("Secretaria de Estado de Saúde do Distrito Federal", "Secretaria de Estado da Saúde de Goiás",
     "Secretaria de Estado de Saúde de Minas Gerais", "Secretaria de Estado de Saúde do Rio de Janeiro"),
    {},
    {
        "hl": [
            it("O estado está em situação de emergência em saúde pública por dengue desde {decreto}",
               decreto="date -20 -20"),
            it("Foram notificados {casos} casos prováveis de dengue na última semana epidemiológica{casos.was}",
               casos="n 800 30000"),
        ],
        "sit": [
            it("A incidência segue acima do limiar epidêmico em todas as regiões de saúde"),
            it("{obitos} óbitos por dengue foram confirmados desde o início do ano{obitos.was}", obitos="n 2 120"),
        ],
        "imp": [
            it("As unidades básicas de saúde funcionam em horário estendido até as 22h"),
            it("A taxa de ocupação dos leitos destinados à dengue está em {ocupacao}{ocupacao.was}",
               ocupacao="pct 55 98"),
        ],
        "ta": [
            it("Os agentes de combate às endemias vistoriaram {imoveis} imóveis{imoveis.was}", imoveis="n 5000 90000"),
            it("O fumacê percorre ao amanhecer os bairros com maior incidência"),
        ],
        "tb": [
            it("{tendas} tendas de hidratação estão em funcionamento{tendas.was}", tendas="n 3 40"),
            it("O hospital de campanha recebe pacientes com sinais de alarme"),
        ],
        "help": [
            it("A central telefônica orienta a população sobre os sinais de alarme da dengue"),
            it("Foram realizados {mutiroes} mutirões de limpeza com a comunidade{mutiroes.was}", mutiroes="n 2 60"),
        ],
        "staff": [
            it("{militares} militares das Forças Armadas apoiam as visitas domiciliares{militares.was}",
               militares="n 20 600"),
            it("Foram contratados médicos temporários para as tendas de hidratação"),
        ],
        "money": [
            it("As despesas com a resposta à epidemia somam {gasto}", gasto="cum 200 5000"),
            it("O Ministério da Saúde repassou {repasse} para o custeio das ações", repasse="money 100 900"),
        ],
        "risks": [
            risk("O risco de esgotamento dos leitos de UTI pediátrica {trend}", levels=PT_LEVELS,
                 mit=("leitos adicionais foram contratados na rede privada",)),
            risk("O risco de falta de soro e insumos nas unidades {trend}", levels=PT_LEVELS,
                 mit=("a central de abastecimento faz entregas diárias às unidades",)),
            risk("A circulação do sorotipo 3 do vírus da dengue",
                 mit=("amostras de todos os hospitais sentinela são enviadas ao Lacen",)),
        ],
        "next": [
            it("Reunião do Centro de Operações de Emergências em {coe}", coe="date 1 4"),
            it("Ampliar a vacinação contra a dengue para adolescentes até {vacina}", vacina="date 5 20"),
        ],
    },
    SIZES,
    date(2026, 2, 2), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

NL_LEVELS = ("wordt gevolgd", "neemt toe", "is nu groot", "is nu zeer groot")

ASBEST = Partner(
    "nl-gemeente-asbestbrand",
    "Asbestbrand",
    ("Gemeente Oldambt", "Gemeente Hof van Twente", "Gemeente Peel en Maas", "Gemeente Goeree-Overflakkee"),
    {},
    {
        "hl": [
            it("Bij de brand in een loods aan de Industrieweg op {brand} zijn asbestdeeltjes vrijgekomen",
               brand="date -4 -4"),
            it("Het afgezette gebied omvat nu {straten} straten{straten.was}", straten="n 2 30"),
        ],
        "sit": [
            it("Het saneringsbedrijf werkt binnen de afzetting in beschermende pakken en met maskers"),
            it("{vrij} straten zijn na controle weer vrijgegeven{vrij.was}", vrij="n 1 25"),
        ],
        "imp": [
            it("Inwoners binnen de afzetting mogen hun tuin niet in totdat die is schoongemaakt"),
            it("Op {scholen} scholen blijven de kinderen in de pauzes binnen", scholen="n 1 6"),
        ],
        "ta": [
            it("Het saneringsbedrijf heeft {zakken} zakken met asbestresten afgevoerd{zakken.was}",
               zakken="n 50 2000"),
            it("De straten worden gereinigd met een veegwagen met natte borstels"),
        ],
        "tb": [
            it("{tuinen} tuinen zijn schoongemaakt en vrijgegeven{tuinen.was}", tuinen="n 5 300"),
            it("Dakgoten en zonnepanelen worden gecontroleerd op asbestdeeltjes"),
        ],
        "help": [
            it("Het informatiepunt in het dorpshuis is dagelijks open van 9.00 tot 20.00 uur"),
            it("{vragen} inwoners hebben gebeld met vragen{vragen.was}", vragen="n 20 900"),
        ],
        "staff": [
            it("{boa} boa's houden toezicht bij de afzettingen{boa.was}", boa="n 2 20"),
            it("Medewerkers van de GGD beantwoorden gezondheidsvragen van inwoners"),
        ],
        "money": [
            it("De kosten van de sanering bedragen tot nu toe {kosten}", kosten="cum 50 2000"),
            it("De inzet van het saneringsbedrijf kost {dag} per dag", dag="money 10 80"),
        ],
        "risks": [
            risk("Het risico dat asbestdeeltjes zich bij harde wind verder verspreiden {trend}", levels=NL_LEVELS,
                 mit=("het gebied wordt nat gehouden en de afzetting wordt zo nodig uitgebreid",)),
            risk("Het risico dat inwoners zelf resten opruimen {trend}", levels=NL_LEVELS,
                 mit=("boa's spreken inwoners aan en er is huis aan huis een brief bezorgd",)),
            risk("Onrust onder ouders van leerlingen",
                 mit=("de GGD houdt een informatieavond op de scholen",)),
        ],
        "next": [
            it("Informatiebijeenkomst voor inwoners op {avond}", avond="date 1 5"),
            it("De laatste afzetting wordt naar verwachting op {opheffing} opgeheven", opheffing="date 5 15"),
        ],
    },
    SIZES,
    date(2026, 3, 9), cadence_days=3, punct="stop", mitigation="colon",
)  # fmt: skip

DE_LEVELS = ("wird beobachtet", "steigt", "ist jetzt hoch", "ist jetzt sehr hoch")

ABKOCHEN = Partner(
    "de-zweckverband-abkochgebot",
    "Abkochgebot",
    ("Zweckverband Wasserversorgung Oberes Lautertal", "Wasserzweckverband Mittlere Warnow",
     "Zweckverband Fernwasser Altmühlgrund", "Wasserversorgungszweckverband Hohe Rhön"),
    {},
    {
        "hl": [
            it("Seit dem {seit} gilt in unserem Versorgungsgebiet ein Abkochgebot für Trinkwasser", seit="date -6 -6"),
            it("In {proben} Proben wurden keine coliformen Bakterien mehr gefunden{proben.was}", proben="n 5 60"),
        ],
        "sit": [
            it("Ursache war ein Rohrbruch an der Zuleitung zum Hochbehälter"),
            it("Das Abkochgebot gilt noch für {orte} Ortsteile{orte.was}", orte="n 1 18"),
        ],
        "imp": [
            it("Wasser zum Trinken und Zähneputzen muss weiterhin abgekocht werden"),
            it("{betriebe} Gastronomiebetriebe haben ihr Angebot eingeschränkt{betriebe.was}", betriebe="n 2 60"),
        ],
        "ta": [
            it("Das Leitungsnetz wird mit Chlordioxid desinfiziert"),
            it("{km} Kilometer Leitung sind bereits gespült{km.was}", km="n 5 120"),
        ],
        "tb": [
            it("Das Gesundheitsamt wertet die Proben täglich aus"),
            it("Die nächsten Ergebnisse erwarten wir am {ergebnis}", ergebnis="date 1 3"),
        ],
        "help": [
            it("An {stellen} Ausgabestellen gibt es kostenlos abgepacktes Trinkwasser{stellen.was}",
               stellen="n 2 12"),
            it("Pflegebedürftige Menschen bekommen das Wasser nach Hause geliefert"),
        ],
        "staff": [
            it("{helfer} Helferinnen und Helfer von Feuerwehr und THW unterstützen uns{helfer.was}",
               helfer="n 10 150"),
            it("Unser Bereitschaftsdienst ist rund um die Uhr erreichbar"),
        ],
        "money": [
            it("Die Kosten für Spülung, Proben und Wasserausgabe liegen bisher bei {kosten}", kosten="cum 20 600"),
            it("Das abgepackte Wasser kostet uns {woche} pro Woche", woche="money 5 40"),
        ],
        "risks": [
            risk("Das Risiko einer erneuten Verkeimung nach dem Spülen {trend}", levels=DE_LEVELS,
                 mit=("das Wasser wird bis auf Weiteres leicht gechlort",)),
            risk("Das Risiko von Magen-Darm-Erkrankungen {trend}", levels=DE_LEVELS,
                 mit=("das Gesundheitsamt informiert Arztpraxen, Kitas und Pflegeheime",)),
            risk("Engpässe bei abgepacktem Wasser", mit=("ein zweiter Lieferant steht unter Vertrag",)),
        ],
        "next": [
            it("Das Abkochgebot wird voraussichtlich am {ende} aufgehoben", ende="date 3 10"),
            it("Die nächste Information erhalten Sie am {naechste}", naechste="date 1 3"),
        ],
    },
    SIZES,
    date(2026, 3, 16), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

JA_LEVELS = ("を注視しています", "が高まっています", "が大きくなっています", "が非常に大きくなっています")

KUMA = Partner(
    "ja-shi-kuma",
    "Kuma shutsubotsu",  # the series' names in romaji, the path parts of the documents written
    ("Akita-shi", "Morioka-shi", "Kitakami-shi", "Kazuno-shi"),
    {},
    {
        "hl": [
            it("{first}から市街地でクマの目撃が相次ぎ、市はクマ対策本部を設置しました", first="date -10 -10"),
            it("今年のクマの目撃件数は{sight}件{sight.was}です", sight="n 50 900"),
        ],
        "sit": [
            it("住宅地や学校の周辺での目撃が増えています"),
            it("今週の人身被害は{injured}件{injured.was}です", injured="n 1 6"),
        ],
        "imp": [
            it("閉鎖中の公園は{parks}か所{parks.was}です", parks="n 2 30"),
            it("早朝と夕方の屋外での活動を控えるよう呼びかけています"),
        ],
        "ta": [
            it("今年の捕獲数は{trapped}頭{trapped.was}です", trapped="n 5 120"),
            it("猟友会の協力で出没地点の周辺に箱わなを設置しています"),
        ],
        "tb": [
            it("小中学校の登下校時に職員と地域の見守り隊が付き添っています"),
            it("児童に配布したクマよけの鈴は{bells}個{bells.was}です", bells="n 200 6000"),
        ],
        "help": [
            it("クマの目撃情報は市のコールセンターで24時間受け付けています"),
            it("柿や栗の木の伐採を希望する世帯に費用の一部を補助します"),
        ],
        "staff": [
            it("パトロールと通報対応にあたる職員は{staff}人{staff.was}です", staff="n 10 90"),
            it("県の要請により警察官が市街地の警戒にあたっています"),
        ],
        "money": [
            it("今年度のクマ対策の経費は{cost}です", cost="cum 50 900"),
            it("捕獲と追い払いの委託費は週{week}です", week="money 5 60"),
        ],
        "risks": [
            risk("市街地での人身被害の危険性{trend}", levels=JA_LEVELS,
                 mit=("出没地点の周辺では警察と合同でパトロールを行っています",)),
            risk("冬眠前のクマが人家の食べ物を狙う危険性{trend}", levels=JA_LEVELS,
                 mit=("生ごみを屋外に置かないよう全世帯に周知しています",)),
            risk("捕獲にあたる猟友会員の高齢化と負担の増加",
                 mit=("県外の捕獲業者と委託契約を結びました",)),
        ],
        "next": [
            it("{meeting}にクマ対策本部会議を開催します", meeting="date 1 4"),
            it("{until}まで市街地での警戒を続けます", until="date 7 21"),
        ],
    },
    SIZES,
    date(2026, 10, 5), cadence_days=3, punct="stop", mitigation="colon",
)  # fmt: skip
