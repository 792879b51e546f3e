"""PDF writers of the ``blind35_layouts`` set (reportlab, with ``blind32_layouts_print``'s helpers).

A Canadian regional health authority's daily situation report in a heat emergency, kept as a Tableau workbook by its
health emergency management team and exported with File › Print to PDF ("Entire workbook", letter landscape, the
dashboards at their fixed size): the "Overview" dashboard — its title and the line under it (the authority, the day,
"Data as of 08:00 PDT"), the "Health Service Delivery Area" filter card with "(All)", four KPI tiles (a label, a big
number, "▲ 55 vs previous day" — figures that are not items), a bar chart "Heat-related ED visits by day" drawn as
rectangles with its axis, tick values, gridlines and date labels, a line chart of the daily maximum temperature with a
dashed reference line and its label —, and a text object at the right holding the first sections of the sitrep (each
heading bold, the summary as paragraphs, the points "•" with a hanging indent, "Mitigating action:" bold inside a
risk's point); the "Situation report" dashboard on the second page, its title, two text objects side by side with the
rest of the sections (whole sections, as the analyst placed them) and a horizontal bar chart "Cooling centre visits
yesterday, by community" at the right; the sources note at the foot of each dashboard. "$3,400", "$1.25M", "July 16",
"(previous day: 5)".

An American school district's daily strike operations report during a teachers' strike, built in Looker Studio (the
district being on Google Workspace) and downloaded with File › Download › PDF (the 1200 × 900 canvas, "Add link back
to report"): on every page the report-level header band (the district, "Strike Operations Daily Report", the date
range control "Apr 14, 2026 - Apr 14, 2026 ▼" and the "School" filter control); on the first page four scorecards
(a label, a value, "▲ 3.1%" against the day before — figures that are not items), a time series chart "Attendance
rate" with its axis and legend and a table chart "Attendance by school" (school, enrolled, present, rate — a numbers
grid, not items), and at the right the sitrep typed into text boxes, a box for each section's heading on a pale band
and a box for its body under it, the points typed "• " so that a wrapped line runs back to the box's left edge,
"Mitigation:" typed in the point; on the second page a bar chart "Meals served by site" over the rest of the boxes in
two columns; "Link to report" and the address at the foot of each page. "$3,400", "$1.25 million", "4/16", "(prior
day: 5)".
"""

from __future__ import annotations

import zlib
from datetime import timedelta
from functools import partial
from itertools import pairwise

from blind7_layouts_content import report_day
from blind17_layouts_content import count
from blind23_layouts_print import BOLD, SANS, fonts, wrap
from blind32_layouts_print import Op, line, pdf
from blind35_layouts_content import parts
from council_layouts_gold import Doc

Line = tuple[str, list, float, float, float]  # kind (head, bullet, more, text), runs, size, dx, advance
Box = list  # [ops, x, top, width, bottom]


def _words(text: str, font: str = SANS) -> list[tuple[str, str]]:
    return [(w, font) for w in text.split()]


def _runs(item, lang: str, bold_lead: bool) -> list[tuple[str, str]]:
    risk, lead, rest = parts(item, lang)
    if not lead:
        return _words(item.text)
    return _words(risk) + _words(lead, BOLD if bold_lead else SANS) + _words(rest)


def _block(s, lang: str, room: float, size: float, head: float, hang: float, bold_lead: bool) -> list[Line]:
    """A section as lines; ``hang`` the points' hanging indent (0: the bullet typed, a wrapped line at the edge)."""
    out: list[Line] = [("head", [(s.heading, BOLD)], head, 0.0, head * 1.5)]
    lead = size * 1.3
    for it in s.items:
        runs = _runs(it, lang, bold_lead)
        if s.key == "highlights":
            lines = wrap(runs, room, size)
            out += [("text", ln, size, 0.0, lead) for ln in lines]
        elif hang:
            lines = wrap(runs, room - hang, size)
            out += [("bullet" if k == 0 else "more", ln, size, hang, lead) for k, ln in enumerate(lines)]
        else:
            lines = wrap([("•", SANS), *runs], room, size)
            out += [("text", ln, size, 0.0, lead) for ln in lines]
        out[-1] = (*out[-1][:4], out[-1][4] + size * 0.45)
    out[-1] = (*out[-1][:4], out[-1][4] + size * 0.6)
    return out


def _flow(sections, block, boxes: list[Box], more, ink, band=None, turns: tuple[int, ...] = ()) -> None:
    """Whole sections into the boxes in turn, each wrapped to its box's width (``block(section, width)``), a box's
    first section always placed, the section numbered ``turns[i]`` starting box ``i + 1`` at the latest (as the
    author placed them); ``more()`` opens a further box when they run out."""
    k, first = 0, True
    y = boxes[0][2]
    for n, s in enumerate(sections):
        blk = block(s, boxes[k][3])
        want = next((i + 1 for i, t in enumerate(turns) if t == n), 0)
        if k < want or (not first and y - sum(ln[4] for ln in blk) < boxes[k][4]):
            k = max(k + 1, want)
            while k >= len(boxes):
                boxes.append(more())
            y, first = boxes[k][2], True
            blk = block(s, boxes[k][3])
        ops, x, _, w, _ = boxes[k]
        for kind, runs, size, dx, adv in blk:
            if kind == "head" and band:
                ops.append(lambda c, y=y, x=x, w=w, s=size: (c.setFillColorRGB(*band),
                                                             c.rect(x - 4, y - 5, w + 8, s + 9, 0, 1)))  # fmt: skip
            if kind == "bullet":
                ops.append(lambda c, y=y, x=x, s=size: (c.setFillColorRGB(*ink), c.setFont(SANS, s),
                                                        c.drawString(x + 1, y, "•")))  # fmt: skip
            ops.append(lambda c, y=y, x=x + dx, r=runs, s=size: (c.setFillColorRGB(*ink), line(c, x, y, r, s)))
            y -= adv
        first = False


def _nice(top: float) -> int:
    return next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10**9) if top / 4 <= s)


def _axis_bars(
    ops: list[Op], x: float, y: float, w: float, h: float, labels, values, colour, title: str, axis: str
) -> None:
    """A vertical bar chart: its title, gridlines, tick values, bars and their labels."""
    step = _nice(max(values))
    top = step * 4

    def draw(c) -> None:
        c.setFillColorRGB(0.2, 0.2, 0.2)
        c.setFont(BOLD, 9)
        c.drawString(x, y + h + 12, title)
        c.setFont(SANS, 7)
        for k in range(5):
            yy = y + h * k / 4
            c.setStrokeColorRGB(0.88, 0.88, 0.88)
            c.setLineWidth(0.5)
            c.line(x + 30, yy, x + w, yy)
            c.drawRightString(x + 26, yy - 2, f"{step * k:,}")
        bw = (w - 30) / len(values)
        for k, (lab, v) in enumerate(zip(labels, values, strict=True)):
            c.setFillColorRGB(*colour)
            c.rect(x + 30 + k * bw + bw * 0.15, y, bw * 0.7, h * v / top, 0, 1)
            c.setFillColorRGB(0.3, 0.3, 0.3)
            c.drawCentredString(x + 30 + (k + 0.5) * bw, y - 10, lab)
        c.saveState()
        c.translate(x + 4, y + h / 2)
        c.rotate(90)
        c.drawCentredString(0, 0, axis)
        c.restoreState()

    ops.append(draw)


# ---------------------------------------------------------------- Tableau, Canadian health authority

LW, LH = 792.0, 612.0
INK = (0.2, 0.2, 0.2)
CITIES = {"Salish": "Nanaimo", "Okanagan": "Kelowna", "Kootenay": "Castlegar", "Northern": "Fort St. John"}
COMMUNITIES = ("Riverside", "Harbour Flats", "Old Town", "Eastgate", "Hillcrest", "Lakeview", "Mill Bay")


def _tableau_head(ops: list[Op], title: str, sub: str) -> None:
    ops.append(
        lambda c: (
            c.setFillColorRGB(0.12, 0.12, 0.12),
            c.setFont(BOLD, 17),
            c.drawString(24, 580, title),
            c.setFillColorRGB(0.45, 0.45, 0.45),
            c.setFont(SANS, 9),
            c.drawString(24, 565, sub),
        )
    )
    note = ("Sources: emergency department syndromic surveillance; BC Emergency Health Services; municipal cooling "
            "centre counts. Data are preliminary and subject to change.")  # fmt: skip
    ops.append(lambda c: (c.setFillColorRGB(0.5, 0.5, 0.5), c.setFont(SANS, 6.5), c.drawString(24, 18, note)))


def pdf_tableau_heat_ca(doc: Doc) -> bytes:
    """The health authority's heat sitrep as Tableau prints the workbook's two dashboards to PDF."""
    fonts()
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    day = f"{when:%A}, {when:%B} {when.day}, {when.year}"
    sub = f"{doc.organisation}  |  {day}  |  Data as of 08:00 PDT"
    ed = count(doc, ("emergency department visits",), 40 + h % 200)
    calls = count(doc, ("heat-related calls",), 30 + h % 300)
    centres = count(doc, ("cooling centres are open",), 6 + h % 30)
    high = count(doc, ("daytime highs",), 31 + h % 8)
    p1: list[Op] = []
    _tableau_head(p1, f"Extreme Heat Response – Situation Report #{doc.number}", sub)
    p1.append(lambda c: (c.setFillColorRGB(0.2, 0.2, 0.2), c.setFont(BOLD, 8),
                         c.drawString(630, 590, "Health Service Delivery Area"), c.setStrokeColorRGB(0.7, 0.7, 0.7),
                         c.setFillColorRGB(1, 1, 1), c.rect(630, 566, 138, 17, 1, 1), c.setFillColorRGB(0.2, 0.2, 0.2),
                         c.setFont(SANS, 8), c.drawString(636, 571, "(All)"), c.drawString(756, 571, "▼")))  # fmt: skip
    tiles = (
        ("Heat-related ED visits (24 h)", f"{ed:,}", 1 + h % 30),
        ("Paramedic heat calls", f"{calls:,}", 2 + h % 40),
        ("Cooling centres open", f"{centres:,}", h % 4),
        ("Forecast high", f"{high} °C", 1 + h % 3),
    )
    for k, (label, value, delta) in enumerate(tiles):  # fmt: skip
        x = 24 + k * 186
        p1.append(lambda c, x=x, lab=label, v=value, d=delta: (
            c.setFillColorRGB(0.96, 0.96, 0.96), c.rect(x, 488, 176, 62, 0, 1), c.setFillColorRGB(0.4, 0.4, 0.4),
            c.setFont(SANS, 8), c.drawString(x + 8, 538, lab), c.setFillColorRGB(0.78, 0.25, 0.1),
            c.setFont(BOLD, 24), c.drawString(x + 8, 510, v), c.setFillColorRGB(0.45, 0.45, 0.45),
            c.setFont(SANS, 7), c.drawString(x + 8, 494, f"▲ {d} vs previous day")))  # fmt: skip
    days = [when - timedelta(days=6 - k) for k in range(7)]
    visits = [max(3, int(ed * (0.3 + 0.7 * k / 6) * (0.85 + ((h >> k) % 4) / 10))) for k in range(6)] + [ed]
    _axis_bars(
        p1,
        24,
        290,
        380,
        150,
        [f"{d:%b} {d.day}" for d in days],
        visits,
        (0.86, 0.4, 0.16),
        "Heat-related ED visits by day",
        "Visits",
    )
    temps = [high - 6 + k + (h >> k) % 3 for k in range(6)] + [high]

    def temp_chart(c, x=24.0, y=60.0, w=380.0, ht=150.0) -> None:
        c.setFillColorRGB(0.2, 0.2, 0.2)
        c.setFont(BOLD, 9)
        c.drawString(x, y + ht + 12, f"Daily maximum temperature (°C), {CITIES[doc.organisation.split()[0]]} Airport")
        c.setFont(SANS, 7)
        for k in range(6):
            yy = y + ht * k / 5
            c.setStrokeColorRGB(0.88, 0.88, 0.88)
            c.line(x + 30, yy, x + w, yy)
            c.drawRightString(x + 26, yy - 2, str(20 + 5 * k))
        pts = [(x + 30 + (k + 0.5) * (w - 30) / 7, y + ht * (t - 20) / 25) for k, t in enumerate(temps)]
        c.setStrokeColorRGB(0.16, 0.4, 0.65)
        c.setLineWidth(1.6)
        for a, b in pairwise(pts):
            c.line(*a, *b)
        for k, (px, py) in enumerate(pts):
            c.setFillColorRGB(0.16, 0.4, 0.65)
            c.circle(px, py, 2.2, 0, 1)
            c.setFillColorRGB(0.3, 0.3, 0.3)
            c.drawCentredString(px, y - 10, f"{days[k]:%b} {days[k].day}")
        c.setDash(3, 2)
        c.setStrokeColorRGB(0.7, 0.1, 0.1)
        ry = y + ht * 13 / 25
        c.line(x + 30, ry, x + w, ry)
        c.setDash()
        c.drawRightString(x + w, ry + 3, "Heat warning criteria: 33 °C")

    p1.append(temp_chart)
    p2: list[Op] = []
    _tableau_head(p2, f"Situation Report #{doc.number} – Response Details", sub)
    pages = [p1, p2]

    def more() -> Box:
        pages.append([])
        _tableau_head(pages[-1], f"Situation Report #{doc.number} – Response Details (continued)", sub)
        return [pages[-1], 24.0 + 258 * ((len(pages) - 3) % 2), 540.0, 245.0, 36.0]

    boxes: list[Box] = [[p1, 434.0, 462.0, 334.0, 36.0], [p2, 24.0, 540.0, 245.0, 36.0],
                        [p2, 282.0, 540.0, 245.0, 36.0]]  # fmt: skip
    # the analyst keeps the first four sections on the overview, the rest in two text objects from the risks on
    risks = next(i for i, s in enumerate(doc.sections) if s.risks)
    block = partial(_block, lang="heat", size=8.5, head=10.0, hang=9.0, bold_lead=True)
    _flow(doc.sections, lambda s, w: block(s, room=w), boxes, more, INK, turns=(4, risks))
    visits_y = count(doc, ("used a cooling centre",), 200 + h % 2000)
    shares = [(COMMUNITIES[k], max(5, int(visits_y * (7 - k + (h >> k) % 3) / 40))) for k in range(7)]

    def community_bars(c, x=548.0, top=520.0) -> None:
        c.setFillColorRGB(0.2, 0.2, 0.2)
        c.setFont(BOLD, 9)
        c.drawString(x, top + 12, "Cooling centre visits yesterday, by community")
        big = max(v for _, v in shares)
        for k, (name, v) in enumerate(shares):
            yy = top - 22 - k * 24
            c.setFillColorRGB(0.3, 0.3, 0.3)
            c.setFont(SANS, 7.5)
            c.drawRightString(x + 62, yy + 3, name)
            c.setFillColorRGB(0.16, 0.4, 0.65)
            c.rect(x + 66, yy, 130 * v / big, 12, 0, 1)
            c.setFillColorRGB(0.3, 0.3, 0.3)
            c.drawString(x + 70 + 130 * v / big, yy + 3, f"{v:,}")

    p2.append(community_bars)
    return pdf(pages, (LW, LH), {"title": f"Heat_Sitrep_{when:%Y%m%d}", "author": "HEM Analytics",
                                 "creator": "Tableau Desktop 2024.2", "producer": "Tableau"})  # fmt: skip


# ---------------------------------------------------------------- Looker Studio, American school district

GW, GH = 900.0, 675.0
NAVY = (0.1, 0.24, 0.42)
BAND = (0.9, 0.93, 0.97)
SCHOOLS = ("Lincoln Elementary", "Jefferson Middle", "Cesar Chavez Elementary", "Roosevelt High", "Oak Grove K-8",
           "Washington High", "Sierra Vista Elementary", "Madison Middle")  # fmt: skip
MEAL_SITES = ("Central Kitchen", "Roosevelt High", "Lincoln Elem.", "Oak Grove", "Washington High", "Parkside Center")


def _looker_frame(ops: list[Op], district: str, when, link: str) -> None:
    span = f"{when:%b} {when.day}, {when.year} - {when:%b} {when.day}, {when.year}"
    ops.append(lambda c: (c.setFillColorRGB(*NAVY), c.rect(0, GH - 64, GW, 64, 0, 1), c.setFillColorRGB(1, 1, 1),
                          c.setFont(SANS, 10), c.drawString(24, GH - 24, district), c.setFont(BOLD, 20),
                          c.drawString(24, GH - 50, "Strike Operations Daily Report"), c.roundRect(600, GH - 48, 168,
                                                                                                   24, 3, 0, 1),
                          c.roundRect(778, GH - 48, 98, 24, 3, 0, 1), c.setFillColorRGB(0.2, 0.2, 0.2),
                          c.setFont(SANS, 8.5), c.drawString(608, GH - 40, span), c.drawString(756, GH - 40, "▼"),
                          c.setFont(SANS, 6.5), c.drawString(784, GH - 33, "School"), c.setFont(SANS, 8.5),
                          c.drawString(784, GH - 44, "All"), c.drawString(864, GH - 44, "▼")))  # fmt: skip
    ops.append(lambda c: (c.setFillColorRGB(0.1, 0.4, 0.8), c.setFont(SANS, 7),
                          c.drawString(24, 14, f"Link to report: {link}")))  # fmt: skip


def pdf_looker_strike_us(doc: Doc) -> bytes:
    """The district's strike report as Looker Studio downloads the report as PDF."""
    fonts()
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    rid = f"{h:08x}-{h % 9973:04x}-4{h % 997:03x}-a{h % 991:03x}-{h * 7919 % 16**12:012x}"
    link = f"https://lookerstudio.google.com/reporting/{rid}/page/p_{h % 10**9:09d}"
    p1: list[Op] = []
    _looker_frame(p1, doc.organisation, when, link)
    rate = count(doc, ("attendance yesterday",), 40 + h % 40)
    enrolled = 8000 + h % 30000
    cards = (("Students present", f"{enrolled * rate // 100:,}", f"{1 + h % 9}.{h % 10}%"),
             ("Schools open", str(count(doc, ("remain open",), 10 + h % 20)), f"{h % 5}.0%"),
             ("Meals served", f"{count(doc, ('meals were served',), 900 + h % 9000):,}", f"{2 + h % 7}.{h % 9}%"),
             ("Substitutes in classrooms", str(count(doc, ("substitute teachers",), 40 + h % 300)),
              f"{h % 6}.{h % 7}%"))  # fmt: skip
    for k, (label, value, delta) in enumerate(cards):
        x = 24 + k * 216
        p1.append(lambda c, x=x, lab=label, v=value, d=delta: (
            c.setStrokeColorRGB(0.85, 0.85, 0.85), c.setFillColorRGB(1, 1, 1), c.rect(x, 520, 204, 72, 1, 1),
            c.setFillColorRGB(0.38, 0.38, 0.38), c.setFont(SANS, 9), c.drawString(x + 10, 576, lab),
            c.setFillColorRGB(0.13, 0.13, 0.13), c.setFont(BOLD, 26), c.drawString(x + 10, 542, v),
            c.setFillColorRGB(0.1, 0.55, 0.25), c.setFont(SANS, 9), c.drawString(x + 10, 527, f"▲ {d}")))  # fmt: skip
    days = [when - timedelta(days=6 - k) for k in range(7)]
    rates = [min(97, 92 - (h >> k) % 4) if k < 4 else max(10, rate - 6 + (h >> k) % 9) for k in range(6)] + [rate]

    def series(c, x=24.0, y=345.0, w=420.0, ht=130.0) -> None:
        c.setFillColorRGB(0.2, 0.2, 0.2)
        c.setFont(BOLD, 10)
        c.drawString(x, y + ht + 18, "Attendance rate")
        c.setFont(SANS, 7)
        for k in range(5):
            yy = y + ht * k / 4
            c.setStrokeColorRGB(0.9, 0.9, 0.9)
            c.line(x + 30, yy, x + w, yy)
            c.drawRightString(x + 26, yy - 2, f"{25 * k}%")
        pts = [(x + 30 + (k + 0.5) * (w - 30) / 7, y + ht * r / 100) for k, r in enumerate(rates)]
        c.setStrokeColorRGB(0.26, 0.52, 0.96)
        c.setLineWidth(1.8)
        for a, b in pairwise(pts):
            c.line(*a, *b)
        for k, (px, _) in enumerate(pts):
            c.drawCentredString(px, y - 10, f"{days[k]:%b} {days[k].day}")
        c.setFillColorRGB(0.26, 0.52, 0.96)
        c.rect(x + w - 90, y + ht + 16, 10, 3, 0, 1)
        c.setFillColorRGB(0.3, 0.3, 0.3)
        c.drawString(x + w - 76, y + ht + 14, "Attendance rate")

    p1.append(series)
    rows = []
    for k, school in enumerate(SCHOOLS[: 5 + h % 4]):
        roll = 300 + (h >> k) % 1400
        present = roll * max(5, min(99, rate - 10 + (h >> (k + 2)) % 21)) // 100
        rows.append((school, f"{roll:,}", f"{present:,}", f"{100 * present / roll:.1f}%"))

    def table(c, x=24.0, top=300.0) -> None:
        c.setFillColorRGB(0.2, 0.2, 0.2)
        c.setFont(BOLD, 10)
        c.drawString(x, top + 10, "Attendance by school")
        cols = (x + 6, x + 220, x + 300, x + 380)
        for r, row in enumerate((("School", "Enrolled", "Present", "Rate"), *rows)):
            yy = top - 16 - r * 17
            if r == 0:
                c.setFillColorRGB(0.95, 0.95, 0.95)
                c.rect(x, yy - 5, 420, 17, 0, 1)
            c.setFillColorRGB(0.2, 0.2, 0.2)
            c.setFont(BOLD if r == 0 else SANS, 8)
            c.drawString(cols[0], yy, row[0])
            for cx, cell in zip(cols[1:], row[1:], strict=True):
                c.drawRightString(cx + 30, yy, cell)
            c.setStrokeColorRGB(0.9, 0.9, 0.9)
            c.line(x, yy - 5, x + 420, yy - 5)

    p1.append(table)
    p2: list[Op] = []
    _looker_frame(p2, doc.organisation, when, link)
    meals = count(doc, ("meals were served",), 900 + h % 9000)
    per_site = [max(20, meals * (6 - k + (h >> k) % 3) // 30) for k in range(6)]
    _axis_bars(p2, 24, 470, 420, 110, list(MEAL_SITES), per_site, (0.26, 0.52, 0.96), "Meals served by site", "Meals")
    pages = [p1, p2]

    def more() -> Box:
        pages.append([])
        _looker_frame(pages[-1], doc.organisation, when, link)
        return [pages[-1], 28.0 + 436 * ((len(pages) - 3) % 2), 580.0, 408.0, 40.0]

    boxes: list[Box] = [[p1, 464.0, 490.0, 408.0, 40.0], [p2, 28.0, 420.0, 408.0, 40.0],
                        [p2, 464.0, 580.0, 408.0, 40.0]]  # fmt: skip
    risks = next(i for i, s in enumerate(doc.sections) if s.risks)
    ink = (0.15, 0.15, 0.15)
    block = partial(_block, lang="school", size=9.0, head=11.0, hang=0.0, bold_lead=False)
    _flow(doc.sections, lambda s, w: block(s, room=w), boxes, more, ink, BAND, turns=(risks - 2, risks + 1))
    return pdf(pages, (GW, GH), {"title": "Strike Operations Daily Report", "author": "", "creator": "Looker Studio",
                                 "producer": "Skia/PDF m124"})  # fmt: skip
