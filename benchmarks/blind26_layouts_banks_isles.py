"""Item ideas of four ``blind26_layouts`` publishers in the British Isles: a district council's update report on a
flood response to its overview and scrutiny committee, a local resilience forum's recovery co-ordinating group's
draft recovery update, a county council's adult social care updates to care providers during a loss of water
supply, and an Irish island community co-operative's storm update written in Irish (``blind5_layouts_content``
explains the slots). ``blind26_layouts_content`` prints the comparisons, the amounts and the mitigation's lead in
each publisher's words. The organisations are named after real kinds of body; the places, events and figures are
invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

GA_LEVELS = ("faoi fhaire", "ag méadú", "suntasach anois", "criticiúil anois")

COMMITTEE = Partner(
    "district-committee",
    "Flood Response",
    ("Ashdown Vale District Council", "Brockley Marsh District Council", "Eastwold District Council",
     "Tamebridge Borough Council"),
    {},
    {
        "summary": [
            it("The Council's emergency response began on {began} when the River Tame overtopped its banks",
               began="date -20 -14"),
            it("{homes} homes have been confirmed as flooded internally{homes.was}", homes="n 40 900"),
            it("The response has moved from the emergency phase into recovery in most of the district"),
        ],
        "position": [
            it("{rest} households remain in temporary accommodation arranged by the Council{rest.was}",
               rest="n 5 140"),
            it("The river at the town gauge is now {gauge} metres below the flood warning level", gauge="n 1 3"),
            it("All main roads have reopened apart from the B2107 at Marsh Lane"),
        ],
        "activity": [
            it("Street cleansing crews have removed {tonnes} tonnes of flood-damaged waste{tonnes.was}",
               tonnes="n 40 900"),
            it("Environmental health officers have visited {visits} food premises in the flooded streets",
               visits="n 10 120"),
            it("The community hub at the leisure centre has supported {hub} residents this week", hub="n 30 600"),
            it("Flood recovery grants of {grant} have been paid to households and businesses", grant="cum 40 600"),
        ],
        "workforce": [
            it("{redeployed} officers remain redeployed from their usual duties{redeployed.was}",
               redeployed="n 6 60"),
            it("Staff have worked {overtime} hours of overtime since the response began", overtime="n 200 3000"),
            it("Absence in the waste service is {absence}", absence="pct 3 12"),
        ],
        "finance": [
            it("The gross cost of the response to date is estimated at {cost}", cost="cum 80 900"),
            it("A claim under the Bellwin scheme for {bellwin} is being prepared", bellwin="money 100 800"),
            it("Costs are being recorded against a separate cost centre for audit"),
        ],
        "risks": [
            risk("The risk of further flooding if heavy rain returns {trend}",
                 mit=("sandbag stocks have been replenished and the flood plan is kept under daily review",)),
            risk("Residents in temporary accommodation may struggle to return home before winter",
                 mit=("caseworkers are agreeing a move-on plan with each household",)),
            risk("The risk that recovery costs exceed the reserve set aside {trend}",
                 mit=("the Section 151 Officer reports the position to Cabinet every month",)),
        ],
        "comms": [
            it("The flood recovery web page has been viewed {views} times{views.was}", views="n 2000 40000"),
            it("Ward members receive a briefing note every Friday"),
            it("A drop-in event for affected residents was held at the town hall on {dropin}",
               dropin="date -6 -2"),
        ],
    },
    {"summary": (2, 3), "position": (1, 3), "activity": (2, 4), "workforce": (1, 2), "finance": (1, 3),
     "risks": (1, 3), "comms": (1, 2)},
    date(2024, 11, 4), cadence_days=14, punct="stop", mitigation="colon",
)  # fmt: skip

RECOVERY = Partner(
    "lrf-rcg",
    "Recovery Update",
    ("Westmarch Local Resilience Forum", "Northfold Local Resilience Forum", "Severnside Local Resilience Forum",
     "Calderdale and Kirkby Local Resilience Forum"),
    {},
    {
        "summary": [
            it("The Recovery Co-ordinating Group took over from the Strategic Co-ordinating Group on {handover}",
               handover="date -12 -8"),
            it("{properties} properties were affected across the three districts{properties.was}",
               properties="n 200 3000"),
        ],
        "humanitarian": [
            it("{households} households are receiving casework support{households.was}", households="n 20 400"),
            it("The humanitarian assistance centre at the library will close on {hac}", hac="date 3 10"),
            it("Mental health first aid sessions are being offered through the voluntary sector"),
        ],
        "economic": [
            it("{businesses} businesses have applied to the business recovery grant{businesses.was}",
               businesses="n 10 300"),
            it("The high street footfall is {footfall} of the level before the flooding", footfall="pct 55 95"),
        ],
        "infrastructure": [
            it("{bridges} bridges remain closed pending structural inspection", bridges="n 1 6"),
            it("The water company has completed repairs to the pumping station at Low Ferry"),
            it("Highway defects reported since the flooding: {defects}{defects.was}", defects="n 40 700"),
        ],
        "environment": [
            it("The Environment Agency has cleared {debris} blockages from watercourses", debris="n 5 80"),
            it("Contaminated land sampling has found no significant pollution"),
        ],
        "health": [
            it("The UK Health Security Agency has issued advice on cleaning up after flooding"),
            it("GP practices report {gp} flood-related consultations this week", gp="n 5 90"),
        ],
        "risks": [
            risk("Loss of momentum as partners return to business as usual {trend}",
                 mit=("each sub-group has a named lead and a recovery action plan with dates",)),
            risk("Uninsured households may fall into hardship",
                 mit=("the hardship fund has been extended and debt advice is offered at every casework visit",)),
            risk("The risk of fraud against the recovery grants {trend}",
                 mit=("grant payments are checked against council tax and business rates records",)),
        ],
        "finance": [
            it("Recovery spend by partners to date is {spend}", spend="cum 100 2000"),
            it("The government flood recovery framework will fund {framework} of eligible costs",
               framework="pct 60 100"),
        ],
        "comms": [
            it("A recovery newsletter was delivered to {newsletter} homes", newsletter="n 500 8000"),
            it("Partners use the agreed recovery key messages, updated on {messages}", messages="date -3 0"),
        ],
        "next": [
            it("The next Recovery Co-ordinating Group meets on {rcg}", rcg="date 3 8"),
            it("A lessons identified workshop is planned for {lessons}", lessons="date 20 40"),
        ],
    },
    {"summary": (1, 2), "humanitarian": (1, 3), "economic": (1, 2), "infrastructure": (1, 3),
     "environment": (1, 2), "health": (1, 2), "risks": (1, 3), "finance": (1, 2), "comms": (1, 2), "next": (1, 2)},
    date(2025, 2, 10), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

PROVIDERS = Partner(
    "asc-providers",
    "Loss of Water Supply",
    ("Hampton Downs County Council", "Wealdshire County Council", "North Ridings County Council",
     "Fenland and Ouse County Council"),
    {},
    {
        "summary": [
            it("Homes in {zones} supply zones have been without mains water since {since}", zones="n 2 9",
               since="date -3 -1"),
            it("{homes} care homes and {extra} extra care schemes are affected{homes.was}", homes="n 5 60",
               extra="n 1 8"),
        ],
        "happening": [
            it("The water company expects supplies to return to most homes by {restore}", restore="date 1 3"),
            it("Bottled water stations are open at {stations} sites", stations="n 3 14"),
            it("Water pressure will be low for up to 48 hours once supplies return"),
        ],
        "impact": [
            it("{visits} home care visits were rescheduled yesterday{visits.was}", visits="n 10 300"),
            it("{bowsers} care homes are relying on bowsers for flushing water", bowsers="n 2 30"),
            it("No care home has had to close to admissions because of the outage"),
        ],
        "doing": [
            it("Bottled water has been delivered to every care home on the priority services register"),
            it("The council's brokerage team is sourcing extra home care hours for hospital discharges"),
            it("Public health has shared infection prevention advice for homes without running water"),
        ],
        "staffing": [
            it("Providers report staff absence of {absence}{absence.was}", absence="pct 4 15"),
            it("Care workers can collect bottled water at any station on showing their ID badge"),
        ],
        "payments": [
            it("Providers can claim additional costs of up to {claim} per home", claim="money 1 6"),
            it("Invoices for this week will be paid on {pay}", pay="date 2 6"),
        ],
        "risks": [
            risk("Dehydration among residents in hot weather {trend}",
                 mit=("fluid charts and the hydration toolkit are on the provider hub",)),
            risk("Infection outbreaks where handwashing is limited {trend}",
                 mit=("the infection prevention team will visit any home that reports cases",)),
            risk("Care workers unable to reach clients because of road closures",
                 mit=("the brokerage team can arrange a nearer provider for the day",)),
        ],
        "contact": [
            it("Report any supply problem to the water company on its priority line, 0800 917 4400"),
            it("The provider hub webinar will run at 14:00 on {webinar}", webinar="date 1 3"),
        ],
    },
    {"summary": (1, 2), "happening": (1, 3), "impact": (1, 3), "doing": (1, 3), "staffing": (1, 2),
     "payments": (1, 2), "risks": (1, 3), "contact": (1, 2)},
    date(2025, 7, 14), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

OILEAIN = Partner(
    "comharchumann-ga",
    "Stoirm",
    ("Comharchumann Forbartha Árann", "Comharchumann Oileán Thoraí", "Comharchumann Chléire",
     "Comharchumann Árainn Mhór"),
    {},
    {
        "achoimre": [
            it("Bhuail an stoirm an t-oileán ar {bhuail} le gaoth de níos mó ná 130 km/u", bhuail="date -3 -1"),
            it("Tá {teaghlaigh} teaghlach fós gan leictreachas{teaghlaigh.was}", teaghlaigh="n 5 180"),
        ],
        "staid": [
            it("Níl an bád farantóireachta ag seoladh go fóill mar gheall ar an bhfarraige ard"),
            it("Tá an chéibh oscailte do bháid iascaigh amháin"),
            it("Tá {bothair} bóthar dúnta mar gheall ar chrainn leagtha", bothair="n 1 6"),
        ],
        "aimsir": [
            it("Tá rabhadh buí gaoithe ó Met Éireann i bhfeidhm go dtí {rabhadh}", rabhadh="date 0 2"),
            it("Táthar ag súil le feabhas ar an aimsir ón deireadh seachtaine"),
        ],
        "tionchar": [
            it("Rinneadh damáiste do dhíonta {dionta} teach{dionta.was}", dionta="n 3 60"),
            it("Tá an scoil náisiúnta dúnta go dtí go ndeisítear an díon"),
            it("Tá soláthar bia sa siopa ag éirí gann"),
        ],
        "gniomh": [
            it("Thug oibrithe deonacha cuairt ar {cuairteanna} duine scothaosta{cuairteanna.was}",
               cuairteanna="n 10 120"),
            it("Tá gineadóir ag obair san ionad pobail agus tá sé oscailte ó 09:00 go 21:00"),
            it("Tugadh {bosca} bosca bia go dtí an t-oileán le héileacaptar an Gharda Cósta", bosca="n 20 300"),
        ],
        "foireann": [
            it("Tá {deonacha} oibrí deonach ag cuidiú leis an bhfreagairt{deonacha.was}", deonacha="n 8 60"),
            it("Tá beirt oibrithe ó ESB Networks ar an oileán ó {esb}", esb="date -2 0"),
        ],
        "costais": [
            it("Is é {costas} costas na freagartha go dtí seo", costas="cum 5 90"),
            it("Rinneadh iarratas ar chúnamh éigeandála chuig an gComhairle Contae"),
        ],
        "risks": [
            risk("Baol do dhaoine scothaosta atá ina n-aonar gan teas {trend}", levels=GA_LEVELS,
                 mit=("glaoitear orthu gach maidin agus tá leapacha ar fáil san ionad pobail",)),
            risk("Baol go rithfidh an t-ionad sláinte as cógais {trend}", levels=GA_LEVELS,
                 mit=("tá an dochtúir i dteagmháil leis an gcógaslann ar an mórthír gach lá",)),
            risk("Baol d'iascairí má théann siad amach roimh am",
                 mit=("tá an Garda Cósta agus an comharchumann ag tabhairt comhairle gach lá",)),
        ],
        "eolas": [
            it("Cuirtear nuashonruithe ar leathanach Facebook an chomharchumainn gach tráthnóna"),
            it("Chuir Raidió na Gaeltachta agallamh ar an mbainisteoir ar {agallamh}", agallamh="date -1 0"),
        ],
        "eile": [
            it("Cruinniú den choiste pobail ar {cruinniu} ag 19:00", cruinniu="date 1 2"),
            it("Measúnú ar an damáiste leis an gComhairle Contae nuair a fhilleann an bád"),
        ],
    },
    {"achoimre": (1, 2), "staid": (1, 3), "aimsir": (1, 2), "tionchar": (1, 3), "gniomh": (1, 3),
     "foireann": (1, 2), "costais": (1, 2), "risks": (1, 3), "eolas": (1, 2), "eile": (1, 2)},
    date(2025, 1, 27), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
