"""Markdown writer of the ``blind71_layouts`` set: a Yukon municipality's spring flood update written in Typora and
sent as the ``.md`` file.

A Yukon municipality (its mayor and council and its emergency operations centre, which work with the Emergency
Measures Organization, the Water Resources Branch, the First Nation government of the community and the RCMP) in a
spring flood: the EOC's information officer writes the update in Typora, the Markdown editor on the EOC's laptop, and
sends the file — Typora's YAML front matter (title, author, date), the title as ``#``, the particulars as bold labels
with Typora's two trailing spaces ("**Issued:**", "**Prepared by:**", "**Distribution:**"), a table of the latest
gauge readings, a rule, each section an ``##`` heading, the summary as paragraphs, the other points after "- ",
"**Actions:**" in bold; a rule and the EOC's contacts in italics. "$5,848", "$2.15 million", "1,250", "May 16",
"(last update: 5)".
"""

from __future__ import annotations

import zlib

from blind7_layouts_content import MONTHS, report_day
from blind71_layouts_banks_north import FRESHET
from blind71_layouts_content import parts
from council_layouts_gold import Doc

PLACES = (
    ("Dawson", "Klondike River at Klondike Hwy", "Yukon River at Dawson", "Tr'ondëk Hwëch'in", "867-993-7400",
     "cityofdawson.ca"),
    ("Carmacks", "Nordenskiold River near Carmacks", "Yukon River at Carmacks", "Little Salmon/Carmacks First Nation",
     "867-863-6271", "carmacks.ca"),
    ("Teslin", "Teslin Lake at Teslin", "Nisutlin River at Teslin", "Teslin Tlingit Council", "867-390-2530",
     "teslin.ca"),
    ("Mayo", "Stewart River at Mayo", "Mayo River at Mayo", "First Nation of Na-Cho Nyäk Dun", "867-996-2317",
     "villageofmayo.ca"),
)  # fmt: skip


def md_typora_freshet_municipality_yt(doc: Doc) -> bytes:
    """The EOC's spring flood update as the Typora Markdown file sent to its partners."""
    when = report_day(doc)
    place, gauge_a, gauge_b, nation, phone, host = PLACES[FRESHET.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{MONTHS[when.month - 1]} {when.day}, {when.year}"
    level = 300 + h % 150
    out = ["---", f"title: Spring Flood Update {doc.number}", f"author: {doc.organisation} EOC",
           f"date: {when:%Y-%m-%d}", "---", "", f"# Spring Flood Update #{doc.number} – {doc.organisation}", "",
           f"**Issued:** {day}, 4:00 pm  ", "**Prepared by:** Emergency Operations Centre (EOC)  ",
           f"**Distribution:** Mayor and Council, Yukon EMO, {nation}, RCMP {place} Detachment", "",
           "| Gauge | Latest reading | Trend |", "| :--- | ---: | :---: |",
           f"| {gauge_a} | {level / 100:.2f} m | {'↑' if h % 3 else '→'} |",
           f"| {gauge_b} | {(level + h % 90) / 100:.2f} m | {'↓' if h % 2 else '→'} |", "", "---", ""]  # fmt: skip
    for s in doc.sections:
        out += [f"## {s.heading}", ""]
        if s.key == "highlights":
            for it in s.items:
                out += [it.text, ""]
            continue
        for it in s.items:
            risk, lead, rest = parts(it, "yt")
            out.append(f"- {risk} **{lead}** {rest}" if lead else f"- {it.text}")
        out.append("")
    out += ["---", "", f"*{doc.organisation} EOC · {phone} · eoc@{host} · After hours emergencies: 911*", ""]
    return "\n".join(out).encode("utf-8")
