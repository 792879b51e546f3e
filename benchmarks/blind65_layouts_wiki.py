"""Markdown writer of the ``blind65_layouts`` set: a Kosovo municipality's ICT office's situation report after a
ransomware attack, a page of the office's Gitea wiki.

The office for information and communication technology (Zyra për TIK) of a Kosovo municipality after a ransomware
attack on the municipal administration's servers: the daily "Raporti i situatës" to the municipal emergency
headquarters and the Agency for Information Society kept as a page of the wiki of the office's own Gitea and taken as
the page's Markdown file from the wiki's git repository — the title as the page's only ``#`` heading, a quoted block
of "Data:", "Përgatiti:", "Shpërndarja:" and "Klasifikimi: TLP:AMBER" (each line closed by two spaces for its break),
each section a ``##`` heading after its number ("## 1. Përmbledhje"), the summary as paragraphs, the other points a
list after "* ", "**Masat e marra:**" in bold in a risk's point, a table of the systems' state under the systems
section, a rule and the line for enquiries in italics. "3.978 €", "1,46 milion €", "1.250", "16 mars",
"(raporti i kaluar: 5)".
"""

from __future__ import annotations

import zlib

from blind7_layouts_content import report_day
from blind65_layouts_banks_inland import KIBER
from blind65_layouts_content import SQ_MONTHS, parts
from council_layouts_gold import Doc

KOMUNAT = (
    ("Ferizaj", "Ferizajt", "Arbër Rexhepi", "Udhëheqës i Zyrës për TIK", "ferizaj"),
    ("Gjakovë", "Gjakovës", "Vjosa Berisha", "Udhëheqëse e Zyrës për TIK", "gjakove"),
    ("Pejë", "Pejës", "Driton Gashi", "Udhëheqës i Zyrës për TIK", "peje"),
    ("Gjilan", "Gjilanit", "Albulena Hoxha", "Zyrtare e lartë për TIK", "gjilan"),
)
SYSTEMS = ("Gjendja civile", "Tatimi në pronë", "E-pranimi i lëndëve", "Financat (FMIS)", "Email-i zyrtar",
           "Uebfaqja e komunës")  # fmt: skip
STATUS = ("🔴 jashtë funksionit", "🟠 pjesërisht", "🟢 funksional")


def _state(system: str, said: str, other: int) -> str:
    """A system's state in the table as the report's points tell it (the others as the office last checked them)."""
    if system == "Gjendja civile" or (system == "Tatimi në pronë" and "tatimit në pronë mbetet jashtë" in said):
        return STATUS[0]
    if system == "Email-i zyrtar":
        return STATUS[2] if "Email-i zyrtar punon përsëri" in said else STATUS[1]
    return STATUS[other if system != "Tatimi në pronë" else 1]


def md_gitea_kiber_komuna_xk(doc: Doc) -> bytes:
    """The office's situation report as the Markdown file of its Gitea wiki page."""
    when = report_day(doc)
    _, of, author, post, host = KOMUNAT[KIBER.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day} {SQ_MONTHS[when.month - 1]} {when.year}"
    out = [f"# Raporti i situatës nr. {doc.number} – Sulmi kibernetik në Komunën e {of}", "",
           f"> **Data:** {day}, ora {16 + h % 3}:00  ", f"> **Përgatiti:** {author}, {post}  ",
           "> **Shpërndarja:** Shtabi Komunal për Emergjenca, ASHI, KOS-CERT  ", "> **Klasifikimi:** TLP:AMBER",
           ""]  # fmt: skip
    for s in doc.sections:
        out += [f"## {s.heading}", ""]
        if s.key == "highlights":
            for it in s.items:
                out += [it.text, ""]
            continue
        for it in s.items:
            risk, lead, rest = parts(it, "xk")
            out.append(f"* {risk} **{lead}** {rest}" if lead else f"* {it.text}")
        out.append("")
        if s.key is None and s.heading.endswith("Sistemet dhe aplikacionet"):
            out += ["| Sistemi | Statusi | Shënim |", "|---|---|---|"]
            said = " ".join(it.text for sec in doc.sections for it in sec.items)
            for k, system in enumerate(SYSTEMS):
                state = _state(system, said, (h >> k) % 3 if doc.number > 1 else 0)
                out.append(f"| {system} | {state} | {'në rikthim' if state == STATUS[0] else '–'} |")
            out.append("")
    out += ["---", "", f"*Për pyetje: {author}, tik@{host}.rks-gov.net, tel. +383 {38 + h % 3} {h % 900 + 100} "
            f"{h % 899 + 100}*", ""]  # fmt: skip
    return "\n".join(out).encode()
