"""Text writer of the ``blind67_layouts`` set: an Åland archipelago municipality's storm report written in Swedish in
a shared CryptPad pad (its Code editor, in Markdown) and exported as a ``.md`` file.

An archipelago municipality of Åland (Kökar, Föglö, Kumlinge or Brändö, which reports to the Åland Government, Ålands
landskapsregering, and works with the rescue authority) in an autumn storm that cuts the power and the ferries: its
situation report, written in Swedish by the municipal secretary in the pad the regional government opened for the
municipalities' common picture (CryptPad, an open-source, end-to-end encrypted office suite hosted in Europe), in
Markdown as its Code editor keeps it, and exported as a ``.md`` file attached to the evening's mail — the title as a
``#`` heading, the storm, the hour as Finland writes it ("kl. 15.00"), the reporter and the recipients in lines ended
with two spaces, a rule, then each section's name as a ``##`` heading, the summary as paragraphs, the other points
"- " items, "**Åtgärd:**" in its risk's point, the next steps as a task list ("- [ ] "); a rule and the pad's note in
italics. "3 978 euro", "1,46 miljoner euro", "1 250", "16 oktober", "(förra rapporten: 5)".
"""

from __future__ import annotations

import zlib

from blind7_layouts_content import report_day
from blind67_layouts_banks_north import STORM
from blind67_layouts_content import SV_MONTHS, parts
from council_layouts_gold import Doc

ISLANDS = (
    ("Kökar", "Annika Mattsson", "kanslichef", "018 55 9"),
    ("Föglö", "Johan Sjöblom", "kommundirektör", "018 50 4"),
    ("Kumlinge", "Maria Lindholm", "kanslichef", "018 55 2"),
    ("Brändö", "Tomas Eriksson", "kommundirektör", "018 56 0"),
)


def md_cryptpad_lagesrapport_storm_ax(doc: Doc) -> bytes:
    """The municipality's storm report as the Markdown exported from the CryptPad pad."""
    when = report_day(doc)
    island, secretary, post, phone = ISLANDS[STORM.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day} {SV_MONTHS[when.month - 1]} {when.year}"
    out = [f"# Lägesrapport nr {doc.number} – {doc.organisation}", "",
           f"**Höststormen** · läget {day} kl. 15.00  ",
           f"Rapportör: {secretary}, {post}, tfn {phone}{h % 90 + 10}  ",
           "Mottagare: Ålands landskapsregering (lägesbild), Ålands räddningsmyndighet", "", "---", ""]  # fmt: skip
    for s in doc.sections:
        out += [f"## {s.heading}", ""]
        if s.key == "highlights":
            for it in s.items:
                out += [it.text, ""]
            continue
        for it in s.items:
            risk, lead, rest = parts(it, "ax")
            text = f"{risk} **{lead}** {rest}" if lead else it.text
            out.append(f"- [ ] {text}" if s.key == "next-steps" else f"- {text}")
        out.append("")
    out += ["---", "",
            f"_Padden ”Lägesbild höststorm – kommunerna”, senast ändrad {when.day}.{when.month}.{when.year} kl. "
            f"14.{h % 50 + 10} av {island}. Exporterad från CryptPad._", ""]  # fmt: skip
    return "\n".join(out).encode()
