"""Item ideas of four ``blind70_layouts`` publishers inland and upriver: the gaon panchayats of Assam's north bank in
the Brahmaputra's floods (Assamese), the communes of the upper Maroni in French Guiana in a drought that leaves the
river too low for the pirogues (French), the municipalities of East Belgium in a wildfire on the High Fens (German),
and the regional councils of the Northern Territory in a heatwave that strains the communities' power (English)
(``blind5_layouts_content`` explains the slots). ``blind70_layouts_content`` prints the amounts, dates, comparisons
and the mitigation's lead in each publisher's conventions; a figure stands after a label and a colon, or apart from
the words round it, so that no Assamese suffix is joined to it. The organisations are named after real kinds of body;
the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

AS_LEVELS = ("নিৰীক্ষণত আছে", "বাঢ়ি আছে", "বেছি", "অতি বেছি")
GF_LEVELS = ("sous surveillance", "en hausse", "élevé", "très élevé")
BE_LEVELS = ("unter Beobachtung", "steigend", "hoch", "sehr hoch")
NT_LEVELS = ("being monitored", "increasing", "high", "very high")

BAANPANI = Partner(
    "as-gaon-panchayat-floods",
    "বানপানী",
    ("বৰডলনী গাঁও পঞ্চায়ত", "চিলাপথাৰ গাঁও পঞ্চায়ত", "ঘিলামৰা গাঁও পঞ্চায়ত", "মাটমৰা গাঁও পঞ্চায়ত"),
    {},
    {
        "hl": [
            it("{since} তাৰিখৰ পৰা অহা বানপানীত পঞ্চায়তৰ বেছিভাগ গাঁও পানীত বুৰ গৈছে", since="date -2 -2"),
            it("বানপানীত ক্ষতিগ্ৰস্ত লোকৰ সংখ্যা: {lok}{lok.was}", lok="n 200 9000"),
        ],
        "sit": [
            it("ব্ৰহ্মপুত্ৰ আৰু সুবনশিৰিৰ পানী এতিয়াও বিপদসীমাৰ ওপৰেৰে বৈ আছে"),
            it("ওচৰৰ জোখ-স্থানত নদীৰ পানী বিপদসীমাৰ ওপৰত, চেণ্টিমিটাৰত: {cm}{cm.was}", cm="n 5 90"),
        ],
        "imp": [
            it("পানীত বুৰ যোৱা গাঁৱৰ সংখ্যা: {gaon}{gaon.was}", gaon="n 1 30"),
            it("ক্ষতিগ্ৰস্ত শস্যভূমি, হেক্টৰত: {hec}{hec.was}", hec="n 20 900"),
        ],
        "ta": [
            it("মথাউৰিৰ ভঙা ঠাইৰ সংখ্যা: {bhanga}{bhanga.was}", bhanga="n 1 6"),
            it("জলসম্পদ বিভাগে ভঙা মথাউৰি মেৰামতিৰ কাম আৰম্ভ কৰিছে"),
        ],
        "tb": [
            it("বানপানীত মৃত্যু হোৱা গৰু-ম'হৰ সংখ্যা: {goru}{goru.was}", goru="n 1 60"),
            it("ক্ষতিগ্ৰস্ত গাঁওসমূহত চিকিৎসা শিবিৰ পতা হৈছে আৰু হেলোজেন টেবলেট বিতৰণ কৰা হৈছে"),
        ],
        "help": [
            it("ত্ৰাণ শিবিৰত আশ্ৰয় লোৱা লোকৰ সংখ্যা: {shibir}{shibir.was}", shibir="n 50 3000"),
            it("ত্ৰাণ শিবিৰসমূহত চাউল, দাইল, লোণ আৰু সৰিয়হ তেল বিতৰণ কৰা হৈছে"),
        ],
        "staff": [
            it("উদ্ধাৰ কাৰ্যত নিয়োজিত এছ ডি আৰ এফ কৰ্মী আৰু স্বেচ্ছাসেৱকৰ সংখ্যা: {karmi}{karmi.was}", karmi="n 10 150"),
            it("উদ্ধাৰৰ বাবে দেশী নাও আৰু দুখন ইঞ্জিন নাও ব্যৱহাৰ কৰা হৈছে"),
        ],
        "money": [
            it("এতিয়ালৈকে হোৱা মুঠ ব্যয়: {byay}", byay="cum 1 20"),
            it("ত্ৰাণ সামগ্ৰীৰ বাবে জিলা দুৰ্যোগ ব্যৱস্থাপনা প্ৰাধিকৰণৰ পৰা {dhan} বিচৰা হৈছে", dhan="money 5 80"),
        ],
        "risks": [
            risk("পানী আৰু বাঢ়িলে আন গাঁও বুৰ যোৱাৰ আশংকা: {trend}", levels=AS_LEVELS,
                 mit=("বিপদাপন্ন গাঁৱৰ লোকক ত্ৰাণ শিবিৰলৈ নিবলৈ নাও সাজু কৰি ৰখা হৈছে",)),
            risk("ত্ৰাণ শিবিৰত পেটৰ অসুখ বিয়পাৰ আশংকা: {trend}", levels=AS_LEVELS,
                 mit=("স্বাস্থ্য বিভাগৰ দলে প্ৰতিদিনে শিবিৰসমূহ পৰিদৰ্শন কৰিছে",)),
            risk("নলকূপ বুৰ যোৱাত বিশুদ্ধ খোৱাপানীৰ অভাৱ",
                 mit=("জনস্বাস্থ্য কাৰিকৰী বিভাগে খোৱাপানীৰ পাউচ যোগান ধৰিছে",)),
        ],
        "next": [
            it("{jorip} তাৰিখৰ ভিতৰত শস্য আৰু ঘৰৰ ক্ষতিৰ জৰীপ সম্পূৰ্ণ কৰা হ'ব", jorip="date 1 4"),
            it("পৰৱৰ্তী প্ৰতিবেদন {agoli} তাৰিখে দাখিল কৰা হ'ব", agoli="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 7, 6), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

SECHERESSE = Partner(
    "gf-maroni-commune-drought",
    "Sécheresse",
    ("Commune de Maripasoula", "Commune de Papaïchton", "Commune de Grand-Santi", "Commune d'Apatou"),
    {},
    {
        "hl": [
            it("Le niveau du Maroni baisse depuis le {debut} et la navigation en pirogue est très difficile entre le "
               "bourg et les écarts", debut="date -20 -20"),
            it("Habitants des écarts isolés par la baisse du fleuve : {isoles}{isoles.was}", isoles="n 50 1500"),
        ],
        "sit": [
            it("Météo-France ne prévoit pas de pluies significatives avant la fin du mois"),
            it("Hauteur d'eau relevée à l'échelle du bourg (cm) : {cm}{cm.was}", cm="n 20 150"),
        ],
        "imp": [
            it("Écoles fermées faute de transport scolaire en pirogue : {ecoles}{ecoles.was}", ecoles="n 1 12"),
            it("Le prix de l'essence au bourg a fortement augmenté car les pirogues de ravitaillement ne passent plus "
               "les sauts"),
        ],
        "ta": [
            it("Foyers sans eau au robinet : {foyers}{foyers.was}", foyers="n 10 400"),
            it("Le forage du bourg fonctionne par intermittence et l'eau est livrée par camion-citerne dans les "
               "quartiers"),
        ],
        "tb": [
            it("Rotations d'avion de ravitaillement organisées par la préfecture : {rot}{rot.was}", rot="n 1 20"),
            it("Les commerçants signalent des ruptures de riz, de farine et de bouteilles de gaz"),
        ],
        "help": [
            it("Packs d'eau distribués aux familles : {packs}{packs.was}", packs="n 100 5000"),
            it("Le CCAS livre de l'eau aux personnes âgées et aux malades dans les écarts"),
        ],
        "staff": [
            it("Agents communaux et volontaires mobilisés : {agents}{agents.was}", agents="n 5 60"),
            it("Des équipes du SDIS et du RSMA appuient la commune pour les distributions"),
        ],
        "money": [
            it("Dépenses engagées par la commune depuis le début de la sécheresse : {dep}", dep="cum 5 60"),
            it("La commune a demandé {aide} au titre du fonds de secours pour l'outre-mer", aide="money 20 900"),
        ],
        "risks": [
            risk("Risque de maladies liées à la consommation de l'eau du fleuve : {trend}", levels=GF_LEVELS,
                 mit=("distribution de pastilles de chlore et messages de prévention en plusieurs langues",)),
            risk("Risque de rupture de carburant pour la centrale électrique du bourg : {trend}", levels=GF_LEVELS,
                 mit=("acheminement de carburant par hélicoptère demandé à la préfecture",)),
            risk("Écarts difficiles à joindre en cas d'évacuation sanitaire",
                 mit=("le centre de santé garde une pirogue légère et un piroguier d'astreinte",)),
        ],
        "next": [
            it("Nouvelle distribution d'eau dans les écarts prévue le {distrib}", distrib="date 1 4"),
            it("Prochain point de situation le {pp}", pp="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 10, 19), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

WALDBRAND = Partner(
    "be-dg-municipality-wildfire",
    "Waldbrand",
    ("Stadt Eupen", "Gemeinde Raeren", "Gemeinde Bütgenbach", "Gemeinde Büllingen"),
    {},
    {
        "hl": [
            it("Der Moor- und Heidebrand im Hohen Venn ist am {seit} ausgebrochen und hat sich mit dem Ostwind "
               "weiter ausgebreitet", seit="date -2 -2"),
            it("Verbrannte Fläche in Hektar: {ha}{ha.was}", ha="n 20 900"),
        ],
        "sit": [
            it("Das KMI meldet weiterhin trockenes Wetter mit Ostwind und Temperaturen über 25 Grad"),
            it("Noch aktive Brandherde im Gemeindegebiet: {herde}{herde.was}", herde="n 1 15"),
        ],
        "imp": [
            it("Gesperrte Wanderwege und Zufahrten zum Venn: {wege}{wege.was}", wege="n 1 30"),
            it("Aus Häusern am Waldrand evakuierte Personen: {evak}{evak.was}", evak="n 1 120"),
        ],
        "ta": [
            it("Das DNF meldet Schäden an Fichtenbeständen und an geschützten Moorflächen"),
            it("Löschwasserentnahmen der Hubschrauber aus dem Stausee: {wasser}{wasser.was}", wasser="n 1 40"),
        ],
        "tb": [
            it("Die N67 zwischen Eupen und Monschau bleibt für den Verkehr gesperrt"),
            it("Umleitungen über die Nachbardörfer sind ausgeschildert"),
        ],
        "help": [
            it("Die Gemeinde hat die Sporthalle als Notunterkunft für evakuierte Familien geöffnet"),
            it("Übernachtungen in der Notunterkunft: {naechte}{naechte.was}", naechte="n 1 80"),
        ],
        "staff": [
            it("Feuerwehrleute der Hilfeleistungszone DG und Freiwillige im Einsatz: {fw}{fw.was}", fw="n 20 250"),
            it("Der Zivilschutz unterstützt die Feuerwehr mit Tankwagen und Material"),
        ],
        "money": [
            it("Bisherige Kosten für die Gemeinde: {kosten}", kosten="cum 5 80"),
            it("Die Gemeinde beantragt {hilfe} beim Katastrophenfonds der Wallonischen Region", hilfe="money 20 900"),
        ],
        "risks": [
            risk("Gefahr, dass der Brand bei stärkerem Wind auf Wohngebiete übergreift: {trend}", levels=BE_LEVELS,
                 mit=("Brandschneisen am Waldrand angelegt und Tanklöschfahrzeuge in Bereitschaft",)),
            risk("Gefahr durch Rauch für ältere und kranke Menschen: {trend}", levels=BE_LEVELS,
                 mit=("Warnung über BE-Alert, Fenster und Türen geschlossen halten",)),
            risk("Erschöpfung der freiwilligen Feuerwehrleute nach mehreren Einsatztagen",
                 mit=("Schichtwechsel alle zwölf Stunden und Verstärkung aus den Nachbarzonen",)),
        ],
        "next": [
            it("Begehung der verbrannten Flächen mit dem DNF am {begehung}", begehung="date 1 4"),
            it("Nächster Lagebericht am {naechster}", naechster="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 4, 20), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

HEAT = Partner(
    "au-nt-regional-council-heat",
    "Heatwave",
    ("Victoria Daly Regional Council", "Roper Gulf Regional Council", "West Daly Regional Council",
     "Central Desert Regional Council"),
    {},
    {
        "hl": [
            it("Extreme heat since {since} has pushed temperatures in our communities above 44 degrees",
               since="date -3 -3"),
            it("Households on prepaid power that ran out of credit this week: {hh}{hh.was}", hh="n 5 150"),
        ],
        "sit": [
            it("The Bureau of Meteorology has extended the extreme heatwave warning for the region until the weekend"),
            it("Highest temperature recorded at the airstrip (°C): {t}{t.was}", t="n 40 47"),
        ],
        "imp": [
            it("Residents seen at the clinic for heat-related illness: {clinic}{clinic.was}", clinic="n 1 40"),
            it("Houses with broken air conditioners reported to the council: {ac}{ac.was}", ac="n 1 60"),
        ],
        "ta": [
            it("Unplanned power outages in our communities this week: {out}{out.was}", out="n 1 12"),
            it("Indigenous Essential Services replaced a failed part at the community power station"),
        ],
        "tb": [
            it("Community access roads are soft after the afternoon storms but remain open"),
            it("Mail plane and freight flights are running to schedule"),
        ],
        "help": [
            it("Cool rooms open at council offices and women's centres: {rooms}{rooms.was}", rooms="n 1 8"),
            it("Council staff are delivering bottled water and ice to elders and people on dialysis"),
        ],
        "staff": [
            it("Council staff working on the heat response across our communities: {staff}{staff.was}",
               staff="n 5 80"),
            it("Outdoor works crews have moved to early shifts finishing by 11 am"),
        ],
        "money": [
            it("Extra costs of the heat response so far: {cost}", cost="cum 2 30"),
            it("We have asked the NT Government for {grant} for portable generators and cooling", grant="money 10 200"),
        ],
        "risks": [
            risk("Risk of longer power outages if a community generator fails again: {trend}", levels=NT_LEVELS,
                 mit=("a backup generator has been flown in and is on standby",)),
            risk("Risk of heat illness for elders living alone: {trend}", levels=NT_LEVELS,
                 mit=("aged care staff are doing welfare checks twice a day",)),
            risk("Water running low in the community tanks at peak times",
                 mit=("residents have been asked to save water and the bore pumps run overnight",)),
        ],
        "next": [
            it("Meeting with the Regional Emergency Committee on {meet}", meet="date 1 4"),
            it("Next community update on {nxt}", nxt="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 1, 12), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
