"""Item ideas of three ``blind29_layouts`` publishers further away: a Canadian university's infectious disease
modelling group briefing its provincial health ministry through an influenza season, a Caribbean island's national
disaster office during a volcanic eruption, and a Nepali rural municipality's disaster management committee in a
monsoon of floods and landslides, written in Nepali (``blind5_layouts_content`` explains the slots; the Nepali
series are told apart by their names in Latin letters, as ``blind18_layouts_content.Romanised`` does).
``blind29_layouts_content`` prints the amounts, dates, comparisons and the mitigation's lead in each publisher's
words. The organisations are named after real kinds of body; the places, events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner
from blind18_layouts_content import Romanised

from sitroom.generate.banks import it, risk

MODELLING = Partner(
    "ca-modelling-group",
    "Respiratory Modelling",
    ("Prairie Epidemic Modelling Group", "Great Lakes Respiratory Modelling Consortium",
     "Atlantic Infectious Disease Modelling Unit", "Pacific Coast Modelling Collaborative"),
    {},
    {
        "summary": [
            it("Influenza activity is still rising and we expect the peak in the week of {peak}", peak="date 7 21"),
            it("Our central estimate is {central} influenza admissions a week at the peak", central="n 200 1200"),
        ],
        "epi": [
            it("Test positivity for influenza is {pos}{pos.was}", pos="pct 5 35"),
            it("{outbreaks} long-term care outbreaks were declared this week{outbreaks.was}", outbreaks="n 2 60"),
            it("RSV activity among children under 5 has passed its peak"),
        ],
        "hospital": [
            it("{admitted} patients with influenza are in hospital{admitted.was}", admitted="n 50 900"),
            it("Respiratory patients take up {icu} of adult ICU beds", icu="pct 5 40"),
        ],
        "projections": [
            it("Admissions are projected to stay above last season's peak until {above}", above="date 10 28"),
            it("The projections assume vaccine coverage stays at {coverage} among adults over 65",
               coverage="pct 40 75"),
        ],
        "measures": [
            it("The ministry has extended free antivirals to all long-term care residents"),
            it("Masks are recommended in emergency departments and clinics"),
        ],
        "risks": [
            risk("A mismatch between the vaccine and the circulating strain {trend}",
                 mit=("we run a low vaccine effectiveness scenario beside the central projection",)),
            risk("Reporting delays over the holidays understating recent cases {trend}",
                 mit=("nowcasting adjusts the last two weeks of data for delays",)),
            risk("Hospital capacity exceeded in the northern region",
                 mit=("regional projections are shared with the health authority every day",)),
        ],
        "next": [
            it("Update the projections with the new serology data by {serology}", serology="date 3 10"),
            it("Present the scenarios to the ministry's planning table on {table}", table="date 1 6"),
        ],
    },
    {"summary": (1, 2), "epi": (1, 3), "hospital": (1, 2), "projections": (1, 2), "measures": (1, 2),
     "risks": (1, 3), "next": (1, 2)},
    date(2025, 12, 8), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

NEMO = Partner(
    "caribbean-volcano",
    "Volcanic Eruption",
    ("National Emergency Management Organisation of St Aubin", "National Office of Disaster Services of Bellaire",
     "Office of Disaster Management of Grande Anse", "National Disaster Office of Morne Verte"),
    {},
    {
        "overview": [
            it("Mount Beaulieu has been erupting explosively since {erupt}", erupt="date -4 -4"),
            it("The Red Zone in the north of the island remains under a mandatory evacuation order"),
        ],
        "activity": [
            it("The Seismic Research Centre recorded {tremor} episodes of tremor in the last 24 hours{tremor.was}",
               tremor="n 2 40"),
            it("The ash column reached {column} km above the crater this morning", column="n 2 15"),
            it("The alert level remains at RED"),
        ],
        "shelters": [
            it("{sheltered} persons are housed in {shelters} emergency shelters{sheltered.was}", sheltered="n 500 6000",
               shelters="n 20 90"),
            it("{private} persons are staying with family and friends in the Green Zone", private="n 1000 12000"),
        ],
        "utilities": [
            it("The water authority has restored supply to {water} of customers in the Orange Zone", water="pct 20 90"),
            it("The airport is closed to commercial flights until {airport}", airport="date 1 5"),
            it("Crews are clearing ash from the windward highway"),
        ],
        "relief": [
            it("{kits} food and hygiene kits have been distributed{kits.was}", kits="n 200 9000"),
            it("Water is trucked to the shelters twice a day"),
            it("The Coast Guard has moved {moved} persons from the north by sea", moved="n 20 600"),
        ],
        "support": [
            it("A CDEMA rapid needs assessment team arrived on {cdema}", cdema="date -2 0"),
            it("Relief supplies from neighbouring islands arrived on {ships} vessels", ships="n 1 8"),
        ],
        "finance": [
            it("Cash donations to the relief fund stand at {donations}", donations="cum 50 900"),
            it("Cabinet has approved {approved} for shelter operations", approved="money 100 900"),
        ],
        "risks": [
            risk("Lahars in the river valleys during heavy rain {trend}",
                 mit=("residents are kept out of the valleys and the police patrol the fords",)),
            risk("Respiratory illness from ash in the shelters {trend}",
                 mit=("masks are distributed and nurses visit each shelter daily",)),
            risk("Overcrowding and poor sanitation in the shelters",
                 mit=("portable toilets and a shelter manager are in place at each site",)),
        ],
        "info": [
            it("Radio updates are broadcast at 7:00 a.m. and 6:00 p.m. daily"),
            it("Residents are urged to wear masks and keep ash out of their water tanks"),
        ],
    },
    {"overview": (1, 2), "activity": (1, 3), "shelters": (1, 2), "utilities": (1, 3), "relief": (1, 3),
     "support": (1, 2), "finance": (1, 2), "risks": (1, 3), "info": (1, 2)},
    date(2025, 4, 11), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

NE_LEVELS = ("निगरानीमा छ", "बढ्दै गएको छ", "अब उल्लेखनीय छ", "अब गम्भीर छ")

PALIKA = Romanised(
    "np-palika-monsoon",
    "Monsoon Disaster",
    ("उत्तरगंगा गाउँपालिका", "सुनौलो डाँडा गाउँपालिका", "मेलम्चीखोला गाउँपालिका", "रातोमाटे गाउँपालिका"),
    {},
    {
        "sankshipta": [
            it("{since} देखि परेको लगातारको वर्षाले गाउँपालिकाका {wards} वटा वडामा बाढी र पहिरो गएको छ",
               since="date -5 -5", wards="n 2 9"),
            it("गाउँपालिकाले विपद् व्यवस्थापन समितिको आपतकालीन बैठक राखी उद्धार कार्य अघि बढाएको छ"),
        ],
        "manabiya": [
            it("हालसम्म {dead} जनाको मृत्यु भएको पुष्टि भएको छ", dead="n 1 12"),
            it("{missing} जना बेपत्ता छन्{missing.was}", missing="n 0 15"),
            it("{injured} जना घाइतेको स्वास्थ्य चौकीमा उपचार भइरहेको छ{injured.was}", injured="n 1 40"),
        ],
        "bhautik": [
            it("{houses} घर पूर्ण रूपमा क्षतिग्रस्त भएका छन्{houses.was}", houses="n 5 200"),
            it("{partial} घर आंशिक रूपमा क्षतिग्रस्त भएका छन्", partial="n 10 400"),
            it("{livestock} वटा पशुचौपाया बाढीले बगाएको छ", livestock="n 5 300"),
        ],
        "uddhar": [
            it("नेपाली सेना, नेपाल प्रहरी र सशस्त्र प्रहरी बलको टोली खोज तथा उद्धारमा खटिएको छ"),
            it("विस्थापित {families} परिवारलाई त्रिपाल र खाद्यान्न वितरण गरिएको छ{families.was}", families="n 10 500"),
            it("{camps} वटा अस्थायी शिविरमा विस्थापितहरू बसिरहेका छन्", camps="n 1 12"),
        ],
        "pani": [
            it("{roads} वटा ग्रामीण सडक पहिरोले अवरुद्ध छन्{roads.was}", roads="n 1 20"),
            it("{schemes} वटा खानेपानी योजना क्षतिग्रस्त भएका छन्", schemes="n 1 30"),
            it("जिल्ला सदरमुकाम जोड्ने मुख्य सडक {opened} सम्ममा खुल्ने अनुमान छ", opened="date 1 6"),
        ],
        "janashakti": [
            it("{security} जना सुरक्षाकर्मी उद्धार कार्यमा परिचालित छन्{security.was}", security="n 20 300"),
            it("रेडक्रसका {volunteers} जना स्वयंसेवक राहत वितरणमा सहयोग गरिरहेका छन्", volunteers="n 5 80"),
        ],
        "kharcha": [
            it("विपद् व्यवस्थापन कोषबाट हालसम्म {spent} खर्च भएको छ", spent="cum 50 900"),
            it("प्रदेश सरकारसँग {asked} थप रकम माग गरिएको छ", asked="money 200 3000"),
        ],
        "risks": [
            risk("थप पहिरो जाने जोखिम {trend}", levels=NE_LEVELS,
                 mit=("जोखिमयुक्त बस्तीका बासिन्दालाई सुरक्षित स्थानमा सारिएको छ",)),
            risk("शिविरमा झाडापखाला फैलिने जोखिम {trend}", levels=NE_LEVELS,
                 mit=("स्वास्थ्यकर्मीले शिविरमा पानी शुद्धीकरण चक्की बाँडेका छन्",)),
            risk("खोलाको बहाव बढेर झोलुङ्गे पुल बग्ने जोखिम",
                 mit=("पुलमा आवतजावत रोकिएको छ र प्रहरी खटिएको छ",)),
        ],
        "agami": [
            it("क्षतिको विस्तृत विवरण संकलन गरी {report} सम्ममा प्रदेशमा पठाइनेछ", report="date 1 5"),
            it("विस्थापित परिवारका लागि अस्थायी आवास निर्माण सुरु गरिनेछ"),
        ],
    },
    {"sankshipta": (1, 2), "manabiya": (1, 3), "bhautik": (1, 3), "uddhar": (1, 3), "pani": (1, 3),
     "janashakti": (1, 2), "kharcha": (1, 2), "risks": (1, 3), "agami": (1, 2)},
    date(2025, 7, 28), cadence_days=1, punct="stop", mitigation="colon",
    latin=("uttarganga", "sunaulo-danda", "melamchikhola", "ratomate", "monsoon-disaster"),
)  # fmt: skip
