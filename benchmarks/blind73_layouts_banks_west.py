"""Item ideas of four ``blind73_layouts`` publishers in the west: the municipalities of l'Horta Sud after a flash
flood (Valencian), the municipalities of Thessaly in an outbreak of sheep and goat pox (Greek), the comuni of the Val
di Sole and the Val Rendena after a windstorm (Italian), and the communes of the Biobío province in forest fires
(Spanish) (``blind5_layouts_content`` explains the slots). ``blind73_layouts_content`` prints the amounts, dates,
comparisons and the mitigation's lead in each publisher's conventions. The organisations are named after real kinds
of body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

VA_LEVELS = ("en vigilància", "en augment", "alt", "molt alt")
EL_LEVELS = ("υπό παρακολούθηση", "αυξανόμενος", "υψηλός", "πολύ υψηλός")
IT_LEVELS = ("sotto osservazione", "in aumento", "elevato", "molto elevato")
CL_LEVELS = ("en observación", "en aumento", "alto", "muy alto")

RIUADA = Partner(
    "es-horta-sud-ajuntament-flood",
    "Riuada",
    ("Ajuntament de Paiporta", "Ajuntament de Catarroja", "Ajuntament d'Alfafar", "Ajuntament de Massanassa"),
    {},
    {
        "hl": [
            it("La riuada del barranc del Poyo del {dia} va inundar la major part del nucli urbà i el municipi "
               "continua en situació d'emergència", dia="date -5 -4"),
            it("Persones allotjades en el poliesportiu municipal i en hotels concertats: {allotjats}{allotjats.was}",
               allotjats="n 20 900"),
        ],
        "sit": [
            it("L'AEMET ha rebaixat l'avís a groc per pluges, però el barranc continua amb cabal alt"),
            it("Carrers que encara tenen fang o vehicles arrossegats: {carrers}{carrers.was}", carrers="n 5 160"),
        ],
        "imp": [
            it("Baixos i garatges inundats comptabilitzats pels tècnics municipals: {baixos}{baixos.was}",
               baixos="n 100 6000"),
            it("Els polígons industrials tenen la majoria de naus afectades i moltes empreses no poden obrir"),
        ],
        "ta": [
            it("Vehicles retirats de la via pública i portats a la campa habilitada: {cotxes}{cotxes.was}",
               cotxes="n 50 4000"),
            it("La neteja de fang es fa per zones amb maquinària de la UME i d'empreses contractades"),
        ],
        "tb": [
            it("Aigües de València ha restablit el subministrament, però l'aigua encara no és apta per al consum"),
            it("Habitatges que continuen sense llum segons i-DE: {llum}{llum.was}", llum="n 20 3000"),
        ],
        "help": [
            it("Lots d'aliments i productes d'higiene repartits al punt de Serveis Socials: {lots}{lots.was}",
               lots="n 100 8000"),
            it("L'oficina d'atenció a la ciutadania tramita les sol·licituds d'ajudes de la Generalitat i del "
               "Consorci de Compensació d'Assegurances"),
        ],
        "staff": [
            it("Efectius de Policia Local, Protecció Civil, bombers i voluntaris coordinats des del CECOPAL: {ef}"
               "{ef.was}", ef="n 50 1500"),
            it("La brigada municipal treballa en torns de dotze hores amb reforços d'altres municipis"),
        ],
        "money": [
            it("Despesa d'emergència contractada per l'Ajuntament fins ara: {despesa}", despesa="cum 2 40"),
            it("Import sol·licitat a la Diputació de València per a la neteja de clavegueram: {dip}",
               dip="money 10 300"),
        ],
        "risks": [
            risk("Risc sanitari per l'aigua estancada i els residus acumulats: {trend}", levels=VA_LEVELS,
                 mit=("desinfecció diària dels punts negres i retirada de residus amb el Consorci",)),
            risk("Risc d'esfondrament en edificis antics amb els fonaments mullats: {trend}", levels=VA_LEVELS,
                 mit=("inspecció dels arquitectes voluntaris i desallotjament preventiu",)),
            risk("Col·lapse del clavegueram si torna a ploure",
                 mit=("camions d'impulsió i neteja de col·lectors per l'empresa concessionària",)),
        ],
        "next": [
            it("Reunió del CECOPAL amb el 112 de la Generalitat el {reunio}", reunio="date 1 3"),
            it("Pròxim informe de situació el {proxim}", proxim="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 10, 29), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

EVLOGIA = Partner(
    "gr-thessaly-dimos-sheeppox",
    "Ευλογιά",
    ("Δήμος Παλαμά", "Δήμος Φαρσάλων", "Δήμος Τυρνάβου", "Δήμος Αλμυρού"),
    {},
    {
        "hl": [
            it("Από τις {apo} επιβεβαιώθηκαν νέα κρούσματα ευλογιάς των αιγοπροβάτων σε κτηνοτροφικές μονάδες του "
               "Δήμου", apo="date -6 -4"),
            it("Εκτροφές με επιβεβαιωμένα κρούσματα στα όρια του Δήμου: {ektrofes}{ektrofes.was}",
               ektrofes="n 1 60"),
        ],
        "sit": [
            it("Η Διεύθυνση Αγροτικής Οικονομίας και Κτηνιατρικής συνεχίζει τις δειγματοληψίες στις γειτονικές "
               "εκτροφές"),
            it("Ζώα που θανατώθηκαν με απόφαση της κτηνιατρικής υπηρεσίας: {zoa}{zoa.was}", zoa="n 100 9000"),
        ],
        "imp": [
            it("Κτηνοτρόφοι που έχουν χάσει ολόκληρο το κοπάδι τους: {ktin}{ktin.was}", ktin="n 1 80"),
            it("Τα τυροκομεία της περιοχής έχουν μειώσει την παραλαβή γάλακτος"),
        ],
        "ta": [
            it("Οι αγορές ζώων και οι μετακινήσεις αιγοπροβάτων έχουν απαγορευτεί σε όλη την Περιφερειακή Ενότητα"),
            it("Σημεία απολύμανσης οχημάτων στις εισόδους των οικισμών: {simeia}{simeia.was}", simeia="n 1 15"),
        ],
        "tb": [
            it("Τα θανατωμένα ζώα θάβονται σε χώρους που έχει εγκρίνει η Περιφέρεια, με ασβέστη και γεωμεμβράνη"),
            it("Τόνοι ασβέστη και απολυμαντικών που διέθεσε ο Δήμος: {tonoi}{tonoi.was}", tonoi="n 2 90"),
        ],
        "help": [
            it("Το Κέντρο Κοινότητας βοηθά τους κτηνοτρόφους να υποβάλουν αιτήσεις αποζημίωσης στον ΕΛΓΑ"),
            it("Κτηνοτρόφοι που εξυπηρετήθηκαν από το γραφείο υποστήριξης: {exyp}{exyp.was}", exyp="n 5 300"),
        ],
        "staff": [
            it("Υπάλληλοι του Δήμου, εθελοντές και χειριστές μηχανημάτων που συμμετέχουν: {ypal}{ypal.was}",
               ypal="n 5 120"),
            it("Η Πολιτική Προστασία του Δήμου λειτουργεί σε εικοσιτετράωρη βάση"),
        ],
        "money": [
            it("Δαπάνες του Δήμου για απολυμάνσεις και μηχανήματα έως σήμερα: {dapanes}", dapanes="cum 2 40"),
            it("Ποσό που ζητήθηκε από το Υπουργείο Εσωτερικών ως έκτακτη χρηματοδότηση: {poso}", poso="money 10 300"),
        ],
        "risks": [
            risk("Κίνδυνος εξάπλωσης της νόσου σε νέες εκτροφές: {trend}", levels=EL_LEVELS,
                 mit=("αυστηρή απαγόρευση μετακινήσεων και απολυμάνσεις σε όλα τα σημεία ελέγχου",)),
            risk("Κίνδυνος ρύπανσης υπόγειων νερών από τις ταφές: {trend}", levels=EL_LEVELS,
                 mit=("έλεγχος των χώρων ταφής από τη ΔΕΥΑ και δειγματοληψίες στις γεωτρήσεις",)),
            risk("Έλλειψη μηχανημάτων για τις ταφές",
                 mit=("μίσθωση εκσκαφέων και συνδρομή από τους όμορους Δήμους",)),
        ],
        "next": [
            it("Σύσκεψη του Συντονιστικού Οργάνου Πολιτικής Προστασίας στις {syskepsi}", syskepsi="date 1 3"),
            it("Επόμενη ενημέρωση στις {epomeni}", epomeni="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 9, 7), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

MALTEMPO = Partner(
    "it-trentino-comune-windstorm",
    "Maltempo",
    ("Comune di Vermiglio", "Comune di Dimaro Folgarida", "Comune di Pinzolo", "Comune di Commezzadura"),
    {},
    {
        "hl": [
            it("La tempesta di vento del {giorno} ha abbattuto interi versanti di bosco e isolato alcune frazioni",
               giorno="date -4 -3"),
            it("Persone ancora fuori casa per le ordinanze di sgombero: {sgomberati}{sgomberati.was}",
               sgomberati="n 5 400"),
        ],
        "sit": [
            it("Meteotrentino prevede nuove piogge da martedì con possibili colate detritiche nei rii laterali"),
            it("Strade comunali e forestali ancora chiuse per schianti e frane: {strade}{strade.was}",
               strade="n 1 40"),
        ],
        "imp": [
            it("Ettari di bosco schiantato stimati dal Servizio Foreste: {ettari}{ettari.was}", ettari="n 20 2000"),
            it("Il tetto della palestra comunale è stato scoperchiato e l'edificio è inagibile"),
        ],
        "ta": [
            it("Frazioni raggiungibili solo a piedi o con l'elicottero: {frazioni}{frazioni.was}", frazioni="n 1 8"),
            it("La strada statale del Tonale è aperta a senso unico alternato con semaforo"),
        ],
        "tb": [
            it("SET Distribuzione ha ripristinato la corrente in gran parte del territorio con gruppi elettrogeni"),
            it("Utenze ancora senza acqua potabile per la rottura dell'acquedotto: {utenze}{utenze.was}",
               utenze="n 10 900"),
        ],
        "help": [
            it("Pasti caldi distribuiti dai Nu.Vol.A. nella sala polivalente: {pasti}{pasti.was}", pasti="n 50 3000"),
            it("Lo sportello del Comune raccoglie le segnalazioni dei danni ai privati per la Provincia"),
        ],
        "staff": [
            it("Vigili del fuoco volontari, operai comunali e volontari impegnati oggi: {vigili}{vigili.was}",
               vigili="n 20 500"),
            it("I Vigili del fuoco permanenti di Trento affiancano i corpi volontari con le autoscale"),
        ],
        "money": [
            it("Spese di somma urgenza affidate dal Comune finora: {spese}", spese="cum 2 40"),
            it("Contributo richiesto alla Provincia autonoma di Trento per il ripristino della viabilità: {contributo}",
               contributo="money 10 300"),
        ],
        "risks": [
            risk("Rischio di colate detritiche sui versanti denudati: {trend}", levels=IT_LEVELS,
                 mit=("monitoraggio del Servizio Bacini montani e chiusura preventiva delle strade a valle",)),
            risk("Rischio di incidenti durante lo sgombero degli schianti: {trend}", levels=IT_LEVELS,
                 mit=("lavori affidati solo a ditte boschive abilitate e divieto di accesso ai privati",)),
            risk("Proliferazione del bostrico nel legname a terra",
                 mit=("piano di esbosco concordato con il Servizio Foreste",)),
        ],
        "next": [
            it("Sopralluogo con il Dipartimento Protezione civile provinciale il {sopralluogo}",
               sopralluogo="date 1 3"),
            it("Prossimo aggiornamento il {prossimo}", prossimo="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 10, 30), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

INCENDIO = Partner(
    "cl-biobio-municipalidad-wildfire",
    "Incendios",
    ("Municipalidad de Santa Juana", "Municipalidad de Nacimiento", "Municipalidad de Hualqui",
     "Municipalidad de Florida"),
    {},
    {
        "hl": [
            it("Desde el {desde} la comuna enfrenta incendios forestales activos en los sectores rurales",
               desde="date -5 -3"),
            it("Viviendas destruidas según el catastro municipal: {viviendas}{viviendas.was}", viviendas="n 5 600"),
        ],
        "sit": [
            it("La Dirección Meteorológica mantiene la alerta por altas temperaturas y viento del sur"),
            it("Hectáreas afectadas según CONAF: {hectareas}{hectareas.was}", hectareas="n 100 30000"),
        ],
        "imp": [
            it("Personas damnificadas registradas en la Ficha Básica de Emergencia: {fibe}{fibe.was}",
               fibe="n 20 2000"),
            it("Varios caminos rurales permanecen cortados por árboles caídos y postes quemados"),
        ],
        "ta": [
            it("Personas en los albergues habilitados en las escuelas municipales: {albergados}{albergados.was}",
               albergados="n 10 600"),
            it("El gimnasio municipal funciona como centro de acopio de donaciones"),
        ],
        "tb": [
            it("Los APR de los sectores afectados reciben agua mediante camiones aljibe"),
            it("Clientes sin suministro eléctrico según CGE: {clientes}{clientes.was}", clientes="n 50 5000"),
        ],
        "help": [
            it("Kits de alimentos, agua y útiles de aseo entregados por la DIDECO: {kits}{kits.was}",
               kits="n 50 4000"),
            it("Se habilitó atención psicosocial para las familias en el CESFAM"),
        ],
        "staff": [
            it("Funcionarios municipales, bomberos y brigadistas en terreno: {funcionarios}{funcionarios.was}",
               funcionarios="n 20 700"),
            it("La Oficina Comunal de Emergencia funciona en turnos las veinticuatro horas"),
        ],
        "money": [
            it("Gastos de emergencia de la municipalidad a la fecha: {gastos}", gastos="cum 2 40"),
            it("Recursos solicitados a SENAPRED y al Gobierno Regional: {recursos}", recursos="money 10 300"),
        ],
        "risks": [
            risk("Riesgo de reactivación de focos en las plantaciones: {trend}", levels=CL_LEVELS,
                 mit=("patrullaje de brigadas de CONAF y maquinaria para cortafuegos",)),
            risk("Riesgo para la salud por el humo en la población: {trend}", levels=CL_LEVELS,
                 mit=("entrega de mascarillas y suspensión de actividades al aire libre",)),
            risk("Falta de agua para el combate del fuego",
                 mit=("coordinación de camiones aljibe con la Delegación Presidencial",)),
        ],
        "next": [
            it("Reunión del Comité Comunal de Gestión del Riesgo de Desastres el {reunion}", reunion="date 1 3"),
            it("Próximo informe el {proximo}", proximo="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 2, 3), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
