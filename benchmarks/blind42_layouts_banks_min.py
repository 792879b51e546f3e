"""Item ideas of two ``blind42_layouts`` publishers writing in minority languages: Sardinian barracelli companies (the
municipal rural guards of Sardinia, volunteers sworn in by the mayor who guard the countryside and fight fires)
after a great wildfire, writing in Sardinian in the written standard (Limba Sarda Comuna), and reindeer herding
districts of Finnmark in a winter of locked pastures ("goavvi": rain on snow froze and the reindeer cannot dig down
to the lichen), writing in Northern Sami (``blind5_layouts_content`` explains the slots; the risks escalate in their
own language's words). ``blind42_layouts_content`` prints the amounts, dates, comparisons and the mitigation's lead in
each publisher's words. The organisations are named after real kinds of body; the events and figures are
invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SC_LEVELS = ("est controlladu", "est creschende", "como est artu", "como est meda artu")

FOGU = Partner(
    "sc-barratzellos-fogu",
    "Fogu mannu",
    ("Cumpagnia barratzellare de Cùglieri", "Cumpagnia barratzellare de Santu Lussurgiu",
     "Cumpagnia barratzellare de Bonàrcadu", "Cumpagnia barratzellare de Orgòsolo"),
    {},
    {
        "resumu": [
            it("Dae su fogu de su {fogu} sa cumpagnia est in servìtziu onni die in sos sartos brusiados",
               fogu="date -6 -6"),
            it("Sos barratzellos ant fatu {turnos} turnos de vigilàntzia{turnos.was}", turnos="n 10 300"),
        ],
        "situatzione": [
            it("Su fogu est istudadu ma in carchi logu sa terra est ancora calente"),
            it("Sunt brusiados {ettaras} ha de sartu{ettaras.was}", ettaras="n 100 12000"),
        ],
        "tempus": [
            it("S'ARPAS prevedit bentu de maestrale forte fintzas a su {bentu}", bentu="date 1 3"),
            it("Sa temperadura podet lòmpere a {gradus} gradus", gradus="n 35 44"),
        ],
        "dannos": [
            it("{aziendas} aziendas agrìcolas ant tentu dannos{aziendas.was}", aziendas="n 5 200"),
            it("Sa lìnia de s'abba de sa campagna est segada in duos logos"),
        ],
        "patrullas": [
            it("Sas patrullas passant duas bortas a sa die in sas àreas brusiadas pro evitare fogos noos"),
            it("Onni die controllamus {km} km de caminos rurales", km="n 20 300"),
        ],
        "bestiamene": [
            it("Sunt mortos in su fogu {capos} capos de bestiàmene", capos="n 10 2000"),
            it("Sos pastores ant retzidu {balas} balas de fenu donadas{balas.was}", balas="n 50 5000"),
        ],
        "agiudu": [
            it("Amus agiudadu {familias} famìlias a torrare a sas domos issoro{familias.was}", familias="n 2 120"),
            it("Sa cumpagnia acumpàngiat sos tècnicos de sa Regione in sas aziendas"),
        ],
        "barratzellos": [
            it("Sunt in servìtziu {barratzellos} barratzellos{barratzellos.was}", barratzellos="n 8 60"),
            it("Duos barratzellos sunt malàidos pro su fumu"),
        ],
        "ispesas": [
            it("Sas ispesas de carburante lòmpent a {carburante}", carburante="cum 1 30"),
            it("Su Comunu at dadu unu contributu de {contributu}", contributu="money 2 25"),
        ],
        "risks": [
            risk("S'arriscu de fogos noos in sas àreas brusiadas {trend}", levels=SC_LEVELS,
                 mit=("sas patrullas sunt addopiadas in sas dies de bentu",)),
            risk("S'arriscu de franas cando at a pròere {trend}", levels=SC_LEVELS,
                 mit=("amus signaladu sos caminos perigulosos a su Comunu",)),
            risk("Sos furtos de bestiàmene e de ainas in sas aziendas abbandonadas",
                 mit=("sa cumpagnia faghet controllos fintzas de note",)),
        ],
        "passos": [
            it("Riunione cun su Sìndigu e sa Protetzione Tzivile su {riunione}", riunione="date 1 4"),
            it("Acabbare su controllu de sas aziendas de su sartu fintzas a su {acabbu}", acabbu="date 3 10"),
        ],
    },
    {"resumu": (1, 2), "situatzione": (1, 2), "tempus": (1, 2), "dannos": (1, 2), "patrullas": (1, 2),
     "bestiamene": (1, 2), "agiudu": (1, 2), "barratzellos": (1, 2), "ispesas": (1, 2), "risks": (1, 3),
     "passos": (1, 2)},
    date(2026, 8, 3), cadence_days=3, punct="stop", mitigation="colon",
)  # fmt: skip

SME_LEVELS = ("čuvvojuvvo", "lassána", "lea dál alla", "lea dál hui alla")

GOAVVI = Partner(
    "sme-orohat-goavvi",
    "Goavvi",
    ("Orohat 16 Mierojávri", "Orohat 19 Lákkonjárga", "Orohat 22 Fiettar", "Orohat 30 Gávvdanjárga"),
    {},
    {
        "coahkkaigeassu": [
            it("Guohtuneatnamat leat jiekŋan dan rájes go arvvii {arvi}", arvi="date -14 -14"),
            it("Orohagas leat {bohccot} bohcco dálveguohtumis{bohccot.was}", bohccot="n 2000 14000"),
        ],
        "dilli": [
            it("Muohta lea garas ja bohccot eai beasa guohtut"),
            it("{siiddat} siidda dárbbašit lasseborramuša{siiddat.was}", siiddat="n 1 12"),
        ],
        "dalke": [
            it("Meteorologalaš instituhtta vuordá bivvalit dálkki {bivval} rájes", bivval="date 1 4"),
            it("Garra buolaš vurdojuvvo fas {buolas} rájes", buolas="date 2 6"),
        ],
        "vaikkuhusat": [
            it("Dán dálvvi leat jápmán {jamit} bohcco{jamit.was}", jamit="n 10 800"),
            it("Álddut leat heajos dilis ja ollu miesit sáhttet jápmit giđđat"),
        ],
        "guohtun": [
            it("Siiddat leat sirdán ealuid {km} kilomehtera nuorttabeallái", km="n 5 80"),
            it("Jiekŋa lea eanan badjel ja jeahkálat ii gávdno"),
        ],
        "borramus": [
            it("Orohat lea juohkán {pellet} kilo biebmopelleahtaid{pellet.was}", pellet="n 1000 90000"),
            it("Siiddat biebmet ealuid sihke gárddiin ja meahcis"),
        ],
        "doarjja": [
            it("Orohat lea veahkehan {siidat} siidda ohcat goavvedoarjaga{siidat.was}", siidat="n 1 12"),
            it("Boazodoallohálddahus lea lágidan fievrrideami suinniide ja pelleahtaide"),
        ],
        "bargoveahka": [
            it("{barggit} olbmo barget beaivválaččat ealuiguin{barggit.was}", barggit="n 5 60"),
            it("Nuorat bohtet veahkkin vahkkoloahpaid"),
        ],
        "golut": [
            it("Biebmogolut leat dán rádjái {biebmo}", biebmo="cum 20 900"),
            it("Skohteriid boaldámušgolut leat {boaldamus} dán mánus", boaldamus="money 5 60"),
        ],
        "risks": [
            risk("Riskka ahte bohccot jápmet nealgái {trend}", levels=SME_LEVELS,
                 mit=("siiddat biebmet buot heajumus bohccuid gárddiin",)),
            risk("Riskka boraspiriid vahágiidda {trend}", levels=SME_LEVELS,
                 mit=("ealut gehččojuvvojit ija ja beaivvi",)),
            risk("Skohterlihkuhisvuođat go mátkkit leat guhkit",
                 mit=("siiddaid olbmot mátkkoštit ovttas eai ge okto",)),
        ],
        "lavkkit": [
            it("Čoahkkin Stáhtahálddašeddjiin {coahkkin}", coahkkin="date 1 5"),
            it("Sáddet ohcama goavvedoarjaga várás ovdal {ohcan}", ohcan="date 3 14"),
        ],
    },
    {"coahkkaigeassu": (1, 2), "dilli": (1, 2), "dalke": (1, 2), "vaikkuhusat": (1, 2), "guohtun": (1, 2),
     "borramus": (1, 2), "doarjja": (1, 2), "bargoveahka": (1, 2), "golut": (1, 2), "risks": (1, 3),
     "lavkkit": (1, 2)},
    date(2026, 2, 10), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip
