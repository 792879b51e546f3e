"""Text writers of the ``blind46_layouts`` set: a report posted in a Mattermost channel, and a status tracker saved
as CSV.

A DLRG local group's flood situation message (a "Lagemeldung"), in German, posted by its duty officer in the
district's Mattermost team and kept as the Markdown of the post (Mattermost's "Copy Text"): "@channel" on the first
line, the title a level-4 heading with an emoji shortcode (":ocean:"), the time and the section of the operation in
bold, a Markdown table of three figures (forces, boats, callouts), each section a level-5 heading, the summary as
paragraphs, the other points a "- " list, "**Maßnahme:**" inside a risk's point, then a rule and the line that
copies in the operation's command (``@el-wasserrettung``) and names the channel for questions (``~lage-hochwasser``).
"3.400 €", "1,25 Mio. €", "1.250", "16. Juni", "(letzte Meldung: 5)".

An English county council's daily status report after its largest home care provider failed, kept as an Excel
tracker and sent as the CSV that Excel's "CSV UTF-8" writes (a byte order mark, CRLF line ends, fields with a comma
or a quote quoted, every row as wide as the widest): the report's name, council, number, date and RAG key in rows
of their own above the header row "Ref,Area,Update,RAG,Lead,Comments", one row per point — its reference "3.2",
the section's name in the Area column of the section's first row only (the cells were merged), the point, its RAG,
the lead officer's post —, a risk's row its risk in Update and its mitigation in Comments, a blank row and "Next
report: …" at the end. "£3,400", "£1.25m", "1,250", "16 March", "(previous: 5)".
"""

from __future__ import annotations

import csv
import io
import zlib
from datetime import timedelta

from blind7_layouts_content import report_day
from blind46_layouts_banks_other import HOCHWASSER
from blind46_layouts_content import count, group, parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- a DLRG group's message in Mattermost

SECTORS = ("Wasserrettung Altstadt", "Wasserrettung Hafen", "Wasserrettung Donaupark", "Wasserrettung Ostend")


def md_mattermost_post_de(doc: Doc) -> bytes:
    """The group's situation message as the Markdown of its Mattermost post."""
    when = report_day(doc)
    k = HOCHWASSER.organisations.index(doc.organisation)
    h = zlib.crc32(doc.title.encode())
    helpers = count(doc, ("Helferinnen",), 0)
    boats = count(doc, ("Boote sind",), 0)
    lines = ["@channel", "", f"#### :ocean: {doc.title}",
             f"**Stand:** {when:%d.%m.%Y}, {18 + h % 3}:00 Uhr | **Einsatzabschnitt:** {SECTORS[k]}", "",
             "| Kräfte | Boote | Einsätze heute |", "|:--|:--|:--|",
             f"| {group(helpers, '.') if helpers else '–'} | {boats or '–'} | {12 + h % 60} |", ""]  # fmt: skip
    for s in doc.sections:
        lines += [f"##### {s.heading}", ""]
        if s.key == "highlights":
            for it in s.items:
                lines += [it.text, ""]
            continue
        for it in s.items:
            risk, lead, rest = parts(it, "de")
            lines.append(f"- {risk} **{lead}** {rest}" if lead else f"- {it.text}")
        lines.append("")
    lines += ["---", "cc @el-wasserrettung @kv-lagedienst · Rückfragen bitte im Thread oder in ~lage-hochwasser", ""]
    return "\n".join(lines).encode("utf-8")


# ---------------------------------------------------------------- a county's status tracker saved as CSV

LEADS = {"Summary": "Director of Adult Social Care", "Current position": "Head of Commissioning",
         "People affected": "Head of Quality", "Care packages": "Head of Commissioning",
         "Hospital discharges": "Hospital Discharge Lead", "Carers and families": "Carers Lead",
         "Workforce": "HR Business Partner", "Finance": "Finance Business Partner", "Risks": "Head of Commissioning",
         "Next steps": "Director of Adult Social Care"}  # fmt: skip
RAG = ("G", "A", "R", "R")


def csv_rag_tracker_gb(doc: Doc) -> bytes:
    """The council's status tracker as Excel saves it in CSV UTF-8."""
    when = report_day(doc)
    rows: list[list[str]] = [["Home care provider failure – daily status report"], ["Council", doc.organisation],
                             ["Report no.", str(doc.number)], ["Date", f"{when:%d/%m/%Y}"],
                             ["RAG key", "G = on track; A = some concern; R = action needed"], [],
                             ["Ref", "Area", "Update", "RAG", "Lead", "Comments"]]  # fmt: skip
    for n, s in enumerate(doc.sections, start=1):
        lead = LEADS[s.heading]
        for m, it in enumerate(s.items, start=1):
            area = s.heading if m == 1 else ""
            if s.risks:
                rows.append([f"{n}.{m}", area, it.body, RAG[it.level], lead, it.mitigation or ""])
            else:
                rag = "A" if zlib.crc32(it.thread.encode()) % 4 == 0 else "G"
                rows.append([f"{n}.{m}", area, it.text, rag, lead, ""])
    nxt = when + timedelta(days=1)
    rows += [[], [f"Next report: {nxt:%d/%m/%Y} 09:00"]]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in rows:
        writer.writerow(row + [""] * (6 - len(row)))
    return ("\ufeff" + out.getvalue()).encode("utf-8")
