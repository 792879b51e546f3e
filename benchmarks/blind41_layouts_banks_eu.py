"""Item ideas of four ``blind41_layouts`` publishers in Europe: German THW local chapters deployed after a Baltic storm
surge, Corsican communal forest fire committees in a dry summer, writing in Corsican, the town councils of the Val
d'Aran after a flood of the Garona, writing in Aranese Occitan, and Portuguese local health units in a long power
cut, writing in Portuguese (``blind5_layouts_content`` explains the slots; the risks escalate in their own
language's words). ``blind41_layouts_content`` prints the amounts, dates, comparisons and the mitigation's lead in
each publisher's words. The organisations are named after real kinds of body; the events and figures are
invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

DE_LEVELS = ("wird beobachtet", "steigt", "ist jetzt hoch", "ist jetzt sehr hoch")

STURMFLUT = Partner(
    "de-thw-sturmflut",
    "Ostseesturmflut",
    ("THW-Ortsverband Kappeln", "THW-Ortsverband Heiligenhafen", "THW-Ortsverband Eckernförde",
     "THW-Ortsverband Neustadt in Holstein"),
    {},
    {
        "kurz": [
            it("Seit der Sturmflut vom {flut} ist der Ortsverband ununterbrochen im Einsatz", flut="date -3 -3"),
            it("{helfer} Helferinnen und Helfer sind derzeit im Einsatz{helfer.was}", helfer="n 12 90"),
        ],
        "lage": [
            it("Der Wasserstand ist gesunken, mehrere Straßen im Hafenbereich sind weiterhin überflutet"),
            it("{keller} Keller müssen noch ausgepumpt werden{keller.was}", keller="n 5 300"),
        ],
        "prognose": [
            it("Das BSH erwartet bis zum {bis} keinen erneuten Anstieg über einen Meter über Mittelwasser",
               bis="date 1 3"),
            it("Der Deutsche Wetterdienst warnt bis zum {wind} vor Sturmböen aus Nordost", wind="date 1 2"),
        ],
        "schaeden": [
            it("{gebaeude} Gebäude sind durch das Hochwasser beschädigt{gebaeude.was}", gebaeude="n 10 600"),
            it("Die Kaimauer im Stadthafen ist auf {meter} Metern unterspült", meter="n 20 300"),
        ],
        "pumpen": [
            it("{pumpen} Pumpen laufen im Stadtgebiet{pumpen.was}", pumpen="n 2 40"),
            it("Die Großpumpe fördert rund {liter} Liter pro Minute aus dem Klärwerk", liter="n 5000 25000"),
        ],
        "deich": [
            it("{sandsaecke} Sandsäcke wurden am Landesschutzdeich verbaut{sandsaecke.was}",
               sandsaecke="n 500 40000"),
            it("Die Deichläufer melden keine neuen Sickerstellen"),
        ],
        "hilfe": [
            it("Für {haushalte} Haushalte ohne Strom wurden Notstromaggregate aufgestellt", haushalte="n 5 120"),
            it("Die Fachgruppe Wasserschaden/Pumpen betreibt eine Trinkwasserausgabe am Marktplatz"),
        ],
        "kraefte": [
            it("{kraefte} Einsatzkräfte aus {ovs} Ortsverbänden sind im Einsatzabschnitt{kraefte.was}",
               kraefte="n 20 250", ovs="n 2 12"),
            it("Die Schichtlänge ist auf zwölf Stunden begrenzt"),
        ],
        "kosten": [
            it("Die Einsatzkosten belaufen sich bisher auf {kosten}", kosten="cum 20 900"),
            it("Für Kraftstoff wurden {kraftstoff} ausgegeben", kraftstoff="money 2 60"),
        ],
        "risks": [
            risk("Das Risiko eines Deichbruchs bei erneutem Hochwasser {trend}", levels=DE_LEVELS,
                 mit=("Deichläufer kontrollieren den Deich rund um die Uhr",)),
            risk("Das Risiko von Unfällen bei Arbeiten im Wasser {trend}", levels=DE_LEVELS,
                 mit=("alle Kräfte im Wasser tragen Rettungswesten und arbeiten nur zu zweit",)),
            risk("Ausfall von Pumpen durch Treibgut", mit=("vor jeder Pumpe ist ein Schutzgitter eingebaut",)),
        ],
        "naechste": [
            it("Übergabe an die Ablösung aus dem Ortsverband Rendsburg am {abloesung}", abloesung="date 1 3"),
            it("Nächste Lagebesprechung mit der Technischen Einsatzleitung am {tel}", tel="date 1 2"),
        ],
    },
    {"kurz": (1, 2), "lage": (1, 2), "prognose": (1, 2), "schaeden": (1, 2), "pumpen": (1, 2), "deich": (1, 2),
     "hilfe": (1, 2), "kraefte": (1, 2), "kosten": (1, 2), "risks": (1, 3), "naechste": (1, 2)},
    date(2026, 10, 21), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

CO_LEVELS = ("hè survegliatu", "cresce", "hè avà altu", "hè avà assai altu")

FOCU = Partner(
    "co-ccff-focu",
    "Stagione di i fochi",
    ("CCFF di Calvi", "CCFF di Portivechju", "CCFF di Corti", "CCFF di Bunifaziu"),
    {},
    {
        "riassuntu": [
            it("Dapoi u {principiu} u cumitatu face patuglie ogni ghjornu in a machja di a cumuna",
               principiu="date -10 -10"),
            it("{partenze} principii di focu sò stati signalati à i pompieri{partenze.was}", partenze="n 1 30"),
        ],
        "situazione": [
            it("A machja hè assai secca è u libecciu rinforza ogni dopu meziornu"),
            it("{ettari} ettari sò brusgiati in a cumuna dapoi u principiu di a stagione{ettari.was}",
               ettari="n 1 400"),
        ],
        "meteo": [
            it("Météo-France annunzia un periculu di focu assai severu finu à u {finu}", finu="date 1 4"),
            it("U ventu pò ghjunghje {kmh} km/h nant'à a costa", kmh="n 40 110"),
        ],
        "danni": [
            it("{casali} casali sò stati tocchi da u focu{casali.was}", casali="n 1 20"),
            it("A strada di u Monte hè chjosa à a circulazione dapoi u {chjosa}", chjosa="date -3 -1"),
        ],
        "patuglie": [
            it("{patuglie} patuglie sò state fatte sta settimana{patuglie.was}", patuglie="n 5 60"),
            it("E patuglie passanu duie volte à ghjornu nant'à e piste DFCI"),
        ],
        "guardia": [
            it("U postu di guardia di a Punta hè tenutu tuttu u dopu meziornu"),
            it("{vigie} vigie sò in piazza ogni ghjornu", vigie="n 2 12"),
        ],
        "sustegnu": [
            it("{famiglie} famiglie anu ricevutu cunsiglii per u debrusgiamentu{famiglie.was}", famiglie="n 5 300"),
            it("Avemu aiutatu e persone anziane di u paese à debrusgià intornu à e so case"),
        ],
        "vuluntarii": [
            it("{vuluntarii} vuluntarii sò attivi{vuluntarii.was}", vuluntarii="n 8 80"),
            it("Dui vuluntarii novi anu fattu a furmazione cù u Serviziu d'incendiu è di succorsu"),
        ],
        "finanze": [
            it("E spese di carburante ghjunghjenu à {carburante}", carburante="cum 1 40"),
            it("A cumuna hà datu un aiutu di {aiutu}", aiutu="money 1 20"),
        ],
        "risks": [
            risk("U risicu di un grande focu in a machja {trend}", levels=CO_LEVELS,
                 mit=("e patuglie sò radduppiate i ghjorni di ventu",)),
            risk("U risicu d'accidente per i vuluntarii nant'à e piste {trend}", levels=CO_LEVELS,
                 mit=("ogni veiculu porta una radiu è una cassetta di succorsu",)),
            risk("I barbecue è i fochi di ghjardinu malgradu u divietu",
                 mit=("avemu messu cartelli à l'entrata di e piaghje",)),
        ],
        "tappe": [
            it("Riunione di u cumitatu u {riunione} à a merria", riunione="date 1 5"),
            it("Furmazione radiu per i vuluntarii novi u {furmazione}", furmazione="date 2 8"),
        ],
    },
    {"riassuntu": (1, 2), "situazione": (1, 2), "meteo": (1, 2), "danni": (1, 2), "patuglie": (1, 2),
     "guardia": (1, 2), "sustegnu": (1, 2), "vuluntarii": (1, 2), "finanze": (1, 2), "risks": (1, 3),
     "tappe": (1, 2)},
    date(2026, 7, 8), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

OC_LEVELS = ("ei en seguiment", "aumente", "ei ara naut", "ei ara fòrça naut")

AIGAT = Partner(
    "oc-aran-aigat",
    "Aigat dera Garona",
    ("Ajuntament de Les", "Ajuntament de Bossòst", "Ajuntament de Naut Aran", "Ajuntament de Vielha e Mijaran"),
    {},
    {
        "resum": [
            it("Dempús dera crescuda dera Garona deth {crescuda} eth municipi ei en situacion d'emergéncia",
               crescuda="date -3 -3"),
            it("{vesins} vesins an estat evacuadi{vesins.was}", vesins="n 10 600"),
        ],
        "situacion": [
            it("Eth nivèu dera Garona a baishat mès es prats dera ribèra son encara inondadi"),
            it("{cases} cases son encara sense aigua potabla{cases.was}", cases="n 5 400"),
        ],
        "prevision": [
            it("Eth Servici Meteorologic de Catalonha preve plojes fòrtes enquiath {enquia}", enquia="date 1 3"),
            it("Se pòden arribar {litres} litres per mètre carrat en un dia", litres="n 20 120"),
        ],
        "damnatges": [
            it("{edificis} edificis an patit damnatges{edificis.was}", edificis="n 5 300"),
            it("Era passarèla de husta sus era Garona a quedat destrusida"),
        ],
        "carreteres": [
            it("Era carretèra N-230 ei encara talhada ath Pònt de Rei"),
            it("{pistes} pistes forestaus an estat ubèrtes de nau{pistes.was}", pistes="n 1 20"),
        ],
        "lotjament": [
            it("{lotjadi} persones son lotjades en pavalhon municipau{lotjadi.was}", lotjadi="n 5 200"),
            it("Es otèls dera Val an ofrit {places} places ara gent evacuada", places="n 10 150"),
        ],
        "ajuda": [
            it("S'an repartit {botelhes} botelhes d'aigua{botelhes.was}", botelhes="n 200 9000"),
            it("Era Crotz Roja a installat un punt d'atencion ena plaça dera glèisa"),
        ],
        "personau": [
            it("{voluntaris} voluntaris trabalhen ena neteja{voluntaris.was}", voluntaris="n 10 300"),
            it("Era Unitat Militar d'Emergéncies a desplegat {efectius} efectius ena Val", efectius="n 20 200"),
        ],
        "despenes": [
            it("Es despenes dera emergéncia arriben a {despenes}", despenes="cum 20 900"),
            it("Era Generalitat a anonciat ua ajuda de {ajuda}", ajuda="money 50 500"),
        ],
        "risks": [
            risk("Eth risc de naui esvaliments de tèrra {trend}", levels=OC_LEVELS,
                 mit=("es tecnics revisen cada maitin es vessants mès perilhosi",)),
            risk("Eth risc de contaminacion dera aigua {trend}", levels=OC_LEVELS,
                 mit=("s'analise era aigua dus còps per dia",)),
            risk("Era fatiga des voluntaris dera neteja", mit=("s'an organizat torns de quate ores",)),
        ],
        "actuacions": [
            it("Reunion deth CECOPAL eth {reunion}", reunion="date 1 2"),
            it("Acabar era neteja des carrèrs abans deth {neteja}", neteja="date 2 6"),
        ],
    },
    {"resum": (1, 2), "situacion": (1, 2), "prevision": (1, 2), "damnatges": (1, 2), "carreteres": (1, 2),
     "lotjament": (1, 2), "ajuda": (1, 2), "personau": (1, 2), "despenes": (1, 2), "risks": (1, 3),
     "actuacions": (1, 2)},
    date(2026, 6, 19), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

PT_LEVELS = ("está em monitorização", "está a aumentar", "é agora elevado", "é agora muito elevado")

APAGAO = Partner(
    "pt-uls-apagao",
    "Falha de energia",
    ("ULS de Coimbra", "ULS do Alto Minho", "ULS da Lezíria", "ULS do Algarve"),
    {},
    {
        "resumo": [
            it("Desde a falha de energia de {falha} os hospitais da ULS funcionam com geradores", falha="date -2 -2"),
            it("{adiadas} cirurgias programadas foram adiadas{adiadas.was}", adiadas="n 5 300"),
        ],
        "situacao": [
            it("O serviço de urgência mantém-se em funcionamento com circuitos reduzidos"),
            it("{centros} centros de saúde estão encerrados{centros.was}", centros="n 1 20"),
        ],
        "previsao": [
            it("A E-Redes prevê a reposição total da rede até {reposicao}", reposicao="date 1 3"),
            it("O IPMA mantém o aviso amarelo de vento forte até {vento}", vento="date 1 2"),
        ],
        "impacto": [
            it("{consultas} consultas externas foram desmarcadas{consultas.was}", consultas="n 100 5000"),
            it("As análises não urgentes foram suspensas nos laboratórios"),
        ],
        "geradores": [
            it("Os geradores têm autonomia para {horas} horas{horas.was}", horas="n 12 96"),
            it("Foram recebidos {litros} litros de gasóleo da Proteção Civil", litros="n 1000 30000"),
        ],
        "sistemas": [
            it("O processo clínico eletrónico está disponível apenas no hospital principal"),
            it("{postos} postos de trabalho voltaram a funcionar{postos.was}", postos="n 20 900"),
        ],
        "rh": [
            it("{profissionais} profissionais foram chamados em reforço{profissionais.was}", profissionais="n 10 400"),
            it("Os turnos de enfermagem foram alargados para doze horas"),
        ],
        "custos": [
            it("Os custos adicionais ascendem a {custos}", custos="cum 20 900"),
            it("A compra de combustível custou {combustivel}", combustivel="money 5 120"),
        ],
        "risks": [
            risk("O risco de falha dos geradores {trend}", levels=PT_LEVELS,
                 mit=("a manutenção verifica os geradores de quatro em quatro horas",)),
            risk("O risco para os doentes ventilados no domicílio {trend}", levels=PT_LEVELS,
                 mit=("as equipas domiciliárias contactam cada doente duas vezes por dia",)),
            risk("A falta de água quente nas enfermarias", mit=("foram instalados termoacumuladores portáteis",)),
        ],
        "comunicacao": [
            it("A linha de apoio ao utente atendeu {chamadas} chamadas{chamadas.was}", chamadas="n 50 4000"),
            it("Os avisos aos utentes são publicados no site e nas redes sociais da ULS"),
        ],
        "proximos": [
            it("Reunião da comissão de crise a {reuniao}", reuniao="date 1 2"),
            it("Reagendar as cirurgias adiadas até {reagendar}", reagendar="date 3 10"),
        ],
    },
    {"resumo": (1, 2), "situacao": (1, 2), "previsao": (1, 2), "impacto": (1, 2), "geradores": (1, 2),
     "sistemas": (1, 2), "rh": (1, 2), "custos": (1, 2), "risks": (1, 3), "comunicacao": (1, 2),
     "proximos": (1, 2)},
    date(2026, 5, 12), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
