"""A Markdown report's masthead typed as one paragraph with hard line breaks ("  " at each line's end): the event and
the hour the situation stands at ("**Höststormen** · läget 14 oktober 2026 kl. 15.00"), who reports ("Rapportör:",
"Rapportør:") and whom it goes to ("Mottagare:", "Modtagere:"), each a line of the masthead and none an item."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("Sammanfattning", ["Hushåll utan el: 156.", "Stormen har orsakat omfattande elavbrott i kommunen."]),
    ("Fortsatt arbete", ["Nästa lägesrapport: 15 oktober kl. 12.00."]),
]
MASTHEADS = {
    "swedish": ["**Höststormen** · läget 14 oktober 2026 kl. 15.00", "Rapportör: Annika Mattsson, kanslichef",
                "Mottagare: Ålands landskapsregering (lägesbild), Ålands räddningsmyndighet"],
    "swedish-no-event": ["Läget 14 oktober 2026 kl. 15.00", "Rapportör: Tomas Eriksson, kommundirektör, tfn 018 56 051",
                         "Mottagare: Ålands räddningsmyndighet"],
    "danish": ["**Stormen Bodil** · 14. oktober 2026 kl. 15.00", "Rapportør: Mette Holm, beredskabschef",
               "Modtagere: Kommunens krisestab, Politiet"],
}  # fmt: skip


@pytest.mark.parametrize("variant", sorted(MASTHEADS))
def test_hard_broken_masthead_lines_are_no_items(variant: str) -> None:
    head = "  \n".join(MASTHEADS[variant])
    body = "".join(f"\n## {h}\n\n" + "".join(f"- {p}\n" for p in points) for h, points in SECTIONS)
    report = parse_bytes(f"# Lägesrapport nr 1 – Kökar kommun\n\n{head}\n\n---\n{body}".encode(), "rapport.md")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items] == SECTIONS
