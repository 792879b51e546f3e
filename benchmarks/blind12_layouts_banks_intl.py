"""Item ideas of the three publishers of the ``blind12_layouts`` set that write in another language: a Danish
regional emergency service ("beredskab") reporting on a storm surge in its "Situationsrapport", a Czech
region's crisis staff ("krizový štáb kraje") reporting on a river flood in its "Situační zpráva", and an
Italian municipality's operations centre ("Centro Operativo Comunale") reporting on heavy snow in its
"Bollettino di aggiornamento". The texts are in the publisher's language; the generator's figures, dates and
"(up from … )" notes are English and are put into the publisher's conventions by
``blind12_layouts_content.localise``. The organisations, places and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

DA_LEVELS = ("overvåges", "er stigende", "er nu høj", "er nu kritisk")
CS_LEVELS = ("je sledováno", "roste", "je nyní vysoké", "je nyní kritické")
IT_LEVELS = ("è monitorato", "è in aumento", "è ora elevato", "è ora critico")

BEREDSKAB = Partner(
    "beredskab-dk",
    "Stormflod",
    ("Beredskab Østkyst", "Vestfjord Brand & Redning", "Beredskab Limhavn", "Sydøhavets Beredskab"),
    {},
    {
        "situation": [
            it("Vandstanden i havnen er {level} cm over daglig vande{level.was}", level="n 80 220"),
            it("DMI forventer kulmination ved næste højvande den {crest}", crest="date 0 2"),
            it("Digerne ved Strandvejen holder, men er overskyllet to steder"),
        ],
        "impacts": [
            it("{cellars} kældre er oversvømmet i den gamle bydel{cellars.was}", cellars="n 10 600"),
            it("Strandvejen er spærret mellem havnen og campingpladsen"),
            it("{evac} borgere er evakueret fra sommerhusområdet", evac="n 0 400"),
        ],
        "actions": [
            it("{bags} sandsække udlagt langs havnefronten", bags="n 500 20000"),
            it("Mobile pumper fra Beredskabsstyrelsen er indsat ved renseanlægget"),
            it("Evakueringscenter åbnet i idrætshallen med plads til {beds} personer", beds="n 50 300"),
        ],
        "risks": [
            risk("Risikoen for digebrud ved Strandvejen {trend}", levels=DA_LEVELS,
                 mit=("døgnbemandet digevagt og materiel klar ved de svage punkter",)),
            risk("Strømudfald på renseanlægget", levels=DA_LEVELS,
                 mit=("nødgenerator og brændstof til tre døgn på stedet",)),
            risk("Udmattelse blandt de frivillige {trend}", levels=DA_LEVELS,
                 mit=("vagtplan med hvileperioder og afløsning fra nabokommunerne",)),
        ],
        "communications": [
            it("Pressemeddelelse udsendt klokken 09.00"),
            it("Borgerne informeres på kommunens hjemmeside og via Facebook"),
        ],
        "next": [
            it("Næste situationsrapport udsendes den {next} klokken 08.00", next="date 1 1"),
            it("Statusmøde i den lokale beredskabsstab klokken 14.00"),
        ],
    },
    {"situation": (2, 3), "impacts": (1, 3), "actions": (1, 3), "risks": (2, 3), "communications": (1, 2),
     "next": (1, 2)},
    date(2024, 10, 20), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

KRAJ = Partner(
    "krizovy-stab-cz",
    "Povodeň na Moravě",
    ("Krizový štáb Olomouckého kraje", "Krizový štáb Zlínského kraje", "Krizový štáb Moravskoslezského kraje",
     "Krizový štáb Jihomoravského kraje"),
    {},
    {
        "situation": [
            it("Třetí stupeň povodňové aktivity vyhlášen na {profiles} profilech{profiles.was}", profiles="n 2 25"),
            it("Kulminace na Moravě v Kroměříži se očekává {crest}", crest="date 1 3"),
            it("Hladiny přítoků v horních částech povodí klesají"),
        ],
        "impacts": [
            it("Evakuováno {evac} obyvatel{evac.was}", evac="n 20 3000"),
            it("Uzavřeno {roads} silnic II. a III. třídy", roads="n 2 50"),
            it("Bez dodávky pitné vody zůstává {water} domácností", water="n 0 2500"),
        ],
        "actions": [
            it("Jednotky HZS a SDH staví protipovodňové zábrany v Troubkách"),
            it("Vydáno {bags} pytlů s pískem obcím", bags="n 1000 60000"),
            it("Otevřena evakuační střediska ve třech školách"),
        ],
        "risks": [
            risk("Riziko protržení hráze rybníka Hvězda {trend}", levels=CS_LEVELS,
                 mit=("nepřetržitý dozor na hrázi a připravená evakuace obce",)),
            risk("Kontaminace studní po opadnutí vody", levels=CS_LEVELS,
                 mit=("rozbory vody hygienickou stanicí a distribuce balené vody",)),
        ],
        "workforce": [
            it("Nasazeno {ff} hasičů HZS a SDH{ff.was}", ff="n 100 2000"),
            it("Armáda ČR poskytla {soldiers} vojáků", soldiers="n 20 600"),
        ],
        "forecast": [
            it("ČHMÚ předpovídá srážky do {rain} mm za 24 hodin", rain="n 5 70"),
            it("Výstraha před povodněmi platí do odvolání"),
        ],
    },
    {"situation": (2, 3), "impacts": (1, 3), "actions": (1, 3), "risks": (1, 2), "workforce": (1, 2),
     "forecast": (1, 2)},
    date(2024, 9, 15), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

COMUNE = Partner(
    "coc-it",
    "Emergenza neve",
    ("Comune di Valdorca", "Comune di Montefalco Alto", "Comune di San Vito al Passo", "Comune di Roccabruna"),
    {},
    {
        "situation": [
            it("Caduti {snow} cm di neve fresca nelle ultime 24 ore{snow.was}", snow="n 10 120"),
            it("Le temperature minime restano sotto lo zero fino al {thaw}", thaw="date 2 5"),
            it("Tutte le strade comunali principali sono percorribili con catene"),
        ],
        "impacts": [
            it("{families} nuclei familiari isolati nelle frazioni alte", families="n 0 80"),
            it("Scuole di ogni ordine e grado chiuse con ordinanza sindacale"),
            it("{power} utenze senza energia elettrica{power.was}", power="n 0 1500"),
        ],
        "actions": [
            it("{plows} mezzi spazzaneve e spargisale in servizio", plows="n 4 30"),
            it("Consegna di farmaci e generi alimentari alle persone fragili con i volontari"),
            it("Aperto il centro di accoglienza presso la palestra comunale"),
        ],
        "risks": [
            risk("Il rischio di crollo di coperture per il carico neve {trend}", levels=IT_LEVELS,
                 mit=("sopralluoghi dei Vigili del Fuoco sugli edifici pubblici e avviso ai cittadini",)),
            risk("Ghiaccio sulle strade nelle ore notturne", levels=IT_LEVELS,
                 mit=("spargimento di sale prima dell'alba sulle strade in pendenza",)),
        ],
        "communications": [
            it("Avvisi pubblicati sul sito del Comune e sui canali social"),
            it("Numero verde attivo dalle 8 alle 20"),
        ],
        "next": [
            it("Prossimo bollettino il {next} alle ore 12:00", next="date 1 1"),
            it("Riunione del COC alle ore 17:00"),
        ],
    },
    {"situation": (2, 3), "impacts": (1, 3), "actions": (1, 3), "risks": (1, 2), "communications": (1, 2),
     "next": (1, 2)},
    date(2024, 1, 16), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
