"""PDF writers of the ``blind33_layouts`` set (reportlab, with ``blind32_layouts_print``'s helpers).

A state biosecurity agency's local control centre's daily situation report in a foot-and-mouth disease outbreak,
entered by the planning officer in an ArcGIS Survey123 form and printed as the survey's feature report (the report
template a Word file of the agency's, the report service writing the PDF): the template's head (a logo block, "SITUATION
REPORT", the response and the control centre), a two-column table of the form's single answers (incident, sitrep
number, reporting period, infected premises, animals destroyed, prepared and approved by — figures that are not
items), then each of the form's groups as a dark green bar with its label in white, the group's multiline answer as
the officer typed it — the summary a sentence a line, the other points a line each begun "- ", a wrapped line running
back to the left edge as a multiline answer does —, the risks a repeat whose records print as small tables (Risk,
Treatment, Residual rating, one record a table); the footer "OFFICIAL: Sensitive" and "Page 1 of 3". "$3,400",
"$1.25 million", "(previous sitrep: 5)".

A water company's reservoir incident room's situation log, kept in a Microsoft Access database and printed from its
report ("rptSituationLog") with "Microsoft Print to PDF": the report header (the reservoir, "Incident Situation Log",
the report's number and period), the page header on every page (the column labels Ref, Entry, Logged by, Time over a
rule), a group header per category (bold on a grey band) — the category is the section —, a detail row per entry
(its reference, the entry grown to its text, the logger's initials and the time), "Control measure:" bold inside a
risk's entry, the group footer counting the entries ("Entries: 3"), the page footer (``=Now()`` and "Page 1 of 3") and
the report footer; a detail row that does not fit is split over the page break (the section's Keep Together off).
"£3,400", "£1.25m", "(last report: 5)".
"""

from __future__ import annotations

import zlib
from datetime import timedelta

from blind7_layouts_content import report_day
from blind17_layouts_content import count
from blind23_layouts_print import BOLD, SANS, fonts, wrap
from blind32_layouts_print import Op, line, pdf
from blind33_layouts_content import parts
from council_layouts_gold import Doc

A4W, A4H = 595.28, 841.89
ITALIC = "B23Sans-Italic"


def runs(item, lang: str, font: str = SANS, bold: str = BOLD) -> list[tuple[str, str]]:
    """An item's words with their fonts, the mitigation's lead in bold."""
    risk, lead, rest = parts(item, lang)
    words = [(w, font) for w in risk.split()]
    return words + [(w, bold) for w in lead.split()] + [(w, font) for w in rest.split()] if lead else words


class Pages:
    """Pages of drawing operations with a cursor that starts a new page when the room runs out."""

    def __init__(self, top: float, foot: float, on_new=None) -> None:
        self.pages: list[list[Op]] = [[]]
        self.top, self.foot, self.y, self.on_new = top, foot, top, on_new

    def need(self, height: float) -> None:
        if self.y - height < self.foot:
            self.pages.append([])
            self.y = self.top
            if self.on_new:
                self.on_new(self)

    def add(self, op: Op) -> None:
        self.pages[-1].append(op)


# ---------------------------------------------------------------- Survey123 feature report

GREEN = (0.12, 0.33, 0.2)
OFFICERS = {"Tarrawong": ("Kylie Brennan", "Dr Matt Oakes"), "Mullindee": ("Josh Hartigan", "Dr Leanne Ploog"),
            "Yarrabool": ("Tanya Mirrabee", "Dr Craig Dunstan"),
            "Kooringa Flats": ("Ravi Sandhu", "Dr Emma Kilpatrick")}  # fmt: skip
RATINGS = ("Low", "Medium", "High", "Extreme")


def pdf_survey123_fmd_au(doc: Doc) -> bytes:
    """The day's sitrep as the Survey123 feature report prints the form's record."""
    fonts()
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    centre = doc.organisation.split("Local Control Centre ")[1]
    planner, controller = OFFICERS[centre]
    left, right, size, lead = 40.0, A4W - 40.0, 9.5, 12.5
    room = right - left
    pg = Pages(A4H - 50, 56.0)

    def cell_rows(rows: list[tuple[str, list[tuple[str, str]]]], label_w: float = 120.0) -> None:
        """A bordered two-column table, the labels on grey; a row is kept whole on its page."""
        for label, words in rows:
            lines = wrap(words, room - label_w - 10, size) or [[]]
            high = lead * len(lines) + 6
            pg.need(high)
            top = pg.y + lead - 3
            pg.add(
                lambda c, top=top, high=high: (
                    c.setStrokeColorRGB(0.55, 0.55, 0.55),
                    c.setFillColorRGB(0.9, 0.91, 0.9),
                    c.rect(left, top - high, label_w, high, 1, 1),
                    c.rect(left + label_w, top - high, room - label_w, high, 1, 0),
                )
            )
            pg.add(lambda c, y=pg.y, t=label: (c.setFillColorRGB(0, 0, 0), c.setFont(BOLD, size),
                                               c.drawString(left + 4, y, t)))  # fmt: skip
            for ln in lines:
                pg.add(lambda c, y=pg.y, ln=ln: (c.setFillColorRGB(0, 0, 0), line(c, left + label_w + 5, y, ln, size)))
                pg.y -= lead
            pg.y -= 6

    pg.add(lambda c: (c.setFillColorRGB(*GREEN), c.rect(left, A4H - 96, 64, 56, 0, 1), c.setFillColorRGB(1, 1, 1),
                      c.setFont(BOLD, 20), c.drawCentredString(left + 32, A4H - 76, "AB"),
                      c.setFillColorRGB(*GREEN), c.setFont(BOLD, 18), c.drawString(left + 78, A4H - 56,
                                                                                   "SITUATION REPORT"),
                      c.setFillColorRGB(0.2, 0.2, 0.2), c.setFont(SANS, 11),
                      c.drawString(left + 78, A4H - 73, "Emergency animal disease response"),
                      c.drawString(left + 78, A4H - 88, f"Local Control Centre {centre}")))  # fmt: skip
    pg.y = A4H - 126
    start = when - timedelta(days=1)
    ips = count(doc, ("infected premises",), 1 + h % 4)
    fields = (
        ("Incident", "Foot-and-mouth disease (FMD)"),
        ("Sitrep number", str(doc.number)),
        ("Reporting period", f"0600 {start:%d/%m/%Y} to 0600 {when:%d/%m/%Y}"),
        ("Infected premises", str(ips)),
        ("Animals destroyed", f"{(ips * 812 + h % 700):,}"),
        ("Prepared by", f"{planner}, Planning Officer"),
        ("Approved by", f"{controller}, Local Controller"),
    )
    cell_rows([(a, [(w, SANS) for w in b.split()]) for a, b in fields])
    pg.y -= 8
    for s in doc.sections:
        pg.need(lead * 3 + 20)
        pg.add(lambda c, y=pg.y, t=s.heading: (c.setFillColorRGB(*GREEN), c.rect(left, y - 5, room, 18, 0, 1),
                                               c.setFillColorRGB(1, 1, 1), c.setFont(BOLD, 11),
                                               c.drawString(left + 5, y, t)))  # fmt: skip
        pg.y -= 24
        if s.risks:
            for it in s.items:
                level = RATINGS[min(it.level + h % 2, 3)]
                cell_rows([("Risk", [(w, SANS) for w in it.body.split()]),
                           ("Treatment", [(w, SANS) for w in (it.mitigation or "Nil").split()]),
                           ("Residual rating", [(level, SANS)])])  # fmt: skip
                pg.y -= 6
            continue
        for it in s.items:
            typed = it.text if s.key == "highlights" else f"- {it.text}"
            for ln in wrap([(w, SANS) for w in typed.split()], room, size):
                pg.need(lead)
                pg.add(lambda c, y=pg.y, ln=ln: (c.setFillColorRGB(0, 0, 0), line(c, left, y, ln, size)))
                pg.y -= lead
        pg.y -= 10
    total = len(pg.pages)
    for n, page in enumerate(pg.pages, start=1):
        page.append(lambda c, n=n: (c.setFillColorRGB(0.3, 0.3, 0.3), c.setFont(SANS, 8),
                                    c.drawString(left, 30, "OFFICIAL: Sensitive"),
                                    c.drawRightString(right, 30, f"Page {n} of {total}")))  # fmt: skip
    return pdf(pg.pages, (A4W, A4H), {"title": f"Sitrep_{when:%Y%m%d}_LCC_{centre.replace(' ', '')}",
                                      "author": "ArcGIS Survey123", "creator": "ArcGIS Survey123 feature report",
                                      "producer": "Aspose.Words for .NET 23.10.0"})  # fmt: skip


# ---------------------------------------------------------------- Microsoft Access report printed to PDF

LOGGERS = ("JDM", "SKP", "AW", "RTH", "LMc", "NB")


def pdf_access_log_dam_gb(doc: Doc) -> bytes:
    """The reservoir's situation log as the Access report prints to "Microsoft Print to PDF"."""
    fonts()
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    reservoir = doc.organisation.split(" – ")[1]
    left, right, size, lead = 36.0, A4W - 36.0, 9.0, 11.5
    x_ref, x_entry, x_by, x_time = left + 2, left + 58, right - 92, right - 38
    entry_w = x_by - x_entry - 12

    def page_header(p: Pages) -> None:
        p.add(lambda c, y=p.y: (c.setFillColorRGB(0, 0, 0), c.setFont(BOLD, 9), c.drawString(x_ref, y, "Ref"),
                                c.drawString(x_entry, y, "Entry"), c.drawString(x_by, y, "Logged by"),
                                c.drawString(x_time, y, "Time"), c.setLineWidth(0.8),
                                c.line(left, y - 4, right, y - 4)))  # fmt: skip
        p.y -= 18

    pg = Pages(A4H - 40, 50.0, page_header)
    pg.add(lambda c: (c.setFillColorRGB(0, 0, 0), c.setFont(BOLD, 17),
                      c.drawString(left, A4H - 52, f"{reservoir} – Incident Situation Log"),
                      c.setFont(SANS, 10),
                      c.drawString(left, A4H - 68, f"Pennine Water · Report {doc.number} · period ending 06:00 "
                                   f"{when:%A} {when.day} {when:%B %Y}"),
                      c.setLineWidth(1.5), c.line(left, A4H - 76, right, A4H - 76)))  # fmt: skip
    pg.y = A4H - 96
    page_header(pg)
    ref = 100 + h % 400
    for s in doc.sections:
        pg.need(lead * 3 + 16)
        pg.add(lambda c, y=pg.y, t=s.heading: (c.setFillColorRGB(0.86, 0.86, 0.86), c.rect(left, y - 4, right - left,
                                                                                           16, 0, 1),
                                               c.setFillColorRGB(0, 0, 0), c.setFont(BOLD, 11),
                                               c.drawString(left + 3, y, t)))  # fmt: skip
        pg.y -= 20
        for it in s.items:
            g = zlib.crc32(f"{doc.title}/{it.id}".encode())
            ref += 1 + g % 4
            logger = LOGGERS[(h + ref) % 6]
            stamp = f"{(6 + g % 24) % 24:02d}:{g % 59:02d}"
            for j, ln in enumerate(wrap(runs(it, "dam"), entry_w, size)):
                pg.need(lead)  # the detail section can grow and break over the page
                if j == 0:
                    pg.add(lambda c, y=pg.y, r=f"E-{ref:04d}", b=logger, t=stamp: (
                        c.setFillColorRGB(0, 0, 0), c.setFont(SANS, size), c.drawString(x_ref, y, r),
                        c.drawString(x_by, y, b), c.drawString(x_time, y, t)))  # fmt: skip
                pg.add(lambda c, y=pg.y, ln=ln: (c.setFillColorRGB(0, 0, 0), line(c, x_entry, y, ln, size)))
                pg.y -= lead
            pg.add(lambda c, y=pg.y + 4: (c.setStrokeColorRGB(0.8, 0.8, 0.8), c.setLineWidth(0.4),
                                          c.line(x_entry, y, right, y)))  # fmt: skip
            pg.y -= 5
        pg.need(lead)
        entries_here = len(s.items)
        pg.add(lambda c, y=pg.y, n=entries_here: (c.setFont(ITALIC, 8), c.drawRightString(right, y, f"Entries: {n}")))
        pg.y -= lead + 6
    pg.need(lead * 2)
    entries = sum(len(s.items) for s in doc.sections)
    pg.add(
        lambda c, y=pg.y: (
            c.setFont(BOLD, 9),
            c.drawString(left, y, f"Total entries: {entries}"),
            c.drawCentredString(A4W / 2, y - 16, "*** End of report ***"),
        )
    )
    total = len(pg.pages)
    printed = when.replace(hour=6, minute=20 + h % 30, second=h % 60)
    for n, page in enumerate(pg.pages, start=1):
        page.append(lambda c, n=n: (c.setFillColorRGB(0, 0, 0), c.setFont(SANS, 8),
                                    c.drawString(left, 28, f"{printed.day} {printed:%B %Y %H:%M:%S}"),
                                    c.drawRightString(right, 28, f"Page {n} of {total}")))  # fmt: skip
    return pdf(pg.pages, (A4W, A4H), {"title": "rptSituationLog", "author": "", "creator": "Microsoft Access",
                                      "producer": "Microsoft: Print To PDF"})  # fmt: skip
