"""Markdown writer of the ``blind22_layouts`` set: a Nigerian state emergency management agency's volunteer desk's
flood note in Yoruba kept as a shared HackMD note and downloaded as Markdown (the note's YAML block with its title
and tags, "# …" title, HackMD's ``###### tags:`` line of code spans, "[TOC]", an ``:::info`` container of the date,
the editor and a request not to delete the note, "## …" headings over "- " points, HackMD's ``==…==`` highlight
round a figure in some points, the risks inside a ``:::warning`` container with "**Ojútùú:**" in a risk's point,
the next steps as "- [ ]" / "- [x]" tasks, an HTML comment left by an editor, a ``{%youtube … %}`` embed of the
agency's broadcast, and a volunteer's comment in HackMD's ``> [name=…] [time=…] [color=…]`` syntax at the foot;
"1,250", "12%", "₦3,400,000", "16 Òkúdu").
"""

from __future__ import annotations

import re
import zlib

from blind7_layouts_content import report_day
from blind17_layouts_content import split_mitigation
from blind22_layouts_content import LEADS, OSU
from council_layouts_gold import Doc

_FIG = re.compile(r"(?<=: )[₦\d][\d,.]*\d(?: \([^)]*\))?")
EDITORS = ("@tunde-adeyemi", "@bisi-ola", "@kunle.a", "@folake-ogun")


def _mark(text: str, k: int) -> str:
    """HackMD's highlight round the figure after a colon, in every other point."""
    if k % 2:
        return text
    return _FIG.sub(lambda m: f"=={m.group()}==", text, count=1)


def markdown_hackmd_yo(doc: Doc) -> bytes:
    """The desk's shared note of the day as HackMD's "Download → Markdown" writes it."""
    when = report_day(doc)
    day = f"{when.day} {OSU[when.month - 1]} {when.year}"
    state = doc.organisation.removeprefix("SEMA ")
    editor = EDITORS[zlib.crc32(state.encode()) % 4]
    title = f"Ìròyìn Ipò Ìkún-omi No. {doc.number} – {doc.organisation}"
    lines = ["---", f"title: {title}", "tags: ikun-omi, sitrep, sema", "---", "", f"# {title}", "",
             "###### tags: `ikun-omi` `sitrep` `SEMA`", "", "[TOC]", "", ":::info",
             f"**Ọjọ́:** {day}, 7:00 àárọ̀ · **Olóòtú:** {editor}", "",
             "Àkọsílẹ̀ yìí jẹ́ ti gbogbo ẹgbẹ́ olùyọ̀ǹda. Ẹ má ṣe pa ohunkóhun rẹ́; ẹ kọ àfikún yín sí abẹ́.",
             ":::", ""]  # fmt: skip
    lead = LEADS["yo"]
    for n, s in enumerate(doc.sections):
        lines += [f"## {s.heading}", ""]
        if s.risks:
            lines.append(":::warning")
            for it in s.items:
                risk, has, rest = split_mitigation(it, lead)
                lines.append(f"- {risk} **{lead}** {rest}" if has else f"- {it.text}")
            lines += [":::", ""]
            continue
        if s.key == "next-steps":
            for k, it in enumerate(s.items):
                lines.append(f"- [{'x' if (k + doc.number) % 3 == 0 else ' '}] {it.text}")
        else:
            lines += [f"- {_mark(it.text, k)}" for k, it in enumerate(s.items)]
        lines.append("")
        if n == 1:
            lines += ["<!-- Kúnlé: ẹ jọ̀wọ́ ẹ fi àwọn nọ́mbà tuntun láti àwọn olórí àdúgbò kún un -->", ""]
        if s.key == "communications":
            lines += ["{%youtube 7kQp2vXh1Ls %}", ""]
    lines += ["---", "", f"> [name=Adébáyọ̀ {state}] [time={when:%a}, {when:%b} {when.day}, {when.year} 8:12 AM] "
              "[color=#907bf7] Mo ti fi ìròyìn yìí ránṣẹ́ sí àwọn olórí àdúgbò.", ""]  # fmt: skip
    return "\n".join(lines).encode()
