"""Item ideas of two ``blind19_layouts`` publishers: a Tanzanian regional disaster management unit's situation
report on floods in Swahili and an Australian regional hospital's heatwave log kept in Logseq
(``blind5_layouts_content`` explains the slots). ``blind19_layouts_content`` prints the figures in each publisher's
conventions. The organisations are named after real kinds of body; the places, events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SW_LEVELS = ("inafuatiliwa", "inaongezeka", "sasa ni kubwa", "sasa ni ya hatari kubwa")

MAFURIKO = Partner(
    "mafuriko-sw",
    "Mafuriko",
    ("Ofisi ya Mkuu wa Mkoa wa Morogoro", "Ofisi ya Mkuu wa Mkoa wa Lindi", "Ofisi ya Mkuu wa Mkoa wa Pwani",
     "Ofisi ya Mkuu wa Mkoa wa Rukwa"),
    {},
    {
        "muhtasari": [
            it("Mvua kubwa zinazoendelea zimesababisha mafuriko katika wilaya tatu za mkoa"),
            it("Idadi ya kaya zilizoathirika: {kaya}{kaya.was}", kaya="n 200 8000"),
            it("Idadi ya vifo vilivyothibitishwa: {vifo}", vifo="n 0 12"),
        ],
        "hali": [
            it("Kina cha maji katika Mto Kilombero kimeanza kupungua lakini bado kiko juu ya kiwango cha hatari"),
            it("Barabara zisizopitika: {barabara}{barabara.was}", barabara="n 2 25"),
            it("Mamlaka ya Hali ya Hewa imetabiri mvua za wastani hadi tarehe {tma}", tma="date 2 6"),
        ],
        "athari": [
            it("Nyumba zilizobomoka au kuzingirwa na maji: {nyumba}", nyumba="n 100 5000"),
            it("Ekari za mazao zilizoharibiwa: {ekari}", ekari="n 200 9000"),
            it("Shule zilizofungwa kwa muda: {shule}", shule="n 2 40"),
        ],
        "hatua": [
            it("Kikosi cha Zimamoto na Uokoaji pamoja na JWTZ kimeokoa watu {okoa}{okoa.was}", okoa="n 20 900"),
            it("Kamati ya Maafa ya Mkoa inakutana kila siku saa 2 asubuhi"),
            it("Timu za afya zimepeleka dawa za kutibu maji katika vijiji {vijiji}", vijiji="n 3 40"),
        ],
        "misaada": [
            it("Kambi za muda zilizofunguliwa: {kambi}; zinahifadhi watu {watu}", kambi="n 2 20", watu="n 100 6000"),
            it("Tani {chakula} za chakula zimegawiwa kutoka Hifadhi ya Taifa ya Chakula", chakula="n 5 200"),
            it("Chama cha Msalaba Mwekundu kimegawa mahema, vyandarua na vifaa vya usafi"),
        ],
        "fedha": [
            it("Gharama za uokoaji na misaada hadi sasa: {gharama}{gharama.was}", gharama="money 50 800"),
            it("Mkoa umeomba nyongeza kutoka Mfuko wa Taifa wa Maafa"),
        ],
        "risks": [
            risk("Mlipuko wa kipindupindu katika kambi za muda {trend}", levels=SW_LEVELS,
                 mit=("maji safi, vidonge vya kutibu maji na vyoo vya muda vimewekwa katika kila kambi",)),
            risk("Mvua zaidi katika maeneo ya milimani",
                 mit=("wananchi wa mabondeni wanahamishwa na tahadhari inatolewa kupitia redio za jamii",)),
            risk("Upungufu wa chakula katika kaya zilizopoteza mazao {trend}", levels=SW_LEVELS,
                 mit=("tathmini ya mahitaji ya chakula inafanyika pamoja na halmashauri",)),
        ],
        "mawasiliano": [
            it("Taarifa kwa umma hutolewa kupitia redio za jamii na kurasa za mitandao ya kijamii za mkoa"),
            it("Mkuu wa Mkoa alizungumza na waandishi wa habari tarehe {habari}", habari="date -2 0"),
        ],
        "zijazo": [
            it("Kukamilisha tathmini ya uharibifu wa miundombinu ifikapo tarehe {tathmini}", tathmini="date 3 9"),
            it("Kuandaa mpango wa kurejesha makazi kwa kaya zilizopoteza nyumba"),
        ],
    },
    {"muhtasari": (2, 3), "hali": (1, 3), "athari": (1, 3), "hatua": (2, 3), "misaada": (1, 3), "fedha": (1, 2),
     "risks": (1, 3), "mawasiliano": (1, 2), "zijazo": (1, 2)},
    date(2025, 4, 14), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

HEATWAVE = Partner(
    "heatwave-au",
    "Heatwave",
    ("Riverina Base Hospital", "Goldfields Regional Hospital", "Sunraysia Health Campus",
     "Barossa Valley District Hospital"),
    {},
    {
        "summary": [
            it("Day {day} of the heatwave; the Bureau forecasts a top of 44 degrees today", day="n 2 6"),
            it("ED presentations for heat-related illness: {heat}{heat.was}", heat="n 5 80"),
            it("The hospital remains at Code Yellow for heat"),
        ],
        "ed": [
            it("{ed} people presented to ED in the last 24 hours{ed.was}", ed="n 80 260"),
            it("Bed occupancy is {occ}{occ.was}", occ="pct 88 112"),
            it("{ramped} ambulances were ramped for more than an hour overnight", ramped="n 0 14"),
        ],
        "impacts": [
            it("Two elective theatre lists were cancelled because theatre 3 could not be kept cool"),
            it("{dialysis} dialysis patients were moved to the morning session", dialysis="n 4 30"),
            it("Air-conditioning failed on ward 4B for three hours and patients were moved to the day unit"),
        ],
        "actions": [
            it("Extra cool rooms have been opened in the outpatients wing"),
            it("{fans} portable coolers hired for the wards", fans="n 10 60"),
            it("Rural outreach nurses are phoning {calls} vulnerable patients on the community list",
               calls="n 40 400"),
        ],
        "staffing": [
            it("{agency} agency nurses on shift today{agency.was}", agency="n 2 30"),
            it("Staff sick leave is {sick}", sick="pct 4 12"),
        ],
        "risks": [
            risk("A power outage during peak demand {trend}",
                 mit=("generators tested this morning and diesel topped up",)),
            risk("Heat stress among staff in non-cooled areas",
                 mit=("hydration stations on every floor and shorter rotations in the kitchen and laundry",)),
            risk("Medicines stored above 25 degrees in the pharmacy store",
                 mit=("temperature loggers checked every two hours and stock moved to the cold room",)),
        ],
        "comms": [
            it("Heat health messages shared with the local radio and on the hospital's Facebook page"),
            it("The extra cost of the response so far is {cost}", cost="money 20 300"),
        ],
        "next": [
            it("Stand down Code Yellow when the forecast drops below 38 degrees"),
            it("Debrief with the LHD emergency manager on {debrief}", debrief="date 2 6"),
        ],
    },
    {"summary": (2, 3), "ed": (1, 3), "impacts": (1, 3), "actions": (2, 3), "staffing": (1, 2), "risks": (1, 3),
     "comms": (1, 2), "next": (1, 2)},
    date(2025, 1, 20), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
