"""Sitreps of eight more publishers in layouts nobody tuned for, an eleventh blind, first-sight measure.

    python benchmarks/blind10_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [--json] [-v]

DOCSTRING-BODY
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind10_layouts_mail as mail  # noqa: E402
import blind10_layouts_pdf as pdf  # noqa: E402
import blind10_layouts_web as web  # noqa: E402
import blind10_layouts_word as word  # noqa: E402
from blind5_layouts_content import SeriesSource  # noqa: E402
from blind7_layouts_content import mitigation_lead  # noqa: E402
from blind10_layouts_banks_health import AVIAN, EOC  # noqa: E402
from blind10_layouts_banks_intl import BEZIRK, PROVINCE, REGION_CL  # noqa: E402
from blind10_layouts_banks_ops import ICB, POLICE, RAYNET  # noqa: E402
from blind10_layouts_content import localise  # noqa: E402
from council_layouts import run  # noqa: E402
from council_layouts_gold import Doc, Wording  # noqa: E402


@dataclass(frozen=True, slots=True)
class Layout:
    name: str
    ext: str
    write: Callable[[Doc], bytes]
    wording: tuple[Wording, Wording]  # the same for every series of a publisher
    title: str  # format string: {org} {service} {n} {date}
    series: SeriesSource  # the publisher's content, in place of the council services
    risk_table: bool = False
    restyle: Callable[[Doc], None] | None = None  # changes the printed text (and so the gold) first


def _wording(rows: list[tuple]) -> tuple[Wording, Wording]:
    """(generator key, heading as printed, its meaning[, parent heading]) per section of a publisher's report."""
    w = Wording({r[0]: (r[1], r[2], r[3] if len(r) > 3 else None) for r in rows})
    return w, w


def _lead(lead: str) -> Callable[[Doc], None]:
    def restyle(doc: Doc) -> None:
        mitigation_lead(doc, lead)

    return restyle


def _locale(lang: str) -> Callable[[Doc], None]:
    def restyle(doc: Doc) -> None:
        localise(doc, lang)

    return restyle


LAGE = "1. Lage"
SITUATION = "Situation"

LAYOUTS = (
    Layout("pdf-point-situation-be", "pdf", pdf.pdf_point_be, _wording(
        [("situation", "Situation générale", "situation"), ("impacts", "Impact sur la population", "impacts"),
         ("actions", "Actions engagées", "actions"), ("risks", "Difficultés rencontrées", "risks"),
         ("workforce", "Moyens engagés", "workforce"),
         ("communications", "Information à la population", "communications"),
         ("next", "Prochaines étapes", "next-steps")]),
        "Point de situation n° {n} – {service}", PROVINCE.series, restyle=_locale("be")),
    Layout("docx-lagebericht-at", "docx", word.docx_lagebericht_at, _wording(
        [("situation", "1.1 Schnee- und Lawinenlage", "situation", LAGE),
         ("impacts", "1.2 Auswirkungen", "impacts", LAGE), ("response", "2. Maßnahmen", "response"),
         ("risks", "3. Risiken", "risks"), ("workforce", "4. Personal", "workforce"),
         ("finance", "5. Kosten", "finance"), ("next", "6. Weitere Vorgangsweise", "next-steps")]),
        "Lagebericht Nr. {n} – {service}", BEZIRK.series, restyle=_locale("at")),
    Layout("docx-gold-template", "docx", word.docx_gold_template, _wording(
        [("highlights", "Key points", "highlights"), ("situation", "Current situation", "situation"),
         ("impacts", "Community impact", "impacts"), ("response", "Policing response", "response"),
         ("workforce", "Resources", "workforce"), ("communications", "Media and communications", "communications"),
         ("next", "Next Gold group", "next-steps"), ("risks", "Risk register", "risks")]),
        "{service} – Gold group situation report {n}", POLICE.series, risk_table=True),
    Layout("eml-icb-owa", "eml", mail.email_icb_owa, _wording(
        [("highlights", "Headlines", "highlights"), ("situation", "Acute position", "situation"),
         ("impacts", "Ambulance and 111", "impacts"), ("activity", "Discharge and flow", "activity"),
         ("workforce", "Workforce", "workforce"), ("risks", "Risks and issues", "risks"),
         ("actions", "Actions for today", "actions")]),
        "System sitrep – {date}", ICB.series, restyle=_lead(mail.ICB_LEAD)),
    Layout("txt-raynet-setext", "txt", mail.text_raynet, _wording(
        [("highlights", "Summary", "highlights"), ("situation", "Net status", "situation"),
         ("response", "Deployments", "response"), ("activity", "Traffic handled", "activity"),
         ("workforce", "Operators", "workforce"), ("risks", "Risks", "risks"), ("next", "Next net", "next-steps")]),
        "{org} - Situation Report {n}", RAYNET.series),
    Layout("md-pandoc-outbreak", "md", web.markdown_pandoc, _wording(
        [("highlights", "1 Summary", "highlights"), ("situation", "2 Current situation", "situation"),
         ("response", "3 Disease control measures", "response"), ("surveillance", "4 Surveillance", "surveillance"),
         ("risks", "5 Risks", "risks"), ("workforce", "6 Resourcing", "workforce"),
         ("next", "7 Next steps", "next-steps")]),
        "{service}: situation report {n}", AVIAN.series, risk_table=True),
    Layout("pdf-reporte-situacion-cl", "pdf", pdf.pdf_reporte_cl, _wording(
        [("situation", "SITUACIÓN GENERAL", "situation"), ("impacts", "AFECTACIÓN", "impacts"),
         ("actions", "ACCIONES REALIZADAS", "actions"), ("workforce", "RECURSOS DESPLEGADOS", "workforce"),
         ("forecast", "PRONÓSTICO METEOROLÓGICO", "forecast"), ("risks", "RIESGOS", "risks"),
         ("next", "PRÓXIMOS PASOS", "next-steps")]),
        "Reporte de situación N° {n} – {service}", REGION_CL.series, restyle=_locale("cl")),
    Layout("html-mediawiki-eoc", "html", web.html_mediawiki, _wording(
        [("highlights", "Summary", "highlights"), ("forecast", "Weather", "forecast", SITUATION),
         ("impacts", "Health impacts", "impacts", SITUATION),
         ("assistance", "Cooling centres and welfare", "assistance"), ("risks", "Risks", "risks"),
         ("workforce", "Staffing", "workforce"), ("communications", "Public messaging", "communications"),
         ("next", "Next steps", "next-steps")]),
        "{service} sitrep {n}", EOC.series),
)  # fmt: skip


SEED_OFFSET = 1100  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=26)


if __name__ == "__main__":
    main()
