"""Item ideas of five ``blind45_layouts`` publishers: Irish port companies after an oil spill in the harbour, German
municipal utilities ("Stadtwerke") after a cyberattack, northern Canadian hamlets in a spring breakup flood, English
county highway authorities in a week of snow, and American county emergency management teams after a tornado
(``blind5_layouts_content`` explains the slots). The port companies keep a long risk register, so their risk
section holds more risks and comes before the operational sections. ``blind45_layouts_content`` prints the
amounts, dates, comparisons and the mitigation's lead in each publisher's words. The organisations are named after
real kinds of body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner
from blind45_layouts_banks_new import SIZES

from sitroom.generate.banks import it, risk

REGISTER = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "risks": (5, 7), "ta": (1, 2), "tb": (1, 2),
            "help": (1, 2), "staff": (1, 2), "money": (1, 2), "next": (1, 2)}  # fmt: skip

PORTS = Partner(
    "ie-port-companies-oil",
    "Pollution incident",
    ("Port of Cork Company", "Shannon Foynes Port Company", "Drogheda Port Company", "Galway Harbour Company"),
    {},
    {
        "hl": [
            it("An oil spill from a bunkering vessel was reported in the harbour on {spill}", spill="date -4 -4"),
            it("Booms now run for {boom} metres along the quays{boom.was}", boom="n 200 3000"),
        ],
        "sit": [
            it("The leak has been stopped and the vessel is alongside at the oil jetty"),
            it("An estimated {tonnes} tonnes of fuel oil has been recovered{tonnes.was}", tonnes="n 2 90"),
        ],
        "imp": [
            it("{slips} slipways and beaches are closed to the public{slips.was}", slips="n 2 12"),
            it("Oiled birds have been found on the shore near the estuary"),
        ],
        "risks": [
            risk("The risk of oil reaching the shellfish beds in the bay {trend}",
                 mit=("a second boom line protects the mussel farms and the growers check it at every low water",)),
            risk("The risk of harm to birds and seals on the estuary {trend}",
                 mit=("a wildlife rescue team is on call and oiled animals go to the rehabilitation centre in "
                      "Clonakilty",)),
            risk("The risk of fumes affecting people living beside the quays {trend}",
                 mit=("air quality is measured twice a day with the county council and results go on the port's "
                      "website",)),
            risk("The risk of a gale breaking the booms and carrying oil out of the harbour {trend}",
                 mit=("booms are checked at every tide and spare lengths are kept on the pier with a workboat",)),
            risk("Oily waste filling the storage on the quay before it can be taken away",
                 mit=("a second skip compound has been opened with the council's approval and two hauliers are "
                      "booked",)),
            risk("The risk of berth closures delaying cargo for local firms {trend}",
                 mit=("cargo ships take turns at the deep-water berth and agents are told the plan each morning",)),
            risk("Contractors tiring after long shifts on the shore",
                 mit=("shifts are limited to twelve hours with a rest day each week",)),
            risk("The risk to salmon and sea trout runs in the river {trend}",
                 mit=("Inland Fisheries Ireland is sampling the river mouth every two days",)),
        ],
        "ta": [
            it("{berths} berths are closed to shipping{berths.was}", berths="n 1 9"),
            it("Ferry sailings continue from the outer terminal"),
        ],
        "tb": [
            it("Crews have cleaned {km} km of shoreline{km.was}", km="n 1 30"),
            it("Oiled seaweed is taken to a licensed waste site"),
        ],
        "help": [
            it("We have contacted {users} fishing and leisure boat owners{users.was}", users="n 10 300"),
            it("A drop-in desk for harbour users is open at the port office"),
        ],
        "staff": [
            it("{crew} responders are on site, including contractors{crew.was}", crew="n 10 160"),
            it("The Irish Coast Guard's pollution team is advising the port"),
        ],
        "money": [
            it("Response costs to date are {cost}", cost="cum 20 900"),
            it("A claim for {claim} has gone to the vessel's insurers", claim="money 50 600"),
        ],
        "next": [
            it("Joint review with the Irish Coast Guard on {review}", review="date 1 3"),
            it("Reopen the slipways once tests are clear, expected by {reopen}", reopen="date 3 9"),
        ],
    },
    REGISTER,
    date(2026, 3, 2), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

DE_LEVELS = ("wird beobachtet", "steigt", "ist jetzt hoch", "ist jetzt sehr hoch")

CYBER = Partner(
    "de-stadtwerke-cyber",
    "Cyberangriff",
    ("Stadtwerke Lindenau", "Stadtwerke Kirchheim", "Stadtwerke Bad Rotenfels", "Stadtwerke Hohenwart"),
    {},
    {
        "hl": [
            it("Seit dem {angriff} sind Teile der IT nach einem Cyberangriff abgeschaltet", angriff="date -4 -4"),
            it("{systeme} von 40 Fachverfahren laufen wieder{systeme.was}", systeme="n 5 38"),
        ],
        "sit": [
            it("Die Strom- und Wasserversorgung war zu keiner Zeit gefährdet"),
            it("Das Kundenportal ist weiter nicht erreichbar"),
        ],
        "imp": [
            it("{rechnungen} Abschlagsrechnungen konnten nicht verschickt werden{rechnungen.was}",
               rechnungen="n 100 9000"),
            it("Die Telefonzentrale ist nur über eine Ersatznummer erreichbar"),
        ],
        "ta": [
            it("Der Dienstleister hat {server} Server neu aufgesetzt{server.was}", server="n 2 60"),
            it("Die Sicherungen vom Vortag des Angriffs sind unversehrt"),
        ],
        "tb": [
            it("Im Kundenzentrum wurden {kunden} Kunden persönlich beraten{kunden.was}", kunden="n 20 900"),
            it("Überweisungen werden von Hand verbucht"),
        ],
        "help": [
            it("Mahnungen und Sperren sind bis auf Weiteres ausgesetzt"),
            it("Mit {haushalte} Haushalten wurde eine Ratenzahlung vereinbart{haushalte.was}", haushalte="n 5 200"),
        ],
        "staff": [
            it("{beschaeftigte} Beschäftigte arbeiten im Krisenstab und in der IT{beschaeftigte.was}",
               beschaeftigte="n 10 80"),
            it("Das Landeskriminalamt unterstützt bei der Forensik"),
        ],
        "money": [
            it("Die Kosten für Dienstleister belaufen sich bisher auf {kosten}", kosten="cum 20 900"),
            it("Die Cyberversicherung hat {abschlag} als Abschlag zugesagt", abschlag="money 20 400"),
        ],
        "risks": [
            risk("Das Risiko eines erneuten Angriffs {trend}", levels=DE_LEVELS,
                 mit=("alle Zugänge von außen bleiben gesperrt",)),
            risk("Das Risiko, dass Kundendaten veröffentlicht werden, {trend}", levels=DE_LEVELS,
                 mit=("die Datenschutzaufsicht ist informiert und Leak-Seiten werden beobachtet",)),
            risk("Ausfall der Abrechnung zum Monatsende", mit=("die Abrechnung wird auf einem getrennten System "
                                                               "vorbereitet",)),
        ],
        "next": [
            it("Sitzung des Krisenstabs am {stab}", stab="date 1 3"),
            it("Kundenportal wieder online bis {portal}", portal="date 3 9"),
        ],
    },
    SIZES,
    date(2026, 2, 9), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

BREAKUP = Partner(
    "ca-hamlets-breakup",
    "Breakup flood",
    ("Hamlet of Aklavik", "Hamlet of Fort McPherson", "Village of Fort Simpson", "Hamlet of Fort Good Hope"),
    {},
    {
        "hl": [
            it("River breakup began on {breakup} and the ice jammed below town", breakup="date -4 -4"),
            it("{homes} homes have water in the basement or crawlspace{homes.was}", homes="n 2 80"),
        ],
        "sit": [
            it("The ice is moving again but the river is still high"),
            it("The water at the gauge is {level} cm above normal{level.was}", level="n 20 300"),
        ],
        "imp": [
            it("{evac} residents have moved to the school gym{evac.was}", evac="n 5 250"),
            it("The road to the landfill is washed out"),
        ],
        "ta": [
            it("The airstrip is open for medevac and freight"),
            it("Public works are clearing ice from {streets} streets{streets.was}", streets="n 1 20"),
        ],
        "tb": [
            it("The water truck is delivering to {truck} homes a day{truck.was}", truck="n 10 200"),
            it("Sewage pump-outs are on hold in the flooded lower town"),
        ],
        "help": [
            it("Meals are served at the community hall three times a day"),
            it("We have handed out {kits} clean-up kits{kits.was}", kits="n 5 150"),
        ],
        "staff": [
            it("{crews} staff and volunteers are working shifts{crews.was}", crews="n 5 60"),
            it("The Canadian Rangers patrol is helping with boat checks"),
        ],
        "money": [
            it("Flood costs to date are {cost}", cost="cum 5 400"),
            it("The territory has advanced {advance} for emergency work", advance="money 10 200"),
        ],
        "risks": [
            risk("The risk of a second ice jam below the bridge {trend}",
                 mit=("the Rangers watch the river every two hours",)),
            risk("The risk of contaminated wells in the lower town {trend}",
                 mit=("residents are told to boil water until the tests are clear",)),
            risk("Mould in flooded homes", mit=("the housing office is lending dehumidifiers",)),
        ],
        "next": [
            it("Community meeting at the hall on {meeting}", meeting="date 1 3"),
            it("Damage assessments of all flooded homes by {assess}", assess="date 3 9"),
        ],
    },
    SIZES,
    date(2026, 5, 4), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

WINTER = Partner(
    "gb-highways-snow",
    "Winter service",
    ("Cumbria County Council Highways", "North Yorkshire Highways", "Derbyshire Highways", "Shropshire Highways"),
    {},
    {
        "hl": [
            it("Snow has fallen across the county since {snow}", snow="date -3 -3"),
            it("Gritters have made {runs} runs on the priority network{runs.was}", runs="n 10 300"),
        ],
        "sit": [
            it("Roads on high ground remain icy overnight"),
            it("Salt stock stands at {salt} tonnes{salt.was}", salt="n 1000 9000"),
        ],
        "imp": [
            it("{schools} schools were closed today{schools.was}", schools="n 1 90"),
            it("Bus services are withdrawn on the moorland routes"),
        ],
        "ta": [
            it("Secondary routes were treated for the first time on {secondary}", secondary="date -1 0"),
            it("Farmers with snowploughs are clearing {farmer} rural routes{farmer.was}", farmer="n 2 40"),
        ],
        "tb": [
            it("Town centre footways are being cleared by hand"),
            it("{bins} grit bins have been refilled{bins.was}", bins="n 20 600"),
        ],
        "help": [
            it("Adult social care has checked on {checked} people living alone{checked.was}", checked="n 10 400"),
            it("4x4 volunteers are taking carers to home visits"),
        ],
        "staff": [
            it("{drivers} drivers are on the rota{drivers.was}", drivers="n 20 120"),
            it("Drivers' hours are managed to keep within the legal limits"),
        ],
        "money": [
            it("Winter service spend this season is {spend}", spend="cum 100 900"),
            it("Overtime this week cost {ot}", ot="money 10 90"),
        ],
        "risks": [
            risk("The risk of salt running short if the cold lasts {trend}",
                 mit=("a mutual aid request has gone to neighbouring authorities",)),
            risk("The risk of driver fatigue after long shifts {trend}",
                 mit=("shifts are rotated and rest breaks enforced",)),
            risk("Burst water mains during the thaw", mit=("the water company's teams are on standby",)),
        ],
        "next": [
            it("Tactical meeting with partners on {meet}", meet="date 1 3"),
            it("Review the salt order with the supplier by {order}", order="date 2 7"),
        ],
    },
    SIZES,
    date(2026, 1, 19), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

TORNADO = Partner(
    "us-county-ema-tornado",
    "Tornado recovery",
    ("Dawson County Emergency Management", "Lamar County Emergency Management", "Wayne County Emergency Management",
     "Clay County Emergency Management"),
    {},
    {
        "hl": [
            it("An EF2 tornado crossed the county on {touch}", touch="date -4 -4"),
            it("{damaged} homes were damaged or destroyed{damaged.was}", damaged="n 10 400"),
        ],
        "sit": [
            it("Search and rescue is complete and the focus is now on recovery"),
            it("{shelter} people stayed at the Red Cross shelter last night{shelter.was}", shelter="n 5 150"),
        ],
        "imp": [
            it("{outage} customers are still without power{outage.was}", outage="n 50 5000"),
            it("Two school buildings have roof damage"),
        ],
        "ta": [
            it("Crews hauled {loads} truckloads of debris today{loads.was}", loads="n 10 600"),
            it("The debris site on County Road 12 is open daily from dawn to dusk"),
        ],
        "tb": [
            it("{roads} county roads remain closed{roads.was}", roads="n 1 25"),
            it("The state DOT has reopened the highway through town"),
        ],
        "help": [
            it("The Multi-Agency Resource Center has seen {families} families{families.was}", families="n 10 500"),
            it("Volunteers are tarping roofs through the weekend"),
        ],
        "staff": [
            it("{workers} county employees and volunteers are assigned to the response{workers.was}",
               workers="n 20 200"),
            it("Mutual aid crews from two neighboring counties are helping"),
        ],
        "money": [
            it("Response costs so far are {costs}", costs="cum 50 900"),
            it("We have applied for {aid} in state disaster assistance", aid="money 100 800"),
        ],
        "risks": [
            risk("The risk of severe storms over the damaged area {trend}",
                 mit=("weather alerts go out through the county's text alert system",)),
            risk("The risk of injuries during cleanup with chainsaws {trend}",
                 mit=("safety flyers go out with every cleanup kit",)),
            risk("Scam contractors targeting homeowners", mit=("the sheriff's office is checking contractor permits",)),
        ],
        "next": [
            it("Joint damage assessment with FEMA on {fema}", fema="date 1 3"),
            it("Open a second debris site by {site}", site="date 3 9"),
        ],
    },
    SIZES,
    date(2026, 4, 13), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip
