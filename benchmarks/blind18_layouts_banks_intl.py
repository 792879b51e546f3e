"""Item ideas of four ``blind18_layouts`` publishers writing in languages no earlier set used: a Hungarian county
disaster management directorate's daily report on a Danube flood, a Greek region's civil protection update on
wildfires in a heatwave, a Galician town council's report on contaminated drinking water and a Romanian
prefecture's "Informare" on a blizzard that cut the power (``blind5_layouts_content`` explains the slots). The
generator's figures, dates and "(up from … )" notes are British English; ``blind18_layouts_content`` prints them in
each publisher's conventions. The organisations are named after real kinds of body; the places, events and figures
are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner
from blind18_layouts_content import Romanised

from sitroom.generate.banks import it, risk

HU_LEVELS = ("megfigyelés alatt áll", "növekszik", "most már magas", "most már kritikus")
EL_LEVELS = ("παρακολουθείται", "αυξάνεται", "είναι πλέον υψηλός", "είναι πλέον κρίσιμος")
GL_LEVELS = ("está en seguimento", "aumenta", "agora é alto", "agora é crítico")
RO_LEVELS = ("este monitorizat", "crește", "este acum ridicat", "este acum critic")

ARVIZ = Partner(
    "arviz-hu",
    "Dunai árvíz",
    ("Pest Vármegyei Katasztrófavédelmi Igazgatóság", "Győr-Moson-Sopron Vármegyei Katasztrófavédelmi Igazgatóság",
     "Komárom-Esztergom Vármegyei Katasztrófavédelmi Igazgatóság", "Baranya Vármegyei Katasztrófavédelmi "
     "Igazgatóság"),
    {},
    {
        "osszefoglalo": [
            it("A Duna vízállása a vármegyei főmércénél {cm} cm{cm.was}, a harmadfokú árvízvédelmi készültség "
               "változatlanul érvényben van", cm="n 700 880"),
            it("A vármegyében {telep} településen folyik árvízvédekezés, a polgármesterek folyamatosan "
               "együttműködnek a védelmi bizottsággal", telep="n 5 40"),
            it("Kitelepítésre eddig nem került sor, a kiürítési és befogadási tervek azonban minden veszélyeztetett "
               "településen rendelkezésre állnak"),
        ],
        "hidro": [
            it("Az Országos Vízjelző Szolgálat előrejelzése szerint a tetőzés {tet} után várható, a vízszint "
               "ezt követően lassan apad", tet="date 1 4"),
            it("A tetőzési szint a vármegyei főmércénél várhatóan {tcm} cm körül alakul", tcm="n 750 900"),
            it("A vízgyűjtőn a következő napokban nem várható jelentős csapadék, a hőmérséklet fagypont fölött marad"),
        ],
        "vedekezes": [
            it("A védvonalakon {km} kilométer hosszan folyik megerősített védekezés{km.was}", km="n 10 120"),
            it("A gátakon az elmúlt napban {buzgar} buzgárt és több szivárgást észleltek, ezeket a védekezők "
               "ellennyomó medencékkel elfogták", buzgar="n 1 12"),
            it("A mobilgátelemek telepítése a belvárosi rakparton befejeződött, a zsilipeket lezárták"),
        ],
        "hatasok": [
            it("Az ártéren {ut} közúti útszakasz lezárása van érvényben", ut="n 3 30"),
            it("{lakos} lakos ideiglenesen rokonoknál vagy önkormányzati szálláshelyeken tartózkodik{lakos.was}",
               lakos="n 20 600"),
            it("A révátkelés a Duna teljes vármegyei szakaszán szünetel, a hajóforgalmat korlátozták"),
            it("A vízműkutak védelme miatt {vizmu} településen lajtos kocsikkal szállítanak ivóvizet",
               vizmu="n 2 9"),
        ],
        "beavatkozas": [
            it("A védekezésben {fo} fő vesz részt, köztük hivatásos tűzoltók, polgári védelmi szervezetek és "
               "önkéntesek{fo.was}", fo="n 300 4000"),
            it("Eddig {zsak} homokzsákot töltöttek meg és építettek be a nyúlgátakba{zsak.was}",
               zsak="n 20000 400000"),
            it("A Magyar Honvédség {katona} katonával és műszaki eszközökkel segíti a védekezést",
               katona="n 50 600"),
            it("A vízügyi igazgatóság {szivattyu} szivattyút üzemeltet a fakadóvizek elvezetésére",
               szivattyu="n 5 80"),
        ],
        "risks": [
            risk("A tartósan magas vízállás miatt a gátak átázásának kockázata {trend}", levels=HU_LEVELS,
                 mit=("a gátőrök kétóránként bejárják a töltéseket, a kritikus szakaszokra tartalék homokzsákot "
                      "szállítottunk",)),
            risk("A hosszan tartó készültség miatt a védekezők kifáradnak",
                 mit=("a műszakokat nyolc órára rövidítettük, és a szomszédos vármegyékből váltóerőket kértünk",)),
            risk("A szennyvízátemelők elöntésének kockázata {trend}", levels=HU_LEVELS,
                 mit=("az átemelőket ideiglenes körgátakkal védjük, a közműszolgáltatóval folyamatos a "
                      "kapcsolattartás",)),
        ],
        "tajekoztatas": [
            it("A katasztrófavédelem honlapján és közösségi oldalán naponta kétszer frissítjük a lakossági "
               "tájékoztatást"),
            it("A lakossági zöldszámot az elmúlt napban {hivas} alkalommal hívták{hivas.was}", hivas="n 50 1500"),
            it("A polgármesterek részére a következő tájékoztató értekezlet időpontja {ert} reggel nyolc óra",
               ert="date 1 2"),
        ],
        "feladatok": [
            it("A védvonalak folyamatos figyelése, a buzgárok és szivárgások azonnali elfogása"),
            it("A védekezésben részt vevők váltásának megszervezése {valt} előtt", valt="date 1 3"),
            it("A védekezési költségek összesítése a kormányhivatal részére, eddig {kolt} merült fel",
               kolt="money 100 1500"),
        ],
    },
    {"osszefoglalo": (2, 3), "hidro": (1, 3), "vedekezes": (1, 3), "hatasok": (2, 3), "beavatkozas": (2, 3),
     "risks": (1, 3), "tajekoztatas": (1, 2), "feladatok": (1, 3)},
    date(2025, 2, 24), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

PYRKAGIES = Romanised(
    "pyrkagies-el",
    "Πυρκαγιές και καύσωνας",
    ("Περιφέρεια Αττικής", "Περιφέρεια Πελοποννήσου", "Περιφέρεια Κρήτης", "Περιφέρεια Στερεάς Ελλάδας"),
    {},
    {
        "synopsi": [
            it("Η πυρκαγιά στην ορεινή ζώνη του δήμου βρίσκεται σε ύφεση, με {metopa} ενεργά μέτωπα",
               metopa="n 1 4"),
            it("Ο κίνδυνος πυρκαγιάς για αύριο είναι πολύ υψηλός (κατηγορία κινδύνου 4)"),
            it("Έχουν καεί συνολικά {ektasi} στρέμματα δασικής και αγροτικής γης{ektasi.was}", ektasi="n 2000 90000"),
        ],
        "katastasi": [
            it("Στην κατάσβεση επιχειρούν {pyros} πυροσβέστες{pyros.was}, με τη συνδρομή εθελοντικών ομάδων",
               pyros="n 80 600"),
            it("Από αέρος συνδράμουν {enaeria} εναέρια μέσα", enaeria="n 2 20"),
            it("Η θερμοκρασία έφτασε χθες τους {therm} βαθμούς Κελσίου στα πεδινά", therm="n 39 45"),
        ],
        "provlepsi": [
            it("Η ΕΜΥ προβλέπει θερμοκρασίες έως {maxt} βαθμούς τις επόμενες ημέρες", maxt="n 38 44"),
            it("Οι βόρειοι άνεμοι θα ενισχυθούν τοπικά έως 6 μποφόρ"),
            it("Το επεισόδιο του καύσωνα αναμένεται να εξασθενήσει μετά τις {telos}", telos="date 2 5"),
        ],
        "epiptoseis": [
            it("Ζημιές έχουν υποστεί {spitia} κατοικίες{spitia.was}", spitia="n 2 80"),
            it("Εκκενώθηκαν προληπτικά {oikismoi} οικισμοί μετά από μήνυμα του 112", oikismoi="n 2 8"),
            it("Η κυκλοφορία στην επαρχιακή οδό προς τα ορεινά χωριά παραμένει διακοπτόμενη"),
            it("Τα νοσοκομεία της Περιφέρειας κατέγραψαν {thermo} περιστατικά θερμικής εξάντλησης",
               thermo="n 5 120"),
        ],
        "draseis": [
            it("Λειτουργούν {klimat} κλιματιζόμενες αίθουσες για ηλικιωμένους και ευάλωτες ομάδες",
               klimat="n 5 60"),
            it("Η Περιφέρεια διέθεσε {mixanimata} μηχανήματα έργου για τη διάνοιξη αντιπυρικών ζωνών",
               mixanimata="n 5 50"),
            it("Διανεμήθηκαν {nero} φιάλες νερού σε πυροσβέστες και πληγέντες{nero.was}", nero="n 1000 30000"),
            it("Εγκρίθηκε έκτακτη χρηματοδότηση ύψους {xrimata} για την αποκατάσταση των ζημιών",
               xrimata="money 200 1900"),
        ],
        "risks": [
            risk("Ο κίνδυνος αναζωπυρώσεων στις καμένες εκτάσεις {trend}", levels=EL_LEVELS,
                 mit=("επιτόπια επιτήρηση από πυροσβεστικές δυνάμεις και εθελοντές όλο το εικοσιτετράωρο",)),
            risk("Διακοπές ηλεκτροδότησης λόγω της αυξημένης ζήτησης",
                 mit=("συντονισμός με τον ΔΕΔΔΗΕ και ετοιμότητα ηλεκτρογεννητριών στα νοσοκομεία",)),
            risk("Ο κίνδυνος πλημμυρών στις καμένες εκτάσεις με τις πρώτες βροχές {trend}", levels=EL_LEVELS,
                 mit=("καθαρισμός ρεμάτων και κατασκευή αντιδιαβρωτικών έργων πριν από το φθινόπωρο",)),
        ],
        "enimerosi": [
            it("Εστάλησαν {mnm} μηνύματα μέσω του Ευρωπαϊκού Αριθμού Έκτακτης Ανάγκης 112{mnm.was}", mnm="n 2 9"),
            it("Οι πολίτες καλούνται να αποφεύγουν τις μετακινήσεις σε δασικές περιοχές και τις εργασίες που "
               "προκαλούν σπινθήρες"),
            it("Η γραμμή εξυπηρέτησης της Περιφέρειας δέχθηκε {kliseis} κλήσεις", kliseis="n 100 3000"),
        ],
    },
    {"synopsi": (2, 3), "katastasi": (2, 3), "provlepsi": (1, 3), "epiptoseis": (1, 3), "draseis": (2, 3),
     "risks": (1, 3), "enimerosi": (1, 2)},
    date(2025, 7, 14), cadence_days=1, punct="stop", mitigation="colon",
    latin=("perifereia-attikis", "perifereia-peloponnisou", "perifereia-kritis", "perifereia-stereas-elladas",
           "pyrkagies-kausonas"),
)  # fmt: skip

AUGA = Partner(
    "auga-gl",
    "Incidencia na auga de consumo",
    ("Concello de Lalín", "Concello de Carballo", "Concello de Ribadeo", "Concello de Verín"),
    {},
    {
        "resumo": [
            it("Mantense a prohibición de consumo da auga da rede en {parroquias} parroquias do municipio",
               parroquias="n 2 14"),
            it("A incidencia comezou pola presenza de bacterias coliformes nas mostras tomadas o {mostra}",
               mostra="date -4 -2"),
            it("A auga da billa pode empregarse para a hixiene persoal e a limpeza, pero non para beber nin "
               "cociñar"),
        ],
        "rede": [
            it("Realizáronse {analises} análises desde o inicio da incidencia{analises.was}", analises="n 10 200"),
            it("A cloración de choque do depósito de cabeceira concluíu onte pola tarde"),
            it("O {aptas} das mostras da última tanda resultou apto para o consumo", aptas="pct 20 95"),
        ],
        "afeccion": [
            it("Arredor de {vecinos} veciños e veciñas están afectados pola prohibición{vecinos.was}",
               vecinos="n 800 9000"),
            it("Os centros educativos e o centro de saúde reciben auga embotellada cada mañá"),
            it("{locais} establecementos de hostalaría pecharon temporalmente", locais="n 3 40"),
        ],
        "actuacions": [
            it("Instaláronse {cisternas} camións cisterna en puntos de abastecemento{cisternas.was}",
               cisternas="n 2 15"),
            it("Repartíronse {litros} litros de auga embotellada entre a veciñanza", litros="n 5000 90000"),
            it("Limpouse e desinfectouse a rede de distribución nos sectores afectados"),
        ],
        "persoal": [
            it("Traballan na incidencia {operarios} operarios do servizo de augas e da empresa concesionaria",
               operarios="n 10 60"),
            it("Protección Civil achega {voluntarios} voluntarios para o reparto de auga", voluntarios="n 5 40"),
        ],
        "custos": [
            it("O gasto acumulado da emerxencia ascende a {gasto}", gasto="cum 40 900"),
            it("Solicitouse unha axuda extraordinaria á Deputación por importe de {axuda}", axuda="money 50 500"),
        ],
        "risks": [
            risk("O risco de novas contaminacións por mor das choivas intensas {trend}", levels=GL_LEVELS,
                 mit=("reforzouse a cloración e tómanse mostras diarias en todos os depósitos",)),
            risk("O desabastecemento de auga embotellada nos puntos de reparto",
                 mit=("acordo con dúas distribuidoras para entregas cada 24 horas",)),
            risk("Os casos de gastroenterite entre a poboación afectada {trend}", levels=GL_LEVELS,
                 mit=("vixilancia coordinada coa Xefatura Territorial de Sanidade e cos centros de saúde",)),
        ],
        "comunicacion": [
            it("Enviáronse avisos por SMS a {sms} teléfonos inscritos no servizo municipal{sms.was}",
               sms="n 500 8000"),
            it("A información actualízase na web municipal e nas redes sociais do Concello"),
            it("O alcalde mantivo unha reunión informativa coa veciñanza o {reunion}", reunion="date -2 0"),
        ],
        "pasos": [
            it("Nova tanda de análises en todos os depósitos o {tanda}", tanda="date 1 2"),
            it("Revisión do plan sanitario da auga coa Consellería de Sanidade"),
        ],
    },
    {"resumo": (2, 3), "rede": (1, 3), "afeccion": (1, 3), "actuacions": (1, 3), "persoal": (1, 2),
     "custos": (1, 2), "risks": (1, 3), "comunicacion": (1, 2), "pasos": (1, 2)},
    date(2025, 1, 13), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

VISCOL = Partner(
    "viscol-ro",
    "Viscol și întreruperi de energie",
    ("Instituția Prefectului – Județul Buzău", "Instituția Prefectului – Județul Vrancea",
     "Instituția Prefectului – Județul Ialomița", "Instituția Prefectului – Județul Constanța"),
    {},
    {
        "generala": [
            it("Codul roșu de viscol emis de ANM a expirat, în vigoare fiind codul portocaliu"),
            it("Numărul localităților afectate de întreruperi în alimentarea cu energie electrică este de "
               "{localitati}{localitati.was}", localitati="n 3 60"),
            it("Numărul drumurilor județene închise circulației este de {drumuri}", drumuri="n 2 12"),
        ],
        "prognoza": [
            it("Se prognozează ninsori moderate și intensificări ale vântului cu viteze de până la {vant} km/h",
               vant="n 50 90"),
            it("Temperaturile minime vor coborî până la minus {temp} grade Celsius", temp="n 8 20"),
            it("Fenomenele meteorologice se vor atenua după {atenuare}", atenuare="date 1 3"),
        ],
        "efecte": [
            it("Numărul consumatorilor fără energie electrică este de {consumatori}{consumatori.was}",
               consumatori="n 2000 40000"),
            it("Numărul persoanelor cazate în centrele de cazare temporară este de {cazati}", cazati="n 10 400"),
            it("Numărul unităților de învățământ cu cursuri suspendate este de {scoli}", scoli="n 5 90"),
            it("Trenurile de pe magistrala principală circulă cu întârzieri de până la două ore"),
        ],
        "actiuni": [
            it("Numărul autoturismelor deblocate de echipajele ISU este de {autoturisme}{autoturisme.was}",
               autoturisme="n 20 500"),
            it("Numărul utilajelor de deszăpezire care acționează pe drumurile județene este de {utilaje}",
               utilaje="n 20 150"),
            it("Au fost distribuite alimente calde și apă persoanelor aflate în centrele de cazare temporară"),
            it("Costurile intervenției se ridică până în prezent la {cost}", cost="cum 40 900"),
        ],
        "risks": [
            risk("Riscul de avarii la rețeaua de distribuție a energiei electrice {trend}", levels=RO_LEVELS,
                 mit=("echipele de intervenție ale operatorului de distribuție sunt prepoziționate în zonele "
                      "critice",)),
            risk("Blocarea drumurilor de acces spre localitățile izolate",
                 mit=("utilajele de deszăpezire acționează permanent, iar ambulanțele sunt însoțite de "
                      "autospeciale pe șenile",)),
            risk("Riscul de hipotermie în rândul persoanelor vârstnice izolate {trend}", levels=RO_LEVELS,
                 mit=("primăriile verifică zilnic persoanele vulnerabile aflate în evidență",)),
        ],
        "informare": [
            it("Numărul mesajelor RO-ALERT transmise populației este de {roalert}{roalert.was}", roalert="n 2 9"),
            it("Comunicatele de presă sunt publicate pe pagina de Facebook a Instituției Prefectului"),
            it("Numărul apelurilor preluate de dispeceratul CJSU este de {apeluri}", apeluri="n 20 400"),
        ],
        "propuse": [
            it("Menținerea comandamentelor de iarnă în funcțiune până la {comandament}", comandament="date 2 5"),
            it("Convocarea CJSU în ședință extraordinară pe {sedinta}", sedinta="date 1 2"),
            it("Actualizarea situației consumatorilor fără energie electrică la fiecare șase ore"),
        ],
    },
    {"generala": (2, 3), "prognoza": (1, 3), "efecte": (2, 3), "actiuni": (2, 3), "risks": (1, 3),
     "informare": (1, 2), "propuse": (1, 3)},
    date(2025, 1, 20), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
