"""Item ideas of four ``blind65_layouts`` publishers in landlocked lands: the communal disaster committees of Niger in
a season of floods (Hausa), the community health associations (ASACO) of Malian communes in a heatwave (Bambara, in
the official letters "ɛ ɔ ɲ ŋ"), the ICT offices of Kosovo municipalities after a ransomware attack (Albanian) and the
Giunte di Castello of San Marino in an earthquake swarm (Italian) (``blind5_layouts_content`` explains the slots).
``blind65_layouts_content`` prints the amounts, dates, comparisons and the mitigation's lead in each publisher's
conventions; where a postposition or a case ending would bend a figure or a date, a point gives it after a label and a
colon. The organisations are named after real kinds of body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

HA_LEVELS = ("ana sa ido a kai", "yana ƙaruwa", "babba", "babba sosai")
BM_LEVELS = ("an b'a kɔlɔsi", "a bɛ ka bonya", "a ka bon", "a ka bon kosɛbɛ")
SQ_LEVELS = ("nën monitorim", "në rritje", "i lartë", "shumë i lartë")
IT_LEVELS = ("sotto osservazione", "in aumento", "elevato", "molto elevato")

AMBALIYA = Partner(
    "ne-communal-committee-floods",
    "Ambaliyar ruwa",
    ("Kwamitin Bala'o'i na Komin Dakoro", "Kwamitin Bala'o'i na Komin Madarounfa", "Kwamitin Bala'o'i na Komin Mirriah",
     "Kwamitin Bala'o'i na Komin Tessaoua"),
    {},
    {
        "hl": [
            it("Ruwan sama mai ƙarfi da aka yi tun ranar {fara} ya haddasa ambaliya a unguwanni da ƙauyuka da dama na "
               "komin", fara="date -4 -4"),
            it("Iyalan da ambaliyar ta shafa: {iyali}{iyali.was}", iyali="n 50 2500"),
        ],
        "sit": [
            it("Hukumar kula da yanayi ta ƙasa ta yi gargaɗin cewa za a ci gaba da samun ruwan sama mai yawa a kwanaki "
               "masu zuwa"),
            it("Yawan ruwan saman da aka auna a cikin awa 24 (milimita): {mm}{mm.was}", mm="n 20 140"),
        ],
        "imp": [
            it("Mutanen da suka rasu: {mace}{mace.was}", mace="n 1 30"),
            it("Gidajen da suka rushe gaba ɗaya: {gida}{gida.was}", gida="n 20 1500"),
        ],
        "ta": [
            it("Gonakin da ruwa ya mamaye (hekta): {hekta}{hekta.was}", hekta="n 50 3000"),
            it("Dabbobin da suka mutu: {dabbobi}{dabbobi.was}", dabbobi="n 10 900"),
        ],
        "tb": [
            it("Makarantun da aka mayar da su wuraren tsugunar da iyalai: {makaranta}{makaranta.was}",
               makaranta="n 1 15"),
            it("Wasu iyalai suna zaune a gidajen 'yan uwansu a unguwannin da ruwa bai shafa ba"),
        ],
        "help": [
            it("An raba buhunan hatsi, tabarmi, barguna da kayan dafa abinci ga iyalan da abin ya shafa"),
            it("Iyalan da suka karɓi tallafin abinci: {tallafi}{tallafi.was}", tallafi="n 20 2000"),
        ],
        "staff": [
            it("Ma'aikata da masu aikin sa-kai da ke aiki a fage: {maaikata}{maaikata.was}", maaikata="n 10 200"),
            it("Ƙungiyar Red Cross ta Nijar tana taimaka wa kwamitin wajen ƙidaya iyalan da abin ya shafa"),
        ],
        "money": [
            it("Kuɗaɗen da komin ya kashe zuwa yanzu: {kudi}", kudi="cum 5 80"),
            it("An nemi tallafin {nema} daga Gwamnatin Jiha domin sake gina gidaje", nema="money 20 300"),
        ],
        "risks": [
            risk("Haɗarin ɓarkewar cutar kwalara: {trend}", levels=HA_LEVELS,
                 mit=("an raba sinadarin tace ruwa kuma ana ƙarfafa tsabta a wuraren tsugunarwa",)),
            risk("Haɗarin ƙaruwar zazzaɓin cizon sauro: {trend}", levels=HA_LEVELS,
                 mit=("an raba gidajen sauro ga iyalan da ke wuraren tsugunarwa",)),
            risk("Ruwan kogi na iya ƙara tashi ya mamaye wasu unguwanni",
                 mit=("an gina shingen buhunan yashi a gefen kogin",)),
        ],
        "next": [
            it("Kammala ƙidayar gidajen da suka rushe kafin {kidaya}", kidaya="date 1 4"),
            it("Za a aika rahoto na gaba ranar {rahoto}", rahoto="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 8, 10), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

FUNTENI = Partner(
    "ml-asaco-heatwave",
    "Funteni",
    ("ASACO Bankoni", "ASACO Sébénikoro", "ASACO Pélengana", "ASACO Kayes N'di"),
    {},
    {
        "hl": [
            it("Funteni ba min daminɛna {daminen} la, o bɛ ka mɔgɔ caman bana dugu kɔnɔ", daminen="date -3 -3"),
            it("Banabagatɔ minnu nana CSCom la funteni kosɔn: {bana}{bana.was}", bana="n 10 400"),
        ],
        "sit": [
            it("Mali-Météo ko funteni bɛna to ka bon tile saba nataw kɔnɔ"),
            it("Funteni hakɛ min ka bon ni tɔw ye bi (degere): {degere}{degere.was}", degere="n 42 47"),
        ],
        "imp": [
            it("Mɔgɔ minnu sara funteni kosɔn: {sara}{sara.was}", sara="n 1 25"),
            it("Kuran bɛ tigɛ tuma caman na, o kosɔn furaw marali ka gɛlɛya CSCom kɔnɔ"),
        ],
        "ta": [
            it("Denmisɛn minnu furakɛra ji dɔgɔya kosɔn: {den}{den.was}", den="n 5 200"),
            it("Mɔgɔkɔrɔba minnu bilara dɔgɔtɔrɔso la: {koro}{koro.was}", koro="n 1 60"),
        ],
        "tb": [
            it("Jenerateri bɛ baara kɛ CSCom na su ni tile"),
            it("Kin minnu tɛ ji sɔrɔ kabini sɔgɔma fo wula: {kin}{kin.was}", kin="n 1 12"),
        ],
        "help": [
            it("Ji sumalen ni ORS tilara mɔgɔw ma sugu la ani mobili jɔyɔrɔw la"),
            it("Mɔgɔ minnu ye ORS sɔrɔ: {ors}{ors.was}", ors="n 50 3000"),
        ],
        "staff": [
            it("Dɔgɔtɔrɔw, nɔrɔsiw ani relay minnu bɛ baara la: {baara}{baara.was}", baara="n 5 80"),
            it("CSRéf ye nɔrɔsi fila ci ka CSCom dɛmɛ"),
        ],
        "money": [
            it("Musaka minnu kɛra fo bi: {musaka}", musaka="cum 1 20"),
            it("ASACO ye wari {wari} ɲini Meri fɛ ka ji ni furaw san", wari="money 1 15"),
        ],
        "risks": [
            risk("Funteni bana farati denmisɛnw ni mɔgɔkɔrɔbaw la: {trend}", levels=BM_LEVELS,
                 mit=("kunnafoni bɛ di arajo fɛ ka mɔgɔw laadi u ka ji min tuma bɛɛ",)),
            risk("Furaw tiɲɛni farati kuran tigɛli kosɔn: {trend}", levels=BM_LEVELS,
                 mit=("jenerateri ni glasiyɛri bɛ baara la",)),
            risk("Ji dɔgɔya dugu kin dɔw la", mit=("Meri ka mobili bɛ ji tila kin minnu na",)),
        ],
        "next": [
            it("Banabagatɔw jate laban kɛli: {jate}", jate="date 1 3"),
            it("Kunnafoni nata bɛna ci {nata}", nata="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 4, 6), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

KIBER = Partner(
    "xk-municipal-ict-ransomware",
    "Sulmi kibernetik",
    ("Zyra për TIK e Komunës së Ferizajt", "Zyra për TIK e Komunës së Gjakovës", "Zyra për TIK e Komunës së Pejës",
     "Zyra për TIK e Komunës së Gjilanit"),
    {},
    {
        "hl": [
            it("Sulmi me ransomware i zbuluar më {zbuluar} ka prekur serverët dhe kompjuterët e administratës komunale",
               zbuluar="date -3 -3"),
            it("Kompjuterë të prekur: {prekur}{prekur.was}", prekur="n 10 300"),
        ],
        "sit": [
            it("KOS-CERT dhe Agjencia e Shoqërisë së Informacionit po e analizojnë sulmin bashkë me zyrën tonë"),
            it("Nuk ka të dhëna që sulmuesit janë ende brenda rrjetit komunal"),
        ],
        "imp": [
            it("Zyra e Gjendjes Civile lëshon certifikata vetëm me dorë dhe qytetarët presin gjatë"),
            it("Shërbime online të ndërprera: {online}{online.was}", online="n 1 12"),
        ],
        "ta": [
            it("Serverë të rikthyer nga kopjet rezervë: {rikthyer}{rikthyer.was}", rikthyer="n 1 30"),
            it("Sistemi i pagesës së tatimit në pronë mbetet jashtë funksionit"),
        ],
        "tb": [
            it("Email-i zyrtar punon përsëri për drejtoritë kryesore"),
            it("Llogari të përdoruesve me fjalëkalim të ndryshuar: {llogari}{llogari.was}", llogari="n 20 600"),
        ],
        "help": [
            it("Qytetarët mund t'i marrin dokumentet urgjente në sportelin e Qendrës për Shërbime me Qytetarët"),
            it("Kërkesa të qytetarëve të pranuara me shkrim: {kerkesa}{kerkesa.was}", kerkesa="n 20 900"),
        ],
        "staff": [
            it("Punonjës të TIK dhe ekspertë të jashtëm që punojnë në rikthim: {ekspert}{ekspert.was}",
               ekspert="n 3 25"),
            it("Stafi i zyrës punon me ndërrime edhe gjatë fundjavës"),
        ],
        "money": [
            it("Kostot deri tani: {kosto}", kosto="cum 5 60"),
            it("Komuna ka kërkuar {buxhet} nga Ministria e Administrimit të Pushtetit Lokal për pajisje të reja",
               buxhet="money 10 150"),
        ],
        "risks": [
            risk("Rreziku i rrjedhjes së të dhënave personale të qytetarëve: {trend}", levels=SQ_LEVELS,
                 mit=("njoftimi i Agjencisë për Informim dhe Privatësi dhe monitorimi i rrjetit",)),
            risk("Rreziku i një sulmi të dytë përmes llogarive të vjedhura: {trend}", levels=SQ_LEVELS,
                 mit=("ndryshimi i të gjitha fjalëkalimeve dhe vërtetimi me dy faktorë",)),
            risk("Vonesa në pagesën e pagave të muajit", mit=("pagat përgatiten me dorë bashkë me Thesarin",)),
        ],
        "next": [
            it("Rikthimi i sistemit të gjendjes civile deri më {gjendje}", gjendje="date 1 4"),
            it("Raporti i ardhshëm: {ardhshem}", ardhshem="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 3, 9), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

SISMA = Partner(
    "sm-giunta-di-castello-earthquake",
    "Sequenza sismica",
    ("Giunta di Castello di Serravalle", "Giunta di Castello di Borgo Maggiore", "Giunta di Castello di Domagnano",
     "Giunta di Castello di Faetano"),
    {},
    {
        "hl": [
            it("La sequenza sismica iniziata il {inizio} continua a essere avvertita dalla popolazione del Castello",
               inizio="date -3 -3"),
            it("Segnalazioni di danni ricevute: {segnalazioni}{segnalazioni.was}", segnalazioni="n 5 300"),
        ],
        "sit": [
            it("L'INGV ha registrato nelle ultime 24 ore nuove scosse con epicentro in mare al largo della costa "
               "riminese"),
            it("Scosse avvertite nelle ultime 24 ore: {scosse}{scosse.was}", scosse="n 1 40"),
        ],
        "imp": [
            it("Edifici con danni lievi (crepe, cadute di calcinacci): {lievi}{lievi.was}", lievi="n 5 200"),
            it("La scuola elementare del Castello resta chiusa in attesa delle verifiche"),
        ],
        "ta": [
            it("Sopralluoghi eseguiti dai tecnici dell'Ufficio Tecnico: {sopralluoghi}{sopralluoghi.was}",
               sopralluoghi="n 5 250"),
            it("Edifici dichiarati temporaneamente inagibili: {inagibili}{inagibili.was}", inagibili="n 1 30"),
        ],
        "tb": [
            it("Le aree di attesa del Castello restano aperte e presidiate dai volontari"),
            it("Persone che hanno trascorso la notte nel palazzetto dello sport: {notte}{notte.was}", notte="n 5 180"),
        ],
        "help": [
            it("Pasti caldi distribuiti alle famiglie fuori casa: {pasti}{pasti.was}", pasti="n 10 600"),
            it("I Servizi Sociali contattano ogni giorno gli anziani che vivono soli"),
        ],
        "staff": [
            it("Volontari della Protezione Civile impegnati nel Castello: {volontari}{volontari.was}",
               volontari="n 5 80"),
            it("I tecnici dell'Ufficio Tecnico e i Vigili del Fuoco lavorano in squadre miste"),
        ],
        "money": [
            it("Spese sostenute finora: {spese}", spese="cum 5 60"),
            it("La Giunta ha chiesto al Congresso di Stato un contributo straordinario di {contributo}",
               contributo="money 10 120"),
        ],
        "risks": [
            risk("Rischio di crolli di cornicioni e comignoli nel centro storico: {trend}", levels=IT_LEVELS,
                 mit=("transenne e divieto di transito nelle vie interessate",)),
            risk("Rischio di forti scosse di assestamento: {trend}", levels=IT_LEVELS,
                 mit=("informazione alla popolazione sui comportamenti da tenere",)),
            risk("Disagio degli anziani e delle persone fragili fuori casa",
                 mit=("visite quotidiane dei Servizi Sociali e dei volontari",)),
        ],
        "next": [
            it("Completare le verifiche di agibilità entro il {verifiche}", verifiche="date 1 4"),
            it("Il prossimo aggiornamento sarà pubblicato il {prossimo}", prossimo="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 11, 9), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
