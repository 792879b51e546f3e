"""Partner organisations' sitreps in eight layouts nobody tuned for, a sixth blind, first-sight measure.

    python benchmarks/blind5_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                        [--write DIR] [--json] [-v]

A sixth set beside ``council_layouts.py``, ``unseen_layouts.py``, ``fresh_layouts.py``, ``blind_layouts.py``
and ``blind3_layouts.py``, and the first whose writers are not councils but the partners of an incident
response, written from what such a partner would send and not from what the parser expects. Each layout
is one kind of partner; its four series are four organisations of that kind, their content from phrase
banks of this set (``blind5_layouts_banks_*``, run through the generator's churn model, so items
continue, change, close and appear from report to report): an acute trust's daily operational pressures
report as a landscape PDF (reportlab platypus: a Position at a glance RAG dashboard of OPEL level, bed
occupancy, handovers … across the top of the first page, the narrative below in two columns, risks in a
Ref | Risk / issue | Score | Mitigation table); a fire and rescue service's tactical situation report in
Word (a shaded cover table of Incident / Report no. / Date / time / Author / Next report, numbered
headings in heading styles, paragraphs numbered "2.3" by typed numbers, "Control measures:" after each
risk); a water company's supply interruption update drawn on a reportlab canvas (a coloured header band,
a strip of four key figures, square bullets drawn as shapes, "OFFICIAL – SENSITIVE" and "Page x of y" in
the footer); a school trust's return typed in Word without styles (bold typed-capitals headings, bullets
typed as "•" + tab or "- ", an attendance table, "Signed: …"); a volunteer network's deployment report as
an accessible web page (skip link, banner, breadcrumbs, ``<section aria-labelledby>`` nested for
sub-headings, a figures sidebar, a donation panel, a contentinfo footer); a train operator's disruption
bulletin for pagers (40 columns, ">> LABEL" capitals lines, "+" items wrapped without indentation,
"[k/n]" part markers wherever a part fills up, even inside an item); a housing association's return sent
from Outlook (multipart/alternative, Word HTML with ``MsoListParagraphCxSp…`` Symbol bullets, the
mitigation in italics, greeting, covering line, signature and disclaimer); and a health protection
team's weekly surveillance summary in Markdown (a bold byline, ``##``/``###`` headings, bullets
hard-wrapped at 78 columns, a captioned table of rates, a numbered risk list with an italic
"Mitigation:" lead, task-list next steps). The generator's structure is the gold; the scorer and linking
measure are ``council_layouts.py``'s.

Conventions of the gold where a reader could argue (../shared/tools/GOLD-FORMAT.md otherwise):

- Furniture is not an item and no section with heading null is in the gold: titles, the organisation's
  name over them, "Position at 08:00 … Prepared by …", "Issued … · Next update …", "Please complete and
  return …", the fire report's cover table, "Authorised by …", "Signed: … Date: …", the pager's header
  (sender, bulletin, date-time group, "PRIORITY: HIGH"), its "[k/n]" markers, "ENDS" and "NEXT BULLETIN
  1800", the e-mail's greeting, covering line, sign-off, signature and disclaimer, the Markdown byline,
  rules and closing "Sources: …" note, page headers, footers, classifications and page numbers, and the
  web page's skip link, menus, breadcrumbs, "Published" line, donation panel and footer.
- Figures grids are not items: the RAG dashboard (its "Position at a glance" row, indicators, figures,
  statuses and trends), the key-figures strip (it repeats figures of the items), the attendance table,
  Table 1 and its caption, and the "This deployment in numbers" sidebar, heading and all (a box of
  figures only).
- A heading keeps the number a reader sees ("4.1 Crewing and availability"); the pager's ">>" is a mark,
  not part of "SERVICE STATUS". Typed paragraph numbers ("2.3", "4.1.2"), typed bullets ("•", "-", "+")
  and task boxes are list marks, not text. A pager item runs over its wrapped lines, across a "[k/n]"
  marker that falls inside it.
- Risks: "Control measures:" leads a fire service's mitigation as "Mitigation:" does elsewhere; in the
  hospital's risk table the Risk / issue cell is the item and the Mitigation cell its mitigation ("–"
  none), Ref and Score are values; a "Mitigation:" paragraph inside a risk's ``<li>`` and an italic
  mitigation belong to that risk's item.
- Keys: "Operational position", "Situation", "SERVICE STATUS" and "ATTENDANCE AND OPEN SITES" are the
  situation; "What we are doing" and "Tenancy and welfare" a partner's activity; "Impact on customers"
  impacts; "Restoring supplies", "Repairs recovery" and "CATCH-UP AND RECOVERY" recovery; "CREW",
  "Crewing and availability", "Volunteers" workforce; "CUSTOMER INFO" and "Keeping customers informed"
  communications; "Cases and rates" and "Outbreaks and settings" surveillance; "Key messages" highlights;
  what is planned, not done, is next-steps ("Actions for the next 24 hours", "Intentions for the next 24
  hours", "SUPPORT NEEDED / NEXT STEPS", "NEXT ACTIONS"); an itemless parent ("Resources", "4. Resources",
  "Surveillance") has no key.
- The e-mail's plain-text and HTML parts say the same thing: the gold is the message once.

First run (defaults: 4 series × 3 reports per layout, seed 0; before any change to the parser):

    layout                  heading F1  item F1  right heading   key   mitigation  numbers  link F1
    pdf-hospital-dashboard       0.813    0.690          0.437  0.447      0.094    1.000    0.689
    word-fire-cover-table        0.900    0.925          0.925  0.735      0.184    1.000    0.922
    pdf-water-band-strip         0.960    0.900          0.900  0.911      1.000    1.000    0.874
    word-school-typed            1.000    0.944          0.944  0.793      1.000    1.000    0.941
    html-volunteer-aria          1.000    1.000          1.000  0.835      1.000    1.000    1.000
    text-transport-pager         0.000    0.804          0.000  0.000      1.000    0.861    0.781
    email-housing-outlook        0.923    0.970          0.741  0.764      1.000    1.000    0.968
    markdown-surveillance        1.000    0.909          0.909  1.000      1.000    1.000    0.905
    TOTAL                        0.865    0.891          0.742  0.712      0.770    0.987    0.883

    96 documents, 64 report pairs linked.

Failure classes seen at first sight (``-v``): a risk table inside one column of a two-column PDF page is
read line by line, each wrapped line of a cell an item of its own ("monitored as norovirus and flu
circulate", "R02", "6 (2×3)"), its header row and first row joined into headings and placed after the
last heading of the right-hand column, so its risks and their mitigations are lost and, on some pages,
the sections' order and the first heading go with them; in plain text ">> LABEL" capitals lines are not
headings (the sender, bulletin and "PRIORITY: HIGH" header lines are, and every item falls under the
last of them), each label is glued to the end of the item before it ("… from 29 November >> CUSTOMER
INFO") and a "[k/n]" marker inside an item stays in its text (its digits spoil the numbers), the
date-time group read as an item; bullets drawn as shapes are not seen, so two one-line items in a row
are run together; the labels of a key-figures strip are read as items ("crews deployed", "expected full
restoration") under one of its figures taken for a heading ("26", "13 July"), and the strip and issue
line go into the title; a Word page header ("OFFICIAL – SENSITIVE") taken for the title, the
organisation's name and the title over a cover table read as headings and the table's long value cells
("Widespread flooding – …", "Group Manager …") as items; "Control measures:" not taken for a mitigation
lead; in an Outlook message the first bold heading after the covering line is read as an item; furniture
lines kept as items ("Please complete and return …", "Signed: … Date: …", "Authorised by: …", a
Markdown byline, a table caption in italics, a closing "Sources: …" note, a PDF footer's organisation
name); headings without a key or with the wrong one ("Operational position" none, "ATTENDANCE AND OPEN
SITES" attendees, an itemless "Resources" and the "Volunteers" / "4.1 Crewing and availability" under it
guidance, "Restoring supplies" none, "Tenancy and welfare" lost) and "Actions for the next 24 hours"
read as actions, not next-steps. Read well at first sight: the web page's landmarks (banner, menus,
breadcrumbs, sidebar of figures, donation panel and footer all left out), the RAG dashboard and the
attendance table (left out as figures grids), the Outlook HTML's Symbol bullets, typed "•"/"-" bullets
and typed paragraph numbers, Markdown task lists and hard-wrapped bullets.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind5_layouts_mail as mail  # noqa: E402
import blind5_layouts_pdf as pdf  # noqa: E402
import blind5_layouts_web as web  # noqa: E402
import blind5_layouts_word as word  # noqa: E402
from blind5_layouts_banks_community import HEALTH_PROTECTION, HOUSING, SCHOOL, VOLUNTEERS  # noqa: E402
from blind5_layouts_banks_response import FIRE, HOSPITAL, TRANSPORT, WATER  # noqa: E402
from blind5_layouts_content import SeriesSource  # noqa: E402
from council_layouts import run  # noqa: E402
from council_layouts_gold import Doc, Wording  # noqa: E402


@dataclass(frozen=True, slots=True)
class Layout:
    name: str
    ext: str
    write: Callable[[Doc], bytes]
    wording: tuple[Wording, Wording]  # the same for every series of a partner
    title: str  # format string: {org} {service} {n} {date}
    series: SeriesSource  # the partner's content, in place of the council services
    risk_table: bool = False
    restyle: Callable[[Doc], None] | None = None  # changes the printed text (and so the gold) first


def _wording(rows: list[tuple]) -> tuple[Wording, Wording]:
    """(generator key, heading as printed, its meaning[, parent heading]) per section of a partner's report."""
    w = Wording({r[0]: (r[1], r[2], r[3] if len(r) > 3 else None) for r in rows})
    return w, w


LAYOUTS = (
    Layout("pdf-hospital-dashboard", "pdf", pdf.pdf_hospital_dashboard, _wording(
        [("situation", "Operational position", "situation"), ("risks", "Key risks and issues", "risks"),
         ("workforce", "Workforce", "workforce"), ("finance", "Finance", "finance"),
         ("recovery", "Elective recovery", "recovery"), ("communications", "Communications", "communications"),
         ("next", "Actions for the next 24 hours", "next-steps")]),
        "{org}: Daily {service} Report {n}", HOSPITAL.series, risk_table=True),
    Layout("word-fire-cover-table", "docx", word.word_fire_cover, _wording(
        [("situation", "Situation", "situation"), ("response", "Operational response", "response"),
         ("risks", "Risks and control measures", "risks"),
         ("workforce", "Crewing and availability", "workforce", "Resources"),
         ("finance", "Costs", "finance", "Resources"), ("recovery", "Recovery", "recovery"),
         ("communications", "Media and communications", "communications"),
         ("next", "Intentions for the next 24 hours", "next-steps")]),
        "Tactical Situation Report – {service}", FIRE.series, restyle=word.restyle_fire),
    Layout("pdf-water-band-strip", "pdf", pdf.pdf_water_band, _wording(
        [("situation", "Situation", "situation"), ("impacts", "Impact on customers", "impacts"),
         ("recovery", "Restoring supplies", "recovery"), ("risks", "Risks", "risks"),
         ("workforce", "Crews and staff", "workforce", "Resources"),
         ("finance", "Costs and compensation", "finance", "Resources"),
         ("communications", "Keeping customers informed", "communications"), ("next", "Next steps", "next-steps")]),
        "{service} – Incident Update {n}", WATER.series),
    Layout("word-school-typed", "docx", word.word_school_typed, _wording(
        [("situation", "ATTENDANCE AND OPEN SITES", "situation"), ("risks", "ISSUES AND RISKS", "risks"),
         ("workforce", "STAFFING", "workforce"), ("finance", "FINANCE", "finance"),
         ("recovery", "CATCH-UP AND RECOVERY", "recovery"),
         ("communications", "COMMUNICATION WITH PARENTS", "communications"),
         ("next", "SUPPORT NEEDED / NEXT STEPS", "next-steps")]),
        "{org} – {service} – w/c {date}", SCHOOL.series),
    Layout("html-volunteer-aria", "html", web.html_volunteer_page, _wording(
        [("activity", "What we are doing", "activity"), ("risks", "Challenges", "risks"),
         ("workforce", "Volunteers", "workforce", "Resources"), ("finance", "Funding", "finance", "Resources"),
         ("recovery", "Supporting recovery", "recovery"), ("communications", "Media and messaging", "communications"),
         ("next", "Next steps", "next-steps")]),
        "{service}: situation report {n}", VOLUNTEERS.series),
    Layout("text-transport-pager", "txt", mail.text_pager, _wording(
        [("situation", "SERVICE STATUS", "situation"), ("risks", "RISKS", "risks"), ("workforce", "CREW", "workforce"),
         ("finance", "COSTS", "finance"), ("recovery", "RECOVERY", "recovery"),
         ("communications", "CUSTOMER INFO", "communications"), ("next", "NEXT ACTIONS", "next-steps")]),
        "{service} {n}", TRANSPORT.series),
    Layout("email-housing-outlook", "eml", mail.email_outlook, _wording(
        [("activity", "Tenancy and welfare", "activity"), ("risks", "Risks and issues", "risks"),
         ("workforce", "Staffing", "workforce"), ("finance", "Income and finance", "finance"),
         ("recovery", "Repairs recovery", "recovery"), ("communications", "Tenant communications", "communications"),
         ("next", "Next steps", "next-steps")]),
        "{org} {service} – w/c {date}", HOUSING.series),
    Layout("markdown-surveillance", "md", web.markdown_surveillance, _wording(
        [("highlights", "Key messages", "highlights"),
         ("cases", "Cases and rates", "surveillance", "Surveillance"),
         ("outbreaks", "Outbreaks and settings", "surveillance", "Surveillance"), ("risks", "Risks", "risks"),
         ("workforce", "Workforce", "workforce"), ("communications", "Communications", "communications"),
         ("next", "Next steps", "next-steps")]),
        "{service} {n} – {date}", HEALTH_PROTECTION.series),
)  # fmt: skip


SEED_OFFSET = 600  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=24)


if __name__ == "__main__":
    main()
