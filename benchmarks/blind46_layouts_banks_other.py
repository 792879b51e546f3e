"""Item ideas of four ``blind46_layouts`` publishers: English district councils in a strike of their refuse crews,
DLRG local groups (the German life saving society's water rescue units) in a river flood, English county councils
after their largest home care provider failed, and American county animal services sheltering pets in a hurricane
(``blind5_layouts_content`` explains the slots). The councils keep a risks table, so their risk section holds more
risks. ``blind46_layouts_content`` prints the amounts, dates, comparisons and the mitigation's lead in each
publisher's words. The organisations are named after real kinds of body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner
from blind46_layouts_banks_new import SIZES

from sitroom.generate.banks import it, risk

TABLE = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (2, 4), "next": (1, 2)}  # fmt: skip

STRIKE = Partner(
    "gb-districts-bin-strike",
    "Waste services industrial action",
    ("North Kesteven District Council", "Wyre Forest District Council", "Babergh District Council",
     "South Ribble Borough Council"),
    {},
    {
        "hl": [
            it("Strike action by our refuse and recycling crews began on {strike} and is continuing",
               strike="date -6 -6"),
            it("{rounds} collection rounds have been missed since the strike began{rounds.was}", rounds="n 20 400"),
        ],
        "sit": [
            it("Picket lines remain at the depot and talks with the unions are paused"),
            it("Around {share} of scheduled collections went ahead in the last two days{share.was}",
               share="pct 20 70"),
        ],
        "imp": [
            it("We have received {complaints} complaints about uncollected bins{complaints.was}",
               complaints="n 50 3000"),
            it("Overflowing bins are attracting rats and gulls in some streets"),
        ],
        "ta": [
            it("{sites} temporary drop-off points are open for household waste{sites.was}", sites="n 2 8"),
            it("Garden waste collections are suspended until further notice"),
        ],
        "tb": [
            it("{flytips} reports of fly-tipping have been logged this week{flytips.was}", flytips="n 10 400"),
            it("Litter bins in the town centres are emptied by agency crews"),
        ],
        "help": [
            it("Assisted collections continue for {assisted} households{assisted.was}", assisted="n 50 900"),
            it("Clinical waste collections have carried on throughout the strike"),
        ],
        "staff": [
            it("{agency} agency drivers and loaders are covering rounds{agency.was}", agency="n 5 60"),
            it("Managers with HGV licences are driving where needed"),
        ],
        "money": [
            it("Additional costs of the dispute to date are {cost}", cost="cum 20 600"),
            it("Agency staff are costing {weekly} a week{weekly.was}", weekly="money 10 90"),
        ],
        "risks": [
            risk("The risk of a public health problem from rotting waste {trend}",
                 mit=("flats with shared bins and food waste are collected first",)),
            risk("The risk of fires in overflowing bins and piles of waste {trend}",
                 mit=("the fire service knows the worst streets and its crews check them on patrol",)),
            risk("The risk of the dispute spreading to other council services {trend}",
                 mit=("the chief executive meets union officials twice a week",)),
            risk("Damage to hired vehicles on routes the agency drivers do not know",
                 mit=("each new route is driven with a supervisor before the first collection",)),
            risk("The risk of the household waste recycling centre running out of space {trend}",
                 mit=("extra skips and a second haulier are on standby",)),
        ],
        "next": [
            it("Next meeting with the unions at the conciliation service on {talks}", talks="date 1 4"),
            it("Plan the catch-up collections by {catchup}", catchup="date 3 9"),
        ],
    },
    TABLE,
    date(2026, 3, 2), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

DE_LEVELS = ("wird beobachtet", "steigt", "ist jetzt hoch", "ist jetzt sehr hoch")

HOCHWASSER = Partner(
    "de-dlrg-hochwasser",
    "Hochwasser",
    ("DLRG Ortsgruppe Deggendorf", "DLRG Ortsgruppe Straubing", "DLRG Ortsgruppe Kelheim",
     "DLRG Ortsgruppe Neuburg an der Donau"),
    {},
    {
        "hl": [
            it("Seit dem {hochwasser} sind unsere Einsatzkräfte rund um die Uhr im Einsatz", hochwasser="date -4 -4"),
            it("Wir haben bisher {gerettet} Personen aus überfluteten Häusern geholt{gerettet.was}",
               gerettet="n 5 300"),
        ],
        "sit": [
            it("Der Pegel der Donau fällt langsam"),
            it("{strassen} Straßen in der Altstadt stehen weiter unter Wasser{strassen.was}", strassen="n 2 40"),
        ],
        "imp": [
            it("In {keller} Kellern steht das Wasser{keller.was}", keller="n 20 900"),
            it("Die Kläranlage arbeitet nur eingeschränkt"),
        ],
        "ta": [
            it("{boote} Boote sind im Einsatz{boote.was}", boote="n 2 20"),
            it("Die Strömungsretter stehen an der Brücke in Bereitschaft"),
        ],
        "tb": [
            it("{evakuiert} Menschen wurden evakuiert{evakuiert.was}", evakuiert="n 10 900"),
            it("Das Seniorenheim am Fluss ist vollständig geräumt"),
        ],
        "help": [
            it("In der Turnhalle übernachten {notunterkunft} Personen{notunterkunft.was}", notunterkunft="n 5 200"),
            it("Die Betreuung übernehmen wir gemeinsam mit dem BRK"),
        ],
        "staff": [
            it("{helfer} Helferinnen und Helfer sind im Einsatz{helfer.was}", helfer="n 10 160"),
            it("Kräfte aus dem Landesverband Württemberg lösen uns ab"),
        ],
        "money": [
            it("Die Einsatzkosten liegen bisher bei {kosten}", kosten="cum 5 300"),
            it("Der Landkreis hat {zuschuss} für Material zugesagt", zuschuss="money 5 80"),
        ],
        "risks": [
            risk("Die Gefahr durch Treibgut in der Strömung {trend}", levels=DE_LEVELS,
                 mit=("Boote fahren nur noch mit zwei Strömungsrettern",)),
            risk("Die Gefahr eines Dammbruchs am Polder {trend}", levels=DE_LEVELS,
                 mit=("der Damm wird stündlich kontrolliert",)),
            risk("Erschöpfung der Einsatzkräfte nach langen Schichten", mit=("Schichten sind auf zwölf Stunden "
                                                                             "begrenzt",)),
        ],
        "next": [
            it("Lagebesprechung mit der Einsatzleitung am {lage}", lage="date 1 3"),
            it("Rückbau der Sandsackwälle bis {rueckbau}", rueckbau="date 3 9"),
        ],
    },
    SIZES,
    date(2026, 6, 1), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

CARE = Partner(
    "gb-counties-care-provider",
    "Home care provider failure",
    ("Hertfordshire County Council", "Shropshire Council", "Norfolk County Council", "Devon County Council"),
    {},
    {
        "hl": [
            it("Our largest home care provider went into administration on {failed}", failed="date -5 -5"),
            it("We have contacted {clients} people who received care from the provider{clients.was}",
               clients="n 50 900"),
        ],
        "sit": [
            it("The administrators are running the business until the end of the week"),
            it("{unmet} care packages still have no new provider{unmet.was}", unmet="n 2 120"),
        ],
        "imp": [
            it("{missed} visits were missed or late yesterday{missed.was}", missed="n 2 150"),
            it("No serious harm to anyone has been reported"),
        ],
        "ta": [
            it("{moved} packages have moved to other providers{moved.was}", moved="n 10 600"),
            it("Two providers have agreed to take on staff and clients in the north of the county"),
        ],
        "tb": [
            it("{delayed} patients are waiting in hospital for care at home{delayed.was}", delayed="n 2 60"),
            it("Short-stay beds are used for people leaving hospital with no package"),
        ],
        "help": [
            it("{calls} welfare calls were made to families today{calls.was}", calls="n 20 500"),
            it("A helpline for unpaid carers is open from 8am to 8pm"),
        ],
        "staff": [
            it("{workers} care workers are transferring to new providers{workers.was}", workers="n 10 400"),
            it("Social workers have been moved from planned reviews to the response"),
        ],
        "money": [
            it("Extra costs of the response to date are {cost}", cost="cum 20 700"),
            it("An advance of {advance} has been paid to keep care running", advance="money 50 400"),
        ],
        "risks": [
            risk("The risk that people go without care visits {trend}",
                 mit=("everyone without a new provider gets a daily welfare call",)),
            risk("The risk that care workers leave the sector before they transfer {trend}",
                 mit=("wages are guaranteed until the end of the month",)),
            risk("The risk of delayed discharges filling hospital beds {trend}",
                 mit=("extra short-stay beds have been commissioned",)),
            risk("Medication records not handed over by the administrators",
                 mit=("pharmacists are checking the records of every client",)),
        ],
        "next": [
            it("Review with the NHS discharge team on {review}", review="date 1 2"),
            it("All packages to be with a new provider by {by}", by="date 3 9"),
        ],
    },
    TABLE,
    date(2026, 3, 9), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

PETS = Partner(
    "us-counties-pet-sheltering",
    "Hurricane pet sheltering",
    ("Horry County Animal Care Center", "Brevard County Animal Services", "Lee County Domestic Animal Services",
     "Chatham County Animal Services"),
    {},
    {
        "hl": [
            it("Pet-friendly shelters opened on {opened} ahead of the hurricane", opened="date -5 -5"),
            it("{animals} animals are in our care{animals.was}", animals="n 50 900"),
        ],
        "sit": [
            it("Floodwater is going down in most neighborhoods"),
            it("{lost} lost pet reports are open{lost.was}", lost="n 10 600"),
        ],
        "imp": [
            it("The main shelter lost power and is running on a generator"),
            it("{kennels} kennels were damaged at the adoption center{kennels.was}", kennels="n 2 60"),
        ],
        "ta": [
            it("{shelters} pet-friendly shelters remain open{shelters.was}", shelters="n 1 6"),
            it("Owners must bring proof of vaccination or get it at check-in"),
        ],
        "tb": [
            it("Field teams rescued {rescued} animals from flooded homes{rescued.was}", rescued="n 5 300"),
            it("Livestock calls are passed to the county extension office"),
        ],
        "help": [
            it("{food} pounds of pet food were given out{food.was}", food="n 200 9000"),
            it("Free microchipping is offered at the reunification center"),
        ],
        "staff": [
            it("{volunteers} volunteers worked shifts this week{volunteers.was}", volunteers="n 10 300"),
            it("Animal control officers from two neighboring counties are helping"),
        ],
        "money": [
            it("Response costs to date are {cost}", cost="cum 20 600"),
            it("We have applied for {grant} in emergency grants", grant="money 20 300"),
        ],
        "risks": [
            risk("The risk of disease spreading among sheltered animals {trend}",
                 mit=("new arrivals are kept in a separate intake area and vaccinated on arrival",)),
            risk("The risk of running out of kennel space {trend}",
                 mit=("foster families take dogs for two weeks and partner shelters take transfers",)),
            risk("Bites and scratches to volunteers handling stressed animals",
                 mit=("only trained staff handle aggressive animals",)),
        ],
        "next": [
            it("Reunification event at the fairgrounds on {event}", event="date 1 4"),
            it("Close the last pet-friendly shelter by {close}", close="date 3 9"),
        ],
    },
    SIZES,
    date(2026, 9, 14), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip
