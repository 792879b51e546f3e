"""Item ideas of two ``blind18_layouts`` publishers writing in English: a US county health department's measles
outbreak situation report rendered from Quarto and a university IT service's incident issue on a data centre power
failure kept in GitLab (``blind5_layouts_content`` explains the slots). ``blind18_layouts_content`` prints the
figures' comparisons in each publisher's words. The organisations, places and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

MEASLES = Partner(
    "measles-us",
    "Measles Outbreak",
    ("Marion County Public Health", "Kettle Valley Health District", "Cass County Health Department",
     "Sabine County Public Health"),
    {},
    {
        "summary": [
            it("{cases} confirmed measles cases have been reported in the county since the outbreak "
               "began{cases.was}", cases="n 5 80"),
            it("Most cases are in children and teenagers who had not received the MMR vaccine"),
            it("No deaths have been reported"),
        ],
        "cases": [
            it("{hosp} patients have been hospitalized", hosp="n 1 12"),
            it("Public health nurses are monitoring {contacts} close contacts{contacts.was}", contacts="n 50 900"),
            it("The most recent rash onset date was {onset}", onset="date -4 -1"),
        ],
        "exposure": [
            it("New exposure sites include an urgent care clinic and a grocery store"),
            it("{excluded} unvaccinated students have been excluded from school for 21 days", excluded="n 10 300"),
            it("Two child care centers have been notified of exposures"),
        ],
        "clinics": [
            it("{doses} doses of MMR vaccine have been given at free clinics{doses.was}", doses="n 100 4000"),
            it("Clinics are open Tuesday to Saturday at the health department and two schools"),
            it("The state has sent {state} additional doses of vaccine", state="n 500 5000"),
            it("The response has cost {cost} so far", cost="money 100 900"),
        ],
        "staffing": [
            it("{staff} staff have been reassigned from other programs to the outbreak response", staff="n 5 60"),
            it("Contract nurses are supporting the clinics, with {nurses} on duty this week", nurses="n 2 20"),
        ],
        "risks": [
            risk("Further spread in schools with low vaccination coverage {trend}",
                 mit=("school-based MMR clinics and exclusion of unvaccinated students after an exposure",)),
            risk("Exposures in health care settings",
                 mit=("providers have been asked to mask and isolate patients with fever and rash before they "
                      "enter the waiting room",)),
            risk("A shortage of immune globulin for infants and pregnant contacts",
                 mit=("the state health department is holding a reserve supply for the county",)),
        ],
        "comms": [
            it("A health advisory was sent to providers on {advisory}", advisory="date -3 -1"),
            it("The outbreak web page has been viewed {views} times{views.was}", views="n 1000 40000"),
            it("Messages in Spanish and Somali are shared through community partners"),
        ],
        "next": [
            it("The outbreak can be declared over 42 days after the last rash onset"),
            it("A community vaccination event is planned for {event}", event="date 3 9"),
        ],
    },
    {"summary": (2, 3), "cases": (1, 3), "exposure": (1, 3), "clinics": (2, 4), "staffing": (1, 2),
     "risks": (1, 3), "comms": (1, 2), "next": (1, 2)},
    date(2025, 2, 10), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

DCPOWER = Partner(
    "dc-power-it",
    "Data centre power failure",
    ("University of Westmere", "Harbourside University", "Northfield Institute of Technology",
     "St Aldwyn's University"),
    {},
    {
        "summary": [
            it("Power to the main data centre failed at 03:10 on {fail} after a fault in the switchgear",
               fail="date -3 -1"),
            it("{down} of our 140 IT services are still unavailable{down.was}", down="n 5 90"),
            it("Email and the virtual learning environment are working from the cloud"),
        ],
        "status": [
            it("The data centre is running on mains power again, through a temporary switchboard"),
            it("{racks} racks have been powered on and checked{racks.was}", racks="n 10 200"),
            it("{vms} virtual machines are back in service", vms="n 100 2500"),
        ],
        "impact": [
            it("The student records system and the library catalogue are unavailable"),
            it("{exams} online exams have been postponed", exams="n 2 40"),
            it("Research groups have lost access to the high-performance computing cluster"),
        ],
        "recovery": [
            it("Restore the storage arrays and check the data on them"),
            it("Bring the finance system back before the payroll run on {payroll}", payroll="date 3 8"),
            it("Replace the failed switchgear, for which the supplier has quoted {quote}", quote="money 50 600"),
        ],
        "workarounds": [
            it("Use the web versions of the Office apps while the file shares are offline"),
            it("Submit coursework through the VLE, not the faculty drives"),
            it("Call the service desk rather than raising tickets by email"),
        ],
        "staffing": [
            it("{engineers} engineers are working in shifts, with the supplier's engineers on site",
               engineers="n 8 60"),
            it("Overtime so far is {overtime} hours{overtime.was}", overtime="n 50 900"),
        ],
        "risks": [
            risk("Data corruption on the storage arrays after the hard shutdown {trend}",
                 mit=("every volume is checked against the last backup before it is brought back",)),
            risk("A second failure of the temporary switchboard",
                 mit=("a generator is on standby outside the building and the switchboard is checked every four "
                      "hours",)),
            risk("Overheating in the data hall while the cooling runs on partial power",
                 mit=("temperatures are logged every 15 minutes and non-essential racks stay off",)),
        ],
        "comms": [
            it("The IT status page is updated every two hours"),
            it("The service desk has logged {tickets} tickets{tickets.was}", tickets="n 100 3000"),
            it("Heads of school were briefed on {briefed}", briefed="date -1 0"),
        ],
        "next": [
            it("Post-incident review with the supplier on {pir}", pir="date 5 12"),
            it("Close this incident once all priority 1 services are back"),
        ],
    },
    {"summary": (2, 3), "status": (1, 3), "impact": (1, 3), "recovery": (1, 3), "workarounds": (1, 3),
     "staffing": (1, 2), "risks": (1, 3), "comms": (1, 2), "next": (1, 2)},
    date(2025, 3, 10), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
