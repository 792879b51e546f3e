"""PDF writers of the ``blind28_layouts`` set (reportlab, with ``blind23_layouts_print``'s fonts and line helpers and
``blind27_layouts_pdf``'s canvas).

An ambulance service's daily resource escalation (REAP) situation report, kept in the trust's situation log database
and rendered by SQL Server Reporting Services with "Export > PDF": A4 landscape, the report's page header on every
page (report name, the trust, the parameters "Period: last 24 hours; Directorate: All"), the tablix's column headers
repeated on each page (Update | Status | Last updated | Updated by), each category a row group whose header row is
shaded across the table with the category's name, the detail rows one entry each — the update's text wrapped in its
cell, the status word, the time stamp and the author's domain account —, "Mitigations in place:" typed inside a
risk's update, the page footer "Run by DAS\\svc_ssrs on 13/01/2026 08:05" and "Page 1 of 2". "£3,400", "(last sitrep:
5)".

A housing association's major incident record after a block of flats was evacuated, kept in Dynamics 365 and printed
from the browser's print preview of the form: the browser's own header (date and time, the page title) and footer
(the record's long address, "1/3"), the record's title and entity ("Incident · Major Incident"), the header fields
(status, owner, priority, reference), the business process bar ("Report › Assess › Respond › Recover"), then each
tab of the form a title over a rule, and in it the field grid: the label "Update" at the left and its multi-line
text at the right — the officer's points each a typed "- " line, a long point wrapped back to the box's left edge as a
text box wraps —, then "Modified by" and "Modified on"; "Mitigation in place:" typed inside a risk's point. "£3,400",
"£1.25m", "(was 5)".
"""

from __future__ import annotations

import zlib

from blind7_layouts_content import report_day
from blind23_layouts_print import BOLD, SANS, Run, draw_line, fonts, width, wrap
from blind27_layouts_pdf import Op, _canvas
from blind28_layouts_content import parts, slug
from council_layouts_gold import RAG, Doc

# ---------------------------------------------------------------- SSRS tablix exported to PDF

LAND = (841.89, 595.28)
AUTHORS = ("jcarter", "aokafor", "lpatel", "mhughes", "sbrennan", "tkowalski")
COLS = (470.0, 70.0, 110.0, 110.0)  # Update, Status, Last updated, Updated by


def _ssrs_rows(doc: Doc, stamp: str, domain: str) -> list[tuple[str, object]]:
    rows: list[tuple[str, object]] = []
    for s in doc.sections:
        rows.append(("group", s.heading))
        for it in s.items:
            risk, lead, rest = parts(it, "amb")
            text = f"{risk} {lead} {rest}" if lead else it.text
            status = RAG[it.level] if s.risks else ("Open", "Monitoring", "Open", "Update")[len(it.text) % 4]
            who = f"{domain}\\{AUTHORS[zlib.crc32(it.thread.encode()) % len(AUTHORS)]}"
            minute = 10 + zlib.crc32(it.id.encode()) % 50
            lines = wrap([(w, SANS) for w in text.split()], COLS[0] - 10, 8.5)
            rows.append(("detail", (lines, status, f"{stamp} 07:{minute:02d}", who)))
    return rows


def pdf_ssrs_tablix_ambulance_gb(doc: Doc) -> bytes:
    """The REAP situation report as Reporting Services exports it to PDF."""
    fonts()
    when = report_day(doc)
    W, H = LAND
    stamp = f"{when:%d/%m/%Y}"
    domain = "".join(w[0] for w in doc.organisation.split()[:3]).upper()
    rows = _ssrs_rows(doc, stamp, domain)
    x0, top, bottom = 36.0, H - 110, 50.0
    pages: list[list[Op]] = []

    def new_page() -> list[Op]:
        ops: list[Op] = [lambda c: (c.setFont(BOLD, 15), c.setFillColorRGB(0.1, 0.2, 0.45),
                                    c.drawString(x0, H - 40, "REAP Daily Situation Report"),
                                    c.setFont(SANS, 9), c.setFillColorRGB(0, 0, 0),
                                    c.drawRightString(W - x0, H - 40, doc.organisation),
                                    c.drawString(x0, H - 56, f"Report date: {stamp}    Period: last 24 hours; "
                                                 "Directorate: All; Category: All"))]  # fmt: skip
        x = x0
        for j, label in enumerate(("Update", "Status", "Last updated", "Updated by")):
            ops.append(lambda c, x=x, j=j, lab=label: (c.setFillColorRGB(0.82, 0.86, 0.93),
                       c.rect(x, H - 90, COLS[j], 18, 1, 1), c.setFillColorRGB(0, 0, 0), c.setFont(BOLD, 9),
                       c.drawString(x + 4, H - 84, lab)))  # fmt: skip
            x += COLS[j]
        pages.append(ops)
        return ops

    ops, y = new_page(), top + 14
    for kind, row in rows:
        h = 18.0 if kind == "group" else 11.0 * len(row[0]) + 8  # type: ignore[index]
        if y - h < bottom:
            ops, y = new_page(), top + 14
        if kind == "group":
            ops.append(lambda c, y=y, t=row: (c.setFillColorRGB(0.9, 0.9, 0.9), c.rect(x0, y - 18, sum(COLS), 18, 1, 1),
                       c.setFillColorRGB(0, 0, 0), c.setFont(BOLD, 9.5), c.drawString(x0 + 4, y - 13, t)))  # fmt: skip
        else:
            lines, status, when_, who = row  # type: ignore[misc]
            x = x0
            ops.append(lambda c, y=y, h=h: [c.rect(xx, y - h, cw, h, 1, 0) for xx, cw in
                                            zip((x0, x0 + COLS[0], x0 + sum(COLS[:2]), x0 + sum(COLS[:3])), COLS,
                                                strict=True)])  # fmt: skip
            for k, ln in enumerate(lines):
                ops.append(lambda c, y=y - 11 - 11 * k, ln=ln: draw_line(c, x0 + 4, y, ln, 8.5))
            x += COLS[0]
            for j, cell in enumerate((status, when_, who), start=1):
                ops.append(lambda c, x=x, y=y, t=cell: (c.setFont(SANS, 8.5), c.drawString(x + 4, y - 11, t)))
                x += COLS[j]
        y -= h
    total = len(pages)
    for n, page in enumerate(pages, start=1):
        page.append(lambda c, n=n: (c.setFont(SANS, 8), c.drawString(x0, 24, f"Run by {domain}\\svc_ssrs on {stamp} "
                    "08:05"), c.drawRightString(W - x0, 24, f"Page {n} of {total}")))  # fmt: skip
    return _canvas(LAND, "REAP Daily Situation Report", "Microsoft SQL Server Reporting Services", pages)


# ---------------------------------------------------------------- Dynamics 365 form printed from the browser

A4 = (595.28, 841.89)
OFFICERS = ("Priya Shah", "Gareth Lewis", "Joanne McKenzie", "Olu Adebayo")


def _field_lines(items, room: float, size: float) -> list[list[Run]]:
    """The officer's points typed into a multi-line text box: "- " lines, long ones wrapped to the box's left edge."""
    lines: list[list[Run]] = []
    for it in items:
        risk, lead, rest = parts(it, "ha")
        text = f"- {risk} {lead} {rest}" if lead else f"- {it.text}"
        lines += wrap([(w, SANS) for w in text.split()], room, size)
    return lines


def pdf_dynamics_print_housing_gb(doc: Doc) -> bytes:
    """The incident record as the browser prints Dynamics 365's form."""
    fonts()
    when = report_day(doc)
    W, H = A4
    org = slug(doc.organisation).replace("-", "")
    ref = f"INC-{zlib.crc32(doc.organisation.encode()) % 90000 + 10000}"
    officer = OFFICERS[zlib.crc32(doc.organisation.encode()) % len(OFFICERS)]
    x0, label_w = 40.0, 110.0
    room = W - 2 * x0 - label_w - 8
    pages: list[list[Op]] = [[]]
    y = H - 60

    def put(op: Op) -> None:
        pages[-1].append(op)

    def need(h: float) -> None:
        nonlocal y
        if y - h < 60:
            pages.append([])
            y = H - 50

    put(lambda c: (c.setFont(BOLD, 18), c.drawString(x0, H - 70, f"Linden Court fire – block evacuation ({ref})"),
                   c.setFont(SANS, 9), c.setFillColorRGB(0.4, 0.4, 0.4), c.drawString(x0, H - 84,
                   "Incident · Major Incident"), c.setFillColorRGB(0, 0, 0)))  # fmt: skip
    y = H - 110
    for k, (label, value) in enumerate((("Status", "Active"), ("Owner", officer), ("Priority", "High"),
                                        ("Reference", ref))):  # fmt: skip
        x = x0 + k * 128
        put(lambda c, x=x, y=y, la=label, v=value: (c.setFont(SANS, 8), c.setFillColorRGB(0.4, 0.4, 0.4),
            c.drawString(x, y, la), c.setFillColorRGB(0, 0, 0), c.setFont(SANS, 9.5),
            c.drawString(x, y - 12, v)))  # fmt: skip
    y -= 36
    stages = ("Report", "Assess", "Respond", "Recover")
    put(lambda c, y=y: (c.setFont(SANS, 9), [c.drawString(x0 + 20 + 120 * k, y, f"{st} ›" if k < 3 else st)
                                              for k, st in enumerate(stages)]))  # fmt: skip
    y -= 28
    for n, s in enumerate(doc.sections):
        need(60)
        put(lambda c, y=y, t=s.heading: (c.setFont(BOLD, 12), c.drawString(x0, y, t), c.setLineWidth(0.6),
                                         c.setStrokeColorRGB(0.75, 0.75, 0.75),
                                         c.line(x0, y - 5, W - x0, y - 5)))  # fmt: skip
        y -= 22
        lines = _field_lines(s.items, room, 9.5)
        for k, ln in enumerate(lines):
            need(13)
            if k == 0:
                put(lambda c, y=y: (c.setFont(SANS, 8.5), c.setFillColorRGB(0.4, 0.4, 0.4),
                                    c.drawString(x0, y, "Update"), c.setFillColorRGB(0, 0, 0)))  # fmt: skip
            put(lambda c, y=y, ln=ln: draw_line(c, x0 + label_w, y, ln, 9.5))
            y -= 13
        y -= 4
        for label, value in (("Modified by", officer), ("Modified on", f"{when:%d/%m/%Y} {16 + n % 3}:{10 + n:02d}")):
            need(13)
            put(lambda c, y=y, la=label, v=value: (c.setFont(SANS, 8.5), c.setFillColorRGB(0.4, 0.4, 0.4),
                c.drawString(x0, y, la), c.setFillColorRGB(0, 0, 0), c.setFont(SANS, 9.5),
                c.drawString(x0 + label_w, y, v)))  # fmt: skip
            y -= 13
        y -= 16
    total = len(pages)
    url = (f"https://{org}.crm11.dynamics.com/main.aspx?appid=5f3a&pagetype=entityrecord&etn=incident&id="
           f"{zlib.crc32(ref.encode()):08x}-6b1e-ef11-840a-6045bd0c1c2e")  # fmt: skip
    shown = url if width(url, SANS, 7) < W - 100 else url[:110] + "…"
    for k, page in enumerate(pages, start=1):
        page.insert(0, lambda c, k=k: (c.setFont(SANS, 7), c.drawString(20, H - 16, f"{when:%d/%m/%Y}, 17:42"),
                    c.drawCentredString(W / 2, H - 16, f"Incident: {ref} – Dynamics 365"),
                    c.drawString(20, 14, shown), c.drawRightString(W - 20, 14, f"{k}/{total}")))  # fmt: skip
    return _canvas(A4, f"Incident: {ref} – Dynamics 365", "Microsoft Edge", pages)
