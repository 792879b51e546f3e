"""Item ideas of two ``blind68_layouts`` publishers in Oceania: the island disaster risk management committees of the
Cook Islands' outer islands (the Pa Enua) in a drought (Cook Islands Māori, typed as the islands type it, without the
macrons and the glottal stop, with the English words the islands use for what has no older name: "tank", "membrane")
and the medico-social centres of New Caledonia's Province Nord in a dengue epidemic (French)
(``blind5_layouts_content`` explains the slots). ``blind68_layouts_content`` prints the amounts, dates, comparisons
and the mitigation's lead in each publisher's conventions. The organisations are named after real kinds of body; the
events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

CK_LEVELS = ("te akara ia nei", "te maata atu ra", "maata", "maata roa")
NC_LEVELS = ("à surveiller", "en augmentation", "fort", "très fort")

MAROKE = Partner(
    "ck-island-disaster-committee-drought",
    "Maroke",
    ("Aitutaki Island Disaster Risk Management Committee", "Atiu Island Disaster Risk Management Committee",
     "Mangaia Island Disaster Risk Management Committee", "Mauke Island Disaster Risk Management Committee"),
    {},
    {
        "hl": [
            it("Kare i ua meitaki ki runga i te enua mei te {mei} mai", mei="date -20 -14"),
            it("Te au ngutuare kua pou to ratou vai inu: {pou}{pou.was}", pou="n 5 300"),
        ],
        "sit": [
            it("Kua akakite mai te Cook Islands Meteorological Service e kare e ua maata i roto i te au epetoma ka "
               "tae mai"),
            it("Te ua i roto i teia epetoma (mm): {mm}{mm.was}", mm="n 1 30"),
        ],
        "imp": [
            it("Te au ngutuare e apai ana i te vai mei te au tank a te Kavamani: {apai}{apai.was}", apai="n 5 200"),
            it("Te au tamariki e te au ruau tei maki i te kopu: {maki}{maki.was}", maki="n 1 40"),
        ],
        "ta": [
            it("Te au tank vai o te oire kua maroke: {tank}{tank.was}", tank="n 2 40"),
            it("Te mini akameitaki vai i te are maki e angaanga ana i te au ra katoatoa"),
        ],
        "tb": [
            it("Kua mate te au kai tanu i te maroke, mei te taro e te kumara"),
            it("Te au ngutuare e tauturu ia ana ki te kai: {kai}{kai.was}", kai="n 5 150"),
        ],
        "help": [
            it("Kua tuku mai te EMCI e te Cook Islands Red Cross i te vai inu na runga i te pai"),
            it("Te vai i tuku ia ki te au ngutuare (lita): {lita}{lita.was}", lita="n 500 9000"),
        ],
        "staff": [
            it("Te au tangata angaanga a te Kavamani Enua e te au tauturu tei apai vai: {ang}{ang.was}",
               ang="n 5 60"),
            it("Kua tae mai tetai neti mei Rarotonga na runga i te pairere"),
        ],
        "money": [
            it("Te moni tei pou ki teia ra: {moni}", moni="cum 5 60"),
            it("Kua pati te Kavamani Enua i te {pati} mei te Kavamani o te Kuki Airani no te oko i te au tank vai ou",
               pati="money 10 120"),
        ],
        "risks": [
            risk("Te manamanata no te pou anga o te vai inu: {trend}", levels=CK_LEVELS,
                 mit=("kua akaiti ia te vai no te ngutuare tatakitai i te au ra katoatoa",)),
            risk("Te manamanata no te maki i te kopu: {trend}", levels=CK_LEVELS,
                 mit=("e akakite ana te au neti ki te au ngutuare kia tunu i te vai inu",)),
            risk("Ka kino te mini akameitaki vai i te are maki", mit=("kua oko ia te au membrane ou mei Rarotonga",)),
        ],
        "next": [
            it("Akaoti i te tatau anga i te au tank vai a te au ngutuare ki mua ake i te {akaoti}", akaoti="date 1 5"),
            it("Ripoti ka tae mai: {ripoti}", ripoti="date 7 7"),
        ],
    },
    SIZES,
    date(2026, 9, 7), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

DENGUE = Partner(
    "nc-medico-social-centre-dengue",
    "Dengue",
    ("Centre médico-social de Koné", "Centre médico-social de Poindimié", "Centre médico-social de Canala",
     "Centre médico-social de Koumac"),
    {},
    {
        "hl": [
            it("L'épidémie de dengue déclarée le {decl} se poursuit dans la commune", decl="date -30 -20"),
            it("Cas confirmés depuis le début de l'épidémie : {cas}{cas.was}", cas="n 10 900"),
        ],
        "sit": [
            it("Le sérotype DENV-2 reste majoritaire selon le laboratoire du Médipôle"),
            it("Cas confirmés cette semaine : {sem}{sem.was}", sem="n 2 120"),
        ],
        "imp": [
            it("Patients hospitalisés au CHN ou au Médipôle : {hosp}{hosp.was}", hosp="n 1 30"),
            it("Les consultations pour fièvre ont doublé au centre médico-social"),
        ],
        "ta": [
            it("Quartiers et tribus traités par pulvérisation : {pulv}{pulv.was}", pulv="n 1 30"),
            it("Les agents de la commune ont ramassé les pneus et les déchets dans les tribus"),
        ],
        "tb": [
            it("Les écoles organisent des journées de nettoyage des gîtes larvaires avec les élèves"),
            it("Tribus ayant reçu une visite de sensibilisation : {trib}{trib.was}", trib="n 1 25"),
        ],
        "help": [
            it("Moustiquaires et répulsifs distribués aux familles : {moust}{moust.was}", moust="n 20 1500"),
            it("La commune et la Croix-Rouge accompagnent les personnes âgées isolées dans les tribus"),
        ],
        "staff": [
            it("Agents mobilisés (CMS, commune, DASS) : {agents}{agents.was}", agents="n 5 60"),
            it("Un médecin en renfort de la DASS est présent au CMS deux jours par semaine"),
        ],
        "money": [
            it("Dépenses engagées à ce jour : {dep}", dep="cum 3 50"),
            it("La commune a sollicité {aide} auprès de la province Nord pour les produits larvicides",
               aide="money 5 80"),
        ],
        "risks": [
            risk("Risque d'extension de l'épidémie aux tribus de la chaîne : {trend}", levels=NC_LEVELS,
                 mit=("pulvérisations et destruction des gîtes autour de chaque cas",)),
            risk("Risque de formes graves chez les enfants et les personnes âgées : {trend}", levels=NC_LEVELS,
                 mit=("orientation rapide vers le CHN dès les signes d'alerte",)),
            risk("Rupture de stock des tests de diagnostic rapide",
                 mit=("commande passée auprès de la pharmacie de la DASS",)),
        ],
        "next": [
            it("Réunion de la cellule communale de lutte contre la dengue le {cell}", cell="date 1 4"),
            it("Prochain point de situation : {pp}", pp="date 7 7"),
        ],
    },
    SIZES,
    date(2026, 3, 2), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip
