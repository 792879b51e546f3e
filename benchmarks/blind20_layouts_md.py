"""Markdown writer of the ``blind20_layouts`` set: a Maltese local council's storm "Rapport tas-Sitwazzjoni" kept as
an Obsidian note in the council's vault and shared as the note's Markdown file (YAML front matter — title, date,
tags, aliases, the council, status —, the title as "# …", an ``[!info]`` callout of who prepared it, when and the
report before as a wiki link, a table of the day's figures, the headings "## Sommarju" …, the points "- " entries
with ``[[wiki links]]`` to the vault's pages of the bodies they name — some with an alias, "[[Meteoroloġija
Malta|MET Office]]" —, each risk its own ``> [!warning] Riskju`` callout (``[!danger]`` once it is high) holding the
risk and "**Mitigazzjoni:**" with the mitigation on the next line of the same paragraph, the next steps task
checkboxes "- [ ]" / "- [x]", a closing rule, the related notes and tags; "1,250", "12%", "€3,400", "12 ta'
Novembru").
"""

from __future__ import annotations

import zlib
from datetime import timedelta

from blind7_layouts_content import report_day
from blind17_layouts_content import count, split_mitigation
from blind20_layouts_content import LEADS, XHUR
from council_layouts_gold import Doc

WIKI = (("Protezzjoni Ċivili", "[[Protezzjoni Ċivili]]"), ("MET Office", "[[Meteoroloġija Malta|MET Office]]"),
        ("Awtorità tas-Saħħa", "[[Awtorità tas-Saħħa]]"),
        ("Aġenzija għall-Kunsilli Lokali", "[[Aġenzija għall-Kunsilli Lokali]]"))  # fmt: skip


def _linked(text: str) -> str:
    for name, link in WIKI:
        text = text.replace(name, link, 1)
    return text


def markdown_obsidian_mt(doc: Doc) -> bytes:
    """The council's executive secretary's note of the day's situation, as Obsidian keeps it."""
    when = report_day(doc)
    day = f"{when.day} ta' {XHUR[when.month - 1]} {when.year}"
    prev = when - timedelta(days=1)
    lokalita = doc.organisation.removeprefix("Kunsill Lokali ")
    lines = ["---", f'title: "Rapport tas-Sitwazzjoni Nru {doc.number}"', f"date: {when:%Y-%m-%d}",
             "tags: [maltempata, protezzjoni-civili, sitrep]", f'aliases: ["Sitrep {doc.number}"]',
             f"kunsill: {doc.organisation}", "status: finali", "---", "",
             f"# Rapport tas-Sitwazzjoni Nru {doc.number} – Maltempata", "",
             "> [!info] Dettalji", f"> **Ippreparat minn:** [[Maria Borg]] (Segretarju Eżekuttiv, {lokalita})",
             f"> **Data:** {day}, 08:00"]  # fmt: skip
    if doc.number > 1:
        lines.append(f"> **Rapport ta' qabel:** [[Rapport tas-Sitwazzjoni Nru {doc.number - 1}]] ({prev:%d/%m})")
    lines += ["", "| Indikatur | Illum |", "| :-- | --: |"]
    for label, words, default in (("Rapporti ta' għargħar", ("rapporti",), 20), ("Toroq magħluqa", ("toroq",), 3),
                                  ("Djar affettwati", ("djar",), 8), ("Telefonati", ("telefonati",), 40)):  # fmt: skip
        lines.append(f"| {label} | {count(doc, words, default):,} |")
    lines.append("")
    for s in doc.sections:
        lines += [f"## {s.heading}", ""]
        for it in s.items:
            if s.risks:
                risk, lead, mitigation = split_mitigation(it, LEADS["mt"])
                high = any(w in risk for w in ("issa huwa għoli", "issa huwa kritiku"))
                kind = "[!danger] Riskju għoli" if high else "[!warning] Riskju"
                lines += [f"> {kind}", f"> {_linked(risk)}"]
                if lead:
                    lines.append(f"> **{lead}** {_linked(mitigation)}")
                lines.append("")
            elif s.key == "next-steps":
                done = "x" if zlib.crc32(it.text.encode()) % 3 == 0 else " "
                lines.append(f"- [{done}] {_linked(it.text)}")
            else:
                lines.append(f"- {_linked(it.text)}")
        if not s.risks:
            lines.append("")
    lines += ["---", f"Relatat: [[Maltempata {XHUR[when.month - 1]} {when.year}]] · [[Kuntatti ta' emerġenza]] · "
              f"[[Rapport tas-Sitwazzjoni Nru {doc.number + 1}]]", "", "#maltempata #sitrep", ""]  # fmt: skip
    return "\n".join(lines).encode()
