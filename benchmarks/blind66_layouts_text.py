"""Text writer of the ``blind66_layouts`` set: a Marshall Islands atoll disaster committee's drought report typed in
WordPad and saved as a plain text document.

The disaster committee of an outer atoll of the Marshall Islands (set up by the atoll's local government council with
the church, the school and the health center) in a drought: its weekly report to the National Disaster Management
Office in Majuro, typed in WordPad on the local government office's computer and saved as a "Text Document" (Windows
line ends), then sent by the office's e-mail as an attachment — the local government's name, the committee and the
title centred with spaces, the report's number, week and the one who prepared it at a tab, each section's name in
capitals and underlined with "=" on the line below ("SUMMARY"), the summary as paragraphs, the other points lettered
"(a)", "(b)" as government papers in the Pacific letter them, "Action taken:" in its risk's point; a line of dashes,
"Prepared by:", "Endorsed by:" and the mayor. "$4,318", "$1.59 million", "1,250", "January 16", "(last report: 5)".
"""

from __future__ import annotations

import string
import textwrap
import zlib

from blind7_layouts_content import MONTHS, report_day
from blind66_layouts_banks_oceans import ATOLL
from council_layouts_gold import Doc

ATOLLS = (
    ("Wotje", "Wotje Atoll Local Government", "Hemley Benjamin", "Litokwa Jibas"),
    ("Jaluit", "Jaluit Atoll Local Government", "Daisy Alik-Momotaro", "Rufina Jack"),
    ("Ailinglaplap", "Ailinglaplap Atoll Local Government", "Jiba Kabua Laelang", "Christopher Loeak Jr."),
    ("Mili", "Mili Atoll Local Government", "Tanner Langidrik", "Jemi Nashion"),
)
WIDTH = 78


def txt_wordpad_drought_atoll_mh(doc: Doc) -> bytes:
    """The committee's drought report as the WordPad text document sent to NDMO."""
    when = report_day(doc)
    atoll, government, officer, mayor = ATOLLS[ATOLL.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{MONTHS[when.month - 1]} {when.day}, {when.year}"
    out = [
        line.center(WIDTH).rstrip()
        for line in (
            government.upper(),
            f"{atoll} Atoll Disaster Committee",
            "",
            f"DROUGHT SITUATION REPORT NO. {doc.number}",
        )
    ]
    out += ["", f"Date:\t\t{day}", f"Week:\t\t{when.isocalendar()[1]}",
            f"Prepared by:\t{officer}, Disaster Focal Point", "To:\t\tNational Disaster Management Office, Majuro",
            ""]  # fmt: skip
    for s in doc.sections:
        out += [s.heading, "=" * len(s.heading), ""]
        if s.key == "highlights":
            for it in s.items:
                out += [*textwrap.wrap(it.text, WIDTH, break_on_hyphens=False), ""]
            continue
        for letter, it in zip(string.ascii_lowercase, s.items, strict=False):
            out += textwrap.wrap(
                it.text, WIDTH, initial_indent=f"({letter}) ", subsequent_indent="    ", break_on_hyphens=False
            )
        out.append("")
    out += ["-" * 40, f"Prepared by: {officer}", "             Disaster Focal Point", "",
            f"Endorsed by: {mayor}", f"             Mayor, {government}", "",
            f"(ref. {atoll[:3].upper()}-DRT-{when.year}-{doc.number:02d}/{h % 90 + 10})", ""]  # fmt: skip
    return "\r\n".join(out).encode("cp1252")
