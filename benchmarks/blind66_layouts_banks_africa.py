"""Item ideas of four ``blind66_layouts`` publishers in Africa: the village committees of Kabylie in a summer of forest
fires (Kabyle, in the Latin letters "ɛ ɣ č ḍ ṛ ṣ ṭ ẓ"), the regional drought committees of Djibouti (French), the ward
development committees of the Gambia in a season of floods (Wolof) and the arrondissements' crisis committees of
Bangui in a cholera outbreak (Sango) (``blind5_layouts_content`` explains the slots). ``blind66_layouts_content``
prints the amounts, dates, comparisons and the mitigation's lead in each publisher's conventions; where a particle
would bend a figure or a date, a point gives it after a label and a colon. The organisations are named after real
kinds of body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

KAB_LEVELS = ("yettwaɛass", "yettnerni", "d ameqqran", "d ameqqran aṭas")
FR_LEVELS = ("sous surveillance", "en hausse", "élevé", "très élevé")
WO_LEVELS = ("ñu ngi ko topp", "mu ngi yokku", "mu réy", "mu réy lool")
SG_LEVELS = ("e yeke bâ ni", "a yeke mû gbâ", "a kono", "a kono mingi")

TIMES = Partner(
    "dz-village-committee-wildfire",
    "Times n tezgwa",
    ("Agraw n taddart n Tewrirt Mimun", "Agraw n taddart n Iɣil Imula", "Agraw n taddart n Tifilkut",
     "Agraw n taddart n At Lqayed"),
    {},
    {
        "hl": [
            it("Times i d-yekkren ass n {bdu} yeṭṭef tizgwa d yigran i d-yezzin i taddart", bdu="date -3 -3"),
            it("Hektaren n tezgwa i yerɣan: {hek}{hek.was}", hek="n 10 2000"),
        ],
        "sit": [
            it("Aḍu iǧehden yettḥerrik times ɣer yiɣallen n usammar n taddart"),
            it("Taẓɣelt tameqqrant n wass-a (°C): {deg}{deg.was}", deg="n 38 47"),
        ],
        "imp": [
            it("Ixxamen i yerɣan: {axxam}{axxam.was}", axxam="n 1 60"),
            it("Imdanen i yettwawwin ɣer sbitar: {sbitar}{sbitar.was}", sbitar="n 1 40"),
        ],
        "ta": [
            it("Tuzzumin i yerɣan: {zemmur}{zemmur.was}", zemmur="n 50 5000"),
            it("Ifellaḥen ḥebsen axeddim deg yigran alamma yensa times"),
        ],
        "tb": [
            it("Sonelgaz tegzem trisiti deg taddart akken ad tḥareb ɣef yimezdaɣ"),
            it("Ixxamen ur nesɛi aman: {aman}{aman.was}", aman="n 10 400"),
        ],
        "help": [
            it("Imezdaɣ i yettwasensen deg uɣerbaz n taddart: {sens}{sens.was}", sens="n 5 300"),
            it("APC d ugraw n taddart bḍan aman, učči d yibeṭṭanen i twaculin"),
        ],
        "staff": [
            it("Ilmeẓyen n taddart i yettekkin deg usexsi n times: {ilmezyen}{ilmezyen.was}", ilmezyen="n 10 250"),
            it("Lḥimaya tamdanit tceggeɛ-d ikamyunen d yimsexsiyen ɣer tama n taddart"),
        ],
        "money": [
            it("Idrimen i yettwaseqdcen armi d ass-a: {drimen}", drimen="cum 5 80"),
            it("Agraw yessuter {tallelt} seg APC akken ad d-yaɣ ifecka n usexsi", tallelt="money 10 120"),
        ],
        "risks": [
            risk("Ugur n tuɣalin n times s waḍu: {trend}", levels=KAB_LEVELS,
                 mit=("ilmeẓyen ttɛessen tizgwa deg yiḍ",)),
            risk("Ugur i tezmert n yimɣaren d yigerdan s wabbu: {trend}", levels=KAB_LEVELS,
                 mit=("tiwaculin ttwaweṣṣant ad qqimen deg yixxamen",)),
            risk("Aman n taddart ur ttawḍen ara ɣer yal axxam", mit=("APC tceggeɛ-d lkamyun n waman yal ass",)),
        ],
        "next": [
            it("Asmiḍen n yixṣaṛen send {asmiden}", asmiden="date 1 4"),
            it("Aneqqis i d-iteddun ad d-yeffeɣ ass n {uneqqis}", uneqqis="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 8, 12), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

SECHERESSE = Partner(
    "dj-regional-drought-committee",
    "Sécheresse",
    ("Comité régional sécheresse de Tadjourah", "Comité régional sécheresse d'Obock",
     "Comité régional sécheresse de Dikhil", "Comité régional sécheresse d'Ali Sabieh"),
    {},
    {
        "hl": [
            it("Les pluies de Karan attendues depuis le {attente} ne sont pas tombées dans la région",
               attente="date -20 -10"),
            it("Ménages touchés par la sécheresse : {menages}{menages.was}", menages="n 50 4000"),
        ],
        "sit": [
            it("L'Agence nationale de la météorologie ne prévoit pas de pluies significatives avant la fin du mois"),
            it("Puits et forages asséchés ou à très faible débit : {puits}{puits.was}", puits="n 2 40"),
        ],
        "imp": [
            it("Enfants dépistés en malnutrition aiguë : {malnut}{malnut.was}", malnut="n 5 400"),
            it("Des familles nomades se sont déplacées avec leur bétail vers le chef-lieu de la région"),
        ],
        "ta": [
            it("Points d'eau ravitaillés par camion-citerne : {citerne}{citerne.was}", citerne="n 3 60"),
            it("L'ONEAD a réparé la pompe du forage principal de la ville"),
        ],
        "tb": [
            it("Têtes de bétail mortes signalées : {betail}{betail.was}", betail="n 50 4000"),
            it("Le prix du cabri sur le marché a baissé de moitié faute de pâturages"),
        ],
        "help": [
            it("Des vivres et des aliments pour le bétail ont été distribués avec l'appui du PAM et de la FAO"),
            it("Ménages ayant reçu une ration alimentaire : {ration}{ration.was}", ration="n 50 3000"),
        ],
        "staff": [
            it("Agents du conseil régional et volontaires du Croissant-Rouge mobilisés : {agents}{agents.was}",
               agents="n 5 90"),
            it("Une équipe mobile de santé du ministère visite les campements chaque semaine"),
        ],
        "money": [
            it("Dépenses engagées à ce jour : {depenses}", depenses="cum 5 80"),
            it("Le conseil régional a sollicité une aide de {aide} auprès du ministère de l'Intérieur",
               aide="money 10 150"),
        ],
        "risks": [
            risk("Risque de rupture de l'approvisionnement en eau dans les campements : {trend}", levels=FR_LEVELS,
                 mit=("rotation quotidienne de deux camions-citernes",)),
            risk("Risque d'aggravation de la malnutrition : {trend}", levels=FR_LEVELS,
                 mit=("dépistage dans les campements et orientation vers les centres de santé",)),
            risk("Tensions entre éleveurs autour des points d'eau",
                 mit=("médiation des chefs coutumiers et des okal",)),
        ],
        "next": [
            it("Évaluation conjointe avec l'ONARS et le PAM prévue le {evaluation}", evaluation="date 1 7"),
            it("Prochain rapport : {prochain}", prochain="date 7 7"),
        ],
    },
    SIZES,
    date(2026, 6, 1), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

NDOX = Partner(
    "gm-ward-development-committee-floods",
    "Ndox",
    ("Bakau New Town Ward Development Committee", "Tallinding Kunjang Ward Development Committee",
     "Brikama North Ward Development Committee", "Sukuta Ward Development Committee"),
    {},
    {
        "hl": [
            it("Taw bu réy bi ñu am ci {taw} tax na ndox duggu ci kër yu bare ci sunu warde", taw="date -2 -2"),
            it("Njaboot yi ndox mi laal: {njaboot}{njaboot.was}", njaboot="n 20 1500"),
        ],
        "sit": [
            it("Department of Water Resources wax na ne taw bi dina wéy ci fan yii di ñëw"),
            it("Taw bi ñu natt ci bés bi (mm): {mm}{mm.was}", mm="n 20 160"),
        ],
        "imp": [
            it("Kër yi daanu: {ker}{ker.was}", ker="n 1 200"),
            it("Nit ñi gaañu: {gaanu}{gaanu.was}", gaanu="n 1 40"),
        ],
        "ta": [
            it("Yoon yi ndox mi tëj: {yoon}{yoon.was}", yoon="n 1 25"),
            it("Ndox mi dugg na ci marse bi te jaaykat yi tëj nañu seeni bitig"),
        ],
        "tb": [
            it("Njaboot yi ñu dalal ci lekool yi: {dalal}{dalal.was}", dalal="n 5 400"),
            it("Yenn njaboot dem nañu dëkk ci seeni mbokk ci gox yi ndox mi laalul"),
        ],
        "help": [
            it("NDMA ak Gambia Red Cross séddale nañu ceeb, diw, saabu ak matala ci njaboot yi"),
            it("Njaboot yi jot ndimbal: {jot}{jot.was}", jot="n 10 1200"),
        ],
        "staff": [
            it("Volontee yi ak liggéeykatu Area Council bi nekk ci terrain bi: {vol}{vol.was}", vol="n 5 120"),
            it("Ndawi WDC bi di dem kër ak kër ngir bind njaboot yi ndox mi laal"),
        ],
        "money": [
            it("Xaalis bi ñu jëfandikoo ba léegi: {xaalis}", xaalis="cum 5 70"),
            it("WDC bi laaj na {laaj} ci Area Council bi ngir defar yoonu ndox yi", laaj="money 10 120"),
        ],
        "risks": [
            risk("Feebaru sibiru ak feebar yi ndox di indi: {trend}", levels=WO_LEVELS,
                 mit=("séddale nañu Aquatabs te xamle nañu nit ñi ñu saafal seen ndox",)),
            risk("Xale yi mën nañu sàbbu ci ndox mi: {trend}", levels=WO_LEVELS,
                 mit=("ndaw yi ngi wattu bérab yi ndox mi bare",)),
            risk("Beneen taw mën na yàq yeneen kër", mit=("ñu ngi setal yoonu ndox yi ak Area Council bi",)),
        ],
        "next": [
            it("Jeexal limu njaboot yi ndox mi laal balaa {lim}", lim="date 1 4"),
            it("Rapoor bi ci topp dina génn {topp}", topp="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 8, 3), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

KOLERA = Partner(
    "cf-arrondissement-crisis-committee-cholera",
    "Kobela ti kolera",
    ("Comité de crise du 3e arrondissement de Bangui", "Comité de crise du 5e arrondissement de Bangui",
     "Comité de crise du 7e arrondissement de Bangui", "Comité de crise du 8e arrondissement de Bangui"),
    {},
    {
        "hl": [
            it("Kobela ti kolera so ato nda ni na {ndo} angbâ ti mû ndo na yâ ti arrondissement", ndo="date -14 -7"),
            it("Âzo so kobela nî asara ala: {sara}{sara.was}", sara="n 5 400"),
        ],
        "sit": [
            it("Âkartier so kobela nî asï dä: {kartier}{kartier.was}", kartier="n 1 15"),
            it("Laboratoire ti Institut Pasteur ti Bangui afa so kobela nî ayeke tâ kolera"),
        ],
        "imp": [
            it("Âzo so akui: {kui}{kui.was}", kui="n 1 30"),
            it("Âmolenge mingi ague pëpe na ekole ngbanga ti kobela nî"),
        ],
        "ta": [
            it("Âzo so a bâa ala na yâ ti âda ti nganga: {nganga}{nganga.was}", nganga="n 5 300"),
            it("A zîa mbeni da ti bâa âwakobela ti kolera na terê ti Hôpital Communautaire"),
        ],
        "tb": [
            it("Âpompe ti ngû so a leke ni: {pompe}{pompe.was}", pompe="n 1 25"),
            it("SODECA ayeke kängbi ngû so a leke ni na âzo ti âkartier so kobela nî asï dä"),
        ],
        "help": [
            it("Âsewa so a kängbi sabôon na chlore na ala: {sewa}{sewa.was}", sewa="n 20 2000"),
            it("Âzo ti Croix-Rouge ayeke gue na da na da ti fa na âzo lêgë ti bata terê ti ala"),
        ],
        "staff": [
            it("Âzo ti kusala ti Mairie na âvolontaire so ayeke sâra kusala: {kusala}{kusala.was}",
               kusala="n 10 150"),
            it("MSF amû maboko na âzo ti da ti nganga ti arrondissement"),
        ],
        "money": [
            it("Nginza so a sâra kusala na ni juska laso: {nginza}", nginza="cum 5 60"),
            it("Comité nî ahunda {hunda} na Mairie ti Bangui ti vo âkungba ti leke ngû", hunda="money 10 120"),
        ],
        "risks": [
            risk("Kobela nî alingbi ti mû ndo na âkartier so ayeke na terê ni: {trend}", levels=SG_LEVELS,
                 mit=("a sâra vaccination ti kolera na âzo ti âkartier nî",)),
            risk("Ngû ti ngu-nzapa alingbi ti sara sioni na ngû ti âpuits: {trend}", levels=SG_LEVELS,
                 mit=("a yeke zîa chlore na yâ ti âpuits lâ oko oko",)),
            risk("Âzo ayeke kpë ti gue na da ti nganga",
                 mit=("Radio Ndeke Luka na âradio ti kodro ayeke fa tënë na âzo",)),
        ],
        "next": [
            it("Hunzi kängbi ti sabôon na chlore kozo na {hunzi}", hunzi="date 1 6"),
            it("Rapôro so ayeke ga ayeke sï na {ga}", ga="date 7 7"),
        ],
    },
    SIZES,
    date(2026, 9, 14), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip
