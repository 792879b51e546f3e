"""Text writer of the ``blind31_layouts`` set.

A national statistics office's census field operations sitrep for one region, kept by the regional field
operations manager in the description of the week's Jira Service Management issue and sent on as the description's
source, copied from the editor's text mode into ``FIELDOPS-214-sitrep.txt``: Jira's wiki markup as it stands — a
``{panel}`` with the title, week, author (a ``[~user]`` mention) and security marking, each section an ``h2.``
line, the points "* " one line each however long, "*Treatment:*" in Jira's bold inside a risk's point, the next
steps a numbered list "# ", a table of response by workload area (``||`` header cells) under the key figures,
an ``{info}`` box with the help desk line, a ``----`` rule and the italic "next sitrep" line, a
``{color}``-grey line naming the issue. "$3,400", "$1.25m", "(last week: 5)".
"""

from __future__ import annotations

import zlib
from datetime import timedelta

from blind7_layouts_content import report_day
from blind31_layouts_content import parts
from council_layouts_gold import Doc

MANAGERS = {"Northern": ("lwhite", "Lauren White"), "Western": ("dnguyen", "Duc Nguyen"),
            "Southern": ("mkaur", "Manpreet Kaur"), "Remote": ("jwatson", "Jarrah Watson")}  # fmt: skip
AREAS = ("Darwin North", "Palmerston", "Katherine", "Tennant Creek", "Alice Springs")


def jira_census_au(doc: Doc) -> bytes:
    """The week's field operations sitrep as the Jira description's wiki markup."""
    when = report_day(doc)
    region = next(k for k in MANAGERS if k in doc.organisation)
    user, name = MANAGERS[region]
    h = zlib.crc32(doc.title.encode())
    issue = f"FIELDOPS-{200 + h % 90 + doc.number}"
    out = [
        f"{{panel:title={doc.organisation} | Weekly sitrep {doc.number}|borderStyle=solid|borderColor=#c1c7d0|"
        "titleBGColor=#deebff|bgColor=#fafbfc}",
        f"*Week ending:* {when.day} {when:%b %Y} | *Prepared by:* [~{user}] | *Classification:* OFFICIAL: Sensitive",
        "{panel}",
        "",
    ]
    for s in doc.sections:
        out.append(f"h2. {s.heading}")
        numbered = s.key == "next-steps"
        for it in s.items:
            risk, lead, rest = parts(it, "census")
            text = f"{risk} *{lead}* {rest}" if lead else it.text
            out.append(f"{'#' if numbered else '*'} {text}")
        if s.key == "figures":
            out += ["", "||Workload area||Dwellings||Responded||Visits this week||"]
            for k, area in enumerate(AREAS[: 3 + h % 3]):
                g = (h >> k) % 900
                out.append(f"|{area}|{g * 11 + 2400:,}|{55 + g % 40}%|{g % 300 + 20}|")
        out.append("")
    nxt = when + timedelta(days=7)
    out += [
        "{info}Field officers with device or safety problems call the field help desk on 1800 555 017 (7am–9pm).{info}",
        "",
        "----",
        f"_Next sitrep: {nxt.day} {nxt:%b %Y}, after the regional managers' call._",
        f"{{color:#97a0af}}{issue} · Census Field Operations · updated by {name}{{color}}",
        "",
    ]
    return "\r\n".join(out).encode("utf-8")
