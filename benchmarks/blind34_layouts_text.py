"""Markdown writer of the ``blind34_layouts`` set.

A regional food bank network's weekly situation report in a cost-of-living surge, posted by the network coordinator
as a topic in the network's Discourse forum and kept as the post's raw Markdown (the forum's "/raw/" address, ``.md``):
the greeting with an emoji code, the covering line, a collapsed ``[details="…"]`` block holding a Markdown table of
the week's network figures (figures that are not items), each section a ``###`` heading, the summary as paragraphs,
the other points "* ", "**Action:**" bold inside a risk's point, a line mentioning ``@centre-leads`` with a link to
another topic, a ``[poll]`` block whose options are "* " lines (not items), the thanks and the coordinator's name.
"£3,400", "£1.25m", "(last week: 5)".
"""

from __future__ import annotations

import zlib

from blind7_layouts_content import report_day
from blind17_layouts_content import count
from blind34_layouts_content import parts
from council_layouts_gold import Doc

COORDINATORS = {"Tamesis": "Jo", "North": "Gareth", "Severnside": "Priya", "Solent": "Marcus"}


def md_discourse_foodbank_gb(doc: Doc) -> bytes:
    """The weekly network update as the Discourse post's raw Markdown."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    who = COORDINATORS[doc.organisation.split()[0]]
    week = when.isocalendar()[1]
    parcels = count(doc, ("parcels",), 500 + h % 2000)
    centres = count(doc, ("distribution centres",), 8 + h % 20)
    out = ["Hi everyone :wave:", "",
           f"Here's the network sitrep for week {week} (no. {doc.number}). Figures are from the data hub as of "
           f"Monday 9am, so a couple of centres may still be catching up.", "",
           '[details="Network figures this week"]', "", "| | This week | Last week |", "|---|---:|---:|",
           f"| Parcels given out | {parcels:,} | {parcels - h % 150 + 20:,} |",
           f"| People fed | {parcels * 2 + h % 300:,} | {parcels * 2 - h % 200:,} |",
           f"| Food in (kg) | {(2 + h % 30) * 1000:,} | {(2 + h % 25) * 1000:,} |",
           f"| Centres open | {centres} | {centres - h % 3 + 1} |", "",
           "[/details]", ""]  # fmt: skip
    for s in doc.sections:
        out += [f"### {s.heading}", ""]
        for it in s.items:
            risk, lead, rest = parts(it, "food")
            text = f"{risk} **{lead}** {rest}" if lead else it.text
            out += [text, ""] if s.key == "highlights" else [f"* {text}"]
        if s.key != "highlights":
            out.append("")
    out += [f"@centre-leads please check your holiday hours in the [opening hours topic](/t/opening-hours-"
            f"{when.year}/{300 + h % 400}) before Friday.", "",
            '[poll name=boxing type=regular results=always chartType=bar]', "# Will your centre open on Boxing Day?",
            "* Yes, usual hours", "* Yes, reduced hours", "* No", "[/poll]", "", "Thanks all :pray:", "", who,
            ""]  # fmt: skip
    return "\n".join(out).encode("utf-8")
