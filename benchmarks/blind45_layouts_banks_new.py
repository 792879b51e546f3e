"""Item ideas of three ``blind45_layouts`` publishers writing in languages no earlier set printed: Friulian mountain
communities ("Comunitâts di mont") after a windstorm that flattened their forests, writing in Friulian; Kashubian
rural communes ("gminë") after a cloudburst and flash flood, writing in Kashubian; and Fijian provincial offices
("Tabacakacaka ni Yasana") after a tropical cyclone, writing in Fijian (``blind5_layouts_content`` explains the
slots; the risks escalate in their own language's words). ``blind45_layouts_content`` prints the amounts, dates,
comparisons and the mitigation's lead in each publisher's words. The organisations are named after real kinds of
body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

FUR_LEVELS = ("al è tignût di voli", "al cres", "cumò al è alt", "cumò al è une vore alt")

FORTUNAL = Partner(
    "fur-comunitats-fortunal",
    "Fortunâl",
    ("Comunitât di mont de Cjargne", "Comunitât dal Friûl Centrâl", "Comunitât di mont dal Glemonàs",
     "Comunitât di mont des Valadis dal Nadison"),
    {},
    {
        "hl": [
            it("Dai {fortunal} la Comunitât e à il centri operatîf viert di dì e di gnot", fortunal="date -4 -4"),
            it("I volontaris a son intervignûts {interventi} voltis{interventi.was}", interventi="n 5 140"),
        ],
        "sit": [
            it("Il vint al è calât, ma il teren al è ancjemò bagnât"),
            it("A son {paesi} paîs cence strade{paesi.was}", paesi="n 2 20"),
        ],
        "imp": [
            it("{cjasis} cjasis a àn il cuviert ruvinât{cjasis.was}", cjasis="n 3 180"),
            it("Il vint al à butât jù {ettars} ettars di bosc{ettars.was}", ettars="n 50 2000"),
        ],
        "ta": [
            it("Lis squadris a netin {stradis} stradis comunâls{stradis.was}", stradis="n 2 40"),
            it("La strade regjonâl pe valade e je ancjemò sierade"),
        ],
        "tb": [
            it("{famei} fameis a son ancjemò cence lûs{famei.was}", famei="n 10 900"),
            it("La linie dal telefon e je tornade in dutis lis frazions fûr che dôs"),
        ],
        "help": [
            it("I servizis sociâi a àn judât {fameis} fameis{fameis.was}", fameis="n 2 80"),
            it("La palestre de scuele e je vierte come ricovar pe int evacuade"),
        ],
        "staff": [
            it("A lavorin {volontaris} volontaris de Protezion civîl{volontaris.was}", volontaris="n 10 200"),
            it("I pompîrs di Udin a judin lis squadris dai Comuns"),
        ],
        "money": [
            it("Lis spesis de emergjence a son rivadis a {spesis}", spesis="cum 20 900"),
            it("La Regjon e à dât {contribut} pai lavôrs urgjents", contribut="money 20 400"),
        ],
        "risks": [
            risk("Il pericul di gnovis frants {trend}", levels=FUR_LEVELS,
                 mit=("lis zonis plui pericolosis a son sieradis",)),
            risk("Il pericul di incendi tal bosc butât jù {trend}", levels=FUR_LEVELS,
                 mit=("lis squadris a controlin il bosc ogni dì",)),
            risk("Il frêt tes cjasis cence lûs", mit=("il Comun al distribuìs stufis e gjeneradôrs",)),
        ],
        "next": [
            it("Riunion dal centri operatîf ai {riunion}", riunion="date 1 3"),
            it("Control di dutis lis stradis forestâls fin ai {control}", control="date 3 9"),
        ],
    },
    SIZES,
    date(2026, 11, 2), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

CSB_LEVELS = ("je pòd kòntrolą", "rosnie", "terô je wësoczé", "terô je baro wësoczé")

ULEWA = Partner(
    "csb-gminy-ulewa",
    "Ùlewa i pòwódz",
    ("Gmina Kartuzë", "Gmina Sierakòwice", "Gmina Przedkòwò", "Gmina Lëniewò"),
    {},
    {
        "hl": [
            it("Òd {ulewa} gmina mô włączony krizowi sztab", ulewa="date -4 -4"),
            it("Strażôcë mielë {wyjazdy} wëjazdów{wyjazdy.was}", wyjazdy="n 5 160"),
        ],
        "sit": [
            it("Deszcz ùstôł, ale wòda w rzéce dali je wësokô"),
            it("{wsie} wsë ni mają dojôzdu{wsie.was}", wsie="n 2 15"),
        ],
        "imp": [
            it("Wòda zalała {chyze} chëczi{chyze.was}", chyze="n 3 200"),
            it("Wòda zniszczëła mòst na rzéce kòl kòscoła"),
        ],
        "ta": [
            it("Robòtnicë naprôwiają {drogi} gminnëch drodżi{drogi.was}", drogi="n 2 40"),
            it("Wòjewódzkô droga 211 dali je zamkłô"),
        ],
        "tb": [
            it("{domy} domów ni mô wòdë z wòdocygù{domy.was}", domy="n 20 900"),
            it("Prąd je ju przëwrócony we wszëtczich wsach òkróm dwóch"),
        ],
        "help": [
            it("Gminny òstrzódk pòmòcë pòmógł {rodziny} rodzënóm{rodziny.was}", rodziny="n 2 80"),
            it("W szkòle są môla do spaniô dlô ewakuowónëch lëdzy"),
        ],
        "staff": [
            it("W akcji je {strazacy} strażôków i wòlontariuszów{strazacy.was}", strazacy="n 10 250"),
            it("Pòmôgają nama strażôcë z Gdańska i Kòscérznë"),
        ],
        "money": [
            it("Kòszta akcji wënoszą ju {koszty}", koszty="cum 20 900"),
            it("Wòjewòda przëznôł {pomoc} na pilné robòtë", pomoc="money 20 400"),
        ],
        "risks": [
            risk("Zagrożenié nową pòwòdzą {trend}", levels=CSB_LEVELS,
                 mit=("strażôcë kładą wòrë z piôskã przë rzéce",)),
            risk("Zagrożenié zawaleniém mòstu {trend}", levels=CSB_LEVELS, mit=("mòst je zamkłi dlô autów",)),
            risk("Chòroba òd zgniłi wòdë w sztudniach", mit=("sanepid bierze próbczi wòdë",)),
        ],
        "next": [
            it("Pòsedzenié krizowégò sztabù dnia {sztab}", sztab="date 1 3"),
            it("Kòntrola wszëtczich mòstów do {kontrola}", kontrola="date 3 9"),
        ],
    },
    SIZES,
    date(2026, 7, 6), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

FJ_LEVELS = ("e se vakaraici tiko", "e sa tubu cake tiko", "sa levu sara", "sa rui levu sara")

CAGILABA = Partner(
    "fj-yasana-cagilaba",
    "Cagilaba",
    ("Tabacakacaka ni Yasana ko Bua", "Tabacakacaka ni Yasana ko Cakaudrove", "Tabacakacaka ni Yasana ko Lau",
     "Tabacakacaka ni Yasana ko Kadavu"),
    {},
    {
        "hl": [
            it("Mai na {cagilaba} e sa dola tiko na vale ni veiqaravi ni leqa", cagilaba="date -4 -4"),
            it("E {koro} na koro e sa vakacacani{koro.was}", koro="n 3 60"),
        ],
        "sit": [
            it("Sa mudu na cagi ia e se tu ga na waluvu e so na vanua"),
            it("E {vale} na vale ni vakacegu e se dola tiko{vale.was}", vale="n 2 40"),
        ],
        "imp": [
            it("E {vakacacani} na vale e sa vakacacani se ceva{vakacacani.was}", vakacacani="n 5 600"),
            it("Sa vakacacani na were kei na teitei ni dalo"),
        ],
        "ta": [
            it("Sa vakasavasavataki e {sala} na sala{sala.was}", sala="n 2 40"),
            it("E se sogo tiko na wavu levu ena sala ni yasana"),
        ],
        "tb": [
            it("E {matavuvale} na matavuvale e sega tu na wai gunu{matavuvale.was}", matavuvale="n 20 900"),
            it("Sa lesu tale na livaliva ki na veikoro kecega vakavo e rua"),
        ],
        "help": [
            it("Sa soli na kakana ki na {vuvale} na matavuvale{vuvale.was}", vuvale="n 10 600"),
            it("Sa dola na koronivuli me vale ni vakacegu"),
        ],
        "staff": [
            it("E {cakacaka} na tamata ni veiqaravi kei na volunteer e cakacaka tiko{cakacaka.was}",
               cakacaka="n 10 200"),
            it("Sa veivuke mai na mataivalu kei na ovisa"),
        ],
        "money": [
            it("Na ilavo sa vakayagataki e sa yaco ki na {ilavo}", ilavo="cum 20 900"),
            it("Sa vakacuruma na Matanitu e {veivuke} me baleta na cakacaka totolo", veivuke="money 20 400"),
        ],
        "risks": [
            risk("Na rere ni mate ni wai {trend}", levels=FJ_LEVELS, mit=("sa soli na wai savasava kei na sovu",)),
            risk("Na rere ni waluvu tale {trend}", levels=FJ_LEVELS, mit=("sa vakaraici na uciwai ena veisiga",)),
            risk("Na leqa ni kakana ena veikoro yawa", mit=("sa vakau na kakana ena waqa",)),
        ],
        "next": [
            it("Bose ni komiti ni leqa ena {bose}", bose="date 1 3"),
            it("Vakadidike ni vale kecega me yacova na {vakadidike}", vakadidike="date 3 9"),
        ],
    },
    SIZES,
    date(2026, 1, 12), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip
