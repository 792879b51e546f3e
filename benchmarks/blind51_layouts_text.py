"""Text writer of the ``blind51_layouts`` set: a Scottish seabird reserve's weekly update on avian influenza, kept
as a Dropbox Paper doc shared with the partners and exported from Paper as Markdown.

A Scottish seabird reserve in an outbreak of highly pathogenic avian influenza: the ranger team's weekly update,
written in the team's Dropbox Paper doc (a new doc each week, duplicated from the last) and exported with "Export ›
Markdown (.md)" to go to the partners who do not use Paper — the doc's title as the ``#`` line, the line of who
updated it and who it is shared with (the names as Paper's @-mentions), the photograph of the carcass survey as
an image stored on Paper's attachment server with its caption in italics, then each section a ``##`` heading, the
summary as paragraphs, the other points as ``-`` lists, "**Mitigation:**" in bold, the next steps as Paper's
checklist ("- [ ]"), a rule and an italic line linking last week's doc. "£3,400", "£1.25m", "1,250", "16 June",
"(last update: 5)".
"""

from __future__ import annotations

import zlib

from blind7_layouts_content import report_day
from blind51_layouts_banks_home import SEABIRD
from blind51_layouts_content import parts
from council_layouts_gold import Doc

RESERVES = (("Isle of May NNR", ("Fiona Reid", "Callum Doig"), "NatureScot HPAI group, APHA Scotland"),
            ("St Kilda", ("Ailsa MacLeod", "Ewan Morrison"), "NTS Countryside team, Comhairle nan Eilean Siar"),
            ("Handa Island", ("Kirsty Munro", "Alasdair Mackay"), "SWT Reserves team, Scourie Estate"),
            ("Sumburgh Head", ("Hazel Tulloch", "Magnus Jamieson"),
             "RSPB Scotland, Shetland Amenity Trust"))  # fmt: skip


def md_dropbox_paper_seabird_flu_sco(doc: Doc) -> bytes:
    """The reserve's weekly HPAI update as Dropbox Paper exports it to Markdown."""
    when = report_day(doc)
    k = SEABIRD.organisations.index(doc.organisation)
    place, team, shared = RESERVES[k]
    h = zlib.crc32(doc.title.encode())
    stamp = 1_780_000_000_000 + h % 40_000_000_000
    key = f"{h:08X}{(h * 2654435761) % 2**32:08X}{doc.number:04d}"
    out = [f"# HPAI update {doc.number} – {place} – {when.day} {when:%b %Y}", "",
           f"**Updated by:** @{team[doc.number % 2]} · **Shared with:** {shared}", "",
           f"![](https://paper-attachments.dropbox.com/s_{key}_{stamp}_IMG_{4000 + h % 5000}.jpeg)", "",
           f"*Carcass survey, {('north cliffs', 'west landing', 'Great Stack', 'the Neck')[h % 4]}*", ""]  # fmt: skip
    for s in doc.sections:
        out += [f"## {s.heading}", ""]
        if s.key == "highlights":
            for it in s.items:
                out += [it.text, ""]
            continue
        for it in s.items:
            risk, lead, rest = parts(it, "sco")
            text = f"{risk} **{lead}** {rest}" if lead else it.text
            out.append(f"- [ ] {text}" if s.key == "next-steps" else f"- {text}")
        out.append("")
    if doc.number > 1:
        last = f"HPAI-update-{doc.number - 1}-{place.replace(' ', '-')}--{key[:16]}"
        out += ["---", "", f"*Last week's update: [HPAI update {doc.number - 1}](https://paper.dropbox.com/doc/{last})*",
                ""]  # fmt: skip
    return "\n".join(out).encode()
