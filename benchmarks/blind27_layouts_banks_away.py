"""Item ideas of four ``blind27_layouts`` publishers further away: a New Zealand civil defence emergency management
group's situation report on a heavy rain event, a Canadian (Ontario) conservation authority's flood messages, a South
African metropolitan municipality's disaster management centre's situation report on flooding, and a Maharashtra
district surveillance unit's weekly dengue report written in Marathi (``blind5_layouts_content`` explains the slots).
``blind27_layouts_content`` prints the amounts, dates, comparisons and the mitigation's lead in each publisher's
words. The organisations are named after real kinds of body; the places, events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

MR_LEVELS = ("निगराणीखाली आहे", "वाढत आहे", "आता गंभीर आहे", "आता अतिगंभीर आहे")

CDEM = Partner(
    "nz-cdem-group",
    "Heavy Rain Event",
    ("Hawke's Bay CDEM Group", "Tasman Bays CDEM Group", "Northland Coast CDEM Group", "Manawatū Plains CDEM Group"),
    {},
    {
        "overview": [
            it("A state of local emergency was declared for the district on {declared}", declared="date -4 -2"),
            it("{evacuated} people were evacuated from low-lying streets{evacuated.was}", evacuated="n 20 900"),
        ],
        "weather": [
            it("MetService has an orange heavy rain warning in place until {warning}", warning="date 0 2"),
            it("River levels are falling but remain above the alarm level at {gauges} sites", gauges="n 1 6"),
        ],
        "welfare": [
            it("{cdc} people stayed at civil defence centres last night{cdc.was}", cdc="n 5 300"),
            it("Welfare needs assessments have been completed for {needs} households", needs="n 10 400"),
            it("Marae in the valley are providing kai and beds to whānau"),
        ],
        "lifelines": [
            it("{roads} local roads are closed by slips or flooding{roads.was}", roads="n 2 40"),
            it("The wastewater treatment plant is bypassing to the river and a health warning is in place"),
            it("Power has been restored to all but {outage} customers", outage="n 10 2000"),
        ],
        "people": [
            it("{staff} council staff are working in the emergency coordination centre", staff="n 15 80"),
            it("Fire and Emergency and NZ Response Team volunteers are helping with door-knocking"),
        ],
        "finance": [
            it("Response costs to date are estimated at {cost}", cost="cum 60 1200"),
            it("The mayoral relief fund has received {fund} in donations", fund="money 5 90"),
        ],
        "risks": [
            risk("Further slips on saturated hillsides {trend}",
                 mit=("geotechnical engineers are assessing high-risk streets and residents have been told to leave",)),
            risk("Contact with floodwater contaminated by wastewater",
                 mit=("public health warnings and signs at all river access points",)),
            risk("Responder fatigue in the coordination centre {trend}",
                 mit=("staff from neighbouring councils are rostered in from Monday",)),
        ],
        "pim": [
            it("Updates are posted on the CDEM Facebook page and local radio three times a day"),
            it("The 0800 welfare line has taken {calls} calls{calls.was}", calls="n 20 900"),
        ],
    },
    {"overview": (1, 2), "weather": (1, 2), "welfare": (1, 3), "lifelines": (1, 3), "people": (1, 2),
     "finance": (1, 2), "risks": (1, 3), "pim": (1, 2)},
    date(2025, 5, 5), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

CONSERVATION = Partner(
    "on-conservation",
    "Flood Message",
    ("Grand Valley Conservation Authority", "Maitland Lakes Conservation Authority",
     "Credit Ridge Conservation Authority", "Rideau Hills Conservation Authority"),
    {},
    {
        "summary": [
            it("The Flood Warning for the main river remains in effect since {issued}", issued="date -2 -1"),
            it("Flows at the Bridgeport gauge are {flow} cubic metres per second{flow.was}", flow="n 80 600"),
        ],
        "conditions": [
            it("Snowpack across the upper watershed holds {swe} mm of water", swe="n 20 140"),
            it("Ice has cleared from the river below the Conestogo dam"),
            it("Reservoirs are at {reservoir} of their flood storage{reservoir.was}", reservoir="pct 20 90"),
        ],
        "forecast": [
            it("Environment Canada forecasts {rain} mm of rain through {until}", rain="n 10 60", until="date 1 3"),
            it("Temperatures will stay above freezing overnight"),
        ],
        "impacts": [
            it("{roads} municipal roads are closed by flooding{roads.was}", roads="n 1 20"),
            it("Low-lying areas of the trailer park on River Road are flooded"),
        ],
        "actions": [
            it("Dam operators are releasing water to keep storage for the rain"),
            it("Staff are monitoring river levels around the clock"),
            it("{calls} calls from municipal flood coordinators were handled{calls.was}", calls="n 2 40"),
        ],
        "risks": [
            risk("Ice jams forming at bridges as flows rise {trend}",
                 mit=("staff check the known jam sites twice a day and municipalities have heavy equipment ready",)),
            risk("People near fast-moving water and slippery banks",
                 mit=("messages asking families to keep children away from rivers and ponds",)),
            risk("Reservoir storage running out if rain is heavier than forecast {trend}",
                 mit=("releases are being increased now to make room",)),
        ],
        "costs": [
            it("Flood operations costs this event are {cost}", cost="cum 20 400"),
        ],
        "next": [
            it("This message will be updated by {update} or sooner if conditions change", update="date 1 2"),
        ],
    },
    {"summary": (1, 2), "conditions": (1, 3), "forecast": (1, 2), "impacts": (1, 2), "actions": (1, 3),
     "risks": (1, 3), "costs": (1, 1), "next": (1, 1)},
    date(2026, 3, 9), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

METRO = Partner(
    "za-metro-dmc",
    "Severe Weather",
    ("Umgeni Metropolitan Municipality", "Tshwane North Metropolitan Municipality",
     "Nelson Bay Metropolitan Municipality", "Buffalo River Metropolitan Municipality"),
    {},
    {
        "summary": [
            it("Heavy rain since {rain} has caused flooding in informal settlements across the metro",
               rain="date -3 -1"),
            it("{affected} people have been affected{affected.was}", affected="n 200 9000"),
        ],
        "situation": [
            it("{settlements} informal settlements are flooded{settlements.was}", settlements="n 2 30"),
            it("The SA Weather Service has issued a level 6 warning for disruptive rain"),
            it("Two bridges on the M19 are closed after scouring"),
        ],
        "relief": [
            it("{meals} meals were served at community halls by SASSA and NGOs", meals="n 300 9000"),
            it("{blankets} blankets and mattresses have been handed out{blankets.was}", blankets="n 100 3000"),
            it("Gift of the Givers is supporting the mass care centres"),
        ],
        "services": [
            it("Water supply has been restored to {wards} wards", wards="n 2 30"),
            it("Electricity has been switched off in flooded areas for safety"),
            it("Waste collection is suspended in the worst affected areas"),
        ],
        "resources": [
            it("{responders} responders from the DMC, fire and metro police are deployed", responders="n 40 500"),
            it("The SANDF has provided an Oryx helicopter for rescues"),
        ],
        "finance": [
            it("The cost of relief to date is estimated at {cost}", cost="cum 200 5000"),
            it("An application for {grant} from the disaster grant has been made", grant="money 500 5000"),
        ],
        "risks": [
            risk("Waterborne disease in the mass care centres {trend}",
                 mit=("environmental health practitioners inspect every centre each day",)),
            risk("Residents returning to shacks on the river banks {trend}",
                 mit=("ward councillors and community leaders are telling residents to stay in the centres",)),
            risk("Electrocution from damaged illegal connections",
                 mit=("Eskom and metro electricity teams are removing illegal connections",)),
        ],
        "comms": [
            it("Ward councillors receive an update every morning at 08:00"),
            it("The DMC call centre has taken {calls} calls{calls.was}", calls="n 100 4000"),
        ],
    },
    {"summary": (1, 2), "situation": (1, 3), "relief": (1, 3), "services": (1, 3), "resources": (1, 2),
     "finance": (1, 2), "risks": (1, 3), "comms": (1, 2)},
    date(2025, 6, 9), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

DENGUE = Partner(
    "mh-idsp-dengue",
    "Dengue",  # the series' names in Latin letters (its paths); the writer prints the unit's name in Marathi
    ("District Surveillance Unit Satara", "District Surveillance Unit Kolhapur", "District Surveillance Unit Sangli",
     "District Surveillance Unit Ratnagiri"),
    {},
    {
        "saransh": [
            it("या आठवड्यात डेंग्यूचे {cases} संशयित रुग्ण नोंदवले गेले{cases.was}", cases="n 10 400"),
            it("जिल्ह्यात {since} पासून डेंग्यूची साथ जाहीर करण्यात आली आहे", since="date -30 -14"),
        ],
        "sthiti": [
            it("{positive} नमुने NS1 चाचणीत पॉझिटिव्ह आले{positive.was}", positive="n 5 150"),
            it("{villages} गावांमध्ये रुग्ण आढळले आहेत", villages="n 3 60"),
            it("या आठवड्यात डेंग्यूमुळे कोणताही मृत्यू झालेला नाही"),
        ],
        "sarvekshan": [
            it("आरोग्य कर्मचाऱ्यांनी {houses} घरांचे सर्वेक्षण केले{houses.was}", houses="n 1000 40000"),
            it("कंटेनर निर्देशांक {ci} इतका आढळला", ci="pct 3 25"),
            it("सर्व प्राथमिक आरोग्य केंद्रांमध्ये ताप रुग्णांची नोंद दररोज घेतली जात आहे"),
        ],
        "niyantran": [
            it("{fogging} गावांमध्ये धूरफवारणी करण्यात आली", fogging="n 5 120"),
            it("डास अळी नाशक औषध {tanks} पाण्याच्या टाक्यांमध्ये टाकले गेले", tanks="n 200 9000"),
            it("ग्रामपंचायतींनी कोरडा दिवस पाळण्याचे आवाहन केले आहे"),
        ],
        "manushybal": [
            it("{asha} आशा स्वयंसेविका घरभेटी करत आहेत", asha="n 50 900"),
            it("जिल्हा रुग्णालयात {beds} खाटा डेंग्यू रुग्णांसाठी राखीव आहेत", beds="n 10 80"),
        ],
        "kharch": [
            it("औषधे आणि फवारणीचा आतापर्यंतचा खर्च {cost} आहे", cost="cum 20 600"),
        ],
        "risks": [
            risk("पावसाळ्यामुळे डासांची पैदास वाढण्याचा धोका {trend}", levels=MR_LEVELS,
                 mit=("दर आठवड्याला घरोघरी अळी सर्वेक्षण आणि साचलेले पाणी काढणे",)),
            risk("प्लेटलेट्सची कमतरता भासण्याचा धोका {trend}", levels=MR_LEVELS,
                 mit=("रक्तपेढ्यांना रक्तदान शिबिरे घेण्याच्या सूचना दिल्या आहेत",)),
            risk("खाजगी रुग्णालयांकडून रुग्णांची माहिती उशिरा मिळण्याचा धोका",
                 mit=("खाजगी रुग्णालयांना दररोज अहवाल पाठवण्याचे पत्र दिले आहे",)),
        ],
        "jagruti": [
            it("शाळांमध्ये {schools} जनजागृती सत्रे घेण्यात आली", schools="n 5 120"),
            it("स्थानिक वृत्तपत्रे आणि आकाशवाणीवर डेंग्यूबाबत संदेश दिले जात आहेत"),
        ],
    },
    {"saransh": (1, 2), "sthiti": (1, 3), "sarvekshan": (1, 3), "niyantran": (1, 3), "manushybal": (1, 2),
     "kharch": (1, 1), "risks": (1, 3), "jagruti": (1, 2)},
    date(2025, 8, 4), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip
