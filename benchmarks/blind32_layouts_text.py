"""Text writer of the ``blind32_layouts`` set.

A passport office processing centre's weekly operational sitrep, written in Word and saved for the department's
reporting mailbox with File › Save As › "Plain Text (*.txt)", the File Conversion dialog left at "Windows (Default)"
(Windows-1252, CR LF line ends, no byte order mark): what Word writes — each paragraph one line however long, no line
between paragraphs save where the author typed an empty one, the headings as plain lines (their style is lost), the
bullets turned into "•" and a tab (0x95 in the code page), the next steps' automatic numbers into "1." and a tab, the
risk table's cells joined by tabs a row a line (Risk, Likelihood, Impact, Controls, Owner — one risk a row, its
controls in their own cell), the header block (marking, centre, title, week and author) and the distribution line at
the end; the page header and footer are not written. "£3,400", "£1.25 million", "(previous week: 5)".
"""

from __future__ import annotations

import zlib

from blind7_layouts_content import report_day
from council_layouts_gold import Doc

LIKELIHOOD = ("Low", "Medium", "High", "High")
IMPACT = ("Medium", "High", "High", "Very high")
OWNERS = ("Head of Customer Services", "Operations Manager", "Commercial Lead", "Head of Examination",
          "Digital Services Lead")  # fmt: skip
AUTHORS = {"Belfield": "Karen Mottram", "Marrow Quay": "Naveed Iqbal", "Gresley": "Lorraine Fitch",
           "Tanhill": "Stuart McBride"}  # fmt: skip


def txt_word_plaintext_passport_gb(doc: Doc) -> bytes:
    """The weekly sitrep as Word saves it as plain text."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    centre = doc.organisation.split(" – ")[1].removesuffix(" Processing Centre")
    out = ["OFFICIAL – SENSITIVE", doc.organisation, "Weekly operational sitrep",
           f"Week {doc.number} – week ending {when:%A} {when.day} {when:%B %Y}",
           f"Author: {AUTHORS[centre]}, Operations Manager", ""]  # fmt: skip
    for s in doc.sections:
        out.append(s.heading)
        if s.risks:
            out.append("Risk\tLikelihood\tImpact\tControls\tOwner")
            for k, it in enumerate(s.items):
                out.append("\t".join((it.body, LIKELIHOOD[it.level], IMPACT[it.level], it.mitigation or "–",
                                      OWNERS[(h + k) % len(OWNERS)])))  # fmt: skip
            continue
        for n, it in enumerate(s.items, start=1):
            out.append(f"{n}.\t{it.text}" if s.key == "next-steps" else f"•\t{it.text}")
    out += ["", "Distribution: Director of Operations, Performance Team, Press Office, Customer Services leads", ""]
    return "\r\n".join(out).encode("cp1252")
