"""Text writer of the ``blind72_layouts`` set: a Nunavut hamlet's cyber incident update written in iA Writer on an iPad
and sent as the plain-text file.

A hamlet of Nunavut (its mayor and council and its senior administrative officer, who work with Nunavut Emergency
Management, the Department of Community and Government Services, CGS, and the Canadian Centre for Cyber Security)
after a ransomware attack on the hamlet office's network: with the office computers off, the senior administrative
officer writes the update in iA Writer on the office iPad and sends the ``.txt`` file from a CGS-approved account —
the hamlet's name and the title in capitals over a rule of "=", "Date:", "From:", "To:", "Cc:", a rule, each section's
name underlined with "-" on the line below (the plain text's second heading level), the summary as paragraphs, the
other points after "* " with their wrapped lines indented, "Action taken:" in the line; a rule, "Qujannamiik,", the
officer's name, post, hamlet and phones, the note that the update is read on community radio in Inuktitut.
"$2,047", "$2.15 million", "1,250", "November 16", "(previous update: 5)".
"""

from __future__ import annotations

import textwrap
import zlib

from blind7_layouts_content import MONTHS, report_day
from blind72_layouts_banks_east import CYBER
from blind72_layouts_content import parts
from council_layouts_gold import Doc

HAMLETS = (
    ("Arviat", "Kivalliq", "Sarah Angalik", "867-857-2841"),
    ("Baker Lake", "Kivalliq", "Sheila Kingilik", "867-793-2874"),
    ("Cambridge Bay", "Kitikmeot", "Marla Limousin", "867-983-4650"),
    ("Pond Inlet", "Qikiqtani", "Daniel Arnaquq", "867-899-8934"),
)
WIDTH = 72


def txt_iawriter_cyber_hamlet_nu(doc: Doc) -> bytes:
    """The SAO's cyber incident update as the iA Writer text sent to the hamlet's partners."""
    when = report_day(doc)
    place, region, sao, phone = HAMLETS[CYBER.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{MONTHS[when.month - 1]} {when.day}, {when.year}"
    title = f"HAMLET OF {place.upper()} - CYBER INCIDENT UPDATE #{doc.number}"
    out = [title, "=" * len(title), "", f"Date: {day}, 3:30 pm", f"From: {sao}, Senior Administrative Officer",
           "To:   Mayor and Council; Nunavut Emergency Management", f"Cc:   CGS {region} Regional Office; RCMP "
           f"{place} Detachment", "", "_" * WIDTH, ""]  # fmt: skip
    for s in doc.sections:
        out += [s.heading, "-" * len(s.heading), ""]
        for it in s.items:
            if s.key == "highlights":
                out += [*textwrap.wrap(it.text, WIDTH), ""]
                continue
            risk, lead, rest = parts(it, "nu")
            text = f"{risk} {lead} {rest}" if lead else it.text
            out += textwrap.wrap(text, WIDTH, initial_indent="* ", subsequent_indent="  ")
        out.append("")
    out += ["_" * WIDTH, "", "Qujannamiik,", "", sao, "Senior Administrative Officer", f"Hamlet of {place}, Nunavut",
            f"Office (when lines are back): {phone}  |  Cell: 867-{h % 900 + 100}-{h % 9000 + 1000}", "",
            "This update is also read on community radio in Inuktitut and English and posted on the Hamlet "
            "Facebook page.", ""]  # fmt: skip
    return "\r\n".join(out).encode("utf-8")
