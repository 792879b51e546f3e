"""Text writer of the ``blind30_layouts`` set.

A public health rapid support team's sitrep from its deployment to a diphtheria outbreak in a refugee settlement,
kept by the team lead in Emacs as an Org mode file and sent to the home office as the file itself (``sitrep-3.org``,
delivered here as ``.txt``, the name sitroom reads): the export keywords at the top (``#+TITLE:``, ``#+AUTHOR:``,
``#+DATE:`` with an inactive timestamp, ``#+OPTIONS:``, ``#+STARTUP:``, ``#+FILETAGS:``), each section a top-level
headline "* Summary" with its tag set at Org's tag column (``:epi:`` ending at column 77), the epidemiology's
``:PROPERTIES:`` drawer and an Org table of cases by block (the ``|---+---|`` rule under its header), the points
"- " filled by ``M-q`` at Org's fill column of 70 with the lines after indented two spaces under the text,
"*Mitigation:*" in Org's bold inside a risk's point, the next steps a checklist "- [ ]", and the file's local
variables in comment lines at the end. "US$3,400", "4 Mar", "(prev. sitrep: 5)".
"""

from __future__ import annotations

import textwrap
import zlib

from blind7_layouts_content import report_day
from blind30_layouts_content import parts
from council_layouts_gold import Doc

LEADS = {"Field Epidemiology": ("Dr Hannah Okello", "FEDT"), "Tropical Outbreak": ("Dr Tom Ashby", "TORU"),
         "Global Health": ("Dr Shreya Menon", "GHRRT"), "Humanitarian": ("Dr Kwame Boateng", "HPHST")}  # fmt: skip
TAGS = {"highlights": "summary", "situation": "epi", "response": "response", "workforce": "team", "risks": "risks",
        "communications": "comms", "next-steps": "next"}  # fmt: skip


def _headline(text: str, tag: str) -> str:
    head = f"* {text}"
    tags = f":{tag}:"
    return head + " " * max(1, 77 - len(head) - len(tags)) + tags


def org_deployment_gb(doc: Doc) -> bytes:
    """The team's sitrep as the lead's Org file."""
    when = report_day(doc).replace(hour=18)
    lead, short = next(v for k, v in LEADS.items() if doc.organisation.startswith(k))
    h = zlib.crc32(doc.title.encode())
    out = [
        f"#+TITLE: Diphtheria outbreak, Nyamurondo settlement: {short} sitrep {doc.number}",
        f"#+AUTHOR: {lead}, team lead, {doc.organisation}",
        f"#+DATE: [{when:%Y-%m-%d %a %H:%M}]",
        "#+OPTIONS: toc:nil num:nil ^:nil",
        "#+STARTUP: showall",
        "#+FILETAGS: :sitrep:diphtheria:",
        "",
    ]
    seen: set[str] = set()
    for s in doc.sections:
        tag = TAGS.get(s.key or "", "notes")
        tag = "vacc" if tag in seen else tag
        seen.add(tag)
        out.append(_headline(s.heading, tag))
        if s.key == "situation":
            out += [
                ":PROPERTIES:",
                f":SOURCE:   line list of {when.day} {when:%b} 17:00",
                ":END:",
                "| Block | Suspected | Confirmed | Deaths |",
                "|-------+-----------+-----------+--------|",
            ]
            for block in (3, 4, 5):
                g = (h >> block) % 60
                out.append(f"| {block}     | {g + 4:>9} | {g % 9:>9} | {g % 3:>6} |")
        for it in s.items:
            risk, mlead, rest = parts(it, "deploy")
            text = f"{risk} *{mlead}* {rest}" if mlead else it.text
            first = "- [ ] " if s.key == "next-steps" else "- "
            out += textwrap.wrap(text, 70, initial_indent=first, subsequent_indent="  ", break_on_hyphens=False)
        out.append("")
    out += ["# Local Variables:", "# fill-column: 70", "# End:", ""]
    return "\n".join(out).encode("utf-8")
