"""Item ideas of the ``blind8_layouts`` publisher that writes in Italian: a regional civil protection agency's
bulletin on a spell of severe weather. The texts are written in Italian; the generator's figures, dates and
"(up from … )" notes are English and are put into Italian conventions by ``blind8_layouts_content.localise``
("1.250", "16 gennaio"); the decimals a writer types ("3,5 mm") are in the texts. The organisations, places
and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

IT_LEVELS = ("è sotto osservazione", "è in aumento", "è ora elevato", "è ora molto elevato")

PROTEZIONE_CIVILE = Partner(
    "protezione-civile",
    "Emergenza maltempo",
    ("Regione Valdarvo", "Regione Monteserrano", "Regione Basso Torano", "Regione Alta Vellena"),
    {},
    {
        "situation": [
            it("Nelle ultime 24 ore sono caduti fino a {mm} mm di pioggia sui rilievi{mm.was}", mm="n 40 220"),
            it("L'intensità massima, 3,5 mm in 10 minuti, è stata registrata alla stazione di Colle Alto"),
            it("È attiva l'allerta rossa per rischio idrogeologico e idraulico fino al {allerta}",
               allerta="date 1 3"),
            it("Sono state segnalate {frane} frane sul territorio regionale{frane.was}", frane="n 3 60"),
            it("Riempimento degli invasi artificiali: {invasi} della capacità", invasi="pct 60 98"),
        ],
        "forecast": [
            it("Per domani sono previste precipitazioni diffuse, in attenuazione dalla serata"),
            it("Venti forti da sud-ovest con raffiche fino a {kmh} km/h sui crinali", kmh="n 50 110"),
            it("Un miglioramento è atteso a partire dal {migl}", migl="date 2 5"),
        ],
        "risks": [
            risk("Il rischio di esondazione del torrente Vella nel tratto urbano {trend}",
                 mit=("monitoraggio continuo degli argini e sacchi di sabbia posizionati",), levels=IT_LEVELS),
            risk("Possibili nuove frane sulla strada provinciale 24",
                 mit=("chiusura della strada e presidio dei tecnici della Provincia",)),
            risk("Il rischio per la popolazione delle frazioni isolate {trend}",
                 mit=("collegamenti in elicottero e consegna di generi di prima necessità",), levels=IT_LEVELS),
            risk("Interruzioni della fornitura elettrica in caso di nuove raffiche",
                 mit=("gruppi elettrogeni pronti presso i centri operativi comunali",)),
        ],
        "vvf": [
            it("I Vigili del fuoco hanno effettuato {interv} interventi nelle ultime 24 ore{interv.was}",
               interv="n 60 900"),
            it("Sono state soccorse {persone} persone rimaste bloccate nelle auto", persone="n 2 40"),
            it("Squadre fluviali schierate a Ponte Vecchio e a San Rocco"),
        ],
        "comuni": [
            it("Sono attivi {coc} centri operativi comunali{coc.was}", coc="n 5 60"),
            it("Restano chiuse {strade} strade comunali e provinciali", strade="n 4 50"),
            it("Pompe idrovore in funzione nei sottopassi di Borgo Nuovo"),
        ],
        "assistance": [
            it("{evac} persone sono state evacuate dalle loro abitazioni{evac.was}", evac="n 30 1800"),
            it("{ospiti} persone sono ospitate in alberghi e palestre comunali", ospiti="n 10 400"),
            it("Pasti caldi e coperte distribuiti nelle aree di attesa"),
            it("Le scuole restano chiuse in {scuole} comuni", scuole="n 3 40"),
        ],
        "workforce": [
            it("Sono impegnati {vol} volontari di protezione civile{vol.was}", vol="n 80 1600"),
            it("Attivate {odv} organizzazioni di volontariato", odv="n 10 70"),
            it("La sala operativa regionale organizza turni di 12 ore"),
        ],
        "next": [
            it("Il prossimo bollettino sarà pubblicato il {pross} alle ore 12:00", pross="date 1 1"),
            it("Il comitato operativo regionale si riunirà il {cor} alle ore 9:00", cor="date 1 2"),
            it("Ricognizione dei danni con i sindaci dei comuni colpiti"),
        ],
    },
    {"situation": (2, 4), "forecast": (1, 2), "risks": (2, 3), "vvf": (1, 2), "comuni": (1, 2),
     "assistance": (2, 3), "workforce": (1, 2), "next": (1, 2)},
    date(2024, 11, 4), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
