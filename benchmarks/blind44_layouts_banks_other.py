"""Item ideas of five ``blind44_layouts`` publishers: Scottish island development trusts in a winter of storms and
cancelled ferries and American small-town water authorities under a boil water advisory, writing in English; Tuscan
Misericordie (the old lay confraternities that run ambulances and civil protection volunteers) in a flood, writing
in Italian; French agglomeration communities in a heatwave, writing in French; and Danish municipalities after a
storm surge, writing in Danish (``blind5_layouts_content`` explains the slots). ``blind44_layouts_content`` prints
the amounts, dates, comparisons and the mitigation's lead in each publisher's words. The organisations are named
after real kinds of body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner
from blind44_layouts_banks_new import SIZES

from sitroom.generate.banks import it, risk

ISLANDS = Partner(
    "gb-island-trusts-storms",
    "Storm update",
    ("Isle of Tiree Community Trust", "Colonsay Development Company", "North Uist Community Trust",
     "Isle of Gigha Heritage Trust"),
    {},
    {
        "hl": [
            it("No ferry has reached the island since {since}", since="date -5 -5"),
            it("Volunteers have checked on {checks} households{checks.was}", checks="n 10 300"),
        ],
        "sit": [
            it("The wind has eased but the forecast for the weekend is poor"),
            it("{cancel} sailings have been cancelled so far{cancel.was}", cancel="n 2 40"),
        ],
        "imp": [
            it("The shop is running low on milk, bread and fresh food"),
            it("{roofs} houses have storm damage to roofs or windows{roofs.was}", roofs="n 2 60"),
        ],
        "ta": [
            it("CalMac expects to run a freight sailing on {freight}", freight="date 1 3"),
            it("The airstrip is open for the air ambulance only"),
        ],
        "tb": [
            it("{power} homes are still without power{power.was}", power="n 5 400"),
            it("The mobile mast is running on its generator"),
        ],
        "help": [
            it("The hall is open as a warm space every day from 10:00 to 16:00"),
            it("We have delivered {meals} hot meals{meals.was}", meals="n 20 800"),
        ],
        "staff": [
            it("{vols} volunteers are on the rota this week{vols.was}", vols="n 8 60"),
            it("Our development officer is working from the hall"),
        ],
        "money": [
            it("The storm fund has paid out {fund} so far", fund="cum 1 40"),
            it("The council has given a hardship grant of {grant}", grant="money 2 30"),
        ],
        "risks": [
            risk("Food running out before the next ferry {trend}", mit=("the shop is rationing bread and milk",)),
            risk("Older people on their own becoming isolated {trend}", mit=("volunteers phone them twice a day",)),
            risk("Fuel for generators", mit=("the trust holds a reserve at the pier",)),
        ],
        "next": [
            it("Community meeting in the hall on {meeting}", meeting="date 1 4"),
            it("Apply to the Scottish Government's fund by {apply}", apply="date 5 14"),
        ],
    },
    SIZES,
    date(2026, 1, 5), cadence_days=3, punct="stop", mitigation="colon",
)  # fmt: skip

WATER = Partner(
    "us-water-boil-advisory",
    "Boil water advisory",
    ("Millbrook Municipal Water Authority", "Clearfork Valley Water District", "Town of Ashcroft Water Department",
     "Pine Hollow Public Water System"),
    {},
    {
        "hl": [
            it("The boil water advisory issued on {issued} remains in effect", issued="date -4 -4"),
            it("{samples} water samples have been collected{samples.was}", samples="n 10 200"),
        ],
        "sit": [
            it("Pressure has been restored across most of the system"),
            it("{zones} pressure zones are still below normal{zones.was}", zones="n 2 6"),
        ],
        "imp": [
            it("{customers} service connections are under the advisory{customers.was}", customers="n 800 9000"),
            it("Two schools have switched to bottled water for lunches"),
        ],
        "ta": [
            it("The state lab expects results for the last round of samples by {lab}", lab="date 1 3"),
            it("Chlorine residuals are within the required range at every site"),
        ],
        "tb": [
            it("Crews repaired the broken main on Route 9"),
            it("{flush} hydrants have been flushed{flush.was}", flush="n 10 300"),
        ],
        "help": [
            it("Bottled water is available at the fire station every day from 8 AM to 6 PM"),
            it("We have delivered water to {homebound} homebound residents{homebound.was}", homebound="n 5 150"),
        ],
        "staff": [
            it("{crews} crew members are working extended shifts{crews.was}", crews="n 6 60"),
            it("Two operators are on loan from a neighboring district"),
        ],
        "money": [
            it("Emergency costs so far total {costs}", costs="cum 10 600"),
            it("Bottled water purchases this week came to {bottled}", bottled="money 2 40"),
        ],
        "risks": [
            risk("A second main break under the cold weather {trend}", mit=("crews are on call around the clock",)),
            risk("Customers not following the advisory {trend}", mit=("door hangers are going to every address",)),
            risk("Delays at the state lab", mit=("samples are also being sent to a private lab",)),
        ],
        "next": [
            it("Collect the second set of clean samples on {second}", second="date 1 3"),
            it("Brief the town council on {council}", council="date 2 7"),
        ],
    },
    SIZES,
    date(2026, 2, 2), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

IT_LEVELS = ("è sotto osservazione", "è in aumento", "è ora elevato", "è ora molto elevato")

ALLUVIONE = Partner(
    "it-misericordie-alluvione",
    "Alluvione",
    ("Misericordia di Campi Bisenzio", "Misericordia di Prato", "Misericordia di Pontedera",
     "Misericordia di Montale"),
    {},
    {
        "hl": [
            it("Dall'esondazione del {esondazione} la Misericordia è attiva giorno e notte", esondazione="date -4 -4"),
            it("Le nostre squadre hanno svolto {interventi} interventi{interventi.was}", interventi="n 10 500"),
        ],
        "sit": [
            it("L'acqua si è ritirata ma molte strade sono ancora coperte di fango"),
            it("{sfollati} persone sono ancora fuori casa{sfollati.was}", sfollati="n 10 900"),
        ],
        "imp": [
            it("{cantine} cantine e garage sono ancora allagati{cantine.was}", cantine="n 5 400"),
            it("La sede della Misericordia ha avuto danni al piano terra"),
        ],
        "ta": [
            it("Le idrovore lavorano in {punti} punti della città{punti.was}", punti="n 2 40"),
            it("Le squadre spalano il fango nelle case degli anziani"),
        ],
        "tb": [
            it("I trasporti per la dialisi sono garantiti con mezzi fuoristrada"),
            it("Abbiamo effettuato {trasporti} trasporti sanitari{trasporti.was}", trasporti="n 10 300"),
        ],
        "help": [
            it("Il centro di raccolta ha distribuito {pacchi} pacchi di generi alimentari{pacchi.was}",
               pacchi="n 20 900"),
            it("Nella palestra comunale sono allestiti letti per gli sfollati"),
        ],
        "staff": [
            it("Sono in servizio {volontari} volontari{volontari.was}", volontari="n 20 300"),
            it("Arrivano squadre di Misericordie da altre province"),
        ],
        "money": [
            it("Le spese per l'emergenza ammontano a {spese}", spese="cum 10 500"),
            it("La raccolta fondi ha superato {raccolta}", raccolta="money 5 90"),
        ],
        "risks": [
            risk("Il rischio di una nuova piena {trend}", levels=IT_LEVELS,
                 mit=("gli argini sono controllati ogni due ore",)),
            risk("Il rischio sanitario legato al fango {trend}", levels=IT_LEVELS,
                 mit=("distribuiamo guanti, stivali e disinfettanti",)),
            risk("La stanchezza dei volontari", mit=("i turni non superano le otto ore",)),
        ],
        "next": [
            it("Riunione del COC il {coc}", coc="date 1 3"),
            it("Completare la pulizia delle scuole entro il {scuole}", scuole="date 3 10"),
        ],
    },
    SIZES,
    date(2026, 11, 9), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

FR_LEVELS = ("est surveillé", "augmente", "est désormais élevé", "est désormais très élevé")

CANICULE = Partner(
    "fr-agglo-canicule",
    "Canicule",
    ("Communauté d'agglomération du Grand Avignon", "Communauté d'agglomération Gard Rhodanien",
     "Communauté d'agglomération Ventoux-Comtat Venaissin", "Communauté d'agglomération Luberon Monts de Vaucluse"),
    {},
    {
        "hl": [
            it("Le plan canicule est déclenché depuis le {plan}", plan="date -5 -5"),
            it("Les agents ont appelé {appels} personnes inscrites au registre{appels.was}", appels="n 50 2000"),
        ],
        "sit": [
            it("Le département reste en vigilance orange canicule"),
            it("La température a atteint {temp} degrés à l'ombre", temp="n 36 44"),
        ],
        "imp": [
            it("{malaises} malaises ont été signalés aux secours{malaises.was}", malaises="n 2 90"),
            it("Deux piscines ont fermé faute de maîtres-nageurs"),
        ],
        "ta": [
            it("Les crèches avancent leurs horaires pour éviter les heures chaudes"),
            it("{ecoles} écoles ont des salles rafraîchies{ecoles.was}", ecoles="n 2 40"),
        ],
        "tb": [
            it("{inscrits} personnes sont inscrites au registre canicule{inscrits.was}", inscrits="n 200 5000"),
            it("Les inscriptions continuent par téléphone et en mairie"),
        ],
        "help": [
            it("Les agents ont rendu visite à {visites} personnes isolées{visites.was}", visites="n 10 400"),
            it("Six salles rafraîchies sont ouvertes au public de 12 h à 19 h"),
        ],
        "staff": [
            it("{agents} agents sont mobilisés pour les appels et les visites{agents.was}", agents="n 10 120"),
            it("Les horaires des équipes techniques sont décalés au matin"),
        ],
        "money": [
            it("Les dépenses liées à la canicule atteignent {depenses}", depenses="cum 10 400"),
            it("L'achat de brumisateurs a coûté {brumisateurs}", brumisateurs="money 2 30"),
        ],
        "risks": [
            risk("Le risque de coupures d'électricité {trend}", levels=FR_LEVELS,
                 mit=("les bâtiments sensibles ont des groupes électrogènes",)),
            risk("Le risque de feux de forêt {trend}", levels=FR_LEVELS,
                 mit=("les massifs sont fermés au public",)),
            risk("L'épuisement des agents de terrain", mit=("les tournées ont lieu avant 11 h",)),
        ],
        "next": [
            it("Cellule de crise avec la préfecture le {cellule}", cellule="date 1 3"),
            it("Bilan du plan canicule avant le {bilan}", bilan="date 5 14"),
        ],
    },
    SIZES,
    date(2026, 7, 13), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

DA_LEVELS = ("overvåges", "er stigende", "er nu høj", "er nu meget høj")

STORMFLOD = Partner(
    "da-kommuner-stormflod",
    "Stormflod",
    ("Lemvig Kommune", "Struer Kommune", "Tønder Kommune", "Vordingborg Kommune"),
    {},
    {
        "hl": [
            it("Stormfloden den {flod} ramte kysten hårdere end ventet", flod="date -3 -3"),
            it("Beredskabet har haft {udkald} udkald{udkald.was}", udkald="n 5 200"),
        ],
        "sit": [
            it("Vandstanden er faldet, men digerne er stadig bløde"),
            it("{evakuerede} borgere er fortsat evakueret{evakuerede.was}", evakuerede="n 5 400"),
        ],
        "imp": [
            it("{huse} huse har fået vand i stueetagen{huse.was}", huse="n 5 500"),
            it("Havnen er lukket for sejlads"),
        ],
        "ta": [
            it("Pumperne ved havnen kører i døgndrift"),
            it("Diget er repareret på {meter} meter{meter.was}", meter="n 20 900"),
        ],
        "tb": [
            it("Kystvejen er stadig spærret"),
            it("Skolebusserne kører en omvej på {km} km", km="n 3 25"),
        ],
        "help": [
            it("Kommunen har hjulpet {familier} familier med genhusning{familier.was}", familier="n 2 80"),
            it("Borgerservice har åbent hotline for skadelidte"),
        ],
        "staff": [
            it("{medarbejdere} medarbejdere og frivillige er i gang{medarbejdere.was}", medarbejdere="n 10 200"),
            it("Hjemmeværnet hjælper med sandsække"),
        ],
        "money": [
            it("Udgifterne til beredskabet er indtil nu {udgifter}", udgifter="cum 20 900"),
            it("Kommunen har bevilget {bevilling} til akut hjælp", bevilling="money 10 200"),
        ],
        "risks": [
            risk("Risikoen for nyt diggennembrud {trend}", levels=DA_LEVELS,
                 mit=("diget overvåges hver anden time",)),
            risk("Risikoen for skimmelsvamp i husene {trend}", levels=DA_LEVELS,
                 mit=("borgerne får affugtere udlånt",)),
            risk("Mangel på håndværkere", mit=("kommunen koordinerer med de lokale firmaer",)),
        ],
        "next": [
            it("Møde i krisestaben den {mode}", mode="date 1 3"),
            it("Borgermøde i hallen den {borgermode}", borgermode="date 2 8"),
        ],
    },
    SIZES,
    date(2026, 12, 7), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip
