"""PDF writers of the ``blind14_layouts`` set: an Australian state emergency service's "Operational Update" on an
East Coast Low (an orange band with the service's mark and "OPERATIONAL UPDATE #3", the event and an "Issued:
0600 hrs AEDT …" line, a boxed "KEY MESSAGES" panel across the page, then the sections in two balanced columns
under orange capitals over a rule, "•" points, "Treatment:" in bold inside a risk's point, a Unit | RFAs | Flood
rescues table with a Total row under the operational activity, "Authorised by …", "OFFICIAL" at the top and foot
of each page, the SES and Triple Zero numbers and "Page 1 of 2" in the footer; "1,250", "12%", "5 March") and an
Indian state disaster management department's "Daily Flood Situation Report" (in Times: the government, the
department and the State Emergency Operation Centre centred, "No. SEOC/FLOOD/2024/003" and "Date: 12.07.2024",
the title underlined, "(As on … at 10:00 hrs)", numbered headings "1. General Situation" in bold, each point a
hanging "(i)", "(ii)" paragraph, under "3. Extent of Damage" the line "District-wise details are given below:"
and a Sl. No. | Name of District | … table with a Total row, "Action taken:" bold and underlined inside an area
of concern, the "Sd/-" signature, the memo number and a numbered "Copy forwarded to:" list, "- 2 -" at the top
of later pages; lakh grouping "24,00,000", "12%", "13.07.2024").
"""

from __future__ import annotations

import io
import re
import zlib
from html import escape

from blind5_layouts_content import figure
from blind7_layouts_content import report_day
from blind11_layouts_pdf import _two_pass
from blind14_layouts_content import _GROUPED, _lakh
from council_layouts_gold import Doc

AU_LEAD = "Treatment:"
IN_LEAD = "Action taken:"
ORANGE = "#F26B21"
UNITS = (("Grafton", 0.38), ("Lismore", 0.27), ("Maclean", 0.2), ("Casino", 0.15))
DISTRICTS = (("Rajghat", 0.31), ("Nirmali", 0.24), ("Baltara", 0.19), ("Sonpur Kalan", 0.15), ("Madhuban", 0.11))


def _count(doc: Doc, words: tuple[str, ...], default: int, pattern: str = "") -> int:
    value = figure(doc, words, pattern)[0]
    return int(value.replace(",", "").replace(" ", "")) if re.fullmatch(r"[\d, ]+", value) else default


def _lakh_int(n: int) -> str:
    return _GROUPED.sub(_lakh, f"{n:,}")


def _split(total: int, shares: tuple) -> list[int]:
    parts = [int(total * share) for _, share in shares]
    parts[0] += total - sum(parts)
    return parts


# ---------------------------------------------------------------- Australian SES operational update


def pdf_opupdate_au(doc: Doc) -> bytes:
    """The state emergency service's operational update, from its public information template."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.platypus.flowables import BalancedColumns, HRFlowable

    pw, ph = A4
    margin = 36.0
    when = report_day(doc)
    short = doc.organisation.replace(" State Emergency Service", "")
    orange = colors.HexColor(ORANGE)
    st = {
        "event": ParagraphStyle("e", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=2),
        "meta": ParagraphStyle("m", fontName="Helvetica", fontSize=8.5, leading=11, spaceAfter=8,
                               textColor=colors.HexColor("#444444")),
        "box": ParagraphStyle("b", fontName="Helvetica-Bold", fontSize=10, leading=12, textColor=colors.white),
        "key": ParagraphStyle("k", fontName="Helvetica", fontSize=9.5, leading=12.5, leftIndent=12, bulletIndent=2),
        "h": ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=8, textColor=orange),
        "li": ParagraphStyle("li", fontName="Helvetica", fontSize=9, leading=11.5, leftIndent=10, bulletIndent=0,
                             spaceAfter=2.5),
        "cell": ParagraphStyle("c", fontName="Helvetica", fontSize=7.5, leading=9),
        "cap": ParagraphStyle("cap", fontName="Helvetica-Oblique", fontSize=7.5, leading=9, spaceBefore=4),
        "sign": ParagraphStyle("s", fontName="Helvetica", fontSize=8.5, leading=11, spaceBefore=10),
    }  # fmt: skip

    def point(text: str, style: str = "li"):
        html = escape(text, quote=False).replace(f" {AU_LEAD} ", f" <b>{AU_LEAD}</b> ")
        return Paragraph(html, st[style], bulletText="•")

    def rfa_table():
        rfa = _split(_count(doc, ("requests for assistance",), 420), UNITS)
        rescues = _split(_count(doc, ("flood rescues",), 24), UNITS)
        rows = [["Unit", "RFAs (24 hrs)", "Flood rescues", "Total RFAs (event)"]]
        for (unit, _), a, b in zip(UNITS, rfa, rescues, strict=True):
            rows.append([unit, f"{a:,}", f"{b:,}", f"{a * 3 + b * 7:,}"])
        event = sum(a * 3 + b * 7 for a, b in zip(rfa, rescues, strict=True))
        rows.append(["Total", f"{sum(rfa):,}", f"{sum(rescues):,}", f"{event:,}"])
        t = Table([[Paragraph(c, st["cell"]) for c in r] for r in rows], colWidths=[62, 50, 50, 62])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#FDE3D3")),
                               ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#EEEEEE"))]))  # fmt: skip
        return [KeepTogether([Paragraph("Table 1: Requests for assistance by unit", st["cap"]), t])]

    def story() -> list:
        day = f"{when:%A} {when.day} {when:%B %Y}"
        out = [Paragraph(escape(doc.service), st["event"]),
               Paragraph(f"Issued: 0600 hrs AEDT, {day} &nbsp;|&nbsp; Next update: 1800 hrs AEDT &nbsp;|&nbsp; "
                         "Incident Control Centre: Grafton", st["meta"])]  # fmt: skip
        body = []
        for n, s in enumerate(doc.sections):
            if n == 0:  # the key messages go in the box across the page
                box = Table([[Paragraph(escape(s.heading), st["box"])], [[point(it.text, "key") for it in s.items]]],
                            colWidths=[pw - 2 * margin])  # fmt: skip
                box.setStyle(
                    TableStyle(
                        [
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1B2A41")),
                            ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#FFF1E8")),
                            ("BOX", (0, 0), (-1, -1), 1.2, orange),
                            ("TOPPADDING", (0, 1), (-1, 1), 6),
                            ("BOTTOMPADDING", (0, 1), (-1, 1), 6),
                        ]
                    )
                )
                out += [box, Spacer(1, 8)]
                continue
            body += [
                Paragraph(escape(s.heading), st["h"]),
                HRFlowable(width="100%", thickness=0.6, color=orange, spaceBefore=1, spaceAfter=4),
            ]
            body += [point(it.text) for it in s.items]
            if s.key == "response":
                body += rfa_table()
        body.append(Paragraph(f"Authorised by: Chief Superintendent Karen Walsh, Incident Controller, {short} "
                              "Zone. Media enquiries: SES Media Unit (02) 6600 1234.", st["sign"]))  # fmt: skip
        out.append(BalancedColumns(body, nCols=2, innerPadding=14, spaceBefore=2))
        return out

    def make(total: int) -> tuple[bytes, int]:
        def page(c, _d) -> None:
            c.saveState()
            c.setFont("Helvetica-Bold", 8)
            c.drawCentredString(pw / 2, ph - 16, "OFFICIAL")
            c.drawCentredString(pw / 2, 14, "OFFICIAL")
            c.setFillColor(orange)
            c.rect(0, ph - 74, pw, 52, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.rect(margin, ph - 64, 32, 32, stroke=0, fill=1)  # the service's mark
            c.setFillColor(orange)
            c.setFont("Helvetica-Bold", 10)
            c.drawCentredString(margin + 16, ph - 52, "SES")
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 13)
            c.drawString(margin + 42, ph - 46, short.upper())
            c.setFont("Helvetica", 8.5)
            c.drawString(margin + 42, ph - 59, "State Emergency Service")
            c.setFont("Helvetica-Bold", 15)
            c.drawRightString(pw - margin, ph - 52, f"OPERATIONAL UPDATE #{doc.number}")
            c.setFillColor(colors.HexColor("#333333"))
            c.setFont("Helvetica", 7)
            c.drawString(margin, 30, "For emergency help in floods and storms call the SES on 132 500. In life "
                                     "threatening emergencies call Triple Zero (000).")  # fmt: skip
            c.drawRightString(pw - margin, 30, f"Page {c.getPageNumber()} of {total}")
            c.restoreState()

        buf = io.BytesIO()
        d = SimpleDocTemplate(buf, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=88,
                              bottomMargin=48, title=f"Operational Update {doc.number}", invariant=1)  # fmt: skip
        d.build(story(), onFirstPage=page, onLaterPages=page)
        return buf.getvalue(), d.page

    return _two_pass(make)


# ---------------------------------------------------------------- Indian SDMA daily flood situation report


def pdf_flood_report_in(doc: Doc) -> bytes:
    """The department's daily flood report as the State Emergency Operation Centre issues it."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pw, _ph = A4
    margin = 58.0
    when = report_day(doc)
    day = f"{when:%d.%m.%Y}"
    state = doc.organisation.replace("Government of ", "")
    ref = f"SEOC/FLOOD/2024/{doc.number:03d}"
    st = {
        "gov": ParagraphStyle("g", fontName="Times-Bold", fontSize=13, leading=16, alignment=1),
        "dept": ParagraphStyle("d", fontName="Times-Bold", fontSize=11, leading=14, alignment=1),
        "addr": ParagraphStyle("a", fontName="Times-Roman", fontSize=9, leading=11, alignment=1, spaceAfter=6),
        "title": ParagraphStyle("t", fontName="Times-Bold", fontSize=13, leading=16, alignment=1, spaceBefore=8),
        "asof": ParagraphStyle("o", fontName="Times-Roman", fontSize=10.5, leading=13, alignment=1, spaceAfter=8),
        "h": ParagraphStyle("h", fontName="Times-Bold", fontSize=11.5, leading=14, spaceBefore=9, spaceAfter=3),
        "li": ParagraphStyle("li", fontName="Times-Roman", fontSize=11, leading=14, leftIndent=44, bulletIndent=18,
                             alignment=4, spaceAfter=3, bulletFontName="Times-Roman"),
        "p": ParagraphStyle("p", fontName="Times-Roman", fontSize=11, leading=14, leftIndent=18, spaceBefore=4,
                            spaceAfter=4),
        "cell": ParagraphStyle("c", fontName="Times-Roman", fontSize=9, leading=11, alignment=1),
        "right": ParagraphStyle("r", fontName="Times-Roman", fontSize=11, leading=14, alignment=2),
        "copy": ParagraphStyle("cp", fontName="Times-Roman", fontSize=10.5, leading=13, leftIndent=36,
                               bulletIndent=18, spaceAfter=2, bulletFontName="Times-Roman"),
    }  # fmt: skip
    roman = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii")

    def district_table() -> list:
        pop = _split(_count(doc, ("population affected",), 350000), DISTRICTS)
        houses = _split(_count(doc, ("houses",), 2400), DISTRICTS)
        lives = _split(_count(doc, ("human lives",), 9), DISTRICTS)
        head = ["Sl. No.", "Name of District", "No. of Blocks affected", "No. of Villages affected",
                "Population affected", "Human lives lost", "Houses damaged"]  # fmt: skip
        rows = [head]
        for k, (name, _) in enumerate(DISTRICTS):
            blocks = 3 + zlib.crc32(f"{doc.organisation}{name}".encode()) % 9
            rows.append([str(k + 1), name, str(blocks), str(blocks * 23 + k), _lakh_int(pop[k]), str(lives[k]),
                         _lakh_int(houses[k])])  # fmt: skip
        totals = [sum(int(r[i].replace(",", "")) for r in rows[1:]) for i in range(2, 7)]
        rows.append(["", "Total", *[_lakh_int(v) for v in totals]])
        t = Table([[Paragraph(c, st["cell"]) for c in r] for r in rows], repeatRows=1,
                  colWidths=[34, 86, 62, 62, 72, 56, 62])  # fmt: skip
        t.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("FONTNAME", (0, 0), (-1, 0), "Times-Bold"),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ]
            )
        )
        return [Paragraph("District-wise details are given below:", st["p"]), t, Spacer(1, 4)]

    def story() -> list:
        head = Table([[Paragraph(f"No. {ref}", st["p"]), Paragraph(f"Date: {day}", st["right"])]],
                     colWidths=[(pw - 2 * margin) / 2] * 2)  # fmt: skip
        out = [Paragraph(f"GOVERNMENT OF {state.upper()}", st["gov"]),
               Paragraph("DISASTER MANAGEMENT DEPARTMENT", st["dept"]),
               Paragraph("STATE EMERGENCY OPERATION CENTRE (SEOC)", st["dept"]),
               Paragraph(f"Old Secretariat, {state} – 800 015 &nbsp; Tel: 0612-2294204 &nbsp; "
                         f"E-mail: seoc-{state[:3].lower()}@nic.in", st["addr"]), head,
               Paragraph("<u>DAILY FLOOD SITUATION REPORT</u>", st["title"]),
               Paragraph(f"(As on {day} at 10:00 hrs)", st["asof"])]  # fmt: skip
        for s in doc.sections:
            out.append(Paragraph(escape(s.heading), st["h"]))
            for k, it in enumerate(s.items):
                html = escape(it.text, quote=False).replace(f" {IN_LEAD} ", f" <u><b>{IN_LEAD}</b></u> ")
                out.append(Paragraph(html, st["li"], bulletText=f"({roman[k]})"))
            if s.key == "impacts":
                out += district_table()
        copies = (f"The Principal Secretary to Hon'ble Chief Minister, {state}, for kind information of Hon'ble "
                  "Chief Minister.", f"The Chief Secretary, Government of {state}.",
                  "The Joint Secretary (Disaster Management), Ministry of Home Affairs, Government of India, New "
                  "Delhi.", "All District Magistrates-cum-Chairpersons, DDMA of the flood affected districts.",
                  "The Commandant, 9th Battalion NDRF, for information and necessary action.")  # fmt: skip
        sign = ["Sd/-", "(Ramesh Kumar Sinha, IAS)", "Special Relief Commissioner-cum-Secretary"]
        out += [Spacer(1, 14), *[Paragraph(x, st["right"]) for x in sign], Spacer(1, 8),
                Paragraph(f"Memo No. {ref}/{400 + doc.number * 7} &nbsp; &nbsp; Date: {day}", st["p"]),
                Paragraph("Copy forwarded to:", st["p"]),
                *[Paragraph(escape(c), st["copy"], bulletText=f"{k}.") for k, c in enumerate(copies, 1)],
                Spacer(1, 10), Paragraph("Sd/-", st["right"]),
                Paragraph("Special Relief Commissioner-cum-Secretary", st["right"])]  # fmt: skip
        return out

    def later(c, _d) -> None:
        c.saveState()
        c.setFont("Times-Roman", 11)
        c.drawCentredString(pw / 2, A4[1] - 36, f"- {c.getPageNumber()} -")
        c.restoreState()

    buf = io.BytesIO()
    d = SimpleDocTemplate(buf, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=52, bottomMargin=52,
                          title=f"Daily Flood Situation Report {day}", invariant=1)  # fmt: skip
    d.build(story(), onFirstPage=lambda c, _d: None, onLaterPages=later)
    return buf.getvalue()
