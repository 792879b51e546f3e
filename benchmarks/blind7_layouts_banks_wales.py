"""Item ideas of two Welsh publishers of the ``blind7_layouts`` set: a county council reporting on a storm in
English and in Welsh (two banks of one shape, run in step by ``blind7_layouts_content.bilingual``, so that
each Welsh item is the English one's translation), and a health board's weekly whole-system pressures
paper written as an SBAR (Situation, Background, Assessment, Recommendation). The organisations, places
and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

COUNCILS = ("Cyngor Sir Dyffryn Teifi / Teifi Valley County Council",
            "Cyngor Bro Morlais / Morlais County Borough Council",
            "Cyngor Sir Eryri Isaf / Lower Eryri County Council",
            "Cyngor Sir Penrhyn / Penrhyn County Council")  # fmt: skip
SIZES = {"situation": (2, 3), "impacts": (2, 3), "response": (2, 4), "risks": (2, 3), "workforce": (1, 2),
         "communications": (1, 2), "next": (1, 3)}  # fmt: skip
CY_LEVELS = ("yn cael ei monitro", "yn cynyddu", "yn sylweddol bellach", "yn dyngedfennol bellach")

STORM_EN = Partner(
    "welsh-council", "Storm Response", COUNCILS, {},
    {
        "situation": [
            it("Wind gusts of up to {gust} mph were recorded on the coast overnight", gust="n 50 90"),
            it("A Met Office amber warning for wind remains in force until {warn}", warn="date 1 2"),
            it("{roads} roads are closed by fallen trees or flooding{roads.was}", roads="n 3 40"),
            it("The A487 coast road is open again with a temporary speed limit"),
        ],
        "impacts": [
            it("{homes} homes are without power{homes.was}", homes="n 200 6000"),
            it("{schools} schools are closed today{schools.was}", schools="n 2 30"),
            it("Waste collections in the north of the county are suspended until {bins}", bins="date 1 3"),
            it("The leisure centre in Aberporth is closed after storm damage to its roof"),
        ],
        "response": [
            it("Highways crews have cleared {trees} fallen trees since the storm began{trees.was}",
               trees="n 20 260"),
            it("A rest centre is open at Ysgol Bro Teifi with {rest} people staying overnight", rest="n 3 60"),
            it("Sandbags are available from the depots at Llandysul and Cardigan"),
            it("Welfare calls have been made to {calls} vulnerable residents{calls.was}", calls="n 40 700"),
        ],
        "risks": [
            risk("The risk of tidal flooding at the harbour at the evening high tide {trend}",
                 mit=("flood gates closed and the harbour car park cleared",
                      "pumps from the fire service on standby at the quay")),
            risk("Vulnerable residents without heating during a long power cut",
                 mit=("welfare calls and heaters from the emergency store",)),
            risk("The risk of damaged trees falling on roads reopened after the storm {trend}",
                 mit=("tree surgeons inspecting every reopened route",)),
        ],
        "workforce": [
            it("{crews} highways and parks crews are deployed across the county", crews="n 8 40"),
            it("Staff who cannot travel safely are working from home or the nearest council office"),
        ],
        "communications": [
            it("Updates are posted on the council website and social media in Welsh and English"),
            it("The contact centre has taken {cc} storm calls since the storm began{cc.was}", cc="n 150 2200"),
        ],
        "next": [
            it("Assess storm damage to council buildings by {survey}", survey="date 1 4"),
            it("Reopen the remaining closed schools once the buildings are checked"),
            it("Report the cost of the response to Welsh Government by {cost}", cost="date 3 10"),
        ],
    },
    SIZES, date(2024, 12, 7), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

STORM_CY = Partner(
    "welsh-council", "Storm Response", COUNCILS, {},
    {
        "situation": [
            it("Cofnodwyd hyrddiadau gwynt o hyd at {gust} mya ar yr arfordir dros nos", gust="n 50 90"),
            it("Mae rhybudd oren am wynt gan y Swyddfa Dywydd mewn grym tan {warn}", warn="date 1 2"),
            it("Mae {roads} o ffyrdd ar gau oherwydd coed wedi cwympo neu lifogydd{roads.was}", roads="n 3 40"),
            it("Mae ffordd yr arfordir, yr A487, ar agor eto gyda therfyn cyflymder dros dro"),
        ],
        "impacts": [
            it("Mae {homes} o gartrefi heb drydan{homes.was}", homes="n 200 6000"),
            it("Mae {schools} o ysgolion ar gau heddiw{schools.was}", schools="n 2 30"),
            it("Mae casgliadau gwastraff yng ngogledd y sir wedi'u hatal tan {bins}", bins="date 1 3"),
            it("Mae'r ganolfan hamdden yn Aberporth ar gau ar ôl i'r storm ddifrodi'r to"),
        ],
        "response": [
            it("Mae criwiau priffyrdd wedi clirio {trees} o goed ers dechrau'r storm{trees.was}", trees="n 20 260"),
            it("Mae canolfan orffwys ar agor yn Ysgol Bro Teifi gyda {rest} o bobl yn aros dros nos",
               rest="n 3 60"),
            it("Mae bagiau tywod ar gael o'r depos yn Llandysul ac Aberteifi"),
            it("Mae galwadau lles wedi'u gwneud i {calls} o drigolion agored i niwed{calls.was}", calls="n 40 700"),
        ],
        "risks": [
            risk("Mae'r risg o lifogydd llanw yn yr harbwr ar y penllanw heno {trend}", levels=CY_LEVELS,
                 mit=("llifddorau ar gau a maes parcio'r harbwr wedi'i glirio",
                      "pympiau'r gwasanaeth tân wrth gefn ar y cei")),
            risk("Trigolion agored i niwed heb wres yn ystod toriad pŵer hir",
                 mit=("galwadau lles a gwresogyddion o'r storfa argyfwng",)),
            risk("Mae'r risg y bydd coed wedi'u difrodi yn cwympo ar ffyrdd a ailagorwyd {trend}", levels=CY_LEVELS,
                 mit=("llawfeddygon coed yn archwilio pob llwybr a ailagorwyd",)),
        ],
        "workforce": [
            it("Mae {crews} o griwiau priffyrdd a pharciau ar waith ar draws y sir", crews="n 8 40"),
            it("Mae staff na allant deithio'n ddiogel yn gweithio gartref neu yn y swyddfa agosaf"),
        ],
        "communications": [
            it("Mae diweddariadau ar wefan y cyngor ac ar y cyfryngau cymdeithasol yn Gymraeg ac yn Saesneg"),
            it("Mae'r ganolfan gyswllt wedi cymryd {cc} o alwadau am y storm ers iddi ddechrau{cc.was}",
               cc="n 150 2200"),
        ],
        "next": [
            it("Asesu difrod y storm i adeiladau'r cyngor erbyn {survey}", survey="date 1 4"),
            it("Ailagor yr ysgolion sydd ar gau o hyd unwaith y bydd yr adeiladau wedi'u gwirio"),
            it("Adrodd cost yr ymateb i Lywodraeth Cymru erbyn {cost}", cost="date 3 10"),
        ],
    },
    SIZES, date(2024, 12, 7), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

HEALTH_BOARD = Partner(
    "health-board",
    "Whole System Winter Pressures",
    ("Bwrdd Iechyd Prifysgol Glannau Hafren University Health Board", "Mynydd Du Health Board",
     "Arfon and Môn University Health Board", "Gwent Isaf Health Board"),
    {},
    {
        "situation": [
            it("Escalation level 4 was declared across all acute sites on {esc}", esc="date -3 -1"),
            it("Ambulance handover delays averaged {handover} minutes this week{handover.was}",
               handover="n 40 190"),
            it("{delayed} patients are medically fit for discharge but remain in acute beds{delayed.was}",
               "There are {delayed} medically fit patients still in acute beds{delayed.was}", delayed="n 90 320"),
            it("Emergency department attendances were {ed} this week{ed.was}", ed="n 2100 3900"),
            it("Elective orthopaedic surgery at the district general hospital is paused until {elective}",
               elective="date 5 21"),
        ],
        "background": [
            it("Respiratory admissions usually peak in the first three weeks of January"),
            it("The board's winter plan was approved in October with {beds} surge beds funded", beds="n 20 80"),
            it("Social care capacity in two of the four local authorities has fallen since the autumn"),
            it("Flu vaccine uptake among frontline staff is {vacc}", vacc="pct 38 64"),
        ],
        "risks": [
            risk("The risk of patients coming to harm while waiting in ambulances outside the emergency "
                 "department {trend}",
                 mit=("a rapid-release protocol when a handover passes 60 minutes",
                      "a nurse-led cohort area staffed at the front door")),
            risk("Surge beds staffed by agency nurses unfamiliar with the wards",
                 mit=("a named senior nurse overseeing the surge areas on every shift",)),
            risk("The risk that delayed discharges block flow from the assessment units {trend}",
                 mit=("daily calls with the local authorities on every patient waiting over 7 days",)),
            risk("Overspend on premium-rate staffing of {spend} in the quarter", spend="money 300 1400",
                 mit=("weekly review of every agency shift above the framework rate",)),
        ],
        "recommendation": [
            it("The Executive Team is asked to approve opening {extra} further surge beds at the community hospital",
               extra="n 8 24"),
            it("The Executive Team is asked to note the escalation to level 4 and the actions taken"),
            it("The Executive Team is asked to support a joint letter to the local authority chief executives on "
               "discharge capacity"),
            it("The Executive Team is asked to agree that elective activity is reviewed again on {review}",
               review="date 3 10"),
        ],
    },
    {"situation": (2, 4), "background": (2, 3), "risks": (2, 3), "recommendation": (1, 3)},
    date(2024, 1, 5), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip
