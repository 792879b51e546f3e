"""Item ideas of the two publishers of the ``blind6_layouts`` set that write in another language: a French
préfecture's "point de situation" on a snow and ice episode and a Portuguese municipal civil protection
service's "ponto de situação" on a rural fire. The texts are written in the publisher's language; the
generator's figures, dates and "(up from … )" notes are English and are put into the publisher's
conventions by ``blind6_layouts_content.localise`` ("1 250", "12 %", "3 400 €", "16 janvier"; "1.250",
"16 de janeiro"). The organisations, places and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

FR_LEVELS = ("fait l'objet d'une surveillance", "augmente", "est désormais élevé", "est désormais critique")
PT_LEVELS = ("está a ser acompanhado", "está a aumentar", "é agora elevado", "é agora crítico")

PREFECTURE = Partner(
    "prefecture",
    "Épisode neigeux et verglas",
    ("Préfecture de la Haute-Lune", "Préfecture du Val-d'Orvin", "Préfecture des Monts-Clairs",
     "Préfecture de la Côte-Sauvage"),
    {},
    {
        "situation": [
            it("{communes} communes sont placées en vigilance orange neige-verglas par Météo-France{communes.was}",
               communes="n 40 180"),
            it("Les cumuls de neige atteignent {cm} cm en plaine et {cm_alt} cm au-dessus de 800 m",
               "On relève jusqu'à {cm} cm de neige en plaine et {cm_alt} cm au-dessus de 800 m",
               cm="n 5 25", cm_alt="n 20 70"),
            it("{pl} poids lourds sont stockés sur l'aire de la Croix-Blanche dans l'attente de la réouverture de "
               "la RN 88", pl="n 60 450"),
            it("Les transports scolaires sont suspendus sur l'ensemble du département jusqu'au {ts} inclus",
               ts="date 1 3"),
            it("Les températures minimales descendront jusqu'à -{tmin} °C cette nuit dans les vallées",
               tmin="n 4 15"),
            it("La circulation reste difficile sur l'A75 entre les échangeurs 12 et 18, où les chaînes sont "
               "obligatoires"),
        ],
        "impacts": [
            it("{foyers} foyers sont privés d'électricité{foyers.was}",
               "Le nombre de foyers privés d'électricité s'établit à {foyers}{foyers.was}", foyers="n 800 9000"),
            it("{isolees} communes restent difficiles d'accès en raison de chutes d'arbres", isolees="n 2 30"),
            it("{naufr} automobilistes ont été hébergés cette nuit dans les gymnases ouverts par les communes",
               naufr="n 20 320"),
            it("{ecoles} écoles sont fermées ce jour", ecoles="n 5 80"),
            it("Les tournées de soins infirmiers à domicile sont assurées à {soins}", soins="pct 55 95"),
            it("La distribution d'eau potable est interrompue à Saint-Orvin à la suite du gel d'une canalisation"),
        ],
        "actions": [
            it("Le centre opérationnel départemental (COD) est activé depuis le {cod} à 6h00", cod="date -3 -1"),
            it("{engins} engins de déneigement du conseil départemental sont mobilisés jour et nuit",
               engins="n 30 120"),
            it("Le SDIS a réalisé {interv} interventions depuis hier, dont {secours} secours à personne",
               interv="n 40 300", secours="n 10 120"),
            it("Les forces de l'ordre ont mis en place {deviat} déviations et encadrent le stockage des poids lourds",
               deviat="n 3 14"),
            it("Le plan d'hébergement d'urgence est déclenché avec la Croix-Rouge française et la Protection civile"),
            it("Enedis a engagé {techs} techniciens et {ge} groupes électrogènes pour rétablir le réseau",
               techs="n 40 260", ge="n 5 40"),
        ],
        "risks": [
            risk("Le risque de regel des chaussées {trend} pour la nuit prochaine",
                 mit=("salage préventif des axes prioritaires à partir de 3h00",
                      "mobilisation des équipes d'astreinte des communes et de la DIR"), levels=FR_LEVELS),
            risk("Le risque pour les personnes vulnérables privées de chauffage {trend}",
                 mit=("appels des mairies aux personnes inscrites sur le registre des personnes vulnérables",
                      "ouverture de salles chauffées dans les communes les plus touchées"), levels=FR_LEVELS),
            risk("Risque d'intoxication au monoxyde de carbone lié aux groupes électrogènes et aux chauffages "
                 "d'appoint", mit=("message de prévention diffusé par les maires et sur les réseaux sociaux",)),
            risk("Le risque de rupture de carburant dans les stations de montagne {trend}",
                 mit=("suivi quotidien des stocks avec les distributeurs",), levels=FR_LEVELS),
            risk("Chutes de branches sur les lignes électriques en cas de nouvel épisode de neige lourde",
                 mit=("élagage d'urgence demandé aux communes le long des lignes prioritaires",)),
            risk("Saturation des capacités d'hébergement d'urgence dans le secteur de la vallée",
                 mit=("convention passée avec deux hôtels pour {lits} places supplémentaires",), lits="n 20 90"),
        ],
        "workforce": [
            it("{agents} agents de la préfecture se relaient au COD en trois équipes{agents.was}", agents="n 12 40"),
            it("{pomp} sapeurs-pompiers sont engagés, dont {renf} en renfort d'autres départements",
               pomp="n 120 600", renf="n 10 80"),
            it("{gend} gendarmes et policiers sont mobilisés sur la gestion du trafic", gend="n 40 260"),
            it("{benev} bénévoles des associations agréées de sécurité civile sont présents dans les centres "
               "d'hébergement", benev="n 10 90"),
            it("Les équipes de déneigement atteignent leurs limites de temps de travail : une rotation est "
               "organisée avec les communes"),
        ],
        "finance": [
            it("Le coût des opérations de déneigement est estimé à {deneig} depuis le début de l'épisode",
               deneig="cum 80 900"),
            it("Les frais d'hébergement d'urgence s'élèvent à {heberg} à ce jour", heberg="cum 10 120"),
            it("{cnat} communes déposeront une demande de reconnaissance de l'état de catastrophe naturelle",
               cnat="n 3 40"),
            it("Les dépenses de carburant des engins sont suivies sur une ligne budgétaire dédiée"),
        ],
        "communications": [
            it("{cp} communiqués de presse ont été diffusés depuis le début de l'épisode{cp.was}", cp="n 3 18"),
            it("Les messages de prudence sont relayés sur les comptes de la préfecture sur les réseaux sociaux"),
            it("Un point presse du préfet est prévu le {pp} à 11h00", pp="date 1 2"),
            it("Les maires ont reçu un message d'alerte par l'automate d'appel"),
            it("Une foire aux questions sur les routes fermées est en ligne sur le site des services de l'État"),
        ],
        "next": [
            it("Réunion du COD le {cod_next} à 8h00", cod_next="date 1 1"),
            it("Faire le point avec Enedis sur les coupures d'électricité à 17h00"),
            it("Préparer la levée progressive du stockage des poids lourds dès l'amélioration des conditions"),
            it("Recenser les dégâts sur les bâtiments publics avec les services des communes"),
            it("Transmettre le bilan financier provisoire au ministère de l'Intérieur avant le {bilan}",
               bilan="date 3 10"),
        ],
    },
    {"situation": (2, 4), "impacts": (2, 4), "actions": (2, 4), "risks": (2, 4), "workforce": (1, 3),
     "finance": (1, 2), "communications": (1, 3), "next": (2, 3)},
    date(2024, 1, 8), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

PROTECAO_CIVIL = Partner(
    "protecao-civil",
    "Incêndio Rural",
    ("Município de Vale Fundo", "Município de Serra Alta", "Município de Ribamar do Norte",
     "Município de Pinhal Grande"),
    {},
    {
        "situation": [
            it("O incêndio mantém {frentes} frentes ativas, a principal na encosta norte da serra", frentes="n 1 4"),
            it("A área ardida é estimada em {ha} hectares{ha.was}", "Estima-se que tenham ardido {ha} hectares{ha.was}",
               ha="n 120 4800"),
            it("O vento de noroeste, com rajadas até {vento} km/h, dificulta o combate", vento="n 30 70"),
            it("O IPMA mantém o aviso vermelho de tempo quente até {aviso}", aviso="date 1 3"),
            it("A EN 236 continua cortada ao trânsito entre as localidades de Cabeço e Castanheira"),
            it("Decorrem trabalhos de rescaldo no setor sul, que é considerado dominado"),
        ],
        "impacts": [
            it("{casas} habitações foram afetadas pelo fogo, {devolutas} das quais devolutas",
               casas="n 2 30", devolutas="n 0 10"),
            it("{retirados} pessoas foram retiradas preventivamente das aldeias de Cabeço e Soutelo{retirados.was}",
               retirados="n 20 380"),
            it("Registaram-se {feridos} feridos ligeiros entre os operacionais; não há vítimas civis",
               feridos="n 1 9"),
            it("O fornecimento de eletricidade está interrompido para {sem_luz} clientes", sem_luz="n 50 1900"),
            it("Há registo da perda de {animais} cabeças de gado", animais="n 10 200"),
        ],
        "response": [
            it("Estão no terreno {operac} operacionais, apoiados por {veic} veículos{operac.was}",
               operac="n 150 900", veic="n 40 280"),
            it("{aereos} meios aéreos operaram durante o dia", aereos="n 2 14"),
            it("O posto de comando operacional está instalado no quartel dos bombeiros voluntários"),
            it("As máquinas de rasto da câmara municipal abriram {faixa} km de faixas de contenção",
               faixa="n 2 18"),
            it("Colaboram no combate corpos de bombeiros de {cb} concelhos vizinhos", cb="n 3 16"),
            it("A GNR assegura o condicionamento do trânsito e o apoio às evacuações"),
        ],
        "risks": [
            risk("O risco de reativações no setor sul {trend} com a subida da temperatura à tarde",
                 mit=("vigilância armada com {vig} equipas durante a noite",
                      "máquinas de rasto posicionadas junto às linhas de contenção"), levels=PT_LEVELS, vig="n 2 10"),
            risk("O risco para as aldeias de Cabeço e Soutelo {trend}",
                 mit=("planos de evacuação revistos com as juntas de freguesia",
                      "pontos de encontro e abrigos assinalados em cada aldeia"), levels=PT_LEVELS),
            risk("Cansaço dos operacionais após turnos prolongados",
                 mit=("rotação das equipas a cada 12 horas e zona de descanso no pavilhão municipal",)),
            risk("O fumo denso afeta a qualidade do ar na sede do concelho",
                 mit=("recomendação às pessoas com doenças respiratórias para permanecerem em casa",)),
            risk("Falhas de rede móvel nas zonas altas dificultam as comunicações",
                 mit=("repetidor SIRESP móvel instalado junto ao posto de comando",)),
            risk("O risco de falta de água para reabastecimento dos veículos {trend}",
                 mit=("articulação com a empresa municipal de águas e uso de tanques agrícolas",), levels=PT_LEVELS),
        ],
        "assistance": [
            it("A zona de concentração e apoio à população no pavilhão municipal acolheu {acolh} pessoas{acolh.was}",
               acolh="n 10 260"),
            it("Foram servidas {refeicoes} refeições a deslocados e operacionais", refeicoes="n 200 3200"),
            it("A equipa de ação social acompanha {idosos} idosos isolados nas aldeias afetadas", idosos="n 5 60"),
            it("Os animais de companhia retirados estão no canil municipal"),
            it("A Cruz Vermelha Portuguesa presta apoio psicossocial aos deslocados"),
        ],
        "advice": [
            it("Evite deslocações para as zonas afetadas e respeite os cortes de estrada"),
            it("Mantenha portas e janelas fechadas se o fumo chegar à sua zona"),
            it("Não utilize maquinaria agrícola nem faça queimadas enquanto vigorar o aviso"),
            it("Em caso de emergência ligue 112; para informações contacte a linha municipal 800 203 040"),
            it("Siga as indicações das autoridades e as atualizações nas redes sociais do município"),
        ],
        "next": [
            it("Reunião da comissão municipal de proteção civil a {cmpc}, às 9h00", cmpc="date 1 1"),
            it("Avaliação dos danos nas habitações pela equipa técnica da câmara municipal"),
            it("Preparar o regresso das pessoas retiradas logo que o perímetro seja considerado seguro"),
            it("Pedido de apoio ao fundo de emergência municipal até {fem}", fem="date 3 12"),
        ],
    },
    {"situation": (2, 4), "impacts": (2, 4), "response": (2, 4), "risks": (2, 4), "assistance": (1, 3),
     "advice": (2, 4), "next": (1, 3)},
    date(2024, 7, 29), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
