"""Sitreps of eight more publishers in layouts nobody tuned for, a fifteenth blind, first-sight measure.

    python benchmarks/blind14_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [--json] [-v]

(first-run docstring to follow)
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind14_layouts_form as form  # noqa: E402
import blind14_layouts_mail as mail  # noqa: E402
import blind14_layouts_pdf as pdf  # noqa: E402
import blind14_layouts_pdf_ph as pdf_ph  # noqa: E402
import blind14_layouts_web as web  # noqa: E402
import blind14_layouts_word as word  # noqa: E402
from blind14_layouts_banks_anglo import CDEM, COUNTY, GAS, SES  # noqa: E402
from blind14_layouts_banks_global import CHOLERA, DMC, PDRRMO, SDMA  # noqa: E402
from blind14_layouts_content import localise, timeline  # noqa: E402
from council_layouts import run  # noqa: E402
from council_layouts_gold import Doc  # noqa: E402
from publisher_layouts import Layout, publisher_wording  # noqa: E402


def _locale(lang: str) -> Callable[[Doc], None]:
    def restyle(doc: Doc) -> None:
        localise(doc, lang)

    return restyle


RESPONSE = "3. Response Activities"
EFFECTS = "II. EFFECTS"

LAYOUTS = (
    Layout("pdf-opupdate-au", "pdf", pdf.pdf_opupdate_au, publisher_wording(
        [("key", "KEY MESSAGES", "highlights"), ("situation", "SITUATION", "situation"),
         ("forecast", "WEATHER AND FLOOD OUTLOOK", "forecast"), ("response", "OPERATIONAL ACTIVITY", "response"),
         ("assistance", "EVACUATIONS", "assistance"), ("workforce", "RESOURCES", "workforce"),
         ("risks", "RISKS AND TREATMENTS", "risks")]),
        "Operational Update #{n} – {service}", SES.series, restyle=_locale("au")),
    Layout("pdf-flood-report-in", "pdf", pdf.pdf_flood_report_in, publisher_wording(
        [("situation", "1. General Situation", "situation"),
         ("forecast", "2. Rainfall and River Situation", "forecast"),
         ("impacts", "3. Extent of Damage", "impacts"), ("response", "4. Rescue and Relief Operations", "response"),
         ("workforce", "5. Deployment of NDRF / SDRF", "workforce"), ("risks", "6. Areas of Concern", "risks"),
         ("communications", "7. Advisories and Public Awareness", "communications")]),
        "Daily Flood Situation Report – {service} – report {n}", SDMA.series, restyle=_locale("in")),
    Layout("pdf-sitrep-ph", "pdf", pdf_ph.pdf_sitrep_ph, publisher_wording(
        [("situation", "I. SITUATION OVERVIEW", "situation"),
         ("population", "A. Affected Population", "impacts", EFFECTS),
         ("casualties", "B. Casualties", "impacts", EFFECTS),
         ("lifelines", "C. Status of Lifelines", "impacts", EFFECTS),
         ("damage", "D. Damaged Houses and Cost of Damage", "impacts", EFFECTS),
         ("response", "III. RESPONSE ACTIONS AND INTERVENTIONS", "response"),
         ("risks", "IV. ISSUES AND CONCERNS", "risks")]),
        "SitRep No. {n} re Preparedness Measures and Effects of {service}", PDRRMO.series, restyle=_locale("ph")),
    Layout("docx-cholera-ke", "docx", word.docx_cholera_ke, publisher_wording(
        [("key", "1. Highlights", "highlights"), ("situation", "2. Epidemiological Summary", "situation"),
         ("coord", "Coordination", "response", RESPONSE),
         ("surveillance", "Surveillance and Laboratory", "response", RESPONSE),
         ("casemgmt", "Case Management", "response", RESPONSE),
         ("wash", "Water, Sanitation and Hygiene (WASH)", "response", RESPONSE),
         ("rcce", "Risk Communication and Community Engagement", "communications", RESPONSE),
         ("risks", "4. Challenges", "risks"), ("next", "5. Next Steps", "next-steps")]),
        "Cholera Outbreak Situation Report No. {n}", CHOLERA.series, restyle=_locale("ke")),
    Layout("docx-weekly-us", "docx", word.docx_weekly_us, publisher_wording(
        [("key", "Key Points", "highlights"), ("situation", "Surveillance Summary", "situation"),
         ("impacts", "Healthcare System Impact", "impacts"),
         ("outbreaks", "Outbreaks in Congregate Settings", "impacts"),
         ("response", "Vaccination and Treatment", "response"), ("risks", "Risks and Mitigation Strategies", "risks"),
         ("communications", "Communications", "communications"), ("next", "Next Steps", "next-steps")]),
        "Respiratory Illness Weekly Situation Report #{n}", COUNTY.series, restyle=_locale("us")),
    Layout("docx-sitrep-nz", "docx", form.docx_sitrep_nz, publisher_wording(
        [("situation", "Situation Summary", "situation"), ("impacts", "Lifelines and Infrastructure", "impacts"),
         ("assistance", "Welfare", "assistance"), ("response", "Response Activities", "response"),
         ("risks", "Risks and Issues", "risks"), ("communications", "Public Information", "communications"),
         ("next", "Priorities for Next Operational Period", "next-steps")]),
        "Situation Report {n} – {service}", CDEM.series, risk_table=True, restyle=_locale("nz")),
    Layout("eml-dmc-za", "eml", mail.email_dmc_za, publisher_wording(
        [("forecast", "1. WEATHER WARNING", "forecast"), ("situation", "2. SITUATION OVERVIEW", "situation"),
         ("impacts", "3. IMPACTS", "impacts"), ("response", "4. RESPONSE", "response"),
         ("risks", "5. RISKS AND MITIGATION", "risks"), ("next", "6. WAY FORWARD", "next-steps")]),
        "Situation Report No. {n}: {service}", DMC.series, risk_table=True, restyle=_locale("za")),
    Layout("html-incident-gb", "html", web.html_incident_gb, publisher_wording(
        [("key", "Latest update", "highlights"), ("impacts", "Who is affected", "impacts"),
         ("actions", "What we're doing", "actions"), ("assistance", "Support for customers", "assistance"),
         ("risks", "What could slow us down", "risks"), ("situation", "Incident timeline", "situation")]),
        "{service} in Kelsey Bridge", GAS.series, restyle=timeline),
)  # fmt: skip


SEED_OFFSET = 1500  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=26)


if __name__ == "__main__":
    main()
