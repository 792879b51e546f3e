"""Item ideas of four ``blind38_layouts`` publishers: Graubünden communes' crisis staffs after a debris flow, in
Romansh (Rumantsch Grischun), Cambodian provincial committees for disaster management in a Mekong flood, in Khmer,
Timor-Leste municipal civil protection services after floods, in Tetum, and French prefectures' departmental operations
centres after a Mediterranean flood, in French (``blind5_layouts_content`` explains the slots; the risks escalate in
their own language's words; the Khmer series are told apart by their names in Latin letters,
``blind18_layouts_content.Romanised``). ``blind38_layouts_content`` prints the amounts, dates, comparisons and the
mitigation's lead in each publisher's words. The organisations are named after real kinds of body; the places, events
and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner
from blind18_layouts_content import Romanised

from sitroom.generate.banks import it, risk

RM_LEVELS = ("vegn observà", "crescha", "è ussa considerabel", "è ussa fitg grond")

DEBRIS_FLOW = Partner(
    "ch-gr-bova",
    "Bova",
    ("Vischnanca da Crapalv", "Vischnanca da Sutmuntogna", "Vischnanca da Lavinera", "Vischnanca da Plaunatsch"),
    {},
    {
        "summary": [
            it("La bova dals {bova} ha cuvrì il quartier da Runcs cun crappa e fanga", bova="date -3 -3"),
            it("{evac} persunas èn anc evacuadas{evac.was}", evac="n 5 300"),
        ],
        "situation": [
            it("Il stab da crisa communal sa radunescha mintga di a las 07.30"),
            it("Ils geologs observan {points} puncts da mesiraziun sin la spunda{points.was}", points="n 4 30"),
        ],
        "forecast": [
            it("MeteoSvizra prevesa ferma plievgia fin ils {until}", until="date 1 3"),
            it("La cunfin da la naiv s'abassa sin {snow} meters", snow="n 1500 2600"),
        ],
        "damage": [
            it("{houses} chasas èn donnegiadas{houses.was}", houses="n 2 60"),
            it("{barns} stallas e clavads èn cuvrids cun fanga", barns="n 2 30"),
        ],
        "evacuation": [
            it("{hotel} persunas abitan provisoricamain en l'hotel Posta{hotel.was}", hotel="n 2 120"),
            it("Il quartier da Runcs resta serrà per la populaziun"),
        ],
        "roads": [
            it("La via chantunala è serrada dapi ils {closed}", closed="date -3 -3"),
            it("La Viafier retica maina in bus da substituziun mintga ura"),
        ],
        "forces": [
            it("{crews} pumpiers, militars e persunas da la protecziun civila èn en acziun{crews.was}",
               crews="n 10 400"),
            it("{machines} maschinas da construcziun sgomberan il letg dal flum", machines="n 2 30"),
        ],
        "costs": [
            it("Ils custs da l'intervenziun importan fin ussa {costs}", costs="cum 50 3000"),
            it("Il chantun ha garantì ina contribuziun da {grant}", grant="money 50 900"),
        ],
        "risks": [
            risk("Il privel d'ina nova bova {trend}", mit=("la spunda vegn survegliada cun radar di e notg",),
                 levels=RM_LEVELS),
            risk("Il privel ch'il flum vegn bloccà {trend}", mit=("excavaturs tegnan liber il letg dal flum",),
                 levels=RM_LEVELS),
            risk("Crappa che croda sin la via d'access", mit=("la via è averta mo da di e cun scorta",)),
        ],
        "advice": [
            it("Na entrai betg en la zona serrada"),
            it("Suandai las infurmaziuns da la vischnanca sin la app Alertswiss"),
        ],
        "next": [
            it("Ina sesida d'infurmaziun per la populaziun ha lieu ils {meeting} en la chasa da scola",
               meeting="date 1 5"),
            it("Ils geologs decidan fin ils {decide} davart il return da las famiglias evacuadas", decide="date 2 7"),
        ],
    },
    {"summary": (1, 2), "situation": (1, 2), "forecast": (1, 2), "damage": (1, 2), "evacuation": (1, 2),
     "roads": (1, 2), "forces": (1, 2), "costs": (1, 2), "risks": (1, 3), "advice": (1, 2), "next": (1, 2)},
    date(2026, 7, 13), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

KM_LEVELS = ("កំពុងត្រូវបានតាមដាន", "កំពុងកើនឡើង", "ឥឡូវនេះធ្ងន់ធ្ងរ", "ឥឡូវនេះធ្ងន់ធ្ងរខ្លាំង")

MEKONG = Romanised(
    "kh-pcdm-flood",
    "ទឹកជំនន់",
    ("គណៈកម្មាធិការគ្រប់គ្រងគ្រោះមហន្តរាយខេត្តបាត់ដំបង", "គណៈកម្មាធិការគ្រប់គ្រងគ្រោះមហន្តរាយខេត្តពោធិ៍សាត់",
     "គណៈកម្មាធិការគ្រប់គ្រងគ្រោះមហន្តរាយខេត្តកំពង់ធំ", "គណៈកម្មាធិការគ្រប់គ្រងគ្រោះមហន្តរាយខេត្តព្រៃវែង"),
    {},
    {
        "summary": [
            it("ទឹកជំនន់ចាប់ពីថ្ងៃ{flood} បានជន់លិច {districts} ស្រុក", flood="date -4 -4", districts="n 2 9"),
            it("ប្រជាពលរដ្ឋ {families} គ្រួសារ រងផលប៉ះពាល់{families.was}", families="n 50 9000"),
        ],
        "situation": [
            it("កម្ពស់ទឹកទន្លេនៅស្ថានីយខេត្តមាន {level} សង់ទីម៉ែត្រ{level.was}", level="n 600 1200"),
            it("ទឹកកំពុងស្រកបន្តិចម្ដងៗនៅតំបន់ខាងលើ"),
        ],
        "forecast": [
            it("ក្រសួងធនធានទឹក និងឧតុនិយម ព្យាករណ៍ថានឹងមានភ្លៀងធ្លាក់រហូតដល់ថ្ងៃ{until}", until="date 1 4"),
            it("ឱកាសនៃភ្លៀងធ្លាក់ខ្លាំងមាន {chance}", chance="pct 20 80"),
        ],
        "impacts": [
            it("ផ្ទះ {homes} ខ្នង ត្រូវបានលិចទឹក{homes.was}", homes="n 50 9000"),
            it("ផ្លូវ {roads} ខ្សែ ត្រូវបានកាត់ផ្ដាច់", roads="n 2 40"),
        ],
        "evacuation": [
            it("ប្រជាពលរដ្ឋ {evac} គ្រួសារ ត្រូវបានជម្លៀសទៅទីទួលសុវត្ថិភាព{evac.was}", evac="n 10 3000"),
            it("ទីតាំងសុវត្ថិភាព {sites} កន្លែង ត្រូវបានរៀបចំនៅតាមវត្ត និងសាលារៀន", sites="n 3 60"),
        ],
        "agriculture": [
            it("ស្រូវ {rice} ហិកតា ត្រូវបានលិចទឹក{rice.was}", rice="n 100 30000"),
            it("ស្រូវ {lost} ហិកតា ត្រូវបានខូចខាតទាំងស្រុង", lost="n 20 5000"),
        ],
        "aid": [
            it("កាកបាទក្រហមកម្ពុជាបានចែកអង្ករ {kg} គីឡូក្រាម", kg="n 500 40000"),
            it("ទឹកស្អាត និងថ្នាំព្យាបាលត្រូវបានចែកជូនតាមទីតាំងសុវត្ថិភាព"),
        ],
        "forces": [
            it("កម្លាំងចម្រុះ {staff} នាក់ បានចុះជួយប្រជាពលរដ្ឋ{staff.was}", staff="n 50 1500"),
            it("ទូក {boats} គ្រឿង ត្រូវបានដាក់ពង្រាយ", boats="n 5 120"),
        ],
        "budget": [
            it("ចំណាយសរុបរហូតមកដល់ពេលនេះ {spent}", spent="cum 20 900"),
            it("រាជរដ្ឋាភិបាលបានផ្ដល់ថវិកាបន្ទាន់ {grant}", grant="money 20 600"),
        ],
        "risks": [
            risk("ហានិភ័យនៃជំងឺរាគរូសនៅទីតាំងសុវត្ថិភាព {trend}", mit=("ចែកទឹកស្អាត និងអប់រំអនាម័យ",),
                 levels=KM_LEVELS),
            risk("ហានិភ័យកុមារលង់ទឹក {trend}", mit=("ហាមកុមារលេងទឹក និងដាក់អ្នកយាមតាមភូមិ",), levels=KM_LEVELS),
            risk("ការបាក់ច្រាំងទន្លេ", mit=("ជម្លៀសគ្រួសារដែលរស់នៅជិតច្រាំងទន្លេ",)),
        ],
        "next": [
            it("បន្តតាមដានកម្ពស់ទឹកជារៀងរាល់ម៉ោង"),
            it("រៀបចំកិច្ចប្រជុំបូកសរុបការខូចខាតនៅថ្ងៃ{meeting}", meeting="date 1 5"),
        ],
    },
    {"summary": (1, 2), "situation": (1, 2), "forecast": (1, 2), "impacts": (1, 2), "evacuation": (1, 2),
     "agriculture": (1, 2), "aid": (1, 2), "forces": (1, 2), "budget": (1, 2), "risks": (1, 3), "next": (1, 2)},
    date(2026, 9, 21), cadence_days=1, punct="stop", mitigation="colon",
    latin=("battambang", "pursat", "kampongthom", "preyveng", "tuk-chumnun"),
)  # fmt: skip

TET_LEVELS = ("sei monitoriza hela", "sa'e hela", "agora boot", "agora boot tebes")

INUNDASAUN = Partner(
    "tl-inundasaun",
    "Inundasaun",
    ("Servisu Munisipál Protesaun Sivíl Viqueque", "Servisu Munisipál Protesaun Sivíl Manufahi",
     "Servisu Munisipál Protesaun Sivíl Covalima", "Servisu Munisipál Protesaun Sivíl Baucau"),
    {},
    {
        "rezumu": [
            it("Udan-boot iha loron {rain} halo inundasaun iha suku {sukus}", rain="date -3 -3", sukus="n 2 30"),
            it("Família {fam} mak afetadu ona{fam.was}", fam="n 20 3000"),
        ],
        "situasaun": [
            it("Bee mota komesa tun maibé rai-halai sei akontese iha foho"),
            it("Ekipa avaliasaun vizita ona aldeia {aldeia}{aldeia.was}", aldeia="n 3 60"),
        ],
        "previzaun": [
            it("DNMG prevee udan-boot to'o loron {until}", until="date 1 4"),
            it("Posibilidade udan-boot iha loron tolu tuir mai mak {chance}", chance="pct 30 90"),
        ],
        "estragus": [
            it("Uma {uma} mak estraga totál{uma.was}", uma="n 5 800"),
            it("Ponte {ponte} mak estraga no ema labele liu", ponte="n 2 12"),
        ],
        "evakuasaun": [
            it("Ema {ema} sei hela iha fatin evakuasaun{ema.was}", ema="n 30 3000"),
            it("Fatin evakuasaun {fatin} mak loke hela iha eskola no igreja", fatin="n 2 25"),
        ],
        "bee": [
            it("Família {fambee} seidauk iha asesu ba bee moos", fambee="n 20 1500"),
            it("Tanki bee {tanki} mak haruka ona ba fatin evakuasaun", tanki="n 2 40"),
        ],
        "asistensia": [
            it("MSSI fahe ona foos sakas {foos} ba família afetadu", foos="n 50 4000"),
            it("Kruz Vermella Timor-Leste fahe kit ijiene ba fatin evakuasaun"),
        ],
        "rekursu": [
            it("Ofisiál no voluntáriu {staff} mak serbisu iha terrenu{staff.was}", staff="n 10 300"),
            it("F-FDTL haruka kareta {kareta} atu apoia evakuasaun", kareta="n 2 20"),
        ],
        "orsamentu": [
            it("Despeza to'o agora mak {despeza}", despeza="cum 10 900"),
            it("Governu aprova ona fundu emerjénsia {fundu}", fundu="money 20 600"),
        ],
        "risks": [
            risk("Risku rai-halai iha foho {trend}", mit=("komunidade iha área perigu simu avizu no evakua",),
                 levels=TET_LEVELS),
            risk("Risku moras diarreia iha fatin evakuasaun {trend}",
                 mit=("fahe bee moos no halo promosaun ijiene",), levels=TET_LEVELS),
            risk("Labarik sira hakur mota", mit=("polísia no xefe aldeia kontrola fatin hakur mota",)),
        ],
        "planu": [
            it("Halo avaliasaun estragus kompletu to'o loron {aval}", aval="date 1 4"),
            it("Enkontru koordenasaun ho parseiru sira iha loron {enkontru}", enkontru="date 1 3"),
        ],
    },
    {"rezumu": (1, 2), "situasaun": (1, 2), "previzaun": (1, 2), "estragus": (1, 2), "evakuasaun": (1, 2),
     "bee": (1, 2), "asistensia": (1, 2), "rekursu": (1, 2), "orsamentu": (1, 2), "risks": (1, 3), "planu": (1, 2)},
    date(2026, 3, 9), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

FR_LEVELS = ("est surveillé", "augmente", "est désormais important", "est désormais très élevé")

INONDATION = Partner(
    "fr-cod-inondation",
    "Inondations",
    ("Préfecture de l'Aude", "Préfecture du Gard", "Préfecture de l'Hérault", "Préfecture des Pyrénées-Orientales"),
    {},
    {
        "synthese": [
            it("L'épisode méditerranéen du {episode} a touché {communes} communes du département",
               episode="date -2 -2", communes="n 5 120"),
            it("{inondees} habitations ont été inondées{inondees.was}", inondees="n 20 4000"),
        ],
        "situation": [
            it("La vigilance rouge pluie-inondation a été levée ce matin"),
            it("{routes} routes départementales restent coupées{routes.was}", routes="n 2 60"),
        ],
        "meteo": [
            it("Météo-France annonce de nouvelles averses orageuses jusqu'au {until}", until="date 1 3"),
            it("Le cumul attendu est de {mm} mm sur les reliefs", mm="n 20 200"),
        ],
        "bilan": [
            it("{secourues} personnes ont été secourues par hélitreuillage{secourues.was}", secourues="n 2 90"),
            it("{ecoles} écoles restent fermées", ecoles="n 2 40"),
        ],
        "hebergement": [
            it("{heberges} personnes sont hébergées dans les centres d'accueil{heberges.was}", heberges="n 5 900"),
            it("La Croix-Rouge assure les repas au gymnase municipal"),
        ],
        "reseaux": [
            it("{foyers} foyers restent privés d'électricité{foyers.was}", foyers="n 100 20000"),
            it("L'eau n'est pas potable dans {nonpotable} communes", nonpotable="n 2 20"),
        ],
        "moyens": [
            it("{sp} sapeurs-pompiers sont engagés{sp.was}", sp="n 50 1500"),
            it("{helicos} hélicoptères de la sécurité civile et de la gendarmerie sont mobilisés", helicos="n 2 8"),
        ],
        "couts": [
            it("Le coût des opérations est estimé à {cout} à ce jour", cout="cum 50 3000"),
            it("L'État a débloqué {aide} au titre de l'aide d'urgence", aide="money 50 900"),
        ],
        "risks": [
            risk("Le risque de rupture de digue {trend}",
                 mit=("surveillance des digues par les services de l'État toutes les trois heures",), levels=FR_LEVELS),
            risk("Le risque de glissement de terrain sur les routes de montagne {trend}",
                 mit=("fermeture préventive des routes exposées",), levels=FR_LEVELS),
            risk("Des pillages dans les zones évacuées", mit=("patrouilles de gendarmerie renforcées la nuit",)),
        ],
        "consignes": [
            it("Ne vous engagez pas sur une route inondée, ni à pied ni en voiture"),
            it("Faites bouillir l'eau du robinet avant de la boire"),
        ],
        "etapes": [
            it("Ouverture d'une cellule d'accompagnement des sinistrés en mairie le {cellule}", cellule="date 1 4"),
            it("Reconnaissance des dégâts par drone sur les communes isolées"),
        ],
    },
    {"synthese": (1, 2), "situation": (1, 2), "meteo": (1, 2), "bilan": (1, 2), "hebergement": (1, 2),
     "reseaux": (1, 2), "moyens": (1, 2), "couts": (1, 2), "risks": (1, 3), "consignes": (1, 2), "etapes": (1, 2)},
    date(2026, 10, 12), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
