"""Markdown writer of the ``blind33_layouts`` set.

A water and sewerage company's incident manager's sitrep on a sewage treatment works failure, kept as a note in
Joplin and exported with File › Export all › "MD - Markdown + Front Matter" (``.md``): the YAML front matter Joplin
writes (title, updated, created, author, tags as a list), then the note's body as the author typed it — a line of
bold labels (incident, category, incident manager) and the sitrep's number and time, a Markdown table of the works'
figures (measure, now, normal — figures that are not items), a picture of the outfall linked from ``_resources``, each
section a ``##`` heading, the summary as paragraphs, the other points "- ", "**Mitigation:**" bold inside a risk's
point, the actions as a checklist ("- [ ] "), a thematic break and the italic line naming the next sitrep and the
incident room. "£3,400", "£1.25m", "(previous update: 5)".
"""

from __future__ import annotations

import zlib

from blind7_layouts_content import report_day
from blind17_layouts_content import count
from blind33_layouts_content import parts, slug
from council_layouts_gold import Doc

MANAGERS = {"Marsh Lane": "Gareth Pryce", "Kingsmead": "Hannah Oduya", "Aldbury Brook": "Liam Shorrock",
            "Temeside": "Nadia Kowalczyk"}  # fmt: skip


def md_joplin_sewage_gb(doc: Doc) -> bytes:
    """The incident note as Joplin exports it to Markdown with front matter."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    works = doc.organisation.split(" – ")[1].removesuffix(" WwTW")
    manager = MANAGERS[works]
    pumps = count(doc, ("inlet pumps",), 1 + h % 4)
    out = ["---", f"title: Sitrep {doc.number} – {works} WwTW inlet pumping station failure",
           f"updated: {when:%Y-%m-%d} 07:{h % 50 + 10:02d}:{h % 60:02d}Z",
           f"created: {when:%Y-%m-%d} 06:{h % 40 + 10:02d}:{h % 57:02d}Z", f"author: {manager}", "tags:",
           "  - incident", "  - sitrep", f"  - {works.lower()}", "---", "",
           f"**Incident:** INC-{when.year}-{400 + h % 500:04d} · **Category:** 2 (significant) · **Incident manager:**"
           f" {manager}", f"**Sitrep:** {doc.number} · **As at:** 07:30 {when:%A} {when.day} {when:%B %Y}", "",
           "| Measure | Now | Normal |", "|---|---|---|", f"| Inlet pumps available | {pumps} of 4 | 4 of 4 |",
           f"| Flow to treatment (l/s) | {60 + h % 200} | {280 + h % 40} |",
           f"| Storm tank level | {20 + h % 70}% | below 10% |", "",
           f"![{slug(works)}-outfall.jpg](../_resources/{h % 0xFFFFFF:06x}{h % 0xFFFF:04x}.jpg)", ""]  # fmt: skip
    for s in doc.sections:
        out += [f"## {s.heading}", ""]
        for it in s.items:
            risk, lead, rest = parts(it, "sewage")
            text = f"{risk} **{lead}** {rest}" if lead else it.text
            if s.key == "highlights":
                out += [text, ""]
            else:
                out.append(f"- [ ] {text}" if s.key == "actions" else f"- {text}")
        if s.key != "highlights":
            out.append("")
    out += ["---", "", f"*Next sitrep 16:00 today. Incident room: 0345 {h % 900 + 100} {h % 9000 + 1000}.*", ""]
    return "\n".join(out).encode("utf-8")
