"""Markdown writer of the ``blind19_layouts`` set: an Australian regional hospital's heatwave situation log kept as
a Logseq page and shared as the page's Markdown file (page properties ``title::``, ``tags::`` and ``author::`` over
the first block, every line a block — a "- " bullet indented by tabs —, the headings themselves blocks "- ## Summary"
with their points as child blocks, a ``collapsed:: true`` property under the risks heading, ``[[links]]`` to pages,
the next steps ``TODO`` / ``DONE`` tasks, an embedded ``{{query}}`` of open tasks, "**Controls:**" in bold inside a
risk's block, the next log's link; "1,250", "12%", "$3,400", "21 January", "(up from 5 yesterday)").
"""

from __future__ import annotations

import zlib
from datetime import timedelta

from blind7_layouts_content import report_day
from blind17_layouts_content import split_mitigation
from blind19_layouts_content import LEADS
from council_layouts_gold import Doc


def markdown_logseq_au(doc: Doc) -> bytes:
    """The emergency manager's daily heatwave log, a Logseq page exported as Markdown."""
    when = report_day(doc)
    nxt = when + timedelta(days=1)
    lines = [f"title:: Heatwave sitrep {when:%Y-%m-%d}", "tags:: [[Heatwave 2025]], [[EOC]], [[Code Yellow]]",
             "author:: [[Sam Whitford]]", f"organisation:: {doc.organisation}", "",
             f"- Logged by [[Sam Whitford]] (emergency manager) at 07:30, update {doc.number}. Sources: [[ED "
             "dashboard]], bed meeting, [[BoM forecast]].",
             f"  id:: {zlib.crc32(doc.title.encode()):08x}-77c1-4e1a-9a3b-{doc.number:012d}"]  # fmt: skip
    for s in doc.sections:
        lines.append(f"- ## {s.heading}")
        if s.risks:
            lines.append("  collapsed:: true")
        for it in s.items:
            risk, lead, mitigation = split_mitigation(it, LEADS["au"])
            text = f"{risk} **{lead}** {mitigation}" if lead else it.text
            if s.key == "next-steps":
                text = f"{'DONE' if zlib.crc32(it.text.encode()) % 3 == 0 else 'TODO'} {text}"
            lines.append(f"\t- {text}")
    lines += ["- Open tasks", "\t- {{query (and (todo TODO DOING) [[Heatwave 2025]])}}",
              f"- Next log: [[{nxt:%Y-%m-%d}]] 07:30", ""]  # fmt: skip
    return "\n".join(lines).encode()
