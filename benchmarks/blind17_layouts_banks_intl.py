"""Item ideas of four ``blind17_layouts`` publishers outside the English-speaking world: an Italian regional
health directorate's weekly bulletin on acute respiratory infections, a Norwegian county governor's situation
report on a storm in Nynorsk, a Dutch water board's high-water situation report and a Catalan town council's
weekly drought report (``blind5_layouts_content`` explains the slots). The generator's figures, dates and "(up
from … )" notes are British English; ``blind17_layouts_content`` prints them in each publisher's conventions.
The organisations are named after real kinds of body; the places, events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

IT_LEVELS = ("è sotto osservazione", "è in aumento", "è ora elevato", "è ora critico")
NN_LEVELS = ("vert følgd med", "aukar", "er no høg", "er no kritisk")
NL_LEVELS = ("wordt gevolgd", "neemt toe", "is nu hoog", "is nu kritiek")
CA_LEVELS = ("està en seguiment", "augmenta", "ara és alt", "ara és crític")

IRA = Partner(
    "ira-it",
    "Sorveglianza delle infezioni respiratorie acute",
    ("Regione Toscana", "Regione Piemonte", "Regione Marche", "Regione Liguria"),
    {},
    {
        "sintesi": [
            it("Nell'ultima settimana l'incidenza delle sindromi simil-influenzali è di {inc} casi per mille "
               "assistiti{inc.was}", inc="n 4 16"),
            it("L'andamento è in crescita in tutte le fasce d'età, in particolare tra i bambini sotto i cinque anni"),
            it("Dall'inizio della stagione sono stati segnalati {gravi} casi gravi di influenza ricoverati in "
               "terapia intensiva", gravi="n 2 60"),
        ],
        "andamento": [
            it("{medici} medici sentinella hanno inviato i dati della settimana{medici.was}", medici="n 80 260"),
            it("L'incidenza più alta si registra tra i bambini da 0 a 4 anni, con {bimbi} casi per mille assistiti",
               bimbi="n 10 40"),
            it("Si stima che {casi} persone abbiano avuto una sindrome simil-influenzale nella settimana",
               casi="n 20000 140000"),
        ],
        "virologia": [
            it("Dei {campioni} campioni analizzati dai laboratori di riferimento, il {pos} è risultato positivo "
               "per influenza", campioni="n 200 1400", pos="pct 10 40"),
            it("Il virus respiratorio sinciziale è stato identificato in {rsv} campioni{rsv.was}", rsv="n 10 200"),
            it("La circolazione di SARS-CoV-2 resta contenuta"),
        ],
        "ospedali": [
            it("Gli accessi in pronto soccorso per sindromi respiratorie sono stati {ps}{ps.was}", ps="n 500 6000"),
            it("Il tasso di occupazione dei posti letto di medicina interna ha raggiunto il {occ}", occ="pct 88 99"),
            it("{rinvii} interventi chirurgici programmati sono stati rinviati per carenza di posti letto",
               rinvii="n 5 120"),
        ],
        "vaccini": [
            it("Sono state somministrate {dosi} dosi di vaccino antinfluenzale{dosi.was}", dosi="n 100000 900000"),
            it("La copertura vaccinale delle persone con più di 65 anni ha raggiunto il {cop}", cop="pct 38 62"),
            it("La Regione ha stanziato {fondi} per l'apertura serale degli ambulatori vaccinali",
               fondi="money 100 1500"),
            it("Le farmacie che aderiscono alla campagna sono {farm}", farm="n 200 1100"),
        ],
        "risks": [
            risk("Il rischio di sovraffollamento dei pronto soccorso {trend}", levels=IT_LEVELS,
                 mit=("attivazione dei posti letto aggiuntivi del piano per il sovraffollamento e potenziamento "
                      "delle dimissioni protette",)),
            risk("La carenza di antivirali e di antibiotici pediatrici nelle farmacie",
                 mit=("monitoraggio settimanale delle scorte con le farmacie e redistribuzione tra le aziende "
                      "sanitarie",)),
            risk("L'assenza per malattia del personale sanitario {trend}", levels=IT_LEVELS,
                 mit=("richiamo del personale in ferie e ricorso a prestazioni aggiuntive",)),
        ],
        "comunicazione": [
            it("La campagna «Proteggi chi ami» è in onda sulle radio e sulle televisioni locali"),
            it("Il numero verde regionale ha ricevuto {chiamate} chiamate{chiamate.was}", chiamate="n 200 3000"),
            it("Si raccomanda alle persone fragili di vaccinarsi e di evitare i luoghi affollati"),
        ],
    },
    {"sintesi": (2, 3), "andamento": (2, 3), "virologia": (2, 3), "ospedali": (1, 3), "vaccini": (2, 3),
     "risks": (1, 3), "comunicazione": (1, 2)},
    date(2024, 12, 4), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

STATSF = Partner(
    "statsforvaltar-nn",
    "Ekstremvêret Ingrid",
    ("Statsforvaltaren i Vestland", "Statsforvaltaren i Møre og Romsdal", "Statsforvaltaren i Rogaland",
     "Statsforvaltaren i Nordland"),
    {},
    {
        "samandrag": [
            it("Ekstremvêret har ført til straumbrot for {kundar} kundar i fylket{kundar.was}", kundar="n 2000 60000"),
            it("{stabar} kommunar har sett krisestaben sin", stabar="n 3 30"),
            it("Det er ikkje meldt om alvorleg skadde personar"),
        ],
        "ver": [
            it("Meteorologisk institutt har sendt ut raudt farevarsel for vind for {fv} kommunar", fv="n 2 20"),
            it("Vinden er venta å minke frå {minkar}", minkar="date 1 2"),
            it("Det er venta opptil {mm} mm nedbør i dei mest utsette områda", mm="n 40 160"),
        ],
        "konsekvensar": [
            it("{vegar} vegar er stengde på grunn av ras eller tre over vegen{vegar.was}", vegar="n 4 60"),
            it("{evak} personar er evakuerte frå bustader i rasutsette område", evak="n 10 400"),
            it("Ferjesambanda på dei ytre strekningane er innstilte"),
        ],
        "infrastruktur": [
            it("{basar} basestasjonar er ute av drift, og Nødnett går på reservestraum", basar="n 5 120"),
            it("Tre vassverk går på aggregat etter straumbrotet"),
            it("Fylkesvegane over fjellet er stengde for all trafikk"),
        ],
        "innsats": [
            it("Sivilforsvaret har sett inn {sf} mannskap med aggregat og lyskastarar", sf="n 10 150"),
            it("Nettselskapa har {mont} montørar i arbeid{mont.was}", mont="n 40 400"),
            it("Statsforvaltaren held samordningsmøte med kommunane og etatane kvar dag kl. 10.00"),
            it("Heimevernet hjelper til med vakthald og transport i {hv} kommunar", hv="n 1 8"),
        ],
        "risks": [
            risk("Faren for nye jord- og flaumskred {trend}", levels=NN_LEVELS,
                 mit=("NVE har auka beredskapen, og kommunane har stengt utsette vegar og evakuert bustader",)),
            risk("Svikt i Nødnett og mobilnettet i fleire kommunar",
                 mit=("satellittelefonar er delte ut til kommunane, og teleselskapa prioriterer basestasjonane ved "
                      "legevaktene",)),
            risk("Faren for at eldre heimebuande utan straum ikkje får hjelp {trend}", levels=NN_LEVELS,
                 mit=("heimetenesta ringjer til alle brukarane, og kommunane opnar varmestover",)),
        ],
        "info": [
            it("Statsforvaltaren har halde {pm} pressemøte saman med politiet", pm="n 1 6"),
            it("Innbyggjarane vert oppmoda om å halde seg innandørs og følgje råda frå kommunen"),
            it("Oppdatert informasjon vert lagd ut på nettsida og i sosiale medium"),
        ],
        "vidare": [
            it("Neste samordningsmøte med kommunane er {mote} kl. 10.00", mote="date 1 1"),
            it("Kartlegginga av skadane på kommunal infrastruktur skal vere ferdig innan {kart}", kart="date 3 10"),
        ],
    },
    {"samandrag": (2, 3), "ver": (1, 3), "konsekvensar": (1, 3), "infrastruktur": (1, 2), "innsats": (2, 3),
     "risks": (1, 3), "info": (1, 2), "vidare": (1, 2)},
    date(2025, 1, 14), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

WATERSCHAP = Partner(
    "waterschap-nl",
    "Hoogwater",
    ("Waterschap Rivierenland", "Waterschap Limburg", "Waterschap Vallei en Veluwe", "Waterschap Rijn en IJssel"),
    {},
    {
        "samenvatting": [
            it("Het waterschap werkt in fase 2; {dijk} kilometer dijk staat onder verscherpt toezicht{dijk.was}",
               dijk="n 20 280"),
            it("Er zijn geen ernstige schades aan de waterkeringen vastgesteld"),
            it("De waterstand op de Waal stijgt nog tot {piek}", piek="date 1 2"),
        ],
        "waterstanden": [
            it("Rijkswaterstaat verwacht de hoogste waterstand op {top}", top="date 1 3"),
            it("De afvoer van de Rijn bij Lobith bedraagt {afv} kubieke meter per seconde{afv.was}",
               afv="n 5000 9500"),
            it("Voor de komende dagen wordt {mm} millimeter neerslag in het stroomgebied verwacht", mm="n 5 40"),
        ],
        "keringen": [
            it("Dijkwachten hebben {meld} meldingen van kwel en wellen gedaan{meld.was}", meld="n 3 80"),
            it("Bij {kist} wellen is een opkistring van zandzakken geplaatst", kist="n 1 20"),
            it("De coupures in de dijken bij de binnensteden zijn gesloten"),
        ],
        "inzet": [
            it("{ploegen} ploegen dijkwachten lopen dag en nacht hun trajecten", ploegen="n 10 90"),
            it("Er zijn {zakken} zandzakken uitgegeven aan de dijkposten", zakken="n 2000 40000"),
            it("De gemalen draaien op volle capaciteit om de polders droog te houden"),
        ],
        "bezetting": [
            it("Er zijn {mw} medewerkers en vrijwilligers ingezet in de calamiteitenorganisatie{mw.was}",
               mw="n 60 600"),
            it("Het ziekteverzuim onder de dijkwachten is {verz}", verz="pct 2 9"),
            it("De aflossing is geregeld in drie diensten van acht uur"),
        ],
        "risks": [
            risk("De kans op piping bij de dijk langs de Waal {trend}", levels=NL_LEVELS,
                 mit=("extra dijkwachten op het traject en zandzakken en noodkisten klaar voor directe inzet",)),
            risk("Uitval van gemalen door een stroomstoring",
                 mit=("noodaggregaten bij de drie grootste gemalen en afspraken met de netbeheerder",)),
            risk("Vermoeidheid van dijkwachten bij een langdurige inzet {trend}", levels=NL_LEVELS,
                 mit=("kortere diensten en vrijwilligers van de buurwaterschappen opgeroepen",)),
        ],
        "communicatie": [
            it("Bewoners van de uiterwaarden zijn via de website en NL-Alert geïnformeerd"),
            it("Er zijn {pers} persvragen beantwoord{pers.was}", pers="n 5 60"),
            it("Bewoners wordt gevraagd niet op de dijken te gaan kijken"),
        ],
        "vervolg": [
            it("Overleg met de veiligheidsregio op {overleg} om 09.00 uur", overleg="date 1 1"),
            it("De evaluatie van de inzet wordt gepland na het afschalen"),
        ],
    },
    {"samenvatting": (2, 3), "waterstanden": (1, 3), "keringen": (1, 3), "inzet": (1, 3), "bezetting": (1, 2),
     "risks": (1, 3), "communicatie": (1, 2), "vervolg": (1, 2)},
    date(2024, 1, 2), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

SEQUERA = Partner(
    "sequera-ca",
    "Sequera",
    ("Ajuntament de Girona", "Ajuntament de Manresa", "Ajuntament de Vic", "Ajuntament de Figueres"),
    {},
    {
        "estat": [
            it("Les reserves dels embassaments que abasten el municipi són al {res} de la seva capacitat{res.was}",
               res="pct 12 30"),
            it("El municipi continua en fase d'emergència 1 per sequera"),
            it("Els pous municipals aporten {pous} litres per segon a la xarxa", pous="n 20 140"),
        ],
        "previsio": [
            it("El Servei Meteorològic de Catalunya no preveu pluges significatives abans del {pluja}",
               pluja="date 4 10"),
            it("Les temperatures se situaran fins a {graus} graus per sobre de la mitjana", graus="n 2 5"),
        ],
        "consum": [
            it("El consum domèstic mitjà és de {litres} litres per habitant i dia{litres.was}", litres="n 150 230"),
            it("El reg de jardins i zones verdes amb aigua de la xarxa està prohibit"),
            it("{piscines} piscines municipals continuen tancades", piscines="n 1 5"),
        ],
        "actuacions": [
            it("S'han reparat {fuites} fuites a la xarxa de distribució aquest mes", fuites="n 5 60"),
            it("La brigada municipal fa servir aigua regenerada per netejar els carrers"),
            it("L'Ajuntament ha invertit {inv} en la renovació de canonades", inv="money 100 1800"),
            it("S'han fet {insp} inspeccions per comprovar que es compleixen les restriccions", insp="n 20 300"),
        ],
        "risks": [
            risk("El risc de talls de subministrament en hores punta {trend}", levels=CA_LEVELS,
                 mit=("regulació de la pressió de la xarxa a la nit i camions cisterna a punt",)),
            risk("La salinització dels pous per la sobreexplotació de l'aqüífer",
                 mit=("control setmanal de la conductivitat i extracció per torns entre els pous",)),
            risk("El risc d'incendis forestals a l'entorn del municipi {trend}", levels=CA_LEVELS,
                 mit=("vigilància de les agrupacions de defensa forestal i prohibició de fer foc",)),
        ],
        "ajuts": [
            it("{sol} famílies han demanat la bonificació del rebut de l'aigua{sol.was}", sol="n 20 600"),
            it("Els comerços i les empreses poden demanar ajuts per instal·lar sistemes d'estalvi d'aigua"),
        ],
        "consells": [
            it("Dutxeu-vos en lloc de banyar-vos i tanqueu l'aixeta mentre us renteu les dents"),
            it("La campanya «Cada gota compta» ha arribat a {llars} llars", llars="n 2000 40000"),
            it("El telèfon 010 ha atès {trucades} consultes sobre les restriccions{trucades.was}",
               trucades="n 50 900"),
        ],
    },
    {"estat": (2, 3), "previsio": (1, 2), "consum": (1, 3), "actuacions": (2, 3), "risks": (1, 3), "ajuts": (1, 2),
     "consells": (1, 2)},
    date(2024, 1, 29), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip
