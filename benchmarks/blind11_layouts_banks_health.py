"""Item ideas of two publishers of the ``blind11_layouts`` set: a hospital trust's digital team during an
outage of its electronic patient record (a Loop page kept through the incident) and a public health team's
measles outbreak notes kept in a Markdown vault (``blind5_layouts_content`` explains the slots). The
organisations, places and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

EPR = Partner(
    "epr-outage",
    "EPR outage",
    ("Kingsmoor Hospitals NHS Trust", "North Vale NHS Foundation Trust", "St Wilfrid's University Hospitals",
     "Calder Moors Healthcare NHS Trust"),
    {},
    {
        "highlights": [
            it("The electronic patient record has been unavailable since 02:10"),
            it("Wards are working on the paper downtime procedures"),
        ],
        "situation": [
            it("The supplier has identified a failed storage controller"),
            it("Read-only access to results is available through the downtime viewer"),
            it("{backlog} paper records are waiting to be entered{backlog.was}", backlog="n 100 6000"),
        ],
        "impacts": [
            it("{clinics} outpatient clinics are running with paper notes", clinics="n 5 80"),
            it("Pharmacy is dispensing from paper charts with a second check"),
            it("Discharge letters are delayed by about {delay} hours", delay="n 2 30"),
        ],
        "actions": [
            it("Back-entry team to start on the emergency department records"),
            it("Daily check-in with ward managers at 09:30"),
            it("Supplier to confirm the restore window by {window}", window="date 0 2"),
        ],
        "risks": [
            risk("The risk of medication errors from paper charting {trend}",
                 mit=("pharmacist review of every new paper chart within four hours",)),
            risk("Results not seen by the requesting clinician",
                 mit=("the laboratory phones all abnormal results to the ward",)),
        ],
    },
    {"highlights": (1, 2), "situation": (2, 3), "impacts": (1, 3), "actions": (1, 3), "risks": (1, 2)},
    date(2024, 5, 13), cadence_days=1, punct="none", mitigation="colon",
)  # fmt: skip

MEASLES = Partner(
    "measles-ukhsa",
    "Measles outbreak",
    ("Kelby Health Protection Team", "Northmoor Health Protection Team", "Carrow Health Protection Team",
     "Fenmarsh Health Protection Team"),
    {},
    {
        "highlights": [
            it("{cases} confirmed cases in the outbreak so far{cases.was}", cases="n 5 160"),
            it("Most cases are unvaccinated children under ten"),
        ],
        "surveillance": [
            it("{new} new confirmed cases since the last report", new="n 0 25"),
            it("{pending} samples awaiting confirmation at the reference laboratory", pending="n 0 40"),
            it("Cases linked to three primary schools and one nursery"),
        ],
        "response": [
            it("Catch-up MMR clinics held in {clinics} schools this week", clinics="n 1 12"),
            it("Contacts of cases offered immunoglobulin where eligible"),
            it("Letters sent to parents in the affected schools"),
        ],
        "risks": [
            risk("The risk of spread into the maternity unit {trend}",
                 mit=("screening of pregnant contacts and advice to the unit",)),
            risk("Low uptake of catch-up vaccination in the affected wards {trend}",
                 mit=("community champions and drop-in clinics at the mosque and the library",)),
        ],
        "next": [
            it("Outbreak control team meeting on {oct}", oct="date 2 7"),
            it("Review the need for an extra vaccination bus"),
        ],
    },
    {"highlights": (1, 2), "surveillance": (2, 3), "response": (1, 3), "risks": (1, 2), "next": (1, 2)},
    date(2024, 1, 29), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip
