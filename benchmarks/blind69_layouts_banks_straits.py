"""Item ideas of four ``blind69_layouts`` publishers on straits and sea roads: the kaifong mutual-aid associations of
Macau's Inner Harbour in a typhoon's storm surge (Cantonese as it is written, "嘅 咗 喺 冇 啲"), the archipelago
municipalities of Åland in an autumn storm (Swedish as Finland writes it), the tenants' associations of Gibraltar's
government housing estates after torrential rain, and the maintenance contractors of Al Ain's city municipality in a
rain emergency (English) (``blind5_layouts_content`` explains the slots). ``blind69_layouts_content`` prints the
amounts, dates, comparisons and the mitigation's lead in each publisher's conventions. The organisations are named
after real kinds of body (the contractors' names are made up); the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

MO_LEVELS = ("繼續留意緊", "有上升趨勢", "偏高", "好高")
SV_LEVELS = ("under bevakning", "ökande", "hög", "mycket hög")
GI_LEVELS = ("being watched", "rising", "high", "very high")
AE_LEVELS = ("under monitoring", "increasing", "high", "very high")

SUIJAM = Partner(
    "mo-kaifong-association-storm-surge",
    "風暴潮水浸",
    ("沙梨頭坊眾互助會", "下環區坊眾互助會", "林茂塘區坊眾互助會", "新橋區坊眾互助會"),
    {},
    {
        "hl": [
            it("氣象局喺{gua}掛咗八號風球，內港一帶由今朝開始水浸", gua="date -1 -1"),
            it("區內受水浸影響嘅住戶：{hu}{hu.was}", hu="n 20 900"),
        ],
        "sit": [
            it("氣象局話今晚潮水會再漲，風暴潮黃色警告仍然生效"),
            it("水浸最深嗰條街嘅水深（厘米）：{cm}{cm.was}", cm="n 20 150"),
        ],
        "imp": [
            it("入咗水嘅地舖：{pou}{pou.was}", pou="n 5 300"),
            it("受傷嘅街坊：{sheung}{sheung.was}", sheung="n 1 20"),
        ],
        "ta": [
            it("仲有水浸嘅街道：{gaai}{gaai.was}", gaai="n 1 30"),
            it("火船頭街同河邊新街一帶仲有水，車同行人都過唔到"),
        ],
        "tb": [
            it("停電嘅大廈：{dai}{dai.was}", dai="n 1 40"),
            it("澳電話有幾座大廈嘅地庫電房入咗水，要等水退晒先可以恢復供電"),
        ],
        "help": [
            it("喺會址暫住嘅街坊：{zyu}{zyu.was}", zyu="n 5 120"),
            it("義工幫長者搬嘢上樓，仲派咗樽裝水、麵包同電筒"),
        ],
        "staff": [
            it("今日出動嘅義工：{ji}{ji.was}", ji="n 5 80"),
            it("市政署同民防嘅同事喺區內幫手清垃圾同淤泥"),
        ],
        "money": [
            it("到目前為止嘅開支：{hoi}", hoi="cum 3 40"),
            it("我哋已經向市政署申請{san}資助，用嚟買清潔用品同沙包", san="money 5 60"),
        ],
        "risks": [
            risk("今晚潮漲，水可能再浸入地舖：{trend}", levels=MO_LEVELS, mit=("義工幫舖頭擺好沙包同擋水板",)),
            risk("獨居長者冇電冇水，身體可能頂唔順：{trend}", levels=MO_LEVELS, mit=("義工逐層拍門探訪獨居長者",)),
            risk("街上垃圾同淤泥好多，容易滋生蚊蟲", mit=("市政署加派人手清理街道",)),
        ],
        "next": [
            it("{ging}之前完成登記受災住戶", ging="date 1 4"),
            it("下次更新會喺{gang}出", gang="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 9, 14), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

STORM = Partner(
    "ax-archipelago-municipality-storm",
    "Stormen",
    ("Föglö kommun", "Kökar kommun", "Kumlinge kommun", "Brändö kommun"),
    {},
    {
        "hl": [
            it("Stormen som drog in över skärgården den {kom} har orsakat omfattande elavbrott och inställda "
               "färjeturer", kom="date -2 -2"),
            it("Hushåll utan ström: {hush}{hush.was}", hush="n 10 400"),
        ],
        "sit": [
            it("Meteorologiska institutet varnar för fortsatt hård vind under natten"),
            it("Högsta uppmätta vindbyar (m/s): {ms}{ms.was}", ms="n 15 35"),
        ],
        "imp": [
            it("Fastigheter med skador på tak eller fönster: {fast}{fast.was}", fast="n 1 60"),
            it("Personer som evakuerats från sina hem: {evak}{evak.was}", evak="n 1 40"),
        ],
        "ta": [
            it("Ledningar som skadats av nedfallna träd: {led}{led.was}", led="n 1 30"),
            it("Ålands Elandelslag har skickat två arbetslag med färjan för att reparera ledningarna"),
        ],
        "tb": [
            it("Inställda färjeturer sedan stormen började: {tur}{tur.was}", tur="n 1 25"),
            it("Vägen till färjfästet är avstängd på grund av nedfallna träd"),
        ],
        "help": [
            it("Skolan hålls öppen som värmestuga där man kan äta och ladda telefonen"),
            it("Invånare som besökt värmestugan: {varm}{varm.was}", varm="n 5 200"),
        ],
        "staff": [
            it("Kommunens personal och frivilliga från brandkåren i arbete: {fbk}{fbk.was}", fbk="n 5 60"),
            it("Hemtjänsten besöker alla äldre som bor ensamma minst två gånger om dagen"),
        ],
        "money": [
            it("Kostnader hittills: {kost}", kost="cum 5 70"),
            it("Kommunen har ansökt om {bidrag} i stöd från landskapsregeringen för röjning och reservkraft",
               bidrag="money 10 1500"),
        ],
        "risks": [
            risk("Risk för nya elavbrott om vinden tilltar igen: {trend}", levels=SV_LEVELS,
                 mit=("reservkraftverk står i beredskap vid skolan och hälsocentralen",)),
            risk("Risk för att äldre blir utan värme och vatten: {trend}", levels=SV_LEVELS,
                 mit=("hemtjänsten delar ut filtar och dricksvatten",)),
            risk("Sjuktransporter till Mariehamn kan försenas när färjorna står still",
                 mit=("Gränsbevakningsväsendet bistår med båt vid akuta fall",)),
        ],
        "next": [
            it("Röjningen av vägarna ska vara klar senast {roj}", roj="date 1 4"),
            it("Nästa lägesrapport skickas den {nasta}", nasta="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 10, 26), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

ESTATE = Partner(
    "gi-tenants-association-floods",
    "Storm",
    ("Laguna Estate Tenants' Association", "Glacis Estate Tenants' Association",
     "Moorish Castle Estate Tenants' Association", "Varyl Begg Estate Tenants' Association"),
    {},
    {
        "hl": [
            it("The torrential rain that started on {began} flooded ground-floor flats and the estate car park",
               began="date -1 -1"),
            it("Households affected so far: {hh}{hh.was}", hh="n 5 300"),
        ],
        "sit": [
            it("The Met Office at the airport has forecast more heavy showers and a strong levanter overnight"),
            it("Rainfall recorded at the airport in the last 24 hours (mm): {mm}{mm.was}", mm="n 20 150"),
        ],
        "imp": [
            it("Flats reporting water coming in: {flats}{flats.was}", flats="n 1 80"),
            it("Residents hurt in falls on the wet stairs: {hurt}{hurt.was}", hurt="n 1 10"),
        ],
        "ta": [
            it("Blocked drains reported to the Housing Works Agency: {drains}{drains.was}", drains="n 1 30"),
            it("Water is still standing in the underground car park and residents have moved their cars up a level"),
        ],
        "tb": [
            it("Lifts out of service across the estate: {lifts}{lifts.was}", lifts="n 1 12"),
            it("The Gibraltar Electricity Authority restored power to the lower blocks this afternoon"),
        ],
        "help": [
            it("Volunteers have carried shopping and medicines up to elderly residents in blocks without a lift"),
            it("Sandbags handed out by the association: {bags}{bags.was}", bags="n 10 200"),
        ],
        "staff": [
            it("Volunteers helping on the estate today: {vols}{vols.was}", vols="n 3 40"),
            it("Two Housing Works Agency crews and a pump from the Gibraltar Fire and Rescue Service were on the "
               "estate this morning"),
        ],
        "money": [
            it("Spent by the association so far, mostly on cleaning materials and refreshments: {spent}",
               spent="cum 1 15"),
            it("The committee will ask the Ministry for Housing for {grant} towards cleaning the communal areas",
               grant="money 5 60"),
        ],
        "risks": [
            risk("Risk of more flats flooding if the drains are not cleared before the next rain: {trend}",
                 levels=GI_LEVELS, mit=("the Housing Works Agency is jetting the drains block by block",)),
            risk("Risk to elderly and disabled residents stuck on the upper floors: {trend}", levels=GI_LEVELS,
                 mit=("volunteers are checking on them twice a day",)),
            risk("Damp and mould in the flats that took in water", mit=("dehumidifiers have been lent to residents",)),
        ],
        "next": [
            it("Walk round the estate with the Housing Works Agency's surveyors on {walk}", walk="date 1 4"),
            it("Our next update will go out on {next_up}", next_up="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 10, 19), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

RAIN = Partner(
    "ae-municipal-maintenance-contractor-rain",
    "Rain emergency",
    ("Al Wadi Facilities Management LLC", "Jebel Hafeet General Maintenance LLC",
     "Green Oasis Landscaping and Maintenance LLC", "Al Foah Contracting and Maintenance LLC"),
    {},
    {
        "hl": [
            it("Heavy rain since {since} has caused water accumulation on main roads and in residential areas of "
               "the sector", since="date -1 -1"),
            it("Complaints received through the 800555 call centre: {comp}{comp.was}", comp="n 10 400"),
        ],
        "sit": [
            it("NCM has issued a red alert for heavy rain and thunderstorms until tomorrow evening"),
            it("Rainfall recorded at the site office rain gauge (mm): {mm}{mm.was}", mm="n 10 150"),
        ],
        "imp": [
            it("Houses reporting water ingress: {houses}{houses.was}", houses="n 1 150"),
            it("Trees fallen on roads and parking areas: {trees}{trees.was}", trees="n 1 60"),
        ],
        "ta": [
            it("Water accumulation points under pumping: {points}{points.was}", points="n 1 40"),
            it("Water at the main roundabout has reduced but one lane remains closed to traffic"),
        ],
        "tb": [
            it("Underpasses closed in coordination with Al Ain Police: {underpasses}{underpasses.was}",
               underpasses="n 1 6"),
            it("Storm water gullies cleaned since the start of the event: {gullies}{gullies.was}", gullies="n 20 600"),
        ],
        "help": [
            it("Sandbags supplied to residents on request: {sand}{sand.was}", sand="n 50 2000"),
            it("Tankers are removing water from villas in low-lying areas as per municipality instructions"),
        ],
        "staff": [
            it("Manpower deployed (labour, supervisors and drivers): {man}{man.was}", man="n 20 300"),
            it("Equipment deployed includes suction tankers, dewatering pumps and JCBs"),
        ],
        "money": [
            it("Additional cost of the emergency works to date: {cost}", cost="cum 10 150"),
            it("Variation order for {vo} submitted to the municipality for the hired tankers", vo="money 20 1400"),
        ],
        "risks": [
            risk("Further rain may flood the underpasses again: {trend}", levels=AE_LEVELS,
                 mit=("pumps kept on standby at each underpass with operators on 24-hour shift",)),
            risk("Standing water may damage the road surface and create potholes: {trend}", levels=AE_LEVELS,
                 mit=("damaged areas barricaded and marked with cones until repair",)),
            risk("Mosquito breeding in stagnant water", mit=("pest control team informed for larvicide spraying",)),
        ],
        "next": [
            it("Complete removal of water from all accumulation points by {clear}", clear="date 1 3"),
            it("Next report will be submitted on {nextr}", nextr="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 4, 14), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
